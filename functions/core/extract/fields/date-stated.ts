// Dates stated with their year in plain texts (no document, no anchor): the date of a related event
// (fields/related-events.ts).

import type { Language } from '../model/document.ts';
import { coveringParts, phrases } from './date-phrases.ts';

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
