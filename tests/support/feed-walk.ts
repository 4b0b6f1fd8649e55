// Walks a running site's feeds the way a feed reader catches up (RFC 5005): the current Atom feed, then
// `prev-archive` until there is none; the JSON Feed, then `next_url` (the same chain). Returns which meeting
// each document holds, so a test can tell whether every meeting is reachable, and where it is twice.

import { ATOM_NS, parseXml, type XmlElement } from './atom-validator.ts';

export interface WalkedDocument {
  url: string;
  /** Meeting ids of the document's entries (live entries only; tombstones are not entries). */
  meetingIds: string[];
}

export interface FeedWalk {
  documents: WalkedDocument[];
  /** A link that led back to a document already read (a loop), if any. */
  loop: string | null;
}

const MAX_DOCUMENTS = 10_000;

/** The meeting id at the end of an entry id `tag:host,date:meeting:{id}`. */
function meetingIdOfEntry(entryId: string): string {
  return /:meeting:(.+)$/.exec(entryId)?.[1] ?? entryId;
}

function atomLink(feed: XmlElement, rel: string): string | null {
  const link = feed.children.find((child) => child.namespace === ATOM_NS && child.name === 'link' && child.attributes.rel === rel);
  return link?.attributes.href ?? null;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response.text();
}

/** The site's own URL for a link the feed carries (the feeds name the site as the local runtime's URL). */
function onSite(siteUrl: string, href: string): string {
  const url = new URL(href, siteUrl);
  return `${siteUrl}${url.pathname}${url.search}`;
}

export async function walkAtom(siteUrl: string): Promise<FeedWalk> {
  const documents: WalkedDocument[] = [];
  const seen = new Set<string>();
  let next: string | null = `${siteUrl}/feeds/meetings.atom`;
  while (next && documents.length < MAX_DOCUMENTS) {
    if (seen.has(next)) return { documents, loop: next };
    seen.add(next);
    const feed = parseXml(await fetchText(next));
    const meetingIds = feed.children
      .filter((child) => child.namespace === ATOM_NS && child.name === 'entry')
      .map((entry) => meetingIdOfEntry(entry.children.find((child) => child.namespace === ATOM_NS && child.name === 'id')?.text ?? ''));
    documents.push({ url: next, meetingIds });
    const prev = atomLink(feed, 'prev-archive');
    next = prev ? onSite(siteUrl, prev) : null;
  }
  return { documents, loop: null };
}

export async function walkJsonFeed(siteUrl: string): Promise<FeedWalk> {
  const documents: WalkedDocument[] = [];
  const seen = new Set<string>();
  let next: string | null = `${siteUrl}/feeds/meetings.json`;
  while (next && documents.length < MAX_DOCUMENTS) {
    if (seen.has(next)) return { documents, loop: next };
    seen.add(next);
    const feed = JSON.parse(await fetchText(next)) as { items?: { id: string; _meeting?: { id: string } }[]; next_url?: string };
    documents.push({ url: next, meetingIds: (feed.items ?? []).map((item) => item._meeting?.id ?? item.id) });
    next = feed.next_url ? onSite(siteUrl, feed.next_url) : null;
  }
  return { documents, loop: null };
}

export interface WalkFindings {
  /** Expected meetings found in no document. */
  missing: string[];
  /** Meetings in more than one archive document (the current feed aside), or twice in one document. */
  duplicated: string[];
  /** Meetings found that were not expected. */
  unexpected: string[];
  /** Distinct meetings found. */
  found: number;
}

/**
 * Every expected meeting exactly once: in the current feed or the archives. The current feed may repeat
 * entries of the newest archive page (RFC 5005: the newer copy wins), so only the archive documents, and
 * each document on its own, must not hold a meeting twice.
 */
export function walkFindings(walk: FeedWalk, expected: Iterable<string>): WalkFindings {
  const wanted = new Set(expected);
  const all = new Set<string>();
  const inArchives = new Map<string, number>();
  const duplicated = new Set<string>();
  for (const [index, document] of walk.documents.entries()) {
    const here = new Set<string>();
    for (const id of document.meetingIds) {
      if (here.has(id)) duplicated.add(id);
      here.add(id);
      all.add(id);
      if (index > 0) inArchives.set(id, (inArchives.get(id) ?? 0) + 1);
    }
  }
  for (const [id, count] of inArchives) if (count > 1) duplicated.add(id);
  return {
    missing: [...wanted].filter((id) => !all.has(id)),
    duplicated: [...duplicated],
    unexpected: [...all].filter((id) => !wanted.has(id)),
    found: all.size,
  };
}
