// Relative date phrases, read against the article's anchor: day words ("yesterday", «сегодня», «накануне»), month
// words ("next month"), weekdays ("on Tuesday", «в минувшую пятницу», "from Monday to Wednesday") and a day of the
// anchor's month ("on the 30th"). Calendar dates are read in date-calendar-phrases.ts.

import { analyse } from '../knowledge/morphology.ts';
import type { DateWords } from '../lexicon/types.ts';
import { monthOf } from '../text/dateline.ts';
import type { CalendarPhraseReader } from './date-calendar-phrases.ts';
import type { Phrase } from './date-phrases.ts';
import { dayNumbers, type Word, weekdayAt } from './date-words.ts';

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

export class RelativePhraseReader {
  private readonly relativeDays: Array<readonly [RegExp, number]>;
  private readonly relativeMonths: Array<readonly [RegExp, number]>;

  constructor(
    private readonly ws: Word[],
    private readonly own: DateWords,
    /** The calendar reader of the same words: a weekday before a calendar date belongs to that date, and weekdays
     *  join into a span by the words that join calendar dates. */
    private readonly calendar: CalendarPhraseReader,
  ) {
    this.relativeDays = sticky(own.relativeDays);
    this.relativeMonths = sticky(own.relativeMonths);
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
    const weekday = weekdayAt(this.ws[j]);
    if (weekday === null) return this.dayOfMonth(i);
    // "on Monday, April 27, through ...": the calendar date after the weekday is read as a span from it.
    if (this.calendar.element(j)) return null;
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
    if (this.calendar.isJoin(k)) {
      k++;
      if (this.ws[k]?.kind === 'word' && this.own.weekdayPreposition.test(this.ws[k]!.lower)) k++;
      const second = weekdayAt(this.ws[k]);
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
