// Language detection by script and common function words: enough to route an article to the
// Russian or English extractor; anything else is "und" and gets a warning, not a guess.

import { FUNCTION_WORDS_EN } from '../lexicon/en.ts';
import { FUNCTION_WORDS_RU } from '../lexicon/ru.ts';

// Function words of other languages in Latin script: German, French, Spanish, Italian.
const OTHER_WORDS = new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'dem', 'den', 'ein', 'eine', 'zu', 'auf', 'für', 'von', 'le', 'la', 'les', 'et', 'est', 'des', 'une', 'un', 'du', 'que', 'pour', 'dans', 'el', 'los', 'las', 'y', 'es', 'del', 'por', 'con', 'para', 'una', 'il', 'di', 'che', 'è', 'per', 'gli']);

export type SupportedLanguage = 'ru' | 'en';

/** Returns "ru", "en" or "und" (undetermined: neither, or too little text to tell). */
export function detectLanguage(text: string): SupportedLanguage | 'und' {
  let ruHits = 0;
  let enHits = 0;
  let otherHits = 0;
  let words = 0;
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const word = match[0];
    words += 1;
    if (FUNCTION_WORDS_RU.has(word)) ruHits += 1;
    else if (FUNCTION_WORDS_EN.has(word)) enHits += 1;
    else if (OTHER_WORDS.has(word)) otherHits += 1;
    if (words >= 2000) break;
  }
  const best = Math.max(ruHits, enHits);
  // Function words make up well over 10% of running text in both languages; below 4% it is neither.
  if (words === 0 || best < Math.max(1, words * 0.04)) return 'und';
  // Latin-script text whose function words are mostly another language's is not English.
  if (enHits >= ruHits && otherHits > enHits) return 'und';
  return ruHits >= enHits ? 'ru' : 'en';
}
