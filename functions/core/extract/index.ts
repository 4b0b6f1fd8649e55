// extract(): article text in, meeting fields and named entities out. Pure: no I/O, no clock.
// This is the first version (language and meeting cue words only); the full engine replaces the
// internals behind this same signature.

import type { MeetingLocation, MeetingStatus, Organization, Participant, PartialDate, RelatedEvent } from '../record.ts';
import { detectLanguage } from './detect-language.ts';

export type EntityType = 'PER' | 'LOC' | 'ORG';

export interface Entity {
  type: EntityType;
  start: number;
  end: number;
}

export interface ExtractionInput {
  text: string;
  /** Editor-supplied language; detected when absent. */
  language?: string;
  /** ISO date-time the article was published; the only anchor for relative dates. */
  publishedAt?: string;
}

export interface Extraction {
  /** ISO 639-1 code, or "und". */
  language: string;
  isMeeting: boolean;
  status: MeetingStatus;
  date: PartialDate | null;
  location: MeetingLocation | null;
  participants: Participant[];
  organizations: Organization[];
  topics: string[];
  relatedEvents: RelatedEvent[];
  /** The outlet the text credits ("передает DKNews.kz"), without quotation marks. */
  source: string | null;
  entities: Entity[];
  warnings: string[];
}

const MEETING_CUES: Record<'ru' | 'en', RegExp> = {
  ru: /(встреч[аеиу]|переговор|визит|саммит|заседани)/iu,
  en: /\b(met|meet(?:ing|s)?|talks|summit|visit(?:ed)?)\b/iu,
};

export function extract(input: ExtractionInput): Extraction {
  const language = input.language?.trim().toLowerCase() || detectLanguage(input.text);
  const warnings: string[] = [];
  const supported = language === 'ru' || language === 'en';
  if (!supported) {
    warnings.push(`Language "${language}" is not one the extractor reads (ru, en): meeting fields are left empty.`);
  }
  const isMeeting = supported && MEETING_CUES[language].test(input.text);
  return {
    language,
    isMeeting,
    status: 'unclear',
    date: null,
    location: null,
    participants: [],
    organizations: [],
    topics: [],
    relatedEvents: [],
    source: null,
    entities: [],
    warnings,
  };
}
