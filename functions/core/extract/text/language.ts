// Language detection by script and common function words: enough to route an article to the
// Russian or English extractor; anything else is "und" and gets a warning, not a guess.

import { FUNCTION_WORDS_EN } from '../lexicon/en.ts';
import { FUNCTION_WORDS_RU } from '../lexicon/ru.ts';

// Function words of other languages in Latin script: German, French, Spanish, Italian.
const OTHER_WORDS = new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'dem', 'den', 'ein', 'eine', 'zu', 'auf', 'für', 'von', 'le', 'la', 'les', 'et', 'est', 'des', 'une', 'un', 'du', 'que', 'pour', 'dans', 'el', 'los', 'las', 'y', 'es', 'del', 'por', 'con', 'para', 'una', 'il', 'di', 'che', 'è', 'per', 'gli']);

export type SupportedLanguage = 'ru' | 'en';

const LONGEST_FUNCTION_WORD = Math.max(...[FUNCTION_WORDS_RU, FUNCTION_WORDS_EN, OTHER_WORDS].flatMap((words) => [...words].map((w) => w.length)));
const LETTER = /\p{L}/u;

/** The length in code units of the letter (\p{L}) at i, or 0: at once for ASCII and Cyrillic, else by the pattern. */
function letterAt(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  // The Cyrillic block is letters but for U+0482..U+0489 (a sign and combining marks).
  if (c >= 0x400 && c <= 0x4ff) return c >= 0x482 && c <= 0x489 ? 0 : 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER.test(s[i]!) ? 1 : 0;
}

/** Returns "ru", "en" or "und" (undetermined: neither, or too little text to tell). */
export function detectLanguage(text: string): SupportedLanguage | 'und' {
  let ruHits = 0;
  let enHits = 0;
  let otherHits = 0;
  let words = 0;
  // The words are the runs of letters (\p{L}) of the lower-case text, found by code rather than by a regular
  // expression, and only words short enough to be a function word are cut out: this step was a tenth of the
  // extraction time.
  const lower = text.toLowerCase();
  let i = 0;
  while (i < lower.length && words < 2000) {
    let end = i;
    for (let n = letterAt(lower, end); n > 0; n = letterAt(lower, end)) end += n;
    if (end === i) {
      i += 1;
      continue;
    }
    words += 1;
    if (end - i <= LONGEST_FUNCTION_WORD) {
      const word = lower.slice(i, end);
      if (FUNCTION_WORDS_RU.has(word)) ruHits += 1;
      else if (FUNCTION_WORDS_EN.has(word)) enHits += 1;
      else if (OTHER_WORDS.has(word)) otherHits += 1;
    }
    i = end;
  }
  const best = Math.max(ruHits, enHits);
  // Function words make up well over 10% of running text in both languages; below 4% it is neither.
  if (words === 0 || best < Math.max(1, words * 0.04)) return 'und';
  // Latin-script text whose function words are mostly another language's is not English.
  if (enHits >= ruHits && otherHits > enHits) return 'und';
  return ruHits >= enHits ? 'ru' : 'en';
}
