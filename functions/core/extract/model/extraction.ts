// What extraction returns: the meeting fields of the record (record.ts) as found in the text, plus what
// only extraction knows (the language, the credited outlet, the entities).

import type { DateBasis, MeetingKind, MeetingRecord } from '../../record/record.ts';
import type { Entity } from './mention.ts';

export interface ExtractionInput {
  text: string;
  /** Editor-supplied language; detected when absent. */
  language?: string;
  /** ISO date-time the article was published: an anchor for relative dates when the text has no dateline. */
  publishedAt?: string;
}

/** The record's meeting fields. */
export type MeetingFields = Pick<
  MeetingRecord,
  'isMeeting' | 'status' | 'date' | 'location' | 'participants' | 'organizations' | 'topics' | 'relatedEvents' | 'warnings'
> & {
  /** What sort of contact; null when no meeting was found. */
  kind: MeetingKind | null;
  /** How `date` was found; null when there is no date. */
  dateBasis: DateBasis | null;
  /** The outlet the text credits ("передает DKNews.kz"), without quotation marks. */
  source: string | null;
};

export type Extraction = MeetingFields & {
  /** ISO 639-1 code, or "und". */
  language: string;
  entities: Entity[];
  /**
   * Per participant, in order: the ISO 3166-1 codes of the countries its country, organisation or role name
   * («министр иностранных дел Грузии» -> GE). The persons step (record/persons/) uses them to keep two people of
   * one name apart; found here because it needs the gazetteer, which only the extractor has loaded.
   */
  personCountries?: string[][];
};

/** Meeting fields that say nothing was found: every field empty, never invented. */
export function noMeeting(source: string | null, warnings: string[]): MeetingFields {
  return { isMeeting: false, kind: null, status: 'unclear', date: null, dateBasis: null, location: null, participants: [], organizations: [], topics: [], relatedEvents: [], source, warnings };
}

/**
 * An extraction that found nothing. Here rather than beside the extractor, so that code that only degrades
 * (functions/handlers/extraction.ts) does not bring the whole extractor into a bundle.
 */
export function emptyExtraction(language: string, warnings: string[]): Extraction {
  return { language, ...noMeeting(null, warnings), entities: [] };
}
