// Renders the current feeds from meeting records: Atom 1.0 (RFC 4287, through the `feed` package)
// and JSON Feed 1.1 (built directly: `feed` 6 only emits JSON Feed 1.0). Pure: records in, text out.

import { Feed } from 'feed';
import { escapeHtml, stripControlCharacters } from './html-escape.ts';
import type { MeetingRecord } from './record.ts';

export interface FeedSite {
  /** Public base URL of the site, without a trailing slash (CloudFront domain, or localhost). */
  siteUrl: string;
  title?: string;
}

export const FEED_PATHS = { atom: 'feeds/meetings.atom', json: 'feeds/meetings.json' } as const;
const DEFAULT_TITLE = 'Meetings';
const AUTHOR = { name: 'meeting-feeds' };
/** Tag URIs need a date on which the authority held its name (RFC 4151); this one never changes. */
const TAG_DATE = '2026';
/** An empty feed still needs an `updated`; a fixed instant keeps its bytes (and ETag) stable. */
const EPOCH = '1970-01-01T00:00:00.000Z';

export function entryId(site: FeedSite, meetingId: string): string {
  return `tag:${new URL(site.siteUrl).hostname},${TAG_DATE}:meeting:${meetingId}`;
}

export function meetingUrl(site: FeedSite, meetingId: string): string {
  return `${site.siteUrl}/meetings/${encodeURIComponent(meetingId)}.json`;
}

/** Newest first by first appearance; ties broken by id so the order never flickers between runs. */
export function orderForFeed(records: MeetingRecord[]): MeetingRecord[] {
  return [...records].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
}

/** The feed changed when its newest entry did: never "now", so unchanged feeds keep their bytes. */
export function feedUpdated(records: MeetingRecord[]): string {
  return records.reduce((latest, record) => (record.updatedAt > latest ? record.updatedAt : latest), EPOCH);
}

function clean(text: string): string {
  return stripControlCharacters(text);
}

export function renderAtomFeed(records: MeetingRecord[], site: FeedSite): string {
  const ordered = orderForFeed(records);
  const feed = new Feed({
    id: `tag:${new URL(site.siteUrl).hostname},${TAG_DATE}:feed:meetings`,
    title: site.title ?? DEFAULT_TITLE,
    updated: new Date(feedUpdated(ordered)),
    link: `${site.siteUrl}/`,
    feedLinks: { atom: `${site.siteUrl}/${FEED_PATHS.atom}` },
    author: AUTHOR,
    copyright: 'See each source article.',
    generator: false,
  });
  for (const record of ordered) {
    feed.addItem({
      // `feed` marks title, summary and content as type="html": plain text must be escaped first.
      title: escapeHtml(clean(record.title)),
      id: entryId(site, record.id),
      link: meetingUrl(site, record.id),
      date: new Date(record.updatedAt),
      published: new Date(record.createdAt),
      description: escapeHtml(clean(record.summary)),
      content: clean(record.contentHtml),
      author: [{ name: clean(record.source.name ?? record.submittedBy) }],
      category: record.topics.map((topic) => ({ term: clean(topic), name: clean(topic) })),
    });
  }
  return feed.atom1();
}

export function renderJsonFeed(records: MeetingRecord[], site: FeedSite): string {
  const ordered = orderForFeed(records);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.title ?? DEFAULT_TITLE,
    home_page_url: `${site.siteUrl}/`,
    feed_url: `${site.siteUrl}/${FEED_PATHS.json}`,
    description: 'Meetings reported in the news, as structured records (see _meeting in each item).',
    language: mostCommonLanguage(ordered),
    authors: [AUTHOR],
    items: ordered.map((record) => ({
      id: entryId(site, record.id),
      url: meetingUrl(site, record.id),
      title: clean(record.title),
      summary: clean(record.summary),
      content_html: clean(record.contentHtml),
      date_published: record.createdAt,
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
