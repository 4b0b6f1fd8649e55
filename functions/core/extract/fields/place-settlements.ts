// Place step, settlements described by a noun: «в курортном городе Сочи», «в столице Таджикистана Душанбе», "in
// Egypt's city of El Alamein", "in the Laotian capital". Asked by the choice of the meeting's place (place.ts).

import type { MeetingLocation } from '../../record/record.ts';
import { adjectiveCountry, shortEnName } from '../knowledge/country-names.ts';
import { cityCountry } from '../knowledge/gazetteer.ts';
import { demonymCountry } from '../knowledge/demonyms.ts';
import { lexicon } from '../lexicon/index.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';
import { countryNamedInText } from './place-name.ts';
import { PLACE_PREPOSITION } from './place-venues.ts';

/** The words between a place preposition and the mention describe a settlement: «в курортном городе Сочи»,
 *  «в столице Таджикистана Душанбе», "in the administrative capital Putrajaya", "in the Laotian capital, Vientiane". */
export function afterSettlementNoun(doc: AnalysedDocument, m: Mention): boolean {
  return settlementPreposition(doc, m.first) >= 0;
}

/** The index of the place preposition before a settlement description that ends right before token `first`; -1. */
function settlementPreposition(doc: AnalysedDocument, first: number): number {
  const { tokens } = doc;
  const lex = lexicon(doc.language);
  const sentence = tokens[first]?.sentence;
  let k = first - 1;
  const at = (i: number) => (i >= 0 && tokens[i]!.sentence === sentence ? tokens[i]! : undefined);
  if (at(k)?.text === ',' && doc.language === 'en') k--;
  // "the capital of Kazakhstan, Astana": the country of the capital between the noun and the name.
  const of = doc.mentionAt[k];
  if (doc.language === 'en' && of?.country && of.last === k + 1 && at(of.first - 1)?.text.toLowerCase() === 'of') k = of.first - 1;
  if (at(k)?.text.toLowerCase() === 'of' && doc.language === 'en') k--;
  // «в столице Таджикистана Душанбе»: the country of the capital between the noun and the name.
  const between = doc.mentionAt[k];
  if (doc.language === 'ru' && between?.country && between.last === k + 1) k = between.first - 1;
  if (at(k)?.text === '.' && at(k - 1)?.text === 'г') k--;
  if (!at(k) || !lex.settlementNoun.test(at(k)!.text.toLowerCase())) return -1;
  // Up to three describing words before the noun: adjectives, a demonym, "the", a possessive country ("Egypt's").
  for (let steps = 0; steps < 4; steps++) {
    k--;
    const t = at(k);
    if (!t) return -1;
    if (PLACE_PREPOSITION.test(t.text)) return k;
    const inMention = doc.mentionAt[k];
    if (inMention && inMention.type !== 'LOC') return -1;
    if (inMention) {
      k = inMention.first;
      continue;
    }
    if (t.kind === 'punct' && !/^['’]s?$/.test(t.text)) return -1;
  }
  return -1;
}

/** "in Egypt's Mediterranean city of El Alamein": a country mention that only describes the settlement after it. */
export function describesSettlement(doc: AnalysedDocument, m: Mention): boolean {
  if (!m.country) return false;
  for (let k = m.last; k < Math.min(doc.tokens.length, m.last + 5); k++) {
    const t = doc.tokens[k]!;
    if (t.sentence !== doc.tokens[m.first]!.sentence || doc.mentionAt[k]) return false;
    if (lexicon(doc.language).settlementNoun.test(t.text.toLowerCase())) return settlementPreposition(doc, nameAfterNoun(doc, k)) >= 0;
    if (t.kind === 'punct' && !/^['’]s?$/.test(t.text)) return false;
  }
  return false;
}

/** The first token of the name after the settlement noun at `k` (past "of" and a comma). */
function nameAfterNoun(doc: AnalysedDocument, k: number): number {
  let j = k + 1;
  if (doc.tokens[j]?.text.toLowerCase() === 'of') j++;
  if (doc.tokens[j]?.text === ',') j++;
  return j;
}

/** English "in <Country>'s city of <Name>", "in the resort town of <Name>" where the mention finder does not
 *  read the name as a place (an unknown name, or one read as a person): the capitalised words as written. */
export function settlementNamed(doc: AnalysedDocument, s: number): MeetingLocation | null {
  if (doc.language !== 'en') return null;
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  const lex = lexicon(doc.language);
  for (let k = from; k < to; k++) {
    if (!lex.settlementNoun.test(doc.tokens[k]!.text) || lex.capitalNoun.test(doc.tokens[k]!.text)) continue;
    const first = nameAfterNoun(doc, k);
    if (doc.tokens[first - 1]?.text.toLowerCase() !== 'of') continue;
    let end = first;
    while (end < to && end - first < 4 && doc.tokens[end]!.kind === 'lat' && doc.tokens[end]!.cap && doc.mentionAt[end]?.type !== 'ORG') end++;
    if (end === first || doc.mentionAt[first]?.type === 'LOC') continue;
    const p = settlementPreposition(doc, first);
    if (p < 0) continue;
    const city = doc.tokens.slice(first, end).map((t) => t.text).join(' ');
    // The country before the noun ("Tunisia's city of Tozeur") or after the name ("town of Biarritz, France").
    const after = doc.tokens[end]?.text === ',' ? doc.mentionAt[end + 1] : undefined;
    const described = doc.mentions.find((m) => m.country && m.first > p && m.last <= k) ?? (after?.country && after.first === end + 1 ? after : undefined);
    let demonym: string | undefined;
    for (let j = p + 1; j < k && !demonym; j++) demonym = wordCountry(doc, j);
    const code = described?.country?.code ?? demonym ?? cityCountry(city)?.code;
    if (!code) return { city, country: null, countryCode: null, countryInferred: false };
    return { city, country: shortEnName(code) ?? null, countryCode: code, countryInferred: !described && !demonym && !countryNamedInText(doc, code) };
  }
  return null;
}

/** The country a describing word at `j` names: an English demonym ("Norwegian"), a Russian relational
 *  adjective («российской»). */
function wordCountry(doc: AnalysedDocument, j: number): string | undefined {
  const t = doc.tokens[j]!;
  if (doc.language === 'en') return t.cap ? demonymCountry(t.text)?.code : undefined;
  return t.kind === 'cyr' && !t.cap ? adjectiveCountry(t.text)?.code : undefined;
}

/** The capital as the place with no name after it ("in the Laotian capital", «в столице Узбекистана», "in the
 *  capital"): the country it names (the demonym, a possessive or genitive country) or null; undefined when none. */
export function capitalPhrase(doc: AnalysedDocument, s: number): string | null | undefined {
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  const lex = lexicon(doc.language);
  for (let k = from; k < to; k++) {
    if (!lex.capitalNoun.test(doc.tokens[k]!.text.toLowerCase())) continue;
    const next = doc.mentionAt[nameAfterNoun(doc, k)];
    const genitive = doc.language === 'ru' && next?.country && next.first === k + 1 ? next : undefined;
    // A name after the capital is the place itself ("the capital, Vientiane"; «столице Таджикистана Душанбе»).
    const after = genitive ? doc.mentionAt[genitive.last] : next;
    if (after?.type === 'LOC' && !after.country) continue;
    if (doc.language === 'en' && doc.tokens[k + 1]?.text.toLowerCase() === 'of') continue;
    const p = settlementPreposition(doc, genitive ? genitive.last : k + 1);
    if (p < 0 && !PLACE_PREPOSITION.test(doc.tokens[k - 1]?.text ?? '') && !(doc.language === 'en' && /^the$/i.test(doc.tokens[k - 1]?.text ?? '') && PLACE_PREPOSITION.test(doc.tokens[k - 2]?.text ?? ''))) continue;
    if (genitive) return genitive.country!.code;
    for (let j = k - 1; j >= Math.max(from, k - 3); j--) {
      const m = doc.mentionAt[j];
      if (m?.country) return m.country.code;
      const demonym = wordCountry(doc, j);
      if (demonym) return demonym;
    }
    return null;
  }
  return undefined;
}
