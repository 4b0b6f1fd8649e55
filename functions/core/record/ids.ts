// Content-derived identifiers: the same submission always gets the same article id, and the same
// source URL (or editor-chosen meeting id) always maps to the same meeting.

import { createHash } from 'node:crypto';

function digest(input: string | Uint8Array, prefix: string): string {
  return createHash('sha256').update(prefix).update(input).digest('hex').slice(0, 24);
}

/**
 * The article id names the raw object: a hash of the media type and the exact bytes submitted (and, for a
 * fetched page, the link and fields sent with it, so that a correction sent with the same link is a new article).
 */
export function articleIdFor(mediaType: string, body: Uint8Array, linkFields?: string): string {
  const prefix = `article\n${mediaType}\n${linkFields === undefined ? '' : `link\n${linkFields}\n`}`;
  return digest(body, prefix);
}

/** An editor-chosen meeting id (and every id we make): 1-64 lower-case letters, digits or hyphens. */
export const MEETING_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Normalises a URL so trivially different spellings of one article map to one meeting. */
export function canonicalUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  parsed.hostname = parsed.hostname.toLowerCase();
  if (parsed.pathname.length > 1) parsed.pathname = parsed.pathname.replace(/\/+$/, '');
  return parsed.toString();
}

export function meetingIdFor(submission: { meetingId?: string; url?: string }, articleId: string): string {
  if (submission.meetingId) return submission.meetingId;
  if (submission.url) return `m${digest(canonicalUrl(submission.url), 'url\n').slice(0, 23)}`;
  return `m${articleId.slice(0, 23)}`;
}
