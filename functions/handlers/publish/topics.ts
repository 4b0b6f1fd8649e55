// Carries out the topic part of a publish plan: the feeds of the groups the changed meetings are in or
// have left (the newest CURRENT_FEED_SIZE each) with the browse page of each group that has one, and the calendar (the newest CALENDAR_SIZE dated meetings) when it is touched.

import { CALENDAR_SIZE, CURRENT_FEED_SIZE } from '../../core/publish/feed-sizes.ts';
import { CALENDAR_KEY, groupFeedPath, groupTitle, parseGroupKey } from '../../core/publish/feed-groups.ts';
import { type BrowseKind, groupBrowsePath } from '../../core/publish/pages/browse-paths.ts';
import { type BrowseDocument, renderBrowsePage } from '../../core/publish/pages/render-browse-page.ts';
import type { PublishPlan } from '../../core/publish/plan-publish.ts';
import type { PublishStore } from '../../core/publish/ports.ts';
import { renderCalendar } from '../../core/publish/render-calendar.ts';
import { SITE_PATHS, withoutExtension } from '../../core/publish/site-paths.ts';
import { CACHE, type SiteWriter, TYPES } from './site-writer.ts';

export async function publishTopics(store: Pick<PublishStore, 'latestInGroup'>, out: SiteWriter, plan: PublishPlan): Promise<void> {
  for (const key of plan.topicFeeds) {
    const records = out.fresh(await store.latestInGroup(key, CURRENT_FEED_SIZE), () => false);
    const title = groupTitle(key, [...plan.records, ...records]);
    await out.feeds(records, { path: withoutExtension(groupFeedPath(key, 'atom')), title: `Meetings: ${title}` }, CACHE.current);
    // The group's browse page lists the same meetings as its feed (organisations, countries, people).
    const browsePath = groupBrowsePath(key);
    if (browsePath) {
      const document: BrowseDocument = {
        kind: parseGroupKey(key)?.kind as BrowseKind,
        title,
        page: 1,
        newer: null,
        older: null,
        feeds: { atom: groupFeedPath(key, 'atom'), json: groupFeedPath(key, 'json') },
      };
      await out.put(browsePath, out.render(records, (list) => renderBrowsePage(list, document, out.feedSite)), TYPES.html, CACHE.current);
    }
  }
  if (plan.calendar) {
    const records = out.fresh(await store.latestInGroup(CALENDAR_KEY, CALENDAR_SIZE), () => false);
    await out.put(SITE_PATHS.calendar, out.render(records, (list) => renderCalendar(list, out.feedSite)), TYPES.calendar, CACHE.current);
  }
}
