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
import { createNormaliseHandler } from '../../functions/handlers/normalise.ts';
import { articleKey } from '../../functions/aws/article-store.ts';
import { fileURLToPath } from 'node:url';
import { STALL_FOREVER } from '../support/stalling-extractor.ts';

const seed = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url));
const quiet = () => {};
const stallingModule = fileURLToPath(new URL('../support/stalling-extractor.ts', import.meta.url));

interface StatusBody {
  status: string;
  record: { title: string | null; warnings: string[]; participants: unknown[] } | null;
}

/** Polls the article's status until it is `published` (or the attempts run out), and returns the last answer. */
async function waitForPublished(url: string, articleId: string, token = 'token'): Promise<StatusBody> {
  let body: StatusBody = { status: '', record: null };
  for (let i = 0; i < 600 && body.status !== 'published'; i += 1) {
    const response = await fetch(`${url}/articles/${articleId}`, { headers: { authorization: `Bearer ${token}` } });
    body = (await response.json()) as StatusBody;
    if (body.status !== 'published') await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return body;
}

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

  it('publishes meetings whose publish signal was lost (normalised, never published)', async () => {
    // Prepare: store and normalise an article with the emulators alone, dropping the publish signal, as if the
    // process died between normalise and publish.
    const emulators = await startEmulators({ dataDir });
    const { dynamodbEndpoint, s3Endpoint } = emulators;
    await provisionLocalResources({ dynamodbEndpoint, s3Endpoint, names: LOCAL_NAMES });
    const adapters = createAdapters({ tableName: LOCAL_NAMES.table, rawBucket: LOCAL_NAMES.rawBucket, siteBucket: LOCAL_NAMES.siteBucket, dynamodbEndpoint, s3Endpoint });
    const article = { articleId: 'bbbbbbbbbbbbbbbbbbbbbbbb', body: seed, contentType: 'text/plain', meetingId: 'm-unpublished', submittedBy: 'alice', receivedAt: '2026-11-25T10:00:00.000Z' };
    await adapters.articles.put(article);
    const lost: string[][] = [];
    const normalise = createNormaliseHandler({ ...adapters, publish: { signal: async (ids) => void lost.push(ids) } });
    const notification = { Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: LOCAL_NAMES.rawBucket }, object: { key: articleKey(article.articleId) } } }] };
    await normalise({ Records: [{ messageId: 'm1', body: JSON.stringify(notification), attributes: { ApproximateReceiveCount: '1' } }] } as never);
    expect(lost).toEqual([['m-unpublished']]);
    expect((await adapters.articleStates.getArticle(article.articleId))?.status).toBe('normalised');
    await emulators.stop();

    // Act: start the runtime on the same data.
    const runtime = await startLocalRuntime({ port: 0, host: '127.0.0.1', dataDir, editorToken: 'token', log: quiet });
    try {
      // Assess: the signal is recomputed from the meeting whose published version is behind.
      expect((await waitForPublished(runtime.url, article.articleId)).status).toBe('published');
      const feed = (await (await fetch(`${runtime.url}/feeds/meetings.json`)).json()) as { items: { _meeting: { id: string } }[] };
      expect(feed.items.map((item) => item._meeting.id)).toEqual(['m-unpublished']);
    } finally {
      await runtime.stop();
    }
  });

  it('publishes an article whose extraction outruns its budget, with empty fields and a warning', async () => {
    const runtime = await startLocalRuntime({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      editorToken: 'token',
      log: quiet,
      extractionBudgetMs: 3_000,
      extractorModule: stallingModule,
    });
    try {
      const post = (text: string) =>
        fetch(`${runtime.url}/articles`, { method: 'POST', headers: { authorization: 'Bearer token', 'content-type': 'text/plain' }, body: text });
      const stalled = (await (await post(`${STALL_FOREVER}\n\n${seed.toString('utf8')}`)).json()) as { articleId: string };
      const ordinary = (await (await post(seed.toString('utf8'))).json()) as { articleId: string };
      const stalledStatus = await waitForPublished(runtime.url, stalled.articleId);
      expect(stalledStatus.status).toBe('published');
      expect(stalledStatus.record?.participants).toEqual([]);
      expect(stalledStatus.record?.warnings.join(' ')).toMatch(/did not finish within its time budget/);
      // The next article got a fresh worker (its own budget counts from when the worker has it, after the
      // dictionaries are loaded; 3 s is far more than the seed article takes).
      const ordinaryStatus = await waitForPublished(runtime.url, ordinary.articleId);
      expect(ordinaryStatus.status).toBe('published');
      expect(ordinaryStatus.record?.warnings.join(' ')).not.toMatch(/Extraction failed/);
    } finally {
      await runtime.stop();
    }
  });
});
