// The editors' upload page (/editor/) as an editor uses it, in Debian's headless Chromium against `npm start` on a
// fresh data directory: the token, a dropped file, the dry run's record beside the highlighted text, a corrected
// role, publishing, and the correction in the feeds. Every step after the drop is taken with the keyboard alone.
// Screenshots of the preview go to test-output/browser/ (the paths are printed).
// biome-ignore-all lint/performance/useDomNodeTextContent: these tests want the rendered text a person sees, which is what innerText gives.

import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, ROOT, SEED, startApp, stop } from '../support/local-app.ts';
import { html as htmlRoute, type PageServer, pageServer, redirect } from '../support/page-server.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = 'test-output/browser';
const TOKEN = 'editor-page-token-0123456789abcdef';
const DESKTOP = { width: 1280, height: 900 };
/** What a 1280 px wide window shows at 200% zoom. */
const ZOOMED_200 = { width: 640, height: 900 };
const CORRECTED_ROLE = 'глава Международного комитета Красного Креста';

let app: RunningApp;
let dataDir: string;
let browser: Browser;
/** A news site on 127.0.0.1 that the app may fetch links from (its test-only FETCH_ALLOW_HOSTS). */
let newsSite: PageServer;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-editor-page-'));
  newsSite = await pageServer({
    '/news': redirect('/politika/ministry-voda'),
    '/politika/ministry-voda': htmlRoute(readFileSync(join(ROOT, 'tests/fixtures/intake/news-page.html'), 'utf8')),
  });
  [app, browser] = await Promise.all([
    startApp(dataDir, TOKEN, { FETCH_ALLOW_HOSTS: newsSite.host }),
    chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] }),
  ]);
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  if (app) await stop(app);
  await newsSite?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

interface Opened {
  page: Page;
  /** Console errors and warnings (a Content-Security-Policy violation is one), and uncaught errors. */
  problems: string[];
  /** Each POST /articles the page sent: its query, type and body. */
  posts: { url: string; type: string; body: string }[];
  /** Each PATCH /meetings/{id} the page sent: its If-Match and body. */
  patches: { url: string; ifMatch: string; body: string }[];
}

async function openEditor(): Promise<Opened> {
  const page = await browser.newPage({ viewport: DESKTOP });
  const problems: string[] = [];
  const posts: Opened['posts'] = [];
  const patches: Opened['patches'] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('request', (request) => {
    // A File body (a chosen or dropped file) is not captured: its `body` is empty.
    if (request.method() === 'POST') posts.push({ url: request.url(), type: request.headers()['content-type'] ?? '', body: request.postData() ?? '' });
    if (request.method() === 'PATCH') patches.push({ url: request.url(), ifMatch: request.headers()['if-match'] ?? '', body: request.postData() ?? '' });
  });
  const response = await page.goto(`${app.url}/editor/`, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return { page, problems, posts, patches };
}

/** Presses Tab until the element `selector` has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await page.locator(selector).evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} was not reached with ${limit} presses of Tab.`);
}

/** With the keyboard: status "planned" (the second choice), then publish, and wait for the published meeting's links. */
async function setStatusPlannedAndPublish(page: Page): Promise<void> {
  await tabTo(page, '#status-field');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, '#publish-button');
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'The meeting’s page' }).waitFor({ timeout: 90_000 });
}

/** The focused element's outline: a keyboard user must see where the focus is. */
async function focusOutline(page: Page): Promise<{ style: string; width: number }> {
  return page.evaluate(
    '(() => { const style = getComputedStyle(document.activeElement); return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }; })()',
  );
}

/** Drops a file on the page as a person dragging it from their desktop would (a DataTransfer holding a File). */
async function dropFile(page: Page, name: string, type: string, content: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    `(() => { const data = new DataTransfer(); data.items.add(new File([${JSON.stringify(content)}], ${JSON.stringify(name)}, { type: ${JSON.stringify(type)} })); return data; })()`,
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

async function setTokenWithKeyboard(page: Page, token: string): Promise<void> {
  await tabTo(page, '#token');
  await page.keyboard.type(token);
  await page.keyboard.press('Enter');
  await page.locator('#token-set').waitFor({ state: 'visible' });
}

const participantGroup = (page: Page, n: number) => page.getByRole('group', { name: `Participant ${n}`, exact: true });

const authorised = { authorization: `Bearer ${TOKEN}` };

/** Publishes `text` through the API, as another editor's tool would, and waits until it is published. */
async function publishedMeeting(text: string): Promise<string> {
  const response = await fetch(`${app.url}/articles`, { method: 'POST', headers: { ...authorised, 'content-type': 'text/plain; charset=utf-8' }, body: text });
  const { articleId } = (await response.json()) as { articleId: string };
  let status = { status: '', meetingId: '' };
  await expect
    .poll(async () => {
      status = (await (await fetch(`${app.url}/articles/${articleId}`, { headers: authorised })).json()) as typeof status;
      return status.status;
    }, { timeout: 60_000 })
    .toBe('published');
  return status.meetingId;
}

interface MeetingAnswer {
  version: number;
  record: { title: string; participants: { name: string; role: string | null }[] };
}

async function meetingAnswer(meetingId: string): Promise<MeetingAnswer> {
  return (await (await fetch(`${app.url}/meetings/${meetingId}`, { headers: authorised })).json()) as MeetingAnswer;
}

/** Opens a meeting for correction from the editor's list of articles, with the keyboard. */
async function openFromList(page: Page, meetingId: string): Promise<void> {
  const correct = `#mine li:has(a[href$="/meetings/${meetingId}.html"]) button`;
  await page.locator(correct).waitFor();
  await tabTo(page, correct, 120);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('#preview-heading').innerText()).toMatch(new RegExp(`^Correct meeting ${meetingId}, version \\d+$`));
}

describe('the editors’ upload page', () => {
  it('previews a dropped article, takes a corrected role with the keyboard alone, publishes it and shows it in the feeds', async () => {
    // Prepare
    const { page, problems, posts } = await openEditor();
    await setTokenWithKeyboard(page, TOKEN);
    expect(await page.evaluate('sessionStorage.length')).toBe(1);

    // Act: drop the seed article, preview it
    await dropFile(page, 'seed-article.txt', 'text/plain', SEED);
    expect(await page.locator('#file-chosen').innerText()).toContain('seed-article.txt');
    expect(await page.locator('#source-file').isChecked()).toBe(true);
    await tabTo(page, '#preview-button');
    await page.keyboard.press('Enter');
    await page.locator('#preview').waitFor({ state: 'visible', timeout: 60_000 });

    // Assess: the record beside the text, each participant's span highlighted
    const names = await Promise.all((await page.locator('#participants input[data-key="name"]').all()).map((input) => input.inputValue()));
    expect(names).toEqual(['Ержан Ашикбаев', 'Мирьяна Сполярич']);
    const marked = await page.locator('#article-text mark.hl-participant').allInnerTexts();
    expect(marked).toEqual(expect.arrayContaining(['Ержана Ашикбаева', 'Мирьяной Сполярич', 'Ержан Ашикбаев', 'Мирьяна Сполярич']));
    expect(await page.locator('#article-text mark.hl-place').allInnerTexts()).toContain('Астане');
    expect(await page.locator('#article-text mark.hl-org').allInnerTexts()).toContain('Международного комитета Красного Креста');
    expect(await page.locator('#article-text').textContent()).toBe(SEED);
    const values = await page.evaluate(
      "['title', 'kind', 'status-field', 'date', 'city', 'country', 'country-code'].map((id) => document.getElementById(id).value)",
    );
    expect(values).toEqual(['Ержан Ашикбаев и Мирьяна Сполярич провели встречу в Астане', 'visit', 'held', '', 'Астана', 'Казахстан', 'KZ']);
    expect(await page.locator('#organizations').innerText()).toBe('Международный комитет Красного Креста (МККК)');
    expect(await page.locator('#source').innerText()).toBe('DKNews.kz');
    expect(await page.locator('#warnings').innerText()).toContain('No date found in the text.');
    expect(await page.locator('#date-basis').innerText()).toMatch(/^No date was found/);
    const preview = resolve(SCREENSHOTS, 'editor-preview.png');
    await page.screenshot({ path: preview, fullPage: true });
    console.log(`editor page: preview screenshot at ${preview}`);

    // Assess: at 200% zoom it reflows into one column, with nothing to scroll sideways
    await page.setViewportSize(ZOOMED_200);
    expect(await page.evaluate('document.scrollingElement.scrollWidth')).toBeLessThanOrEqual(ZOOMED_200.width);
    const zoomed = resolve(SCREENSHOTS, 'editor-preview-200-percent.png');
    await page.screenshot({ path: zoomed, fullPage: true });
    console.log(`editor page: preview at 200% zoom at ${zoomed}`);
    await page.setViewportSize(DESKTOP);

    // Act: correct the second participant's role with the keyboard; Enter in the field must not publish
    const role = participantGroup(page, 2).getByLabel('Role', { exact: true });
    await tabTo(page, `#${await role.getAttribute('id')}`);
    expect(await focusOutline(page)).toEqual({ style: 'solid', width: 3 });
    expect(await page.locator('#article-text mark.current').allInnerTexts()).toEqual(['Мирьяной Сполярич', 'Мирьяна Сполярич']);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(CORRECTED_ROLE);
    await page.keyboard.press('Enter');
    expect(posts.filter((post) => !post.url.includes('dryRun'))).toEqual([]);
    await tabTo(page, '#publish-button');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'The meeting’s page' }).waitFor({ timeout: 90_000 });

    // Assess: only the correction was sent as an override, and the published record and feeds carry it
    const published = posts.filter((post) => !post.url.includes('dryRun'));
    expect(published).toHaveLength(1);
    expect(published[0]?.type).toBe('application/json');
    const sent = JSON.parse(published[0]?.body ?? '{}') as { text: string; meeting: Record<string, unknown> & { participants: { name: string; role: string; mentions: unknown[] }[] } };
    expect(sent.text).toBe(SEED);
    expect(Object.keys(sent.meeting)).toEqual(['participants']);
    expect(sent.meeting.participants.map((p) => [p.name, p.role])).toEqual([
      ['Ержан Ашикбаев', 'первый заместитель министра иностранных дел Казахстана'],
      ['Мирьяна Сполярич', CORRECTED_ROLE],
    ]);
    expect(sent.meeting.participants.every((p) => p.mentions.length === 2)).toBe(true);
    const meetingId = /Published as meeting (\S+) \(article [0-9a-f]{24}\)\./.exec(await page.locator('#result-status').innerText())?.[1] ?? '';
    expect(meetingId).not.toBe('');

    const jsonFeed = (await (await fetch(`${app.url}/feeds/meetings.json`)).json()) as { items: { id: string; _meeting: { id: string; participants: { name: string; role: string }[] } }[] };
    const item = jsonFeed.items.find((candidate) => candidate._meeting.id === meetingId);
    expect(item?._meeting.participants.find((p) => p.name === 'Мирьяна Сполярич')?.role).toBe(CORRECTED_ROLE);
    // The Atom entry carries no participants: it links the meeting's record (application/json), which has the corrected role.
    const atom = await (await fetch(`${app.url}/feeds/meetings.atom`)).text();
    const entry = atom.split('<entry>').find((candidate) => candidate.includes(`:meeting:${meetingId}</id>`)) ?? '';
    const recordUrl = /<link rel="alternate" type="application\/json" href="([^"]+\.json)"\/>/.exec(entry)?.[1] ?? '';
    expect(recordUrl).toBe(`${app.url}/meetings/${meetingId}.json`);
    const record = (await (await fetch(recordUrl)).json()) as { participants: { name: string; role: string }[] };
    expect(record.participants.find((p) => p.name === 'Мирьяна Сполярич')?.role).toBe(CORRECTED_ROLE);

    // Assess: the list of the editor's articles shows it, published, with a link to the meeting's page
    const mine = page.locator('#mine li').filter({ has: page.locator(`a[href$="/meetings/${meetingId}.html"]`) });
    await mine.waitFor();
    expect(await mine.innerText()).toMatch(/^published · \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC · Ержан Ашикбаев и Мирьяна Сполярич провели встречу в Астане/);

    // Act and assess: the page's link leads to the meeting's page, which shows the corrected role
    await tabTo(page, '#result-links a[href$=".html"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${app.url}/meetings/${meetingId}.html`);
    expect(await page.locator('main').innerText()).toContain(`Мирьяна Сполярич — ${CORRECTED_ROLE}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('adds and removes participants, and publishes a pasted article with every correction as an override', async () => {
    // Prepare
    const { page, problems, posts } = await openEditor();
    await setTokenWithKeyboard(page, TOKEN);
    const text = 'Prime Minister Jane Doe met President John Roe in Paris on 3 March 2025.';
    await tabTo(page, '#text');
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#preview').waitFor({ state: 'visible', timeout: 60_000 });
    expect(await page.locator('#date').inputValue()).toBe('2025-03-03');
    expect(await page.locator('#date-basis').innerText()).toBe('Found as stated in the text (highlighted).');
    expect(await page.locator('#article-text mark.hl-date').allInnerTexts()).toEqual(['3 March 2025']);

    // Act: remove the first participant, add one, change kind, status, date and place, all by keyboard
    await tabTo(page, '#participants > li:first-child button.remove');
    await page.keyboard.press('Enter');
    await tabTo(page, '#add-participant');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Mary Major');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Foreign Minister');
    await tabTo(page, '#kind');
    await page.keyboard.press('End');
    await tabTo(page, '#status-field');
    await page.keyboard.press('End');
    await tabTo(page, '#date');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2025-03');
    await tabTo(page, '#city');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Lyon');
    await tabTo(page, '#publish-button');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'The meeting’s page' }).waitFor({ timeout: 90_000 });

    // Assess
    const sent = JSON.parse(posts.find((post) => !post.url.includes('dryRun'))?.body ?? '{}') as { text: string; meeting: Record<string, unknown> };
    expect(sent.text).toBe(text);
    expect(sent.meeting).toEqual({
      kind: 'multilateral',
      status: 'unclear',
      date: '2025-03',
      location: { city: 'Lyon', country: 'France', countryCode: 'FR' },
      participants: [
        { name: 'John Roe', role: 'President', organization: null, mentions: [expect.any(Object)] },
        { name: 'Mary Major', role: 'Foreign Minister', organization: null },
      ],
    });

    // Act and assess: a changed article takes its preview away until it is previewed again
    await tabTo(page, '#text');
    await page.keyboard.type(' More text.');
    expect(await page.locator('#preview').isHidden()).toBe(true);
    expect(await page.locator('#status').innerText()).toBe('The article changed: preview it again before publishing.');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('previews a dropped web page, highlighting its spans in the text the server read, publishes it as it is and then patches in the correction', async () => {
    // Prepare
    const { page, problems, posts, patches } = await openEditor();
    await setTokenWithKeyboard(page, TOKEN);
    const html =
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks in Paris | Example Wire</title>' +
      '<meta property="og:title" content="Jane Doe meets John Roe in Paris"><script>window.__pwned = 1</script></head>' +
      '<body><nav><a href="/">Home</a></nav><article><h1>Jane Doe meets John Roe in Paris</h1>' +
      '<p>Prime Minister Jane Doe met President John Roe in Paris on 3 March 2025. The two leaders discussed trade and energy.</p>' +
      '<p>They agreed to meet again in the autumn, officials said after the talks in the French capital.</p></article></body></html>';

    // Act
    await dropFile(page, 'talks.html', 'text/html', html);
    await tabTo(page, '#preview-button');
    await page.keyboard.press('Enter');
    await page.locator('#preview').waitFor({ state: 'visible', timeout: 60_000 });

    // Assess: the page's article was read on the server, which sends back that text for the spans to index
    expect(posts[0]?.type).toBe('text/html');
    expect(await page.locator('#title').inputValue()).toBe('Jane Doe meets John Roe in Paris');
    const names = await Promise.all((await page.locator('#participants input[data-key="name"]').all()).map((input) => input.inputValue()));
    expect(names).toEqual(['Jane Doe', 'John Roe']);
    expect(await page.locator('#article-text').innerText()).toContain('Prime Minister Jane Doe met President John Roe');
    expect(await page.locator('#article-text').innerText()).not.toContain('Home');
    const marked = await Promise.all((await page.locator('#article-text mark').all()).map((mark) => mark.innerText()));
    expect(marked).toEqual(expect.arrayContaining(['Jane Doe', 'John Roe', 'Paris']));
    expect(await page.locator('#text-note').innerText()).toMatch(/spans behind the record's fields are highlighted/);
    expect(await page.evaluate('window.__pwned ?? null')).toBeNull();

    // Act: correct the status (the page says how a web page's corrections are sent), publish
    expect(await page.locator('#record-help').innerText()).toContain('a web page is published as it is');
    await tabTo(page, '#status-field');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, '#publish-button');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#result-status').innerText(), { timeout: 90_000 }).toMatch(/^Version \d+ of meeting \S+ is published\.$/);

    // Assess: sent again as the page it is (the same bytes sent by hand are the same article, a duplicate), then
    // corrected with a PATCH on the version published
    const published = posts.filter((post) => !post.url.includes('dryRun'));
    expect(published.map((post) => post.type)).toEqual(['text/html']);
    const meetingId = /of meeting (\S+) is published/.exec(await page.locator('#result-status').innerText())?.[1] ?? '';
    expect(patches.map((patch) => [patch.url, patch.body])).toEqual([[`${app.url}/meetings/${meetingId}`, JSON.stringify({ status: 'planned' })]]);
    const record = (await (await fetch(`${app.url}/meetings/${meetingId}.json`)).json()) as { title: string; status: string };
    expect(record).toMatchObject({ title: 'Jane Doe meets John Roe in Paris', status: 'planned' });
    expect(await page.locator('#override-status').innerText()).toMatch(/^Your correction; extraction found «held»\./);
    const again = await fetch(`${app.url}/articles`, { method: 'POST', headers: { 'content-type': 'text/html', authorization: `Bearer ${TOKEN}` }, body: html });
    expect(await again.json()).toMatchObject({ meetingId, duplicate: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('previews a link the server fetches, and publishes it with a corrected status and the link as its source', async () => {
    // Prepare
    const { page, problems, posts } = await openEditor();
    await setTokenWithKeyboard(page, TOKEN);
    const link = `${newsSite.origin}/news`;

    // Act: give the link, preview it
    await page.locator('#source-url').check();
    await page.locator('#url').fill(link);
    await tabTo(page, '#preview-button');
    await page.keyboard.press('Enter');
    await page.locator('#preview').waitFor({ state: 'visible', timeout: 60_000 });

    // Assess: the server fetched the page (through its redirect) and read it as a page
    expect(posts.map((post) => [post.type, post.body])).toEqual([['application/json', JSON.stringify({ url: link })]]);
    expect(newsSite.hits).toEqual(['/news', '/politika/ministry-voda']);
    expect(await page.locator('#title').inputValue()).toBe('Министры Киргизии и Таджикистана обсудили водное сотрудничество');

    // Act: correct the status, publish
    await setStatusPlannedAndPublish(page);

    // Assess: the link went with the correction, and the record keeps both
    const published = posts.filter((post) => !post.url.includes('dryRun'));
    expect(published.map((post) => JSON.parse(post.body))).toEqual([{ url: link, meeting: { status: 'planned' } }]);
    const meetingId = /Published as meeting (\S+) /.exec(await page.locator('#result-status').innerText())?.[1];
    const record = (await (await fetch(`${app.url}/meetings/${meetingId}.json`)).json()) as { status: string; source: { name: string; url: string } };
    expect(record).toMatchObject({ status: 'planned', source: { name: 'Вести Долины', url: link } });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('publishes a corrected Markdown file with the corrections in its front matter, beside the fields it had', async () => {
    // Prepare
    const { page, problems, posts } = await openEditor();
    await setTokenWithKeyboard(page, TOKEN);
    const markdown = '---\ntitle: Leaders meet in Paris\nsource: Example Wire\n---\n# Talks\n\nPrime Minister Jane Doe met President John Roe in *Paris* on Monday.\n';
    await dropFile(page, 'talks.md', 'text/markdown', markdown);
    await tabTo(page, '#preview-button');
    await page.keyboard.press('Enter');
    await page.locator('#preview').waitFor({ state: 'visible', timeout: 60_000 });
    expect(await page.locator('#title').inputValue()).toBe('Leaders meet in Paris');

    // Act
    await setStatusPlannedAndPublish(page);

    // Assess
    const published = posts.filter((post) => !post.url.includes('dryRun'));
    expect(published.map((post) => [post.type, post.body])).toEqual([
      [
        'text/markdown; charset=utf-8',
        '---\ntitle: Leaders meet in Paris\nsource: Example Wire\nmeeting: {"status":"planned"}\n---\n# Talks\n\nPrime Minister Jane Doe met President John Roe in *Paris* on Monday.\n',
      ],
    ]);
    const meetingId = /Published as meeting (\S+) /.exec(await page.locator('#result-status').innerText())?.[1];
    const record = (await (await fetch(`${app.url}/meetings/${meetingId}.json`)).json()) as { title: string; status: string; source: { name: string } };
    expect(record).toMatchObject({ title: 'Leaders meet in Paris', status: 'planned', source: { name: 'Example Wire' } });

    // Act and assess: the result opens the published meeting for correction; a correction sent with the article
    // is part of what the article says, so it is no editor's override there
    await tabTo(page, '#correct-meeting');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#preview-heading').innerText()).toBe(`Correct meeting ${meetingId}, version 1`);
    expect(await page.locator('#status-field').inputValue()).toBe('planned');
    expect(await page.locator('#record-form .override').count()).toBe(0);
    expect(await page.evaluate('document.activeElement.id')).toBe('preview-heading');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('announces what the API refuses, and asks for the token again when it is not accepted', async () => {
    // Prepare
    const { page, problems } = await openEditor();
    await setTokenWithKeyboard(page, TOKEN);
    const link = 'http://127.0.0.1:9/article.html';
    const direct = await fetch(`${app.url}/articles?dryRun=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ url: link }),
    });
    const refusal = ((await direct.json()) as { error: { message: string } }).error.message;
    expect(direct.status).toBeGreaterThanOrEqual(400);
    expect(direct.status).toBeLessThan(500);

    // Act: a link the server refuses
    // A radio group is one stop for Tab; the arrow keys choose within it.
    await tabTo(page, '#source-text');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#source-url').isChecked()).toBe(true);
    await tabTo(page, '#url');
    await page.keyboard.type(link);
    await page.keyboard.press('Enter');

    // Assess
    await expect.poll(() => page.locator('#alert').innerText()).toBe(refusal);
    expect(await page.locator('#alert').getAttribute('role')).toBe('alert');

    // Act: a token the API does not accept (the page asks for the editor's list of articles as soon as it is set)
    await page.getByRole('button', { name: 'Forget the token' }).press('Enter');
    await page.keyboard.type('not-a-token');
    await page.keyboard.press('Enter');

    // Assess: the page says so, forgets the token and puts the focus back on its field
    await expect.poll(() => page.locator('#alert').innerText()).toMatch(/^The token was not accepted: /);
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    expect(await page.evaluate('document.activeElement.id')).toBe('token');
    // Chromium logs each refused request (the 4xx answers above) as a console error; nothing else may appear.
    expect(problems.filter((problem) => !/status of 4\d\d/.test(problem))).toEqual([]);
    await page.close();
  });

  it('opens a published meeting from the list, corrects a role with the keyboard in one PATCH, and shows it in the feeds once republished', async () => {
    // Prepare
    const meetingId = await publishedMeeting('Foreign Minister Anna Berg met Prime Minister Lars Holm in Oslo on 12 May 2025.');
    const before = await meetingAnswer(meetingId);
    expect(before.record.participants.map((p) => p.name)).toEqual(['Anna Berg', 'Lars Holm']);
    const { page, problems, posts, patches } = await openEditor();
    await setTokenWithKeyboard(page, TOKEN);

    // Act: open it from the list of the editor's articles, change the second participant's role; Enter must not save
    await openFromList(page, meetingId);
    expect(await page.locator('#article-pane').isHidden()).toBe(true);
    expect(await page.locator('#publish-button').innerText()).toBe('Save the correction');
    const role = participantGroup(page, 2).getByLabel('Role', { exact: true });
    expect(await role.inputValue()).toBe(before.record.participants[1]?.role);
    await tabTo(page, `#${await role.getAttribute('id')}`);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Head of Government');
    await page.keyboard.press('Enter');
    expect(patches).toEqual([]);
    await tabTo(page, '#publish-button');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#result-status').innerText(), { timeout: 60_000 }).toBe(`Version ${before.version + 1} of meeting ${meetingId} is published.`);

    // Assess: one PATCH, on the version loaded, with the one participant's role; nothing was resubmitted
    expect(posts).toEqual([]);
    expect(patches).toEqual([
      {
        url: `${app.url}/meetings/${meetingId}`,
        ifMatch: `"${before.version}"`,
        body: JSON.stringify({ participants: { update: [{ name: 'Lars Holm', role: 'Head of Government' }] } }),
      },
    ]);
    const after = await meetingAnswer(meetingId);
    expect(after.version).toBe(before.version + 1);
    expect(await page.locator('#result-status').innerText()).toBe(`Version ${after.version} of meeting ${meetingId} is published.`);
    expect(await page.locator('#preview-heading').innerText()).toBe(`Correct meeting ${meetingId}, version ${after.version}`);
    expect(await participantGroup(page, 2).locator('.override').innerText()).toBe('Corrected by an editor: role.');
    expect(await participantGroup(page, 1).locator('.override').count()).toBe(0);
    const screenshot = resolve(SCREENSHOTS, 'editor-correction.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`editor page: the correction form, saved and republished, at ${screenshot}`);
    await page.setViewportSize(ZOOMED_200);
    expect(await page.evaluate('document.scrollingElement.scrollWidth')).toBeLessThanOrEqual(ZOOMED_200.width);
    await page.setViewportSize(DESKTOP);

    // Assess: the JSON Feed's item, and the record the Atom entry links to, carry the corrected role
    const jsonFeed = (await (await fetch(`${app.url}/feeds/meetings.json`)).json()) as { items: { _meeting: { id: string; participants: { name: string; role: string }[] } }[] };
    const item = jsonFeed.items.find((candidate) => candidate._meeting.id === meetingId);
    expect(item?._meeting.participants.map((p) => [p.name, p.role])).toEqual([
      ['Anna Berg', before.record.participants[0]?.role],
      ['Lars Holm', 'Head of Government'],
    ]);
    const atom = await (await fetch(`${app.url}/feeds/meetings.atom`)).text();
    const entry = atom.split('<entry>').find((candidate) => candidate.includes(`:meeting:${meetingId}</id>`)) ?? '';
    const recordUrl = /<link rel="alternate" type="application\/json" href="([^"]+\.json)"\/>/.exec(entry)?.[1] ?? '';
    expect(recordUrl).toBe(`${app.url}/meetings/${meetingId}.json`);
    const record = (await (await fetch(recordUrl)).json()) as { version: number; participants: { name: string; role: string }[] };
    expect(record.version).toBe(after.version);
    expect(record.participants.find((p) => p.name === 'Lars Holm')?.role).toBe('Head of Government');

    // Act and assess: setting the participants back to the extraction sends `revert`, and only that
    await tabTo(page, '#override-participants button');
    await page.keyboard.press('Enter');
    expect(await role.inputValue()).toBe(before.record.participants[1]?.role);
    await tabTo(page, '#publish-button');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#result-status').innerText(), { timeout: 60_000 }).toBe(`Version ${after.version + 1} of meeting ${meetingId} is published.`);
    expect(patches.map((patch) => [patch.ifMatch, patch.body])).toEqual([
      [`"${before.version}"`, expect.any(String)],
      [`"${after.version}"`, JSON.stringify({ revert: ['participants'] })],
    ]);
    expect((await meetingAnswer(meetingId)).record.participants).toEqual(before.record.participants);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says when the meeting changed after it was opened, saves nothing, and reloads the current version into the form', async () => {
    // Prepare: the meeting is open in the page
    const meetingId = await publishedMeeting('President Karl Stone met Foreign Minister Eva Lind in Vienna on 4 June 2025.');
    const { page, problems, patches } = await openEditor();
    await setTokenWithKeyboard(page, TOKEN);
    await openFromList(page, meetingId);
    const opened = await meetingAnswer(meetingId);

    // Act: someone else corrects the title through the API; then the editor changes a role and saves
    const elsewhere = await fetch(`${app.url}/meetings/${meetingId}`, {
      method: 'PATCH',
      headers: { ...authorised, 'content-type': 'application/json', 'if-match': `"${opened.version}"` },
      body: JSON.stringify({ title: 'Stone and Lind talk in Vienna' }),
    });
    expect(elsewhere.status).toBe(200);
    await participantGroup(page, 2).getByLabel('Role', { exact: true }).fill('Minister for Europe');
    await tabTo(page, '#publish-button');
    await page.keyboard.press('Enter');

    // Assess: the page says so, in the alert; the form now shows the other editor's version, without the lost change
    await expect.poll(() => page.locator('#alert').innerText()).toBe(
      `Someone else changed meeting ${meetingId} after you opened version ${opened.version}, so your correction was not saved. The form now shows the current version: check it and make your correction again.`,
    );
    await expect.poll(() => page.locator('#preview-heading').innerText()).toBe(`Correct meeting ${meetingId}, version ${opened.version + 1}`);
    expect(await page.locator('#title').inputValue()).toBe('Stone and Lind talk in Vienna');
    expect(await page.locator('#override-title').innerText()).toMatch(/^Your correction; extraction found «.+»\. Set the title back to the extraction$/);
    expect(await participantGroup(page, 2).getByLabel('Role', { exact: true }).inputValue()).toBe(opened.record.participants[1]?.role);
    expect(patches.map((patch) => patch.ifMatch)).toEqual([`"${opened.version}"`]);
    expect((await meetingAnswer(meetingId)).record.participants).toEqual(opened.record.participants);

    // Act and assess: made again on the current version, the correction is saved
    await participantGroup(page, 2).getByLabel('Role', { exact: true }).fill('Minister for Europe');
    await tabTo(page, '#publish-button');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#result-status').innerText(), { timeout: 60_000 }).toBe(`Version ${opened.version + 2} of meeting ${meetingId} is published.`);
    expect(patches.map((patch) => patch.ifMatch)).toEqual([`"${opened.version}"`, `"${opened.version + 1}"`]);
    const saved = await meetingAnswer(meetingId);
    expect(saved).toMatchObject({ version: opened.version + 2, record: { title: 'Stone and Lind talk in Vienna' } });
    expect(saved.record.participants[1]?.role).toBe('Minister for Europe');
    // Chromium logs the refused request (the 412) as a console error; nothing else may appear.
    expect(problems.filter((problem) => !/status of 412/.test(problem))).toEqual([]);
    await page.close();
  });
});
