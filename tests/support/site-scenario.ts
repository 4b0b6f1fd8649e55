// Runs articles through the real handlers against the emulators (ingest → normalise → publish, and
// optionally a retraction), then reads back every object in the site bucket: what the feed-validity
// suites check. Months are simulated with the clock, so complete monthly archives exist too.

import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { expect } from 'vitest';
import { createS3Client } from '../../functions/aws/s3-client.ts';
import { createIngestHandler } from '../../functions/handlers/ingest.ts';
import { createNormaliseHandler } from '../../functions/handlers/normalise.ts';
import { createPublishHandler } from '../../functions/handlers/publish.ts';
import { createRetractHandler } from '../../functions/handlers/retract.ts';
import { deleteMeetingEvent, postEvent, publishEvent, s3Notification } from './events.ts';
import { createTestResources, type TestResources } from './resources.ts';

export const SCENARIO_SITE_URL = 'http://localhost:3000';

export interface Article {
  name: string;
  body: string | Buffer;
  contentType: string;
}

/** Articles submitted (and published) together, at a time the clock is set to. */
export interface Batch {
  at: Date;
  articles: Article[];
}

/** One object of the site bucket, read back through the SDK. */
export interface SiteFile {
  key: string;
  contentType: string;
  text: string;
}

export interface Scenario {
  resources: TestResources;
  files: SiteFile[];
  /** Meeting id by article name. */
  meetingIds: Map<string, string>;
}

export async function runScenario(batches: Batch[], options: { retract?: { article: string; reason: string } } = {}): Promise<Scenario> {
  const resources = await createTestResources();
  const { meetings, articleStates, articles, editorArticles, persons } = resources.adapters;
  let clock = batches[0]?.at.getTime() ?? Date.UTC(2026, 10, 25);
  // One second per call: every write gets its own, ordered timestamp.
  const now = () => {
    clock += 1000;
    return new Date(clock);
  };
  const signals: string[] = [];
  const publish = { signal: async (ids: string[]) => void signals.push(...ids) };
  const ingest = createIngestHandler({ meetings, articleStates, articles, editorArticles, now });
  const normalise = createNormaliseHandler({ meetings, articleStates, articles, persons, publish, now });
  const publisher = createPublishHandler({ ...resources.adapters, feedSite: { siteUrl: SCENARIO_SITE_URL }, now });
  const meetingIds = new Map<string, string>();

  for (const batch of batches) {
    clock = Math.max(clock, batch.at.getTime());
    for (const article of batch.articles) {
      const response = await ingest(postEvent(article.body, article.contentType));
      expect(response.statusCode, `${article.name}: ${response.body}`).toBe(202);
      const { articleId, meetingId } = JSON.parse(response.body ?? '{}');
      const result = await normalise(s3Notification(resources.names.rawBucket, articleId));
      expect(result.batchItemFailures, article.name).toEqual([]);
      meetingIds.set(article.name, meetingId);
    }
    await publisher(publishEvent(signals.splice(0)));
  }
  if (options.retract) {
    const retract = createRetractHandler({ meetings, publish, now });
    const meetingId = meetingIds.get(options.retract.article)!;
    expect((await retract(deleteMeetingEvent(meetingId, options.retract.reason))).statusCode).toBe(202);
    await publisher(publishEvent(signals.splice(0)));
  }
  return { resources, files: await readBucket(resources), meetingIds };
}

/** Lists the whole site bucket (ListObjectsV2, every page) and reads each object as strict UTF-8. */
export async function readBucket(resources: TestResources): Promise<SiteFile[]> {
  const s3 = createS3Client(resources.s3Endpoint);
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: resources.names.siteBucket, ContinuationToken: token }));
    keys.push(...(page.Contents ?? []).map((object) => object.Key!));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  const files: SiteFile[] = [];
  for (const key of keys.sort()) {
    const read = await resources.adapters.site.get(key);
    if (read?.status !== 200) throw new Error(`${key} is listed but cannot be read`);
    files.push({ key, contentType: read.contentType, text: new TextDecoder('utf-8', { fatal: true }).decode(read.body) });
  }
  return files;
}
