// The pure pieces of publishing: slugs, topic groups, archive links and the feed index.

import { describe, expect, it } from 'vitest';
import { archivePagePath, monthOf } from '../../functions/core/publish/archive-pages.ts';
import { CALENDAR_KEY, feedGroupsOf, groupFeedPath, membershipKeys, parseGroupKey } from '../../functions/core/publish/feed-groups.ts';
import { renderFeedIndex } from '../../functions/core/publish/render-feed-index.ts';
import { slugify } from '../../functions/core/publish/slug.ts';
import { makeRecord } from '../support/record-factory.ts';

describe('slugify', () => {
  it('transliterates Russian names, keeping «й» as "y"', () => {
    expect(slugify('Международный комитет Красного Креста')).toBe('mezhdunarodnyy-komitet-krasnogo-kresta');
    expect(slugify('ОАО «Газпром»')).toBe('oao-gazprom');
  });

  it('drops accents and punctuation and never returns an empty slug', () => {
    expect(slugify('Société Générale (Paris)')).toBe('societe-generale-paris');
    expect(slugify('«»!!')).toBe('unnamed');
    expect(slugify('a'.repeat(200))).toHaveLength(80);
  });
});

describe('feed groups', () => {
  it('lists one group per organisation, the country where the meeting took place and the language', () => {
    const record = makeRecord({
      language: 'ru',
      organizations: [{ name: 'НАТО', mentions: [] }, { name: 'НАТО', mentions: [] }],
      location: { city: 'Астана', country: 'Казахстан', countryCode: 'KZ' },
    });
    expect(feedGroupsOf(record).map((group) => group.key)).toEqual(['org:nato', 'country:kz', 'language:ru']);
    expect(groupFeedPath('country:kz', 'atom')).toBe('feeds/by/country/kz.atom');
    expect(parseGroupKey('org:../x')).toBeNull();
  });

  it('lists a meeting in the calendar only when it has a full date', () => {
    expect(membershipKeys(makeRecord({ isMeeting: true, date: '2026-12-01' }))).toContain(CALENDAR_KEY);
    expect(membershipKeys(makeRecord({ isMeeting: true, date: null }))).not.toContain(CALENDAR_KEY);
    expect(membershipKeys(makeRecord({ isMeeting: true, date: '2026-12' }))).not.toContain(CALENDAR_KEY);
  });
});

describe('archive months', () => {
  it('files a record under the month of its first appearance, whose first page keeps the month\'s address', () => {
    expect(archivePagePath({ month: '2026-08', page: 1 }, 'json')).toBe('feeds/archive/2026-08.json');
    expect(monthOf('2026-08-31T23:59:59.999Z')).toBe('2026-08');
  });
});

describe('feed index', () => {
  it('lists the current feeds, the archives newest first with their pages, and the first directory page of each kind', () => {
    const index = JSON.parse(
      renderFeedIndex(
        {
          months: ['2026-09', '2026-10'],
          currentMonth: '2026-10',
          pages: { '2026-10': { pages: 3, lastStart: 'x', first: '', last: '' } },
          directory: { org: { pages: 2, lastCount: 7 }, country: { pages: 1, lastCount: 1 }, language: { pages: 0, lastCount: 0 }, person: { pages: 1, lastCount: 3 } },
        },
        { siteUrl: 'https://f.example' },
      ),
    );
    expect(index.archives).toEqual([
      { month: '2026-10', complete: false, pages: 3, atom: 'https://f.example/feeds/archive/2026-10.atom', json: 'https://f.example/feeds/archive/2026-10.json' },
      { month: '2026-09', complete: true, pages: 1, atom: 'https://f.example/feeds/archive/2026-09.atom', json: 'https://f.example/feeds/archive/2026-09.json' },
    ]);
    expect(index.organizations).toEqual({ count: 507, pages: 2, first: 'https://f.example/feeds/index/organizations-1.json' });
    expect(index.countries).toEqual({ count: 1, pages: 1, first: 'https://f.example/feeds/index/countries-1.json' });
    expect(index.languages).toEqual({ count: 0, pages: 0 });
  });
});
