// The words date phrases are read from: a sentence cut into words, numbers and dates written in figures, and the
// words every reader of date phrases asks about (day numbers, years, weekday names in either language).

import { lexicon } from '../lexicon/index.ts';
import type { DateWords } from '../lexicon/types.ts';

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

export const dayNumbers = (w: Word | undefined): number[] | null => {
  if (w?.kind !== 'num') return null;
  const m = /^(\d{1,2})(?:[-–—](\d{1,2}))?(?:st|nd|rd|th|-?го)?$/.exec(w.text);
  if (!m) return null;
  const days = [Number(m[1]), ...(m[2] ? [Number(m[2])] : [])];
  return days.every((d) => d >= 1 && d <= 31) ? days : null;
};
export const yearOf = (w: Word | undefined): number | null => (w?.kind === 'num' && /^(?:1[89]|20)\d\d$/.test(w.text) ? Number(w.text) : null);

/** The date words of both languages: month, weekday and year words are read in every text (a Russian page may
 *  carry an "01 Nov 2019" header). */
export const ALL_DATE_WORDS: readonly DateWords[] = [lexicon('ru').dates, lexicon('en').dates];

/** Weekday numbers of words already read (bounded), as for month names. */
const weekdayCache = new Map<string, number | null>();

/** The weekday (0 = Sunday) a word names, in either language; English names only capitalised. */
export function weekdayAt(w: Word | undefined): number | null {
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
