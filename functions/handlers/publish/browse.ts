// Carries out the browse part of a publish for one group (organisation, country, person): its front page
// (the newest meetings, as its topic feed) and its numbered pages, counted from its oldest meeting. Like
// the archive pages, a numbered page is a range of the group's sort key (`createdAt#id`) that never moves
// once closed: the publisher re-reads the open (last) page, closing it when it passes BROWSE_PAGE_ENTRIES,
// and rewrites the closed pages holding changed meetings. Each read is at most a page.

import { pageKeyOf } from '../../core/publish/archive-pages.ts';
import { membershipKeys } from '../../core/publish/feed-groups.ts';
import { BROWSE_PAGE_ENTRIES, browseChainName, browseGroupOf, groupBrowsePath, groupChainPagePath } from '../../core/publish/pages/browse-paths.ts';
import { type BrowseDocument, renderBrowsePage } from '../../core/publish/pages/render-browse-page.ts';
import type { ArchivePage, PublishStore } from '../../core/publish/ports.ts';
import type { MeetingRecord } from '../../core/record/record.ts';
import { CACHE, type SiteWriter, TYPES } from './site-writer.ts';

type BrowseStore = Pick<PublishStore, 'groupMeetingsInRange' | 'archivePageAt' | 'putArchivePage'>;

/** Above every sort key: finds a chain's last page. */
const AFTER_ALL = '\uffff';

export interface GroupBrowse {
  key: string;
  title: string;
  /** The group's newest meetings, as its topic feed lists them. */
  front: readonly MeetingRecord[];
  /** Sort keys of the changed meetings in or leaving the group. */
  changed: readonly string[];
  feeds: { atom: string; json: string };
}

export async function publishGroupBrowse(store: BrowseStore, out: SiteWriter, group: GroupBrowse): Promise<void> {
  const front = groupBrowsePath(group.key);
  if (!front || !browseGroupOf(group.key)) return;
  const chain = browseChainName(group.key);
  const inPage = (page: ArchivePage) => (record: MeetingRecord) =>
    membershipKeys(record).includes(group.key) && pageKeyOf(record) >= page.start && (page.end === null || pageKeyOf(record) < page.end);
  const render = async (page: ArchivePage, entries: MeetingRecord[], last: number) => {
    const document = browseDocument(group, {
      page: page.page,
      newer: page.page < last ? groupChainPagePath(group.key, page.page + 1) : null,
      older: page.page > 1 ? groupChainPagePath(group.key, page.page - 1) : null,
    });
    const html = out.render(entries, (list) => renderBrowsePage(list, document, out.feedSite));
    await out.put(groupChainPagePath(group.key, page.page), html, TYPES.html, page.end === null ? CACHE.current : CACHE.archive);
  };

  let open = await store.archivePageAt(chain, AFTER_ALL);
  if (!open) {
    open = { page: 1, start: '', end: null };
    await store.putArchivePage(chain, open);
  }
  // The open page, closed (and the next opened) each time it holds more than a page.
  for (;;) {
    const oldestFirst = out.fresh(await store.groupMeetingsInRange(group.key, open.start, null, BROWSE_PAGE_ENTRIES + 1), inPage(open)).reverse();
    if (oldestFirst.length <= BROWSE_PAGE_ENTRIES) {
      await render(open, oldestFirst, open.page);
      break;
    }
    const next: ArchivePage = { page: open.page + 1, start: pageKeyOf(oldestFirst[BROWSE_PAGE_ENTRIES]!), end: null };
    // A page that would not move forward means the entries are out of index order: fail the run rather than loop.
    if (next.start <= open.start) throw new Error(`Browse page ${chain}/${next.page} would start at ${next.start}, not after ${open.start}.`);
    await store.putArchivePage(chain, next);
    const closed = { ...open, end: next.start };
    await store.putArchivePage(chain, closed);
    await render(closed, oldestFirst.slice(0, BROWSE_PAGE_ENTRIES), next.page);
    open = next;
  }
  // Closed pages holding a changed meeting (corrected, retracted, joined late or left).
  const rendered = new Set<number>();
  for (const key of group.changed) {
    if (key >= open.start) continue;
    const page = await store.archivePageAt(chain, key);
    if (!page || page.end === null || rendered.has(page.page)) continue;
    rendered.add(page.page);
    await render(page, out.fresh(await store.groupMeetingsInRange(group.key, page.start, page.end, Number.POSITIVE_INFINITY), inPage(page)), open.page);
  }
  // The front page shows the newest; the open page's meetings are all on it, so "older" continues with the page before.
  const document = browseDocument(group, { page: null, newer: null, older: open.page > 1 ? groupChainPagePath(group.key, open.page - 1) : null });
  await out.put(front, out.render([...group.front], (list) => renderBrowsePage(list, document, out.feedSite)), TYPES.html, CACHE.current);
}

function browseDocument(group: GroupBrowse, links: Pick<BrowseDocument, 'page' | 'newer' | 'older'>): BrowseDocument {
  return { kind: browseGroupOf(group.key)!.kind, title: group.title, feeds: group.feeds, ...links };
}
