// The meeting page's schema.org Event checked by maintained tools rather than by hand:
// - JSON-LD: jsonld (the W3C JSON-LD processor, Digital Bazaar) expands every block in safe mode, which
//   fails on any term, type or value expansion would drop; schema.org's context cannot be fetched in a
//   test, so its loader serves schema.org's vocabulary IRI (`@vocab`), as the real context does for these terms.
// - Vocabulary: the documents the renderer must produce are typed `WithContext<Event>` with schema-dts
//   (Google's typings generated from the whole schema.org vocabulary), so tsc rejects a property the
//   type does not have or a value of the wrong type (an `EventStatusType` that is not one, a `Person` as
//   `location`); the test then proves the rendered blocks are exactly those documents.

import jsonld from 'jsonld';
import type { Event, WithContext } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { renderMeetingPage } from '../../functions/core/publish/pages/render-meeting-page.ts';
import type { FeedSite } from '../../functions/core/publish/render-feeds.ts';
import type { MeetingRecord } from '../../functions/core/record/record.ts';
import { makeRecord } from '../support/record-factory.ts';

const site: FeedSite = { siteUrl: 'https://feeds.example.org', title: 'Meetings' };

const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`No document is loaded in tests: ${url}`);
  return { contextUrl: null, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
};

function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script/gi)].map((match) => JSON.parse(match[1] ?? ''));
}

const talks = (): MeetingRecord =>
  makeRecord({
    status: 'cancelled',
    participants: [
      { name: 'Ержан Ашикбаев', role: 'первый заместитель министра', organization: 'МИД Казахстана', mentions: [] },
      { name: 'Ян Хоффман', role: null, organization: null, country: 'Швейцария', mentions: [] },
    ],
  });

const talksEvent = {
  '@context': 'https://schema.org',
  '@type': 'Event',
  '@id': 'https://feeds.example.org/meetings/m-astana-talks.html#event',
  name: 'Встреча в Астане',
  url: 'https://feeds.example.org/meetings/m-astana-talks.html',
  description: 'В Астане состоялась встреча министров.',
  startDate: '2020-01-14',
  eventStatus: 'https://schema.org/EventCancelled',
  location: { '@type': 'Place', name: 'Астана, Казахстан', address: { '@type': 'PostalAddress', addressLocality: 'Астана', addressCountry: 'KZ' } },
  attendee: [
    { '@type': 'Person', name: 'Ержан Ашикбаев', jobTitle: 'первый заместитель министра', affiliation: { '@type': 'Organization', name: 'МИД Казахстана' } },
    { '@type': 'Person', name: 'Ян Хоффман', nationality: { '@type': 'Country', name: 'Швейцария' } },
  ],
  about: [{ '@type': 'Thing', name: 'международное гуманитарное право' }],
  inLanguage: 'ru',
  subjectOf: {
    '@type': 'NewsArticle',
    headline: 'Встреча в Астане',
    url: 'https://dknews.kz/ru/articles/1',
    publisher: { '@type': 'Organization', name: 'DKNews.kz' },
    datePublished: '2020-01-15T08:00:00.000Z',
    mentions: [{ '@type': 'Organization', name: 'Международный комитет Красного Креста', alternateName: 'МККК' }],
  },
} satisfies WithContext<Event>;

const call = (): MeetingRecord =>
  makeRecord({
    id: 'm-call',
    language: 'en',
    title: 'Phone call',
    summary: 'They spoke.',
    kind: 'call',
    status: 'held',
    date: '2020-01',
    location: null,
    participants: [],
    organizations: [],
    topics: [],
    source: { name: null, url: null },
    publishedAt: null,
  });

const callEvent = {
  '@context': 'https://schema.org',
  '@type': 'Event',
  '@id': 'https://feeds.example.org/meetings/m-call.html#event',
  name: 'Phone call',
  url: 'https://feeds.example.org/meetings/m-call.html',
  description: 'They spoke.',
  // A partial date stays partial: schema.org's Date is ISO 8601, which allows reduced precision.
  startDate: '2020-01',
  eventStatus: 'https://schema.org/EventScheduled',
  eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
  location: { '@type': 'VirtualLocation' },
  inLanguage: 'en',
  subjectOf: { '@type': 'NewsArticle', headline: 'Phone call' },
} satisfies WithContext<Event>;

describe('schema.org Event JSON-LD on meeting pages', () => {
  it.each([
    ['talks with a place, attendees and a source', talks, talksEvent],
    ['a call, online, with a partial date', call, callEvent],
  ])('is exactly the schema-dts-typed Event for %s', (_name, record, expected) => {
    expect(jsonLdBlocks(renderMeetingPage(record(), site))).toEqual([expected]);
  });

  it.each([
    ['talks', talks],
    ['a call', call],
  ])('expands as valid JSON-LD in safe mode, to schema.org types (%s)', async (_name, record) => {
    const [block] = jsonLdBlocks(renderMeetingPage(record(), site));

    const [expanded] = await jsonld.expand(block, { safe: true, documentLoader });

    expect(expanded?.['@type']).toEqual(['https://schema.org/Event']);
    expect(expanded?.['@id']).toBe(`https://feeds.example.org/meetings/${record().id}.html#event`);
    expect(expanded).toHaveProperty(['https://schema.org/subjectOf', 0, '@type'], ['https://schema.org/NewsArticle']);
  });
});
