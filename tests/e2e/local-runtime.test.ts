// End to end: `npm start` in a child process, the seed article posted over HTTP, the published feeds
// fetched and read by feed parsers we did not write; then a restart on the same data keeps everything.

import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { type IncomingMessage, request } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed as parseAtom } from '@rowanmanning/feed-parser';
import { parseJsonFeed } from 'feedsmith';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../functions/core/intake/limits.ts';
import { type RunningApp, startApp } from '../support/local-app.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = readFileSync(join(ROOT, 'tests/fixtures/seed-article.txt'));
const TOKEN = 'e2e-editor-token-0123456789abcdef';
const PUBLISH_WAIT_MS = 60_000;

/** SIGINT, as Ctrl-C sends it; resolves with the exit code. */
async function interrupt(app: RunningApp): Promise<number | null> {
  const exited = once(app.child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  app.child.kill('SIGINT');
  const [code] = await exited;
  return code;
}

function killGroup(app: RunningApp | undefined): void {
  if (!app?.child.pid || app.child.exitCode !== null || app.child.signalCode !== null) return;
  try {
    process.kill(-app.child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function post(app: RunningApp, body: string | Uint8Array, contentType: string, token: string | null = TOKEN) {
  return fetch(`${app.url}/articles`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body,
  });
}

function getArticle(app: RunningApp, articleId: string) {
  return fetch(`${app.url}/articles/${articleId}`, { headers: { authorization: `Bearer ${TOKEN}` } });
}

/** A GET with the path sent exactly as given (fetch would resolve "." and ".." segments first). */
async function rawGet(app: RunningApp, path: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(app.url);
  const req = request({ host: 'localhost', port, path, method: 'GET' });
  req.end();
  const [response] = (await once(req, 'response')) as [IncomingMessage];
  let body = '';
  for await (const chunk of response) body += String(chunk);
  return { status: response.statusCode ?? 0, body };
}

interface ErrorBody {
  error: { code: string; message: string };
}

interface ArticleStatus {
  articleId: string;
  meetingId: string;
  status: 'stored' | 'normalised' | 'published' | 'failed';
  reason?: string;
  record?: { id: string; title: string; summary: string; language: string; version: number } | null;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Polls until the condition holds, for at most PUBLISH_WAIT_MS. */
async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + PUBLISH_WAIT_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${PUBLISH_WAIT_MS} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('npm start (the local runtime)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-e2e-'));
  let app: RunningApp | undefined;
  let articleId = '';
  let meetingId = '';
  let published: ArticleStatus | undefined;
  let atomText = '';

  const running = (): RunningApp => {
    if (!app) throw new Error('The app is not running.');
    return app;
  };

  beforeAll(async () => {
    app = await startApp(dataDir, TOKEN);
  });

  afterAll(() => {
    killGroup(app);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints the feed URLs, the data dir, the token and a curl line for the seed article', () => {
    // Assess
    const output = running().output();
    const { url } = running();
    expect(output).toContain(`${url}/feeds/meetings.atom`);
    expect(output).toContain(`${url}/feeds/meetings.json`);
    expect(output).toContain(dataDir);
    expect(output).toContain(TOKEN);
    expect(output).toMatch(/curl .*-X POST .*\/articles .*Authorization: Bearer .*text\/plain.*seed-article\.txt/);
  });

  it('serves a valid, empty site before any article: home page, current feeds, calendar and feed index', async () => {
    // Act: the first start publishes the empty site in the background.
    await waitFor(async () => (await fetch(`${running().url}/feeds/index.json`)).status === 200);
    const [home, atom, json, calendar, index] = (await Promise.all(
      ['/', '/feeds/meetings.atom', '/feeds/meetings.json', '/feeds/meetings.ics', '/feeds/index.json'].map((path) => fetch(`${running().url}${path}`)),
    )) as [Response, Response, Response, Response, Response];

    // Assess
    for (const response of [home, atom, json, calendar, index]) expect(response?.status, response?.url).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    const homePage = await home.text();
    expect(homePage).toContain('rel="alternate" type="application/atom+xml"');
    expect(parseAtom(await atom.text()).items).toEqual([]);
    const jsonFeed = JSON.parse(await json.text()) as { version: string; items: unknown[] };
    expect(jsonFeed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', items: [] });
    const vcalendar = new ICAL.Component(ICAL.parse(await calendar.text()));
    expect(vcalendar.name).toBe('vcalendar');
    expect(vcalendar.getAllSubcomponents('vevent')).toEqual([]);
    const advertised = JSON.stringify(await index.json());
    expect(advertised).toContain('meetings.ics');
  });

  it('answers 401 with a hint on how to send the token when the Authorization header is missing', async () => {
    // Act
    const response = await post(running(), SEED, 'text/plain; charset=utf-8', null);

    // Assess
    expect(response.status).toBe(401);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe('unauthorized');
    expect(body.error.message).toContain('Authorization: Bearer <token>');
  });

  it('answers 401 for a token that belongs to no editor', async () => {
    // Act
    const response = await post(running(), SEED, 'text/plain; charset=utf-8', 'not-the-token');

    // Assess
    expect(response.status).toBe(401);
    expect(((await response.json()) as ErrorBody).error.code).toBe('unauthorized');
  });

  it('reads a news page sent as text/html: a dry run shows its article and the metadata of the page, and nothing that runs', async () => {
    // Prepare
    const page = readFileSync(join(ROOT, 'tests/fixtures/intake/news-page.html'));

    // Act
    const response = await fetch(`${running().url}/articles?dryRun=true`, {
      method: 'POST',
      headers: { 'content-type': 'text/html; charset=utf-8', authorization: `Bearer ${TOKEN}` },
      body: page,
    });

    // Assess
    expect(response.status).toBe(200);
    const { record } = (await response.json()) as { record: { title: string; source: { name: string; url: string }; contentHtml: string } };
    expect(record.title).toBe('Министры Киргизии и Таджикистана обсудили водное сотрудничество');
    expect(record.source).toEqual({ name: 'Вести Долины', url: 'https://vesti-doliny.example/politika/2026/03/ministry-voda' });
    expect(record.contentHtml).toContain('<h2>Итоги переговоров</h2>');
    expect(record.contentHtml).not.toMatch(/Политика|<script|onclick|javascript:/);
  });

  it('answers 400 for an empty body', async () => {
    // Act
    const response = await post(running(), '', 'text/plain');

    // Assess
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.message).not.toBe('');
  });

  it('answers 400 for invalid JSON', async () => {
    // Act
    const response = await post(running(), '{"text": "Встреча', 'application/json');

    // Assess
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.code).toBe('invalid_json');
  });

  it('answers 413 for an article one byte over 1 MiB, and for a much larger one', async () => {
    // Act
    const justOver = await post(running(), new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61), 'text/plain');
    const muchLarger = await post(running(), new Uint8Array(5 * MAX_ARTICLE_BYTES).fill(0x61), 'text/plain');

    // Assess
    expect(justOver.status).toBe(413);
    expect(((await justOver.json()) as ErrorBody).error.code).toBe('payload_too_large');
    expect(muchLarger.status).toBe(413);
    expect(((await muchLarger.json()) as ErrorBody).error.message).toMatch(/limited to 1(\.0)? MiB|limited to 1048576 bytes/);
  });

  it('answers 404 for an unknown path and 405 for a wrong method, as JSON errors', async () => {
    // Act
    const unknown = await fetch(`${running().url}/nothing-here`);
    const wrongMethod = await fetch(`${running().url}/articles`, { method: 'PUT' });

    // Assess
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorBody).error.code).toBe('not_found');
    expect(wrongMethod.status).toBe(405);
    expect(((await wrongMethod.json()) as ErrorBody).error.code).toBe('method_not_allowed');
  });

  it('accepts the seed article with 202 and its ids', async () => {
    // Act
    const response = await post(running(), SEED, 'text/plain; charset=utf-8');

    // Assess
    expect(response.status).toBe(202);
    const body = (await response.json()) as ArticleStatus;
    expect(body.articleId).toMatch(/\S/);
    expect(body.meetingId).toMatch(/\S/);
    articleId = body.articleId;
    meetingId = body.meetingId;
  });

  it('gives the same ids when the same article is posted again', async () => {
    // Act
    const response = await post(running(), SEED, 'text/plain; charset=utf-8');

    // Assess
    expect(response.status).toBe(202);
    const body = (await response.json()) as ArticleStatus;
    expect(body).toMatchObject({ articleId, meetingId });
  });

  it('reports the article as published within a minute', { timeout: PUBLISH_WAIT_MS + 10_000 }, async () => {
    // Act
    const deadline = Date.now() + PUBLISH_WAIT_MS;
    let last = '';
    while (Date.now() < deadline) {
      const response = await getArticle(running(), articleId);
      last = `${response.status} ${await response.text()}`;
      if (response.status === 200) {
        const status = JSON.parse(last.slice(4)) as ArticleStatus;
        if (status.status === 'published' || status.status === 'failed') {
          published = status;
          break;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    // Assess
    expect(published?.status, `last response: ${last}`).toBe('published');
    expect(published?.meetingId).toBe(meetingId);
    expect(published?.record?.id).toBe(meetingId);
  });

  it('publishes the meeting in the Atom feed, readable by @rowanmanning/feed-parser', async () => {
    // Act
    const response = await fetch(`${running().url}/feeds/meetings.atom`);
    atomText = await response.text();
    const feed = parseAtom(atomText);
    const entry = feed.items.find((item) => item.id?.endsWith(`:meeting:${meetingId}`));

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml;\s*charset=utf-8$/i);
    expect(entry, `entries: ${feed.items.map((item) => item.id).join(', ')}`).toBeDefined();
    expect(squash(entry?.title)).toBe(squash(published?.record?.title));
    expect(squash(entry?.description)).toBe(squash(published?.record?.summary));
    expect(entry?.content).toMatch(/<h[23]>Поддержка международного права<\/h[23]>/);
    expect(entry?.content).toMatch(/<h[23]>Подготовка к международной конференции<\/h[23]>/);
    expect(entry?.content).toMatch(/<ul>\s*<li>развитие двустороннего взаимодействия<\/li>/);
    expect(entry?.url).toContain(`/meetings/${meetingId}.html`);
    expect(entry?.updated).toBeInstanceOf(Date);
  });

  it('publishes the meeting in the JSON Feed, readable by feedsmith, with the record in _meeting', async () => {
    // Act
    const response = await fetch(`${running().url}/feeds/meetings.json`);
    const text = await response.text();
    const feed = parseJsonFeed(text);
    const item = feed.items?.find((candidate) => candidate.id?.endsWith(meetingId));
    const raw = JSON.parse(text) as { version: string; items: { id: string; _meeting?: Record<string, unknown> }[] };
    const rawItem = raw.items.find((candidate) => candidate.id === item?.id);
    mkdirSync(join(ROOT, 'test-output/feeds'), { recursive: true });
    writeFileSync(join(ROOT, 'test-output/feeds/meetings.atom'), atomText);
    writeFileSync(join(ROOT, 'test-output/feeds/meetings.json'), text);

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/feed\+json;\s*charset=utf-8$/i);
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1');
    expect(item, `items: ${raw.items.map((candidate) => candidate.id).join(', ')}`).toBeDefined();
    expect(squash(item?.title)).toBe(squash(published?.record?.title));
    expect(squash(item?.summary)).toBe(squash(published?.record?.summary));
    expect(item?.content_html).toMatch(/<h[23]>Поддержка международного права<\/h[23]>/);
    expect(item?.content_html).toMatch(/<ul>\s*<li>развитие двустороннего взаимодействия<\/li>/);
    expect(rawItem?._meeting).toMatchObject({ id: meetingId, version: 1, language: 'ru', articleId });
  });

  it('answers 304 to a conditional GET of the Atom feed with its ETag', async () => {
    // Prepare
    const first = await fetch(`${running().url}/feeds/meetings.atom`);
    const etag = first.headers.get('etag');
    await first.arrayBuffer();

    // Act
    const second = await fetch(`${running().url}/feeds/meetings.atom`, { headers: { 'if-none-match': etag ?? '' } });

    // Assess
    expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(second.status).toBe(304);
    expect(second.headers.get('etag')).toBe(etag);
  });

  it('serves partner sites as CloudFront does: any origin may read, OPTIONS answered, Last-Modified, gzip when accepted', async () => {
    // Act (Node's fetch asks for gzip and decompresses it, as a browser does)
    const feed = await fetch(`${running().url}/feeds/meetings.json`, { headers: { origin: 'https://partner.example' } });
    const body = await feed.text();
    const preflight = await fetch(`${running().url}/meetings/${meetingId}.json`, {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'GET' },
    });
    const since = await fetch(`${running().url}/feeds/meetings.json`, { headers: { 'if-modified-since': feed.headers.get('last-modified') ?? '' } });

    // Assess
    expect(feed.status).toBe(200);
    expect(feed.headers.get('access-control-allow-origin')).toBe('*');
    expect(feed.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.parse(body).version).toBe('https://jsonfeed.org/version/1.1');
    expect(new Date(feed.headers.get('last-modified') ?? '').getTime()).not.toBeNaN();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
    expect(since.status).toBe(304);
  });

  it('serves the meeting record at /meetings/{id}.json', async () => {
    // Act
    const response = await fetch(`${running().url}/meetings/${meetingId}.json`);

    // Assess
    expect(response.status).toBe(200);
    expect(((await response.json()) as { id: string }).id).toBe(meetingId);
  });

  it('refuses paths with ".." segments, plain or percent-encoded', async () => {
    // Act
    const plain = await rawGet(running(), '/feeds/../../editor-token');
    const encoded = await rawGet(running(), '/meetings/%2e%2e/%2E%2E%2Feditor-token');

    // Assess
    expect(plain.status).toBe(400);
    expect((JSON.parse(plain.body) as ErrorBody).error.code).toBe('bad_request');
    expect(encoded.status).toBe(400);
  });

  it('answers 404 for a site path longer than any published key, and 414 for a URL over 8 KiB, never a 500', async () => {
    // Act
    const long = await rawGet(running(), `/feeds/${'a'.repeat(8_000)}`);
    const longRecord = await rawGet(running(), `/meetings/${'a'.repeat(8_000)}.json`);
    const tooLong = await rawGet(running(), `/feeds/${'a'.repeat(9_000)}`);

    // Assess
    expect(long.status).toBe(404);
    expect((JSON.parse(long.body) as ErrorBody).error.message).toMatch(/at most 1024 bytes/);
    expect(longRecord.status).toBe(404);
    expect(tooLong.status).toBe(414);
    expect((JSON.parse(tooLong.body) as ErrorBody).error.code).toBe('uri_too_long');
  });

  it('answers 400 to JSON nested 5,000 deep, stored or dry run, and stays up', async () => {
    // Prepare
    const body = `{"text":"Talks.","meeting":${'['.repeat(5_000)}${']'.repeat(5_000)}}`;

    // Act
    const stored = await post(running(), body, 'application/json');
    const dryRun = await fetch(`${running().url}/articles?dryRun=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body,
    });

    // Assess
    expect(stored.status).toBe(400);
    expect(((await stored.json()) as ErrorBody).error.message).toMatch(/nests deeper than 32 levels/);
    expect(dryRun.status).toBe(400);
    expect((await fetch(`${running().url}/feeds/meetings.atom`)).status).toBe(200);
  });

  it('answers 400 to deeply nested YAML front matter every time, and the process survives ten of them', async () => {
    // Prepare: within the front matter's size limit, deep enough to overflow the YAML composer's stack
    // (which used to end in V8 running out of memory compiling a regular expression, killing the process).
    const bodies = [
      `---\nmeeting:\n  topics: ${'['.repeat(15_000)}${']'.repeat(15_000)}\n---\nTalks.`,
      `---\nmeeting:\n  topics:\n    ${'- '.repeat(30_000)}x\n---\nTalks.`,
    ];

    // Act
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      for (const body of bodies) statuses.push((await post(running(), body, 'text/markdown')).status);
    }

    // Assess
    expect(statuses).toEqual(Array(20).fill(400));
    expect(running().child.exitCode).toBeNull();
    expect((await fetch(`${running().url}/feeds/meetings.atom`)).status).toBe(200);
  });

  it('refuses 1 MiB of incompressible words with 413 at intake, saying why, instead of accepting what cannot be stored', async () => {
    // Prepare
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const noise = randomBytes(MAX_ARTICLE_BYTES - 16);
    const text = Array.from(noise, (byte, index) => (index % 7 === 6 ? ' ' : letters[byte % 26])).join('');

    // Act
    const response = await post(running(), text, 'text/plain; charset=utf-8');

    // Assess
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorBody).error.message).toMatch(/compresses to .* split it into several articles/);
  });

  it('serves the home page with the meeting and the feed index listing the feeds', async () => {
    // Act
    const home = await fetch(`${running().url}/`);
    const index = (await (await fetch(`${running().url}/feeds/index.json`)).json()) as { current: { atom: string; json: string } };

    // Assess
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(squash(await home.text())).toContain('В Астане состоялась встреча');
    expect(index.current).toMatchObject({ atom: `${running().url}/feeds/meetings.atom`, json: `${running().url}/feeds/meetings.json` });
  });

  it('retracts a meeting with DELETE: the Atom feed keeps a tombstone and the JSON Feed drops it', { timeout: PUBLISH_WAIT_MS + 10_000 }, async () => {
    // Prepare: a second meeting, published.
    const body = JSON.stringify({ text: 'The foreign ministers of France and Chile met in Paris on Monday.', title: 'Paris talks', language: 'en' });
    const accepted = (await (await post(running(), body, 'application/json')).json()) as { meetingId: string; articleId: string };
    await waitFor(async () => ((await (await getArticle(running(), accepted.articleId)).json()) as ArticleStatus).status === 'published');

    // Act
    const response = await fetch(`${running().url}/meetings/${accepted.meetingId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'Published by mistake' }),
    });

    // Assess
    expect(response.status).toBe(202);
    const tombstone = `<at:deleted-entry ref="tag:localhost,2026:meeting:${accepted.meetingId}"`;
    await waitFor(async () => (await (await fetch(`${running().url}/feeds/meetings.atom`)).text()).includes(tombstone));
    const json = (await (await fetch(`${running().url}/feeds/meetings.json`)).json()) as { items: { _meeting: { id: string } }[] };
    expect(json.items.map((item) => item._meeting.id)).toEqual([meetingId]);
    const unauthorised = await fetch(`${running().url}/meetings/${accepted.meetingId}`, { method: 'DELETE' });
    expect(unauthorised.status).toBe(401);
  });

  it('exits with 0 on SIGINT', async () => {
    // Act
    const code = await interrupt(running());

    // Assess
    expect(code, running().output()).toBe(0);
  });

  it('keeps the article and the feed entry across a restart on the same data dir', async () => {
    // Prepare
    app = await startApp(dataDir, TOKEN);

    // Act
    const status = await getArticle(running(), articleId);
    const atom = parseAtom(await (await fetch(`${running().url}/feeds/meetings.atom`)).text());

    // Assess
    expect(status.status).toBe(200);
    expect((await status.json()) as ArticleStatus).toMatchObject({ articleId, meetingId, status: 'published' });
    expect(atom.items.some((item) => item.id?.endsWith(`:meeting:${meetingId}`))).toBe(true);
    expect(await interrupt(running())).toBe(0);
  });
});
