// The local runtime keeps SQS's promise across a crash: an article stored while nothing was
// listening (the process was killed before normalise ran) is normalised on the next start.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAdapters } from '../../functions/aws/adapters.ts';
import { LOCAL_NAMES } from '../../functions/aws/resources.ts';
import { startEmulators } from '../../functions/local/emulators.ts';
import { startLocalRuntime } from '../../functions/local/local-runtime.ts';
import { provisionLocalResources } from '../../functions/local/provision.ts';

const seed = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url));
const quiet = () => {};

describe('Local runtime: recovery after a crash', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-recovery-'));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('normalises articles that were stored but never normalised', async () => {
    // Prepare: store a raw article with the emulators alone, as if the process died right after ingest.
    const emulators = await startEmulators({ dataDir });
    const { dynamodbEndpoint, s3Endpoint } = emulators;
    await provisionLocalResources({ dynamodbEndpoint, s3Endpoint, names: LOCAL_NAMES });
    const adapters = () =>
      createAdapters({ tableName: LOCAL_NAMES.table, rawBucket: LOCAL_NAMES.rawBucket, siteBucket: LOCAL_NAMES.siteBucket, dynamodbEndpoint, s3Endpoint });
    const article = { articleId: 'aaaaaaaaaaaaaaaaaaaaaaaa', body: seed, contentType: 'text/plain', meetingId: 'm-recovered', submittedBy: 'alice', receivedAt: '2026-11-25T10:00:00.000Z' };
    expect(await adapters().articles.put(article)).toBe('created');
    const ids: string[] = [];
    for await (const id of adapters().articles.listIds()) ids.push(id);
    expect(ids).toEqual([article.articleId]);
    await emulators.stop();

    // Act: start the runtime on the same data.
    const runtime = await startLocalRuntime({ port: 0, host: '127.0.0.1', dataDir, editorToken: 'token', log: quiet });
    try {
      // Assess: the article gets normalised and published without being submitted again.
      let status = '';
      for (let i = 0; i < 100 && status !== 'published'; i += 1) {
        const response = await fetch(`${runtime.url}/articles/${article.articleId}`, { headers: { authorization: 'Bearer token' } });
        status = ((await response.json()) as { status: string }).status;
        if (status !== 'published') await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(status).toBe('published');
      const feed = (await (await fetch(`${runtime.url}/feeds/meetings.json`)).json()) as { items: { _meeting: { id: string } }[] };
      expect(feed.items.map((item) => item._meeting.id)).toEqual(['m-recovered']);
    } finally {
      await runtime.stop();
    }
  });
});
