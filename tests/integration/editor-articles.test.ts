// GET /articles?mine=true through the real ingest, normalise and publish handlers on the emulators: each editor
// sees their own articles only, newest first, every article once across pages, and the failed ones with their
// reasons (a normalise run that failed for the last time, as SQS's last delivery records it).

import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createNormaliseHandler } from '../../functions/handlers/normalise.ts';
import { ALICE, createHarness, type Editor, type Harness, s3Notification } from '../support/pipeline-harness.ts';

const BOB: Editor = { editor: 'bob', editorId: 'fedcba9876543210' };

interface Listed {
  articleId: string;
  meetingId: string;
  receivedAt: string;
  status: string;
  title?: string;
  reason?: string;
  links: { status: string };
}

const article = (n: number) => ({ text: `Prime Minister Jane Doe met President John Roe in Paris on Monday. Note ${n}.`, title: `Talks ${n}` });

/** Every article of the editor's list, page by page, and how many pages it took. */
async function readAll(harness: Harness, query: Record<string, string>, as?: Editor): Promise<{ articles: Listed[]; pages: number }> {
  const articles: Listed[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const { statusCode, body } = await harness.list({ ...query, ...(cursor ? { cursor } : {}) }, as);
    expect(statusCode).toBe(200);
    articles.push(...(body.articles as Listed[]));
    cursor = body.next as string | null;
    pages += 1;
  } while (cursor && pages < 20);
  return { articles, pages };
}

/** Normalise's last delivery of an article whose extraction crashes: the failure is recorded with its reason. */
async function failForGood(harness: Harness, articleId: string): Promise<void> {
  const { meetings, articleStates, articles } = harness.resources.adapters;
  const normalise = createNormaliseHandler({
    meetings,
    articleStates,
    articles,
    publish: { signal: async () => {} },
    runExtraction: async () => {
      throw new Error('the extractor crashed');
    },
  });
  const event = s3Notification(harness.resources.names.rawBucket, articleId);
  (event.Records[0] as SQSEvent['Records'][number]).attributes = { ApproximateReceiveCount: '3' } as SQSEvent['Records'][number]['attributes'];
  const batch = await normalise(event);
  expect(batch.batchItemFailures).toHaveLength(1);
}

describe('GET /articles?mine=true', () => {
  it("lists each editor's own articles only, newest first, with their statuses and titles", async () => {
    // Prepare
    const harness = await createHarness();
    harness.at('2026-03-01T10:00:00Z');
    const first = await harness.submit(article(1));
    harness.at('2026-03-01T11:00:00Z');
    const bobs = await harness.submitOnly(article(2), BOB);
    harness.at('2026-03-01T12:00:00Z');
    const second = await harness.submitOnly(article(3));
    await harness.publish();

    // Act
    const alice = await harness.list({});
    const bob = await harness.list({}, BOB);

    // Assess
    expect(alice.statusCode).toBe(200);
    const aliceArticles = alice.body.articles as Listed[];
    expect(aliceArticles.map((listed) => listed.articleId)).toEqual([second.articleId, first.articleId]);
    expect(aliceArticles.map((listed) => listed.status)).toEqual(['stored', 'published']);
    expect(aliceArticles[1]).toMatchObject({ meetingId: first.meetingId, receivedAt: expect.stringMatching(/^2026-03-01T10:00:00/), title: 'Talks 1' });
    expect(aliceArticles[0]?.links.status).toBe(`/articles/${second.articleId}`);
    expect(alice.body.next).toBeNull();
    expect((bob.body.articles as Listed[]).map((listed) => listed.articleId)).toEqual([bobs.articleId]);
  });

  it('pages through an editor’s articles with the cursor, each once and newest first', async () => {
    // Prepare: seven articles a minute apart, and one of another editor's in between
    const harness = await createHarness();
    const submitted: string[] = [];
    for (let n = 0; n < 7; n += 1) {
      harness.at(`2026-04-02T09:0${n}:00Z`);
      submitted.push((await harness.submitOnly(article(n))).articleId);
      if (n === 3) await harness.submitOnly(article(100), BOB);
    }

    // Act
    const { articles, pages } = await readAll(harness, { limit: '3' });

    // Assess
    expect(pages).toBe(3);
    expect(articles.map((listed) => listed.articleId)).toEqual([...submitted].reverse());
    const times = articles.map((listed) => listed.receivedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('lists only the failed articles with status=failed, each with its reason, across pages', async () => {
    // Prepare: five articles; the second and fourth fail in normalise for good
    const harness = await createHarness();
    const ids: string[] = [];
    for (let n = 0; n < 5; n += 1) {
      harness.at(`2026-05-03T08:0${n}:00Z`);
      ids.push((await harness.submitOnly(article(n))).articleId);
    }
    await failForGood(harness, ids[1] as string);
    await failForGood(harness, ids[3] as string);
    await harness.submitOnly(article(50), BOB).then(({ articleId }) => failForGood(harness, articleId));

    // Act
    const failed = await readAll(harness, { status: 'failed', limit: '1' });
    const stored = await harness.list({ status: 'stored' });

    // Assess
    expect(failed.articles.map((listed) => listed.articleId)).toEqual([ids[3], ids[1]]);
    for (const listed of failed.articles) {
      expect(listed.status).toBe('failed');
      expect(listed.reason).toMatch(/^Normalising failed 3 times \(Error: the extractor crashed\)/);
    }
    expect((stored.body.articles as Listed[]).map((listed) => listed.articleId)).toEqual([ids[4], ids[2], ids[0]]);
  });

  it('refuses a list without mine=true, an unknown status, a bad limit and a cursor it did not give', async () => {
    const harness = await createHarness();
    await harness.submitOnly(article(1));
    expect((await harness.list({ status: 'lost' })).statusCode).toBe(400);
    expect((await harness.list({ limit: '0' })).statusCode).toBe(400);
    expect((await harness.list({ limit: '101' })).statusCode).toBe(400);
    const forged = await harness.list({ cursor: Buffer.from('{"v":1,"after":"ARTICLE#x"}').toString('base64url') });
    expect(forged.statusCode).toBe(400);
    expect((forged.body.error as { message: string }).message).toContain('"next"');
    expect((await harness.list({ mine: 'false' }, ALICE)).statusCode).toBe(400);
  });
});
