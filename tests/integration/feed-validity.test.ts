// Everything the publisher writes, checked by validators we did not write: ordinary, English and
// hostile articles go through the real handlers against the emulators, then EVERY object in the
// site bucket is listed and validated by its kind (Atom: RFC 4287 RELAX NG + rules; JSON Feed 1.1
// schema; the record's JSON Schema), parsed by an independent feed parser, and searched for markup
// that could run in a reader. New kinds of feeds (archives, topic feeds) are covered as they appear.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_PATHS } from '../../functions/core/publish/site-paths.ts';
import type { MeetingRecord } from '../../functions/core/record/record.ts';
import { parseXml } from '../support/atom-validator.ts';
import {
  atomEntries,
  atomFindings,
  childText,
  forbiddenCharactersInBodies,
  isJsonFeedKey,
  isRecordKey,
  jsonFeedFindings,
  jsonStrings,
  rawMarkupFindings,
  recordFindings,
  unsafeMarkupFindings,
} from '../support/site-checks.ts';
import { type Article, runScenario, SCENARIO_SITE_URL as siteUrl, type SiteFile } from '../support/site-scenario.ts';

const SITE_OUTPUT = join(import.meta.dirname, '../../test-output/site');
const seed = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url));

const HOSTILE_TITLE = '<script>alert(1)</script> & ]]> \u0000\u0007';
/** What a reader must see: the same characters as text, minus those XML cannot carry. */
const HOSTILE_TITLE_AS_TEXT = '<script>alert(1)</script> & ]]>';
const LONG_LINE = `${'Переговоры в Женеве продолжились; '.repeat(57)}конец`.slice(0, 2000);

const ENGLISH = [
  'Foreign ministers of Norway and Chile meet in Oslo',
  '',
  'OSLO, 3 March 2026 — The foreign ministers of Norway and Chile met in Oslo on Tuesday to discuss fisheries, Antarctic research and trade.',
  '',
  'The talks, held at the Ministry of Foreign Affairs, ended with a joint statement on ocean governance.',
].join('\n');

/** Submitted one month, so that month's archive is complete when the rest arrive. */
const OCTOBER: Article[] = [
  { name: 'seed', body: seed, contentType: 'text/plain; charset=utf-8' },
  {
    name: 'english',
    body: JSON.stringify({
      text: ENGLISH,
      url: 'https://example.org/news/oslo-talks',
      publishedAt: '2026-03-03T09:00:00Z',
      language: 'en',
      source: 'Example News',
      meeting: { kind: 'meeting' },
    }),
    contentType: 'application/json',
  },
];

const NOVEMBER: Article[] = [
  {
    name: 'hostile JSON',
    body: JSON.stringify({
      title: HOSTILE_TITLE,
      text: [
        'Встреча министров <img src=x onerror=alert(1)> состоялась в Астане.',
        'Ссылка: javascript:alert(document.cookie) и <a href="javascript:alert(1)">нажмите</a>, <iframe src="data:text/html,<script>alert(1)</script>"></iframe>.',
        'Конец CDATA ]]> и управляющие символы \u0000\u0001\u0008\u000B\u000C\u001F\u007F\u0085 и одиночные суррогаты \uD800 \uDFFF.',
        'BOM \uFEFF, U+FFFE \uFFFE, RTL: التقى وزيرا خارجية البلدين في الرياض. Emoji: 🤝🇰🇿👩🏽‍💼.',
      ].join('\n\n'),
      source: '<b onmouseover=alert(1)>Evil</b> News',
      meeting: {
        kind: 'multilateral',
        topics: ['javascript:alert(1)', 'мир & дружба', '"quoted" > \'apostrophe\'', 'a < b'],
        participants: [{ name: '<img src=x onerror=alert(1)>', role: 'javascript:alert(1)', organization: ']]>' }],
        organizations: [{ name: 'ООН <svg onload=alert(1)>', acronym: '"><script>' }],
        location: { city: '<Астана>', country: 'Казахстан', countryCode: 'KZ' },
      },
    }),
    contentType: 'application/json',
  },
  {
    name: 'hostile plain text',
    body: [
      '<script>alert(1)</script> Заголовок',
      '',
      'Министры <img src=x onerror=alert(1)> встретились в Бишкеке. javascript:alert(1) data:text/html;base64,PHNjcmlwdD4=',
      '',
      `Управляющие символы: \u0001\u0007\u001B, конец CDATA ]]>, и ]]&gt; тоже. ${LONG_LINE}`,
      '',
      '- пункт <b>один</b>',
      '- пункт "два" & \'три\'',
      '',
      'שלום עולם — مرحبا بالعالم — 🤝🏽 🇰🇬',
    ].join('\n'),
    contentType: 'text/plain; charset=utf-8',
  },
  {
    name: 'hostile Markdown',
    body: [
      '---',
      'title: "<iframe src=javascript:alert(1)></iframe> Talks"',
      'language: ru',
      'meeting:',
      '  kind: call',
      '---',
      '## Заголовок <script>alert(1)</script>',
      '',
      'Текст со ссылкой [нажмите](javascript:alert(1)) и ![x](data:image/svg+xml,<svg onload=alert(1)>) и <a href="JaVaScRiPt:alert(1)" onclick="alert(1)">ссылкой</a>.',
      '',
      '<style>body{display:none}</style><object data="x.swf"></object>',
    ].join('\n'),
    contentType: 'text/markdown; charset=utf-8',
  },
];

describe('Feed validity: every object the publisher writes', () => {
  let files: SiteFile[];
  let meetingIds: Map<string, string>;

  beforeAll(async () => {
    ({ files, meetingIds } = await runScenario([
      { at: new Date(Date.UTC(2026, 9, 20, 9)), articles: OCTOBER },
      { at: new Date(Date.UTC(2026, 10, 25, 9)), articles: NOVEMBER },
    ]));
    // Kept for the second opinion that .ci/run asks of Debian's python3-feedparser.
    for (const file of files) {
      const path = join(SITE_OUTPUT, file.key);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text);
    }
  });

  function text(key: string): string {
    const file = files.find((f) => f.key === key);
    if (!file) throw new Error(`${key} was not published`);
    return file.text;
  }

  it('publishes at least the current Atom and JSON feeds and every meeting as JSON', () => {
    const keys = files.map((file) => file.key);
    expect(keys).toEqual(expect.arrayContaining([SITE_PATHS.atomFeed, SITE_PATHS.jsonFeed]));
    expect(meetingIds.size).toBe(OCTOBER.length + NOVEMBER.length);
    for (const id of meetingIds.values()) expect(keys).toContain(SITE_PATHS.meetingJson(id));
  });

  it('writes every object as UTF-8 with a media type that says so', () => {
    const expected: Record<string, RegExp> = {
      atom: /^application\/atom\+xml; charset=utf-8$/,
      json: /^application\/json; charset=utf-8$/,
      html: /^text\/html; charset=utf-8$/,
    };
    for (const file of files) {
      const type = isJsonFeedKey(file.key) ? /^application\/feed\+json; charset=utf-8$/ : expected[file.key.split('.').at(-1) ?? ''];
      expect(file.contentType, file.key).toMatch(type ?? /; charset=utf-8$/);
    }
  });

  it('passes every Atom document through the RFC 4287 RELAX NG schema and the rules xmllint skips', async () => {
    expect(files.filter((file) => file.key.endsWith('.atom')).length).toBeGreaterThan(1);
    expect(await atomFindings(files)).toEqual({});
  });

  it('reads every Atom document with an independent parser (@rowanmanning/feed-parser)', () => {
    for (const file of files.filter((f) => f.key.endsWith('.atom'))) {
      const feed = parseFeed(file.text);
      expect(feed.meta.type, file.key).toBe('atom');
      expect(feed.title, file.key).toBeTruthy();
      for (const item of feed.items) {
        expect(item.id, file.key).toMatch(/^tag:localhost,2026:meeting:m[0-9a-f]{23}$/);
        expect(item.url, file.key).toMatch(/^http:\/\/localhost:3000\//);
        expect(item.title?.trim(), `${file.key} ${item.id}`).toBeTruthy();
      }
    }
  });

  it('passes every JSON Feed under feeds/ through the JSON Feed 1.1 schema, and each _meeting through the record schema', () => {
    expect(files.filter((file) => isJsonFeedKey(file.key)).map((file) => file.key)).toContain(SITE_PATHS.jsonFeed);
    expect(jsonFeedFindings(files)).toEqual({});
  });

  it('passes every meetings/*.json through the record schema', () => {
    expect(files.filter((file) => isRecordKey(file.key))).toHaveLength(meetingIds.size);
    expect(recordFindings(files)).toEqual({});
  });

  it('lists in feeds/index.json only documents that exist', () => {
    const index = files.find((file) => file.key === 'feeds/index.json');
    expect(index, 'feeds/index.json').toBeDefined();
    const keys = new Set(files.map((file) => file.key));
    const urls = jsonStrings(JSON.parse(index!.text)).filter((value) => value.startsWith(`${siteUrl}/`) && value !== `${siteUrl}/`);
    expect(urls.length).toBeGreaterThan(2);
    expect(urls.filter((url) => !keys.has(url.slice(siteUrl.length + 1)))).toEqual([]);
  });

  it('puts no runnable markup in any HTML: not in pages, not in feed content, not in records', () => {
    expect(unsafeMarkupFindings(files)).toEqual([]);
  });

  it('has no raw <script, on…= attribute or javascript: URL in the markup of any Atom or HTML body', () => {
    expect(rawMarkupFindings(files)).toEqual([]);
  });

  it('keeps no character XML forbids, and no lone surrogate, in the bytes of any object', () => {
    expect(forbiddenCharactersInBodies(files)).toEqual([]);
  });

  it('brings the hostile title back as text in both current feeds', () => {
    const atom = parseFeed(text(SITE_PATHS.atomFeed));
    expect(atom.items.map((item) => item.title?.trim())).toContain(HOSTILE_TITLE_AS_TEXT);
    const json = JSON.parse(text(SITE_PATHS.jsonFeed));
    expect(json.items.map((item: { title: string }) => item.title.trim())).toContain(HOSTILE_TITLE_AS_TEXT);
    // In Atom's markup the title is text, escaped for type="html" (and kept in CDATA or escaped again for XML).
    const entry = atomEntries(text(SITE_PATHS.atomFeed)).find((e) => childText(e, 'id').endsWith(`:meeting:${meetingIds.get('hostile JSON')}`));
    expect(entry && childText(entry, 'title')).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt;');
  });

  it('keeps a 2,000-character line, right-to-left text and emoji intact', () => {
    const record = JSON.parse(text(SITE_PATHS.meetingJson(meetingIds.get('hostile plain text')!))) as MeetingRecord;
    expect(record.contentHtml).toContain(LONG_LINE.slice(-200));
    expect(record.contentHtml).toContain('שלום עולם — مرحبا بالعالم — 🤝🏽 🇰🇬');
    const hostile = JSON.parse(text(SITE_PATHS.meetingJson(meetingIds.get('hostile JSON')!))) as MeetingRecord;
    expect(hostile.contentHtml).toContain('التقى وزيرا خارجية البلدين في الرياض. Emoji: 🤝🇰🇿👩🏽‍💼.');
  });

  it('files meetings under the kinds editors gave, in the Atom categories and the records, a call with no place', () => {
    const kindsById = new Map(
      atomEntries(text(SITE_PATHS.atomFeed)).map((entry) => [
        childText(entry, 'id').split(':').at(-1),
        entry.children.filter((child) => child.name === 'category' && child.attributes.scheme === `${siteUrl}/meeting-kinds`).map((child) => child.attributes.term),
      ]),
    );
    const given = { english: 'meeting', 'hostile JSON': 'multilateral', 'hostile Markdown': 'call' };
    for (const [name, kind] of Object.entries(given)) expect(kindsById.get(meetingIds.get(name)), name).toEqual([kind]);
    // Whatever the extractor found for the others: at most one kind each, from the vocabulary.
    for (const kinds of kindsById.values()) {
      expect(kinds.length).toBeLessThanOrEqual(1);
      expect(['meeting', 'visit', 'call', 'multilateral']).toEqual(expect.arrayContaining(kinds));
    }
    const call = JSON.parse(text(SITE_PATHS.meetingJson(meetingIds.get('hostile Markdown')!))) as MeetingRecord;
    expect(call).toMatchObject({ isMeeting: true, kind: 'call', location: null });
  });

  it('writes archives for both months, the older one linked as complete', () => {
    const keys = files.map((file) => file.key);
    expect(keys).toEqual(expect.arrayContaining(['feeds/archive/2026-10.atom', 'feeds/archive/2026-10.json', 'feeds/archive/2026-11.atom', 'feeds/archive/2026-11.json']));
    const october = parseXml(text('feeds/archive/2026-10.atom'));
    expect(october.children.some((child) => child.name === 'archive' && child.namespace === 'http://purl.org/syndication/history/1.0')).toBe(true);
  });
});
