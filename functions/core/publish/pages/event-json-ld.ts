// The meeting as schema.org JSON-LD (an `Event` with its source `NewsArticle`), and the data block that
// carries it in a page without letting any text end the element.

import type { MeetingLocation, MeetingRecord, MeetingStatus, Participant } from '../../record/record.ts';
import { type FeedSite, meetingPageUrl } from '../render-feeds.ts';
import { clean, safeHttpUrl } from './page-text.ts';

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** schema.org has no status for "we cannot tell"; such events carry none. */
const EVENT_STATUS: Record<MeetingStatus, string | null> = {
  held: 'https://schema.org/EventScheduled',
  planned: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  unclear: null,
};

/** The meeting as a schema.org Event. The record does not say who organised a meeting, so every participant is an attendee. */
export function eventJsonLd(record: MeetingRecord, site: FeedSite): { [key: string]: JsonValue } {
  const url = meetingPageUrl(site, record.id);
  const event: { [key: string]: JsonValue } = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${url}#event`,
    name: clean(record.title),
    url,
  };
  if (record.summary) event.description = clean(record.summary);
  // ISO 8601 allows reduced precision ("2020-01", "2020"): the date as stated, never invented.
  if (record.date) event.startDate = record.date;
  const status = EVENT_STATUS[record.status];
  if (status) event.eventStatus = status;
  if (record.location) event.location = placeJsonLd(record.location);
  // A call is held at no place: schema.org's way of saying so is an online event at a virtual location.
  if (record.kind === 'call') {
    event.eventAttendanceMode = 'https://schema.org/OnlineEventAttendanceMode';
    event.location = { '@type': 'VirtualLocation' };
  }
  if (record.participants.length) event.attendee = record.participants.map(personJsonLd);
  if (record.topics.length) event.about = record.topics.map((topic) => ({ '@type': 'Thing', name: clean(topic) }));
  if (record.language !== 'und') event.inLanguage = clean(record.language);
  const article: { [key: string]: JsonValue } = { '@type': 'NewsArticle', headline: clean(record.title) };
  const sourceUrl = safeHttpUrl(record.source.url);
  if (sourceUrl) article.url = sourceUrl;
  if (record.source.name) article.publisher = { '@type': 'Organization', name: clean(record.source.name) };
  if (record.publishedAt) article.datePublished = record.publishedAt;
  if (record.organizations.length) article.mentions = record.organizations.map(organizationJsonLd);
  event.subjectOf = article;
  return event;
}

function placeJsonLd(location: MeetingLocation): { [key: string]: JsonValue } {
  const address: { [key: string]: JsonValue } = { '@type': 'PostalAddress' };
  if (location.city) address.addressLocality = clean(location.city);
  if (location.countryCode) address.addressCountry = clean(location.countryCode);
  else if (location.country) address.addressCountry = clean(location.country);
  const place: { [key: string]: JsonValue } = { '@type': 'Place', address };
  const name = [location.city, location.country].filter((part): part is string => !!part).map(clean).join(', ');
  if (name) place.name = name;
  return place;
}

function personJsonLd(person: Participant): { [key: string]: JsonValue } {
  const result: { [key: string]: JsonValue } = { '@type': 'Person', name: clean(person.name) };
  if (person.role) result.jobTitle = clean(person.role);
  if (person.organization) result.affiliation = { '@type': 'Organization', name: clean(person.organization) };
  if (person.country) result.nationality = { '@type': 'Country', name: clean(person.country) };
  return result;
}

function organizationJsonLd(org: MeetingRecord['organizations'][number]): { [key: string]: JsonValue } {
  const result: { [key: string]: JsonValue } = { '@type': 'Organization', name: clean(org.name) };
  if (org.acronym) result.alternateName = clean(org.acronym);
  return result;
}

/**
 * A JSON-LD data block. `<`, `>` and `&` become JSON escapes, so no text in the data can close the
 * element (`</script>`) or open a comment (`<!--`); the JSON means the same after parsing.
 */
export function jsonLd(data: { [key: string]: JsonValue }): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}
