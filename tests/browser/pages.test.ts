// The pages as a person sees them: rendered by our renderers from fixture records (one hostile, one
// retracted), served from 127.0.0.1 the way `npm start` serves the site bucket (functions/local/site-route.ts:
// the same paths, and 410 for a retracted meeting's notice), and opened in Debian's headless Chromium
// through playwright-core (which never downloads a browser here). Screenshots go to test-output/browser/.
// biome-ignore-all lint/performance/useDomNodeTextContent: these tests want the rendered text a person sees, which is what innerText gives.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthOf } from '../../functions/core/publish/archive-pages.ts';
import { feedGroupsOf, topicFeedPath } from '../../functions/core/publish/feed-groups.ts';
import { browseGroupOf, browsePagePath, groupBrowsePath } from '../../functions/core/publish/pages/browse-paths.ts';
import { retractionOf } from '../../functions/core/publish/pages/meeting-pieces.ts';
import { renderBrowsePage } from '../../functions/core/publish/pages/render-browse-page.ts';
import { renderHomePage } from '../../functions/core/publish/pages/render-home-page.ts';
import { renderMeetingPage } from '../../functions/core/publish/pages/render-meeting-page.ts';
import { renderCalendar } from '../../functions/core/publish/render-calendar.ts';
import type { FeedSite } from '../../functions/core/publish/render-feeds.ts';
import { SITE_PATHS } from '../../functions/core/publish/site-paths.ts';
import type { MeetingRecord } from '../../functions/core/record/record.ts';
import { sanitiseHtml } from '../../functions/core/record/sanitise-html.ts';
import { type SiteFile, siteKeyForPath, siteResponse } from '../../functions/local/site-route.ts';
import { makeRecord } from '../support/record-factory.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = 'test-output/browser';
const HTML = 'text/html; charset=utf-8';
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
    {
      ...makeRecord({
        id: 'm-retracted',
        language: 'en',
        title: 'Withdrawn talks in Oslo',
        summary: 'A summary that must not be shown.',
        contentHtml: '<p>Article text that must not be shown.</p>',
        participants: [{ name: 'Hidden Person', role: null, organization: null, mentions: [] }],
        createdAt: '2020-01-25T09:00:00.000Z',
      }),
      retracted: { at: '2020-01-26T12:00:00.000Z', by: 'editor', reason: 'The article was about another meeting.' },
    },
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

/** A constructed person group: the person kind's pages work before feedGroupsOf lists people. */
const PERSON_KEY = 'person:erzhan-ashikbaev';

/** A site bucket in memory, served as `npm start` serves the real one (site-route.ts). */
type Files = Map<string, SiteFile>;

function file(body: string, type: string, gone = false): SiteFile {
  return { body: new TextEncoder().encode(body), contentType: type, ...(gone ? { gone } : {}) };
}

async function serve(files: Files): Promise<{ server: Server; site: FeedSite }> {
  const server = createServer((request, response) => {
    const key = siteKeyForPath(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const object = key.kind === 'key' ? files.get(key.key) : undefined;
    if (!object) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const answer = siteResponse(object);
    response.writeHead(answer.statusCode, answer.headers).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, site: { siteUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, title: 'Meetings' } };
}

/** What the publisher writes for these records: home, meeting pages (a notice for a retracted one), browse pages, calendar. */
function publishInto(files: Files, records: MeetingRecord[], site: FeedSite): void {
  const months = [...new Set(records.map((record) => monthOf(record.createdAt)))];
  files.set(SITE_PATHS.index, file(renderHomePage(records, site, { months }), HTML));
  for (const record of records) files.set(SITE_PATHS.meetingPage(record.id), file(renderMeetingPage(record, site), HTML, retractionOf(record) !== null));
  const groups = new Map<string, { title: string; records: MeetingRecord[] }>();
  const add = (key: string, title: string, record: MeetingRecord) => {
    const group = groups.get(key) ?? { title, records: [] };
    group.records.push(record);
    groups.set(key, group);
  };
  for (const record of records) for (const group of feedGroupsOf(record)) add(group.key, group.title, record);
  const astana = records.find((record) => record.id === 'm-astana-talks');
  if (astana) add(PERSON_KEY, 'Ержан Ашикбаев', astana);
  for (const [key, group] of groups) {
    const kind = browseGroupOf(key)?.kind;
    const path = groupBrowsePath(key);
    if (!kind || !path) continue;
    const slug = key.slice(key.indexOf(':') + 1);
    const feeds = { atom: topicFeedPath(kind, slug, 'atom'), json: topicFeedPath(kind, slug, 'json') };
    files.set(path, file(renderBrowsePage(group.records, { kind, title: group.title, page: null, newer: null, older: null, feeds }, site), HTML));
  }
  for (const month of months) {
    const inMonth = records.filter((record) => monthOf(record.createdAt) === month);
    const feeds = { atom: `feeds/archive/${month}.atom`, json: `feeds/archive/${month}.json` };
    files.set(browsePagePath('month', month), file(renderBrowsePage(inMonth, { kind: 'month', title: month, page: null, newer: null, older: null, feeds }, site), HTML));
  }
  files.set(SITE_PATHS.calendar, file(renderCalendar(records, site), 'text/calendar; charset=utf-8'));
}

let server: Server;
let site: FeedSite;
let emptyServer: Server;
let emptySite: FeedSite;
let userDataDir: string;
let context: BrowserContext;

beforeAll(async () => {
  const files: Files = new Map();
  ({ server, site } = await serve(files));
  publishInto(files, fixtureRecords(), site);
  // A site before any article: what the first publish writes.
  const empty: Files = new Map();
  ({ server: emptyServer, site: emptySite } = await serve(empty));
  publishInto(empty, [], emptySite);

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
  await new Promise((resolve) => emptyServer?.close(resolve));
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/** Opens a page and records what a script injection would leave behind: dialogs, errors, CSP reports. */
async function open(path: string, status = 200, origin = site.siteUrl): Promise<{ page: Page; dialogs: string[]; problems: string[] }> {
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
  const response = await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
  expect(response?.status()).toBe(status);
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
    await page.screenshot({ path: `${SCREENSHOTS}/home.png`, fullPage: true });
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
    // In the record's language: lang, the page's own words and the date.
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.locator('main .meta').first().innerText()).toBe('14 января 2020 г. · Переговоры · Состоялась · Астана, Казахстан');
    expect(text).toContain('Участники');
    expect(text).not.toMatch(/\b(Held|Participants|January)\b/);
    expect(await page.title()).toBe('Встреча в Астане · Meetings');
    expect(await page.evaluate(SCROLL_WIDTH)).toBeLessThanOrEqual(PHONE.width);
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/meeting-ru.png`, fullPage: true });
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

describe('an English meeting page in Chromium', () => {
  it('speaks English: lang, date, status and labels', async () => {
    // Act
    const { page, problems } = await open(SITE_PATHS.meetingPage('m-geneva-planned'));
    const text = await page.locator('main').innerText();

    // Assess
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('Foreign ministers to meet in Geneva on water-sharing agreements');
    expect(await page.locator('main .meta').first().innerText()).toBe('2 March 2020 · Talks · Planned · Geneva, Switzerland');
    expect(text).toContain('Participants');
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/meeting-en.png`, fullPage: true });
    await page.close();
  });
});

describe('the home page before any article in Chromium', () => {
  it('answers, says nothing is published yet, and advertises feeds that exist', async () => {
    // Act
    const { page, problems } = await open('', 200, emptySite.siteUrl);
    const calendar = await page.request.get(`${emptySite.siteUrl}/${SITE_PATHS.calendar}`);

    // Assess
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('main').innerText()).toContain('No meetings published yet.');
    expect(await page.locator('main a[href*="/browse/"]').count()).toBe(0);
    expect(await page.locator('head link[rel="alternate"]').count()).toBe(3);
    expect(calendar.status()).toBe(200);
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/home-empty.png`, fullPage: true });
    await page.close();
  });
});

describe('browse pages in Chromium', () => {
  it('opens an organisation\'s page from the home page, with its meetings and its feeds', async () => {
    // Prepare
    const { page, problems } = await open('');

    // Act
    await page.locator('section.browse').getByRole('link', { name: 'United Nations Economic Commission for Europe' }).click();
    await page.waitForURL(`${site.siteUrl}/browse/org/united-nations-economic-commission-for-europe.html`);
    const links = await page
      .locator('head link[rel="alternate"]')
      .evaluateAll((elements) => elements.map((link) => ({ type: link.getAttribute('type'), href: link.getAttribute('href') })));

    // Assess
    expect(await page.locator('h1').innerText()).toBe('Meetings: United Nations Economic Commission for Europe');
    expect(await page.locator('main article h2').allInnerTexts()).toEqual(['Foreign ministers to meet in Geneva on water-sharing agreements']);
    expect(links).toEqual([
      { type: 'application/atom+xml', href: `${site.siteUrl}/feeds/by/org/united-nations-economic-commission-for-europe.atom` },
      { type: 'application/feed+json', href: `${site.siteUrl}/feeds/by/org/united-nations-economic-commission-for-europe.json` },
    ]);
    expect(await page.evaluate(SCROLL_WIDTH)).toBeLessThanOrEqual(PHONE.width);
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/browse-org.png`, fullPage: true });
    await page.close();
  });

  it('lists a month\'s meetings newest first without the retracted one, linking its archive feed', async () => {
    // Act
    const { page, problems } = await open('browse/month/2020-01.html');

    // Assess
    expect(await page.locator('h1').innerText()).toBe('Meetings: January 2020');
    expect(await page.locator('main article h2').allInnerTexts()).toEqual(['Budget figures published', 'Встреча в Астане']);
    expect(await page.locator('head link[type="application/atom+xml"]').getAttribute('href')).toBe(`${site.siteUrl}/feeds/archive/2020-01.atom`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a person\'s page with their meetings, each in its own language', async () => {
    // Act
    const { page, problems } = await open(groupBrowsePath(PERSON_KEY)!);

    // Assess
    expect(await page.locator('h1').innerText()).toBe('Meetings: Ержан Ашикбаев');
    expect(await page.locator('main article h2').allInnerTexts()).toEqual(['Встреча в Астане']);
    expect(await page.locator('main article').getAttribute('lang')).toBe('ru');
    expect(await page.locator('head link[type="application/atom+xml"]').getAttribute('href')).toBe(`${site.siteUrl}/feeds/by/person/erzhan-ashikbaev.atom`);
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/person.png`, fullPage: true });
    await page.close();
  });
});

describe('a retracted meeting in Chromium', () => {
  it('answers 410 with a notice of when and why, and nothing of the meeting', async () => {
    // Act
    const { page, problems } = await open(SITE_PATHS.meetingPage('m-retracted'), 410);
    const text = await page.locator('body').innerText();

    // Assess
    expect(await page.locator('h1').innerText()).toBe('Retracted');
    expect(text).toContain('This meeting was retracted on 26 January 2020.');
    expect(text).toContain('Reason: The article was about another meeting.');
    for (const kept of ['Withdrawn', 'Oslo', 'Hidden Person', 'must not be shown']) expect(text).not.toContain(kept);
    expect(await page.locator('script, head link[rel="alternate"]').count()).toBe(0);
    // Chromium reports the 410 itself on the console; nothing else may appear there.
    expect(problems.filter((problem) => !problem.includes('status of 410 (Gone)'))).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/retracted.png`, fullPage: true });
    await page.close();
  });
});
