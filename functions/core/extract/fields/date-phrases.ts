// Date phrases: the reading of date phrases in a text ("12 мая 2024 года", "on Tuesday", «в минувшую пятницу»,
// spans and weeks) and their resolution against the article's anchor (date-anchor.ts). Which phrase is the
// meeting's is decided in fields/date.ts.

import type { DateBasis, MeetingStatus, PartialDate } from '../../record/record.ts';
import { analyse } from '../knowledge/morphology.ts';
import { lexicon } from '../lexicon/index.ts';
import type { DateWords } from '../lexicon/types.ts';
import type { Language } from '../model/document.ts';
import { monthOf, validDay } from '../text/dateline.ts';
import type { Anchor } from './date-anchor.ts';
import { covering, type Day, dayNumber, fromNumber, iso, lastDayOf, pad, weekdayOf } from './date-calendar.ts';

// ---------------------------------------------------------------- date phrases

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct' | 'iso' | 'numeric';
}

const WORD = /(?<!\d)(?:1[89]|20)\d\d-\d\d-\d\d(?!\d)|(?<![\d.])\d{1,2}[./]\d{1,2}[./](?:1[89]|20)\d\d(?!\d)|\d+(?:[-–—]\d+)?(?:st|nd|rd|th|-?го)?|\p{L}+(?:['’]\p{L}+)?|[^\s\p{L}\p{N}]/gu;

export function words(text: string, base: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = m[0];
    const kind: Word['kind'] = /^\d{4}-/.test(t) ? 'iso' : /^\d{1,2}[./]/.test(t) ? 'numeric' : /^\d/.test(t) ? 'num' : /^\p{L}/u.test(t) ? 'word' : 'punct';
    out.push({ text: t, lower: t.toLowerCase(), start: base + m.index, end: base + m.index + t.length, kind });
  }
  return out;
}

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

const dayNumbers = (w: Word | undefined): number[] | null => {
  if (w?.kind !== 'num') return null;
  const m = /^(\d{1,2})(?:[-–—](\d{1,2}))?(?:st|nd|rd|th|-?го)?$/.exec(w.text);
  if (!m) return null;
  const days = [Number(m[1]), ...(m[2] ? [Number(m[2])] : [])];
  return days.every((d) => d >= 1 && d <= 31) ? days : null;
};
export const yearOf = (w: Word | undefined): number | null => (w?.kind === 'num' && /^(?:1[89]|20)\d\d$/.test(w.text) ? Number(w.text) : null);

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
export function phrases(text: string, base: number, language: Language): { ws: Word[]; found: Phrase[] } {
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

