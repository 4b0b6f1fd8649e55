// Country names as the record shows them: the text's own nominative (Грузии -> Грузия), the usual short
// name for an acronym (РФ -> Россия), and the country a Russian relational adjective points to (российский).

import { gazetteer } from './gazetteer.ts';
import { analyse } from './morphology.ts';
import { capitalise, phraseToNominative, wordToNominative } from './nominative.ts';
import { COUNTRY_ADJECTIVE_STEMS_RU } from '../lexicon/ru.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Country, Mention } from '../model/mention.ts';

/** The country an adjective points to ("российский" -> Россия), from the shared stem. */
export function adjectiveCountry(word: string): Country | undefined {
  const lemma = word.toLowerCase();
  const g = gazetteer();
    for (const [stem, code] of Object.entries(COUNTRY_ADJECTIVE_STEMS_RU)) if (lemma.startsWith(stem)) return { code, name: g.countryName.ru.get(code) ?? code };
  if (!/(ский|цкий|ской|ская|ское|ского|ском|ских|скому|ским|скую|цкого|цкой)$/.test(lemma)) return undefined;
  let best: Country | undefined;
  let bestLength = 0;
  for (const [key, country] of g.ruCountries) {
    if (key.includes(' ')) continue;
    let n = 0;
    while (n < key.length && n < lemma.length && key[n] === lemma[n]) n++;
    if (n >= 4 && n > bestLength && n >= key.length - 3) {
      best = country;
      bestLength = n;
    }
  }
  return best;
}

/** Display name of a country mention: the text's own nominative, or the short name for acronyms (РФ -> Россия). */
export function countryDisplay(doc: AnalysedDocument, m: Mention): string | null {
  if (!m.country) return null;
  const tokens = doc.tokens.slice(m.first, m.last);
  if (doc.language === 'en') return shortEnName(m.country.code) ?? m.country.name;
  if (tokens.length === 1 && tokens[0]!.upper) return shortRuName(m.country.code) ?? tokens[0]!.text;
  const words = tokens.map((t) => {
    const parses = analyse(t.text).parses;
    const p = parses.find((x) => x.geo) ?? parses.find((x) => x.pos === 'NOUN') ?? parses[0];
    return p?.pos === 'NOUN' && p.geo ? wordToNominative(t.text, p) : t.text;
  });
  if (words.length > 1) return phraseToNominative(words, words.length - 1).join(' ');
  return words[0] ? capitalise(words[0]) : null;
}

export function shortRuName(code: string): string | undefined {
  const g = gazetteer();
  // The usual name when it is one word (США, Великобритания); else the shortest one-word name that is not
  // an acronym (Россия, not РФ); else the shortest one-word name.
  const canonical = g.countryName.ru.get(code);
  if (canonical && !canonical.includes(' ')) return canonical;
  let best: string | undefined;
  let bestWord: string | undefined;
  for (const [, c] of g.ruCountries) {
    if (c.code !== code || c.name.includes(' ')) continue;
    if (!best || c.name.length < best.length) best = c.name;
    if (c.name !== c.name.toUpperCase() && (!bestWord || c.name.length < bestWord.length)) bestWord = c.name;
  }
  return bestWord ?? best ?? canonical;
}

/** The usual English name: the ISO name unless it is a long form ("United States of America", "Russian
 *  Federation", "Lao People's Democratic Republic"), then the longest other name that is not ("United States",
 *  "Russia", "Laos"). */
export function shortEnName(code: string): string | undefined {
  const g = gazetteer();
  const long = (name: string) => / of |Federation$|People's|Arab Republic$|^(?:The )?Republic /.test(name);
  const canonical = g.countryName.en.get(code);
  if (!canonical || !long(canonical)) return canonical;
  let best: string | undefined;
  for (const [, c] of g.enCountries) {
    if (c.code !== code || long(c.name) || c.name === c.name.toUpperCase() || c.name.includes('.')) continue;
    if (!best || c.name.length > best.length) best = c.name;
  }
  return best ?? canonical;
}
