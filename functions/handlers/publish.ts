// Publish: regenerates what the changed meetings touch in the site bucket: their records and pages,
// the current feeds, the month archives and topic feeds they belong to, the calendar and the index.
// Runs one at a time (FIFO, one message group). What it reads depends on the change, never on the
// size of the archive: queries by month and group, no scans.

import type { SQSEvent } from 'aws-lambda';
import type { MeetingStore } from '../aws/meeting-store.ts';
import { meetingIdsFromMessages } from '../aws/publish-signal.ts';
import type { HubNotifier } from '../aws/websub-hub.ts';
import type { SiteStore } from '../aws/site-store.ts';
import { type ArchiveLinks, archiveLinks, archivePath, linkState, monthOf } from '../core/archive-links.ts';
import { CALENDAR_KEY, groupFeedPath, membershipKeys, parseGroupKey } from '../core/feed-groups.ts';
import type { MeetingRecord } from '../core/record.ts';
import { renderCalendar } from '../core/render-calendar.ts';
import { renderFeedIndex } from '../core/render-feed-index.ts';
import { type FeedDocument, type FeedSite, orderForFeed, renderAtomFeed, renderJsonFeed } from '../core/render-feeds.ts';
import { renderIndexPage, renderMeetingPage } from '../core/render-pages.ts';
import { CURRENT_FEED_DOCUMENT, SITE_PATHS, withoutExtension } from '../core/site-paths.ts';

export interface PublishDeps {
  meetings: Pick<
    MeetingStore,
    | 'latestMeetings'
    | 'getMeetings'
    | 'listMonths'
    | 'meetingsInMonth'
    | 'latestInGroup'
    | 'listGroups'
    | 'getArchiveState'
    | 'putArchiveState'
    | 'markPublished'
  >;
  site: Pick<SiteStore, 'putIfChanged'>;
  feedSite: FeedSite;
  hub?: HubNotifier;
  now?: () => Date;
}

/** How many meetings the current and topic feeds hold (older ones are in the monthly archives). */
export const CURRENT_FEED_SIZE = 50;
/** How many dated meetings the calendar holds. */
export const CALENDAR_SIZE = 200;

const TYPES = {
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  record: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  calendar: 'text/calendar; charset=utf-8',
};
const CACHE = {
  /** Current feeds, open months, pages: readers should see changes within a minute. */
  current: 'public, max-age=60',
  record: 'public, max-age=300',
  /** A complete month changes only when one of its entries is corrected or retracted. */
  archive: 'public, max-age=86400',
};

export function createPublishHandler(deps: PublishDeps) {
  const now = deps.now ?? (() => new Date());
  const site = deps.feedSite;

  return async (event: SQSEvent): Promise<{ written: string[] }> => {
    const currentMonth = monthOf(now().toISOString());
    // Read consistently by key. The month index is eventually consistent, so these versions are
    // merged into every list read from it: a change is never published stale or left out.
    const changed = (await deps.meetings.getMeetings(meetingIdsFromMessages(event.Records.map((record) => record.body)))).map(
      (stored) => ({ record: stored.record, leftGroups: stored.leftGroups ?? [] }),
    );
    const fresh = (records: MeetingRecord[], belongs: (record: MeetingRecord) => boolean, limit = Number.POSITIVE_INFINITY) =>
      orderForFeed(mergeChanged(records, changed.map(({ record }) => record).filter(belongs))).slice(0, limit);
    const written: string[] = [];
    const put = async (key: string, body: string, contentType: string, cacheControl: string) => {
      if (await deps.site.putIfChanged({ key, body, contentType, cacheControl })) written.push(key);
    };
    const putFeeds = async (records: MeetingRecord[], document: FeedDocument, cacheControl: string) => {
      await put(`${document.path}.atom`, renderAtomFeed(records, site, document), TYPES.atom, cacheControl);
      await put(`${document.path}.json`, renderJsonFeed(records, site, document), TYPES.json, cacheControl);
    };

    for (const { record } of changed) {
      await put(SITE_PATHS.meetingJson(record.id), `${JSON.stringify(record, null, 2)}\n`, TYPES.record, CACHE.record);
      await put(SITE_PATHS.meetingPage(record.id), renderMeetingPage(record, site), TYPES.html, CACHE.record);
    }

    // Month archives: the months of changed meetings, and months whose links or completeness moved.
    const months = await deps.meetings.listMonths();
    const links = archiveLinks(months, currentMonth);
    const rendered = await deps.meetings.getArchiveState();
    const monthsToRender = new Set(changed.map(({ record }) => monthOf(record.createdAt)));
    for (const [month, monthLinks] of links) if (rendered[month] !== linkState(monthLinks)) monthsToRender.add(month);
    for (const month of [...monthsToRender].sort()) {
      const monthLinks = links.get(month);
      if (!monthLinks) continue;
      const records = fresh(await deps.meetings.meetingsInMonth(month), (record) => monthOf(record.createdAt) === month);
      await putFeeds(records, archiveDocument(month, monthLinks), monthLinks.complete ? CACHE.archive : CACHE.current);
      rendered[month] = linkState(monthLinks);
    }

    // Topic feeds the changed meetings are in, or have just left.
    const groups = await deps.meetings.listGroups();
    const titles = new Map(groups.map((group) => [group.key, group.title]));
    const touched = new Set(changed.flatMap(({ record, leftGroups }) => [...membershipKeys(record), ...leftGroups]));
    for (const key of [...touched].sort()) {
      if (key === CALENDAR_KEY || !parseGroupKey(key)) continue;
      const path = withoutExtension(groupFeedPath(key, 'atom'));
      await putFeeds(await deps.meetings.latestInGroup(key, CURRENT_FEED_SIZE), { path, title: `Meetings: ${titles.get(key) ?? key}` }, CACHE.current);
    }
    if (touched.has(CALENDAR_KEY)) {
      await put(SITE_PATHS.calendar, renderCalendar(await deps.meetings.latestInGroup(CALENDAR_KEY, CALENDAR_SIZE), site), TYPES.calendar, CACHE.current);
    }

    // The current feeds link back to the month of their oldest entry: with it, the archives hold
    // every entry that has dropped out of the newest 50, even before its month is over.
    const latest = fresh(await deps.meetings.latestMeetings(CURRENT_FEED_SIZE), () => true, CURRENT_FEED_SIZE);
    const oldest = latest.at(-1);
    const prevArchive = oldest && months.length > 0 ? withoutExtension(archivePath(monthOf(oldest.createdAt), 'atom')) : null;
    await putFeeds(latest, { path: CURRENT_FEED_DOCUMENT, prevArchive }, CACHE.current);
    await put(SITE_PATHS.index, renderIndexPage(latest, site), TYPES.html, CACHE.current);
    await put(SITE_PATHS.feedIndex, renderFeedIndex({ months, currentMonth, groups }, site), TYPES.record, CACHE.current);

    await deps.meetings.putArchiveState(rendered);
    // Last: an article reads "published" only once everything its meeting appears in is written.
    for (const { record } of changed) await deps.meetings.markPublished(record.id, record.version);
    const changedFeeds = written.filter((key) => key.startsWith('feeds/') && /\.(atom|json)$/.test(key) && key !== SITE_PATHS.feedIndex);
    if (deps.hub && changedFeeds.length > 0) await notifyHub(deps.hub, changedFeeds.map((key) => `${site.siteUrl}/${key}`));
    console.log(JSON.stringify({ level: 'info', message: 'Published', meetings: latest.length, changed: changed.length, written }));
    return { written };
  };
}

/** The list with each changed record in place of its (possibly stale) copy, or added when missing. */
function mergeChanged(records: MeetingRecord[], changed: MeetingRecord[]): MeetingRecord[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  for (const record of changed) byId.set(record.id, record);
  return [...byId.values()];
}

function archiveDocument(month: string, links: ArchiveLinks): FeedDocument {
  const path = (m: string) => withoutExtension(archivePath(m, 'atom'));
  return {
    path: path(month),
    title: `Meetings, ${month}`,
    current: CURRENT_FEED_DOCUMENT,
    prevArchive: links.prev ? path(links.prev) : null,
    nextArchive: links.next ? path(links.next) : null,
    complete: links.complete,
  };
}

/** A hub that is down must not fail the publish (the feeds are written): log it and go on. */
async function notifyHub(hub: HubNotifier, urls: string[]): Promise<void> {
  try {
    await hub.notify(urls);
  } catch (error) {
    console.log(JSON.stringify({ level: 'warn', message: 'WebSub hub notification failed', error: String(error) }));
  }
}
