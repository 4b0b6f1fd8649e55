// Which media types the API accepts, and what to say about the ones it does not.

import { ClientError } from '../errors.ts';

export type SubmissionFormat = 'text' | 'markdown' | 'json' | 'html';

const FORMATS: Record<string, SubmissionFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'application/json': 'json',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
};

export const ACCEPTED_MEDIA_TYPES = 'text/plain, text/markdown, text/html, application/xhtml+xml or application/json';

export interface MediaType {
  format: SubmissionFormat;
  /** The media type without parameters, lower-case, as stored with the raw article. */
  essence: string;
  charset: string | undefined;
}

export function parseMediaType(header: string | undefined): MediaType {
  if (!header?.trim()) {
    throw new ClientError('unsupported_media_type', `Content-Type is missing; send the article as ${ACCEPTED_MEDIA_TYPES}.`);
  }
  const [essenceRaw = '', ...params] = header.split(';');
  const essence = essenceRaw.trim().toLowerCase();
  const charset = params
    .map((p) => p.trim().match(/^charset\s*=\s*"?([^";\s]+)"?$/i)?.[1])
    .find((value) => value !== undefined);
  const format = FORMATS[essence];
  if (!format) {
    throw new ClientError('unsupported_media_type', `Content-Type "${essence}" is not supported; send the article as ${ACCEPTED_MEDIA_TYPES}.`);
  }
  return { format, essence, charset };
}

/**
 * Whether text sent as text/plain is in fact an HTML page (or a fragment of one): it opens with a doctype,
 * `<html>`, `<head>` or `<body>`, or with a block element that it also closes. Prose that mentions a tag
 * somewhere is still prose; only the opening counts.
 */
export function looksLikeHtml(text: string): boolean {
  const opening = /^\s*(?:<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|p|div|article|section|main|h[1-6]|ul|ol|table)[\s>]/i.exec(text.slice(0, 4096));
  if (!opening) return false;
  const tag = opening[1]!.toLowerCase();
  return ['!doctype', 'html', 'head', 'body'].some((start) => tag.startsWith(start)) || text.toLowerCase().includes(`</${tag}>`);
}

/** The media type as it affects meaning: "text/plain" and "text/plain; charset=UTF-8" are one article. */
export function mediaTypeKey(header: string | undefined): string {
  const { essence, charset } = parseMediaType(header);
  return `${essence};charset=${(charset ?? 'utf-8').toLowerCase()}`;
}
