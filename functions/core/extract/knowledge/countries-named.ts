// Gazetteer helper: the countries a short phrase names — a participant's country or organisation
// («Россия», "United Kingdom") or role («министр иностранных дел Грузии», "Italian Prime Minister") — as
// ISO codes, for telling two people of one name apart (record/persons/).

import { adjectiveCountry } from './country-names.ts';
import { demonymCountry } from './demonyms.ts';
import { gazetteer } from './gazetteer.ts';
import { analyse } from './morphology.ts';

/** A Russian word's lemma, a geographic reading first ("Грузии" -> грузия). */
function lemma(word: string): string {
  const parses = analyse(word).parses;
  return (parses.find((p) => p.geo) ?? parses[0])?.lemma ?? word.toLowerCase();
}

function russianCodes(words: string[]): Set<string> {
  const g = gazetteer();
  const codes = new Set<string>();
  const lemmas = words.map(lemma);
  for (let i = 0; i < words.length; i++) {
    // Lower case: a relational adjective may name a country («российский»); a common noun never does
    // ("чад" is not Чад). Country names are capitalised (Грузии, Южной Кореи) or acronyms (РФ, США).
    if (words[i]![0] === words[i]![0]!.toLowerCase()) {
      const adjective = adjectiveCountry(lemmas[i]!);
      if (adjective) codes.add(adjective.code);
      continue;
    }
    for (let n = Math.min(g.ruMaxWords, words.length - i); n >= 1; n--) {
      const key = lemmas.slice(i, i + n).join(' ');
      const country = g.ruCountries.get(key) ?? (n === 1 ? g.ruCountries.get(words[i]!.toLowerCase()) : undefined);
      if (country) {
        codes.add(country.code);
        break;
      }
    }
  }
  return codes;
}

function englishCodes(words: string[]): Set<string> {
  const g = gazetteer();
  const codes = new Set<string>();
  const plain = words.map((w) => w.replace(/['’]s$/, ''));
  for (let i = 0; i < plain.length; i++) {
    if (plain[i]![0] === plain[i]![0]!.toLowerCase()) continue;
    const demonym = demonymCountry(plain[i]!);
    if (demonym) codes.add(demonym.code);
    for (let n = Math.min(g.enMaxWords, plain.length - i); n >= 1; n--) {
      const country = g.enCountries.get(plain.slice(i, i + n).join(' ').toLowerCase());
      if (country) {
        codes.add(country.code);
        break;
      }
    }
  }
  return codes;
}

/** ISO 3166-1 codes of the countries `phrase` names; the gazetteer must be installed (createExtractor). */
export function countriesNamed(phrase: string, language: string): string[] {
  const words = phrase.split(/[\s,;:()«»"“”]+/).filter(Boolean);
  const codes = /[\u0400-\u04ff]/.test(phrase) || language === 'ru' ? russianCodes(words) : englishCodes(words);
  return [...codes];
}
