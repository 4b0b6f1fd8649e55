import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../functions/core/record/record.ts';
import { renderCalendar } from '../../functions/core/publish/render-calendar.ts';
import type { FeedSite } from '../../functions/core/publish/render-feeds.ts';
import { makeRecord } from '../support/record-factory.ts';

const site: FeedSite = { siteUrl: 'https://feeds.example.org', title: 'Meetings' };

/** Parses with ical.js (Mozilla's parser, not ours) and returns the calendar and its events. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

function event(ics: string, uid: string) {
  const found = parse(ics).events.find((vevent) => vevent.getFirstPropertyValue('uid') === uid);
  if (!found) throw new Error(`no event ${uid} in\n${ics}`);
  return found;
}

function value(component: ICAL.Component, name: string): string {
  return String(component.getFirstPropertyValue(name));
}

describe('renderCalendar', () => {
  it('writes a calendar with a fixed PRODID and the site title as its name', () => {
    // Act
    const { calendar } = parse(renderCalendar([makeRecord()], site));

    // Assess
    expect(calendar.name).toBe('vcalendar');
    expect(value(calendar, 'version')).toBe('2.0');
    expect(value(calendar, 'prodid')).toBe('-//meeting-feeds//meetings calendar//EN');
    expect(value(calendar, 'x-wr-calname')).toBe('Meetings');
  });

  it('makes an all-day event with the title, place, page URL and participants', () => {
    // Prepare
    const record = makeRecord({
      participants: [
        { name: 'Ержан Ашикбаев', role: 'первый заместитель министра', organization: 'МИД Казахстана', mentions: [] },
        { name: 'Ян Хоффман', role: null, organization: null, mentions: [] },
      ],
    });

    // Act
    const vevent = event(renderCalendar([record], site), 'm-astana-talks@feeds.example.org');

    // Assess
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2020-01-14');
    expect(value(vevent, 'summary')).toBe('Встреча в Астане');
    expect(value(vevent, 'location')).toBe('Астана, Казахстан');
    expect(value(vevent, 'url')).toBe('https://feeds.example.org/meetings/m-astana-talks.html');
    const description = value(vevent, 'description');
    expect(description.startsWith('В Астане состоялась встреча министров.')).toBe(true);
    expect(description).toContain('- Ержан Ашикбаев — первый заместитель министра, МИД Казахстана');
    expect(description).toContain('- Ян Хоффман\n');
    expect(description).toContain('Source: DKNews.kz, https://dknews.kz/ru/articles/1');
  });

  it('files each event under its kind in words, and a meeting of unknown kind under none', () => {
    // Prepare
    const records = [makeRecord({ id: 'visit', kind: 'visit' }), makeRecord({ id: 'call', kind: 'call', location: null }), makeRecord({ id: 'unknown', kind: null })];

    // Act
    const ics = renderCalendar(records, site);

    // Assess
    expect(event(ics, 'visit@feeds.example.org').getFirstProperty('categories')?.getValues()).toEqual(['Visit']);
    expect(event(ics, 'call@feeds.example.org').getFirstProperty('categories')?.getValues()).toEqual(['Phone or video call']);
    expect(event(ics, 'unknown@feeds.example.org').getFirstProperty('categories')).toBeNull();
  });

  it('sets DTSTAMP and LAST-MODIFIED to updatedAt, never to the time of rendering', () => {
    // Prepare
    const record = makeRecord({ createdAt: '2020-01-15T10:00:00.000Z', updatedAt: '2021-06-30T23:59:58.000Z' });

    // Act
    const ics = renderCalendar([record], site);
    const vevent = event(ics, 'm-astana-talks@feeds.example.org');

    // Assess
    expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe('2021-06-30T23:59:58.000Z');
    expect((vevent.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate().toISOString()).toBe('2021-06-30T23:59:58.000Z');
    expect((vevent.getFirstPropertyValue('created') as ICAL.Time).toJSDate().toISOString()).toBe('2020-01-15T10:00:00.000Z');
    // No other instant slipped in: every date-time in the file is one of the record's.
    const stamps = ics.match(/\d{8}T\d{6}Z/g) ?? [];
    expect(new Set(stamps)).toEqual(new Set(['20210630T235958Z', '20200115T100000Z']));
  });

  it('keeps the UID across versions and bumps SEQUENCE with the version', () => {
    // Prepare
    const first = makeRecord({ version: 1 });
    const third = makeRecord({ version: 3, title: 'Встреча в Астане перенесена', updatedAt: '2020-02-01T00:00:00.000Z' });

    // Act
    const before = parse(renderCalendar([first], site)).events;
    const after = parse(renderCalendar([third], site)).events;

    // Assess
    expect(before.map((vevent) => value(vevent, 'uid'))).toEqual(['m-astana-talks@feeds.example.org']);
    expect(after.map((vevent) => value(vevent, 'uid'))).toEqual(['m-astana-talks@feeds.example.org']);
    expect(before[0]?.getFirstPropertyValue('sequence')).toBe(0);
    expect(after[0]?.getFirstPropertyValue('sequence')).toBe(2);
  });

  it('includes only meetings with a full day: no articles, no month- or year-only dates, no undated meetings', () => {
    // Prepare
    const records = [
      makeRecord({ id: 'day', date: '2020-01-14' }),
      makeRecord({ id: 'planned', date: '2030-05-02', status: 'planned' }),
      makeRecord({ id: 'month', date: '2020-01' }),
      makeRecord({ id: 'year', date: '2020' }),
      makeRecord({ id: 'undated', date: null }),
      makeRecord({ id: 'impossible', date: '2020-02-30' }),
      makeRecord({ id: 'article', date: '2020-01-14', isMeeting: false }),
    ];

    // Act
    const uids = parse(renderCalendar(records, site)).events.map((vevent) => value(vevent, 'uid'));

    // Assess
    expect(uids).toEqual(['day@feeds.example.org', 'planned@feeds.example.org']);
  });

  it('drops a retracted meeting, so subscribed clients remove it', () => {
    // Prepare
    const retracted = { ...makeRecord({ id: 'gone' }), retracted: { at: '2020-02-01T00:00:00.000Z', by: 'editor', reason: null } };

    // Act
    const uids = parse(renderCalendar([makeRecord({ id: 'kept' }), retracted], site)).events.map((vevent) => value(vevent, 'uid'));

    // Assess
    expect(uids).toEqual(['kept@feeds.example.org']);
  });

  it.each([
    ['held', 'CONFIRMED'],
    ['planned', 'CONFIRMED'],
    ['cancelled', 'CANCELLED'],
    ['unclear', 'TENTATIVE'],
  ] as const)('maps a %s meeting to STATUS:%s', (status, expected) => {
    // Act
    const vevent = event(renderCalendar([makeRecord({ status })], site), 'm-astana-talks@feeds.example.org');

    // Assess
    expect(value(vevent, 'status')).toBe(expected);
  });

  it('escapes commas, semicolons, backslashes and newlines in text, and the parser reads them back', () => {
    // Prepare
    const title = 'Talks; part 1, in brief \\ "quoted"\nsecond line';
    const record = makeRecord({
      title,
      summary: 'Line one;\nline two, end',
      location: { city: 'Washington, D.C.', country: 'USA', countryCode: 'US' },
    });

    // Act
    const ics = renderCalendar([record], site);
    const vevent = event(ics, 'm-astana-talks@feeds.example.org');

    // Assess
    expect(ics).toContain('SUMMARY:Talks\\; part 1\\, in brief \\\\ "quoted"\\nsecond line');
    expect(value(vevent, 'summary')).toBe(title);
    expect(value(vevent, 'location')).toBe('Washington, D.C., USA');
    expect(value(vevent, 'description').startsWith('Line one;\nline two, end')).toBe(true);
  });

  it('folds long lines at 75 octets without breaking multi-byte characters', () => {
    // Prepare
    const summary = 'Переговоры министров иностранных дел '.repeat(10).trim();
    const record = makeRecord({ summary, participants: [] });

    // Act
    const ics = renderCalendar([record], site);

    // Assess
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(value(event(ics, 'm-astana-talks@feeds.example.org'), 'description')).toBe(`${summary}\n\nSource: DKNews.kz, https://dknews.kz/ru/articles/1`);
  });

  it('strips control characters that would corrupt the text', () => {
    // Prepare
    const record = makeRecord({ title: 'Bell\u0007 and\u0000 null' });

    // Act
    const ics = renderCalendar([record], site);

    // Assess
    expect(ics).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(value(event(ics, 'm-astana-talks@feeds.example.org'), 'summary')).toBe('Bell and null');
  });

  it('gives identical bytes for identical input, whatever the input order', () => {
    // Prepare
    const make = (): MeetingRecord[] => [
      makeRecord({ id: 'b', date: '2020-03-01' }),
      makeRecord({ id: 'a', date: '2020-03-01' }),
      makeRecord({ id: 'c', date: '2019-12-31' }),
    ];

    // Act
    const once = renderCalendar(make(), site);
    const twice = renderCalendar(make(), site);
    const reversed = renderCalendar(make().reverse(), site);

    // Assess
    expect(twice).toBe(once);
    expect(reversed).toBe(once);
    expect(parse(once).events.map((vevent) => value(vevent, 'uid'))).toEqual([
      'c@feeds.example.org',
      'a@feeds.example.org',
      'b@feeds.example.org',
    ]);
  });

  it.each([
    ['with events', [makeRecord(), makeRecord({ id: 'b', date: '2020-03-01' })]],
    ['without events', [makeRecord({ date: '2020' })]],
  ])('ends every line, the last one too, with CRLF, as RFC 5545 §3.1 requires (%s)', (_name, records) => {
    // Act
    const ics = renderCalendar(records, site);

    // Assess
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n|\r(?!\n)/);
  });

  it('writes an empty but valid calendar when nothing has a date', () => {
    // Act
    const ics = renderCalendar([makeRecord({ date: '2020' })], site);

    // Assess
    expect(parse(ics).events).toHaveLength(0);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });
});
