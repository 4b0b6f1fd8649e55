// Renders the site's pages for people: `index.html` (the latest meetings) and `meetings/{id}.html`
// (one meeting with its article). Pure: records in, HTML out, no clock, so identical input gives
// identical bytes and the publisher can skip unchanged objects. See docs/pages-and-calendar.md.

import { escapeHtml, stripControlCharacters } from '../html-escape.ts';
import { KIND_LABELS } from './kind-labels.ts';
import type { MeetingLocation, MeetingRecord, MeetingStatus, Participant, PartialDate } from '../record/record.ts';
import { type FeedSite, meetingPageUrl, orderForFeed } from './render-feeds.ts';
import { SITE_PATHS } from './site-paths.ts';

const DEFAULT_TITLE = 'Meetings';

/** What `DELETE /meetings/{id}` leaves on a record (`retracted`), read without depending on its shape. */
export function retractionOf(record: MeetingRecord): { at: string; reason: string | null } | null {
  const retracted = (record as { retracted?: { at?: unknown; reason?: unknown } }).retracted;
  if (!retracted) return null;
  return {
    at: typeof retracted.at === 'string' ? retracted.at : '',
    reason: typeof retracted.reason === 'string' ? retracted.reason : null,
  };
}

const STATUS_LABELS: Record<MeetingStatus, string> = {
  held: 'Held',
  planned: 'Planned',
  cancelled: 'Cancelled',
  unclear: 'Status unclear',
};

/** A date worked out from a relative or yearless expression says what it was counted from, so a reader can check. */
const DATE_BASIS_NOTES: Partial<Record<NonNullable<MeetingRecord['dateBasis']>['how'], string>> = {
  dateline: 'worked out from the dateline',
  publishedAt: 'worked out from the publication date',
};

/** schema.org has no status for "we cannot tell"; such events carry none. */
const EVENT_STATUS: Record<MeetingStatus, string | null> = {
  held: 'https://schema.org/EventScheduled',
  planned: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  unclear: null,
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// Small enough to read at a glance; `overflow-wrap: anywhere` keeps long names and URLs from
// widening the page on a phone.
const STYLE = `
:root{color-scheme:light dark;--muted:#5f6368;--line:#d0d4d9;--accent:#0b57d0}
@media (prefers-color-scheme:dark){:root{--muted:#a8adb3;--line:#3c4043;--accent:#8ab4f8}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow-wrap:anywhere}
header,main,footer{max-width:44rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem;border-bottom:1px solid var(--line)}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0}
.site{margin:0;font-weight:600}
h2{font-size:1.2rem;line-height:1.3;margin:0 0 .25rem}
a{color:var(--accent)}
nav{margin:.5rem 0 1rem;font-size:.95rem}
nav a{margin-right:.75rem;white-space:nowrap}
article.entry{padding:1rem 0;border-bottom:1px solid var(--line)}
.meta{color:var(--muted);margin:0 0 .5rem;font-size:.95rem}
.badge{display:inline-block;padding:0 .4rem;border:1px solid var(--line);border-radius:.25rem;font-size:.85rem}
.badge.cancelled{text-decoration:line-through}
dl{margin:.5rem 0}
dt{font-weight:600;font-size:.9rem;margin-top:.5rem}
dd{margin:0}
ul.people{margin:0;padding-left:1.2rem}
.content{margin-top:1rem;border-top:1px solid var(--line)}
.content img{max-width:100%;height:auto}
.notice{padding:.5rem .75rem;border:1px solid var(--line);border-left:4px solid #b3261e}
footer{color:var(--muted);font-size:.9rem;padding-top:1rem;padding-bottom:2rem}
`.trim();

/** Links to the feeds and the calendar, for the page head (autodiscovery) and for people. */
function subscriptions(site: FeedSite) {
  return [
    { type: 'application/atom+xml', label: 'Atom feed', href: `${site.siteUrl}/${SITE_PATHS.atomFeed}` },
    { type: 'application/feed+json', label: 'JSON Feed', href: `${site.siteUrl}/${SITE_PATHS.jsonFeed}` },
    { type: 'text/calendar', label: 'Calendar (iCalendar)', href: `${site.siteUrl}/${SITE_PATHS.calendar}` },
  ];
}

export function renderIndexPage(records: MeetingRecord[], site: FeedSite): string {
  const title = site.title ?? DEFAULT_TITLE;
  // A retracted meeting leaves the index as it leaves the feeds.
  const entries = orderForFeed(records.filter((record) => !retractionOf(record)));
  const body = entries.length
    ? entries.map((record) => renderEntry(record, site)).join('\n')
    : '<p>No meetings published yet.</p>';
  return page({
    site,
    title,
    heading: escapeHtml(clean(title)),
    main: body,
    extraNav: '',
  });
}

export function renderMeetingPage(record: MeetingRecord, site: FeedSite): string {
  const siteTitle = site.title ?? DEFAULT_TITLE;
  const lang = langAttribute(record.language);
  const retraction = retractionOf(record);
  const main = [
    `<article class="meeting"${lang}>`,
    `<h1>${text(record.title)}</h1>`,
    retraction ? retractionNotice(retraction) : '',
    metaLine(record),
    record.summary ? `<p class="summary">${text(record.summary)}</p>` : '',
    details(record, { full: true }),
    // Our renderer builds contentHtml safely; the allow-list is the second line, as in the feeds.
    `<div class="content">\n${record.contentHtml}\n</div>`,
    record.isMeeting && !retraction ? jsonLd(eventJsonLd(record, site)) : '',
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
  return page({
    site,
    title: `${record.title} · ${siteTitle}`,
    heading: `<a href="${attr(`${site.siteUrl}/`)}">${text(siteTitle)}</a>`,
    main,
    extraNav: `<a href="${attr(`${site.siteUrl}/${SITE_PATHS.meetingJson(record.id)}`)}" type="application/json">Record (JSON)</a>`,
    headingTag: 'p',
  });
}

interface PageParts {
  site: FeedSite;
  /** Plain text, escaped here. */
  title: string;
  /** HTML. */
  heading: string;
  main: string;
  extraNav: string;
  headingTag?: 'h1' | 'p';
}

function page({ site, title, heading, main, extraNav, headingTag = 'h1' }: PageParts): string {
  const links = subscriptions(site);
  const alternates = links
    .map(({ type, label, href }) => `<link rel="alternate" type="${type}" title="${attr(label)}" href="${attr(href)}">`)
    .join('\n');
  const nav = [...links.map(({ type, label, href }) => `<a href="${attr(href)}" type="${type}">${label}</a>`), extraNav]
    .filter(Boolean)
    .join('\n');
  const headingHtml = headingTag === 'h1' ? `<h1>${heading}</h1>` : `<p class="site">${heading}</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="strict-origin-when-cross-origin">
<link rel="icon" href="data:,">
<title>${text(title)}</title>
${alternates}
<style>
${STYLE}
</style>
</head>
<body>
<header>
${headingHtml}
<nav aria-label="Feeds">
${nav}
</nav>
</header>
<main>
${main}
</main>
<footer>
<p>Meetings found in news articles; names, places and dates are extracted automatically and may be wrong. Each entry links to its source.</p>
</footer>
</body>
</html>
`;
}

/** One meeting (or article) in the index list. */
function renderEntry(record: MeetingRecord, site: FeedSite): string {
  return [
    `<article class="entry"${langAttribute(record.language)}>`,
    `<h2><a href="${attr(meetingPageUrl(site, record.id))}">${text(record.title)}</a></h2>`,
    metaLine(record),
    record.summary ? `<p class="summary">${text(record.summary)}</p>` : '',
    details(record, { full: false }),
    record.isMeeting ? jsonLd(eventJsonLd(record, site)) : '',
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

function retractionNotice({ at, reason }: { at: string; reason: string | null }): string {
  const when = /^\d{4}-\d{2}-\d{2}/.test(at) ? ` on ${text(formatInstant(at))}` : '';
  return `<p class="notice" role="note"><strong>Retracted${when}.</strong>${reason ? ` ${text(reason)}` : ''}</p>`;
}

/** Date, kind, status and place on one line; articles without a meeting say so instead. */
function metaLine(record: MeetingRecord): string {
  if (!record.isMeeting) return '<p class="meta"><span class="badge">Article</span></p>';
  const date = record.date ? `<time datetime="${attr(record.date)}">${text(formatDate(record.date))}</time>${dateNote(record)}` : 'Date not stated';
  const parts = [date];
  if (record.kind) parts.push(`<span class="kind">${KIND_LABELS[record.kind]}</span>`);
  parts.push(`<span class="badge ${attr(record.status)}">${STATUS_LABELS[record.status] ?? text(record.status)}</span>`);
  const place = placeName(record.location);
  if (place) parts.push(`<span class="place">${text(place)}</span>`);
  return `<p class="meta">${parts.join(' · ')}</p>`;
}

function dateNote(record: MeetingRecord): string {
  const note = record.dateBasis ? DATE_BASIS_NOTES[record.dateBasis.how] : undefined;
  return note ? ` <span class="date-basis">(${note})</span>` : '';
}

function details(record: MeetingRecord, { full }: { full: boolean }): string {
  const rows: string[] = [];
  if (record.participants.length) {
    const items = record.participants.map((person) => `<li>${participantHtml(person)}</li>`).join('\n');
    rows.push(`<dt>Participants</dt>\n<dd><ul class="people">\n${items}\n</ul></dd>`);
  }
  if (record.organizations.length) {
    const names = record.organizations.map((org) =>
      org.acronym && org.acronym !== org.name ? `${text(org.name)} (${text(org.acronym)})` : text(org.name),
    );
    rows.push(`<dt>Organisations</dt>\n<dd>${names.join('; ')}</dd>`);
  }
  if (full && record.topics.length) rows.push(`<dt>Topics</dt>\n<dd>${record.topics.map(text).join('; ')}</dd>`);
  if (full && record.relatedEvents.length) {
    const items = record.relatedEvents.map((event) => {
      const extra = [event.date ? formatDate(event.date) : '', placeName(event.location ?? null), event.theme ?? '']
        .filter(Boolean)
        .map(text);
      return `<li>${text(event.title)}${extra.length ? ` (${extra.join(', ')})` : ''}</li>`;
    });
    rows.push(`<dt>Related events</dt>\n<dd><ul class="people">\n${items.join('\n')}\n</ul></dd>`);
  }
  rows.push(`<dt>Source</dt>\n<dd>${sourceHtml(record)}</dd>`);
  if (full && record.publishedAt) {
    rows.push(`<dt>Published</dt>\n<dd><time datetime="${attr(record.publishedAt)}">${text(formatInstant(record.publishedAt))}</time></dd>`);
  }
  return `<dl>\n${rows.join('\n')}\n</dl>`;
}

function participantHtml(person: Participant): string {
  const about = [person.role, person.organization, person.country].filter((part): part is string => !!part);
  const name = `<span class="name">${text(person.name)}</span>`;
  return about.length ? `${name} — ${about.map(text).join(', ')}` : name;
}

function sourceHtml(record: MeetingRecord): string {
  const name = record.source.name ? clean(record.source.name) : null;
  const url = safeHttpUrl(record.source.url);
  if (url) return `<a href="${attr(url)}" rel="nofollow noopener">${escapeHtml(name ?? hostOf(url))}</a>`;
  return name ? escapeHtml(name) : 'Not stated';
}

// --- schema.org JSON-LD -------------------------------------------------------------------------

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

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
  const name = placeName(location);
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
function jsonLd(data: { [key: string]: JsonValue }): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}

// --- small helpers ------------------------------------------------------------------------------

function clean(value: string): string {
  return stripControlCharacters(value);
}

/** Text content: control characters removed, then escaped. */
function text(value: string): string {
  return escapeHtml(clean(value));
}

/** A double-quoted attribute value. */
function attr(value: string): string {
  return escapeHtml(clean(value));
}

/** `lang` only for a well-formed language tag; "und" says nothing, so it is left out. */
function langAttribute(language: string): string {
  return /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(language) && language !== 'und' ? ` lang="${language}"` : '';
}

export function placeName(location: MeetingLocation | null): string {
  if (!location) return '';
  return [location.city, location.country]
    .filter((part): part is string => !!part)
    .map(clean)
    .join(', ');
}

/** "14 January 2020", "January 2020", "2020": as precise as stated, the same bytes on any machine (no Intl). */
export function formatDate(date: PartialDate): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

function formatInstant(instant: string): string {
  const day = instant.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(day) : instant;
}

/** Only http(s) URLs become links: a `javascript:` or `data:` URL from a submission must never be clickable. */
function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(clean(url));
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}
