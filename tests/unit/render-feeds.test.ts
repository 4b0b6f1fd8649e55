import { parseFeed } from '@rowanmanning/feed-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageKeyOf } from '../../functions/core/publish/archive-pages.ts';
import { type FeedSite, orderForFeed, renderAtomFeed, renderJsonFeed } from '../../functions/core/publish/render-feeds.ts';
import { makeRecord } from '../support/record-factory.ts';

const site: FeedSite = { siteUrl: 'https://feeds.example.org' };

/** Three meetings in 2020, created in the order b, c, a (so a is newest), with c updated last. */
function makeRecords() {
  return [
    makeRecord({ id: 'm-a', title: 'Встреча A', createdAt: '2020-03-01T09:00:00.000Z', updatedAt: '2020-03-01T09:00:00.000Z' }),
    makeRecord({ id: 'm-b', title: 'Встреча B', createdAt: '2020-01-10T09:00:00.000Z', updatedAt: '2020-01-10T09:00:00.000Z' }),
    makeRecord({ id: 'm-c', title: 'Встреча C', createdAt: '2020-02-01T09:00:00.000Z', updatedAt: '2020-04-20T12:30:00.000Z' }),
  ];
}

/**
 * Checks XML 1.0 well-formedness strictly enough for these feeds: balanced, properly nested tags,
 * one root, quoted attributes, only entity references after "&", no "]]>" or forbidden characters
 * in text. The feed parser below is lenient by design, so it cannot be relied on for this.
 */
function wellFormednessErrors(xml: string): string[] {
  const errors: string[] = [];
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) errors.push('forbidden character');
  const entity = /^&(?:[A-Za-z][\w.-]*|#\d+|#x[0-9A-Fa-f]+);/;
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const checkReferences = (text: string) => {
    for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
      if (!entity.test(text.slice(at))) errors.push(`bare "&" near ${JSON.stringify(text.slice(at, at + 12))}`);
    }
  };
  const checkText = (text: string) => {
    if (text.includes(']]>')) errors.push('"]]>" in text');
    checkReferences(text);
    if (!stack.length && text.trim()) errors.push('text outside the root element');
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    checkText(xml.slice(i, lt === -1 ? xml.length : lt));
    if (lt === -1) break;
    const rest = xml.slice(lt);
    const special = /^(?:<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)/.exec(rest);
    const close = /^<\/([A-Za-z_][\w:.-]*)\s*>/.exec(rest);
    const open = /^<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(rest);
    if (special) {
      if (special[0].startsWith('<![CDATA[') && !stack.length) errors.push('CDATA outside the root element');
      i = lt + special[0].length;
    } else if (close) {
      if (stack.pop() !== close[1]) errors.push(`mismatched </${close[1]}>`);
      i = lt + close[0].length;
    } else if (open) {
      for (const value of open[2]?.match(/"[^"]*"|'[^']*'/g) ?? []) checkReferences(value.slice(1, -1));
      if (!stack.length) roots += 1;
      if (!open[3]) stack.push(open[1] ?? '');
      i = lt + open[0].length;
    } else {
      errors.push(`stray "<" near ${JSON.stringify(rest.slice(0, 20))}`);
      i = lt + 1;
    }
  }
  if (stack.length) errors.push(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) errors.push(`${roots} root elements`);
  return errors;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Test helper: wellFormednessErrors', () => {
  it('reports the faults it exists to catch, and none in a well-formed document', () => {
    // Act
    const results = {
      good: wellFormednessErrors('<?xml version="1.0"?><a x="1&amp;2"><b><![CDATA[<x> ]]]]><![CDATA[> &]]></b>t &lt; u</a>'),
      unclosed: wellFormednessErrors('<a><b></a>'),
      bareAmpersand: wellFormednessErrors('<a>Tom & Jerry</a>'),
      brokenCdata: wellFormednessErrors('<a><![CDATA[x ]]> y]]></a>'),
      control: wellFormednessErrors('<a>\u0007</a>'),
      rawTag: wellFormednessErrors('<a>1 < 2</a>'),
      attributeAmpersand: wellFormednessErrors('<a href="?x=1&y=2"/>'),
      twoRoots: wellFormednessErrors('<a/><b/>'),
    };

    // Assess
    expect(results.good).toEqual([]);
    expect(results.unclosed).not.toEqual([]);
    expect(results.bareAmpersand).not.toEqual([]);
    expect(results.brokenCdata).not.toEqual([]);
    expect(results.control).not.toEqual([]);
    expect(results.rawTag).not.toEqual([]);
    expect(results.attributeAmpersand).not.toEqual([]);
    expect(results.twoRoots).not.toEqual([]);
  });
});

describe('Function: orderForFeed', () => {
  it('orders meetings first seen at one instant as the reverse of the month index, by code units, not by locale', () => {
    const at = '2026-11-02T00:00:00.000Z';
    const records = ['m-b', 'ma', 'mB', 'm-a', 'mb'].map((id) => makeRecord({ id, createdAt: at }));
    records.push(makeRecord({ id: 'mz', createdAt: '2026-11-01T23:59:59.999Z' }));

    const ordered = orderForFeed(records);

    const indexOrder = records.map(pageKeyOf).sort();
    expect(ordered.map(pageKeyOf)).toEqual([...indexOrder].reverse());
    expect(ordered.map((record) => record.id)).toEqual(['mb', 'ma', 'mB', 'm-b', 'm-a', 'mz']);
  });
});

describe('Function: renderAtomFeed', () => {
  it('renders a well-formed Atom document that a feed parser reads back', () => {
    // Prepare
    const records = makeRecords();

    // Act
    const xml = renderAtomFeed(records, site);

    // Assess
    expect(wellFormednessErrors(xml)).toEqual([]);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Meetings');
    expect(feed.items.map((item) => item.title)).toEqual(['Встреча A', 'Встреча C', 'Встреча B']);
    // A reader's click goes to the meeting's page.
    expect(feed.items.map((item) => item.url)).toEqual([
      'https://feeds.example.org/meetings/m-a.html',
      'https://feeds.example.org/meetings/m-c.html',
      'https://feeds.example.org/meetings/m-b.html',
    ]);
  });

  it('links each entry to its page, its record with the record\'s media type, and the source article when known', () => {
    // Prepare
    const records = [
      makeRecord({ id: 'm-sourced', source: { name: 'Example News', url: 'https://news.example/a?x=1&y=2' } }),
      makeRecord({ id: 'm-unsourced', source: { name: null, url: null } }),
    ];

    // Act
    const xml = renderAtomFeed(records, site);

    // Assess
    expect(wellFormednessErrors(xml)).toEqual([]);
    const entry = (id: string) => xml.slice(xml.indexOf(`meetings/${id}.html`) - 200, xml.indexOf('</entry>', xml.indexOf(`meetings/${id}.html`)));
    expect(entry('m-sourced')).toContain('<link rel="alternate" type="text/html" href="https://feeds.example.org/meetings/m-sourced.html"/>');
    expect(entry('m-sourced')).toContain('<link rel="alternate" type="application/json" href="https://feeds.example.org/meetings/m-sourced.json"/>');
    expect(entry('m-sourced')).toContain('<link rel="related" href="https://news.example/a?x=1&amp;y=2"/>');
    expect(entry('m-unsourced')).not.toContain('rel="related"');
    expect(xml).not.toContain('enclosure');
    const parsed = parseFeed(xml).items.find((item) => item.url?.includes('m-sourced'));
    expect(parsed?.url).toBe('https://feeds.example.org/meetings/m-sourced.html');
  });

  it('dates the feed by its most recently updated entry, not by the clock', () => {
    // Prepare
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-06-01T00:00:00.000Z'));
    const records = makeRecords();

    // Act
    const feed = parseFeed(renderAtomFeed(records, site));

    // Assess
    expect(feed.updated?.toISOString()).toBe('2020-04-20T12:30:00.000Z');
  });

  it('lists entries newest first by creation date, each with its own updated and published dates', () => {
    // Prepare: published is the article's own publication time when known, else when it was received.
    const records = makeRecords().map((record) => (record.id === 'm-b' ? { ...record, publishedAt: null } : record));

    // Act
    const feed = parseFeed(renderAtomFeed(records, site));

    // Assess
    expect(feed.items.map((item) => item.published?.toISOString())).toEqual([
      '2020-01-15T08:00:00.000Z',
      '2020-01-15T08:00:00.000Z',
      '2020-01-10T09:00:00.000Z',
    ]);
    expect(feed.items.map((item) => item.url)).toEqual(['m-a', 'm-c', 'm-b'].map((id) => `https://feeds.example.org/meetings/${id}.html`));
    expect(feed.items[1]?.updated?.toISOString()).toBe('2020-04-20T12:30:00.000Z');
  });

  it('orders entries created at the same instant by id, whatever order they arrive in', () => {
    // Prepare
    const createdAt = '2020-05-05T05:05:05.000Z';
    const records = [makeRecord({ id: 'm-z', createdAt }), makeRecord({ id: 'm-y', createdAt })];

    // Act
    const forward = parseFeed(renderAtomFeed(records, site)).items.map((item) => item.url);
    const reversed = parseFeed(renderAtomFeed([...records].reverse(), site)).items.map((item) => item.url);

    // Assess
    expect(forward).toEqual(reversed);
    // Newest first is the month index read backwards: the later key (`…#m-z`) first.
    expect(forward[0]).toContain('m-z');
  });

  it('has exactly one rel="self" link, pointing at the Atom feed', () => {
    // Act
    const xml = renderAtomFeed(makeRecords(), site);

    // Assess
    expect(xml.match(/rel="self"/g)).toHaveLength(1);
    expect(parseFeed(xml).self).toBe('https://feeds.example.org/feeds/meetings.atom');
  });

  it('gives each entry a tag: id that depends only on the meeting id', () => {
    // Prepare
    const first = makeRecord({ id: 'm-a', version: 1, title: 'Первая версия', updatedAt: '2020-01-01T00:00:00.000Z' });
    const revised = makeRecord({
      id: 'm-a',
      version: 2,
      articleId: 'ffffffffffffffffffffffff',
      title: 'Исправленная версия',
      updatedAt: '2020-02-02T00:00:00.000Z',
    });
    const other = makeRecord({ id: 'm-b' });

    // Act
    const [firstId] = parseFeed(renderAtomFeed([first], site)).items.map((item) => item.id);
    const [revisedId] = parseFeed(renderAtomFeed([revised], site)).items.map((item) => item.id);
    const [otherId] = parseFeed(renderAtomFeed([other], site)).items.map((item) => item.id);

    // Assess
    expect(firstId).toMatch(/^tag:feeds\.example\.org,\d{4}:/);
    expect(firstId).toContain('m-a');
    expect(revisedId).toBe(firstId);
    expect(otherId).not.toBe(firstId);
  });

  it('carries titles with markup and ampersands as text, so the parsed title equals the original', () => {
    // Prepare
    const title = 'Talks on <b>trade</b> & "water" — R&D\'s <script>x</script>';
    const summary = 'Sum <i>mary</i> & more';

    // Act
    const xml = renderAtomFeed([makeRecord({ title, summary })], site);

    // Assess
    expect(wellFormednessErrors(xml)).toEqual([]);
    const [item] = parseFeed(xml).items;
    expect(item?.title).toBe(title);
    expect(item?.description).toBe(summary);
  });

  it('removes control characters from every text field so the XML stays well-formed', () => {
    // Prepare
    const record = makeRecord({
      title: 'Встреча\u0000 в\u0007 Астане\u001b',
      summary: 'Итоги\u0008 встречи',
      contentHtml: '<p>Текст\u000b статьи</p>',
      topics: ['право\u0001'],
      source: { name: 'DKNews\u0002.kz', url: null },
    });

    // Act
    const xml = renderAtomFeed([record], site);

    // Assess
    expect(wellFormednessErrors(xml)).toEqual([]);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const [item] = parseFeed(xml).items;
    expect(item?.title).toBe('Встреча в Астане');
    expect(item?.description).toBe('Итоги встречи');
    expect(item?.content).toBe('<p>Текст статьи</p>');
    expect(item?.authors.map((author) => author.name)).toEqual(['DKNews.kz']);
    expect(item?.categories.map((category) => category.term)).toEqual(['meeting', 'право']);
  });

  it('keeps the document well-formed when the content contains "]]>"', () => {
    // Prepare
    const contentHtml = '<p>a ]]> b ]]&gt; c</p>';

    // Act
    const xml = renderAtomFeed([makeRecord({ contentHtml, title: 'x ]]> y' })], site);

    // Assess
    expect(wellFormednessErrors(xml)).toEqual([]);
    const [item] = parseFeed(xml).items;
    expect(item?.content).toBe('<p>a ]]> b ]]> c</p>');
    expect(item?.title).toBe('x ]]> y');
  });

  it('escapes ampersands and angle brackets in author names, categories and the feed title', () => {
    // Prepare
    const record = makeRecord({ source: { name: 'R&D <News>', url: null }, topics: ['trade & "water"'] });

    // Act
    const xml = renderAtomFeed([record], { ...site, title: 'Meetings & <Talks>' });

    // Assess
    expect(wellFormednessErrors(xml)).toEqual([]);
    const feed = parseFeed(xml);
    expect(feed.title).toBe('Meetings & <Talks>');
    expect(feed.items[0]?.authors.map((author) => author.name)).toEqual(['R&D <News>']);
    expect(feed.items[0]?.categories.map((category) => category.term)).toEqual(['meeting', 'trade & "water"']);
  });

  it('files each meeting under its kind: a category with the site\'s kind scheme and a label for people', () => {
    // Prepare
    const records = [
      makeRecord({ id: 'm-visit', kind: 'visit', topics: ['trade'] }),
      makeRecord({ id: 'm-call', kind: 'call', location: null, topics: [] }),
      makeRecord({ id: 'm-unknown', kind: null, topics: ['trade'] }),
    ];

    // Act
    const xml = renderAtomFeed(records, site);

    // Assess
    expect(wellFormednessErrors(xml)).toEqual([]);
    const categories = Object.fromEntries(parseFeed(xml).items.map((item) => [item.url, item.categories.map(({ term, label }) => ({ term, label }))]));
    expect(categories).toEqual({
      'https://feeds.example.org/meetings/m-visit.html': [{ term: 'visit', label: 'Visit' }, { term: 'trade', label: 'trade' }],
      'https://feeds.example.org/meetings/m-call.html': [{ term: 'call', label: 'Phone or video call' }],
      'https://feeds.example.org/meetings/m-unknown.html': [{ term: 'trade', label: 'trade' }],
    });
    expect(xml).toContain('<category label="Visit" scheme="https://feeds.example.org/meeting-kinds" term="visit"/>');
    expect(xml.match(/scheme="https:\/\/feeds.example.org\/meeting-kinds"/g)).toHaveLength(2);
  });

  it('files each topic under the site\'s topic scheme, apart from the kinds', () => {
    // Prepare
    const record = makeRecord({ kind: 'call', location: null, topics: ['situation in the Sahel', 'энергетическая безопасность'] });

    // Act
    const xml = renderAtomFeed([record], site);

    // Assess
    expect(wellFormednessErrors(xml)).toEqual([]);
    // The parser gives a category's scheme as its `url`.
    const categories = parseFeed(xml).items[0]?.categories.map(({ term, url }) => ({ term, scheme: url }));
    expect(categories).toEqual([
      { term: 'call', scheme: 'https://feeds.example.org/meeting-kinds' },
      { term: 'situation in the Sahel', scheme: 'https://feeds.example.org/topics' },
      { term: 'энергетическая безопасность', scheme: 'https://feeds.example.org/topics' },
    ]);
  });

  it('credits the submitter as author when the source is unknown', () => {
    // Act
    const feed = parseFeed(renderAtomFeed([makeRecord({ source: { name: null, url: null }, submittedBy: 'editor-7' })], site));

    // Assess
    expect(feed.items[0]?.authors.map((author) => author.name)).toEqual(['editor-7']);
  });

  it('renders an empty feed dated at the fixed epoch, with identical bytes at different times', () => {
    // Prepare
    vi.useFakeTimers({ toFake: ['Date'] });

    // Act
    vi.setSystemTime(new Date('2030-01-01T00:00:00.000Z'));
    const first = renderAtomFeed([], site);
    vi.setSystemTime(new Date('2031-07-15T12:34:56.000Z'));
    const second = renderAtomFeed([], site);

    // Assess
    expect(wellFormednessErrors(first)).toEqual([]);
    expect(second).toBe(first);
    const feed = parseFeed(first);
    expect(feed.updated?.toISOString()).toBe(new Date(0).toISOString());
    expect(feed.items).toEqual([]);
  });

  it('renders the same bytes for the same records given in any order', () => {
    // Prepare
    const records = makeRecords();

    // Act
    const forward = renderAtomFeed(records, site);
    const backward = renderAtomFeed([...records].reverse(), site);

    // Assess
    expect(backward).toBe(forward);
  });
});

describe('Function: renderJsonFeed', () => {
  it('declares JSON Feed 1.1 with authors (not the 1.0 author), feed_url and home page', () => {
    // Act
    const feed = JSON.parse(renderJsonFeed(makeRecords(), site));

    // Assess
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.authors).toEqual([{ name: expect.any(String) }]);
    expect(feed).not.toHaveProperty('author');
    expect(feed.feed_url).toBe('https://feeds.example.org/feeds/meetings.json');
    expect(feed.home_page_url).toBe('https://feeds.example.org/');
    for (const item of feed.items) expect(item).not.toHaveProperty('author');
  });

  it('carries each record unchanged in the _meeting extension, newest first', () => {
    // Prepare
    const records = makeRecords();

    // Act
    const feed = JSON.parse(renderJsonFeed(records, site));

    // Assess
    expect(feed.items.map((item: { _meeting: unknown }) => item._meeting)).toEqual([records[0], records[2], records[1]]);
  });

  it('carries kind and dateBasis in _meeting, null included', () => {
    // Prepare
    const dateBasis = { how: 'dateline' as const, mention: { start: 0, end: 5 } };
    const records = [makeRecord({ id: 'm-visit', kind: 'visit', dateBasis }), makeRecord({ id: 'm-article', isMeeting: false, kind: null, date: null, dateBasis: null })];

    // Act
    const feed = JSON.parse(renderJsonFeed(records, site));

    // Assess
    const meetings = Object.fromEntries(feed.items.map((item: { _meeting: { id: string } }) => [item._meeting.id, item._meeting]));
    expect(meetings['m-visit']).toMatchObject({ kind: 'visit', dateBasis });
    expect(meetings['m-article']).toMatchObject({ kind: null, dateBasis: null });
  });

  it('uses the same entry ids and dates as the Atom feed', () => {
    // Prepare
    const records = makeRecords();

    // Act
    const json = JSON.parse(renderJsonFeed(records, site));
    const atom = parseFeed(renderAtomFeed(records, site));

    // Assess
    expect(json.items.map((item: { id: string }) => item.id)).toEqual(atom.items.map((item) => item.id));
    expect(json.items[1]).toMatchObject({ date_published: '2020-01-15T08:00:00.000Z', date_modified: '2020-04-20T12:30:00.000Z' });
    expect(json.items.map((item: { date_published: string }) => item.date_published)).toEqual(atom.items.map((item) => item.published?.toISOString()));
  });

  it('writes a publication day given without a time as an RFC 3339 date-time, as JSON Feed requires', () => {
    const json = JSON.parse(renderJsonFeed([makeRecord({ id: 'm-day', publishedAt: '2026-10-14' })], site));

    expect(json.items[0].date_published).toBe('2026-10-14T00:00:00.000Z');
  });

  it('gives each item its page as url and the source article as external_url when known', () => {
    // Prepare
    const records = [
      makeRecord({ id: 'm-sourced', source: { name: 'Example News', url: 'https://news.example/a' } }),
      makeRecord({ id: 'm-unsourced', source: { name: null, url: null } }),
    ];

    // Act
    const json = JSON.parse(renderJsonFeed(records, site));

    // Assess
    const item = (id: string) => json.items.find((entry: { _meeting: { id: string } }) => entry._meeting.id === id);
    expect(item('m-sourced')).toMatchObject({ url: 'https://feeds.example.org/meetings/m-sourced.html', external_url: 'https://news.example/a' });
    expect(item('m-unsourced').url).toBe('https://feeds.example.org/meetings/m-unsourced.html');
    expect(item('m-unsourced')).not.toHaveProperty('external_url');
  });

  it('gives the feed the most common known language and each item its own, omitting "und"', () => {
    // Prepare
    const records = [
      makeRecord({ id: 'm-1', language: 'en' }),
      makeRecord({ id: 'm-2', language: 'ru' }),
      makeRecord({ id: 'm-3', language: 'ru' }),
      makeRecord({ id: 'm-4', language: 'und' }),
      makeRecord({ id: 'm-5', language: 'und' }),
      makeRecord({ id: 'm-6', language: 'und' }),
    ];

    // Act
    const feed = JSON.parse(renderJsonFeed(records, site));

    // Assess
    expect(feed.language).toBe('ru');
    const byId = new Map(feed.items.map((item: { _meeting: { id: string } }) => [item._meeting.id, item]));
    expect(byId.get('m-1')).toHaveProperty('language', 'en');
    expect(byId.get('m-4')).not.toHaveProperty('language');
  });

  it('keeps titles as plain text and strips control characters from them', () => {
    // Prepare
    const title = 'Talks on <b>trade</b> & "water"';

    // Act
    const feed = JSON.parse(renderJsonFeed([makeRecord({ title: `${title}\u0007` })], site));

    // Assess
    expect(feed.items[0].title).toBe(title);
  });

  it('renders an empty feed identically at different times', () => {
    // Prepare
    vi.useFakeTimers({ toFake: ['Date'] });

    // Act
    vi.setSystemTime(new Date('2030-01-01T00:00:00.000Z'));
    const first = renderJsonFeed([], site);
    vi.setSystemTime(new Date('2031-07-15T12:34:56.000Z'));
    const second = renderJsonFeed([], site);

    // Assess
    expect(second).toBe(first);
    expect(JSON.parse(first).items).toEqual([]);
  });
});
