// Pieces of a meeting shown on every page that lists it: the meta line (date, kind, status, place),
// the details (participants, organisations, source, …) and the entry used in lists, in the page's words.

import type { MeetingLocation, MeetingRecord, Participant } from '../../record/record.ts';
import { type FeedSite, meetingPageUrl } from '../render-feeds.ts';
import { eventJsonLd, jsonLd } from './event-json-ld.ts';
import { attr, clean, hostOf, langAttribute, languageTag, safeHttpUrl, text } from './page-text.ts';
import { formatDate, formatInstant, type PageWords } from './page-words.ts';

/** What `DELETE /meetings/{id}` leaves on a record (`retracted`), read without depending on its shape. */
export function retractionOf(record: MeetingRecord): { at: string; reason: string | null } | null {
  const retracted = (record as { retracted?: { at?: unknown; reason?: unknown } }).retracted;
  if (!retracted) return null;
  return {
    at: typeof retracted.at === 'string' ? retracted.at : '',
    reason: typeof retracted.reason === 'string' ? retracted.reason : null,
  };
}

export function placeName(location: MeetingLocation | null): string {
  if (!location) return '';
  return [location.city, location.country]
    .filter((part): part is string => !!part)
    .map(clean)
    .join(', ');
}

/**
 * One meeting (or article) in a list: the home page, a browse page. Its title and summary are in the record's
 * language; the page's own words and dates around them in the page's, each marked with its `lang`.
 */
export function renderEntry(record: MeetingRecord, site: FeedSite, words: PageWords): string {
  const inPageLanguage = (html: string) => (html && languageTag(record.language) !== words.lang ? `<div lang="${attr(words.lang)}">\n${html}\n</div>` : html);
  return [
    `<article class="entry"${langAttribute(record.language)}>`,
    `<h2><a href="${attr(meetingPageUrl(site, record.id))}">${text(record.title)}</a></h2>`,
    inPageLanguage(metaLine(record, words)),
    record.summary ? `<p class="summary">${text(record.summary)}</p>` : '',
    inPageLanguage(details(record, words, { full: false })),
    record.isMeeting ? jsonLd(eventJsonLd(record, site)) : '',
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Date, kind, status and place on one line; articles without a meeting say so instead. */
export function metaLine(record: MeetingRecord, words: PageWords): string {
  if (!record.isMeeting) return `<p class="meta"><span class="badge">${text(words.article)}</span></p>`;
  const date = record.date
    ? `<time datetime="${attr(record.date)}">${text(formatDate(record.date, words))}</time>${dateNote(record, words)}`
    : text(words.dateNotStated);
  const parts = [date];
  if (record.kind) parts.push(`<span class="kind">${text(words.kind[record.kind])}</span>`);
  parts.push(`<span class="badge ${attr(record.status)}">${text(words.status[record.status] ?? record.status)}</span>`);
  const place = placeName(record.location);
  if (place) parts.push(`<span class="place">${text(place)}</span>`);
  return `<p class="meta">${parts.join(' · ')}</p>`;
}

/** A date worked out from a relative or yearless expression says what it was counted from, so a reader can check. */
function dateNote(record: MeetingRecord, words: PageWords): string {
  const how = record.dateBasis?.how;
  const note = how === 'dateline' || how === 'publishedAt' ? words.dateBasis[how] : undefined;
  return note ? ` <span class="date-basis">(${text(note)})</span>` : '';
}

export function details(record: MeetingRecord, words: PageWords, { full }: { full: boolean }): string {
  const rows: string[] = [];
  if (record.participants.length) {
    const items = record.participants.map((person) => `<li>${participantHtml(person)}</li>`).join('\n');
    rows.push(`<dt>${text(words.participants)}</dt>\n<dd><ul class="people">\n${items}\n</ul></dd>`);
  }
  if (record.organizations.length) {
    const names = record.organizations.map((org) =>
      org.acronym && org.acronym !== org.name ? `${text(org.name)} (${text(org.acronym)})` : text(org.name),
    );
    rows.push(`<dt>${text(words.organisations)}</dt>\n<dd>${names.join('; ')}</dd>`);
  }
  if (full && record.topics.length) rows.push(`<dt>${text(words.topics)}</dt>\n<dd>${record.topics.map(text).join('; ')}</dd>`);
  if (full && record.relatedEvents.length) {
    const items = record.relatedEvents.map((event) => {
      const extra = [event.date ? formatDate(event.date, words) : '', placeName(event.location ?? null), event.theme ?? '']
        .filter(Boolean)
        .map(text);
      return `<li>${text(event.title)}${extra.length ? ` (${extra.join(', ')})` : ''}</li>`;
    });
    rows.push(`<dt>${text(words.relatedEvents)}</dt>\n<dd><ul class="people">\n${items.join('\n')}\n</ul></dd>`);
  }
  rows.push(`<dt>${text(words.source)}</dt>\n<dd>${sourceHtml(record, words)}</dd>`);
  if (full && record.publishedAt) {
    rows.push(
      `<dt>${text(words.published)}</dt>\n<dd><time datetime="${attr(record.publishedAt)}">${text(formatInstant(record.publishedAt, words))}</time></dd>`,
    );
  }
  return `<dl>\n${rows.join('\n')}\n</dl>`;
}

function participantHtml(person: Participant): string {
  const about = [person.role, person.organization, person.country].filter((part): part is string => !!part);
  const name = `<span class="name">${text(person.name)}</span>`;
  return about.length ? `${name} — ${about.map(text).join(', ')}` : name;
}

function sourceHtml(record: MeetingRecord, words: PageWords): string {
  const name = record.source.name ? clean(record.source.name) : null;
  const url = safeHttpUrl(record.source.url);
  if (url) return `<a href="${attr(url)}" rel="nofollow noopener">${text(name ?? hostOf(url))}</a>`;
  return name ? text(name) : text(words.sourceNotStated);
}
