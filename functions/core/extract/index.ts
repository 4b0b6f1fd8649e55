// extract(): article text in, meeting fields and named entities out. Pure: no I/O beyond loading
// the dictionaries once per process, no clock. The steps, in order, live in the files beside this one:
// detect-language -> tokenize -> sentences -> morphology/gazetteer -> find-mentions -> mention-context -> meeting-frames
// (participants, roles, nominative) -> place, date, status, organisations, related events, source.

import type { DateBasis, MeetingKind, MeetingRecord } from '../record.ts';
import { detectLanguage } from './detect-language.ts';
import type { Entity, EntityType } from './entity.ts';
import { analyseDocument } from './document.ts';
import { extractMeeting, noMeeting } from './meeting-frames.ts';
import { applyMentionContext } from './mention-context.ts';

export type { Entity, EntityType };

export interface ExtractionInput {
  text: string;
  /** Editor-supplied language; detected when absent. */
  language?: string;
  /** ISO date-time the article was published; the only anchor for relative dates. */
  publishedAt?: string;
}

/** The meeting fields of the record (record.ts), as found in the text, plus what only extraction knows. */
export type Extraction = Pick<
  MeetingRecord,
  'isMeeting' | 'status' | 'date' | 'location' | 'participants' | 'organizations' | 'topics' | 'relatedEvents' | 'warnings'
> & {
  /** What sort of contact; null when no meeting was found. */
  kind: MeetingKind | null;
  /** How `date` was found; null when there is no date. */
  dateBasis: DateBasis | null;
  /** ISO 639-1 code, or "und". */
  language: string;
  /** The outlet the text credits ("передает DKNews.kz"), without quotation marks. */
  source: string | null;
  entities: Entity[];
};

function empty(language: string, warnings: string[]): Extraction {
  return { language, ...noMeeting(null, warnings), entities: [] };
}

/** Never throws: unreadable input or a failing step gives empty fields and a warning. */
export function extract(input: ExtractionInput): Extraction {
  const text = typeof input?.text === 'string' ? input.text : '';
  let language = 'und';
  try {
    language = (typeof input?.language === 'string' && input.language.trim().toLowerCase()) || detectLanguage(text);
  } catch {
    language = 'und';
  }
  if (language !== 'ru' && language !== 'en') {
    return empty(language, [`Language "${language}" is not one the extractor reads (ru, en): meeting fields are left empty.`]);
  }
  try {
    const doc = analyseDocument(text, language);
    applyMentionContext(doc);
    const meeting = extractMeeting(doc, { publishedAt: input.publishedAt });
    return {
      language,
      ...meeting,
      entities: doc.mentions.map((m) => ({ type: m.type, start: m.start, end: m.end })),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return empty(language, [`Extraction failed, fields left empty: ${reason}`]);
  }
}
