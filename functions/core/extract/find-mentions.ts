// Mention finding step: tokens + morphology + gazetteer -> PER / LOC / ORG spans (no overlaps).
// Russian uses OpenCorpora tags (Name, Surn, Patr, Geox, Orgn) chosen by context, not by rank;
// English uses capitalisation, given names, titles and organisation head words.
// Each Russian rule is its own function (small functions keep the optimising compiler's memory low).

import type { EntityType } from './entity.ts';
import { type Country, gazetteer, givenNamesEn, isEnglishCityName } from './gazetteer.ts';
import {
  ORG_CONNECTORS_EN,
  ORG_DESCRIPTORS_RU,
  ORG_HEADS_EN,
  ORG_HEADS_LOWER_RU,
  ORG_HEADS_RU,
  ORG_NAME_DESCRIPTORS_RU,
  ORG_PREP_HEADS_RU,
  PLACE_DESCRIPTORS_RU,
  PLACE_NAME_DESCRIPTORS_RU,
  PLACE_PREPOSITIONS_RU,
  PRONOMINAL_ADJECTIVES_RU,
  ROLE_HEADS_RU,
  TITLES_EN,
} from './lexicon.ts';
import { type Analysis, analyse, type MorphParse } from './morphology.ts';
import type { Token } from './tokenize.ts';
import { demonymCountry } from './demonyms.ts';

export interface Mention {
  type: EntityType;
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Country named by this LOC mention (from the gazetteer). */
  country?: Country;
}

const MAX_QUOTE_TOKENS = 10;
/** Acronyms that are legal forms or common nouns, not organisations (ОАО is the form, СМИ "the media"). */
const NOT_ORG_ACRONYMS = new Set(['СМИ', 'GMT', 'UTC', 'BST', 'EST', 'MSK', 'ОАО', 'ЗАО', 'ООО', 'ПАО', 'АО', 'ГУП', 'ФГУП', 'МУП', 'НКО', 'ОС', 'ТВ', 'IT', 'ЖЖ', 'ВВП', 'ДТП', 'ЧП', 'ПО', 'PR', 'CEO', 'TV', 'OK', 'ИП', 'США', 'СМС', 'SMS']);
/** Prefixes of compound organisation names (Роскосмос, Минсвязи, Госдепартамент, Еврокомиссия, Интерпол). */
const ORG_COMPOUND = /^(Рос|Мин|Гос|Мос|Евро|Интер|Гор|Обл)[а-яё]{3,}/;
/** Celestial bodies written with a capital letter are places in news text ("на Луне", "к Марсу"). */
const CELESTIAL = new Set(['луна', 'земля', 'солнце', 'марс', 'венера', 'юпитер', 'сатурн', 'меркурий', 'плутон']);
/** "Белый дом" and the like: landmark names made of an adjective and a common noun. */
const LANDMARK_ADJECTIVES = new Set(['белый', 'красный', 'овальный']);
const LANDMARK_NOUNS = new Set(['дом', 'площадь', 'кабинет']);
const HYPHENATED_FUNCTION_WORDS = new Set(['из-за', 'из-под', 'по-прежнему', 'по-видимому', 'по-моему', 'по-своему', 'все-таки', 'всё-таки', 'как-то', 'кое-что', 'кто-то', 'что-то', 'где-то', 'когда-то']);
/** Particles inside foreign names ("Марин Ле Пен", "Усама бин Ладен", "Франк Де Блекере"). */
const NAME_PARTICLES = new Set(['Ле', 'Де', 'де', 'Ван', 'ван', 'фон', 'Фон', 'дер', 'ибн', 'бин', 'Бин', 'аль', 'эль', 'Эль', 'Абд', 'Ди', 'да', 'дос', 'Ла']);
const OPEN_QUOTES = new Set(['«', '“', '„', '"']);
const CLOSE_QUOTES = new Set(['»', '”', '“', '"']);
/** Web names ("Лента.ру", "baltinfo.ru"): the outlet, an organisation. */
const WEB_NAME = /[\p{L}\d]\.(?:com|org|net|ru|kz|ua|by|uk|info|рф|ру)$/iu;
const ROMAN_NUMERAL = /^[IVXLC]+$/;
/** Heads that are names even after a sentence-initial adjective with nothing else capitalised. */
const SENTENCE_INITIAL_NAME_HEADS = new Set(['дума', 'госдума']);

/** Per-token view of the morphology, computed once per token. */
interface WordView {
  analysis: Analysis | undefined;
  lemmas: Set<string>;
}

export function viewOf(token: Token): WordView {
  if (token.kind !== 'cyr') return { analysis: undefined, lemmas: new Set([token.text.toLowerCase()]) };
  const analysis = analyse(token.text);
  const lemmas = new Set<string>();
  for (const p of analysis.parses) lemmas.add(p.lemma.replace(/ё/g, 'е'));
  lemmas.add(token.text.toLowerCase().replace(/ё/g, 'е'));
  return { analysis, lemmas };
}

/** First three letters, lower case, ё as е: lemmas and their forms share them. */
function prefixKey(word: string): string {
  return word.slice(0, 3).toLowerCase().replace(/ё/g, 'е');
}

const prefixCache = new WeakMap<Set<string>, Set<string>>();
function prefixesOf(words: Set<string>): Set<string> {
  let p = prefixCache.get(words);
  if (!p) {
    p = new Set([...words].map(prefixKey));
    prefixCache.set(words, p);
  }
  return p;
}

const has = (a: Analysis | undefined, test: (p: MorphParse) => boolean) => !!a && a.parses.some(test);

export function findMentions(text: string, tokens: Token[], language: 'ru' | 'en'): Mention[] {
  return language === 'ru' ? findRussian(tokens) : findEnglish(text, tokens);
}

// ---------------------------------------------------------------------------------------------
// Russian

function plainView(token: Token): WordView {
  return { analysis: undefined, lemmas: new Set([token.text.toLowerCase()]) };
}

const EMPTY_VIEW: WordView = { analysis: undefined, lemmas: new Set() };

/**
 * Word views computed on first use: most lower-case words are never looked at by a rule, and not
 * analysing them keeps the morphology cache (and the garbage az makes per word) small.
 */
export class Views {
  private readonly cache: Array<WordView | undefined>;
  constructor(private readonly tokens: Token[]) {
    this.cache = new Array(tokens.length);
  }
  at(i: number): WordView {
    let v = this.cache[i];
    if (v) return v;
    const t = this.tokens[i];
    if (!t) return EMPTY_VIEW;
    v = t.kind === 'cyr' && (t.cap || t.text.length > 2) ? viewOf(t) : plainView(t);
    this.cache[i] = v;
    return v;
  }
}

/** The state the Russian rules share: tokens, their views, and which mention owns each token. */
class Ctx {
  readonly views: Views;
  readonly owner: Array<Mention | undefined>;
  readonly mentions: Mention[] = [];
  private readonly dropped = new Set<Mention>();
  constructor(readonly tokens: Token[]) {
    this.views = new Views(tokens);
    this.owner = new Array(tokens.length);
  }
  free(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.owner[k]) return false;
    return true;
  }
  add(type: EntityType, first: number, last: number, country?: Country): Mention | undefined {
    if (first >= last || first < 0 || last > this.tokens.length || !this.free(first, last)) return undefined;
    const m: Mention = { type, first, last, start: this.tokens[first]!.start, end: this.tokens[last - 1]!.end };
    if (country) m.country = country;
    for (let k = first; k < last; k++) this.owner[k] = m;
    this.mentions.push(m);
    return m;
  }
  /** Removes a mention (constant time: the list is filtered by `live()`). */
  drop(m: Mention): void {
    for (let k = m.first; k < m.last; k++) if (this.owner[k] === m) this.owner[k] = undefined;
    this.dropped.add(m);
  }
  live(): Mention[] {
    return this.dropped.size === 0 ? this.mentions : this.mentions.filter((m) => !this.dropped.has(m));
  }
  lemmaIs(i: number, words: Set<string>): boolean {
    const t = this.tokens[i];
    // Cheap test first: a lemma shares its first letters with the form (no analysis needed).
    if (!t || (t.kind === 'cyr' && !prefixesOf(words).has(prefixKey(t.text)))) return false;
    for (const l of this.views.at(i).lemmas) if (words.has(l)) return true;
    return false;
  }
  /** lemmaIs without the prefix shortcut, for pronouns whose forms change the stem (эти -> этот). */
  lemmaIsExact(i: number, words: Set<string>): boolean {
    for (const l of this.views.at(i).lemmas) if (words.has(l)) return true;
    return false;
  }
  analysis(i: number): Analysis | undefined {
    return this.views.at(i).analysis;
  }
  /** A capitalised Cyrillic word (not an acronym) that is still free. */
  freeCapWord(i: number): boolean {
    const t = this.tokens[i];
    return !!t && !this.owner[i] && t.kind === 'cyr' && t.cap && !t.upper;
  }
}

function findRussian(tokens: Token[]): Mention[] {
  const c = new Ctx(tokens);
  webNames(c);
  quotedNames(c);
  descriptorNames(c);
  titleWithCountry(c);
  countries(c);
  orgPhrases(c);
  latinNames(c);
  acronyms(c);
  compoundOrgs(c);
  initialsWithSurname(c);
  namedPlaces(c);
  placePhrases(c);
  people(c);
  geoWords(c);
  relationalAdjectives(c);
  oneSensePerDocument(c);
  surnamesNotPlaces(c);
  parentheticalNames(c);
  return c.live().sort((a, b) => a.start - b.start);
}

/** 0. Web names are the outlets they name ("сообщает Лента.ру"). */
function webNames(c: Ctx): void {
  for (let i = 0; i < c.tokens.length; i++) {
    const t = c.tokens[i]!;
    if (t.kind !== 'punct' && t.kind !== 'num' && WEB_NAME.test(t.text)) c.add('ORG', i, i + 1);
  }
}

/** 1. Quoted names: «Газпром», «Единая Россия» after a descriptor or a crediting verb. */
function quotedNames(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!OPEN_QUOTES.has(tokens[i]!.text)) continue;
    let close = -1;
    for (let k = i + 1; k < tokens.length && k <= i + MAX_QUOTE_TOKENS; k++) {
      if (CLOSE_QUOTES.has(tokens[k]!.text)) {
        close = k;
        break;
      }
      if (tokens[k]!.sentence !== tokens[i]!.sentence) break;
    }
    if (close <= i + 1) continue;
    const inner = tokens[i + 1]!;
    if (!inner.cap && inner.kind !== 'num') continue;
    const before = i > 0 ? i - 1 : -1;
    const descriptor = before >= 0 && (c.lemmaIs(before, ORG_DESCRIPTORS_RU) || tokens[before]!.upper);
    const crediting = before >= 0 && /^(передает|передаёт|сообщает|сообщил[аи]?|цитирует|пишет|по данным|агентству?|изданию)$/i.test(tokens[before]!.text);
    const orgTagged = close === i + 2 && has(c.analysis(i + 1), (p) => p.org);
    if (descriptor || crediting || orgTagged) c.add('ORG', i + 1, close);
  }
}

/**
 * 1a. A name right after an organisation descriptor, without quotes: "агентства БелТА",
 *     "профсоюза Юнайт", "команды Red Bull". The name is a word the dictionary does not know as a
 *     common word, a first name or a place (or Latin script); up to three such words.
 */
function descriptorNames(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const d = tokens[i - 1]!;
    if (d.kind !== 'cyr' || d.cap || !c.lemmaIs(i - 1, ORG_NAME_DESCRIPTORS_RU)) continue;
    let last = i;
    while (last < tokens.length && last - i < 3 && !c.owner[last] && (last === i || tokens[last]!.start - tokens[last - 1]!.end <= 1) && nameLikeAfterDescriptor(c, last)) last += 1;
    if (last > i) {
      c.add('ORG', i, last);
      i = last - 1;
    }
  }
}

function nameLikeAfterDescriptor(c: Ctx, i: number): boolean {
  const t = c.tokens[i]!;
  if (!t.cap || t.first) return false;
  if (t.kind === 'lat') return !ROMAN_NUMERAL.test(t.text);
  if (t.kind !== 'cyr') return false;
  const a = c.analysis(i);
  if (!a) return false;
  if (has(a, (p) => p.known && (p.name || p.patronymic || p.geo))) return false;
  if (has(a, (p) => p.known && (p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'PRCL' || p.pos === 'NPRO'))) return false;
  // A common word names the outlet only in the nominative ("агентства Интерфакс", "газеты Правда";
  // not "сайта Президента").
  if (a.common && !has(a, (p) => p.surname && p.known)) return has(a, (p) => p.known && p.pos === 'NOUN' && p.case === 'nomn') && !c.lemmaIs(i, ROLE_HEADS_RU);
  return true;
}

/**
 * 1b. A capitalised common noun inside a sentence followed by a country in the genitive is a name
 *     ("Голос Америки", "Радио Свобода" style titles of organisations and media).
 */
function titleWithCountry(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (c.owner[i] || t.kind !== 'cyr' || !t.cap || t.first || t.upper || !next.cap || next.kind !== 'cyr') continue;
    const a = c.analysis(i);
    if (!a?.common || has(a, (p) => (p.name || p.surname || p.geo || p.org) && p.known) || !isNoun(c.views.at(i)) || c.lemmaIs(i, ORG_HEADS_RU)) continue;
    if (c.lemmaIs(i, ROLE_HEADS_RU) || c.lemmaIs(i, PLACE_DESCRIPTORS_RU) || c.lemmaIs(i, CELESTIAL)) continue;
    const country = matchRuCountry(c, i + 1, 1);
    if (country && has(c.analysis(i + 1), (p) => p.geo && p.case === 'gent')) {
      c.add('ORG', i, i + 2);
      i += 1;
    }
  }
}

/** 2. Countries from the gazetteer, longest first ("Объединённые Арабские Эмираты", "России"). */
function countries(c: Ctx): void {
  const tokens = c.tokens;
  const g = gazetteer();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'cyr' || !t.cap) continue;
    // A domain zone (".РФ") is not the country.
    const dot = tokens[i - 1];
    if (dot && dot.text === '.' && dot.end === t.start && (i < 2 || tokens[i - 2]!.end < dot.start)) continue;
    for (let n = Math.min(g.ruMaxWords, tokens.length - i); n >= 1; n--) {
      const country = matchRuCountry(c, i, n);
      if (country) {
        // "Центральную Америку", "Южную Корею": a capitalised adjective before the name belongs to the place.
        const adj = i > 0 && !c.owner[i - 1] && tokens[i - 1]!.cap && tokens[i - 1]!.kind === 'cyr' && isAdjective(c.views.at(i - 1)) && !adjectiveIsName(c.views.at(i - 1));
        c.add('LOC', adj ? i - 1 : i, i + n, country);
        i += n - 1;
        break;
      }
    }
  }
}

/** Case grammemes a word can take as a noun or adjective. */
function casesOf(c: Ctx, i: number, pos?: 'NOUN' | 'ADJF'): Set<string> {
  const out = new Set<string>();
  const a = c.analysis(i);
  if (a) for (const p of a.parses) if ((pos ? p.pos === pos : p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF') && p.case) out.add(p.case);
  return out;
}

/**
 * A noun phrase in the given case starting at i: adjectives, then a noun; "и" joins a second one
 * in the same case. Capitalised words only when the dictionary knows them as common words (not
 * names or places), unless `places` allows places ("по Санкт-Петербургу"). Returns the end, or i.
 */
function nounPhrase(c: Ctx, i: number, grammaticalCase: string, sentence: number, places = false): number {
  let k = i;
  const fits = (j: number, pos: 'NOUN' | 'ADJF') => {
    const t = c.tokens[j];
    if (t?.kind !== 'cyr' || c.owner[j] || t.sentence !== sentence || t.upper) return false;
    const a = c.analysis(j);
    if (has(a, (p) => p.known && (p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'PRCL' || p.pos === 'NPRO'))) return false;
    if (t.cap) {
      // Capitalised words join when the dictionary knows them as common words in this case
      // ("Красного Креста"), not as names or places ("Жан-Мари", "России"), unless places are allowed.
      const commonFit = has(a, (p) => p.known && !p.name && !p.surname && !p.geo && (p.pos === pos || (pos === 'ADJF' && p.pos === 'PRTF')) && p.case === grammaticalCase);
      const placeFit = places && has(a, (p) => p.geo && p.case === grammaticalCase);
      if (!commonFit && !placeFit) return false;
      if (!placeFit && has(a, (p) => (p.geo || p.name || p.surname) && p.known) && pos === 'NOUN') return false;
    }
    return has(a, (p) => (p.pos === pos || (pos === 'ADJF' && p.pos === 'PRTF')) && p.case === grammaticalCase);
  };
  const one = (from: number) => {
    let j = from;
    while (j - from < 3 && fits(j, 'ADJF') && !fits(j, 'NOUN')) j++;
    // An adjective that is also a noun form ("рабочей") still needs a noun after it when one follows.
    while (j - from < 3 && fits(j, 'ADJF') && fits(j + 1, 'NOUN')) j++;
    return fits(j, 'NOUN') ? j + 1 : from;
  };
  k = one(i);
  if (k === i) return i;
  if (c.tokens[k]?.text === 'и') {
    const more = one(k + 1);
    if (more > k + 1) k = more;
  }
  return k;
}

/**
 * 3. Organisation phrases: [Capitalised adjectives] HEAD [complement]: "Конституционного суда",
 *    "Министерство сельского хозяйства и пищевой промышленности", "Комитета по иностранным делам",
 *    "Движения против нелегальной иммиграции", "Следственного комитета при прокуратуре".
 */
function orgPhrases(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'cyr' || c.owner[i]) continue;
    if (!c.lemmaIs(i, ORG_HEADS_RU) || !isNoun(c.views.at(i))) continue;
    const headLower = !t.cap && c.lemmaIs(i, ORG_HEADS_LOWER_RU);
    let first = i;
    while (first > 0 && tokens[first - 1]!.kind === 'cyr' && !c.owner[first - 1] && isAdjective(c.views.at(first - 1)) && (tokens[first - 1]!.cap || !tokens[first]!.cap) && tokens[first - 1]!.sentence === t.sentence) {
      first -= 1;
    }
    // Lower-case relational adjectives before a lower-case head count only for ministries and the like.
    if (!tokens[first]!.cap && !headLower) continue;
    const last = orgComplement(c, i, t.sentence);
    const alone = first === i && last === i + 1;
    // A lone head in quotes is a product or a craft («Союз»), not an organisation.
    const quotedAlone = alone && i > 0 && OPEN_QUOTES.has(tokens[i - 1]!.text);
    let capitalised = tokens[first]!.cap && !(tokens[first]!.first && alone) && !quotedAlone;
    // "Японская полиция", "Рабочая группа" at the start of a sentence: capitalised only by position.
    if (capitalised && tokens[first]!.first && first < i && !t.cap && !c.lemmaIs(i, SENTENCE_INITIAL_NAME_HEADS)) {
      let otherCap = false;
      for (let k = first + 1; k <= last && k < tokens.length; k++) if (tokens[k]!.cap && (k < last || tokens[k]!.upper) && tokens[k]!.sentence === t.sentence) otherCap = true;
      if (!otherCap) capitalised = false;
    }
    if (capitalised || (headLower && last > i + 1)) {
      c.add('ORG', first, last);
      i = last - 1;
    }
  }
}

/** The end of an organisation name whose head is at i: genitive complements and prepositional phrases. */
function orgComplement(c: Ctx, i: number, sentence: number): number {
  const tokens = c.tokens;
  let last = i + 1;
  let complement = 0;
  while (last < tokens.length && complement < 4) {
    const end = nounPhrase(c, last, 'gent', sentence);
    if (end === last) break;
    complement += end - last;
    last = end;
  }
  // Prepositional complements of committees, agencies and movements ("по ...", "против ...", "за ...", "в защиту ...").
  if (c.lemmaIs(i, ORG_PREP_HEADS_RU)) {
    const prep = tokens[last]?.text.toLowerCase();
    let from = -1;
    let grammaticalCase = '';
    if (prep === 'по') [from, grammaticalCase] = [last + 1, 'datv'];
    else if (prep === 'против') [from, grammaticalCase] = [last + 1, 'gent'];
    else if (prep === 'за') [from, grammaticalCase] = [last + 1, 'accs'];
    else if (prep === 'в' && tokens[last + 1]?.text.toLowerCase() === 'защиту') [from, grammaticalCase] = [last + 2, 'gent'];
    if (from > 0) {
      const end = nounPhrase(c, from, grammaticalCase, sentence, prep === 'по');
      if (end > from) {
        last = end;
        for (let n = 0; n < 3 && last < tokens.length; n++) {
          const more = nounPhrase(c, last, 'gent', sentence);
          if (more === last) break;
          last = more;
        }
      }
    }
  }
  // "Следственный комитет при прокуратуре": a "при" phrase is part of the name.
  if (tokens[last]?.text === 'при') {
    const end = nounPhrase(c, last + 1, 'loct', sentence);
    if (end > last + 1) {
      last = end;
      for (let n = 0; n < 3 && last < tokens.length; n++) {
        const more = nounPhrase(c, last, 'gent', sentence, true);
        if (more === last) break;
        last = more;
      }
    }
  }
  return last;
}

/** 5. Latin-script names inside Russian text: companies, media and brands (Facebook, World Fashion Channel). */
function latinNames(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (c.owner[i] || (t.kind !== 'lat' && !(t.kind === 'word' && /^\d*[A-Za-z]/.test(t.text))) || !/[A-Z]/.test(t.text)) continue;
    if (ROMAN_NUMERAL.test(t.text)) continue;
    let last = i + 1;
    let end = i + 1;
    while (last < tokens.length && !c.owner[last] && tokens[last]!.start - tokens[last - 1]!.end <= 1) {
      const next = tokens[last]!;
      if ((next.kind === 'lat' || next.kind === 'word') && /^[A-Z0-9]/.test(next.text)) end = last + 1;
      else if (!(next.kind === 'lat' && (ORG_CONNECTORS_EN.has(next.text.toLowerCase()) || /^(und|to|von|van|des|di|works)$/.test(next.text))) && !(next.text === '-' || next.text === '&')) break;
      last += 1;
    }
    if (end - i === 1 && (t.text === 'The' || t.text.length === 1)) continue;
    const personLike = end - i >= 2 && end - i <= 3 && givenNamesEn().has(t.text) && tokens.slice(i, end).every((x) => x.kind === 'lat' && x.cap);
    c.add(personLike ? 'PER' : 'ORG', i, end);
    i = end - 1;
  }
}

/** 4. Acronyms: country acronyms are places (США, РФ), the rest organisations (МККК, НАТО). */
function acronyms(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (c.owner[i] || !t.upper || (t.kind !== 'cyr' && t.kind !== 'lat')) continue;
    if (ROMAN_NUMERAL.test(t.text) || /\d/.test(t.text) || NOT_ORG_ACRONYMS.has(t.text)) continue;
    if (tokens[i + 1]?.text === '-' && tokens[i + 2]?.kind === 'num') continue;
    if (t.kind === 'cyr' && has(c.analysis(i), (p) => p.geo && p.known)) c.add('LOC', i, i + 1);
    else c.add('ORG', i, i + 1);
  }
}

/** 5a. Compound organisation words: Роскосмоса, Минсвязи, Госдепартамента, Евросоюза (Orgn in the dictionary, or the prefix). */
function compoundOrgs(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (c.owner[i] || t.kind !== 'cyr' || t.upper) continue;
    // Lower-case abbreviations of institutions ("в миде Грузии") are organisations too.
    if (!t.cap) {
      if (t.text.length > 6) continue;
      const a = c.analysis(i);
      if (has(a, (p) => p.org && p.abbr && p.known) && !a?.common) c.add('ORG', i, i + 1);
      continue;
    }
    if (t.first) continue;
    const a = c.analysis(i);
    if (has(a, (p) => p.org && p.known)) {
      c.add('ORG', i, i + 1);
      continue;
    }
    if (!ORG_COMPOUND.test(t.text) || a?.common) continue;
    // "Евросоюз" is a union of states, an organisation, although the dictionary marks it as a place.
    if (has(a, (p) => p.geo && p.known && p.lemma.endsWith('союз'))) {
      c.add('ORG', i, i + 1);
      continue;
    }
    // Surnames that happen to start like a compound ("Минченко") are not organisations.
    if (has(a, (p) => ((p.geo || p.name) && p.known) || p.surname || p.name)) continue;
    if (i > 0 && tokens[i - 1]!.cap && has(c.analysis(i - 1), (p) => p.name && p.known)) continue;
    c.add('ORG', i, i + 1);
  }
}

/** 6a. Initials before a capitalised word make a person whatever else the word could be ("Н. Кан", "В. В. Путин"). */
function initialsWithSurname(c: Ctx): void {
  const tokens = c.tokens;
  const isInitial = (k: number) => {
    const t = tokens[k];
    return !!t && t.kind === 'cyr' && t.cap && t.text.length === 1 && tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === t.end;
  };
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!isInitial(i) || c.owner[i]) continue;
    // Not the end of an enumeration or a sentence-final letter: the initial must precede a word in the same sentence.
    const before = tokens[i - 1];
    if (before && before.kind === 'cyr' && before.cap && !before.upper && !c.owner[i - 1] && !before.first) continue;
    let k = i + 2;
    if (isInitial(k)) k += 2;
    const s = tokens[k];
    if (!s || !c.freeCapWord(k) || s.start - tokens[k - 1]!.end > 1) continue;
    const a = c.analysis(k);
    if (has(a, (p) => p.known && (p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'PRCL' || p.pos === 'NPRO'))) continue;
    if (!has(a, (p) => p.surname || p.name) && a?.common && !has(a, (p) => p.geo)) continue;
    c.add('PER', i, k + 1);
    i = k;
  }
}

/**
 * 5c. A capitalised name right after a lower-case place noun: "город Дацин", "реке Славянка",
 *     "на острове Уайт", "поселка Петро-Славянка", "площади Тяньаньмынь". Up to two words.
 */
function namedPlaces(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const d = tokens[i - 1]!;
    if (d.kind !== 'cyr' || d.cap || c.owner[i] || !c.freeCapWord(i) || tokens[i]!.first) continue;
    if (!c.lemmaIs(i - 1, PLACE_NAME_DESCRIPTORS_RU) || !isNoun(c.views.at(i - 1))) continue;
    const a = c.analysis(i);
    // A first name or an adjective agreeing with something else is not the place's name ("улица Ленина" is fine).
    if (has(a, (p) => (p.name || p.patronymic) && p.known)) continue;
    if (has(a, (p) => p.known && (p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'PRCL' || p.pos === 'NPRO'))) continue;
    let last = i + 1;
    if (c.freeCapWord(last) && !tokens[last]!.first && tokens[last]!.start - tokens[last - 1]!.end <= 1 && !has(c.analysis(last), (p) => p.known && !p.geo)) last += 1;
    c.add('LOC', i, last);
    i = last - 1;
  }
}

/** 5b. Place phrases before people: "Московской области", "Белом доме", celestial bodies ("на Луне"). */
function placePhrases(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (c.owner[i] || t.kind !== 'cyr' || !t.cap) continue;
    const next = tokens[i + 1];
    if (next && !c.owner[i + 1] && next.kind === 'cyr' && !next.cap && isAdjective(c.views.at(i)) && !c.lemmaIsExact(i, PRONOMINAL_ADJECTIVES_RU)) {
      if (c.lemmaIs(i + 1, PLACE_DESCRIPTORS_RU) || (c.lemmaIs(i, LANDMARK_ADJECTIVES) && c.lemmaIs(i + 1, LANDMARK_NOUNS))) {
        c.add('LOC', i, i + 2);
        i += 1;
        continue;
      }
      // "Чукотский автономный округ", "Дальневосточном федеральном округе".
      const after = tokens[i + 2];
      if (after && !c.owner[i + 2] && after.kind === 'cyr' && !after.cap && isAdjective(c.views.at(i + 1)) && c.lemmaIs(i + 2, PLACE_DESCRIPTORS_RU)) {
        c.add('LOC', i, i + 3);
        i += 2;
        continue;
      }
    }
    if (!t.first && c.lemmaIs(i, CELESTIAL)) c.add('LOC', i, i + 1);
  }
}

/** 6. People: chains of capitalised words with name parses (Name, Surn, Patr) or unknown words. */
function people(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (c.owner[i] || !personCapable(c, i)) continue;
    let last = i + 1;
    const a0 = c.analysis(i);
    // A known first name, or a foreign word the dictionary does not know inside a sentence ("Йохен", "Фелипе"),
    // anchors the chain: the capitalised word after it is the surname.
    const anchored = has(a0, (p) => (p.name || p.patronymic) && p.known) || (!a0?.known && !tokens[i]!.first && !afterPlaceWord(c, i));
    while (last < tokens.length && !c.owner[last] && !tokens[last]!.first && tokens[last]!.start - tokens[last - 1]!.end <= 1) {
      if (personCapable(c, last)) last += 1;
      // After a known first name, a capitalised word is the surname even when it is also a common
      // noun or a place (Бут, Кан, Понедельник); name particles join (Ле Пен, Де Сантис, бин Ладен).
      else if (anchored && tokens[last]!.kind === 'cyr' && tokens[last]!.cap && !tokens[last]!.upper && !c.lemmaIs(last, ROLE_HEADS_RU)) last += 1;
      else if (NAME_PARTICLES.has(tokens[last]!.text) && tokens[last + 1]?.cap && tokens[last + 1]!.kind === 'cyr' && !c.owner[last + 1]) last += 2;
      else break;
    }
    // Two names side by side ("Бориса Ельцина Наина Иосифовна"): split before a known first name that follows a surname.
    for (let k = i + 2; k < last; k++) {
      const prev = c.analysis(k - 1);
      if (has(c.analysis(k), (p) => p.name && p.known) && has(prev, (p) => p.surname) && !has(prev, (p) => p.name)) {
        last = k;
        break;
      }
    }
    if (last - i > 4) last = i + 4;
    let from = i;
    // A syllable before a chain that starts with a capitalised function word ("Пак Со Джун").
    if (from >= 1 && tokens[i]!.text.length <= 3 && has(c.analysis(i), (p) => p.known && (p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'PRCL'))) {
      const b = tokens[i - 1]!;
      if (c.freeCapWord(i - 1) && !b.first && b.text.length <= 4 && tokens[i]!.start - b.end <= 1) from = i - 1;
    }
    // A short capitalised syllable before the chain ("Си Цзиньпин", "Ким Чен Ын"): a word of up to three letters
    // that the dictionary reads only as an indeclinable or unknown word, not a function word.
    if (from === i && from >= 1 && c.freeCapWord(i - 1) && tokens[i - 1]!.text.length <= 3 && tokens[i]!.start - tokens[i - 1]!.end <= 1 && eastAsianSyllable(c, i - 1)) from = i - 1;
    // A foreign first name that the dictionary reads as a common noun ("главой МИД Турции Хаканом Фиданом"):
    // after a role, right before a one-word surname it agrees with in case.
    if (from === i && last - i === 1 && i >= 2 && c.freeCapWord(i - 1) && !tokens[i - 1]!.first && tokens[i]!.start - tokens[i - 1]!.end <= 1 && foreignFirstName(c, i - 1, i)) from = i - 1;
    // Initials before the surname ("А. Кудрин").
    if (from >= 2 && tokens[from - 1]!.text === '.' && tokens[from - 2]!.cap && tokens[from - 2]!.text.length === 1 && !c.owner[from - 2]) from -= 2;
    // A lower-case name particle before the first name ("ибн Эзра", "аль-Барадеи" stays one word).
    if (from === i && from >= 1 && NAME_PARTICLES.has(tokens[from - 1]!.text) && !tokens[from - 1]!.cap && !c.owner[from - 1]) from -= 1;
    const quoted = last - i === 1 && i > 0 && OPEN_QUOTES.has(tokens[i - 1]!.text) && CLOSE_QUOTES.has(tokens[last]?.text ?? '');
    if (!quoted && !HYPHENATED_FUNCTION_WORDS.has(tokens[i]!.text.toLowerCase()) && isPerson(c, i, last)) c.add('PER', from, last);
    i = last - 1;
  }
}

function eastAsianSyllable(c: Ctx, k: number): boolean {
  const a = c.analysis(k);
  if (!a || c.lemmaIs(k, ROLE_HEADS_RU)) return false;
  if (has(a, (p) => p.known && (p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'PRCL' || p.pos === 'NPRO' || p.geo || p.org))) return false;
  return a.parses.length === 0 || a.parses.every((p) => p.fixed || !p.known);
}

/** k is a capitalised common noun standing as the first name of the surname at i, after a role word. */
function foreignFirstName(c: Ctx, k: number, i: number): boolean {
  const a = c.analysis(k);
  if (!a || has(a, (p) => p.geo || p.org || p.abbr) || c.lemmaIs(k, ROLE_HEADS_RU) || c.lemmaIs(k, ORG_HEADS_RU)) return false;
  const nouns = a.parses.filter((p) => p.pos === 'NOUN' && !p.fixed && p.number !== 'plur' && (p.gender === 'masc' || p.gender === 'femn'));
  if (nouns.length === 0) return false;
  const surnameCases = new Set((c.analysis(i)?.parses ?? []).filter((p) => p.pos === 'NOUN' || p.surname).flatMap((p) => (p.case ? [p.case] : [])));
  if (!nouns.some((p) => p.case && p.case !== 'nomn' && surnameCases.has(p.case))) return false;
  // A role must stand before: the role word itself, or its country or organisation complement.
  for (let j = k - 1, steps = 0; j >= 0 && steps < 5 && c.tokens[j]!.sentence === c.tokens[k]!.sentence; j--, steps++) {
    if (c.lemmaIs(j, ROLE_HEADS_RU)) return true;
    const t = c.tokens[j]!;
    if (!(t.upper || c.owner[j] || (t.cap && !t.first))) return false;
  }
  return false;
}

/** The word before i is a place preposition or a place noun ("в Дацине", "город Дацин"). */
function afterPlaceWord(c: Ctx, i: number): boolean {
  const before = c.tokens[i - 1];
  if (!before || before.cap) return false;
  return PLACE_PREPOSITIONS_RU.has(before.text.toLowerCase()) || c.lemmaIs(i - 1, PLACE_NAME_DESCRIPTORS_RU);
}

/** 7. Places: Geox words with their capitalised adjectives, "Свердловская область", "в Дюссельдорфе". */
function geoWords(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (c.owner[i] || t.kind !== 'cyr' || !t.cap) continue;
    const v = c.views.at(i);
    const prep = i > 0 && c.lemmaIs(i - 1, PLACE_PREPOSITIONS_RU) && !tokens[i - 1]!.cap;
    const descriptorAfter = i + 1 < tokens.length && !c.owner[i + 1] && !tokens[i + 1]!.cap && isAdjective(v) && c.lemmaIs(i + 1, PLACE_DESCRIPTORS_RU) && !c.lemmaIsExact(i, PRONOMINAL_ADJECTIVES_RU);
    if (descriptorAfter) {
      c.add('LOC', i, i + 2);
      i += 1;
      continue;
    }
    const geo = has(v.analysis, (p) => p.geo && (p.known || prep));
    const unknownAfterPrep = prep && !t.first && !v.analysis?.known && has(v.analysis, (p) => p.pos === 'NOUN');
    if (geo || unknownAfterPrep) {
      let first = i;
      if (i > 0 && !c.owner[i - 1] && tokens[i - 1]!.cap && isAdjective(c.views.at(i - 1))) first = i - 1;
      c.add('LOC', first, i + 1);
    }
  }
}

/**
 * 7a. Lower-case adjectives of place or kind before an organisation name belong to it:
 *     "японского МИДа", "российского Минсельхоза", "государственной Комиссии по атомной энергии".
 */
function relationalAdjectives(c: Ctx): void {
  const tokens = c.tokens;
  for (const m of c.live()) {
    if (m.type !== 'ORG') continue;
    const head = tokens[m.first]!;
    if (head.kind !== 'cyr' || !head.cap) continue;
    const cases = casesOf(c, m.first, 'NOUN');
    for (const x of casesOf(c, m.first, 'ADJF')) cases.add(x);
    if (cases.size === 0) continue;
    let first = m.first;
    while (first > 0 && m.first - first < 2) {
      const k = first - 1;
      const t = tokens[k]!;
      if (c.owner[k] || t.kind !== 'cyr' || t.cap || t.sentence !== head.sentence || c.lemmaIsExact(k, PRONOMINAL_ADJECTIVES_RU)) break;
      if (!has(c.analysis(k), (p) => p.known && p.pos === 'ADJF' && !!p.case && cases.has(p.case))) break;
      // A role noun with a rare adjective reading ("главой" = глава, not "главый") is not part of the name.
      if (c.lemmaIs(k, ROLE_HEADS_RU) || c.analysis(k)?.parses[0]?.pos === 'NOUN') break;
      first = k;
    }
    if (first === m.first) continue;
    c.drop(m);
    c.add('ORG', first, m.last);
  }
}

/**
 * 8. The same surname, place or name elsewhere in the document gets the same type
 *    (sentence-initial "Ашикбаев подтвердил", a surname alone after the full name, «Водоканала» after
 *    ГУП «Водоканал»).
 */
function oneSensePerDocument(c: Ctx): void {
  const tokens = c.tokens;
  const known = new Map<string, EntityType>();
  const surnames = new Set<string>();
  for (const m of c.live()) {
    if (m.type === 'PER') {
      const v = c.views.at(m.last - 1);
      for (const l of v.lemmas) if (!known.has(l)) known.set(l, 'PER');
      known.set(tokens[m.last - 1]!.text.toLowerCase(), 'PER');
      if (m.last - m.first >= 2) for (const l of v.lemmas) surnames.add(l);
    } else if (m.last - m.first === 1 && tokens[m.first]!.cap && !tokens[m.first]!.upper) {
      known.set(tokens[m.first]!.text.toLowerCase(), m.type);
      if (m.type === 'ORG' && tokens[m.first]!.kind === 'cyr') for (const p of c.analysis(m.first)?.parses ?? []) if (p.pos === 'NOUN' && !known.has(p.lemma)) known.set(p.lemma, 'ORG');
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (c.owner[i] || !t.cap || (t.kind !== 'cyr' && t.kind !== 'lat')) continue;
    let type = known.get(t.text.toLowerCase());
    if (!type && t.kind === 'cyr') {
      const a = c.analysis(i);
      if (a?.parses.some((p) => (p.surname || p.name || !p.known) && known.get(p.lemma) === 'PER')) type = 'PER';
      // Any reading whose lemma is the surname of a person named in full here ("Оливер Орёл" ... "Орла").
      else if (!t.first && [...c.views.at(i).lemmas].some((l) => surnames.has(l))) type = 'PER';
      else if (a?.parses.some((p) => p.pos === 'NOUN' && known.get(p.lemma) === 'ORG')) type = 'ORG';
    }
    if (!type) continue;
    if (type === 'PER' && t.first && c.analysis(i)?.common && !has(c.analysis(i), (p) => p.surname || p.name)) {
      // A common word that is also this document's surname opens a sentence: only when a verb follows ("Брод напомнил").
      const lemmaSeen = [...c.views.at(i).lemmas].some((l) => surnames.has(l));
      if (!lemmaSeen || !has(c.analysis(i + 1), (p) => p.pos === 'VERB' && p.known) || tokens[i + 1]!.cap) continue;
    }
    let last = i + 1;
    if (type === 'PER') while (last < tokens.length && !c.owner[last] && tokens[last]!.cap && personCapable(c, last)) last += 1;
    c.add(type, i, last);
  }
}

/**
 * 8a. A one-word place that is the surname of a person named in full in the same document is that
 *     person ("Оливер Кан" ... "Реакцией Кана"), unless the gazetteer names it as a country.
 */
function surnamesNotPlaces(c: Ctx): void {
  const tokens = c.tokens;
  const surnames = new Set<string>();
  const live = c.live();
  for (const m of live) {
    if (m.type !== 'PER' || m.last - m.first < 2 || tokens[m.last - 1]!.kind !== 'cyr') continue;
    for (const l of c.views.at(m.last - 1).lemmas) surnames.add(l);
  }
  if (surnames.size === 0) return;
  for (const m of live) {
    if (m.type !== 'LOC' || m.country || m.last - m.first !== 1 || tokens[m.first]!.kind !== 'cyr') continue;
    if ([...c.views.at(m.first).lemmas].some((l) => surnames.has(l))) m.type = 'PER';
  }
}

/**
 * 9. A name in Latin script in brackets right after a mention is the same entity written in the
 *    original ("Билал Хассеин (Bilal Hussein)", "Кориера делла Сера (Corriere della Sera)").
 */
function parentheticalNames(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.text !== '(') continue;
    const prev = c.owner[i - 1] ?? (CLOSE_QUOTES.has(tokens[i - 1]!.text) ? c.owner[i - 2] : undefined);
    if (!prev) continue;
    let close = i + 1;
    while (close < tokens.length && close - i <= 6 && tokens[close]!.text !== ')' && (tokens[close]!.kind === 'lat' || tokens[close]!.text === '-' || tokens[close]!.text === '.')) close++;
    if (tokens[close]?.text !== ')' || close === i + 1 || !tokens[i + 1]!.cap || tokens[i + 1]!.kind !== 'lat') continue;
    for (let k = i + 1; k < close; k++) {
      const m = c.owner[k];
      if (m) c.drop(m);
    }
    if (c.free(i + 1, close)) c.add(prev.type, i + 1, close, prev.country);
    i = close;
  }
}

function adjectiveIsName(v: WordView): boolean {
  return has(v.analysis, (p) => (p.name || p.surname) && p.known);
}

function isNoun(v: WordView): boolean {
  return has(v.analysis, (p) => p.pos === 'NOUN');
}

function isAdjective(v: WordView): boolean {
  return has(v.analysis, (p) => p.pos === 'ADJF' || p.pos === 'PRTF');
}

function matchRuCountry(c: Ctx, i: number, n: number): Country | undefined {
  const tokens = c.tokens;
  const g = gazetteer();
  let keys: string[] = [''];
  for (let k = i; k < i + n; k++) {
    const t = tokens[k];
    if (t?.kind !== 'cyr' || (k > i && t.start - tokens[k - 1]!.end > 1)) return undefined;
    const lemmas = [...c.views.at(k).lemmas];
    const next: string[] = [];
    for (const key of keys) for (const l of lemmas) next.push(key ? `${key} ${l}` : l);
    keys = next.slice(0, 64);
  }
  for (const key of keys) {
    const country = g.ruCountries.get(key);
    if (country) {
      // A lone word must be the country reading of the form, not a homonym ("Грузии" yes, "Чад" as a name no).
      if (n === 1 && !tokens[i]!.upper) {
        if (!has(c.analysis(i), (p) => p.geo || p.lemma === key)) return undefined;
      }
      return country;
    }
  }
  return undefined;
}

/** A capitalised Cyrillic word that can be part of a person's name. */
function personCapable(c: Ctx, i: number): boolean {
  const t = c.tokens[i]!;
  if (t.kind !== 'cyr' || !t.cap || t.upper) return false;
  const a = c.analysis(i);
  if (!a) return false;
  if (has(a, (p) => p.known && (p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'PRCL' || p.pos === 'NPRO'))) {
    // A short function word written with a capital inside a sentence, between capitalised words, is a
    // syllable of an East Asian name ("Ли Со Ён", "Аун Сан Су Чжи").
    const prev = c.tokens[i - 1];
    const next = c.tokens[i + 1];
    return !t.first && t.text.length <= 3 && !!next && next.kind === 'cyr' && next.cap && !next.upper && next.start - t.end <= 1 && !!prev && !OPEN_QUOTES.has(prev.text) && prev.kind !== 'punct';
  }
  if (has(a, (p) => p.name || p.surname || p.patronymic)) return true;
  // Foreign names the dictionary does not know ("Сполярич") are guessed from capitalisation alone.
  return !a.known && !t.first;
}

function isPerson(c: Ctx, first: number, last: number): boolean {
  const tokens = c.tokens;
  const size = last - first;
  const a = (k: number) => c.analysis(k);
  const knownName = (k: number) => has(a(k), (p) => (p.name || p.patronymic) && p.known);
  const anyName = (k: number) => has(a(k), (p) => p.name || p.surname || p.patronymic);
  const common = (k: number) => !!a(k)?.common;
  const geoKnown = (k: number) => has(a(k), (p) => (p.geo || p.org) && p.known);
  const before = first > 0 ? tokens[first - 1]! : undefined;
  // A role word right before the name, possibly with its country or organisation between ("Председатель КНР Ху Цзиньтао").
  let afterRole = false;
  for (let k = first - 1, steps = 0; k >= 0 && steps < 4 && tokens[k]!.sentence === tokens[first]!.sentence; k--, steps++) {
    if ([...c.views.at(k).lemmas].some((l) => ROLE_HEADS_RU.has(l))) {
      afterRole = true;
      break;
    }
    const t = tokens[k]!;
    if (!(t.upper || (t.cap && has(a(k), (p) => p.geo && p.known)))) break;
  }
  const afterPlacePrep = !!before && !before.cap && PLACE_PREPOSITIONS_RU.has(before.text.toLowerCase());
  if (size >= 2) {
    let names = 0;
    let unknown = 0;
    for (let k = first; k < last; k++) {
      if (anyName(k)) names += 1;
      if (!a(k)?.known) unknown += 1;
    }
    if (tokens[first]!.first && common(first) && !knownName(first)) return false;
    if (afterRole && !tokens[first]!.first) return true;
    // A foreign first name the dictionary does not know, then a surname ("Фелипе Масса", "Бессель Кок").
    const foreign = !tokens[first]!.first && !a(first)?.known && unknown >= 1 && !afterPlaceWord(c, first);
    return (names >= 1 || foreign) && (knownName(first) || names >= 2 || afterRole || !tokens[first]!.first);
  }
  // A single word.
  const t = tokens[first]!;
  // An adjective agreeing with the lower-case noun after it is not a name ("по Московскому времени").
  const next = tokens[last];
  if (next && next.kind === 'cyr' && !next.cap) {
    const nextCases = casesOf(c, last, 'NOUN');
    if (has(a(first), (p) => p.pos === 'ADJF' && p.known && !!p.case && nextCases.has(p.case))) return false;
  }
  if (geoKnown(first) && !afterRole) return false;
  if (afterPlacePrep && !afterRole) return false;
  if (t.first) return has(a(first), (p) => (p.surname || p.name) && p.known) && !common(first);
  if (afterRole) return true;
  if (common(first) && !has(a(first), (p) => (p.surname || p.name) && p.known)) return false;
  return anyName(first) || !a(first)?.known;
}


// ---------------------------------------------------------------------------------------------
// English

const EN_STOP = new Set(
  `a an the he she it they we i you his her its their our my this that these those there here but and or if
  when while after before as at by for from in into of on to with without about over under mr mrs ms
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december`.split(/\s+/),
);

function findEnglish(text: string, tokens: Token[]): Mention[] {
  const _g = gazetteer();
  const lowerWords = new Set<string>();
  for (const t of tokens) if (t.kind === 'lat' && !t.cap) lowerWords.add(t.text.toLowerCase());
  const owner: Array<Mention | undefined> = new Array(tokens.length);
  const mentions: Mention[] = [];
  const add = (type: EntityType, first: number, last: number, country?: Country) => {
    if (first >= last) return;
    for (let k = first; k < last; k++) if (owner[k]) return;
    const m: Mention = { type, first, last, start: tokens[first]!.start, end: tokens[last - 1]!.end };
    if (country) m.country = country;
    for (let k = first; k < last; k++) owner[k] = m;
    mentions.push(m);
  };
  const capWord = (i: number) => {
    const t = tokens[i];
    if (t?.kind !== 'lat' || !t.cap) return false;
    const lower = t.text.toLowerCase().replace(/['’]s$/, '');
    if (t.first && (EN_STOP.has(lower) || (lowerWords.has(lower) && !givenNamesEn().has(t.text)))) return false;
    return !EN_STOP.has(lower) || lower === 'may';
  };
  const personSurnames = new Set<string>();

  for (let i = 0; i < tokens.length; i++) {
    if (!capWord(i)) continue;
    let last = i + 1;
    while (last < tokens.length && tokens[last]!.sentence === tokens[i]!.sentence) {
      if (capWord(last) && !tokens[last - 1]!.text.match(/['’]s$/)) last += 1;
      else if (
        ORG_CONNECTORS_EN.has(tokens[last]!.text.toLowerCase()) &&
        tokens[last]!.text !== 'and' &&
        capWord(last + 1) &&
        tokens[last]!.text.length <= 3
      )
        last += 2;
      else if (tokens[last]!.text === '-' && capWord(last + 1) && tokens[last]!.start === tokens[last - 1]!.end) last += 2;
      else break;
    }
    classifyEnglish(tokens, i, last, add, personSurnames);
    i = last - 1;
  }
  void text;
  return mentions.sort((a, b) => a.start - b.start);
}

/** "the mayor of London, Sadiq Khan, ...": a name set off by commas right after a title phrase. */
function appositionAfterTitle(tokens: Token[], first: number, last: number): boolean {
  if (first < 2 || tokens[first - 1]!.text !== ',' || last - first < 2) return false;
  const after = tokens[last];
  if (after && after.text !== ',' && after.text !== '.' && after.kind !== 'punct') return false;
  for (let k = first - 2; k >= 0 && first - k <= 8 && tokens[k]!.sentence === tokens[first]!.sentence; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return false;
    if (!t.cap && TITLES_EN.has(t.text.toLowerCase())) return true;
  }
  return false;
}

function classifyEnglish(
  tokens: Token[],
  first: number,
  last: number,
  add: (type: EntityType, first: number, last: number, country?: Country) => void,
  personSurnames: Set<string>,
): void {
  const g = gazetteer();
  const words = tokens.slice(first, last).map((t) => t.text.replace(/['’]s$/, ''));
  const phrase = words.join(' ').toLowerCase();
  // Titles are not part of the name: "Prime Minister Tony Blair" -> PER "Tony Blair".
  let start = 0;
  while (start < words.length - 1 && (TITLES_EN.has(words[start]!.toLowerCase()) || (start < words.length - 2 && demonymCountry(words[start]!)))) start += 1;
  const country = g.enCountries.get(phrase) ?? g.enCountries.get(phrase.replace(/^the /, ''));
  if (country) {
    add('LOC', first, last, country);
    return;
  }
  const lastWord = words[words.length - 1]!.toLowerCase();
  if (words.length >= 2 && ORG_HEADS_EN.has(lastWord)) {
    add('ORG', first, last);
    return;
  }
  if (tokens[first]!.upper && words.length === 1 && NOT_ORG_ACRONYMS.has(words[0]!)) return;
  if (tokens[first]!.upper && words.length === 1) {
    const acronymCountry = g.enCountries.get(phrase);
    if (acronymCountry) {
      add('LOC', first, last, acronymCountry);
      return;
    }
    add('ORG', first, last);
    return;
  }
  const rest = words.slice(start);
  const firstName = rest[0] ?? '';
  const titled = start > 0 || (first > 0 && TITLES_EN.has(tokens[first - 1]!.text.toLowerCase())) || appositionAfterTitle(tokens, first, last);
  const hasAcronym = tokens.slice(first + start, last).some((t) => t.upper);
  // A city named in several words ("New Delhi", "Buenos Aires"), unless a title makes it a person.
  if (words.length >= 2 && start === 0 && !titled && isEnglishCityName(words.join(' '))) {
    add('LOC', first, last);
    return;
  }
  if (rest.length >= 2 && rest.length <= 4 && !hasAcronym && (givenNamesEn().has(firstName) || titled)) {
    const surname = rest[rest.length - 1]!;
    personSurnames.add(surname);
    add('PER', first + start, last);
    return;
  }
  if (rest.length === 1) {
    if (personSurnames.has(firstName) || (titled && !isEnglishCityName(firstName))) {
      add('PER', first + start, last);
      return;
    }
    if (isEnglishCityName(firstName) && start === 0) {
      add('LOC', first, last);
      return;
    }
    const c = g.enCountries.get(firstName.toLowerCase());
    if (c) {
      add('LOC', first, last, c);
      return;
    }
  }
}
