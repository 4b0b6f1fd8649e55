// End to end: a busy month through `npm start` (a child process, its own process group). 130 articles
// submitted over HTTP in one month fill more than one archive page; a feed reader that starts at
// feeds/meetings.atom and follows prev-archive over HTTP finds every meeting, each in exactly one
// archive page, and every document parses with an independent feed parser.
// Every wait is for an outcome, with generous limits; nothing asserts how long anything took.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kill, type RunningApp, startApp } from '../support/local-app.ts';

const TOKEN = 'e2e-pages-token-0123456789abcdef';
const WAIT_MS = 240_000;
const ARTICLES = 130;

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link'].includes(name) });

describe('npm start: a month of more than one archive page', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-pages-'));
  let app: RunningApp | undefined;
  let url = '';
  const meetingIds: string[] = [];

  beforeAll(async () => {
    app = await startApp(dataDir, TOKEN);
    url = app.url;

    // Submitted a few at a time, as editors would; each article is its own meeting.
    const submit = async (n: number) => {
      const response = await fetch(`${url}/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ title: `Talks number ${n}`, text: `Talks number ${n}. The foreign ministers of Norway and Chile met in Oslo on Tuesday.`, language: 'en' }),
      });
      expect(response.status).toBe(202);
      return ((await response.json()) as { articleId: string; meetingId: string });
    };
    const submitted: { articleId: string; meetingId: string }[] = [];
    for (let start = 0; start < ARTICLES; start += 10) {
      submitted.push(...(await Promise.all(Array.from({ length: Math.min(10, ARTICLES - start) }, (_, i) => submit(start + i)))));
    }
    meetingIds.push(...submitted.map((ids) => ids.meetingId));

    let pending = submitted.map((ids) => ids.articleId);
    const deadline = Date.now() + WAIT_MS;
    while (pending.length > 0) {
      if (Date.now() > deadline) throw new Error(`${pending.length} articles not published within ${WAIT_MS} ms.`);
      const statuses = await Promise.all(
        pending.map(async (articleId) => {
          const response = await fetch(`${url}/articles/${articleId}`, { headers: { authorization: `Bearer ${TOKEN}` } });
          return ((await response.json()) as { status: string }).status;
        }),
      );
      pending = pending.filter((_, index) => statuses[index] !== 'published');
      if (pending.length > 0) await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }, WAIT_MS + 90_000);

  afterAll(async () => {
    if (app) await kill(app);
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Follows `rel` links from `path` over HTTP; every document must parse with an independent parser. */
  async function follow(path: string | null, rel: 'prev-archive' | 'next-archive') {
    const documents: { path: string; ids: string[] }[] = [];
    while (path) {
      const response = await fetch(`${url}/${path}`);
      expect(response.status, path).toBe(200);
      const text = await response.text();
      expect(parseFeed(text).items.length, path).toBeGreaterThan(0);
      const feed = xml.parse(text).feed as { entry?: { id: string }[]; link?: { rel?: string; href: string }[] };
      documents.push({ path, ids: (feed.entry ?? []).map((entry) => entry.id.slice(entry.id.lastIndexOf(':') + 1)) });
      const next = (feed.link ?? []).find((link) => link.rel === rel)?.href;
      path = next ? new URL(next).pathname.slice(1) : null;
      if (documents.length > 20) throw new Error(`${rel} links loop`);
    }
    return documents;
  }

  it('leads a reader from the current feed back through prev-archive to every meeting', async () => {
    const documents = await follow('feeds/meetings.atom', 'prev-archive');
    expect(documents.length).toBeGreaterThan(1);
    expect(new Set(documents.flatMap((document) => document.ids))).toEqual(new Set(meetingIds));
  });

  it('splits the month into a full page of 100 and a second page, each meeting in exactly one page', async () => {
    const index = (await (await fetch(`${url}/feeds/index.json`)).json()) as { archives: { month: string; pages: number; atom: string }[] };
    expect(index.archives).toHaveLength(1);
    expect(index.archives[0]?.pages).toBe(2);
    const pages = await follow(new URL(index.archives[0]!.atom).pathname.slice(1), 'next-archive');
    expect(pages.map((page) => page.path)).toEqual([`feeds/archive/${index.archives[0]!.month}.atom`, `feeds/archive/${index.archives[0]!.month}-p2.atom`]);
    expect(pages.map((page) => page.ids.length)).toEqual([100, ARTICLES - 100]);
    const archived = pages.flatMap((page) => page.ids);
    expect(archived).toHaveLength(new Set(archived).size);
    expect(new Set(archived)).toEqual(new Set(meetingIds));
  });
});
