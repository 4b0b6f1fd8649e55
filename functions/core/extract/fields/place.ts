// Place step: where the meeting took place. A city or country introduced by "в"/"in" in the frame
// sentences; the country of a city comes from the gazetteer (countryInferred) unless the text names it.

import type { MeetingLocation } from '../../record.ts';
import { countryDisplay, shortRuName } from '../knowledge/country-names.ts';
import { cityCountry, gazetteer } from '../knowledge/gazetteer.ts';
import { analyse } from '../knowledge/morphology.ts';
import { capitalise, phraseToNominative, wordToNominative } from '../knowledge/nominative.ts';
import { spokenBy } from './organization-filters.ts';
import { lexicon } from '../lexicon/index.ts';
import { type AnalysedDocument, sentenceText } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';
import type { Token } from '../model/token.ts';

const PLACE_PREPOSITION = /^(в|во|in|at)$/i;
/** Verbs of visiting take the place without a preposition ("посетил Исламабад", "visited Kabul"). */
const VISIT_VERB = /^(посетил[аи]?|посетит|посетят|посещающ[а-яё]*|посещени[а-яё]*|visited|visiting|visit|visits)$/i;

/** Nominative of a place mention as the text names it ("в Астане" -> "Астана", "Аль Аин" kept). */
export function placeName(doc: AnalysedDocument, m: Mention): string {
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
      const geo = parses.find((p) => p.geo) ?? parses.find((p) => p.pos === 'NOUN' && !p.name && !p.surname);
      return geo ? capitalise(wordToNominative(t.text, geo)) : t.text;
    })
    .join(' ');
}

function countryNamedInText(doc: AnalysedDocument, code: string): Mention | undefined {
  return doc.mentions.find((m) => m.type === 'LOC' && m.country?.code === code);
}

function locationFromCountry(doc: AnalysedDocument, m: Mention, city: string | null, mentions: Mention[]): MeetingLocation {
  return {
    city,
    country: countryDisplay(doc, m),
    countryCode: m.country!.code,
    countryInferred: false,
    mentions: mentions.map((x) => ({ start: x.start, end: x.end })),
  };
}

/** The meeting's place from the frame sentences, else from a headline outside the frame ("Kazakhstan Takes
 *  Part in Forum in Jordan"); null when none or several different places. */
export function meetingPlace(doc: AnalysedDocument, sentences: number[]): MeetingLocation | null {
  const found = placeIn(doc, sentences);
  // "ASTANA, March 3 — ... talks began in the capital": the dateline's city, only when the text puts the meeting there.
  if (!found?.city && sentences.some((s) => IN_THE_CAPITAL.test(sentenceText(doc, s)))) {
    const filed = datelineCity(doc);
    if (filed && (!found || found.countryCode === filed.countryCode)) return filed;
  }
  if (found || sentences.includes(0) || doc.sentenceCount < 2) return found;
  const [from, to] = doc.sentenceTokens[0] ?? [0, 0];
  const headline = to - from <= 20 && !/[.!?]/.test(doc.tokens[to - 1]?.text ?? '.');
  return headline ? placeIn(doc, [0]) : null;
}

function placeIn(doc: AnalysedDocument, sentences: number[]): MeetingLocation | null {
  const g = gazetteer();
  for (const s of sentences) {
    const candidates: Mention[] = [];
    const destinations: Mention[] = [];
    for (const m of doc.sentenceMentions[s] ?? []) {
      // "в Аль Аин (Al Ain)": a place the mention finder read as a person; the words after "в" name it.
      if (m.type === 'PER') {
        const place = placeReadAsPerson(doc, m);
        if (place) candidates.push(place);
        continue;
      }
      if (m.type !== 'LOC') continue;
      // A place name, not a described place ("в Старом городе"): its last word is capitalised.
      if (!doc.tokens[m.last - 1]!.cap) continue;
      // "in the Netherlands", "a visit to the Czech Republic": the article stands between.
      const k = doc.language === 'en' && doc.tokens[m.first - 1]?.text.toLowerCase() === 'the' ? m.first - 2 : m.first - 1;
      const before = doc.tokens[k];
      if (doc.language === 'en' && modifiesNoun(doc, m)) continue;
      if (topicOrContrast(doc, m)) continue;
      if (before && (PLACE_PREPOSITION.test(before.text) || VISIT_VERB.test(before.text))) candidates.push(m);
      else if (destination(doc, k)) destinations.push(m);
    }
    // A place the meeting is "in" says more than where someone travels "to".
    candidates.push(...destinations);
    // "in Paris-Saclay, France", "in Rome Italy": a place the mention finder does not know, named with its country.
    if (candidates.length === 0 && !landmarkCity(doc, s)) {
      const named = placeBeforeCountry(doc, s) ?? residenceVenue(doc, s);
      if (named) return named;
    }
    // Only a country here: a city in a later frame sentence may say where in it ("в Пакистан" ... "Исламабад").
    if (candidates.length > 0 && candidates.every((m) => m.country) && !landmarkCity(doc, s)) {
      const later = sentences.slice(sentences.indexOf(s) + 1);
      const city = later.length > 0 ? placeIn(doc, later) : null;
      if (city?.city && city.countryCode === candidates[0]!.country!.code) return city;
      // "в ходе визита в Украину ... сказал X в Киеве": a city of that country in the next sentences.
      const near = cityOfCountryNear(doc, s, candidates[0]!);
      if (near) return near;
    }
    const landmark = landmarkCity(doc, s);
    if (candidates.length === 0 && !landmark) continue;
    // A landmark that stands for a city ("The Downing Street talks") names the meeting's own place.
    if (landmark && (candidates.length === 0 || landmarkFirst(doc, s, landmark, candidates[0]!))) {
      const known = cityCountry(landmark);
      return { city: landmark, country: known ? (doc.language === 'ru' ? (shortRuName(known.code) ?? null) : (g.countryName.en.get(known.code) ?? null)) : null, countryCode: known?.code ?? null, countryInferred: true };
    }
    const cities = candidates.filter((m) => !m.country);
    const countries = candidates.filter((m) => m.country);
    if (cities.length > 0) {
      const city = cities[0]!;
      const name = placeName(doc, city);
      // A country in brackets or right after the city names it ("в Аммане (Иордания)", "Zurich, Switzerland").
      const stated = countries[0] ?? statedCountryAfter(doc, city);
      if (stated) return locationFromCountry(doc, stated, name, [city, stated]);
      const known = cityCountry(name, new Set(doc.mentions.flatMap((m) => (m.country ? [m.country.code] : []))));
      if (!known) return { city: name, country: null, countryCode: null, countryInferred: false, mentions: [{ start: city.start, end: city.end }] };
      const named = countryNamedInText(doc, known.code);
      const countryName = doc.language === 'ru' ? (named ? countryDisplay(doc, named) : shortRuName(known.code)) : g.countryName.en.get(known.code);
      return {
        city: name,
        country: countryName ?? null,
        countryCode: known.code,
        countryInferred: !named,
        mentions: [{ start: city.start, end: city.end }],
      };
    }
    if (landmark) {
      const known = cityCountry(landmark);
      return { city: landmark, country: known ? (doc.language === 'ru' ? (shortRuName(known.code) ?? null) : (g.countryName.en.get(known.code) ?? null)) : null, countryCode: known?.code ?? null, countryInferred: true };
    }
    if (countries.length > 0) {
      const country = countries[0]!;
      // City-states: "в Люксембурге" names the city as well as the country.
      const english = g.countryName.en.get(country.country!.code) ?? '';
      const capital = english ? cityCountry(english) : undefined;
      const cityState = capital && capital.code === country.country!.code && capital.name.toLowerCase() === english.toLowerCase();
      return locationFromCountry(doc, country, cityState ? countryDisplay(doc, country) : null, [country]);
    }
  }
  return null;
}

function landmarkFirst(doc: AnalysedDocument, s: number, _landmark: string, candidate: Mention): boolean {
  const range = doc.sentenceTokens[s] ?? [0, 0];
  for (let k = range[0]; k < candidate.first; k++) {
    const t = doc.tokens[k]!;
    const two = `${t.text} ${doc.tokens[k + 1]?.text ?? ''}`.toLowerCase();
    const table = lexicon(doc.language).landmarks;
    if (table[two] || table[t.text.toLowerCase()]) return true;
  }
  return false;
}

/** A landmark that stands for a city ("в Кремле", "at the White House", "the Downing Street talks"); not one that
 *  speaks or owns an office ("сообщили в Кремле", "пресс-служба Кремля", "the White House said"). */
function landmarkCity(doc: AnalysedDocument, s: number): string | null {
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  const table = lexicon(doc.language).landmarks;
  for (let i = from; i < to; i++) {
    for (const n of [2, 1]) {
      const slice = doc.tokens.slice(i, i + n);
      if (i + n > to || !slice[0]!.cap || slice.some((t) => t.kind === 'punct')) continue;
      const key = slice
        .map((t) => (doc.language === 'ru' ? (analyse(t.text).parses[0]?.lemma ?? t.text.toLowerCase()) : t.text.toLowerCase()))
        .join(' ');
      const city = table[key];
      if (city && landmarkIsVenue(doc, i, i + n)) return city;
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

/** The Cyrillic/Latin words after "в"/"in" that the mention finder took for a person's name, as a place mention. */
function placeReadAsPerson(doc: AnalysedDocument, m: Mention): Mention | null {
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
function statedCountryAfter(doc: AnalysedDocument, city: Mention): Mention | undefined {
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

/** "Shares in UK banking group X": a country name used as a modifier of a lower-case noun phrase. */
function modifiesNoun(doc: AnalysedDocument, m: Mention): boolean {
  const next = doc.tokens[m.last];
  const after = doc.tokens[m.last + 1];
  if (next?.kind !== 'lat' || next.cap || !after || after.kind !== 'lat' || after.cap) return false;
  return /^(group|bank|firm|company|giant|government|officials|authorities|ministry|market|economy|industry|sector|troops|forces|regulator|carmaker|insurer|retailer|lender)$/i.test(after.text);
}

/** A city of the given country after "в"/"in" in the few sentences after `s` (the visit's city). */
function cityOfCountryNear(doc: AnalysedDocument, s: number, country: Mention): MeetingLocation | null {
  const code = country.country!.code;
  for (let t = s + 1; t < Math.min(doc.sentenceCount, s + 3); t++) {
    for (const m of doc.sentenceMentions[t] ?? []) {
      if (m.type !== 'LOC' || m.country || !doc.tokens[m.last - 1]!.cap) continue;
      const before = doc.tokens[m.first - 1];
      if (!before || !PLACE_PREPOSITION.test(before.text)) continue;
      const name = placeName(doc, m);
      const known = cityCountry(name, new Set([code]));
      if (known?.code !== code) continue;
      return { ...locationFromCountry(doc, country, name, [m, country]) };
    }
  }
  return null;
}

/** A landmark that stands for a city ("at Number 10") in one of the given sentences: the place of a meeting
 *  reported further down, in a sentence about the participants. */
export function landmarkLocation(doc: AnalysedDocument, sentences: number[]): MeetingLocation | null {
  const g = gazetteer();
  for (const s of sentences) {
    const landmark = landmarkCity(doc, s);
    if (!landmark) continue;
    const known = cityCountry(landmark);
    return { city: landmark, country: known ? (doc.language === 'ru' ? (shortRuName(known.code) ?? null) : (g.countryName.en.get(known.code) ?? null)) : null, countryCode: known?.code ?? null, countryInferred: true };
  }
  return null;
}

/** "to X" after a word of travelling or receiving earlier in the sentence ("will travel to New Delhi", "will
 *  welcome the King ... to Washington"). */
function destination(doc: AnalysedDocument, k: number): boolean {
  const to = doc.tokens[k];
  if (to?.text.toLowerCase() !== 'to') return false;
  const travel = lexicon(doc.language).travelTo;
  for (let j = k - 1; j >= 0 && k - j <= 30 && doc.tokens[j]!.sentence === to.sentence; j--) {
    if (travel.test(doc.tokens[j]!.text.toLowerCase())) return true;
  }
  return false;
}

/** A place in the subject matter ("discussed major events in Kazakhstan": a country after what was discussed)
 *  or in a contrast («а не в Москве», "rather than in Rome"). A city after "discussed ..." may still be the venue. */
function topicOrContrast(doc: AnalysedDocument, m: Mention): boolean {
  const [from] = doc.sentenceTokens[doc.tokens[m.first]!.sentence] ?? [0, 0];
  const before = doc.text.slice(doc.tokens[from]!.start, m.start);
  const lex = lexicon(doc.language);
  return lex.contrast.test(before) || (m.country !== undefined && lex.topicBefore.test(before));
}

/** English "in <Name>, <Country>" or "in <Name> <Country>" where the mention finder knows only the country
 *  ("in Paris-Saclay, France", "in Rome Italy"): the name as written is the city. */
function placeBeforeCountry(doc: AnalysedDocument, s: number): MeetingLocation | null {
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
  return { city, country: gazetteer().countryName.en.get(code) ?? null, countryCode: code, countryInferred: false, mentions: country ? [{ start: country.start, end: country.end }] : [] };
}

/** "at the foreign secretary's official Kent house, Chevening,": a residence named in apposition is the venue. */
function residenceVenue(doc: AnalysedDocument, s: number): MeetingLocation | null {
  if (doc.language !== 'en') return null;
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  for (let k = from; k + 2 < to; k++) {
    if (!RESIDENCE_EN.test(doc.tokens[k]!.text) || doc.tokens[k + 1]!.text !== ',') continue;
    let end = k + 2;
    while (end < to && end - k <= 4 && doc.tokens[end]!.kind === 'lat' && doc.tokens[end]!.cap && doc.mentionAt[end]?.type !== 'PER') end++;
    if (end === k + 2 || !/^[,.;]$/.test(doc.tokens[end]?.text ?? '.')) continue;
    const city = doc.tokens.slice(k + 2, end).map((t) => t.text).join(' ');
    const known = cityCountry(city);
    return { city, country: known ? (gazetteer().countryName.en.get(known.code) ?? null) : null, countryCode: known?.code ?? null, countryInferred: true };
  }
  return null;
}
const RESIDENCE_EN = /^(?:house|residence|retreat|estate|mansion|palace|manor|lodge|castle|ranch)$/i;

/** "в столице", «в столице республики», "in the capital" with no name after it. */
const IN_THE_CAPITAL = /(?:^|[^\p{L}])(?:в столице(?! [А-ЯЁ])(?: (?:республики|страны|государства))?|in the (?:country's |nation's )?capital(?! (?:of|[A-Z])))(?:[^\p{L}]|$)/u;
/** A dateline: a city in capitals at the head of one of the first lines ("ASTANA, March 3", «НУР-СУЛТАН, 2 февраля»). */
const DATELINE_CITY = /^[ \t]*(\p{Lu}[\p{Lu}'’\- ]{2,30}\p{Lu})(?=,|:|[ \t]+[-–—])/mu;

function datelineCity(doc: AnalysedDocument): MeetingLocation | null {
  const head = doc.text.split('\n').filter((l) => l.trim()).slice(0, 3).join('\n');
  const m = DATELINE_CITY.exec(head);
  if (!m) return null;
  const name = m[1]!.toLowerCase().split(/([ -])/).map((w) => (w.length > 1 ? w[0]!.toUpperCase() + w.slice(1) : w)).join('');
  const known = cityCountry(name);
  if (!known || known.rank > 0) return null;
  const g = gazetteer();
  const country = doc.language === 'ru' ? (shortRuName(known.code) ?? null) : (g.countryName.en.get(known.code) ?? null);
  return { city: name, country, countryCode: known.code, countryInferred: true };
}
