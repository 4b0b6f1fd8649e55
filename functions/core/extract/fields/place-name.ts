// Place step, naming: the nominative of a place mention as the text names it, and the mention of a country in the
// text. Used by the choice of the meeting's place (place.ts).

import { cityCountry } from '../knowledge/gazetteer.ts';
import { wellKnownCity } from '../knowledge/city-names.ts';
import { romaniseCyrillic, similarity } from '../knowledge/transliteration-key.ts';
import { analyse } from '../knowledge/morphology.ts';
import { capitalise, phraseToNominative, wordToNominative } from '../knowledge/nominative.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';

/** Nominative of a place mention as the text names it ("в Астане" -> "Астана", "Аль Аин" kept). `preferCodes`
 *  (countries the text names) decide between the guesses for a name the dictionary does not know. */
export function placeName(doc: AnalysedDocument, m: Mention, preferCodes: Set<string> = new Set()): string {
  const tokens = doc.tokens.slice(m.first, m.last);
  if (doc.language === 'en') return tokens.map((t) => t.text).join(' ');
  // "в Западном Иерусалиме" -> "Западный Иерусалим": an adjective goes to the nominative with its noun.
  if (tokens.length > 1 && tokens.every((t) => t.kind === 'cyr' && !t.upper) && analyse(tokens[0]!.text).parses[0]?.pos === 'ADJF') {
    return phraseToNominative(tokens.map((t) => t.text), tokens.length - 1).map(capitalise).join(' ');
  }
  return tokens
    .map((t) => {
      if (t.kind !== 'cyr' || t.upper) return t.text;
      const parses = analyse(t.text).parses;
      const geo = parses.find((p) => p.geo);
      if (geo) return keepCase(t.text, wordToNominative(t.text, geo));
      const noun = parses.find((p) => p.pos === 'NOUN' && !p.name && !p.surname);
      const guess = noun ? keepCase(t.text, wordToNominative(t.text, noun)) : t.text;
      return tokens.length === 1 ? knownNominative(t.text, guess, preferCodes) : guess;
    })
    .join(' ');
}

/** The dictionary's case of each hyphenated part kept as written ("Рио-де-Жанейро", not "Рио-Де-Жанейро"). */
function keepCase(written: string, nominative: string): string {
  const parts = written.split('-');
  const out = capitalise(nominative).split('-');
  if (parts.length !== out.length) return capitalise(nominative);
  return out.map((p, i) => (parts[i]![0] && parts[i]![0] === parts[i]![0]!.toLowerCase() ? p.toLowerCase() : p)).join('-');
}

const CASE_ENDING_RU = /(?:ом|ем|ём|ой|ей|ою|ею|е|у|ю|ы|и|а|я)$/;
const NOMINATIVE_ENDING_RU = ['', 'а', 'я', 'ь', 'о', 'й'];

/** A city name the dictionary does not know («в Мериде»): of the guesses at its nominative (the dictionary's, and
 *  the stem with each nominative ending), the one spelled closest to a city of the gazetteer. */
function knownNominative(written: string, guess: string, preferCodes: Set<string>): string {
  const stem = written.replace(CASE_ENDING_RU, '');
  if (stem === written || stem.length < 3) return guess;
  const score = (name: string): number => {
    if (wellKnownCity(name)) return 2;
    const city = cityCountry(name, preferCodes);
    return city ? similarity(romaniseCyrillic(name), city.name) + (preferCodes.has(city.code) ? 0.01 : 0) : -1;
  };
  let best = guess;
  let bestScore = score(guess);
  for (const ending of NOMINATIVE_ENDING_RU) {
    const name = keepCase(written, stem + ending);
    const sc = score(name);
    if (sc > bestScore + 0.05) {
      best = name;
      bestScore = sc;
    }
  }
  return best;
}

/** The first LOC mention of the country `code` in the text. */
export function countryNamedInText(doc: AnalysedDocument, code: string): Mention | undefined {
  return doc.mentions.find((m) => m.type === 'LOC' && m.country?.code === code);
}
