// The handlers wired together against dynalite and s3rver through the real AWS SDK:
// submit → raw store → normalise → meetings table → publish → site bucket.

import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PublishSignal } from '../../functions/core/publish/ports.ts';
import { SITE_PATHS } from '../../functions/core/publish/site-paths.ts';
import { issueEditor } from '../../functions/core/editors/editors.ts';
import { meetingIdFor } from '../../functions/core/record/ids.ts';
import { createAuthorizer } from '../../functions/handlers/authorize.ts';
import { createIngestHandler } from '../../functions/handlers/ingest.ts';
import { createNormaliseHandler } from '../../functions/handlers/normalise.ts';
import { createPublishHandler } from '../../functions/handlers/publish.ts';
import { postEvent, publishEvent, s3Notification, statusEvent } from '../support/events.ts';
import { createTestResources, type TestResources } from '../support/resources.ts';

const seed = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url));
const siteUrl = 'http://localhost:3000';

describe('Pipeline: handlers against the emulators', () => {
  let resources: TestResources;
  let signals: string[][];
  let clock: number;
  // A clock that ticks one second per call, so every write has its own, ordered timestamp.
  const now = () => {
    clock += 1000;
    return new Date(Date.UTC(2026, 10, 25, 12, 0, 0) + clock);
  };

  beforeEach(async () => {
    resources = await createTestResources();
    signals = [];
    clock = 0;
  });

  function handlers(publish: PublishSignal = { signal: async (ids) => void signals.push(ids) }) {
    const { meetings, articleStates, articles, editorArticles, persons } = resources.adapters;
    return {
      ingest: createIngestHandler({ meetings, articleStates, articles, editorArticles, now }),
      normalise: createNormaliseHandler({ meetings, articleStates, articles, persons, publish, now }),
      publish: createPublishHandler({ ...resources.adapters, feedSite: { siteUrl }, now }),
    };
  }

  async function submit(body: Buffer | string, contentType = 'text/plain; charset=utf-8') {
    const response = await handlers().ingest(postEvent(body, contentType));
    return { statusCode: response.statusCode, body: JSON.parse(response.body ?? '{}') };
  }

  it('stores the seed article, normalises it into one meeting and publishes both feeds', async () => {
    const { ingest, normalise, publish } = handlers();
    const accepted = await submit(seed);
    expect(accepted.statusCode).toBe(202);
    expect(accepted.body).toMatchObject({ status: 'stored', duplicate: false });
    const { articleId, meetingId } = accepted.body;

    const raw = await resources.adapters.articles.get(articleId);
    expect(Buffer.from(raw!.body).equals(seed)).toBe(true);
    expect(raw).toMatchObject({ submittedBy: 'alice', meetingId });

    const batch = await normalise(s3Notification(resources.names.rawBucket, articleId));
    expect(batch.batchItemFailures).toEqual([]);
    expect(signals).toEqual([[meetingId]]);
    const stored = await resources.adapters.meetings.getMeeting(meetingId);
    expect(stored?.record).toMatchObject({ id: meetingId, version: 1, articleId, language: 'ru', submittedBy: 'alice' });
    expect(stored?.record.contentHtml.match(/<h2>/g)).toHaveLength(4);
    expect(stored?.record.contentHtml.match(/<ul>/g)).toHaveLength(3);

    const normalised = JSON.parse((await ingest(statusEvent(articleId))).body ?? '{}');
    expect(normalised.status).toBe('normalised');

    const { written } = await publish(publishEvent([meetingId]));
    expect(written).toEqual(expect.arrayContaining([SITE_PATHS.atomFeed, SITE_PATHS.jsonFeed, SITE_PATHS.meetingJson(meetingId)]));
    const atom = await resources.adapters.site.get(SITE_PATHS.atomFeed);
    expect(atom?.status).toBe(200);
    const atomText = Buffer.from((atom as { body: Uint8Array }).body).toString('utf8');
    expect(atomText).toContain('В Астане состоялась встреча');
    expect((atom as { contentType: string }).contentType).toBe('application/atom+xml; charset=utf-8');
    const json = await resources.adapters.site.get(SITE_PATHS.jsonFeed);
    const feed = JSON.parse(Buffer.from((json as { body: Uint8Array }).body).toString('utf8'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[0]._meeting).toMatchObject({ id: meetingId, version: 1 });

    const published = JSON.parse((await ingest(statusEvent(articleId))).body ?? '{}');
    expect(published).toMatchObject({ status: 'published', meetingId, record: { id: meetingId } });
  });

  it('stores a news page as sent, and normalises it from the stored bytes into a record with its metadata', async () => {
    const { normalise } = handlers();
    const page = readFileSync(new URL('../fixtures/intake/news-page.html', import.meta.url), 'utf8');
    const bytes = iconv.encode(page.replace('<meta charset="utf-8">', '<meta charset="windows-1251">'), 'windows-1251');
    const accepted = await submit(bytes, 'text/html');
    expect(accepted.statusCode).toBe(202);
    const { articleId, meetingId } = accepted.body;
    // The canonical URL names the meeting, so a later copy of the same page updates it.
    expect(meetingId).toBe(meetingIdFor({ url: 'https://vesti-doliny.example/politika/2026/03/ministry-voda' }, articleId));

    const raw = await resources.adapters.articles.get(articleId);
    expect(raw?.contentType).toBe('text/html');
    expect(Buffer.from(raw!.body).equals(bytes)).toBe(true);

    expect((await normalise(s3Notification(resources.names.rawBucket, articleId))).batchItemFailures).toEqual([]);
    const stored = await resources.adapters.meetings.getMeeting(meetingId);
    expect(stored?.record).toMatchObject({
      title: 'Министры Киргизии и Таджикистана обсудили водное сотрудничество',
      publishedAt: '2026-03-12T09:15:00+06:00',
      source: { name: 'Вести Долины', url: 'https://vesti-doliny.example/politika/2026/03/ministry-voda' },
      warnings: [],
    });
    expect(stored?.record.contentHtml).toContain('<h2>Итоги переговоров</h2>');
    expect(stored?.record.contentHtml).not.toMatch(/Политика|script|onclick/);
  });

  it('gives the same body twice one article and one meeting version', async () => {
    const { normalise } = handlers();
    const first = await submit(seed);
    await normalise(s3Notification(resources.names.rawBucket, first.body.articleId));
    const second = await submit(seed);
    expect(second.body).toMatchObject({ articleId: first.body.articleId, meetingId: first.body.meetingId, duplicate: true, status: 'normalised' });
    // A redelivered notification (SQS is at-least-once) changes nothing either.
    await normalise(s3Notification(resources.names.rawBucket, first.body.articleId, 'again'));
    expect((await resources.adapters.meetings.getMeeting(first.body.meetingId))?.record.version).toBe(1);
  });

  it('updates the meeting and raises its version when an article with the same url is resubmitted', async () => {
    const { normalise } = handlers();
    const url = 'https://example.org/news/astana';
    const first = await submit(JSON.stringify({ text: seed.toString('utf8'), url }), 'application/json');
    await normalise(s3Notification(resources.names.rawBucket, first.body.articleId));
    const second = await submit(JSON.stringify({ text: seed.toString('utf8'), url, title: 'Corrected title' }), 'application/json');
    expect(second.body.articleId).not.toBe(first.body.articleId);
    expect(second.body.meetingId).toBe(first.body.meetingId);
    await normalise(s3Notification(resources.names.rawBucket, second.body.articleId));
    const stored = await resources.adapters.meetings.getMeeting(first.body.meetingId);
    expect(stored?.record).toMatchObject({ version: 2, title: 'Corrected title', articleId: second.body.articleId, source: { url } });
    expect(stored!.record.createdAt < stored!.record.updatedAt).toBe(true);
  });

  it('does not let an older article that arrives late overwrite a newer version', async () => {
    const { normalise } = handlers();
    const url = 'https://example.org/news/late';
    const older = await submit(JSON.stringify({ text: 'Old text about a meeting.', url }), 'application/json');
    const newer = await submit(JSON.stringify({ text: 'New text about a meeting.', url }), 'application/json');
    await normalise(s3Notification(resources.names.rawBucket, newer.body.articleId));
    await normalise(s3Notification(resources.names.rawBucket, older.body.articleId));
    const stored = await resources.adapters.meetings.getMeeting(newer.body.meetingId);
    expect(stored?.record).toMatchObject({ version: 1, articleId: newer.body.articleId });
  });

  it('returns the record a dry run would make and stores nothing', async () => {
    const response = await handlers().ingest(postEvent(seed, 'text/plain', { dryRun: 'true' }));
    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body ?? '{}');
    expect(body.record).toMatchObject({ id: body.meetingId, language: 'ru', version: 0 });
    expect(await resources.adapters.articles.exists(body.articleId)).toBe(false);
  });

  it('gives a dry run the text its mention offsets point into, as intake read it', async () => {
    const page = '<html><head><title>Talks</title></head><body><nav>Home | World</nav><article><h1>Talks in Paris</h1><p>Prime Minister Jane Doe met President John Roe in Paris on Monday.</p></article></body></html>';
    const response = await handlers().ingest(postEvent(Buffer.from(page), 'text/html', { dryRun: 'true' }));
    const body = JSON.parse(response.body ?? '{}') as { text: string; record: { participants: { name: string; mentions: { start: number; end: number }[] }[] } };
    expect(body.text).toContain('Prime Minister Jane Doe met President John Roe');
    expect(body.text).not.toContain('<');
    const jane = body.record.participants.find((participant) => participant.name === 'Jane Doe');
    const mention = jane?.mentions[0];
    expect(mention && body.text.slice(mention.start, mention.end)).toBe('Jane Doe');
  });

  it.each([
    ['an empty body', '', 'text/plain', 400, 'empty_body'],
    ['invalid JSON', '{"text": ', 'application/json', 400, 'invalid_json'],
    ['a page nested 300 deep', `<html><body>${'<div>'.repeat(300)}hi</body></html>`, 'text/html', 400, 'invalid_field'],
    ['an unknown media type', 'x', 'application/pdf', 415, 'unsupported_media_type'],
    ['broken UTF-8', Buffer.from([0x41, 0xff, 0xfe, 0x42]), 'text/plain', 400, 'invalid_encoding'],
    ['more than 1 MiB', Buffer.alloc(1024 * 1024 + 1, 0x61), 'text/plain', 413, 'payload_too_large'],
  ])('rejects %s with a precise 4xx and stores nothing', async (_what, body, contentType, status, code) => {
    const response = await submit(body, contentType);
    expect(response.statusCode).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message.length).toBeGreaterThan(20);
  });

  it('reports a failed publish signal so SQS redelivers the batch (fault injected in the signal port)', async () => {
    const failing: PublishSignal = { signal: async () => Promise.reject(new Error('SQS unavailable')) };
    const { normalise } = handlers(failing);
    const accepted = await submit(seed);
    const batch = await normalise(s3Notification(resources.names.rawBucket, accepted.body.articleId, 'msg-1'));
    expect(batch.batchItemFailures).toEqual([{ itemIdentifier: 'msg-1' }]);
    // The meeting itself was written; the redelivery will only re-send the signal.
    expect(await resources.adapters.meetings.getMeeting(accepted.body.meetingId)).not.toBeNull();
  });

  it('does not rewrite feeds whose bytes did not change, so their ETags stay stable', async () => {
    const { normalise, publish } = handlers();
    const accepted = await submit(seed);
    await normalise(s3Notification(resources.names.rawBucket, accepted.body.articleId));
    await publish(publishEvent([accepted.body.meetingId]));
    const before = await resources.adapters.site.get(SITE_PATHS.atomFeed);
    const { written } = await publish(publishEvent([accepted.body.meetingId]));
    expect(written).toEqual([]);
    const etag = (before as { etag: string }).etag;
    expect(await resources.adapters.site.get(SITE_PATHS.atomFeed, etag)).toEqual({ status: 304, etag });
  });

  it('lets known editors through the authorizer and turns others away', async () => {
    const { token, entry } = issueEditor({ name: 'alice', role: 'editor', now: new Date() });
    await resources.adapters.editors.putEditor(entry);
    const authorize = createAuthorizer({ editors: resources.adapters.editors });
    const event = (authorization?: string) => ({ headers: authorization ? { authorization } : {}, identitySource: [] }) as never;
    expect(await authorize(event(`Bearer ${token}`))).toEqual({ isAuthorized: true, context: { editor: 'alice', editorId: entry.id, role: 'editor' } });
    expect((await authorize(event('Bearer wrong'))).isAuthorized).toBe(false);
    expect((await authorize(event())).isAuthorized).toBe(false);
  });
});

describe('Ingest: declared sizes', () => {
  it('reports the declared size of an upload that was cut off at the limit', async () => {
    const resources = await createTestResources();
    const { meetings, articleStates, articles, editorArticles } = resources.adapters;
    const event = postEvent(Buffer.alloc(1024 * 1024 + 1, 0x61), 'text/plain');
    event.headers['content-length'] = String(5 * 1024 * 1024);
    const response = await createIngestHandler({ meetings, articleStates, articles, editorArticles })(event);
    expect(response.statusCode).toBe(413);
    expect(JSON.parse(response.body ?? '{}').error.message).toContain('5.0 MiB');
  });
});

describe('Ingest: one article whatever the spelling of its media type', () => {
  it('gives "text/plain" and "Text/Plain; charset=UTF-8" the same article and meeting', async () => {
    const resources = await createTestResources();
    const { meetings, articleStates, articles, editorArticles } = resources.adapters;
    const ingest = createIngestHandler({ meetings, articleStates, articles, editorArticles });
    const first = JSON.parse((await ingest(postEvent(seed, 'text/plain'))).body ?? '{}');
    const second = JSON.parse((await ingest(postEvent(seed, 'Text/Plain; charset=UTF-8'))).body ?? '{}');
    expect(second).toMatchObject({ articleId: first.articleId, meetingId: first.meetingId, duplicate: true });
  });
});
