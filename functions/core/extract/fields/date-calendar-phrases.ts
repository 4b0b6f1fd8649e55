// Calendar date phrases: dates written out or in figures, with or without their year ("12 мая 2024 года",
// "May 12", "12.05.2024", "in 2004", «в марте прошлого года»), joined into spans ("с 5 по 8 июня 2022 года",
// "5-7 March 2023"). Relative phrases ("yesterday", "on Tuesday") are read in date-relative-phrases.ts.

import type { DateWords } from '../lexicon/types.ts';
import { monthOf, validDay } from '../text/dateline.ts';
import type { Part, Phrase } from './date-phrases.ts';
import { ALL_DATE_WORDS, dayNumbers, type Word, weekdayAt, yearOf } from './date-words.ts';

export class CalendarPhraseReader {
  constructor(
    private readonly ws: Word[],
    private readonly own: DateWords,
  ) {}

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
    if (weekdayAt(this.ws[i]) !== null) {
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

  /** A word that joins two dates of a span: a dash or slash, "to", «по», "and" ... */
  isJoin(i: number): boolean {
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
}
