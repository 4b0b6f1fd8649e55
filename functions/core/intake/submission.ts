// Parses a submitted body (text, Markdown with front matter, a web page, or JSON) into a Submission:
// the article text that extraction reads, its structure, plus the fields the editor supplied.
// Each format's reader and its libraries (markdown-it, Readability and linkedom, yaml, zod) are imported the
// first time a submission needs them, so a cold start that reads plain text or a status loads none of them.

import { assertJsonDepth, assertStorable } from './bounded-input.ts';
import type { Block } from './blocks.ts';
import { looksLikeHtml, parseMediaType, type SubmissionFormat } from './content-type.ts';
import { decodeText } from './decode-text.ts';
import { ClientError } from '../errors.ts';
import { formatBytes, MAX_ARTICLE_BYTES } from './limits.ts';
import type { MeetingOverrides } from '../record/record.ts';

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

export async function parseSubmission(body: Uint8Array, contentType: string | undefined): Promise<Submission> {
  const mediaType = parseMediaType(contentType);
  if (body.byteLength > MAX_ARTICLE_BYTES) {
    let [limit, size] = [formatBytes(MAX_ARTICLE_BYTES), formatBytes(body.byteLength)];
    // Just over the limit, both round to "1.0 MiB": give exact byte counts so the message makes sense.
    if (limit === size) [limit, size] = [`${MAX_ARTICLE_BYTES} bytes`, `${body.byteLength} bytes`];
    throw new ClientError('payload_too_large', `Articles are limited to ${limit}; this one is ${size}.`);
  }
  const decoded = await decodeText(body, mediaType.charset, { html: mediaType.format === 'html' });
  let format = mediaType.format;
  const warnings = [...decoded.warnings];
  if (format === 'text' && looksLikeHtml(decoded.text)) {
    format = 'html';
    warnings.push('The article was sent as text/plain but is an HTML page; it was read as HTML. Send pages as text/html.');
  }
  const submission = await parseByFormat(format, decoded.text);
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

async function parseByFormat(format: SubmissionFormat, decoded: string): Promise<Submission> {
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
export async function htmlSubmission(
  html: string,
  fields: Omit<Submission, 'format' | 'text' | 'blocks' | 'warnings'> = {},
): Promise<Submission> {
  const { readHtmlArticle } = await import('./html-article.ts');
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

/** A link to fetch (`{"url": …}` and no `text`), with the editor's fields and corrections sent beside it. */
export type LinkRequest = Omit<Submission, 'format' | 'text' | 'blocks' | 'warnings'> & { url: string };

/**
 * The link a JSON body asks the server to fetch (an object with `url` and no `text`), or null for every other
 * body, which parseSubmission reads (and refuses) as before.
 */
export async function linkRequestOf(body: Uint8Array, contentType: string | undefined): Promise<LinkRequest | null> {
  let mediaType: ReturnType<typeof parseMediaType>;
  try {
    mediaType = parseMediaType(contentType);
  } catch {
    return null;
  }
  if (mediaType.format !== 'json' || body.byteLength > MAX_ARTICLE_BYTES) return null;
  const source = (await decodeText(body, mediaType.charset)).text;
  assertJsonDepth(source);
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('url' in data) || 'text' in data) return null;
  const { linkBodyFields } = await import('./submission-fields.ts');
  return linkBodyFields(data) as LinkRequest;
}

/**
 * The page fetched for a link, read as any page sent with its Content-Type is, with the editor's fields over
 * what the page's metadata says (the link they sent is the article's url). Ingest and normalise both call it,
 * so a stored page and the fields kept with it make the same submission again.
 */
export async function linkSubmission(page: { body: Uint8Array; contentType: string }, fields: LinkRequest): Promise<Submission> {
  const read = await parseSubmission(page.body, page.contentType);
  const submission = { ...read, ...fields };
  assertStorable(submission);
  return submission;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

async function parseMarkdown(source: string): Promise<Submission> {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    const { renderMarkdown } = await import('./markdown.ts');
    return { format: 'markdown', ...renderMarkdown(source) };
  }
  const [{ readFrontMatter }, { renderMarkdown }] = await Promise.all([import('./front-matter.ts'), import('./markdown.ts')]);
  // The front matter first: its errors are reported before the article's.
  const fields = readFrontMatter(match[1] ?? '');
  return { format: 'markdown', ...renderMarkdown(source.slice(match[0].length)), ...fields };
}

async function parseJson(source: string): Promise<Submission> {
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
  const { jsonBodyFields } = await import('./submission-fields.ts');
  const { text, ...fields } = jsonBodyFields(data);
  return { format: 'json', text, ...fields };
}
