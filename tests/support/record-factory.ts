// Test fixtures: a fresh, complete MeetingRecord per call, with fixed dates, so tests never share
// a mutable instance and never depend on the clock. Override only the fields a test is about.

import type { MeetingRecord } from '../../functions/core/record/record.ts';

export function makeRecord(overrides: Partial<MeetingRecord> = {}): MeetingRecord {
  return {
    id: 'm-astana-talks',
    version: 1,
    articleId: '0123456789abcdef01234567',
    language: 'ru',
    title: 'Встреча в Астане',
    summary: 'В Астане состоялась встреча министров.',
    contentHtml: '<p>В Астане состоялась встреча министров.</p>',
    isMeeting: true,
    kind: 'meeting',
    status: 'held',
    date: '2020-01-14',
    dateBasis: { how: 'stated', mention: null },
    location: { city: 'Астана', country: 'Казахстан', countryCode: 'KZ' },
    participants: [
      { name: 'Ержан Ашикбаев', role: 'первый заместитель министра', organization: 'МИД Казахстана', mentions: [{ start: 0, end: 14 }] },
    ],
    organizations: [{ name: 'Международный комитет Красного Креста', acronym: 'МККК', mentions: [] }],
    topics: ['международное гуманитарное право'],
    relatedEvents: [],
    source: { name: 'DKNews.kz', url: 'https://dknews.kz/ru/articles/1' },
    publishedAt: '2020-01-15T08:00:00.000Z',
    updatedAt: '2020-01-15T10:00:00.000Z',
    createdAt: '2020-01-15T10:00:00.000Z',
    submittedBy: 'editor',
    warnings: [],
    ...overrides,
  };
}
