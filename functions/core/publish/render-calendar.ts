// Renders `feeds/meetings.ics`: the dated meetings as an RFC 5545 calendar, through ical-generator.
// Pure and clock-free: DTSTAMP is the record's `updatedAt` (the library's default is "now"), so the
// same records give the same bytes and the publisher can skip an unchanged calendar.
// Decisions (partial dates, statuses) are in docs/pages-and-calendar.md.

import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import { stripControlCharacters } from '../html-escape.ts';
import { KIND_LABELS } from './kind-labels.ts';
import type { MeetingRecord, MeetingStatus } from '../record/record.ts';
import type { FeedSite } from './render-feeds.ts';
import { meetingPageUrl } from './render-feeds.ts';
import { placeName, retractionOf } from './pages/meeting-pieces.ts';

const DEFAULT_TITLE = 'Meetings';
/** PRODID: who made the calendar. Fixed, never a version number, so upgrades do not change the bytes. */
const PRODUCT_ID = '//meeting-feeds//meetings calendar//EN';

/** A planned meeting is announced, so it is as confirmed as a news report can make it; "unclear" is not. */
const CALENDAR_STATUS: Record<MeetingStatus, ICalEventStatus> = {
  held: ICalEventStatus.CONFIRMED,
  planned: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
  unclear: ICalEventStatus.TENTATIVE,
};

/** The event's UID: the same for every version of a meeting, so clients update instead of duplicating. */
export function calendarUid(site: FeedSite, meetingId: string): string {
  return `${meetingId}@${new URL(site.siteUrl).hostname}`;
}

/**
 * A full calendar day, or null. An event needs a day: a month or a year alone ("2020-01", "2020")
 * is left out of the calendar rather than pinned to an invented first day.
 */
export function calendarDay(date: string | null): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const parsed = new Date(`${date}T00:00:00.000Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : null;
}

/** Live meetings with a full date (a retracted one leaves, and clients drop it), in date order (ties by id), so the bytes never depend on input order. */
export function calendarMeetings(records: MeetingRecord[]): MeetingRecord[] {
  return records
    .filter((record) => record.isMeeting && !retractionOf(record) && calendarDay(record.date) !== null)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
}

export function renderCalendar(records: MeetingRecord[], site: FeedSite): string {
  const title = clean(site.title ?? DEFAULT_TITLE);
  const calendar = new ICalCalendar({ prodId: PRODUCT_ID, name: title });
  for (const record of calendarMeetings(records)) {
    const day = calendarDay(record.date)!;
    const place = placeName(record.location);
    calendar.createEvent({
      id: calendarUid(site, record.id),
      // RFC 5545 counts revisions from 0; our versions count from 1.
      sequence: Math.max(0, record.version - 1),
      stamp: new Date(record.updatedAt),
      lastModified: new Date(record.updatedAt),
      created: new Date(record.createdAt),
      start: new Date(`${day}T00:00:00.000Z`),
      allDay: true,
      summary: clean(record.title),
      ...(place ? { location: place } : {}),
      description: describe(record),
      url: meetingPageUrl(site, record.id),
      ...(record.kind ? { categories: [{ name: KIND_LABELS[record.kind] }] } : {}),
      status: CALENDAR_STATUS[record.status] ?? ICalEventStatus.TENTATIVE,
    });
  }
  // ical-generator ends the last line without its CRLF; RFC 5545 §3.1 ends every content line with one.
  const ics = calendar.toString();
  return ics.endsWith('\r\n') ? ics : `${ics}\r\n`;
}

/** The summary, then one line per participant ("Name — role, organisation"), then the source. */
function describe(record: MeetingRecord): string {
  const lines = [clean(record.summary)];
  if (record.participants.length) {
    lines.push('', 'Participants:');
    for (const person of record.participants) {
      const about = [person.role, person.organization].filter((part): part is string => !!part).map(clean);
      lines.push(`- ${clean(person.name)}${about.length ? ` — ${about.join(', ')}` : ''}`);
    }
  }
  const source = [record.source.name, record.source.url].filter((part): part is string => !!part).map(clean);
  if (source.length) lines.push('', `Source: ${source.join(', ')}`);
  return lines.join('\n').trim();
}

function clean(text: string): string {
  return stripControlCharacters(text);
}
