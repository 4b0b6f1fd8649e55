// Carries out the topic part of a publish plan: the feeds of the groups the changed meetings are in or
// have left (the newest CURRENT_FEED_SIZE each) with the browse pages of each group that has them (browse.ts), and the calendar (the newest CALENDAR_SIZE dated meetings) when it is touched.

import { CALENDAR_SIZE, CURRENT_FEED_SIZE } from '../../core/publish/feed-sizes.ts';
import { CALENDAR_KEY, groupFeedPath, groupTitle } from '../../core/publish/feed-groups.ts';
import type { PublishPlan } from '../../core/publish/plan-publish.ts';
import type { PublishStore } from '../../core/publish/ports.ts';
import { renderCalendar } from '../../core/publish/render-calendar.ts';
import { SITE_PATHS, withoutExtension } from '../../core/publish/site-paths.ts';
import { publishGroupBrowse } from './browse.ts';
import { CACHE, type SiteWriter, TYPES } from './site-writer.ts';

export async function publishTopics(store: Pick<PublishStore, 'latestInGroup' | 'groupMeetingsInRange' | 'archivePageAt' | 'putArchivePage'>, out: SiteWriter, plan: PublishPlan): Promise<void> {
  for (const key of plan.topicFeeds) {
    const records = out.fresh(await store.latestInGroup(key, CURRENT_FEED_SIZE), () => false);
    const title = groupTitle(key, [...plan.records, ...records]);
    await out.feeds(records, { path: withoutExtension(groupFeedPath(key, 'atom')), title: `Meetings: ${title}` }, CACHE.current);
    // Organisations, countries and people have browse pages; the front one lists the same meetings as the feed.
    const feeds = { atom: groupFeedPath(key, 'atom'), json: groupFeedPath(key, 'json') };
    await publishGroupBrowse(store, out, { key, title, front: records, changed: plan.groupChanges[key] ?? [], feeds });
  }
  if (plan.calendar) {
    const records = out.fresh(await store.latestInGroup(CALENDAR_KEY, CALENDAR_SIZE), () => false);
    await out.put(SITE_PATHS.calendar, out.render(records, (list) => renderCalendar(list, out.feedSite)), TYPES.calendar, CACHE.current);
  }
}
