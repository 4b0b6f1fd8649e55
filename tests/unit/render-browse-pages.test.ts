import { describe, expect, it } from 'vitest';
import { BROWSE_GROUP_KINDS, browseGroupOf, groupBrowsePath, groupChainPagePath } from '../../functions/core/publish/pages/browse-paths.ts';
import { formatDate, wordsFor } from '../../functions/core/publish/pages/page-words.ts';
import { type BrowseDocument, renderBrowsePage } from '../../functions/core/publish/pages/render-browse-page.ts';
import { renderHomePage } from '../../functions/core/publish/pages/render-home-page.ts';
import { renderMeetingPage } from '../../functions/core/publish/pages/render-meeting-page.ts';
import type { FeedSite } from '../../functions/core/publish/render-feeds.ts';
import { makeRecord } from '../support/record-factory.ts';

const site: FeedSite = { siteUrl: 'https://feeds.example.org', title: 'Meetings' };

const personPage = (overrides: Partial<BrowseDocument> = {}): BrowseDocument => ({
  kind: 'person',
  title: 'Сергей Лавров',
  page: null,
  newer: null,
  older: 'browse/person/sergey-lavrov-p2.html',
  feeds: { atom: 'feeds/by/person/sergey-lavrov.atom', json: 'feeds/by/person/sergey-lavrov.json' },
  ...overrides,
});

describe('page words', () => {
  it('spells dates in Russian with the month in the genitive after a day, and in English', () => {
    const ru = wordsFor('ru');
    expect(formatDate('2026-10-14', ru)).toBe('14 октября 2026 г.');
    expect(formatDate('2026-10', ru)).toBe('октябрь 2026 г.');
    expect(formatDate('2026', ru)).toBe('2026 г.');
    expect(formatDate('2026-10-14', wordsFor('en'))).toBe('14 October 2026');
    expect(formatDate('2026-13', wordsFor('en'))).toBe('2026');
  });

  it('falls back to English for a language without its own table, and reads regional tags', () => {
    expect(wordsFor('kk').lang).toBe('en');
    expect(wordsFor(undefined).lang).toBe('en');
    expect(wordsFor('ru-RU').lang).toBe('ru');
  });

  it('has every word in every language', () => {
    const en = wordsFor('en');
    const ru = wordsFor('ru');
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(ru.status).sort()).toEqual(Object.keys(en.status).sort());
    expect(Object.keys(ru.kind).sort()).toEqual(Object.keys(en.kind).sort());
  });
});

describe('meeting pages in the record\'s language', () => {
  it('speaks Russian for a Russian record: lang, labels, status, kind and dates', () => {
    const html = renderMeetingPage(makeRecord({ kind: 'visit', date: '2026-10-14' }), site);
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<time datetime="2026-10-14">14 октября 2026 г.</time> · <span class="kind">Визит</span> · <span class="badge held">Состоялась</span>');
    expect(html).toContain('<dt>Участники</dt>');
    expect(html).not.toMatch(/>(Held|Participants|Visit)</);
  });

  it('speaks English for an English record, and for a language without its own words', () => {
    for (const language of ['en', 'de']) {
      const html = renderMeetingPage(makeRecord({ language, kind: 'visit', date: '2026-10-14' }), site);
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('<time datetime="2026-10-14">14 October 2026</time> · <span class="kind">Visit</span> · <span class="badge held">Held</span>');
    }
  });

  it('links the browse pages of the meeting\'s organisations, country and month', () => {
    const html = renderMeetingPage(makeRecord({ createdAt: '2026-11-02T10:00:00.000Z' }), site);
    expect(html).toContain('<a href="https://feeds.example.org/browse/org/mezhdunarodnyy-komitet-krasnogo-kresta.html">Международный комитет Красного Креста</a>');
    expect(html).toContain('<a href="https://feeds.example.org/browse/country/kz.html">Казахстан</a>');
    expect(html).toContain('<a href="https://feeds.example.org/browse/month/2026-11.html">ноябрь 2026 г.</a>');
    expect(html).not.toContain('browse/language/');
  });
});

describe('renderBrowsePage', () => {
  it('lists the meetings newest first, with its feeds for autodiscovery and links to newer and older pages', () => {
    const older = makeRecord({ id: 'm-old', title: 'Older', createdAt: '2026-11-01T00:00:00.000Z' });
    const newer = makeRecord({ id: 'm-new', title: 'Newer', createdAt: '2026-11-02T00:00:00.000Z' });
    const html = renderBrowsePage([older, newer], personPage({ page: 3, newer: 'browse/person/sergey-lavrov-p4.html' }), site);

    expect(html.indexOf('Newer</a></h2>')).toBeLessThan(html.indexOf('Older</a></h2>'));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Meetings: Сергей Лавров, page 3</h1>');
    expect(html).toContain('<link rel="alternate" type="application/atom+xml" title="Atom feed" href="https://feeds.example.org/feeds/by/person/sergey-lavrov.atom">');
    expect(html).toContain('<link rel="alternate" type="application/feed+json" title="JSON Feed" href="https://feeds.example.org/feeds/by/person/sergey-lavrov.json">');
    expect(html).toContain('<a rel="prev" href="https://feeds.example.org/browse/person/sergey-lavrov-p4.html">← Newer</a>');
    expect(html).toContain('<a rel="next" href="https://feeds.example.org/browse/person/sergey-lavrov-p2.html">Older →</a>');
    expect(html).not.toContain('feeds/meetings.ics');
  });

  it('keeps each entry in its record\'s language and leaves retracted meetings out', () => {
    const retracted = { ...makeRecord({ id: 'm-gone', title: 'Gone' }), retracted: { at: '2026-11-03T00:00:00.000Z', by: 'editor', reason: null } };
    const html = renderBrowsePage([makeRecord(), retracted], personPage(), site);
    expect(html).toContain('<article class="entry" lang="ru">');
    expect(html).not.toContain('Gone');
    expect(html).toContain('<h1>Meetings: Сергей Лавров</h1>');
  });

  it('names a month in the site\'s words, and speaks Russian on a site configured so', () => {
    const month = renderBrowsePage([], { ...personPage(), kind: 'month', title: '2026-10', feeds: { atom: 'feeds/archive/2026-10.atom', json: 'feeds/archive/2026-10.json' } }, { ...site, language: 'ru' });
    expect(month).toContain('<html lang="ru">');
    expect(month).toContain('<h1>Встречи: октябрь 2026 г.</h1>');
    expect(month).toContain('<p>Встреч пока нет.</p>');
  });

  it('escapes a hostile group name everywhere it appears', () => {
    const html = renderBrowsePage([], personPage({ title: '</title><script>alert(1)</script>"' }), site);
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(html).toContain('&lt;/title&gt;&lt;script&gt;');
  });
});

describe('browse paths', () => {
  it('gives organisations, countries and people pages, and languages none', () => {
    expect(BROWSE_GROUP_KINDS).toEqual(['org', 'country', 'person']);
    expect(groupBrowsePath('person:sergey-lavrov')).toBe('browse/person/sergey-lavrov.html');
    expect(groupChainPagePath('org:nato', 2)).toBe('browse/org/nato-p2.html');
    expect(groupBrowsePath('language:ru')).toBeNull();
    expect(browseGroupOf('org:../x')).toBeNull();
  });
});

describe('renderHomePage', () => {
  it('is English by default and links the browse pages of the listed meetings and of every month, newest first', () => {
    const html = renderHomePage([makeRecord()], site, { months: ['2026-10', '2026-11'] });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h2>Browse</h2>');
    expect(html).toContain('<dt>Organisations</dt>\n<dd><a href="https://feeds.example.org/browse/org/mezhdunarodnyy-komitet-krasnogo-kresta.html">Международный комитет Красного Креста</a></dd>');
    expect(html).toContain('<dt>Countries</dt>\n<dd><a href="https://feeds.example.org/browse/country/kz.html">Казахстан</a></dd>');
    expect(html).toContain('<dt>Months</dt>\n<dd><a href="https://feeds.example.org/browse/month/2026-11.html">November 2026</a> · <a href="https://feeds.example.org/browse/month/2026-10.html">October 2026</a></dd>');
  });

  it('before any article, says so and links nothing to browse', () => {
    const html = renderHomePage([], site, { months: [] });
    expect(html).toContain('<p>No meetings published yet.</p>');
    expect(html).not.toContain('browse/');
  });
});

describe('languages on a list of meetings', () => {
  it('marks the page\'s own words around a Russian entry on an English page with the page\'s language', () => {
    const html = renderHomePage([makeRecord({ id: 'm-ru', language: 'ru', status: 'held' })], { siteUrl: 'https://feeds.example.org', title: 'Meetings' });

    const entry = html.slice(html.indexOf('<article class="entry" lang="ru">'));
    expect(entry).toMatch(/^<article class="entry" lang="ru">\n<h2>[^\n]*\n<div lang="en">\n<p class="meta">[^\n]*Held/);
  });
});
