// What a page says about itself (title, publication time, canonical URL, site name), checked and put in
// the shape of the fields an editor may give. Used only where the editor gave none (submission.ts).

import { stripControlCharacters } from '../html-escape.ts';

export interface PageMetadata {
  title?: string;
  url?: string;
  publishedAt?: string;
  source?: string;
}

/** Candidate values as found, best source first for each field; empty and missing ones are skipped. */
export type MetadataCandidates = { [K in keyof PageMetadata]?: (string | null | undefined)[] };

/** The few element lookups this needs (linkedom's document has them, as would any DOM). */
interface QueryableDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

const MAX_TITLE = 500;
const MAX_SOURCE = 200;

/** The page's own tags: `<link rel=canonical>`, Open Graph, `article:published_time`, `<title>`. */
export function metadataTagsOf(document: QueryableDocument): MetadataCandidates {
  const meta = (property: string) =>
    (document.querySelector(`meta[property="${property}"]`) ?? document.querySelector(`meta[name="${property}"]`))?.getAttribute('content');
  return {
    title: [meta('og:title'), document.querySelector('title')?.textContent],
    url: [document.querySelector('link[rel="canonical"]')?.getAttribute('href'), meta('og:url')],
    publishedAt: [meta('article:published_time'), meta('og:published_time')],
    source: [meta('og:site_name')],
  };
}

/** The first usable candidate for each field, and a warning for a publication time that could not be read. */
export function checkMetadata(candidates: MetadataCandidates): { fields: PageMetadata; warnings: string[] } {
  const fields: PageMetadata = {};
  const warnings: string[] = [];
  // A title too long to be one is not cut: the next candidate, or the title made from the record, does better.
  const title = first(candidates.title, (value) => whole(value, MAX_TITLE));
  if (title) fields.title = title;
  const source = first(candidates.source, (value) => cut(value, MAX_SOURCE));
  if (source) fields.source = source;
  const url = first(candidates.url, httpUrl);
  if (url) fields.url = url;
  const publishedAt = first(candidates.publishedAt, isoDate);
  if (publishedAt) fields.publishedAt = publishedAt;
  else {
    const unread = candidates.publishedAt?.find((value) => value?.trim());
    if (unread) warnings.push(`The page's publication time "${cut(unread, 60)}" is not an ISO 8601 date, so it was not used.`);
  }
  return { fields, warnings };
}

function first(values: (string | null | undefined)[] | undefined, read: (value: string) => string | undefined): string | undefined {
  for (const value of values ?? []) {
    const usable = value ? read(value) : undefined;
    if (usable) return usable;
  }
  return undefined;
}

function whole(value: string, max: number): string | undefined {
  const flat = stripControlCharacters(value).replace(/\s+/g, ' ').trim();
  return flat.length > max ? undefined : flat || undefined;
}

function cut(value: string, max: number): string | undefined {
  const flat = stripControlCharacters(value).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat || undefined;
}

function httpUrl(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * An ISO 8601 date, or a date-time with its offset (`+0500` written `+05:00`, as the record's schema wants).
 * A date-time without an offset names a local time in a zone we do not know: its date is kept.
 */
function isoDate(value: string): string | undefined {
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, date = '', time, zone] = match;
  // "2026-02-30" has the shape of a date but names no day.
  if (new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) return undefined;
  if (!time || !zone) return date;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const seconds = time.length === 5 ? ':00' : '';
  const iso = `${date}T${time}${seconds}${offset}`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}
