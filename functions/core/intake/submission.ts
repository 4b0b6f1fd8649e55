// Parses a submitted body (text, Markdown with front matter, a web page, or JSON) into a Submission:
// the article text that extraction reads, its structure, plus the fields the editor supplied.

import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { assertJsonDepth, assertStorable, assertValueDepth, assertYamlShape } from './bounded-input.ts';
import type { Block } from './blocks.ts';
import { looksLikeHtml, parseMediaType, type SubmissionFormat } from './content-type.ts';
import { decodeText } from './decode-text.ts';
import { ClientError } from '../errors.ts';
import { stripControlCharacters } from '../html-escape.ts';
import { readHtmlArticle } from './html-article.ts';
import { formatBytes, MAX_ARTICLE_BYTES, MAX_FRONT_MATTER_BYTES } from './limits.ts';
import { renderMarkdown } from './markdown.ts';
import { MEETING_KINDS, type MeetingOverrides } from '../record/record.ts';

export interface Submission {
  format: SubmissionFormat;
  /**
   * The article text, without markup: the whole body for text/plain, the JSON `text` field, the rendered
   * Markdown after its front matter, or a page's main content. Every `mentions` offset in the record points
   * into this string.
   */
  text: string;
  /** The article's headings, paragraphs and lists with their inline markup, for formats that mark them up (Markdown, HTML). */
  blocks?: Block[];
  /** What intake noticed that the editor should know (HTML sent as plain text, a guessed charset); they join the record's warnings. */
  warnings?: string[];
  title?: string;
  url?: string;
  publishedAt?: string;
  language?: string;
  source?: string;
  /** Editor-chosen id: resubmitting with it updates that meeting. */
  meetingId?: string;
  meeting?: MeetingOverrides;
}

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
    kind: z.enum(MEETING_KINDS, { error: `expected one of ${MEETING_KINDS.map((kind) => `"${kind}"`).join(', ')} or null` }).nullable(),
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
  .superRefine(consistentKind);

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
  url: z.url({ protocol: /^https?$/ }).optional(),
  publishedAt: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).optional(),
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?$/, 'expected a language code such as "ru" or "en"')
    .transform((code) => code.toLowerCase())
    .optional(),
  source: z.string().trim().min(1).max(200).optional(),
  meetingId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected 1-64 lower-case letters, digits or hyphens')
    .optional(),
};

const jsonSchema = z.object({ text: z.string(), ...fieldsSchema, meeting: overridesSchema.optional() }).strict();
const frontMatterSchema = z.object({ ...fieldsSchema, meeting: overridesSchema.optional() }).strict();

export function parseSubmission(body: Uint8Array, contentType: string | undefined): Submission {
  const mediaType = parseMediaType(contentType);
  if (body.byteLength > MAX_ARTICLE_BYTES) {
    let [limit, size] = [formatBytes(MAX_ARTICLE_BYTES), formatBytes(body.byteLength)];
    // Just over the limit, both round to "1.0 MiB": give exact byte counts so the message makes sense.
    if (limit === size) [limit, size] = [`${MAX_ARTICLE_BYTES} bytes`, `${body.byteLength} bytes`];
    throw new ClientError('payload_too_large', `Articles are limited to ${limit}; this one is ${size}.`);
  }
  const decoded = decodeText(body, mediaType.charset, { html: mediaType.format === 'html' });
  let format = mediaType.format;
  const warnings = [...decoded.warnings];
  if (format === 'text' && looksLikeHtml(decoded.text)) {
    format = 'html';
    warnings.push('The article was sent as text/plain but is an HTML page; it was read as HTML. Send pages as text/html.');
  }
  const submission = parseByFormat(format, decoded.text);
  if (!submission.text.trim()) {
    throw new ClientError(
      'empty_body',
      format === 'html'
        ? 'The page has no article text that could be found; send the article text (text/plain or text/markdown) instead.'
        : 'The article has no text; send the article body (text/plain, text/markdown, text/html or JSON {"text": ...}).',
    );
  }
  if (submission.warnings?.length) warnings.push(...submission.warnings);
  if (warnings.length) submission.warnings = warnings;
  assertStorable(submission);
  return submission;
}

function parseByFormat(format: SubmissionFormat, decoded: string): Submission {
  switch (format) {
    case 'text':
      return { format, text: decoded };
    case 'markdown':
      return parseMarkdown(decoded);
    case 'json':
      return parseJson(decoded);
    case 'html':
      return htmlSubmission(decoded);
  }
}

/**
 * A page's article, with the title, publication time, canonical URL and site name its metadata gives, where
 * the editor gave none (`fields`: those the editor sent alongside the page, if any).
 */
export function htmlSubmission(html: string, fields: Omit<Submission, 'format' | 'text' | 'blocks' | 'warnings'> = {}): Submission {
  const article = readHtmlArticle(html);
  return {
    format: 'html',
    text: article.text,
    blocks: article.blocks,
    ...article.metadata,
    ...fields,
    ...(article.warnings.length ? { warnings: article.warnings } : {}),
  };
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function parseMarkdown(source: string): Submission {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { format: 'markdown', ...renderMarkdown(source) };
  const frontMatter = match[1] ?? '';
  const frontMatterBytes = Buffer.byteLength(frontMatter, 'utf8');
  if (frontMatterBytes > MAX_FRONT_MATTER_BYTES) {
    throw new ClientError(
      'payload_too_large',
      `The front matter is limited to ${formatBytes(MAX_FRONT_MATTER_BYTES)}; this one is ${formatBytes(frontMatterBytes)}. Keep the fields short and put the article after the closing "---".`,
    );
  }
  // Refused before the YAML parser meets it: its composer recurses on nesting, and aliases expand.
  assertYamlShape(frontMatter);
  let data: unknown;
  try {
    data = parseYaml(frontMatter, { maxAliasCount: 0 }) ?? {};
  } catch (cause) {
    const where = cause instanceof YAMLParseError && cause.linePos ? ` (line ${cause.linePos[0].line + 1})` : '';
    throw new ClientError('invalid_field', `The front matter is not valid YAML${where}: ${(cause as Error).message.split('\n')[0]}`, { cause });
  }
  assertValueDepth(data, 'front matter');
  const fields = validate(frontMatterSchema, cleanStrings(data), 'front matter');
  return { format: 'markdown', ...renderMarkdown(source.slice(match[0].length)), ...fields };
}

function parseJson(source: string): Submission {
  // Refused before JSON.parse and before cleanStrings, which recurses.
  assertJsonDepth(source);
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (cause) {
    throw new ClientError('invalid_json', `The body is not valid JSON: ${(cause as Error).message}`, { cause });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ClientError('invalid_json', 'The JSON body must be an object such as {"text": "...", "title": "..."}.');
  }
  const { text, ...fields } = validate(jsonSchema, { ...(cleanStrings(data) as object), text: (data as { text?: unknown }).text }, 'JSON body');
  return { format: 'json', text, ...fields };
}

/**
 * Editor-supplied fields go into records and feeds as they are, so control characters are removed
 * and whitespace trimmed before validation (a title of spaces is then rightly "too short").
 * The article text is left alone: mention offsets index it as submitted.
 */
function cleanStrings(value: unknown): unknown {
  if (typeof value === 'string') return stripControlCharacters(value).trim();
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanStrings(item)]));
  return value;
}

function validate<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  const message = issue?.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue?.message;
  throw new ClientError('invalid_field', `Invalid ${what}: ${where}${message}.`);
}
