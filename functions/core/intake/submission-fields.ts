// The fields an editor sends beside the article (a JSON body's, or Markdown's front matter): their zod schemas,
// and the cleaning and validation that turn them into a Submission's fields or a 400 saying which is wrong.
// zod is loaded with this module, only for submissions that carry fields (submission.ts imports it lazily).

import { z } from 'zod';
import { ClientError } from '../errors.ts';
import { cleanEditorStrings } from '../html-escape.ts';
import { MEETING_KINDS } from '../record/record.ts';
import { MEETING_ID } from '../record/ids.ts';

// YAML reads an unquoted `date: 2026` as a number; a year is a year either way.
const partialDate = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(isCalendarDate, 'not a date in the calendar'),
);

/** "2026-02-30" and "2026-13" match the pattern but name no day or month. */
function isCalendarDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
// A place with nothing in it ({} or all fields null) is no place: read as null, so that it neither
// contradicts a call nor replaces the extracted place with an empty one.
const location = z
  .object({
    city: z.string().nullable().default(null),
    country: z.string().nullable().default(null),
    countryCode: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code').nullable().default(null),
  })
  .transform((place) => (place.city === null && place.country === null && place.countryCode === null ? null : place));
const noMentions = z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })).default([]);

const overridesSchema = z
  .object({
    title: z.string().min(1, 'must not be empty'),
    summary: z.string(),
    isMeeting: z.boolean(),
    kind: z
      .enum(MEETING_KINDS, { error: `expected one of ${MEETING_KINDS.map((kind) => `"${kind}"`).join(', ')} or null` })
      .nullable()
      .meta({ description: 'what sort of contact (meeting, visit, call, multilateral); null clears an extracted kind; a call has no location' }),
    status: z.enum(['held', 'planned', 'cancelled', 'unclear']),
    date: partialDate.nullable(),
    location: location.nullable(),
    participants: z.array(
      z.object({
        name: z.string().min(1),
        role: z.string().nullable().default(null),
        organization: z.string().nullable().default(null),
        country: z.string().nullable().optional(),
        mentions: noMentions,
      }),
    ),
    organizations: z.array(z.object({ name: z.string().min(1), acronym: z.string().nullable().optional(), mentions: noMentions })),
    topics: z.array(z.string()),
    relatedEvents: z.array(
      z.object({
        title: z.string().min(1),
        date: partialDate.nullable().optional(),
        location: location.nullable().optional(),
        theme: z.string().nullable().optional(),
      }),
    ),
  })
  .partial()
  .strict()
  .superRefine(consistentKind)
  .meta({
    id: 'MeetingOverrides',
    description:
      'Record fields that override extraction, as in docs/meeting-record.md. A date given here is recorded with dateBasis {how: editor}. ' +
      'A kind makes isMeeting true unless it is given; isMeeting false with a kind, or kind call with a location, is a 400.',
  });

/** A kind that contradicts the editor's own fields is a mistake to report, not one to guess about. */
function consistentKind(meeting: { isMeeting?: boolean; kind?: string | null; location?: unknown }, context: z.RefinementCtx): void {
  if (meeting.isMeeting === false && meeting.kind) {
    context.addIssue({ code: 'custom', path: ['kind'], message: 'an article that reports no meeting (isMeeting: false) has no kind; drop one of the two' });
  }
  if (meeting.kind === 'call' && meeting.location) {
    context.addIssue({ code: 'custom', path: ['location'], message: 'a call has no place; give location: null or leave it out' });
  }
}

const fieldsSchema = {
  title: z.string().trim().min(1, 'must not be empty').max(500).optional(),
  url: z.url({ protocol: /^https?$/ }).optional().meta({ description: "the article's own URL: its record's source; resubmitting with the same url updates the meeting" }),
  publishedAt: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).optional().meta({ description: 'ISO date or date-time with offset' }),
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?$/, 'expected a language code such as "ru" or "en"')
    .meta({ examples: ['ru', 'en'] })
    .transform((code) => code.toLowerCase())
    .optional(),
  source: z.string().trim().min(1).max(200).optional().meta({ description: 'the outlet; wins over the one found in the text' }),
  meetingId: z
    .string()
    .regex(MEETING_ID, 'expected 1-64 lower-case letters, digits or hyphens')
    .optional(),
};

// The ids and descriptions name these schemas in the OpenAPI description (scripts/contract/openapi.ts).
export const jsonSchema = z
  .object({ text: z.string(), ...fieldsSchema, meeting: overridesSchema.optional() })
  .strict()
  .meta({
    id: 'JsonSubmission',
    description: 'An article and its fields. Resubmitting with the same url (or meetingId) updates the meeting.',
  });
const frontMatterSchema = z.object({ ...fieldsSchema, meeting: overridesSchema.optional() }).strict();
export const linkSchema = z
  .object({ ...fieldsSchema, url: z
    .url({ protocol: /^https?$/, error: 'expected an http:// or https:// link' })
    .meta({ description: 'http:// or https://; the record keeps it as its source url, and it names the meeting' }), meeting: overridesSchema.optional() })
  .strict()
  .meta({
    id: 'LinkSubmission',
    description:
      'A link for the server to fetch (docs/intake.md, "Links"): public http(s) addresses only, at most 5 redirects, 1 MiB and 10 s, HTML only; ' +
      'the page is stored as fetched and read as a text/html submission, with these fields over its metadata. The fields with the url take at most ' +
      '1.5 KiB URL-encoded (413 beyond).',
  });

export type SubmissionFields = z.infer<typeof frontMatterSchema>;

/** A JSON body (an object, depth already checked): its text as sent, its fields cleaned and validated. */
export function jsonBodyFields(data: object): z.infer<typeof jsonSchema> {
  return validate(jsonSchema, { ...(cleanEditorStrings(data) as object), text: (data as { text?: unknown }).text }, 'JSON body');
}

/** A JSON body that gives a link and no text (depth already checked): the link and fields, cleaned and validated. */
export function linkBodyFields(data: object): z.infer<typeof linkSchema> {
  return validate(linkSchema, cleanEditorStrings(data), 'JSON body');
}

/** Parsed front matter (depth already checked), cleaned and validated. */
export function frontMatterFields(data: unknown): SubmissionFields {
  return validate(frontMatterSchema, cleanEditorStrings(data), 'front matter');
}


function validate<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  const message = issue?.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue?.message;
  throw new ClientError('invalid_field', `Invalid ${what}: ${where}${message}.`);
}
