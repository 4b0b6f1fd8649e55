// Organisations step, names that are no body of their own: a generic name (a position, a ministry with no
// country, a lone head noun) and a country's name. Asked by the organisations step (organizations.ts), its
// filters and hosts, and by the participants step for a participant's organisation.

import { gazetteer } from '../knowledge/gazetteer.ts';
import { analyse } from '../knowledge/morphology.ts';
import { ROLE_LAST_EN } from '../lexicon/en.ts';
import { lexicon } from '../lexicon/index.ts';
import { ORG_HEADS_RU } from '../lexicon/ru.ts';
import type { AnalysedDocument } from '../model/document.ts';

/** A name too generic to list as an organisation: a position, a ministry with no country, a lone head noun. */
export function isGenericOrganization(name: string, language: 'ru' | 'en'): boolean {
  const words = name.replace(/[«»"]/g, '').trim().split(/\s+/);
  // "Defence Secretary", "Foreign Minister": a position, not a body.
  if (language === 'en' && ROLE_LAST_EN.test(words[words.length - 1]!)) return true;
  // "министерство иностранных дел" with no country: whose ministry it is stays unsaid.
  if (language === 'ru' && words.length > 1 && words.slice(1).every((w) => w === w.toLowerCase()) && lexicon(language).stateBody.test(name)) return true;
  if (words.length !== 1) return false;
  const word = words[0]!.toLowerCase();
  if (lexicon(language).genericOrganizations.has(word)) return true;
  if (language === 'en') return false;
  // A lone common head noun ("Банк", "Комитет"), not an acronym or a name the dictionary does not know.
  return !/^[А-ЯЁ]{2,}$/.test(words[0]!) && analyse(word).parses.some((p) => p.pos === 'NOUN' && p.known && ORG_HEADS_RU.has(p.lemma));
}

const knownCountryNames = new WeakMap<object, Set<string>>();

/** A country's name in the gazetteer, in either language. */
export function isKnownCountry(name: string): boolean {
  const g = gazetteer();
  // Every name in lower case, collected once per gazetteer (this is asked per participant).
  let names = knownCountryNames.get(g);
  if (!names) {
    names = new Set<string>();
    for (const table of [g.countryName.ru, g.countryName.en]) for (const n of table.values()) names.add(n.toLowerCase());
    for (const c of g.ruCountries.values()) names.add(c.name.toLowerCase());
    knownCountryNames.set(g, names);
  }
  const lower = name.toLowerCase();
  return names.has(lower) || g.enCountries.has(lower);
}

const countryNamesInText = new WeakMap<AnalysedDocument['mentionAt'], Set<string>>();

/** A country as the text names it (a country mention, or the country's name). */
export function isCountryName(doc: AnalysedDocument, name: string): boolean {
  // The text's country mentions, by country name and as written, collected once per document.
  let names = countryNamesInText.get(doc.mentionAt);
  if (!names) {
    names = new Set();
    for (const m of doc.mentions) {
      if (m.type !== 'LOC' || !m.country) continue;
      names.add(m.country.name.toLowerCase());
      names.add(doc.text.slice(m.start, m.end).toLowerCase());
    }
    countryNamesInText.set(doc.mentionAt, names);
  }
  return isKnownCountry(name) || names.has(name.toLowerCase());
}
