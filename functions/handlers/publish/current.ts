// The current feeds and the home page: the newest meetings (and the home page's links to every month's browse pages). The feeds link back to the archive page of
// their oldest entry: with it, the archives hold every entry that has dropped out of the newest
// CURRENT_FEED_SIZE, even before its month is over.

import type { MonthPages } from '../../core/publish/archive-pages.ts';
import type { PublishStore } from '../../core/publish/ports.ts';
import type { FeedSite } from '../../core/publish/render-feeds.ts';
import { renderHomePage } from '../../core/publish/pages/render-home-page.ts';
import { CURRENT_FEED_DOCUMENT, SITE_PATHS } from '../../core/publish/site-paths.ts';
import type { MeetingRecord } from '../../core/record/record.ts';
import type { DirectoryState } from '../../core/publish/group-directory.ts';
import { BROWSE_GROUP_KINDS } from '../../core/publish/pages/browse-paths.ts';
import { feedPath, pageHolding } from './archive.ts';
import { CACHE, type SiteWriter, TYPES } from './site-writer.ts';
import { CURRENT_FEED_SIZE } from '../../core/publish/feed-sizes.ts';

/** Writes the current feeds and the home page with the archive `pages` as they now are; returns the meetings listed. */
export async function publishCurrent(
  store: Pick<PublishStore, 'latestMeetings' | 'archivePageAt'>,
  out: SiteWriter,
  pages: Readonly<Record<string, MonthPages>>,
  feedSite: FeedSite,
  directory: DirectoryState,
): Promise<MeetingRecord[]> {
  const latest = out.fresh(await store.latestMeetings(CURRENT_FEED_SIZE), () => true, CURRENT_FEED_SIZE);
  const oldest = latest.at(-1);
  const prevArchive = oldest ? feedPath(await pageHolding(store, pages, oldest)) : null;
  await out.feeds(latest, { path: CURRENT_FEED_DOCUMENT, prevArchive }, CACHE.current);
  await out.put(SITE_PATHS.index, out.render(latest, (list) => renderHomePage(list, feedSite, { months: Object.keys(pages), listed: BROWSE_GROUP_KINDS.filter((kind) => directory[kind].pages > 0) })), TYPES.html, CACHE.current);
  return latest;
}
