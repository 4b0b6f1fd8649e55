// Date phrases: the shapes of the phrases, every date phrase of a text ("12 мая 2024 года", "on Tuesday",
// «в минувшую пятницу», spans and weeks: at each word a calendar date (date-calendar-phrases.ts) before a
// relative one (date-relative-phrases.ts)), and their resolution against the article's anchor (date-anchor.ts).
// Which phrase is the meeting's is decided in fields/date.ts.

import type { DateBasis, MeetingStatus, PartialDate } from '../../record/record.ts';
import { lexicon } from '../lexicon/index.ts';
import type { Language } from '../model/document.ts';
import { validDay } from '../text/dateline.ts';
import type { Anchor } from './date-anchor.ts';
import { CalendarPhraseReader } from './date-calendar-phrases.ts';
import { covering, type Day, dayNumber, fromNumber, iso, lastDayOf, pad, weekdayOf } from './date-calendar.ts';
import { RelativePhraseReader } from './date-relative-phrases.ts';
import { type Word, words } from './date-words.ts';

// ---------------------------------------------------------------- date phrases

/** One date of a span: a day, a month or a year, with what the text gives of the rest. */
export interface Part {
  y?: number;
  m?: number;
  d?: number;
  /** A year given relative to the anchor's ("in March last year", «3 марта текущего года»): -1, 0 or 1. */
  dy?: number;
}

/** A date phrase found in a sentence. */
export type Phrase =
  | { kind: 'calendar'; parts: Part[]; start: number; end: number; first: number; last: number }
  | { kind: 'relative'; days: number; start: number; end: number; first: number; last: number }
  | { kind: 'weekday'; weekday: number; mode: 'last' | 'next' | 'near'; start: number; end: number; first: number; last: number; until?: number }
  | { kind: 'monthDay'; d: number; start: number; end: number; first: number; last: number }
  | { kind: 'month'; months: number; start: number; end: number; first: number; last: number };

/** Every date phrase of a piece of text, in order, not overlapping. */
export function phrases(text: string, base: number, language: Language): { ws: Word[]; found: Phrase[] } {
  const ws = words(text, base);
  const own = lexicon(language).dates;
  const calendar = new CalendarPhraseReader(ws, own);
  const relative = new RelativePhraseReader(ws, own, calendar);
  const found: Phrase[] = [];
  for (let i = 0; i < ws.length; ) {
    const p = calendar.span(i) ?? relative.relative(i, text, base);
    if (p) {
      found.push(p);
      i = Math.max(p.last, i + 1);
    } else i++;
  }
  return { ws, found };
}

// ---------------------------------------------------------------- resolution

/** How far a yearless date may stray to the wrong side of the anchor before it is read as another year. */
const YEAR_SLACK_DAYS = 31;

export function resolve(p: Phrase, anchor: Anchor | null, status: MeetingStatus | undefined): { date: PartialDate; how: DateBasis['how'] } | null {
  const forward = status === 'planned' || status === 'cancelled';
  if (p.kind === 'calendar') {
    let parts = p.parts;
    // "in March last year": the year is the anchor's, moved by the words.
    if (parts.some((x) => x.dy !== undefined)) {
      if (!anchor) return null;
      const dy = parts.find((x) => x.dy !== undefined)!.dy!;
      const value = coveringParts(parts.map(({ dy: own, ...x }) => ({ ...x, y: x.y ?? anchor.day.y + (own ?? dy) })));
      return value ? { date: value, how: anchor.how } : null;
    }
    if (parts.some((x) => x.y === undefined)) {
      if (!anchor) return null;
      // The anchor's year, unless that puts a held meeting well after the anchor (then the year before) or a
      // planned one well before it (then the year after); later parts of a span that wrap go on a year.
      const first = parts[0]!;
      let y = anchor.day.y;
      const at = (year: number) => dayNumber({ y: year, m: first.m ?? 1, d: first.d ?? 1 });
      const from = dayNumber(anchor.day);
      if (!forward && at(y) > from + YEAR_SLACK_DAYS) y--;
      else if (forward && at(y) < from - YEAR_SLACK_DAYS) y++;
      let previous = first.m ?? 1;
      parts = parts.map((x) => {
        if ((x.m ?? previous) < previous) y++;
        previous = x.m ?? previous;
        return { ...x, y: x.y ?? y };
      });
      const value = coveringParts(parts);
      return value ? { date: value, how: anchor.how } : null;
    }
    const value = coveringParts(parts);
    return value ? { date: value, how: 'stated' } : null;
  }
  if (!anchor) return null;
  const from = dayNumber(anchor.day);
  if (p.kind === 'relative') return { date: iso(fromNumber(from + p.days)), how: anchor.how };
  if (p.kind === 'month') {
    const k = anchor.day.y * 12 + anchor.day.m - 1 + p.months;
    return { date: `${Math.floor(k / 12)}-${pad((k % 12) + 1)}`, how: anchor.how };
  }
  if (p.kind === 'monthDay') {
    let { y, m } = anchor.day;
    const step = (dir: number) => {
      m += dir;
      if (m === 0) [y, m] = [y - 1, 12];
      if (m === 13) [y, m] = [y + 1, 1];
    };
    if (!forward && p.d > anchor.day.d) step(-1);
    if (forward && p.d < anchor.day.d) step(1);
    for (let k = 0; k < 2 && !validDay(y, m, p.d); k++) step(forward ? 1 : -1);
    return validDay(y, m, p.d) ? { date: iso({ y, m, d: p.d }), how: anchor.how } : null;
  }
  const today = weekdayOf(anchor.day);
  const back = (today - p.weekday + 7) % 7;
  const ahead = (p.weekday - today + 7) % 7;
  let shift: number;
  if (p.mode === 'last') shift = -(back || 7);
  else if (p.mode === 'next') shift = ahead || 7;
  else shift = forward ? ahead : -back;
  if (p.until) return { date: covering(fromNumber(from + shift), fromNumber(from + shift + p.until)) ?? iso(fromNumber(from + shift)), how: anchor.how };
  return { date: iso(fromNumber(from + shift)), how: anchor.how };
}

export function coveringParts(parts: Part[]): PartialDate | null {
  let from: Day | null = null;
  let to: Day | null = null;
  for (const p of parts) {
    if (p.y === undefined) return null;
    const start = { y: p.y, m: p.m ?? 1, d: p.d ?? 1 };
    const end = { y: p.y, m: p.m ?? 12, d: p.d ?? lastDayOf(p.y, p.m ?? 12) };
    if (!from || dayNumber(start) < dayNumber(from)) from = start;
    if (!to || dayNumber(end) > dayNumber(to)) to = end;
  }
  return from && to ? covering(from, to) : null;
}

