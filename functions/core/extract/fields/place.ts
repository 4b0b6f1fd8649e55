// Place step: where the meeting took place. A city or country introduced by "в"/"in" (or a settlement noun, a
// visit verb, "travel to") in the frame sentences, not one in the topic or of another time; a landmark; the
// dateline's city when the text puts the meeting there. The country of a city comes from the text next to it,
// else from the gazetteer (countryInferred).

import type { MeetingLocation } from '../../record/record.ts';
import { adjectiveCountry, countryDisplay, shortEnName, shortRuName } from '../knowledge/country-names.ts';
import { cityCountry, gazetteer } from '../knowledge/gazetteer.ts';
import { wellKnownCity } from '../knowledge/city-names.ts';
import { demonymCountry } from '../knowledge/demonyms.ts';
import { romaniseCyrillic, similarity } from '../knowledge/transliteration-key.ts';
import { analyse } from '../knowledge/morphology.ts';
import { capitalise, phraseToNominative, wordToNominative } from '../knowledge/nominative.ts';
import { spokenBy } from './organization-filters.ts';
import { lexicon } from '../lexicon/index.ts';
import { type AnalysedDocument, sentenceText } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';
import type { Token } from '../model/token.ts';

const PLACE_PREPOSITION = /^(в|во|in|at)$/i;
/** Verbs of visiting take the place without a preposition ("посетил Исламабад", "visited Kabul"). */
/** How far before a place its clause's cues are read ("discussed the situation in", "rather than in"). */
const CLAUSE_REACH = 300;
/** How many tokens either side of a place its comma-bounded aside may reach ("..., which he had visited last year, ..."). */
const ASIDE_REACH = 40;
const VISIT_VERB = /^(посетил[аи]?|посетит|посетят|посещающ[а-яё]*|посещени[а-яё]*|visited|visiting|visit|visits)$/i;

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

/** The meeting's place from the frame sentences (the main one first), else from a headline outside the frame
 *  ("Kazakhstan Takes Part in Forum in Jordan"); null when none or several different places. */
export function meetingPlace(doc: AnalysedDocument, sentences: number[]): MeetingLocation | null {
  const main = sentences[0] ?? 0;
  const found = placeIn(doc, sentences, main);
  if (found) return found;
  // The headline alone reports the meeting: the lead sentence says where («О встрече …» / «20 марта в МИД России …»).
  if (sentences.every((s) => s === 0) && doc.sentenceCount > 1) {
    const lead = placeIn(doc, [1], 1);
    if (lead) return lead;
  }
  // "BRUSSELS (AP) — NATO foreign ministers wrapped up two days of talks in Brussels": a lead sentence with a
  // meeting word puts the meeting in the dateline's city.
  const confirmed = datelineConfirmed(doc, main);
  if (confirmed) return confirmed;
  if (sentences.includes(0) || doc.sentenceCount < 2) return null;
  const [from, to] = doc.sentenceTokens[0] ?? [0, 0];
  const headline = to - from <= 20 && !/[.!?]/.test(doc.tokens[to - 1]?.text ?? '.');
  return headline ? placeIn(doc, [0], 0) : null;
}

/** The dateline's city when a sentence of the lead (up to two after the main one) with a meeting word or an event
 *  noun puts a place of that name after "in"/"в" («В столице Узбекистана открылся форум» after «ТАШКЕНТ, 2 мая»). */
function datelineConfirmed(doc: AnalysedDocument, main: number): MeetingLocation | null {
  const filed = datelineCity(doc);
  if (!filed) return null;
  const { cueWord, multilateralKind } = lexicon(doc.language);
  for (let t = 0; t < Math.min(doc.sentenceCount, main + 3); t++) {
    const [from, to] = doc.sentenceTokens[t] ?? [0, 0];
    const meeting = doc.tokens.slice(from, to).some((x) => cueWord.test(x.text.toLowerCase())) || multilateralKind.test(sentenceText(doc, t).toLowerCase());
    if (!meeting) continue;
    const here = placeIn(doc, [t], t);
    if (here?.city && here.city.toLowerCase() === filed.city!.toLowerCase()) return here;
  }
  return null;
}

function placeIn(doc: AnalysedDocument, sentences: number[], main: number): MeetingLocation | null {
  for (const s of sentences) {
    const candidates: Mention[] = [];
    const destinations: Mention[] = [];
    // The country that describes a settlement named after it ("Tunisia's southern city of Tozeur").
    let describing: Mention | undefined;
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
      if (doc.language === 'en' && (modifiesNoun(doc, m) || (possessiveOfNoun(doc, m) && !describesSettlement(doc, m)))) continue;
      if (topicOrContrast(doc, m)) continue;
      // "… was his first since the premier visited Seoul in May": outside the main sentence, a place dated to
      // another time is another event's.
      if (s !== main && otherTime(doc, m)) continue;
      // "X, who visited Paris last year, met Y": a place in an aside about earlier times.
      if (pastAside(doc, m)) continue;
      // "in Egypt's city of X": the country describes the settlement named after it.
      if (describesSettlement(doc, m)) {
        describing ??= m;
        continue;
      }
      if (before && (PLACE_PREPOSITION.test(before.text) || VISIT_VERB.test(before.text) || hostBody(doc, m))) candidates.push(m);
      else if (!m.country && (afterSettlementNoun(doc, m) || afterVenue(doc, m))) candidates.push(m);
      else if (destination(doc, k)) destinations.push(m);
    }
    // A place the meeting is "in" says more than where someone travels "to".
    candidates.push(...destinations);
    const landmark = landmarkCity(doc, s);
    // "in Paris-Saclay, France", "in Egypt's city of El Alamein": a place the mention finder does not know.
    if (!candidates.some((m) => !m.country) && !landmark) {
      const named = placeBeforeCountry(doc, s) ?? settlementNamed(doc, s) ?? (candidates.length === 0 ? residenceVenue(doc, s) : null);
      if (named && (candidates.length === 0 || named.countryCode === candidates[0]!.country!.code)) return named;
      // "talks in the Laotian capital" (dateline "VIENTIANE, Oct. 10"): the dateline's city when its country fits.
      const capital = capitalPhrase(doc, s);
      if (capital !== undefined) {
        const filed = datelineCity(doc);
        const code = capital ?? candidates[0]?.country?.code;
        // The country is the text's when the phrase names it ("the Laotian capital", «в столице Узбекистана»).
        if (filed && (!code || filed.countryCode === code)) return { ...filed, countryInferred: filed.countryInferred && !capital };
      }
    }
    // Only a country here: a city in a later frame sentence or a near one may say where in it ("в Пакистан" ...
    // "Исламабад"); several cities of it (a tour) leave the city open.
    if (candidates.length > 0 && candidates.every((m) => m.country) && !landmark) {
      const cities = citiesOfCountryAfter(doc, s, sentences, main, candidates[0]!);
      if (cities.length === 1) return cities[0]!;
      if (cities.length > 1) return locationFromCountry(doc, candidates[0]!, null, [candidates[0]!]);
      // «Баку, 20 августа. … находящийся в Азербайджане …», "ASTANA — … at the Ministry of Foreign Affairs of
      // Kazakhstan": the text puts the meeting in the dateline's country, so in the dateline's city.
      const filed = datelineCity(doc);
      if (filed?.countryCode === candidates[0]!.country!.code) return locationFromCountry(doc, candidates[0]!, filed.city, [candidates[0]!]);
    }
    if (candidates.length === 0 && !landmark) {
      const host = hostBodyEn(doc, s);
      if (host) return host;
      continue;
    }
    // A landmark that stands for a city ("The Downing Street talks", "в Акорде") names the meeting's own place.
    if (landmark && (candidates.length === 0 || landmark.first <= candidates[0]!.first)) return landmarkPlace(doc, landmark.city);
    const cities = candidates.filter((m) => !m.country);
    const countries = candidates.filter((m) => m.country);
    if (cities.length > 0) return cityLocation(doc, cities[0]!, countries[0] ?? describing);
    if (landmark) return landmarkPlace(doc, landmark.city);
    if (countries.length > 0) {
      const country = countries[0]!;
      // City-states: "в Люксембурге" names the city as well as the country.
      const english = shortEnName(country.country!.code) ?? '';
      const capital = english ? cityCountry(english) : undefined;
      const cityState = capital && capital.code === country.country!.code && capital.name.toLowerCase() === english.toLowerCase();
      return locationFromCountry(doc, country, cityState ? countryDisplay(doc, country) : null, [country]);
    }
  }
  return null;
}

/** A city mention as the meeting's place, with the country stated next to it, named in the sentence, or known. */
function cityLocation(doc: AnalysedDocument, city: Mention, country?: Mention): MeetingLocation {
  const mentioned = new Set(doc.mentions.flatMap((m) => (m.country ? [m.country.code] : [])));
  const name = placeName(doc, city, mentioned);
  // A country in brackets or right after the city names it ("в Аммане (Иордания)", "Zurich, Switzerland").
  const statedAfter = statedCountryAfter(doc, city);
  const known = cityCountry(name, mentioned);
  // A country elsewhere in the sentence that the gazetteer puts the city outside of is another party's ("in
  // Brussels ... at Australia's request"); one stated right after the city is the text's word.
  const sentenceCountry = country && (!known || known.code === country.country!.code || cityCountry(name, new Set([country.country!.code]))?.code === country.country!.code) ? country : undefined;
  const stated = statedAfter ?? sentenceCountry;
  if (stated) return locationFromCountry(doc, stated, name, [city, stated]);
  if (!known) return { city: name, country: null, countryCode: null, countryInferred: false, mentions: [{ start: city.start, end: city.end }] };
  const named = countryNamedInText(doc, known.code);
  const countryName = doc.language === 'ru' ? (named ? countryDisplay(doc, named) : shortRuName(known.code)) : shortEnName(known.code);
  return { city: name, country: countryName ?? null, countryCode: known.code, countryInferred: !named, mentions: [{ start: city.start, end: city.end }] };
}

function landmarkPlace(doc: AnalysedDocument, city: string): MeetingLocation {
  const known = cityCountry(city);
  const country = known ? (doc.language === 'ru' ? (shortRuName(known.code) ?? null) : (shortEnName(known.code) ?? null)) : null;
  return { city, country, countryCode: known?.code ?? null, countryInferred: true };
}

/** Cities of the country `country` names that the later frame sentences or the next three sentences give as a
 *  place (after "в/in", a visit verb, "travel to"), one per name. */
function citiesOfCountryAfter(doc: AnalysedDocument, s: number, sentences: number[], main: number, country: Mention): MeetingLocation[] {
  const code = country.country!.code;
  const found = new Map<string, MeetingLocation>();
  const later = sentences.slice(sentences.indexOf(s) + 1);
  for (const t of later) {
    const here = placeIn(doc, [t], main);
    if (here?.city && here.countryCode === code) found.set(here.city.toLowerCase(), here);
  }
  for (let t = s + 1; t < Math.min(doc.sentenceCount, s + 4); t++) {
    if (sentences.includes(t) || lexicon(doc.language).backgroundStart.test(sentenceText(doc, t).trimStart())) continue;
    for (const m of doc.sentenceMentions[t] ?? []) {
      if (m.type !== 'LOC' || m.country || !doc.tokens[m.last - 1]!.cap || otherTime(doc, m)) continue;
      const before = doc.tokens[m.first - 1];
      if (!before || !(PLACE_PREPOSITION.test(before.text) || VISIT_VERB.test(before.text) || destination(doc, m.first - 1))) continue;
      const name = placeName(doc, m, new Set([code]));
      if (cityCountry(name, new Set([code]))?.code !== code) continue;
      found.set(name.toLowerCase(), locationFromCountry(doc, country, name, [m, country]));
    }
  }
  return [...found.values()];
}

/** «в МИД России», «в Министерстве иностранных дел Казахстана»: the country of a state body the meeting is held
 *  in (the city stays open: an institution alone names none). */
function hostBody(doc: AnalysedDocument, m: Mention): boolean {
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
function hostBodyEn(doc: AnalysedDocument, s: number): MeetingLocation | null {
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

/** The place stands in a part of its sentence set off by commas that speaks of earlier times («, который в
 *  прошлом году посетил Пекин,», ", who visited Paris last year,"). */
function pastAside(doc: AnalysedDocument, m: Mention): boolean {
  const [from, to] = doc.sentenceTokens[doc.tokens[m.first]!.sentence] ?? [0, 0];
  // The clause around the place, read at most ASIDE_REACH tokens either way (linear on a sentence without commas).
  let a = m.first - 1;
  while (a >= from && a >= m.first - ASIDE_REACH && doc.tokens[a]!.text !== ',') a--;
  let b = m.last;
  while (b < to && b < m.last + ASIDE_REACH && doc.tokens[b]!.text !== ',') b++;
  if (a < from && b >= to) return false;
  const part = doc.text.slice(doc.tokens[Math.max(a, from)]!.start, doc.tokens[Math.min(b, to - 1)]!.end);
  return lexicon(doc.language).background.test(part);
}

/** Outside the main sentence: the place is dated to another time ("in Cairo in January", «в Рио в ноябре»). */
function otherTime(doc: AnalysedDocument, m: Mention): boolean {
  return lexicon(doc.language).otherTimeAfter.test(doc.text.slice(m.end, m.end + 40));
}

/** The words between a place preposition and the mention describe a settlement: «в курортном городе Сочи»,
 *  «в столице Таджикистана Душанбе», "in the administrative capital Putrajaya", "in the Laotian capital, Vientiane". */
function afterSettlementNoun(doc: AnalysedDocument, m: Mention): boolean {
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
function describesSettlement(doc: AnalysedDocument, m: Mention): boolean {
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
function settlementNamed(doc: AnalysedDocument, s: number): MeetingLocation | null {
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

/** "at the Ministry of Foreign Affairs, Islamabad": a city after a comma that closes a named venue after "at/in". */
function afterVenue(doc: AnalysedDocument, m: Mention): boolean {
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

/** The capital as the place with no name after it ("in the Laotian capital", «в столице Узбекистана», "in the
 *  capital"): the country it names (the demonym, a possessive or genitive country) or null; undefined when none. */
function capitalPhrase(doc: AnalysedDocument, s: number): string | null | undefined {
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

/** A landmark that stands for a city ("в Кремле", "at the White House", "the Downing Street talks"); not one that
 *  speaks or owns an office ("сообщили в Кремле", "пресс-служба Кремля", "the White House said"). */
function landmarkCity(doc: AnalysedDocument, s: number): { city: string; first: number } | null {
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

/** "at Australia's request", "in Kenya's interest": a possessive country before a lower-case noun that is no
 *  settlement ("in Egypt's city of X" is read by describesSettlement) owns the noun, it is no place. */
function possessiveOfNoun(doc: AnalysedDocument, m: Mention): boolean {
  const last = doc.tokens[m.last - 1]!;
  const owner = /['’]s?$/.test(last.text) ? m.last : /^['’]s?$/.test(doc.tokens[m.last]?.text ?? '') ? m.last + 1 : -1;
  const next = doc.tokens[owner];
  return owner >= 0 && next !== undefined && next.kind === 'lat' && !next.cap && !lexicon(doc.language).settlementNoun.test(next.text.toLowerCase());
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
 *  or in a contrast («а не в Москве», "rather than in Rome"), or where a party is based or was born ("a company
 *  based in Munich"). A city after "discussed ..." may still be the venue. */
function topicOrContrast(doc: AnalysedDocument, m: Mention): boolean {
  const [from] = doc.sentenceTokens[doc.tokens[m.first]!.sentence] ?? [0, 0];
  // Only the last CLAUSE_REACH characters: the cues stand within a clause of the place, and reading the whole
  // sentence before each place made one sentence of many places quadratic.
  const before = doc.text.slice(Math.max(doc.tokens[from]!.start, m.start - CLAUSE_REACH), m.start);
  const lex = lexicon(doc.language);
  return lex.contrast.test(before) || lex.topicPlace.test(before) || lex.partyPlace.test(before) || (lex.topicBefore.test(before) && (m.country !== undefined || discussedEvent(doc, m)));
}

/** "discussed the upcoming summit in Manila", «обсудили подготовку к саммиту в Токио»: the place of a gathering
 *  that is the subject matter; not "at the summit in Manila", where the gathering is the venue. */
function discussedEvent(doc: AnalysedDocument, m: Mention): boolean {
  const { tokens } = doc;
  const p = m.first - 1;
  if (!PLACE_PREPOSITION.test(tokens[p]?.text ?? '') || !lexicon(doc.language).multilateralKind.test(tokens[p - 1]?.text.toLowerCase() ?? '')) return false;
  for (let k = p - 2; k >= Math.max(0, p - 5); k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[p]!.sentence || t.kind === 'punct') return true;
    if (/^(?:at|in|в|во|на)$/i.test(t.text)) return false;
    if (t.cap) return true;
  }
  return true;
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
  return { city, country: shortEnName(code) ?? null, countryCode: code, countryInferred: false, mentions: country ? [{ start: country.start, end: country.end }] : [] };
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
    return { city, country: known ? (shortEnName(known.code) ?? null) : null, countryCode: known?.code ?? null, countryInferred: true };
  }
  return null;
}
const RESIDENCE_EN = /^(?:house|residence|retreat|estate|mansion|palace|manor|lodge|castle|ranch)$/i;

/** A dateline: a city in capitals at the head of one of the first lines ("ASTANA, March 3", «НУР-СУЛТАН, 2 февраля»). */
const DATELINE_CITY = /^[ \t]*(\p{Lu}[\p{Lu}'’\- ]{2,30}\p{Lu})(?=,|:|[ \t]+[-–—]|[ \t]+\()/mu;

/** A dateline as written in running text: a city, a comma and a date ("Tokyo, May 14", «Баку, 20 августа»). */
const DATELINE_CITY_WRITTEN = /^[ \t]*(\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+){0,2}),[ \t]*(?:\d|\p{Lu}\p{Ll}+\.?[ \t]+\d)/mu;

const datelines = new WeakMap<AnalysedDocument, MeetingLocation | null>();

/** The dateline's city, read once per document (it is asked per sentence). */
function datelineCity(doc: AnalysedDocument): MeetingLocation | null {
  if (!datelines.has(doc)) datelines.set(doc, readDateline(doc));
  return datelines.get(doc) ?? null;
}

function readDateline(doc: AnalysedDocument): MeetingLocation | null {
  const head = doc.text.split('\n').filter((l) => l.trim()).slice(0, 3).join('\n');
  const m = DATELINE_CITY.exec(head) ?? DATELINE_CITY_WRITTEN.exec(head);
  if (!m) return null;
  return knownCity(doc, m[1]!.toLowerCase().split(/([ -])/).map((w) => (w.length > 1 ? w[0]!.toUpperCase() + w.slice(1) : w)).join(''));
}

/** A line of the head that names only a place, in running case: "New York", «Москва, Кремль» (a city and its
 *  venue). Official readouts put the event's place there, above the date; a wire dateline ("MOSCOW, May 3
 *  (Reuters) -") names where the item was filed and is no such line. */
const PLACE_LINE = /^(\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){0,2})(?:,[ \t]*\p{Lu}[\p{L}'’ -]{1,40})?$/u;

/** A line that is only a date ("17 September 2023", "September 17, 2023", «17 сентября 2023 г.»). */
const DATE_LINE = /^(?:\d{1,2}\.? \p{L}+\.?,? \d{4}|\p{L}+\.? \d{1,2}, \d{4})(?: г\.)?$/u;

/** The place line of the head (the first four lines), when there is one: the meeting's place if nothing else says.
 *  A place line right above a date line (the readout's layout) names a city of any size ("Tampere" / "4 June
 *  2024"); otherwise only a city of the first rank is taken, since a short line may be a headline. */
export function placeLine(doc: AnalysedDocument): MeetingLocation | null {
  const lines = doc.text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 5);
  for (let k = 0; k < Math.min(lines.length, 4); k++) {
    const m = PLACE_LINE.exec(lines[k]!);
    const city = m ? knownCity(doc, m[1]!, DATE_LINE.test(lines[k + 1] ?? '')) : null;
    if (city) return city;
  }
  return null;
}

/** A city of the gazetteer by its nominative name, with its country (countryInferred): of the first rank unless
 *  `anyRank`. */
function knownCity(doc: AnalysedDocument, name: string, anyRank = false): MeetingLocation | null {
  const known = cityCountry(name);
  if (!known || (known.rank > 0 && !anyRank)) return null;
  const country = doc.language === 'ru' ? (shortRuName(known.code) ?? null) : (shortEnName(known.code) ?? null);
  return { city: name, country, countryCode: known.code, countryInferred: true };
}
