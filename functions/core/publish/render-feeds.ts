// Renders feed documents from meeting records: Atom 1.0 (RFC 4287, through the `feed` package, plus
// the RFC 5005 archive links and RFC 6721 tombstones it cannot express) and JSON Feed 1.1 (built
// directly: `feed` 6 only emits JSON Feed 1.0). Pure: records in, text out, no clock.

import { Feed } from 'feed';
import { pageKeyOf } from './archive-pages.ts';
import { escapeHtml, stripControlCharacters } from '../html-escape.ts';
import { KIND_LABELS } from './kind-labels.ts';
import type { MeetingRecord } from '../record/record.ts';
import { CURRENT_FEED_DOCUMENT } from './site-paths.ts';

export interface FeedSite {
  /** Public base URL of the site, without a trailing slash (CloudFront domain, or localhost). */
  siteUrl: string;
  title?: string;
  /** A WebSub hub: feeds then carry rel="hub" (Atom) and `hubs` (JSON Feed). */
  hubUrl?: string;
  /** The language of the home and browse pages (`en` when not set); a meeting's page speaks its record's. */
  language?: string;
}

/** Which document is being rendered: its path, its title and its RFC 5005 neighbours (site paths). */
export interface FeedDocument {
  /** Path without extension, e.g. "feeds/meetings" or "feeds/archive/2026-10". */
  path: string;
  title?: string;
  prevArchive?: string | null;
  nextArchive?: string | null;
  /** The subscription document, for archive pages. */
  current?: string | null;
  /** A complete archive page: it will not change unless one of its entries does. */
  complete?: boolean;
}

const CURRENT_DOCUMENT: FeedDocument = { path: CURRENT_FEED_DOCUMENT };
const DEFAULT_TITLE = 'Meetings';
const AUTHOR = { name: 'meeting-feeds' };
/** Tag URIs need a date on which the authority held its name (RFC 4151); this one never changes. */
const TAG_DATE = '2026';
/** An empty feed still needs an `updated`; a fixed instant keeps its bytes (and ETag) stable. */
const EPOCH = '1970-01-01T00:00:00.000Z';
const NS_HISTORY = 'http://purl.org/syndication/history/1.0';
const NS_TOMBSTONES = 'http://purl.org/atompub/tombstones/1.0';

export function entryId(site: FeedSite, meetingId: string): string {
  return `tag:${new URL(site.siteUrl).hostname},${TAG_DATE}:meeting:${meetingId}`;
}

/** Names the vocabulary of the kind categories (`term` = the record's `kind`); an identifier, not a page. */
export function kindScheme(site: FeedSite): string {
  return `${site.siteUrl}/meeting-kinds`;
}

/** Names the vocabulary of the topic categories (`term` = a topic as the record has it); an identifier, not a page. */
export function topicScheme(site: FeedSite): string {
  return `${site.siteUrl}/topics`;
}

/** The meeting's record (JSON), linked from each entry with its media type. */
export function meetingUrl(site: FeedSite, meetingId: string): string {
  return `${site.siteUrl}/meetings/${encodeURIComponent(meetingId)}.json`;
}

/** The meeting's page: where a reader's click on an entry goes. */
export function meetingPageUrl(site: FeedSite, meetingId: string): string {
  return `${site.siteUrl}/meetings/${encodeURIComponent(meetingId)}.html`;
}

/**
 * When the article says it was published, else when it was received: an entry's `published`, as an RFC 3339
 * date-time (a page may give only a day, "2026-10-14", which JSON Feed does not take: it is read as midnight UTC).
 */
export function publishedOf(record: MeetingRecord): string {
  const published = record.publishedAt ? new Date(record.publishedAt) : null;
  return published && !Number.isNaN(published.getTime()) ? published.toISOString() : record.createdAt;
}

/**
 * Newest first by first appearance, ties by id: exactly the reverse of the month index's sort key
 * (`pageKeyOf`, compared by code units as DynamoDB compares bytes), so an archive page read from the index
 * and split where it is full splits where the index does. (Ties by id in another order, or by locale, once
 * put a meeting first seen in the same millisecond as its neighbour in two pages, and could loop.)
 */
export function orderForFeed(records: MeetingRecord[]): MeetingRecord[] {
  const keyed = records.map((record) => ({ record, key: pageKeyOf(record) }));
  return keyed.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0)).map(({ record }) => record);
}

/** The feed changed when its newest entry did: never "now", so unchanged feeds keep their bytes. */
export function feedUpdated(records: MeetingRecord[]): string {
  // ISO 8601 instants in one format compare correctly as strings.
  const changes = records.map((record) => [record.updatedAt, record.retracted?.at ?? EPOCH].sort().at(-1)!);
  return [EPOCH, ...changes].sort().at(-1)!;
}

function clean(text: string): string {
  return stripControlCharacters(text);
}

function url(site: FeedSite, path: string): string {
  return `${site.siteUrl}/${path}`;
}

export function renderAtomFeed(records: MeetingRecord[], site: FeedSite, document: FeedDocument = CURRENT_DOCUMENT): string {
  const ordered = orderForFeed(records);
  const live = ordered.filter((record) => !record.retracted);
  const retracted = ordered.filter((record) => record.retracted);
  const feed = new Feed({
    id: `tag:${new URL(site.siteUrl).hostname},${TAG_DATE}:feed:${document.path.replace(/^feeds\//, '')}`,
    title: clean(document.title ?? site.title ?? DEFAULT_TITLE),
    updated: new Date(feedUpdated(ordered)),
    link: `${site.siteUrl}/`,
    feedLinks: { atom: url(site, `${document.path}.atom`) },
    hub: site.hubUrl,
    author: AUTHOR,
    copyright: 'See each source article.',
    generator: false,
  });
  for (const record of live) {
    feed.addItem({
      // `feed` marks title, summary and content as type="html": plain text must be escaped first.
      title: escapeHtml(clean(record.title)),
      id: entryId(site, record.id),
      link: meetingPageUrl(site, record.id),
      date: new Date(record.updatedAt),
      published: new Date(publishedOf(record)),
      description: escapeHtml(clean(record.summary)),
      content: clean(record.contentHtml),
      author: [{ name: clean(record.source.name ?? record.submittedBy) }],
      category: [
        ...(record.kind ? [{ term: record.kind, scheme: kindScheme(site), name: KIND_LABELS[record.kind] }] : []),
        // `feed` escapes only "&" and '"' in attributes: a "<" would make the document ill-formed.
        ...record.topics.map((topic) => ({ term: clean(topic).replace(/</g, ''), scheme: topicScheme(site), name: clean(topic).replace(/</g, '') })),
      ],
    });
  }
  return addHistoryAndTombstones(addEntryLinks(feed.atom1(), site, live), site, document, retracted);
}

/**
 * `feed` gives an entry one untyped link: it becomes the page's (text/html), followed by the record's
 * (application/json; a second alternate of another type, as RFC 4287 allows) and the source article's (related).
 */
function addEntryLinks(xml: string, site: FeedSite, records: MeetingRecord[]): string {
  let out = xml;
  for (const record of records) {
    const page = escapeHtml(meetingPageUrl(site, record.id));
    const anchor = `<link href="${page}"/>`;
    if (!out.includes(anchor)) throw new Error(`The Atom entry of ${record.id} has no link to its page.`);
    const links = [
      `<link rel="alternate" type="text/html" href="${page}"/>`,
      `<link rel="alternate" type="application/json" href="${escapeHtml(meetingUrl(site, record.id))}"/>`,
      ...(record.source.url ? [`<link rel="related" href="${escapeHtml(record.source.url)}"/>`] : []),
    ];
    out = out.replace(anchor, links.join('\n            '));
  }
  return out;
}

/**
 * `feed` knows neither RFC 5005 nor RFC 6721, so their elements are added to its output at fixed
 * anchors: namespaces on the root, links after the self link, tombstones before the end.
 */
function addHistoryAndTombstones(xml: string, site: FeedSite, document: FeedDocument, retracted: MeetingRecord[]): string {
  const attribute = (value: string) => escapeHtml(value);
  const links = [
    document.current ? `<link rel="current" href="${attribute(url(site, `${document.current}.atom`))}"/>` : '',
    document.prevArchive ? `<link rel="prev-archive" href="${attribute(url(site, `${document.prevArchive}.atom`))}"/>` : '',
    document.nextArchive ? `<link rel="next-archive" href="${attribute(url(site, `${document.nextArchive}.atom`))}"/>` : '',
    document.complete ? '<fh:archive/>' : '',
  ].filter(Boolean);
  const tombstones = retracted.map((record) => {
    const retraction = record.retracted!;
    const comment = retraction.reason ? `<at:comment>${escapeHtml(clean(retraction.reason))}</at:comment>` : '';
    return `    <at:deleted-entry ref="${attribute(entryId(site, record.id))}" when="${attribute(retraction.at)}"><at:by><name>${escapeHtml(clean(retraction.by))}</name></at:by>${comment}</at:deleted-entry>\n`;
  });
  let out = xml.replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:fh="${NS_HISTORY}" xmlns:at="${NS_TOMBSTONES}">`);
  if (links.length) out = out.replace(/(<link rel="self" href="[^"]*"\/>\n)/, (self) => `${self}${links.map((link) => `    ${link}\n`).join('')}`);
  // RFC 4287 puts feed-level extension elements before the entries.
  if (tombstones.length) {
    const firstEntry = out.indexOf('<entry>');
    out = firstEntry >= 0 ? `${out.slice(0, firstEntry)}${tombstones.join('').trimStart()}    ${out.slice(firstEntry)}` : out.replace(/<\/feed>\s*$/, `${tombstones.join('')}</feed>\n`);
  }
  return out;
}

export function renderJsonFeed(records: MeetingRecord[], site: FeedSite, document: FeedDocument = CURRENT_DOCUMENT): string {
  const ordered = orderForFeed(records).filter((record) => !record.retracted);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: clean(document.title ?? site.title ?? DEFAULT_TITLE),
    home_page_url: `${site.siteUrl}/`,
    feed_url: url(site, `${document.path}.json`),
    description: 'Meetings reported in the news, as structured records (see _meeting in each item).',
    // JSON Feed's paging: next_url leads to older items, which here is the previous month's page.
    ...(document.prevArchive ? { next_url: url(site, `${document.prevArchive}.json`) } : {}),
    language: mostCommonLanguage(ordered),
    authors: [AUTHOR],
    ...(site.hubUrl ? { hubs: [{ type: 'WebSub', url: site.hubUrl }] } : {}),
    ...(document.current || document.prevArchive || document.nextArchive
      ? {
          _archive: {
            complete: document.complete ?? false,
            ...(document.current ? { current: url(site, `${document.current}.json`) } : {}),
            ...(document.prevArchive ? { prev_archive: url(site, `${document.prevArchive}.json`) } : {}),
            ...(document.nextArchive ? { next_archive: url(site, `${document.nextArchive}.json`) } : {}),
          },
        }
      : {}),
    items: ordered.map((record) => ({
      id: entryId(site, record.id),
      url: meetingPageUrl(site, record.id),
      ...(record.source.url ? { external_url: record.source.url } : {}),
      title: clean(record.title),
      summary: clean(record.summary),
      content_html: clean(record.contentHtml),
      date_published: publishedOf(record),
      date_modified: record.updatedAt,
      ...(record.topics.length ? { tags: record.topics.map(clean) } : {}),
      ...(record.language !== 'und' ? { language: record.language } : {}),
      authors: [{ name: clean(record.source.name ?? record.submittedBy) }],
      _meeting: record,
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

function mostCommonLanguage(records: MeetingRecord[]): string {
  const counts = new Map<string, number>();
  for (const { language } of records) if (language !== 'und') counts.set(language, (counts.get(language) ?? 0) + 1);
  let best = 'en';
  let bestCount = 0;
  for (const [language, count] of counts) {
    if (count > bestCount || (count === bestCount && language < best)) [best, bestCount] = [language, count];
  }
  return best;
}
