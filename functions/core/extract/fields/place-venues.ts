// Place step, the venue: the words that make a place the meeting's venue (a place preposition, a visit verb,
// "to" after a word of travelling, a state body the meeting is held in, a named venue before its city, a
// residence in apposition) and the landmarks that stand for a city («в Кремле», "at the White House"). Asked by
// the choice of the meeting's place (place.ts).

import type { MeetingLocation } from '../../record/record.ts';
import { shortEnName, shortRuName } from '../knowledge/country-names.ts';
import { cityCountry, gazetteer } from '../knowledge/gazetteer.ts';
import { analyse } from '../knowledge/morphology.ts';
import { lexicon } from '../lexicon/index.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';
import { spokenBy } from './organization-filters.ts';
import { datelineCity } from './place-lines.ts';

export const PLACE_PREPOSITION = /^(в|во|in|at)$/i;
/** Verbs of visiting take the place without a preposition ("посетил Исламабад", "visited Kabul"). */
export const VISIT_VERB = /^(посетил[аи]?|посетит|посетят|посещающ[а-яё]*|посещени[а-яё]*|visited|visiting|visit|visits)$/i;

/** «в МИД России», «в Министерстве иностранных дел Казахстана»: the country of a state body the meeting is held
 *  in (the city stays open: an institution alone names none). */
export function hostBody(doc: AnalysedDocument, m: Mention): boolean {
  if (doc.language !== 'ru' || !m.country || m.first === 0) return false;
  // The body's name as a mention («в Министерстве иностранных дел России»), or one word («в миде Грузии»).
  const named = doc.mentionAt[m.first - 1];
  const first = named?.type === 'ORG' && named.last === m.first ? named.first : named ? -1 : m.first - 1;
  if (first < 0) return false;
  const lemma = analyse(doc.tokens[first]!.text).parses[0]?.lemma ?? doc.tokens[first]!.text.toLowerCase();
  // Not the body that speaks («как сообщили в МИД России»).
  return lexicon(doc.language).stateBody.test(lemma) && PLACE_PREPOSITION.test(doc.tokens[first - 1]?.text ?? '') && !spokenBy(doc, first - 1, m.last);
}

/** "at the Ministry of Foreign Affairs of Kazakhstan": a state body of a named country the meeting is held in
 *  names the country; the city only when the dateline is one of it (the city stays open, as for «в МИД России»). */
export function hostBodyEn(doc: AnalysedDocument, s: number): MeetingLocation | null {
  if (doc.language !== 'en') return null;
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  const countries = gazetteer().enCountries;
  for (let k = from; k + 3 < to; k++) {
    if (!/^(?:at|in)$/i.test(doc.tokens[k]!.text)) continue;
    for (let of = k + 2; of < Math.min(to, k + 9); of++) {
      if (doc.tokens[of]!.text !== 'of' || !lexicon(doc.language).stateBody.test(doc.text.slice(doc.tokens[k + 1]!.start, doc.tokens[of - 1]!.end))) continue;
      const start = doc.tokens[of + 1]?.text === 'the' ? of + 2 : of + 1;
      // The country as a mention, or by its name where the mention finder took it into the body's name.
      const named = doc.mentionAt[start]?.first === start ? doc.mentionAt[start]!.country : undefined;
      for (let n = 3; n >= 1; n--) {
        if (start + n > to || spokenBy(doc, k, start + n)) continue;
        const country = named ?? countries.get(doc.tokens.slice(start, start + n).map((t) => t.text.toLowerCase()).join(' '));
        if (!country) continue;
        const filed = datelineCity(doc);
        const city = filed?.countryCode === country.code ? filed.city : null;
        return { city, country: shortEnName(country.code) ?? null, countryCode: country.code, countryInferred: false };
      }
    }
  }
  return null;
}

/** "at the Ministry of Foreign Affairs, Islamabad": a city after a comma that closes a named venue after "at/in". */
export function afterVenue(doc: AnalysedDocument, m: Mention): boolean {
  const { tokens } = doc;
  let k = m.first - 1;
  if (tokens[k]?.text !== ',') return false;
  const sentence = tokens[m.first]!.sentence;
  let words = 0;
  for (k--; k >= 0 && tokens[k]!.sentence === sentence && words < 10; k--, words++) {
    const t = tokens[k]!;
    const inMention = doc.mentionAt[k];
    if (inMention && inMention.type !== 'ORG') return false;
    if (PLACE_PREPOSITION.test(t.text)) return words > 0 && !doc.mentionAt[k + 1]?.country;
    if (!inMention && !(t.cap || /^(of|for|the|and|и|по|при)$/i.test(t.text))) return false;
  }
  return false;
}

/** "to X" after a word of travelling or receiving earlier in the sentence ("will travel to New Delhi", "will
 *  welcome the King ... to Washington"). */
export function destination(doc: AnalysedDocument, k: number): boolean {
  const to = doc.tokens[k];
  if (to?.text.toLowerCase() !== 'to') return false;
  const travel = lexicon(doc.language).travelTo;
  for (let j = k - 1; j >= 0 && k - j <= 30 && doc.tokens[j]!.sentence === to.sentence; j--) {
    if (travel.test(doc.tokens[j]!.text.toLowerCase())) return true;
  }
  return false;
}

/** "at the foreign secretary's official Kent house, Chevening,": a residence named in apposition is the venue. */
export function residenceVenue(doc: AnalysedDocument, s: number): MeetingLocation | null {
  if (doc.language !== 'en') return null;
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  for (let k = from; k + 2 < to; k++) {
    if (!RESIDENCE_EN.test(doc.tokens[k]!.text) || doc.tokens[k + 1]!.text !== ',') continue;
    let end = k + 2;
    while (end < to && end - k <= 4 && doc.tokens[end]!.kind === 'lat' && doc.tokens[end]!.cap && doc.mentionAt[end]?.type !== 'PER') end++;
    if (end === k + 2 || !/^[,.;]$/.test(doc.tokens[end]?.text ?? '.')) continue;
    const city = doc.tokens.slice(k + 2, end).map((t) => t.text).join(' ');
    const known = cityCountry(city);
    return { city, country: known ? (shortEnName(known.code) ?? null) : null, countryCode: known?.code ?? null, countryInferred: true };
  }
  return null;
}
const RESIDENCE_EN = /^(?:house|residence|retreat|estate|mansion|palace|manor|lodge|castle|ranch)$/i;

/** The meeting's place at a landmark that stands for `city`. */
export function landmarkPlace(doc: AnalysedDocument, city: string): MeetingLocation {
  const known = cityCountry(city);
  const country = known ? (doc.language === 'ru' ? (shortRuName(known.code) ?? null) : (shortEnName(known.code) ?? null)) : null;
  return { city, country, countryCode: known?.code ?? null, countryInferred: true };
}

/** A landmark that stands for a city ("в Кремле", "at the White House", "the Downing Street talks"); not one that
 *  speaks or owns an office ("сообщили в Кремле", "пресс-служба Кремля", "the White House said"). */
export function landmarkCity(doc: AnalysedDocument, s: number): { city: string; first: number } | null {
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  const table = lexicon(doc.language).landmarks;
  for (let i = from; i < to; i++) {
    for (const n of [2, 1]) {
      const slice = doc.tokens.slice(i, i + n);
      if (i + n > to || !slice[0]!.cap || slice.some((t) => t.kind === 'punct')) continue;
      const key = slice
        .map((t) => (doc.language === 'ru' ? (analyse(t.text).parses[0]?.lemma ?? t.text.toLowerCase()) : t.text.toLowerCase()))
        .join(' ');
      const city = Object.hasOwn(table, key) ? table[key] : undefined;
      if (city && landmarkIsVenue(doc, i, i + n)) return { city, first: i };
    }
  }
  return null;
}

/** The landmark at tokens [first, last) takes a place preposition ("в Кремле", "at the White House", "to No 10")
 *  with no word of saying next to it, or names the meeting ("the Downing Street talks"). */
function landmarkIsVenue(doc: AnalysedDocument, first: number, last: number): boolean {
  if (lexicon(doc.language).cueWord.test(doc.tokens[last]?.text.toLowerCase() ?? '')) return true;
  let k = first - 1;
  if (doc.language === 'en' && doc.tokens[k]?.text.toLowerCase() === 'the') k--;
  const before = doc.tokens[k];
  if (!before || before.sentence !== doc.tokens[first]!.sentence || !/^(в|во|на|at|in|to|inside|into)$/i.test(before.text)) return false;
  return !spokenBy(doc, k, last);
}

/** A landmark that stands for a city ("at Number 10") in one of the given sentences: the place of a meeting
 *  reported further down, in a sentence about the participants. */
export function landmarkLocation(doc: AnalysedDocument, sentences: number[]): MeetingLocation | null {
  for (const s of sentences) {
    const landmark = landmarkCity(doc, s);
    if (landmark) return landmarkPlace(doc, landmark.city);
  }
  return null;
}
