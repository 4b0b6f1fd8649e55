// Publish: regenerates what the changed meetings touch in the site bucket. Runs one at a time (FIFO,
// one message group). What to render is decided by planPublish (core); this reads, renders, writes.
// Every read and write is bounded by the change: a page of an archive, never a month or the archive (once per
// upgrade, a month or group from before paging is paged from its start, and the legacy topic registry is read).
// A meeting that cannot be rendered is left out, marked failed and logged; the others are published.

import type { SQSEvent } from 'aws-lambda';
import { meetingIdsFromMessages } from '../aws/publish-signal.ts';
import { monthOf } from '../core/publish/archive-pages.ts';
import { planPublish } from '../core/publish/plan-publish.ts';
import type { ArchiveIndex, GroupDirectoryStore, HubNotifier, PublisherStateStore, PublishMeetings, PublishStore, SiteObjects } from '../core/publish/ports.ts';
import { renderFeedIndex } from '../core/publish/render-feed-index.ts';
import type { FeedSite } from '../core/publish/render-feeds.ts';
import { isFeedDocument, SITE_PATHS } from '../core/publish/site-paths.ts';
import { publishArchives } from './publish/archive.ts';
import { publishCurrent } from './publish/current.ts';
import { publishDirectory } from './publish/directory.ts';
import { markOutcome } from './publish/marks.ts';
import { CACHE, SiteWriter, TYPES } from './publish/site-writer.ts';
import { publishTopics } from './publish/topics.ts';
import { consoleTelemetry, type Telemetry } from './telemetry.ts';

export interface PublishDeps {
  meetings: PublishMeetings;
  archive: ArchiveIndex;
  publisherState: PublisherStateStore;
  directory: GroupDirectoryStore;
  site: SiteObjects;
  feedSite: FeedSite;
  hub?: HubNotifier;
  /** Log lines and metrics (Powertools from the Lambda entry); default: JSON lines on stdout, no metrics. */
  telemetry?: Telemetry;
  now?: () => Date;
}

export function createPublishHandler(deps: PublishDeps) {
  const now = deps.now ?? (() => new Date());
  const telemetry = deps.telemetry ?? consoleTelemetry;
  // Every store call spelled out here, so the least-privilege analysis (tests/infra) sees what publish sends.
  const store: PublishStore = {
    getMeetings: (ids) => deps.meetings.getMeetings(ids),
    latestInGroup: (group, limit) => deps.meetings.latestInGroup(group, limit),
    groupMeetingsInRange: (group, from, to, limit) => deps.meetings.groupMeetingsInRange(group, from, to, limit),
    markPublished: (id, version) => deps.meetings.markPublished(id, version),
    markPublishFailed: (id, version, reason) => deps.meetings.markPublishFailed(id, version, reason),
    latestMeetings: (limit) => deps.archive.latestMeetings(limit),
    listMonths: () => deps.archive.listMonths(),
    meetingsInRange: (month, from, to, limit) => deps.archive.meetingsInRange(month, from, to, limit),
    archivePageAt: (month, key) => deps.archive.archivePageAt(month, key),
    putArchivePage: (month, page) => deps.archive.putArchivePage(month, page),
    getPublisherState: () => deps.publisherState.getPublisherState(),
    putPublisherState: (state) => deps.publisherState.putPublisherState(state),
    listedGroups: (keys) => deps.directory.listedGroups(keys),
    putListedGroups: (placements) => deps.directory.putListedGroups(placements),
    directoryPage: (kind, page) => deps.directory.directoryPage(kind, page),
    legacyGroups: () => deps.directory.legacyGroups(),
  };

  return async (event: SQSEvent): Promise<{ written: string[]; failed: string[] }> => {
    const started = Date.now();
    const currentMonth = monthOf(now().toISOString());
    const ids = meetingIdsFromMessages(event.Records.map((record) => record.body));
    const changed = (await store.getMeetings(ids)).map((stored) => ({ record: stored.record, leftGroups: stored.leftGroups ?? [] }));
    const [months, state] = await Promise.all([store.listMonths(), store.getPublisherState()]);
    const plan = planPublish({ changed, months, state });
    const out = new SiteWriter((object) => deps.site.putIfChanged(object), deps.feedSite, plan.records);

    for (const record of plan.records) await out.meeting(record);
    const pages = await publishArchives({ store, out, months, currentMonth }, plan, state.months);
    await publishTopics(store, out, plan);
    const directory = await publishDirectory(store, out, plan.groups, state.directory);
    const latest = await publishCurrent(store, out, pages, deps.feedSite, directory);
    await out.put(SITE_PATHS.feedIndex, renderFeedIndex({ months, currentMonth, pages, directory }, deps.feedSite), TYPES.record, CACHE.current);
    await store.putPublisherState({ months: pages, directory });
    await markOutcome(store, out, plan.records, telemetry);
    const changedFeeds = out.written.filter(isFeedDocument);
    if (deps.hub && changedFeeds.length > 0) {
      try {
        await deps.hub.notify(changedFeeds.map((key) => `${deps.feedSite.siteUrl}/${key}`));
      } catch (error) {
        // A hub that is down must not fail the publish (the feeds are written): log it and go on.
        telemetry.log('warn', 'WebSub hub notification failed', { error: String(error) });
      }
    }
    telemetry.metric('publishDuration', Date.now() - started);
    telemetry.metric('bytesWritten', out.bytesWritten);
    telemetry.metric('feedsRewritten', out.written.length);
    telemetry.log('info', 'Published', { meetings: latest.length, changed: changed.length, failed: [...out.failed.keys()], written: out.written });
    return { written: out.written, failed: [...out.failed.keys()] };
  };
}
