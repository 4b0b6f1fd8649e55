// End to end: `npm start` with FETCH_ALLOW_HOSTS naming a local web server (the test-only allow-list), an editor
// sends a link, and the page is fetched, published and served; a link to anything else local is refused.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kill, ROOT, type RunningApp, startApp } from '../support/local-app.ts';
import { html, type PageServer, pageServer, redirect } from '../support/page-server.ts';

const TOKEN = 'e2e-link-token-0123456789abcdef';
const PUBLISH_WAIT_MS = 60_000;

describe('npm start: a link submitted, fetched and published', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-link-'));
  let app: RunningApp | undefined;
  let server: PageServer | undefined;

  beforeAll(async () => {
    const page = readFileSync(join(ROOT, 'tests/fixtures/intake/news-page.html'), 'utf8');
    server = await pageServer({ '/short': redirect('/politika/ministry-voda', 301), '/politika/ministry-voda': html(page) });
    app = await startApp(dataDir, TOKEN, { FETCH_ALLOW_HOSTS: server.host });
  }, 90_000);

  afterAll(async () => {
    if (app) await kill(app);
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (body: unknown) =>
    fetch(`${app!.url}/articles`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(body) });

  it('publishes the fetched page with its metadata and the link as its source', { timeout: PUBLISH_WAIT_MS + 10_000 }, async () => {
    // Prepare
    const link = `${server!.origin}/short`;

    // Act
    const accepted = await post({ url: link });
    const { articleId, meetingId } = (await accepted.json()) as { articleId: string; meetingId: string };
    let status = '';
    const deadline = Date.now() + PUBLISH_WAIT_MS;
    while (Date.now() < deadline && status !== 'published' && status !== 'failed') {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const response = await fetch(`${app!.url}/articles/${articleId}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      status = ((await response.json()) as { status: string }).status;
    }
    const record = (await (await fetch(`${app!.url}/meetings/${meetingId}.json`)).json()) as {
      title: string;
      source: { name: string; url: string };
      publishedAt: string;
      contentHtml: string;
    };

    // Assess
    expect(accepted.status).toBe(202);
    expect(status).toBe('published');
    expect(server!.hits).toEqual(['/short', '/politika/ministry-voda']);
    expect(record.title).toBe('Министры Киргизии и Таджикистана обсудили водное сотрудничество');
    expect(record.source).toEqual({ name: 'Вести Долины', url: link });
    expect(record.publishedAt).toBe('2026-03-12T09:15:00+06:00');
    expect(record.contentHtml).toContain('<h2>Итоги переговоров</h2>');
  });

  it('refuses a link to the app itself, which the allow-list does not name, with a 422 that says why', async () => {
    // Act
    const refused = await post({ url: `${app!.url}/feeds/meetings.json` });
    const { error } = (await refused.json()) as { error: { code: string; message: string } };

    // Assess
    expect(refused.status).toBe(422);
    expect(error.code).toBe('link_refused');
    expect(error.message).toMatch(/localhost resolves to \S+, a .*loopback.* address, and only pages on the public internet are fetched/);
  });
});
