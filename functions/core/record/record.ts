// The meeting record: the partners' contract (DESIGN.md §3). Its zod schema is record-schema.ts, held equal to these
// types at compile time; docs/meeting-record.schema.json is generated from it (npm run contract).
// Every stage after normalise reads and writes this shape; nothing else is published.

/** A span of the submitted text, in UTF-16 code units (JavaScript string indexes), end exclusive. */
export interface Mention {
  start: number;
  end: number;
}

export type MeetingStatus = 'held' | 'planned' | 'cancelled' | 'unclear';

/** "YYYY-MM-DD", "YYYY-MM" or "YYYY": as precise as the text states it, never more. */
export type PartialDate = string;

/** What sort of contact it was (MEETINGS.md): talks between named parties, an official visit, a phone or
 *  video call (no location), or a summit, session or conference of many parties. */
export const MEETING_KINDS = ['meeting', 'visit', 'call', 'multilateral'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** How the meeting's date was found: stated with its year in the text, or a relative / yearless expression
 *  ("вчера", "on Tuesday", "30 июля") resolved against the article's dateline or its publishedAt. */
export interface DateBasis {
  how: 'stated' | 'dateline' | 'publishedAt';
  /** The span the date was read from. */
  mention: Mention | null;
}

/** The record's date was given by an editor (JSON `meeting.date`, front matter): no span of the text says it. */
export interface EditorDateBasis {
  how: 'editor';
  mention: null;
}

export interface MeetingLocation {
  city: string | null;
  country: string | null;
  /** ISO 3166-1 alpha-2. */
  countryCode: string | null;
  /** True when the country was inferred from the city rather than stated in the text. */
  countryInferred?: boolean;
  mentions?: Mention[];
}

export interface Participant {
  /** Nominative case, no titles. */
  name: string;
  role: string | null;
  organization: string | null;
  country?: string | null;
  mentions: Mention[];
  /**
   * The person this participant is across articles and languages (record/persons/): their slug, which names
   * their feeds (feeds/by/person/{personId}.atom) and page. Absent when the name fits several known persons.
   */
  personId?: string;
}

export interface Organization {
  name: string;
  acronym?: string | null;
  mentions: Mention[];
}

export interface RelatedEvent {
  title: string;
  date?: PartialDate | null;
  location?: MeetingLocation | null;
  theme?: string | null;
}

export interface SourceAttribution {
  /** The outlet credited in the text ("передает DKNews.kz") or given by the editor. */
  name: string | null;
  /** The article's own URL, when the editor gave one. */
  url: string | null;
}

/** An editor's retraction: the meeting leaves the feeds (Atom keeps an RFC 6721 tombstone). */
export interface Retraction {
  at: string;
  by: string;
  reason: string | null;
}

export interface MeetingRecord {
  id: string;
  version: number;
  articleId: string;
  /** ISO 639-1 code ("ru", "en", ...) or "und" when unknown. */
  language: string;
  title: string;
  summary: string;
  /** Built from the article's structure by our own renderer: every text node escaped. */
  contentHtml: string;
  isMeeting: boolean;
  /** Null when it is not a meeting, or when its sort is not known. A `call` has no location. */
  kind: MeetingKind | null;
  status: MeetingStatus;
  date: PartialDate | null;
  /** How `date` was found; null when `date` is null, or when it was not recorded (older records). */
  dateBasis: DateBasis | EditorDateBasis | null;
  location: MeetingLocation | null;
  participants: Participant[];
  organizations: Organization[];
  topics: string[];
  relatedEvents: RelatedEvent[];
  source: SourceAttribution;
  /** When the article says it was published (editor-supplied), else null. */
  publishedAt: string | null;
  /** When this version of the record was written. */
  updatedAt: string;
  /** When the meeting first entered the system; orders the feeds and picks the archive month. */
  createdAt: string;
  submittedBy: string;
  warnings: string[];
  /** Present once the meeting has been retracted; the record itself is kept. */
  retracted?: Retraction;
}

/** Fields an editor may set to override extraction (JSON `meeting`, Markdown front matter). */
export type MeetingOverrides = Partial<
  Pick<
    MeetingRecord,
    | 'title'
    | 'summary'
    | 'isMeeting'
    | 'kind'
    | 'status'
    | 'date'
    | 'location'
    | 'participants'
    | 'organizations'
    | 'topics'
    | 'relatedEvents'
  >
>;

/** A record as an earlier release stored it: `kind` and `dateBasis` came later. */
export type StoredRecord = Omit<MeetingRecord, 'kind' | 'dateBasis'> & Partial<Pick<MeetingRecord, 'kind' | 'dateBasis'>>;

/**
 * Read back, a record stored before `kind` and `dateBasis` existed says neither: both are null ("not known").
 * A kind outside the vocabulary is not known either, so every renderer can rely on `kind` being one of it.
 */
export function recordFromStorage(stored: StoredRecord): MeetingRecord {
  const kind = (MEETING_KINDS as readonly unknown[]).includes(stored.kind) ? (stored.kind as MeetingKind) : null;
  return { ...stored, kind, dateBasis: stored.dateBasis ?? null };
}
