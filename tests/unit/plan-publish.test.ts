// The rules of publishing, without emulators: what a change makes publish render, how archive pages
// are cut and linked, where the directory lists a new group, and how one bad meeting is left out.

import { describe, expect, it } from 'vitest';
import { shardOf, shardValues, shardedValue, INDEX_SHARDS } from '../../functions/aws/dynamodb/keys.ts';
import {
  archivePagePath,
  fullPageLength,
  inOpenPage,
  type MonthPages,
  pageKeyOf,
  pageLinks,
  pageLinkState,
  staleBoundaryPages,
  withRenderedLinks,
} from '../../functions/core/publish/archive-pages.ts';
import { type DirectoryState, directoryPagePath, EMPTY_DIRECTORY, placeGroups, renderDirectoryPage } from '../../functions/core/publish/group-directory.ts';
import { planPublish } from '../../functions/core/publish/plan-publish.ts';
import { renderSafely } from '../../functions/core/publish/render-safely.ts';
import { isFeedDocument } from '../../functions/core/publish/site-paths.ts';
import type { MeetingRecord } from '../../functions/core/record/record.ts';
import { makeRecord } from '../support/record-factory.ts';

const month = (pages: number, lastStart: string, first = '', last = ''): MonthPages => ({ pages, lastStart, first, last });

describe('planPublish', () => {
  it('renders the open page of a new meeting\'s month, its topic feeds and the calendar', () => {
    const record = makeRecord({ id: 'm1', createdAt: '2026-11-20T10:00:00.000Z', date: '2026-11-19', language: 'ru' });
    const plan = planPublish({
      changed: [{ record, leftGroups: [] }],
      months: ['2026-10', '2026-11'],
      state: { months: { '2026-10': month(3, 'b'), '2026-11': month(2, '2026-11-10T00:00:00.000Z#m0') } },
    });
    expect(plan.records).toEqual([record]);
    expect(plan.openPages).toEqual(['2026-11']);
    expect(plan.closedPageKeys).toEqual([]);
    expect(plan.topicFeeds).toEqual(['country:kz', 'language:ru', 'org:mezhdunarodnyy-komitet-krasnogo-kresta']);
    expect(plan.calendar).toBe(true);
    expect(plan.groups.map((group) => group.key)).toEqual(['country:kz', 'language:ru', 'org:mezhdunarodnyy-komitet-krasnogo-kresta']);
  });

  it('renders the closed page holding a corrected meeting, never the whole month', () => {
    const record = makeRecord({ id: 'm1', createdAt: '2026-11-02T10:00:00.000Z', version: 2 });
    const plan = planPublish({ changed: [{ record, leftGroups: [] }], months: ['2026-11'], state: { months: { '2026-11': month(40, '2026-11-28T00:00:00.000Z#m9') } } });
    expect(plan.openPages).toEqual([]);
    expect(plan.closedPageKeys).toEqual([{ month: '2026-11', key: '2026-11-02T10:00:00.000Z#m1' }]);
  });

  it('pages every month it has not paginated yet from its start, and rewrites the feeds of groups a meeting left', () => {
    const record = makeRecord({ organizations: [], location: null, language: 'und', date: null });
    const plan = planPublish({ changed: [{ record, leftGroups: ['org:nato', 'calendar:all'] }], months: ['2019-12', '2020-01', '2025-05'], state: { months: { '2019-12': month(1, '') } } });
    expect(plan.openPages).toEqual(['2020-01', '2025-05']);
    expect(plan.topicFeeds).toEqual(['org:nato']);
    // The group's browse page holding the meeting is rewritten without it.
    expect(plan.groupChanges).toEqual({ 'org:nato': [pageKeyOf(record)] });
    expect(plan.calendar).toBe(true);
    expect(plan.groups).toEqual([]);
  });

  it('writes the calendar on a site\'s first publish, which feeds/index.json links even before a dated meeting', () => {
    const record = makeRecord({ date: null });
    expect(planPublish({ changed: [{ record, leftGroups: [] }], months: ['2026-11'], state: { months: {} } }).calendar).toBe(true);
    expect(planPublish({ changed: [{ record, leftGroups: [] }], months: ['2026-11'], state: { months: { '2026-11': month(1, '') } } }).calendar).toBe(false);
  });

  it('plans the current documents and the calendar for a signal without meetings (the first-publish signal of an upgraded stack)', () => {
    const plan = planPublish({ changed: [], months: ['2026-11'], state: { months: { '2026-11': month(1, '') } } });
    expect(plan).toEqual({ records: [], openPages: [], closedPageKeys: [], topicFeeds: [], groupChanges: {}, calendar: true, groups: [] });
  });
});

describe('archive pages', () => {
  it('keeps page 1 at the month\'s old address and numbers the rest', () => {
    expect(archivePagePath({ month: '2026-11', page: 1 }, 'atom')).toBe('feeds/archive/2026-11.atom');
    expect(archivePagePath({ month: '2026-11', page: 12 }, 'json')).toBe('feeds/archive/2026-11-p12.json');
  });

  it('puts an entry on the open page from the last page\'s start on, and every entry of a month not paginated yet', () => {
    expect(inOpenPage(month(3, '2026-11-20#m1'), '2026-11-20#m1')).toBe(true);
    expect(inOpenPage(month(3, '2026-11-20#m1'), '2026-11-21#m0')).toBe(true);
    expect(inOpenPage(month(3, '2026-11-20#m1'), '2026-11-20#m0')).toBe(false);
    expect(inOpenPage(undefined, '2026-11-01#m0')).toBe(true);
  });

  it('closes a page after 100 entries, or earlier when its records pass the byte limit, never empty', () => {
    expect(fullPageLength(Array(100).fill(10))).toBeNull();
    expect(fullPageLength(Array(101).fill(10))).toBe(100);
    expect(fullPageLength([600, 600, 600], { entries: 100, bytes: 1000 })).toBe(1);
    expect(fullPageLength([5000, 1], { entries: 100, bytes: 1000 })).toBe(1);
    expect(fullPageLength([5000], { entries: 100, bytes: 1000 })).toBeNull();
  });

  it('links pages within a month, and a month\'s first and last pages to its neighbours', () => {
    const summaries = { '2026-09': month(2, 'x'), '2026-10': month(3, 'y'), '2026-11': month(1, '') };
    const months = ['2026-11', '2026-09', '2026-10'];
    expect(pageLinks({ month: '2026-10', page: 1 }, months, summaries, '2026-11')).toEqual({
      prev: { month: '2026-09', page: 2 },
      next: { month: '2026-10', page: 2 },
      complete: true,
    });
    expect(pageLinks({ month: '2026-10', page: 3 }, months, summaries, '2026-11')).toEqual({
      prev: { month: '2026-10', page: 2 },
      next: { month: '2026-11', page: 1 },
      complete: true,
    });
    // The open month's last page is the only one that is not complete; a full page is complete at once.
    expect(pageLinks({ month: '2026-11', page: 1 }, months, summaries, '2026-11')).toMatchObject({ next: null, complete: false });
    expect(pageLinks({ month: '2026-11', page: 1 }, months, { ...summaries, '2026-11': month(2, 'z') }, '2026-11').complete).toBe(true);
  });

  it('finds the boundary pages whose links moved, and only those', () => {
    const months = ['2026-10', '2026-11'];
    let summaries: Record<string, MonthPages> = { '2026-10': month(3, 'y'), '2026-11': month(1, '') };
    for (const ref of [{ month: '2026-10', page: 1 }, { month: '2026-10', page: 3 }, { month: '2026-11', page: 1 }]) {
      summaries = { ...summaries, [ref.month]: withRenderedLinks(summaries[ref.month]!, ref.page, pageLinks(ref, months, summaries, '2026-11')) };
    }
    expect(staleBoundaryPages(months, summaries, '2026-11')).toEqual([]);
    // The month ends: November's only page becomes complete. A new month: its neighbour's last page gets a next link.
    expect(staleBoundaryPages(months, summaries, '2026-12')).toEqual([{ month: '2026-11', page: 1 }]);
    expect(staleBoundaryPages([...months, '2026-12'], summaries, '2026-12')).toEqual([{ month: '2026-11', page: 1 }]);
    // November gains a page: its first page now links to the second, which has not been rendered yet.
    const grown = { ...summaries, '2026-11': { ...summaries['2026-11']!, pages: 2, lastStart: 'k' } };
    expect(staleBoundaryPages(months, grown, '2026-11')).toEqual([{ month: '2026-11', page: 1 }, { month: '2026-11', page: 2 }]);
    expect(pageLinkState(pageLinks({ month: '2026-10', page: 3 }, months, grown, '2026-11'))).toBe('2026-10/2|2026-11/1|complete');
  });
});

describe('the topic-group directory', () => {
  const group = (slug: string, kind: 'org' | 'country' | 'person' = 'org') => ({ key: `${kind}:${slug}`, kind, slug, title: slug.toUpperCase() });

  it('places new groups on the last page of their kind and opens a page when it is full', () => {
    const { placements, state } = placeGroups([group('c'), group('a'), group('b'), group('kz', 'country'), group('a')], EMPTY_DIRECTORY, 2);
    expect(placements.map(({ group: g, page }) => `${g.key}@${page}`)).toEqual(['country:kz@1', 'org:a@1', 'org:b@1', 'org:c@2']);
    expect(state).toEqual({ org: { pages: 2, lastCount: 1 }, country: { pages: 1, lastCount: 1 }, language: { pages: 0, lastCount: 0 }, person: { pages: 0, lastCount: 0 } });
    expect(EMPTY_DIRECTORY.org).toEqual({ pages: 0, lastCount: 0 });
  });

  it('starts the person kind empty for a directory state saved before persons had feeds', () => {
    const saved = { org: { pages: 3, lastCount: 2 }, country: { pages: 1, lastCount: 1 }, language: { pages: 1, lastCount: 2 } } as unknown as DirectoryState;
    const { placements, state } = placeGroups([group('sergey-lavrov', 'person')], saved, 2);
    expect(placements.map(({ group: g, page }) => `${g.key}@${page}`)).toEqual(['person:sergey-lavrov@1']);
    expect(state).toEqual({ ...saved, person: { pages: 1, lastCount: 1 } });
  });

  it('renders a page with its groups\' feeds and links to its neighbours', () => {
    const page = JSON.parse(renderDirectoryPage('org', 2, 3, [{ key: 'org:nato', title: 'НАТО' }], { siteUrl: 'https://f.example' }));
    expect(page).toEqual({
      kind: 'organizations',
      page: 2,
      pages: 3,
      prev_url: 'https://f.example/feeds/index/organizations-1.json',
      next_url: 'https://f.example/feeds/index/organizations-3.json',
      items: [{ slug: 'nato', title: 'НАТО', atom: 'https://f.example/feeds/by/org/nato.atom', json: 'https://f.example/feeds/by/org/nato.json' }],
    });
    expect(directoryPagePath('language', 1)).toBe('feeds/index/languages-1.json');
  });
});

describe('feed documents', () => {
  it('tells the hub about current, topic and archive feeds, not the feed index, directory, calendar or pages', () => {
    const feeds = ['feeds/meetings.atom', 'feeds/meetings.json', 'feeds/organizations/nato.atom', 'feeds/archive/2026-11-p2.json'];
    const others = ['feeds/index.json', 'feeds/index/organizations-1.json', 'feeds/meetings.ics', 'meetings/m1.json', 'index.html'];
    expect(feeds.filter(isFeedDocument)).toEqual(feeds);
    expect(others.filter(isFeedDocument)).toEqual([]);
  });
});

describe('renderSafely', () => {
  const render = (records: MeetingRecord[]) =>
    records.map((record) => {
      if (record.title === 'bad') throw new TypeError('cannot render');
      return record.id;
    });

  it('leaves out only the meetings that cannot be rendered, with the reason', () => {
    const result = renderSafely([makeRecord({ id: 'a' }), makeRecord({ id: 'b', title: 'bad' }), makeRecord({ id: 'c' })], render);
    expect(result.output).toEqual(['a', 'c']);
    expect(result.failed.map(({ record, reason }) => [record.id, reason])).toEqual([['b', 'TypeError: cannot render']]);
  });

  it('renders everything at once when nothing fails', () => {
    expect(renderSafely([makeRecord({ id: 'a' })], render)).toEqual({ output: ['a'], failed: [] });
  });

  it('throws, so that SQS retries the publish, when entries render alone but not together', () => {
    const notTogether = (records: MeetingRecord[]) => {
      if (records.length >= 2) throw new RangeError('renderer bug with lists');
      return records.map((record) => record.id);
    };
    expect(() => renderSafely([makeRecord({ id: 'a' }), makeRecord({ id: 'b' })], notTogether)).toThrow('renderer bug with lists');
  });
});

describe('index sharding', () => {
  it('spreads meeting ids over every shard and keeps shard 0 at the unsharded value', () => {
    const counts = new Array(INDEX_SHARDS).fill(0);
    for (let i = 0; i < 4000; i += 1) counts[shardOf(`m${i}`)] += 1;
    for (const count of counts) expect(count).toBeGreaterThan(800);
    expect(shardValues('2026-11')).toEqual(['2026-11', '2026-11#1', '2026-11#2', '2026-11#3']);
    expect(shardValues('2026-11')).toContain(shardedValue('2026-11', 'm-any'));
    expect(shardedValue('2026-11', 'm-any')).toBe(shardedValue('2026-11', 'm-any'));
  });
});
