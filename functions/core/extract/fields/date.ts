// Date step: the meeting's date, as precise as the text gives it ("YYYY-MM-DD", "YYYY-MM", "YYYY"), and how
// it was found (record.ts DateBasis). A date stated with its year ("12 мая 2024 года", "May 12, 2024",
// "12.05.2024", "in October and November 2004" -> 2004) is 'stated'. A relative or yearless one ("вчера",
// "on Tuesday", «в минувшую пятницу», "July 30") is resolved against the article's anchor: the date of its
// dateline or dated header ('dateline'), else the input's publishedAt read in its own offset ('publishedAt').
// Never against a clock: with no anchor such a date is null.
//
// Which date: the frame sentence's (fields/frame.ts; under heading lines, the body's first meeting sentence or
// the lead), then the body's first meeting sentence, the nearest to a meeting word; then a date right beside a
// meeting word in another cue sentence or a heading; then "today" / «в пятницу» in the lead or a later
// sentence naming two of the participants. Dates of births, signings, sayings, bounds ("since", «до») and of
// the article itself (dateline, header, footer) are never the meeting's. A meeting of several days ("a
// two-day visit", "the week of 20 June") gets the value that covers its days.

import type { DateBasis, MeetingStatus, Mention, PartialDate } from '../../record.ts';
import { analyse } from '../knowledge/morphology.ts';
import { lexicon } from '../lexicon/index.ts';
import type { DateWords } from '../lexicon/types.ts';
import { type AnalysedDocument, type Language, sentenceText } from '../model/document.ts';
import { dateline, datedHeaders, isUpdateLine, type LineDate, monthOf, validDay } from '../text/dateline.ts';
import type { Frame } from './frame.ts';

// ---------------------------------------------------------------- calendar

/** A calendar day; `n` counts days from 1970-01-01. */
interface Day {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (day: Day): number => Math.round(Date.UTC(day.y, day.m - 1, day.d) / DAY_MS);
function fromNumber(n: number): Day {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const weekdayOf = (day: Day): number => new Date(dayNumber(day) * DAY_MS).getUTCDay();
const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The finest partial date covering the days [from, to]: the day, the month, the year, or null across years. */
function covering(from: Day, to: Day): PartialDate | null {
  if (from.y !== to.y) return null;
  if (from.m !== to.m) return String(from.y);
  if (from.d !== to.d) return `${from.y}-${pad(from.m)}`;
  return `${from.y}-${pad(from.m)}-${pad(from.d)}`;
}

// ---------------------------------------------------------------- anchor

export interface Anchor {
  day: Day;
  how: 'dateline' | 'publishedAt';
  /** Where the text states the anchor's date (a dateline, a dated header or heading); null for publishedAt. */
  mention: { start: number; end: number } | null;
}

/** The calendar day of an ISO date-time in its own offset ("2022-11-15T22:16:58-05:00" is the 15th). */
export function publishedDay(publishedAt: string | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt?.trim() ?? '');
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return validDay(day.y, day.m, day.d) ? day : null;
}

/** A year for a yearless line date: the one that puts it nearest the reference day. */
function completeYear(date: LineDate, reference: Day | null): Day | null {
  if (date.year !== null) return { y: date.year, m: date.month, d: date.day };
  if (!reference) return null;
  let best: Day | null = null;
  for (const y of [reference.y - 1, reference.y, reference.y + 1]) {
    if (!validDay(y, date.month, date.day)) continue;
    const day = { y, m: date.month, d: date.day };
    if (!best || Math.abs(dayNumber(day) - dayNumber(reference)) < Math.abs(dayNumber(best) - dayNumber(reference))) best = day;
  }
  return best;
}

/** What relative dates are read against: the dateline's date, else a dated header, else publishedAt. */
export function dateAnchor(text: string, publishedAt: string | undefined): Anchor | null {
  const published = publishedDay(publishedAt);
  const headers = datedHeaders(text);
  const dated = headers.find((h) => h.year !== null);
  const reference = dated ? { y: dated.year!, m: dated.month, d: dated.day } : published;
  const line = dateline(text)?.date;
  const fromLine = line ? completeYear(line, reference) : null;
  if (line && fromLine) return { day: fromLine, how: 'dateline', mention: { start: line.start, end: line.end } };
  for (const h of headers) {
    const day = completeYear(h, published);
    if (day) return { day, how: 'dateline', mention: { start: h.start, end: h.end } };
  }
  return published ? { day: published, how: 'publishedAt', mention: null } : null;
}

/** Spans of the text that date the article, not the meeting: the dateline's date and the dated header lines. */
function articleDateSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = datedHeaders(text).map((h) => [h.lineStart, h.lineEnd]);
  const line = dateline(text);
  if (line) spans.push([line.start, line.end]);
  return spans;
}

// ---------------------------------------------------------------- date phrases

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct' | 'iso' | 'numeric';
}

const WORD = /(?<!\d)(?:1[89]|20)\d\d-\d\d-\d\d(?!\d)|(?<![\d.])\d{1,2}[./]\d{1,2}[./](?:1[89]|20)\d\d(?!\d)|\d+(?:[-–—]\d+)?(?:st|nd|rd|th|-?го)?|\p{L}+(?:['’]\p{L}+)?|[^\s\p{L}\p{N}]/gu;

function words(text: string, base: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = m[0];
    const kind: Word['kind'] = /^\d{4}-/.test(t) ? 'iso' : /^\d{1,2}[./]/.test(t) ? 'numeric' : /^\d/.test(t) ? 'num' : /^\p{L}/u.test(t) ? 'word' : 'punct';
    out.push({ text: t, lower: t.toLowerCase(), start: base + m.index, end: base + m.index + t.length, kind });
  }
  return out;
}

/** One date of a span: a day, a month or a year, with what the text gives of the rest. */
interface Part {
  y?: number;
  m?: number;
  d?: number;
  /** A year given relative to the anchor's ("in March last year", «3 марта текущего года»): -1, 0 or 1. */
  dy?: number;
}

/** A date phrase found in a sentence. */
type Phrase =
  | { kind: 'calendar'; parts: Part[]; start: number; end: number; first: number; last: number }
  | { kind: 'relative'; days: number; start: number; end: number; first: number; last: number }
  | { kind: 'weekday'; weekday: number; mode: 'last' | 'next' | 'near'; start: number; end: number; first: number; last: number; until?: number }
  | { kind: 'monthDay'; d: number; start: number; end: number; first: number; last: number }
  | { kind: 'month'; months: number; start: number; end: number; first: number; last: number };

const dayNumbers = (w: Word | undefined): number[] | null => {
  if (w?.kind !== 'num') return null;
  const m = /^(\d{1,2})(?:[-–—](\d{1,2}))?(?:st|nd|rd|th|-?го)?$/.exec(w.text);
  if (!m) return null;
  const days = [Number(m[1]), ...(m[2] ? [Number(m[2])] : [])];
  return days.every((d) => d >= 1 && d <= 31) ? days : null;
};
const yearOf = (w: Word | undefined): number | null => (w?.kind === 'num' && /^(?:1[89]|20)\d\d$/.test(w.text) ? Number(w.text) : null);

/** Weekday numbers of words already read (bounded), as for month names. */
const weekdayCache = new Map<string, number | null>();

/** Relative-day or -month patterns of a language as sticky expressions, read at a word without copying the text. */
const stickyCache = new WeakMap<object, Array<readonly [RegExp, number]>>();
function sticky(patterns: ReadonlyArray<readonly [RegExp, number]>): Array<readonly [RegExp, number]> {
  let out = stickyCache.get(patterns);
  if (!out) {
    out = patterns.map(([re, n]) => [new RegExp(re.source.replace(/^\^/, ''), `${re.flags.replace('g', '')}y`), n] as const);
    stickyCache.set(patterns, out);
  }
  return out;
}

class PhraseReader {
  private readonly relativeDays: Array<readonly [RegExp, number]>;
  private readonly relativeMonths: Array<readonly [RegExp, number]>;

  constructor(
    private readonly ws: Word[],
    private readonly own: DateWords,
  ) {
    this.relativeDays = sticky(own.relativeDays);
    this.relativeMonths = sticky(own.relativeMonths);
  }

  private weekday(i: number): number | null {
    const w = this.ws[i];
    if (w?.kind !== 'word') return null;
    if (/^[a-z]/.test(w.text)) return null;
    const lower = w.lower.replace(/['’]s$/, '');
    const known = weekdayCache.get(lower);
    if (known !== undefined) return known;
    if (weekdayCache.size > 20_000) weekdayCache.clear();
    let day: number | null = null;
    for (const words of ALL_DATE_WORDS) {
      const k = words.weekdays.findIndex((re) => re.test(lower));
      if (k >= 0) {
        day = k;
        break;
      }
    }
    weekdayCache.set(lower, day);
    return day;
  }

  /** A year at i, with the year word after it («2024 года», «2024 г.»); returns the index after it. */
  private year(i: number): { y: number; next: number } | null {
    const y = yearOf(this.ws[i]);
    if (y === null) return null;
    let next = i + 1;
    const word = this.ws[next];
    if (word && ALL_DATE_WORDS.some((w) => w.yearWord.test(word.lower))) {
      next++;
      // «2024 г.»: the full stop of a one-letter abbreviation.
      if (word.text.length === 1 && this.ws[next]?.text === '.' && this.ws[next]!.start === word.end) next++;
    }
    return { y, next };
  }

  /** A year given relative to the anchor's after a month ("last year", «прошлого года»); the index after it. */
  private relativeYear(i: number): { dy: number; next: number } | null {
    const w = this.ws[i];
    const year = this.ws[i + 1];
    if (w?.kind !== 'word' || !year || !this.own.yearWord.test(year.lower)) return null;
    const found = this.own.yearModifiers.find(([re]) => re.test(w.lower));
    return found ? { dy: found[1], next: i + 2 } : null;
  }

  private month(i: number, besideDay: boolean): { m: number; next: number } | null {
    const w = this.ws[i];
    if (w?.kind !== 'word') return null;
    const m = monthOf(w.text, besideDay);
    if (!m) return null;
    // The full stop of a short form belongs to it ("Jan. 12"); after a full name it ends the sentence.
    const short = monthOf(w.text, false) === null;
    return { m, next: short && this.ws[i + 1]?.text === '.' && this.ws[i + 1]!.start === w.end ? i + 2 : i + 1 };
  }

  /** One element of a span at i: parts, the index after it, and whether it is bare days, a lone month or a lone year. */
  element(i: number): { parts: Part[]; next: number; bare?: 'days' | 'month' | 'year' } | null {
    const w = this.ws[i];
    if (!w) return null;
    // A weekday before a date: "Monday, May 12", «в пятницу, 1 ноября».
    if (this.weekday(i) !== null) {
      const j = this.ws[i + 1]?.text === ',' ? i + 2 : i + 1;
      const inner = this.element(j);
      return inner && !inner.bare ? inner : null;
    }
    if (w.kind === 'iso') {
      const [y, m, d] = w.text.split('-').map(Number) as [number, number, number];
      return validDay(y, m, d) ? { parts: [{ y, m, d }], next: i + 1 } : null;
    }
    if (w.kind === 'numeric') {
      const [a, b, y] = w.text.split(/[./]/).map(Number) as [number, number, number];
      // "12.05.2024" is day first; "5/12/2024" month first where the language writes it so, else the one valid reading.
      const monthFirst = w.text.includes('/') && this.own.slashMonthFirst;
      const [d, m] = monthFirst ? [b, a] : [a, b];
      if (validDay(y, m, d)) return { parts: [{ y, m, d }], next: i + 1 };
      return w.text.includes('/') && validDay(y, d, m) ? { parts: [{ y, m: d, d: m }], next: i + 1 } : null;
    }
    const days = dayNumbers(w);
    if (days) {
      let j = i + 1;
      if (this.ws[j]?.lower === 'of') j++;
      const month = this.month(j, true);
      if (!month) return { parts: days.map((d) => ({ d })), next: i + 1, bare: 'days' };
      j = month.next;
      const year = this.year(this.ws[j]?.text === ',' && yearOf(this.ws[j + 1]) !== null ? j + 1 : j);
      if (days.some((d) => !validDay(year?.y ?? null, month.m, d))) return null;
      const relative = year ? null : this.relativeYear(j);
      if (relative) return { parts: days.map((d) => ({ d, m: month.m, dy: relative.dy })), next: relative.next };
      return { parts: days.map((d) => ({ d, m: month.m, ...(year ? { y: year.y } : {}) })), next: year ? year.next : j };
    }
    const besideDay = dayNumbers(this.ws[this.ws[i + 1]?.text === '.' ? i + 2 : i + 1]) !== null;
    const month = this.month(i, besideDay);
    if (month) {
      let j = month.next;
      const after = dayNumbers(this.ws[j]);
      if (after) {
        j++;
        const year = this.year(this.ws[j]?.text === ',' && yearOf(this.ws[j + 1]) !== null ? j + 1 : j);
        if (after.some((d) => !validDay(year?.y ?? null, month.m, d))) return null;
        const relative = year ? null : this.relativeYear(j);
        if (relative) return { parts: after.map((d) => ({ d, m: month.m, dy: relative.dy })), next: relative.next };
        return { parts: after.map((d) => ({ d, m: month.m, ...(year ? { y: year.y } : {}) })), next: year ? year.next : j };
      }
      if (this.ws[j]?.lower === 'of') j++;
      const year = this.year(j);
      if (year) return { parts: [{ m: month.m, y: year.y }], next: year.next };
      const relative = this.relativeYear(month.next);
      if (relative) return { parts: [{ m: month.m, dy: relative.dy }], next: relative.next };
      // A lone month needs its full name ("in May", «в мае»).
      if (monthOf(w.text, false)) return { parts: [{ m: month.m }], next: month.next, bare: 'month' };
      return null;
    }
    const year = this.year(i);
    if (year) return { parts: [{ y: year.y }], next: year.next, bare: 'year' };
    return null;
  }

  private isJoin(i: number): boolean {
    const w = this.ws[i];
    if (!w) return false;
    return /^[-–—/]$/.test(w.text) || (w.kind === 'word' && this.own.spanJoin.test(w.lower));
  }

  /** A span of dates at i ("5-7 March 2023", «с 5 по 8 июня 2022 года», "April 27, through Thursday, April 30, 2026"). */
  span(i: number): Phrase | null {
    let first = i;
    const opened = this.ws[i]?.kind === 'word' && this.own.spanOpen.test(this.ws[i]!.lower);
    if (opened) first = i + 1;
    const head = this.element(first);
    if (!head) return null;
    const elements = [head];
    let next = head.next;
    for (;;) {
      let j = next;
      if (this.ws[j]?.text === ',') j++;
      if (!this.isJoin(j)) break;
      j++;
      if (this.ws[j]?.text === ',') j++;
      const el = this.element(j);
      if (!el || (el.bare === 'year' && !elements.every((e) => e.bare === 'year'))) break;
      elements.push(el);
      next = el.next;
    }
    // Bare days take the month of the next element that has one ("5 и 6 марта"), else of the one before ("January 5 and 6").
    const parts = elements.flatMap((e) => e.parts.map((p) => ({ ...p })));
    for (let k = 0; k < parts.length; k++) {
      if (parts[k]!.d !== undefined && parts[k]!.m === undefined) {
        const later = parts.slice(k + 1).find((p) => p.m !== undefined);
        const earlier = [...parts.slice(0, k)].reverse().find((p) => p.m !== undefined);
        const m = (later ?? earlier)?.m;
        if (m === undefined) return null;
        parts[k]!.m = m;
        if (later?.y !== undefined && parts[k]!.y === undefined) parts[k]!.y = later.y;
      }
    }
    // A year stated once covers the span: backwards ("5 May to 7 June 2023"), then forwards.
    for (let k = parts.length - 1; k >= 0; k--) if (parts[k]!.y === undefined) parts[k]!.y = parts.slice(k + 1).find((p) => p.y !== undefined)?.y;
    // Likewise a relative year ("from 5 to 8 March last year").
    for (let k = parts.length - 1; k >= 0; k--) if (parts[k]!.y === undefined && parts[k]!.dy === undefined) parts[k]!.dy = parts.slice(k + 1).find((p) => p.dy !== undefined)?.dy;
    for (let k = 0; k < parts.length; k++) if (parts[k]!.y === undefined) parts[k]!.y = [...parts.slice(0, k)].reverse().find((p) => p.y !== undefined)?.y;
    for (const p of parts) {
      if (p.y === undefined) delete p.y;
      if (p.dy === undefined) delete p.dy;
    }
    // A lone month or year is a date only after "in" / «в» («в 2004 году», "in May"); with a span it needs none.
    if (elements.length === 1 && head.bare && head.bare !== 'days') {
      // "in mid-May": the preposition may be joined to the month by a hyphen.
      const before = this.ws[i - 1]?.text === '-' && this.ws[i - 1]!.end === this.ws[i]!.start ? this.ws[i - 2] : this.ws[i - 1];
      // "at the end of April": a part of the month, then "of".
      const partOf = before?.lower === 'of' && this.own.periodOf?.test(this.ws[i - 2]?.lower ?? '');
      if (opened || before?.kind !== 'word' || !(partOf || this.own.periodPreposition.test(before.lower))) return null;
    }
    if (elements.length === 1 && head.bare === 'days') return null;
    if (opened && elements.length === 1) first = i + 1;
    else first = i;
    return { kind: 'calendar', parts, start: this.ws[first]!.start, end: this.ws[next - 1]!.end, first, last: next };
  }

  /** "yesterday", «сегодня», "next month", «в минувшую пятницу», "on Tuesday", "next Friday", "on the 30th" at i. */
  relative(i: number, text: string, base: number): Phrase | null {
    const w = this.ws[i]!;
    if (w.kind === 'word') {
      for (const [re, days] of this.relativeDays) {
        re.lastIndex = w.start - base;
        const m = re.exec(text);
        if (!m) continue;
        if (this.own.dayWordsAlsoPrepositions?.test(w.lower) && this.ws[i + 1] && mayBeGenitive(this.ws[i + 1]!)) return null;
        let last = i + 1;
        while (last < this.ws.length && this.ws[last]!.end <= w.start + m[0].length) last++;
        return { kind: 'relative', days, start: w.start, end: w.start + m[0].length, first: i, last };
      }
      for (const [re, months] of this.relativeMonths) {
        re.lastIndex = w.start - base;
        const m = re.exec(text);
        if (!m) continue;
        let last = i + 1;
        while (last < this.ws.length && this.ws[last]!.end <= w.start + m[0].length) last++;
        return { kind: 'month', months, start: w.start, end: w.start + m[0].length, first: i, last };
      }
    }
    // A weekday, after a preposition ("on", «в») and a modifier ("last", «минувшую»), or (in English) alone.
    let j = i;
    let mode: 'last' | 'next' | 'near' = 'near';
    let introduced = false;
    // "from Monday to Wednesday", «с понедельника по среду»: a span of weekdays (a lone "from Monday" is a bound).
    const opened = w.kind === 'word' && this.own.spanOpen.test(w.lower);
    if (opened || (w.kind === 'word' && this.own.weekdayPreposition.test(w.lower))) {
      j++;
      introduced = true;
    }
    const mod = this.ws[j];
    if (mod?.kind === 'word') {
      const modified = this.own.lastModifier.test(mod.lower) ? 'last' : this.own.nextModifier.test(mod.lower) ? 'next' : this.own.thisModifier.test(mod.lower) ? 'near' : null;
      if (modified) {
        mode = modified;
        j++;
        introduced = true;
      }
    }
    const weekday = this.weekday(j);
    if (weekday === null) return this.dayOfMonth(i);
    // "on Monday, April 27, through ...": the calendar date after the weekday is read as a span from it.
    if (this.element(j)) return null;
    if (!introduced) {
      if (this.own.weekdayNeedsPreposition || j !== i) return null;
      // Not a name that holds a weekday ("Black Friday", "Sunday Times"): no capitalised word right around it,
      // except the sentence's first word.
      const before = this.ws[j - 1];
      const after = this.ws[j + 1];
      if (before?.kind === 'word' && this.own.weekdayNames?.test(before.lower)) return null;
      if (after && after.kind === 'word' && /^\p{Lu}/u.test(after.text) && after.start === this.ws[j]!.end + 1 && !monthOf(after.text, true)) return null;
    }
    // "on Thursday and Friday", «в четверг и пятницу»: the days up to the second weekday.
    let k = j + 1;
    if (this.isJoin(k)) {
      k++;
      if (this.ws[k]?.kind === 'word' && this.own.weekdayPreposition.test(this.ws[k]!.lower)) k++;
      const second = this.weekday(k);
      if (second !== null && second !== weekday) {
        return { kind: 'weekday', weekday, mode, start: this.ws[i]!.start, end: this.ws[k]!.end, first: i, last: k + 1, until: (second - weekday + 7) % 7 };
      }
    }
    if (opened) return null;
    return { kind: 'weekday', weekday, mode, start: this.ws[i]!.start, end: this.ws[j]!.end, first: i, last: j + 1 };
  }

  /** "on the 30th": a day of the anchor's month (or the one before or after). */
  private dayOfMonth(i: number): Phrase | null {
    if (this.ws[i]?.lower !== 'on' || this.ws[i + 1]?.lower !== 'the') return null;
    const d = this.ws[i + 2];
    const days = /^\d{1,2}(?:st|nd|rd|th)$/.test(d?.text ?? '') ? dayNumbers(d) : null;
    const after = this.ws[i + 3];
    if (days?.length !== 1 || (after?.kind === 'word' && (/^\p{Ll}/u.test(after.text) || monthOf(after.text, true)))) return null;
    return { kind: 'monthDay', d: days[0]!, start: d!.start, end: d!.end, first: i + 2, last: i + 3 };
  }
}

/** A word that can be a noun or adjective in the genitive («визита», «встречи», «9»), the object of a preposition. */
function mayBeGenitive(w: Word): boolean {
  if (w.kind === 'num') return true;
  if (w.kind !== 'word' || !/^[а-яё]/iu.test(w.text)) return false;
  return analyse(w.text).parses.some((p) => (p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'NPRO') && p.case === 'gent');
}

const ALL_DATE_WORDS: readonly DateWords[] = [lexicon('ru').dates, lexicon('en').dates];

/** Every date phrase of a piece of text, in order, not overlapping. */
function phrases(text: string, base: number, language: Language): { ws: Word[]; found: Phrase[] } {
  const ws = words(text, base);
  const reader = new PhraseReader(ws, lexicon(language).dates);
  const found: Phrase[] = [];
  for (let i = 0; i < ws.length; ) {
    const p = reader.span(i) ?? reader.relative(i, text, base);
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

function resolve(p: Phrase, anchor: Anchor | null, status: MeetingStatus | undefined): { date: PartialDate; how: DateBasis['how'] } | null {
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

const iso = (day: Day) => `${day.y}-${pad(day.m)}-${pad(day.d)}`;

function coveringParts(parts: Part[]): PartialDate | null {
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

// ---------------------------------------------------------------- which phrase is the meeting's

/** A phrase that dates something else: a bound ("since May"), a birth or signing, a saying, an attribute ("the May 2019 deal"). */
function datesSomethingElse(p: Phrase, ws: Word[], text: string, base: number, language: Language): boolean {
  const { dates: own, cueWord, speechVerb } = lexicon(language);
  const before = text.slice(Math.max(0, p.start - base - 60), p.start - base);
  if (own.boundBefore.test(before) || own.otherEventBefore.test(before)) return true;
  // "X said on Tuesday she had met Y", «заявил в среду»: the day of the saying.
  const word = ws[p.first - 1];
  if (word?.kind === 'word' && speechVerb.test(word.lower)) return true;
  const after = ws[p.last];
  const next = ws[p.last + 1];
  // "yesterday's return", "the 10 July 2023 statement": the date belongs to the noun after it, unless that is the meeting.
  if (after && (after.text === "'s" || after.text === '’s' || /['’]s$/.test(ws[p.last - 1]?.text ?? ''))) {
    const noun = /['’]s$/.test(ws[p.last - 1]?.text ?? '') ? after : next;
    if (noun && !cueWord.test(noun.lower)) return true;
  }
  const article = ws[p.first - 1];
  if (p.kind === 'calendar' && article && /^(?:the|a|an|its|their|his|her)$/.test(article.lower) && after?.kind === 'word' && /^\p{Ll}/u.test(after.text) && !cueWord.test(after.lower)) {
    return !/^(?:and|or|to|in|at|on|with|by|for|of|when|as|the)$/.test(after.lower);
  }
  return false;
}

function cueSpans(text: string, language: Language): Array<[number, number]> {
  const cue = lexicon(language).meetingCue;
  const global = new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : `${cue.flags}g`);
  return [...text.toLowerCase().matchAll(global)].map((m) => {
    const start = m.index + m[0].length - m[1]!.length;
    return [start, start + m[1]!.length] as [number, number];
  });
}

/** The seven days from a single day ("the week of 20 June"), or null for any other phrase. */
function weekFrom(p: Phrase): Phrase | null {
  if (p.kind !== 'calendar' || p.parts.length !== 1) return null;
  const day = p.parts[0]!;
  if (day.d === undefined || day.m === undefined) return null;
  const last = lastDayOf(day.y ?? 2001, day.m);
  let end: Part = { ...day, d: day.d + 6 };
  if (end.d! > last) end = { m: (day.m % 12) + 1, d: end.d! - last, ...(day.y === undefined ? {} : { y: day.m === 12 ? day.y + 1 : day.y }) };
  return { ...p, parts: [day, end] };
}

/** A span of several days ("November 18-19", «с 5 по 8 июня»). */
const isSpanOfDays = (p: Phrase): p is Extract<Phrase, { kind: 'calendar' }> => p.kind === 'calendar' && p.parts.length > 1 && p.parts.every((x) => x.d !== undefined);
/** How much text before a date the cues of its role are read in ("which runs until", "a visit to X from"):
 *  a bounded window keeps each test constant, so a sentence is read in time linear in its length. */
const LOOK_BEHIND = 80;
/** How far after a reference event's word ("ahead of the summit on Thursday") a date is that event's. */
const REFERENCE_REACH = 12;
/** How far before a span "on the sidelines of" makes it the host event's. */
const SIDELINES_REACH = 80;

/** How far after "rescheduled for" / «перенесена на» the new date may stand ("will now take place in Kigali, Rwanda, in June"). */
const NEW_DATE_REACH = 40;

interface Candidate {
  phrase: Phrase;
  /** Characters between the phrase and the nearest meeting word it can belong to. */
  distance: number;
}

/** The text of sentence s with the article's own dates (dateline, headers) blanked out, and its offset. */
function maskedSentence(doc: AnalysedDocument, s: number, masked: Array<[number, number]>): { text: string; base: number } | null {
  const range = doc.sentenceTokens[s];
  if (!range || range[0] >= range[1]) return null;
  const base = doc.tokens[range[0]]!.start;
  let text = doc.text.slice(base, doc.tokens[range[1] - 1]!.end);
  for (const [a, b] of masked) {
    const from = Math.max(a, base) - base;
    const to = Math.min(b, base + text.length) - base;
    if (from < to) text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return { text, base };
}

/** The date phrases of one sentence that may be the meeting's, nearest to a meeting word first. */
function candidates(doc: AnalysedDocument, s: number, masked: Array<[number, number]>, status: MeetingStatus | undefined): Candidate[] {
  const sentence = maskedSentence(doc, s, masked);
  if (!sentence) return [];
  const { text, base } = sentence;
  const { ws, found } = phrases(text, base, doc.language);
  const own = lexicon(doc.language).dates;
  // "met on Monday, two weeks after the summit of 24–25 February": that event is a point of reference, its date
  // not the meeting's, when the sentence has a meeting word of its own ("days before talks on Friday, X said"
  // has none: those talks are the meeting).
  // A meeting word of an earlier meeting ("the two last met in January"), or in the report of a held meeting
  // of a later one («договорились провести следующий раунд консультаций в сентябре»), draws no date at all.
  const all = cueSpans(text, doc.language);
  const others = all.filter(([a, b]) => {
    const upTo = text.slice(Math.max(0, a - LOOK_BEHIND), b).toLowerCase();
    return !own.earlierMeeting.test(upTo) && !(status === 'held' && own.nextMeeting.test(upTo));
  });
  const isReference = others.map(([a]) => own.referenceEvent.test(text.slice(Math.max(0, a - LOOK_BEHIND), a).toLowerCase()));
  const meetingWords = others.filter((_, k) => !isReference[k]);
  const cues = (meetingWords.length > 0 ? meetingWords : others).map(([a, b]) => [a + base, b + base] as [number, number]);
  // The ends of the reference events left out, in text order: a date right after one is that event's ("ahead of
  // the summit on Thursday", «накануне саммита в четверг»).
  const references = meetingWords.length > 0 ? others.filter((_, k) => isReference[k]).map(([, b]) => b + base) : [];
  let reference = 0;
  // For each word: the last comma and the last subordinating word at or before it (linear in the sentence).
  const lastComma: number[] = [];
  const lastSub: number[] = [];
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    lastComma[k] = w.text === ',' ? k : (lastComma[k - 1] ?? -1);
    lastSub[k] = w.kind === 'word' && own.subordinators.test(w.lower) ? k : (lastSub[k - 1] ?? -1);
  }
  /** The index of the last word ending at or before `offset`. */
  const wordBefore = (offset: number): number => {
    let lo = 0;
    let hi = ws.length - 1;
    let hit = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ws[mid]!.end <= offset) {
        hit = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return hit;
  };
  // A planned meeting moved to a new date: the date right after "перенесена на", "postponed until", "will now
  // take place" is the meeting's, before the one it had been set for in the same sentence.
  const newDate = lexicon(doc.language).newDate;
  const moved = status !== 'planned' ? [] : [...text.toLowerCase().matchAll(new RegExp(newDate.source, `${newDate.flags.replace('g', '')}g`))].map((m) => base + m.index + m[0].length);
  const movedTo = (p: Phrase) => moved.some((end) => end <= p.start && p.start - end <= NEW_DATE_REACH && !/[.;!?]/.test(doc.text.slice(end, p.start)));
  const sidelines = lexicon(doc.language).sidelines;
  const out: Candidate[] = [];
  for (const read of found) {
    // "in the week of 20 June 2022": the seven days from that day (a week is no day).
    const week = own.weekOf?.test(text.slice(Math.max(0, read.start - base - 30), read.start - base)) ? weekFrom(read) : null;
    const phrase = week ?? read;
    if (week || movedTo(phrase)) {
      out.push({ phrase, distance: -1 });
      continue;
    }
    if (datesSomethingElse(phrase, ws, text, base, doc.language)) continue;
    while (reference + 1 < references.length && references[reference + 1]! <= phrase.start) reference++;
    const end = references[reference];
    if (end !== undefined && end <= phrase.start && phrase.start - end <= REFERENCE_REACH && !/[,;]/.test(doc.text.slice(end, phrase.start))) continue;
    if (all.length === 0) {
      out.push({ phrase, distance: 0 });
      continue;
    }
    // The nearest meeting word before the phrase, and the nearest after it (cues are in text order).
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cues[mid]![0] < phrase.end) lo = mid + 1;
      else hi = mid;
    }
    const after = cues[lo];
    const before = lo > 0 ? cues[lo - 1] : undefined;
    let distance = Number.POSITIVE_INFINITY;
    if (before) distance = before[1] <= phrase.start ? phrase.start - before[1] : 0;
    if (after) {
      const k = wordBefore(after[0]);
      const sub = lastSub[k] ?? -1;
      const comma = lastComma[k] ?? -1;
      // A date before a subordinate phrase that holds the meeting word belongs to the main verb
      // ("shares rose on Monday following a report that it had held talks"); a date inside a clause closed
      // before the meeting word belongs to that clause ("X, who took office in March, met Y").
      const opening = phrase.first > 0 ? (lastComma[phrase.first - 1] ?? -1) : -1;
      const inClause = opening >= 0 && (lastSub[phrase.first - 1] ?? -1) > opening;
      const subordinate = sub >= phrase.last && comma < sub;
      const closed = inClause && comma >= phrase.last;
      if (!subordinate && !closed) distance = Math.min(distance, after[0] - phrase.end);
      // "X and Y, who last met in May, held talks on Wednesday": the clause's own meeting word is another
      // meeting's; its date is read only when the sentence gives nothing else.
      if (closed) distance = Math.max(distance, FAR_IN_SENTENCE);
    }
    // "met on Monday on the sidelines of the summit, held November 18-19": the span is the host event's; the
    // meeting's day is read first, the span only when the sentence gives nothing else.
    if (distance < FAR_IN_SENTENCE && isSpanOfDays(phrase) && sidelines.test(text.slice(Math.max(0, phrase.start - base - SIDELINES_REACH), phrase.start - base))) distance = FAR_IN_SENTENCE;
    if (distance < Number.POSITIVE_INFINITY) out.push({ phrase, distance });
  }
  return out.sort((x, y) => x.distance - y.distance);
}

export interface MeetingDate {
  date: PartialDate | null;
  dateBasis: DateBasis | null;
}

export interface DateOptions {
  /** The input's publication time (ISO with offset): the anchor when the text has no dateline or dated header. */
  publishedAt?: string | undefined;
  /** The meeting's status: a weekday or yearless date of a planned meeting lies ahead of the anchor. */
  status?: MeetingStatus | undefined;
  /** Mentions of each participant: a later sentence naming two of them may say "today". */
  participants?: Mention[][];
}

/**
 * The heading lines at the top (after any dated header line): lines that do not end like a sentence and are
 * followed by more text: a label ("Press Release", "News story") and the title. Their dates count only beside a
 * meeting word.
 */
function headingsOf(doc: AnalysedDocument, masked: Array<[number, number]>): number[] {
  const out: number[] = [];
  for (let s = 0; s < Math.min(doc.sentenceCount - 1, MAX_HEADINGS + 1); s++) {
    const range = doc.sentenceTokens[s];
    if (!range || range[0] >= range[1]) continue;
    const first = doc.tokens[range[0]]!;
    const last = doc.tokens[range[1] - 1]!;
    if (masked.some(([a, b]) => a <= first.start && last.end <= b)) continue;
    const next = doc.tokens[range[1]];
    if (!next || !doc.text.slice(last.end, next.start).includes('\n') || /^[.!?…]$/.test(last.text) || out.length === MAX_HEADINGS) break;
    out.push(s);
  }
  return out;
}

/** How many heading lines may stand above the text ("Press Release", a title, a kicker). */
const MAX_HEADINGS = 3;

/** The first sentence of the body: not a heading, not a dated header line. */
function leadOf(doc: AnalysedDocument, masked: Array<[number, number]>, headings: number[]): number | undefined {
  for (let s = 0; s < doc.sentenceCount; s++) {
    if (headings.includes(s)) continue;
    const range = doc.sentenceTokens[s];
    if (!range || range[0] >= range[1]) continue;
    const first = doc.tokens[range[0]]!;
    const last = doc.tokens[range[1] - 1]!;
    if (!masked.some(([a, b]) => a <= first.start && last.end <= b)) return s;
  }
  return undefined;
}

/** How close a date must be to a meeting word outside the frame sentence ("held talks in October 2004"). */
const NEAR_CUE = 40;
/** How far from the meeting word a date of the frame sentence may stand: further, the "sentence" is most
 *  likely text run together (a caption, a list) rather than one sentence about the meeting. */
const FAR_IN_SENTENCE = 250;
/** A bare year («в 2024 году») is the meeting's only near its word: it more often dates a figure. */
const isYearOnly = (p: Phrase) => p.kind === 'calendar' && p.parts.every((x) => x.m === undefined);
/** How far after the frame sentence a sentence about the participants may give the day. */
const PARTICIPANT_SENTENCES = 6;

/** A day stated with its year in a heading ("PM call with X: 18 March 2025"): it dates the item when the text
 *  has no dateline, dated header or publishedAt. */
function headingAnchor(doc: AnalysedDocument, headings: number[]): Anchor | null {
  for (const s of headings) {
    const [a, b] = doc.sentenceTokens[s] ?? [0, 0];
    if (a >= b) continue;
    const base = doc.tokens[a]!.start;
    const line = doc.text.slice(base, doc.tokens[b - 1]!.end);
    if (isUpdateLine(line)) continue;
    for (const p of phrases(line, base, doc.language).found) {
      const day = p.kind === 'calendar' && p.parts.length === 1 ? p.parts[0]! : null;
      if (day?.y !== undefined && day.m !== undefined && day.d !== undefined) return { day: { y: day.y, m: day.m, d: day.d }, how: 'dateline', mention: { start: p.start, end: p.end } };
    }
  }
  return null;
}

/**
 * A meeting the text says lasts several days ("a two-day visit", "three days of talks", «трёхдневный визит»),
 * dated by one of its days: the finest value that covers all of them (MEETINGS.md: a span gives its month). The
 * day is the first when its sentence opens the meeting before it ("opened ... on Saturday"), the last when it
 * ends it ("wrapped up ... on Thursday"), else any. The phrase counts in the date's sentence and the lead, or
 * anywhere when it names the meeting by the noun of the date's sentence ("opened their summit on Saturday" ...
 * "The two-day summit"); not after "ahead of", «накануне» and the like.
 */
function severalDays(doc: AnalysedDocument, at: number, s: number, date: PartialDate, lead: number | undefined): PartialDate {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!day) return date;
  const words = lexicon(doc.language).dates;
  const here = sentenceText(doc, s).toLowerCase();
  let days = 0;
  for (let t = 0; t < doc.sentenceCount && !days; t++) {
    const text = sentenceText(doc, t).toLowerCase();
    for (const m of text.matchAll(new RegExp(words.multiDay.source, `${words.multiDay.flags.replace('g', '')}g`))) {
      const count = m[1] ?? m[3] ?? '';
      const noun = m[2] ?? m[4] ?? '';
      if (words.multiDayOther.test(text.slice(0, m.index + m[0].length - m[0].trimStart().length))) continue;
      if (t !== s && t !== lead && !here.includes(noun)) continue;
      const n = /^\d$/.test(count) ? Number(count) : words.dayCounts.findIndex((re) => re.test(count)) + 2;
      if (n >= 2) {
        days = n;
        break;
      }
    }
  }
  if (!days) return date;
  const on = dayNumber({ y: Number(day[1]), m: Number(day[2]), d: Number(day[3]) });
  const before = doc.text.slice(doc.tokens[doc.sentenceTokens[s]![0]]!.start, at).toLowerCase();
  const [from, to] = words.lastDayVerb.test(before) ? [on - days + 1, on] : words.firstDayVerb.test(before) ? [on, on + days - 1] : [on - days + 1, on + days - 1];
  return covering(fromNumber(from), fromNumber(to)) ?? date;
}

/**
 * A day that lies in a span the sentence gives of its visit ("held talks today, as part of an official visit to
 * Japan from 13 to 15 May"), or the day an event opens that "runs until" a later one («открылся форум, который
 * продлится до 3 мая»): the finest value that covers the whole stay (MEETINGS.md: a span gives its month). A span
 * that no visit noun introduces is another event's ("met on 14 May on the sidelines of the summit held 13-15 May").
 */
function wholeStay(doc: AnalysedDocument, s: number, date: PartialDate, anchor: Anchor | null, status: MeetingStatus | undefined): PartialDate {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const range = doc.sentenceTokens[s];
  if (!day || !range || range[0] >= range[1]) return date;
  const on = dayNumber({ y: Number(day[1]), m: Number(day[2]), d: Number(day[3]) });
  // Yearless days of the span take their year as the meeting's day does, or from that day when it was stated.
  const reference: Anchor = anchor ?? { day: fromNumber(on), how: 'dateline', mention: null };
  const dayOf = (p: Phrase, as: MeetingStatus | undefined): number | null => {
    const value = resolve(p, reference, as)?.date;
    const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    return m ? dayNumber({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }) : null;
  };
  const words = lexicon(doc.language).dates;
  const base = doc.tokens[range[0]]!.start;
  const text = doc.text.slice(base, doc.tokens[range[1] - 1]!.end);
  for (const p of phrases(text, base, doc.language).found) {
    const before = text.slice(Math.max(0, p.start - base - LOOK_BEHIND), p.start - base).toLowerCase();
    if (isSpanOfDays(p) && words.stayBefore.test(before)) {
      const from = dayOf({ ...p, parts: [p.parts[0]!] }, status);
      const to = dayOf({ ...p, parts: [p.parts.at(-1)!] }, status);
      if (from !== null && to !== null && from <= on && on <= to) return covering(fromNumber(from), fromNumber(to)) ?? date;
    }
    if (words.lastsUntil.test(before)) {
      // The last day lies ahead of the day the event opened, whatever the meeting's status.
      const to = dayOf(p, 'planned');
      if (to !== null && to > on && to - on <= MAX_STAY_DAYS) return covering(fromNumber(on), fromNumber(to)) ?? date;
    }
  }
  return date;
}

/** How long an event that "runs until" a day may last: longer, the day is more likely another thing's. */
const MAX_STAY_DAYS = 14;

/** Whether sentence s names one of the participants. */
function namesParticipant(doc: AnalysedDocument, s: number, people: Mention[][]): boolean {
  const [a, b] = doc.sentenceTokens[s] ?? [0, 0];
  if (a >= b) return false;
  const start = doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  return people.some((mentions) => mentions.some((m) => m.start >= start && m.end <= end));
}

/** The meeting's date and how it was found; both null when the text gives none that can be resolved. */
export function meetingDate(doc: AnalysedDocument, frame: Frame, options: DateOptions = {}): MeetingDate {
  const none: MeetingDate = { date: null, dateBasis: null };
  const masked = articleDateSpans(doc.text);
  let anchor: Anchor | null | undefined;
  const decide = (p: Phrase, s: number): MeetingDate => {
    if (anchor === undefined) anchor = dateAnchor(doc.text, options.publishedAt) ?? headingAnchor(doc, headings);
    const resolved = resolve(p, anchor, options.status);
    if (!resolved) return none;
    const date = wholeStay(doc, s, severalDays(doc, p.start, s, resolved.date, lead), anchor, options.status);
    return { date, dateBasis: { how: resolved.how, mention: { start: p.start, end: p.end } } };
  };
  const headings = headingsOf(doc, masked);
  const body = frame.sentences.filter((s) => !headings.includes(s));
  // The frame sentence; when that is a heading, the first cue sentence of the body or the lead when it names a
  // participant, whichever comes first ("Readout: call with X" over "The Secretary spoke to X today.").
  const lead = leadOf(doc, masked, headings);
  let main = !headings.includes(frame.main) ? frame.main : body.find((s) => s > frame.main);
  if (headings.includes(frame.main) && lead !== undefined && lead < (main ?? Number.POSITIVE_INFINITY) && namesParticipant(doc, lead, options.participants ?? [])) main = lead;
  // The first cue sentence of the body introduces the meeting: its date too, before later sentences'.
  const first = body[0] !== undefined && main !== undefined && body[0] < main ? body[0] : undefined;
  for (const s of [main, first]) {
    if (s === undefined) continue;
    const best = candidates(doc, s, masked, options.status).find((c) => c.distance <= (isYearOnly(c.phrase) ? 2 * NEAR_CUE : FAR_IN_SENTENCE));
    if (best) return decide(best.phrase, s);
  }
  // Other cue sentences, then the headings: a date right beside a meeting word, or one that opens the
  // sentence and so dates all of it ("Today, the leaders ... met", «12 мая в Москве прошли переговоры»).
  const others = [...body.filter((s) => s !== main && s !== first && s > (main ?? -1)), ...body.filter((s) => s !== main && s !== first && s < (main ?? -1))];
  others.push(...headings.filter((s) => frame.sentences.includes(s)));
  for (const s of others) {
    const best = candidates(doc, s, masked, options.status).find((c) => c.distance <= NEAR_CUE || c.phrase.first === 0);
    if (best) return decide(best.phrase, s);
  }
  // The lead or a later sentence about two of the participants that gives the day ("Сегодня Путин поздравил
  // Мирзиёева ...", "WASHINGTON (AP) — X welcomed Y to the White House on Wednesday").
  const people = options.participants ?? [];
  const from = main ?? frame.main;
  const around = [...(lead !== undefined && lead < from ? [lead] : [])];
  for (let s = from + 1; s < Math.min(doc.sentenceCount, from + 1 + PARTICIPANT_SENTENCES); s++) around.push(s);
  for (const s of around) {
    if (frame.sentences.includes(s)) continue;
    const [a, b] = doc.sentenceTokens[s] ?? [0, 0];
    if (a >= b) continue;
    const start = doc.tokens[a]!.start;
    const end = doc.tokens[b - 1]!.end;
    const named = people.filter((mentions) => mentions.some((m) => m.start >= start && m.end <= end)).length;
    if (named < 2) continue;
    const best = candidates(doc, s, masked, options.status).find((c) => c.phrase.kind === 'relative' || c.phrase.kind === 'weekday');
    if (best) return decide(best.phrase, s);
  }
  // A held meeting that the item is about (its title or lead reports it) and that the text gives no day of: the day of the
  // item's own dateline or dated header, which dates what it reports (kremlin.ru "July 24, 2023, 15:10" over
  // "had a telephone conversation", «Минск, 5 июня. ... провёл встречу»). Not publishedAt: when the editor
  // submitted the article says nothing of when the meeting was.
  const reported = lead !== undefined && frame.sentences.includes(lead) ? lead : headings.includes(frame.main) ? (main ?? frame.main) : undefined;
  const unsaid = (t: number) => !saysWhen(doc, t, masked);
  if (options.status === 'held' && reported !== undefined && unsaid(reported) && (main === undefined || unsaid(main))) {
    if (anchor === undefined) anchor = dateAnchor(doc.text, options.publishedAt) ?? headingAnchor(doc, headings);
    if (anchor?.how === 'dateline' && anchor.mention) {
      const s = reported;
      const date = wholeStay(doc, s, severalDays(doc, sentenceEnd(doc, s), s, iso(anchor.day), lead), anchor, options.status);
      return { date, dateBasis: { how: 'dateline', mention: anchor.mention } };
    }
  }
  return none;
}

/**
 * Whether sentence s says something of when, in a phrase that was not taken for the meeting ("have met five
 * times since 2019"): then the item's own day is not assumed to be the meeting's. The end of a stay («форум,
 * который продлится до 3 мая») says only how long it lasts.
 */
function saysWhen(doc: AnalysedDocument, s: number, masked: Array<[number, number]>): boolean {
  const sentence = maskedSentence(doc, s, masked);
  if (!sentence) return false;
  const { lastsUntil, boundBefore } = lexicon(doc.language).dates;
  const before = (offset: number) => sentence.text.slice(Math.max(0, offset - sentence.base - LOOK_BEHIND), offset - sentence.base);
  const { ws, found } = phrases(sentence.text, sentence.base, doc.language);
  if (found.some((p) => !lastsUntil.test(before(p.start).toLowerCase()))) return true;
  // A bare year after a bound ("since 2019", «с 2019 года»), which is no date phrase by itself.
  return ws.some((w) => yearOf(w) !== null && boundBefore.test(before(w.start)));
}

/** The offset where sentence s ends. */
function sentenceEnd(doc: AnalysedDocument, s: number): number {
  const range = doc.sentenceTokens[s];
  return range && range[0] < range[1] ? doc.tokens[range[1] - 1]!.end : 0;
}

// ---------------------------------------------------------------- plain texts (related events)

/** The first date stated with its year in the given texts (in order), as full or partial ISO; the words of
 *  both languages when no language is given. */
export function statedDate(texts: string[], language?: Language): string | null {
  for (const text of texts) {
    const found = (language ? [language] : (['ru', 'en'] as const)).flatMap((l) => phrases(text, 0, l).found);
    found.sort((a, b) => a.start - b.start);
    for (const p of found) {
      if (p.kind !== 'calendar' || p.parts.some((x) => x.y === undefined)) continue;
      const value = coveringParts(p.parts);
      if (value) return value;
    }
  }
  return null;
}

/** Like statedDate, but also a bare year with "года"/"year" ("на конец 2026 года" -> 2026): for announced events. */
export function statedYearOrDate(texts: string[], language?: Language): string | null {
  const exact = statedDate(texts, language);
  if (exact) return exact;
  for (const text of texts) {
    const m = /(?<!\d)((?:19|20)\d{2})\s*(?:года|год|г\.|year)/.exec(text);
    if (m) return m[1]!;
  }
  return null;
}
