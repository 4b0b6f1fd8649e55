// Place step: where the meeting took place. A city or country introduced by "в"/"in" (or a settlement noun, a
// visit verb, "travel to") in the frame sentences, not one in the topic or of another time; a landmark; the
// dateline's city when the text puts the meeting there. The country of a city comes from the text next to it,
// else from the gazetteer (countryInferred). This file chooses among the places; what makes a place the venue is
// in place-venues.ts and place-settlements.ts, what rules one out in place-exclusions.ts, places the mention
// finder missed in place-missed-names.ts, the head's dateline and place line in place-lines.ts, and a place's
// nominative in place-name.ts.

import type { MeetingLocation } from '../../record/record.ts';
import { countryDisplay, shortEnName, shortRuName } from '../knowledge/country-names.ts';
import { cityCountry } from '../knowledge/gazetteer.ts';
import { lexicon } from '../lexicon/index.ts';
import { type AnalysedDocument, sentenceText } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';
import { modifiesNoun, otherTime, pastAside, possessiveOfNoun, topicOrContrast } from './place-exclusions.ts';
import { datelineCity } from './place-lines.ts';
import { placeBeforeCountry, placeReadAsPerson, statedCountryAfter } from './place-missed-names.ts';
import { countryNamedInText, placeName } from './place-name.ts';
import { afterSettlementNoun, capitalPhrase, describesSettlement, settlementNamed } from './place-settlements.ts';
import { afterVenue, destination, hostBody, hostBodyEn, landmarkCity, landmarkPlace, PLACE_PREPOSITION, residenceVenue, VISIT_VERB } from './place-venues.ts';

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
