// Publish: regenerates the current feeds and the changed meetings' records in the site bucket.
// Runs one at a time (FIFO, one message group); a batch of signals is one regeneration.

import type { SQSEvent } from 'aws-lambda';
import type { MeetingStore } from '../aws/meeting-store.ts';
import { meetingIdsFromMessages } from '../aws/publish-signal.ts';
import { SITE_PATHS } from '../aws/resources.ts';
import type { SiteStore } from '../aws/site-store.ts';
import { type FeedSite, renderAtomFeed, renderJsonFeed } from '../core/render-feeds.ts';

export interface PublishDeps {
  meetings: Pick<MeetingStore, 'latestMeetings' | 'getMeeting' | 'putPublishState'>;
  site: Pick<SiteStore, 'putIfChanged'>;
  feedSite: FeedSite;
  now?: () => Date;
}

/** How many meetings the current feeds hold (older ones go to the monthly archives). */
export const CURRENT_FEED_SIZE = 50;

const CACHE_CURRENT = 'public, max-age=60';
const CACHE_RECORD = 'public, max-age=300';

export function createPublishHandler(deps: PublishDeps) {
  const now = deps.now ?? (() => new Date());

  return async (event: SQSEvent): Promise<{ written: string[] }> => {
    // Taken before reading: every write that happened before this instant is in what we publish.
    const publishedThrough = now().toISOString();
    const changedIds = meetingIdsFromMessages(event.Records.map((record) => record.body));
    const written: string[] = [];
    const put = async (key: string, body: string, contentType: string, cacheControl: string) => {
      if (await deps.site.putIfChanged({ key, body, contentType, cacheControl })) written.push(key);
    };

    for (const id of changedIds) {
      const stored = await deps.meetings.getMeeting(id);
      if (stored) await put(SITE_PATHS.meetingJson(id), `${JSON.stringify(stored.record, null, 2)}\n`, 'application/json; charset=utf-8', CACHE_RECORD);
    }
    const latest = await deps.meetings.latestMeetings(CURRENT_FEED_SIZE);
    await put(SITE_PATHS.atomFeed, renderAtomFeed(latest, deps.feedSite), 'application/atom+xml; charset=utf-8', CACHE_CURRENT);
    await put(SITE_PATHS.jsonFeed, renderJsonFeed(latest, deps.feedSite), 'application/feed+json; charset=utf-8', CACHE_CURRENT);
    await deps.meetings.putPublishState({ publishedThrough });
    console.log(JSON.stringify({ level: 'info', message: 'Published', meetings: latest.length, written }));
    return { written };
  };
}
