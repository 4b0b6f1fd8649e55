// The meeting record (record.ts) as a zod schema: what docs/meeting-record.schema.json and the OpenAPI
// description are generated from (scripts/contract.ts). The TypeScript type stays in record.ts, where every
// stage reads it without loading zod; the assertion at the end of this file fails the type check when the two
// differ in any field, in either direction. Only the contract generator and tests import this module.

import { z } from 'zod';
import type { Expect, Same } from '../same-type.ts';
import { MEETING_ID } from './ids.ts';
import { MEETING_KINDS, type MeetingRecord } from './record.ts';

export const MEETING_STATUSES = ['held', 'planned', 'cancelled', 'unclear'] as const;

export const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** At least one character that is neither white space nor a control character. */
const NOT_BLANK = /[^\s\u0000-\u001F\u007F-\u009F]/;

export const mentionSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .strict()
  .meta({ id: 'Mention', description: 'A span of the submitted text in UTF-16 code units (JavaScript string indexes), end exclusive.' });

export const partialDateSchema = z.string().regex(PARTIAL_DATE).meta({ id: 'PartialDate', description: 'YYYY-MM-DD, YYYY-MM or YYYY.' });

const DATE_BASIS_HOW =
  '"stated": the text gives the date with its year. "dateline": a relative or yearless expression ("вчера", "on Tuesday", "30 июля") ' +
  'resolved against a dateline or dated header in the text. "publishedAt": such an expression resolved against the article\'s publishedAt, ' +
  'in the time zone it gives. "editor": an editor gave the date (JSON meeting.date or front matter); mention is then null.';

export const dateBasisSchema = z
  .union([
    z
      .object({
        how: z.enum(['stated', 'dateline', 'publishedAt']).meta({ description: DATE_BASIS_HOW }),
        mention: mentionSchema.nullable().meta({ description: 'The span the date was read from, when known.' }),
      })
      .strict(),
    z.object({ how: z.literal('editor'), mention: z.null() }).strict(),
  ])
  .meta({ id: 'DateBasis', description: 'How date was found.' });

export const locationSchema = z
  .object({
    city: z.string().nullable(),
    country: z.string().nullable(),
    countryCode: z.string().regex(/^[A-Z]{2}$/).nullable().meta({ description: 'ISO 3166-1 alpha-2.' }),
    countryInferred: z.boolean().optional().meta({ description: 'True when the country was inferred from the city rather than stated in the text.' }),
    mentions: z.array(mentionSchema).optional(),
  })
  .strict()
  .meta({ id: 'Location' });

export const participantSchema = z
  .object({
    name: z.string().min(1).meta({ description: 'Nominative case, no titles.' }),
    role: z.string().nullable(),
    organization: z.string().nullable(),
    country: z.string().nullable().optional(),
    mentions: z.array(mentionSchema),
    personId: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional()
      .meta({ description: 'The person this participant is across articles and languages: their slug, as in feeds/by/person/{personId}.atom. Absent when the name fits several known persons.' }),
  })
  .strict()
  .meta({ id: 'Participant' });

export const organizationSchema = z
  .object({ name: z.string().min(1), acronym: z.string().nullable().optional(), mentions: z.array(mentionSchema) })
  .strict()
  .meta({ id: 'Organization' });

export const relatedEventSchema = z
  .object({
    title: z.string().min(1),
    date: partialDateSchema.nullable().optional(),
    location: locationSchema.nullable().optional(),
    theme: z.string().nullable().optional(),
  })
  .strict()
  .meta({ id: 'RelatedEvent' });

export const retractionSchema = z
  .object({ at: z.iso.datetime({ offset: true }), by: z.string().min(1), reason: z.string().nullable() })
  .strict()
  .meta({
    id: 'Retraction',
    description: 'Present once an editor has retracted the meeting: it leaves the feeds (Atom keeps an RFC 6721 tombstone); the record itself is kept.',
  });

const kindSchema = z.enum(MEETING_KINDS).nullable().meta({
  description:
    'What sort of contact it was: "meeting" (talks or a meeting between named parties, bilateral or in a small group), "visit" (an official visit: ' +
    'a party travels to another country or body and is received there; the talks held during it are part of the visit), "call" (a telephone or ' +
    'video call: the parties are not in one place, so location is null), "multilateral" (a summit, session, council or conference of many parties). ' +
    'Null when it is not a meeting, or when the sort is not known (records stored before kind existed read as null).',
});

/** The record's fields, without the rules that tie fields together (picked from by the API's schemas). */
export const recordFields = z
  .object({
    id: z.string().regex(MEETING_ID).meta({ description: "Stable meeting id: the editor's meetingId, or derived from the article's url or content." }),
    version: z
      .number()
      .int()
      .min(1)
      .meta({ description: '1 for the first record, raised by every change. (A dry run answers with version 0; such a record is never stored or published.)' }),
    articleId: z
      .string()
      .regex(/^[0-9a-f]{24}$/)
      .meta({ description: 'The raw article this version was made from: 24 hex digits of SHA-256 over the media type and the bytes.' }),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/)
      .meta({ description: 'ISO 639-1 (or 639-2) code, optionally with a subtag, or "und" when unknown.' }),
    title: z.string().regex(NOT_BLANK).meta({
      description:
        "Given by the editor, else the article's headline, else made from the record in its language (who met, how, where; docs/meeting-record.md). Never blank: at least one character that is neither white space nor a control character.",
    }),
    summary: z.string(),
    contentHtml: z
      .string()
      .meta({ description: 'The article as HTML (headings, paragraphs, lists), every text node escaped; it starts after the lead when the summary is that whole lead.' }),
    isMeeting: z.boolean().meta({ description: 'False: published as an article, no meeting found.' }),
    kind: kindSchema,
    status: z.enum(MEETING_STATUSES),
    date: partialDateSchema.nullable().meta({
      description:
        "As precise as the text gives it, never more: stated with its year, or a relative or yearless expression resolved against the article's dateline or publishedAt (see dateBasis). Null when there is neither.",
    }),
    dateBasis: dateBasisSchema.nullable().meta({
      description:
        'How date was found. Null when date is null, or when it was not recorded (records made before dateBasis existed, or by an extractor that does not report it).',
    }),
    location: locationSchema.nullable(),
    participants: z.array(participantSchema),
    organizations: z.array(organizationSchema),
    topics: z.array(z.string()).meta({ description: 'What the sides discussed: short noun phrases, one per subject, in the nominative; at most five.' }),
    relatedEvents: z.array(relatedEventSchema),
    source: z
      .object({
        name: z.string().nullable().meta({ description: 'The outlet the text credits, or the one the editor gave.' }),
        url: z.url().nullable().meta({ description: "The article's own URL, when the editor gave one." }),
      })
      .strict(),
    publishedAt: z
      .union([z.iso.datetime({ offset: true }), z.iso.date()])
      .nullable()
      .meta({ description: 'When the article says it was published (editor-supplied: a date-time or a date), else null.' }),
    updatedAt: z.iso.datetime({ offset: true }).meta({ description: 'When this version of the record was written.' }),
    createdAt: z.iso
      .datetime({ offset: true })
      .meta({ description: 'When the meeting first entered the system; orders the feeds and picks the archive month.' }),
    submittedBy: z.string().min(1).meta({ description: 'The editor whose token submitted the article.' }),
    warnings: z.array(z.string()).meta({ description: 'What the extractor could not do.' }),
    retracted: retractionSchema.optional(),
  })
  .strict();

/**
 * The rules that tie fields together, twice: as checks zod runs, and as the JSON Schema `if`/`then` that
 * zod cannot derive from a check (tests/unit/record-schema.test.ts runs the same records through both).
 */
export const CONSISTENCY = [
  rule('An article that reports no meeting has no kind.', { required: ['isMeeting'], properties: { isMeeting: { const: false } } }, { kind: { type: 'null' } }),
  rule('A call has no place.', { required: ['kind'], properties: { kind: { const: 'call' } } }, { location: { type: 'null' } }),
  rule('No date, no basis.', { required: ['date'], properties: { date: { type: 'null' } } }, { dateBasis: { type: 'null' } }),
];

function rule(description: string, condition: object, consequence: object) {
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keywords, in a document that is never awaited.
  return { description, if: condition, then: { properties: consequence } };
}

/** The zod side of CONSISTENCY. */
export function checkConsistency(record: Pick<MeetingRecord, 'isMeeting' | 'kind' | 'location' | 'date' | 'dateBasis'>, context: z.RefinementCtx): void {
  if (!record.isMeeting && record.kind !== null) context.addIssue({ code: 'custom', path: ['kind'], message: 'must be null when isMeeting is false' });
  if (record.kind === 'call' && record.location !== null) context.addIssue({ code: 'custom', path: ['location'], message: 'must be null for a call' });
  if (record.date === null && record.dateBasis !== null) context.addIssue({ code: 'custom', path: ['dateBasis'], message: 'must be null when date is null' });
}

export const meetingRecordSchema = recordFields
  .superRefine(checkConsistency)
  .meta({
    id: 'MeetingRecord',
    title: 'Meeting record',
    description:
      'One meeting (or article) as published at meetings/{id}.json and in the JSON Feed item extension _meeting. Generated by `npm run contract` ' +
      'from the zod schema in functions/core/record/record-schema.ts, which the type check holds equal to the MeetingRecord type (record.ts); ' +
      'the fields are described in docs/meeting-record.md.',
    allOf: CONSISTENCY,
  });

// The schema and the type, held equal at compile time: a field added, removed or changed in one of them and not
// the other makes this a type error (same-type.ts).
export type RecordSchemaIsRecordType = Expect<Same<z.infer<typeof meetingRecordSchema>, MeetingRecord>>;
