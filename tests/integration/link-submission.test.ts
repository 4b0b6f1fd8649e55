// POST /articles with {"url": …}: the handlers against the emulators, fetching from a local web server through
// the fetcher's test-only allow-list — the page is stored as fetched, read as a page, and published.

import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FetchPage } from '../../functions/core/intake/fetched-page.ts';
import { SITE_PATHS } from '../../functions/core/publish/site-paths.ts';
import { meetingIdFor } from '../../functions/core/record/ids.ts';
import { createIngestHandler } from '../../functions/handlers/ingest.ts';
import { createNormaliseHandler } from '../../functions/handlers/normalise.ts';
import { createPublishHandler } from '../../functions/handlers/publish.ts';
import { createPageFetcher } from '../../functions/net/fetch-article.ts';
import { postEvent, publishEvent, s3Notification } from '../support/events.ts';
import { html, type PageServer, pageServer, redirect } from '../support/page-server.ts';
import { createTestResources, type TestResources } from '../support/resources.ts';

const newsPage = readFileSync(new URL('../fixtures/intake/news-page.html', import.meta.url));

describe('Link submission: a page fetched, stored and published', () => {
  let resources: TestResources;
  let server: PageServer;
  let signals: string[];

  beforeEach(async () => {
    resources = await createTestResources();
    signals = [];
    server = await pageServer({ '/news': redirect('/politika/ministry-voda'), '/politika/ministry-voda': html(newsPage.toString('utf8')) });
  });
  afterEach(() => server.close());

  function handlers(fetchPage: FetchPage = createPageFetcher({ allowHosts: [server.host] })) {
    const { meetings, articleStates, articles, editorArticles } = resources.adapters;
    return {
      ingest: createIngestHandler({ meetings, articleStates, articles, editorArticles, fetchPage }),
      normalise: createNormaliseHandler({ meetings, articleStates, articles, publish: { signal: async (ids) => void signals.push(...ids) } }),
      publish: createPublishHandler({ ...resources.adapters, feedSite: { siteUrl: 'https://feeds.example.org' } }),
    };
  }

  async function post(body: unknown, fetchPage?: FetchPage, query: Record<string, string> = {}) {
    const response = await handlers(fetchPage).ingest(postEvent(JSON.stringify(body), 'application/json', query));
    return { statusCode: response.statusCode, body: JSON.parse(response.body ?? '{}') };
  }

  it('stores the fetched page as it came, keeps the link and corrections, and publishes the page with its metadata', async () => {
    const link = `${server.origin}/news`;
    const { normalise, publish } = handlers();

    const accepted = await post({ url: link, meeting: { kind: 'visit' } });

    expect(accepted.statusCode).toBe(202);
    const { articleId, meetingId } = accepted.body;
    expect(meetingId).toBe(meetingIdFor({ url: link }, articleId));
    const raw = await resources.adapters.articles.get(articleId);
    expect(Buffer.from(raw!.body).equals(newsPage)).toBe(true);
    expect(raw).toMatchObject({ contentType: 'text/html; charset=utf-8', linkFields: { url: link, meeting: { kind: 'visit' } } });
    expect(server.hits).toEqual(['/news', '/politika/ministry-voda']);

    const batch = await normalise(s3Notification(resources.names.rawBucket, articleId));
    expect(batch.batchItemFailures).toEqual([]);
    const stored = await resources.adapters.meetings.getMeeting(meetingId);
    const record = stored!.record;
    expect(record.title).toBe('Министры Киргизии и Таджикистана обсудили водное сотрудничество');
    expect(record.source).toEqual({ name: 'Вести Долины', url: link });
    expect(record.publishedAt).toBe('2026-03-12T09:15:00+06:00');
    expect(record.kind).toBe('visit');
    expect(record.contentHtml).not.toContain('gtag');

    await publish(publishEvent(signals));
    const json = await resources.adapters.site.get(SITE_PATHS.jsonFeed);
    const feed = JSON.parse(Buffer.from((json as { body: Uint8Array }).body).toString('utf8'));
    const item = feed.items.find((entry: { _meeting: { id: string } }) => entry._meeting.id === meetingId);
    expect(item).toMatchObject({ title: 'Министры Киргизии и Таджикистана обсудили водное сотрудничество', _meeting: { source: { url: link }, kind: 'visit' } });
  });

  it('makes the same article of the same link sent twice, and a new article of the link with a correction', async () => {
    const link = `${server.origin}/news`;

    const first = await post({ url: link });
    const again = await post({ url: link });
    const corrected = await post({ url: link, title: 'Исправленный заголовок' });

    expect(again.body).toMatchObject({ articleId: first.body.articleId, duplicate: true });
    expect(corrected.body.articleId).not.toBe(first.body.articleId);
    expect(corrected.body.meetingId).toBe(first.body.meetingId);
  });

  it('answers a dry run of a link with the page read as a page, storing nothing', async () => {
    const dry = await post({ url: `${server.origin}/news` }, undefined, { dryRun: 'true' });

    expect(dry.statusCode).toBe(200);
    expect(dry.body.text).toContain('Бишкеке');
    expect(dry.body.record.source.name).toBe('Вести Долины');
    expect(await resources.adapters.articles.exists(dry.body.articleId)).toBe(false);
  });

  it('refuses a loopback link when its server is not allow-listed, storing nothing', async () => {
    const refused = await post({ url: `${server.origin}/news` }, createPageFetcher());

    expect(refused.statusCode).toBe(422);
    expect(refused.body.error.code).toBe('link_refused');
    expect(refused.body.error.message).toContain('only pages on the public internet are fetched');
    expect(server.hits).toEqual([]);
  });

  it('refuses a link that is not http(s), and an unknown field, before fetching anything', async () => {
    const ftp = await post({ url: 'ftp://example.org/article' });
    const unknown = await post({ url: `${server.origin}/news`, colour: 'red' });

    expect(ftp.statusCode).toBe(400);
    expect(ftp.body.error.message).toContain('url: expected an http:// or https:// link');
    expect(unknown.body.error.message).toContain('unknown field(s) "colour"');
    expect(server.hits).toEqual([]);
  });

  it('refuses corrections too long to be kept beside the page', async () => {
    const participants = Array.from({ length: 40 }, (_, i) => ({ name: `Участник номер ${i}`, role: 'министр' }));

    const refused = await post({ url: `${server.origin}/news`, meeting: { participants } });

    expect(refused.statusCode).toBe(413);
    expect(refused.body.error.message).toContain('sent with a link are limited to 1.5 KiB');
    expect(server.hits).toEqual([]);
  });
});
