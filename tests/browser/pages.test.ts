// The pages as a person sees them: rendered by our renderers from fixture records (one hostile),
// served from 127.0.0.1 and opened in Debian's headless Chromium through playwright-core (which
// never downloads a browser here). Screenshots go to test-output/screenshots/.
// biome-ignore-all lint/performance/useDomNodeTextContent: these tests want the rendered text a person sees, which is what innerText gives.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../functions/core/record/record.ts';
import { renderCalendar } from '../../functions/core/publish/render-calendar.ts';
import type { FeedSite } from '../../functions/core/publish/render-feeds.ts';
import { renderHomePage } from '../../functions/core/publish/pages/render-home-page.ts';
import { renderMeetingPage } from '../../functions/core/publish/pages/render-meeting-page.ts';
import { sanitiseHtml } from '../../functions/core/record/sanitise-html.ts';
import { SITE_PATHS } from '../../functions/core/publish/site-paths.ts';
import { makeRecord } from '../support/record-factory.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = 'test-output/screenshots';
const PHONE = { width: 390, height: 844 };

const HOSTILE_TITLE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2; alert(1)">';
const HOSTILE_NAME = '</script><script>window.__pwned = 3; alert(2)</script>';
// Page-side expressions as strings: the project's tsconfig has no DOM library, on purpose.
/** What any of the hostile payloads would set, had one run. */
const PWNED = 'window.__pwned ?? null';
const SCROLL_WIDTH = 'document.scrollingElement.scrollWidth';

function fixtureRecords(): MeetingRecord[] {
  return [
    makeRecord({
      id: 'm-astana-talks',
      createdAt: '2020-01-15T10:00:00.000Z',
      contentHtml:
        '<p>В Астане состоялась встреча первого заместителя министра иностранных дел Казахстана Ержана Ашикбаева с главой региональной делегации МККК Яном Хоффманом.</p>\n<h2>Итоги встречи</h2>\n<p>Стороны обсудили вопросы международного гуманитарного права.</p>\n<h3>Дальнейшие шаги</h3>\n<ul><li>Совместный семинар в 2020 году</li><li>Обмен опытом</li></ul>',
      participants: [
        { name: 'Ержан Ашикбаев', role: 'первый заместитель министра иностранных дел', organization: 'МИД Казахстана', mentions: [] },
        { name: 'Ян Хоффман', role: 'глава региональной делегации', organization: 'МККК', mentions: [] },
      ],
    }),
    makeRecord({
      id: 'm-geneva-planned',
      language: 'en',
      title: 'Foreign ministers to meet in Geneva on water-sharing agreements',
      summary: 'The ministers will discuss the Transboundaryriverbasinmanagementcooperationframeworkagreement next month.',
      contentHtml: '<p>The ministers will meet in Geneva.</p>',
      status: 'planned',
      date: '2020-03-02',
      location: { city: 'Geneva', country: 'Switzerland', countryCode: 'CH' },
      participants: [
        { name: 'Maria Example', role: 'Minister of Foreign Affairs', organization: 'Ministry of Foreign Affairs of Exampleland', mentions: [] },
      ],
      organizations: [{ name: 'United Nations Economic Commission for Europe', acronym: 'UNECE', mentions: [] }],
      source: { name: 'Example Wire', url: 'https://news.example.org/2020/02/ministers-to-meet-in-geneva-on-water-sharing-agreements-and-other-long-path-segments' },
      createdAt: '2020-02-10T09:00:00.000Z',
      updatedAt: '2020-02-10T09:00:00.000Z',
    }),
    makeRecord({
      id: 'm-hostile',
      language: 'en',
      title: HOSTILE_TITLE,
      summary: '"><svg onload="window.__pwned = 4">',
      // Records get their content through the sanitiser when they are built (buildRecord); so here.
      contentHtml: sanitiseHtml('<p>Content that slipped past the renderer:</p><script>window.__pwned = 6</script><img src=x onerror="window.__pwned = 7">'),
      participants: [{ name: HOSTILE_NAME, role: '<b onmouseover=alert(3)>role</b>', organization: null, mentions: [] }],
      location: { city: '<iframe src=javascript:alert(4)>', country: 'Nowhere', countryCode: null },
      source: { name: 'javascript link', url: 'javascript:window.__pwned=5' },
      createdAt: '2020-02-01T09:00:00.000Z',
      updatedAt: '2020-02-01T09:00:00.000Z',
    }),
    makeRecord({
      id: 'a-article',
      language: 'en',
      isMeeting: false,
      title: 'Budget figures published',
      summary: 'An article that reports no meeting.',
      participants: [],
      createdAt: '2020-01-20T09:00:00.000Z',
    }),
  ];
}

interface Served {
  body: string;
  type: string;
}

let server: Server;
let site: FeedSite;
let userDataDir: string;
let context: BrowserContext;

beforeAll(async () => {
  const files = new Map<string, Served>();
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname).replace(/^\//, '');
    const file = files.get(path === '' ? SITE_PATHS.index : path);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = { siteUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, title: 'Meetings' };

  const records = fixtureRecords();
  files.set(SITE_PATHS.index, { body: renderHomePage(records, site), type: 'text/html; charset=utf-8' });
  for (const record of records) {
    files.set(SITE_PATHS.meetingPage(record.id), { body: renderMeetingPage(record, site), type: 'text/html; charset=utf-8' });
  }
  files.set('feeds/meetings.ics', { body: renderCalendar(records, site), type: 'text/calendar; charset=utf-8' });

  userDataDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
    viewport: PHONE,
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/** Opens a page and records what a script injection would leave behind: dialogs, errors, CSP reports. */
async function open(path: string): Promise<{ page: Page; dialogs: string[]; problems: string[] }> {
  const page = await context.newPage();
  const dialogs: string[] = [];
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  const response = await page.goto(`${site.siteUrl}/${path}`, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return { page, dialogs, problems };
}

describe('the index page in Chromium', () => {
  it('shows the meetings, their participants and places, newest first', async () => {
    // Act
    const { page } = await open('');
    const text = await page.locator('main').innerText();

    // Assess
    const titles = await page.locator('main article h2').allInnerTexts();
    expect(titles).toEqual([
      'Foreign ministers to meet in Geneva on water-sharing agreements',
      HOSTILE_TITLE,
      'Budget figures published',
      'Встреча в Астане',
    ]);
    for (const expected of [
      'Ержан Ашикбаев — первый заместитель министра иностранных дел, МИД Казахстана',
      'Ян Хоффман — глава региональной делегации, МККК',
      'Maria Example — Minister of Foreign Affairs, Ministry of Foreign Affairs of Exampleland',
      'Астана, Казахстан',
      'Geneva, Switzerland',
      '14 January 2020',
      '2 March 2020',
      'Planned',
      'United Nations Economic Commission for Europe (UNECE)',
      'Example Wire',
    ]) {
      expect(text).toContain(expected);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/index.png`, fullPage: true });
    await page.close();
  });

  it('has autodiscovery links for the Atom feed, the JSON Feed and the calendar', async () => {
    // Act
    const { page } = await open(SITE_PATHS.index);
    const links = await page
      .locator('head link[rel="alternate"]')
      .evaluateAll((elements) => elements.map((link) => ({ type: link.getAttribute('type'), href: link.getAttribute('href') })));
    const calendar = await page.request.get(links.find((link) => link.type === 'text/calendar')?.href ?? '');

    // Assess
    expect(links).toEqual([
      { type: 'application/atom+xml', href: `${site.siteUrl}/feeds/meetings.atom` },
      { type: 'application/feed+json', href: `${site.siteUrl}/feeds/meetings.json` },
      { type: 'text/calendar', href: `${site.siteUrl}/feeds/meetings.ics` },
    ]);
    expect(calendar.status()).toBe(200);
    expect(await calendar.text()).toContain('UID:m-astana-talks@127.0.0.1');
    await page.close();
  });

  it('does not run anything from a hostile record, and shows its text literally', async () => {
    // Act
    const { page, dialogs, problems } = await open(SITE_PATHS.index);
    await page.locator('main').hover();
    const state = {
      pwned: await page.evaluate(PWNED),
      scripts: await page.locator('script').evaluateAll((scripts) => scripts.map((script) => script.getAttribute('type'))),
      injected: await page.locator('main img, main svg, main iframe, main b, [onerror], [onload], [onmouseover]').count(),
      javascriptLinks: await page.locator('[href*="javascript:" i], [src*="javascript:" i]').count(),
    };
    const text = await page.locator('main').innerText();

    // Assess
    expect(state.pwned).toBeNull();
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    expect(state.scripts.every((type) => type === 'application/ld+json')).toBe(true);
    expect(state.injected).toBe(0);
    expect(state.javascriptLinks).toBe(0);
    expect(text).toContain(HOSTILE_TITLE);
    expect(text).toContain(HOSTILE_NAME);
    await page.close();
  });

  it('carries parseable schema.org Event JSON-LD for each meeting, the hostile one intact', async () => {
    // Act
    const { page } = await open(SITE_PATHS.index);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const events = blocks.map((block) => JSON.parse(block) as { '@type': string; name: string; attendee?: { name: string }[] });

    // Assess
    expect(events.map((event) => event['@type'])).toEqual(['Event', 'Event', 'Event']);
    expect(events.map((event) => event.name)).toContain(HOSTILE_TITLE);
    expect(events.flatMap((event) => event.attendee ?? []).map((person) => person.name)).toContain(HOSTILE_NAME);
    await page.close();
  });

  it('fits a 390 px wide phone screen without horizontal scrolling', async () => {
    // Act
    const { page } = await open(SITE_PATHS.index);
    const widths = { scroll: await page.evaluate(SCROLL_WIDTH), viewport: await page.evaluate('window.innerWidth') };

    // Assess
    expect(widths.viewport).toBe(PHONE.width);
    expect(widths.scroll).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });
});

describe('a meeting page in Chromium', () => {
  it('opens from the index and shows the details and the article with its headings', async () => {
    // Prepare
    const { page, problems } = await open(SITE_PATHS.index);

    // Act
    await page.getByRole('link', { name: 'Встреча в Астане' }).click();
    await page.waitForURL(`${site.siteUrl}/meetings/m-astana-talks.html`);

    // Assess
    expect(await page.locator('h1').innerText()).toBe('Встреча в Астане');
    expect(await page.locator('.content h2, .content h3').allInnerTexts()).toEqual(['Итоги встречи', 'Дальнейшие шаги']);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Ержан Ашикбаев — первый заместитель министра иностранных дел, МИД Казахстана');
    expect(text).toContain('Стороны обсудили вопросы международного гуманитарного права.');
    expect(await page.locator('a[type="application/json"]').getAttribute('href')).toBe(`${site.siteUrl}/meetings/m-astana-talks.json`);
    expect(await page.locator('article.meeting').getAttribute('lang')).toBe('ru');
    expect(await page.evaluate(SCROLL_WIDTH)).toBeLessThanOrEqual(PHONE.width);
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/meeting.png`, fullPage: true });
    await page.close();
  });

  it('keeps the hostile meeting inert on its own page', async () => {
    // Act
    const { page, dialogs, problems } = await open(SITE_PATHS.meetingPage('m-hostile'));
    const pwned = await page.evaluate(PWNED);

    // Assess
    expect(pwned).toBeNull();
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    expect(await page.locator('h1').innerText()).toBe(HOSTILE_TITLE);
    expect(await page.title()).toBe(`${HOSTILE_TITLE} · Meetings`);
    await page.close();
  });
});
