// Place step, places the mention finder missed: a city it does not know before its country ("in Paris-Saclay,
// France"), a place it read as a person's name ("в Аль Аин (ОАЭ)"), and the country stated right after a city.
// Asked by the choice of the meeting's place (place.ts).

import type { MeetingLocation } from '../../record/record.ts';
import { shortEnName } from '../knowledge/country-names.ts';
import { gazetteer } from '../knowledge/gazetteer.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';
import type { Token } from '../model/token.ts';
import { PLACE_PREPOSITION } from './place-venues.ts';

/** The Cyrillic/Latin words after "в"/"in" that the mention finder took for a person's name, as a place mention. */
export function placeReadAsPerson(doc: AnalysedDocument, m: Mention): Mention | null {
  const { tokens } = doc;
  let p = m.first - 1;
  while (p >= 0 && m.first - p <= 2 && tokens[p]!.cap && !doc.mentionAt[p] && tokens[p]!.sentence === tokens[m.first]!.sentence) p--;
  if (p < 0 || !PLACE_PREPOSITION.test(tokens[p]!.text) || tokens[p]!.sentence !== tokens[m.first]!.sentence) return null;
  // Only when the place's country follows ("в Аль Аин (ОАЭ)"): otherwise it may really be a person ("в Путине").
  const first = p + 1;
  const place: Mention = { type: 'LOC', start: tokens[first]!.start, end: m.end, first, last: m.last };
  return statedCountryAfter(doc, place) ? place : null;
}

/** A country stated right after a city: "Цюрих (Швейцария)", "Zurich, Switzerland", "Аль Аин (Al Ain) (ОАЭ)". */
export function statedCountryAfter(doc: AnalysedDocument, city: Mention): Mention | undefined {
  const { tokens } = doc;
  for (let k = city.last; k < tokens.length && k <= city.last + 8; k++) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[city.first]!.sentence) return undefined;
    const m = doc.mentionAt[k];
    if (m?.type === 'LOC' && m.country) return m.first === k ? m : undefined;
    if (m) {
      k = m.last - 1;
      continue;
    }
    // Only brackets, commas and a name in another script may stand between.
    if (!(t.text === '(' || t.text === ')' || t.text === ',' || (t.cap && t.kind !== tokens[city.first]!.kind))) return undefined;
  }
  return undefined;
}

/** English "in <Name>, <Country>" or "in <Name> <Country>" where the mention finder knows only the country
 *  ("in Paris-Saclay, France", "in Rome Italy"): the name as written is the city. */
export function placeBeforeCountry(doc: AnalysedDocument, s: number): MeetingLocation | null {
  if (doc.language !== 'en') return null;
  const g = gazetteer();
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  for (let k = from; k + 1 < to; k++) {
    if (!/^(in|at)$/i.test(doc.tokens[k]!.text)) continue;
    let end = k + 1;
    while (end < to && end - k <= 4 && doc.tokens[end]!.kind === 'lat' && doc.tokens[end]!.cap && (!doc.mentionAt[end] || doc.mentionAt[end]!.type === 'LOC')) end++;
    if (end === k + 1) continue;
    const words = doc.tokens.slice(k + 1, end);
    // The country as the last words of the run ("Rome Italy") or a country mention after a comma ("Paris-Saclay, France").
    for (let split = 1; split < words.length; split++) {
      const country = g.enCountries.get(words.slice(split).map((t) => t.text.toLowerCase()).join(' '));
      if (country) return placeWithCountry(words.slice(0, split), country.code);
    }
    const after = doc.mentionAt[end + 1];
    if (doc.tokens[end]?.text === ',' && after?.country && after.first === end + 1 && !doc.mentionAt.slice(k + 1, end).some((x) => x?.country)) {
      return placeWithCountry(words, after.country.code, after);
    }
  }
  return null;
}

function placeWithCountry(words: Token[], code: string, country?: Mention): MeetingLocation | null {
  const city = words.map((t) => t.text).join(' ');
  if (gazetteer().enCountries.has(city.toLowerCase())) return null;
  return { city, country: shortEnName(code) ?? null, countryCode: code, countryInferred: false, mentions: country ? [{ start: country.start, end: country.end }] : [] };
}
