// Date step: the meeting's date only as the text states it with a year ("12 мая 2024 года" ->
// 2024-05-12, "в октябре 2004" -> 2004-10, "in 2004" -> 2004). Relative words are resolved only
// against an explicit publishedAt ("вчера", "yesterday", "today"), never against a clock.

import { MONTHS_EN } from '../lexicon/en.ts';
import { MONTHS_RU } from '../lexicon/ru.ts';

const pad = (n: number) => String(n).padStart(2, '0');

function monthIndex(word: string): number {
  const w = word.toLowerCase();
  const en = MONTHS_EN.findIndex((m) => w === m || (w.length >= 3 && m.startsWith(w) && w.length <= m.length && w === m.slice(0, 3)));
  if (en >= 0) return en;
  if (/^ма[йяе]$/.test(w)) return 4;
  return MONTHS_RU.findIndex((m, i) => i !== 4 && w.startsWith(m));
}

const DAY_MONTH_YEAR = /(\d{1,2})\s+([A-Za-zА-Яа-яЁё]+)\.?,?\s+(\d{4})(?!\d)/g;
const MONTH_DAY_YEAR = /([A-Z][a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,\s*(\d{4})(?!\d)/g;
// These two start with a word: the lookbehind starts them at the word's first letter only. A start inside a
// word can only succeed where the start at its first letter did (the word runs to the same end), and trying
// every letter of a word made a long word quadratic.
const MONTH_SPAN_YEAR = /(?<![A-Za-zА-Яа-яЁё])([A-Za-zА-Яа-яЁё]+)\s+(?:and|to|или|и|по|-|–|—)\s+([A-Za-zА-Яа-яЁё]+)\s+(\d{4})(?!\d)/g;
const MONTH_YEAR = /(?<![A-Za-zА-Яа-яЁё])([A-Za-zА-Яа-яЁё]+)\s+(\d{4})(?!\d)/g;
const YEAR_ONLY = /(?:в|in|during)\s+(\d{4})\s*(?:году|г\.|\b)/g;

/** The first complete date stated in one of the given texts (in order), as full or partial ISO. */
export function statedDate(texts: string[]): string | null {
  for (const text of texts) {
    for (const m of text.matchAll(DAY_MONTH_YEAR)) {
      const month = monthIndex(m[2]!);
      const day = Number(m[1]);
      if (month >= 0 && day >= 1 && day <= 31) return `${m[3]}-${pad(month + 1)}-${pad(day)}`;
    }
    for (const m of text.matchAll(MONTH_DAY_YEAR)) {
      const month = monthIndex(m[1]!);
      const day = Number(m[2]);
      if (month >= 0 && day >= 1 && day <= 31) return `${m[3]}-${pad(month + 1)}-${pad(day)}`;
    }
    // A span of months ("in October and November 2004") gives the finest value covering it: the year.
    for (const m of text.matchAll(MONTH_SPAN_YEAR)) {
      if (monthIndex(m[1]!) >= 0 && monthIndex(m[2]!) >= 0) return m[3]!;
    }
    for (const m of text.matchAll(MONTH_YEAR)) {
      const month = monthIndex(m[1]!);
      if (month >= 0) return `${m[2]}-${pad(month + 1)}`;
    }
    for (const m of text.matchAll(YEAR_ONLY)) {
      const year = Number(m[1]);
      if (year >= 1900 && year <= 2100) return String(year);
    }
  }
  return null;
}

/** "вчера"/"yesterday", "сегодня"/"today", "завтра"/"tomorrow" against publishedAt; null otherwise. */
export function relativeDate(texts: string[], publishedAt: string | undefined): string | null {
  if (!publishedAt) return null;
  const anchor = new Date(publishedAt);
  if (Number.isNaN(anchor.getTime())) return null;
  for (const text of texts) {
    const m = /(?:^|[^\p{L}])(позавчера|вчера|сегодня|завтра|yesterday|today|tomorrow)(?![\p{L}])/iu.exec(text);
    if (!m) continue;
    const shift: Record<string, number> = { позавчера: -2, вчера: -1, yesterday: -1, сегодня: 0, today: 0, завтра: 1, tomorrow: 1 };
    const day = new Date(anchor.getTime() + (shift[m[1]!.toLowerCase()] ?? 0) * 86_400_000);
    return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  }
  return null;
}

/** Like statedDate, but also a bare year with "года"/"year" ("на конец 2026 года" -> 2026): for announced events. */
export function statedYearOrDate(texts: string[]): string | null {
  const exact = statedDate(texts);
  if (exact) return exact;
  for (const text of texts) {
    const m = /(?<!\d)((?:19|20)\d{2})\s*(?:года|год|г\.|year)/.exec(text);
    if (m) return m[1]!;
  }
  return null;
}
