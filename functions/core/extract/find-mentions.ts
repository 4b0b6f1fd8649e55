// Mention finding step: tokens + morphology + gazetteer -> PER / LOC / ORG spans (no overlaps).
// Russian uses OpenCorpora tags (Name, Surn, Patr, Geox, Orgn) chosen by context, not by rank;
// English uses capitalisation, given names, titles and organisation head words.

import type { EntityType } from './entity.ts';
import { type Country, gazetteer, givenNamesEn, isEnglishCityName } from './gazetteer.ts';
import {
  ORG_CONNECTORS_EN,
  ORG_DESCRIPTORS_RU,
  ORG_HEADS_EN,
  ORG_HEADS_LOWER_RU,
  ORG_HEADS_RU,
  PLACE_DESCRIPTORS_RU,
  PLACE_PREPOSITIONS_RU,
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
const NOT_ORG_ACRONYMS = new Set(['СМИ', 'GMT', 'UTC', 'BST', 'EST', 'MSK', 'ОАО', 'ЗАО', 'ООО', 'ПАО', 'АО', 'ГУП', 'ФГУП', 'МУП', 'НКО', 'ОС', 'ТВ', 'IT', 'ЖЖ', 'ВВП', 'ДТП', 'ЧП', 'ПО', 'PR', 'CEO', 'TV', 'OK', 'ИП', 'США']);
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

/** Per-token view of the morphology, computed once per token. */
interface WordView {
  analysis: Analysis | undefined;
  lemmas: Set<string>;
}

export function viewOf(token: Token): WordView {
  if (token.kind !== 'cyr') return { analysis: undefined, lemmas: new Set([token.text.toLowerCase()]) };
  const analysis = analyse(token.upper ? token.text : token.text);
  const lemmas = new Set<string>();
  for (const p of analysis.parses) lemmas.add(p.lemma.replace(/ё/g, 'е'));
  lemmas.add(token.text.toLowerCase().replace(/ё/g, 'е'));
  return { analysis, lemmas };
}

const has = (a: Analysis | undefined, test: (p: MorphParse) => boolean) => !!a && a.parses.some(test);

export function findMentions(text: string, tokens: Token[], language: 'ru' | 'en'): Mention[] {
  return language === 'ru' ? findRussian(tokens) : findEnglish(text, tokens);
}

// ---------------------------------------------------------------------------------------------
// Russian

function findRussian(tokens: Token[]): Mention[] {
  const views: WordView[] = tokens.map((t) => (t.kind === 'cyr' && (t.cap || t.text.length > 2) ? viewOf(t) : plainView(t)));
  const owner: Array<Mention | undefined> = new Array(tokens.length);
  const mentions: Mention[] = [];
  const free = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (owner[k]) return false;
    return true;
  };
  const add = (type: EntityType, first: number, last: number, country?: Country) => {
    if (first >= last || !free(first, last)) return undefined;
    const m: Mention = { type, first, last, start: tokens[first]!.start, end: tokens[last - 1]!.end };
    if (country) m.country = country;
    for (let k = first; k < last; k++) owner[k] = m;
    mentions.push(m);
    return m;
  };
  const lemmaIs = (i: number, words: Set<string>) => {
    const v = views[i];
    if (!v) return false;
    for (const l of v.lemmas) if (words.has(l)) return true;
    return false;
  };

  // 1. Quoted names: «Газпром», «Единая Россия» after a descriptor or a crediting verb.
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
    const descriptor = before >= 0 && (lemmaIs(before, ORG_DESCRIPTORS_RU) || tokens[before]!.upper);
    const crediting = before >= 0 && /^(передает|передаёт|сообщает|сообщил[аи]?|цитирует|пишет|по данным|агентству?|изданию)$/i.test(tokens[before]!.text);
    const orgTagged = close === i + 2 && has(views[i + 1]!.analysis, (p) => p.org);
    if (descriptor || crediting || orgTagged) add('ORG', i + 1, close);
  }

  // 1b. A capitalised common noun inside a sentence followed by a country in the genitive is a name
  //     ("Голос Америки", "Радио Свобода" style titles of organisations and media).
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (owner[i] || t.kind !== 'cyr' || !t.cap || t.first || t.upper || !next.cap || next.kind !== 'cyr') continue;
    const a = views[i]!.analysis;
    if (!a?.common || has(a, (p) => (p.name || p.surname || p.geo || p.org) && p.known) || !isNoun(views[i]!) || lemmaIs(i, ORG_HEADS_RU)) continue;
    if (lemmaIs(i, ROLE_HEADS_RU) || lemmaIs(i, PLACE_DESCRIPTORS_RU) || lemmaIs(i, CELESTIAL)) continue;
    const country = matchRuCountry(tokens, views, i + 1, 1);
    if (country && has(views[i + 1]!.analysis, (p) => p.geo && p.case === 'gent')) {
      add('ORG', i, i + 2);
      i += 1;
    }
  }

  // 2. Countries from the gazetteer, longest first ("Объединённые Арабские Эмираты", "России").
  const g = gazetteer();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'cyr' || !t.cap) continue;
    for (let n = Math.min(g.ruMaxWords, tokens.length - i); n >= 1; n--) {
      const country = matchRuCountry(tokens, views, i, n);
      if (country) {
        // "Центральную Америку", "Южную Корею": a capitalised adjective before the name belongs to the place.
        const adj = i > 0 && !owner[i - 1] && tokens[i - 1]!.cap && tokens[i - 1]!.kind === 'cyr' && isAdjective(views[i - 1]!) && !adjectiveIsName(views[i - 1]!);
        add('LOC', adj ? i - 1 : i, i + n, country);
        i += n - 1;
        break;
      }
    }
  }

  // 3. Organisation phrases: [Capitalised adjectives] HEAD [genitive complement], "Конституционного суда".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'cyr' || owner[i]) continue;
    const headLower = !t.cap && lemmaIs(i, ORG_HEADS_LOWER_RU);
    if (!lemmaIs(i, ORG_HEADS_RU) || !isNoun(views[i]!)) continue;
    let first = i;
    while (first > 0 && tokens[first - 1]!.kind === 'cyr' && !owner[first - 1] && isAdjective(views[first - 1]!) && (tokens[first - 1]!.cap || !tokens[first]!.cap) && tokens[first - 1]!.sentence === t.sentence) {
      first -= 1;
    }
    // Lower-case relational adjectives before a lower-case head count only for ministries and the like.
    if (!tokens[first]!.cap && !headLower) continue;
    if (tokens[first]!.first && first === i && !t.upper) {
      // A sentence-initial head ("Комитет ...") is a name only with a complement.
    }
    let last = i + 1;
    let complement = 0;
    while (last < tokens.length && complement < 4) {
      const next = tokens[last]!;
      const v = views[last]!;
      if (next.kind !== 'cyr' || owner[last] || next.sentence !== t.sentence) break;
      if (next.cap && !next.upper && has(v.analysis, (p) => p.geo || p.name || p.surname) && !has(v.analysis, (p) => p.pos === 'ADJF' && p.known)) break;
      if (!has(v.analysis, (p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && p.case === 'gent')) break;
      last += 1;
      complement += 1;
    }
    // "Следственный комитет при прокуратуре": a "при" phrase is part of the name.
    if (last + 1 < tokens.length && tokens[last]!.text === 'при' && tokens[last + 1]!.kind === 'cyr' && !owner[last + 1] && isNoun(views[last + 1]!)) last += 2;
    // Complements end on a noun, not an adjective waiting for its noun.
    while (last > i + 1 && !isNoun(views[last - 1]!)) last -= 1;
    const alone = first === i && last === i + 1;
    // A lone head in quotes is a product or a craft («Союз»), not an organisation.
    const quotedAlone = alone && i > 0 && OPEN_QUOTES.has(tokens[i - 1]!.text);
    const capitalised = tokens[first]!.cap && !(tokens[first]!.first && alone) && !quotedAlone;
    if (capitalised || (headLower && last > i + 1)) {
      add('ORG', first, last);
      i = last - 1;
    }
  }

  // 5. Latin-script names inside Russian text: companies, media and brands (Facebook, World Fashion Channel).
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (owner[i] || (t.kind !== 'lat' && !(t.kind === 'word' && /^\d*[A-Za-z]/.test(t.text))) || !/[A-Z]/.test(t.text)) continue;
    let last = i + 1;
    let end = i + 1;
    while (last < tokens.length && !owner[last] && tokens[last]!.start - tokens[last - 1]!.end <= 1) {
      const next = tokens[last]!;
      if ((next.kind === 'lat' || next.kind === 'word') && /^[A-Z0-9]/.test(next.text)) end = last + 1;
      else if (!(next.kind === 'lat' && (ORG_CONNECTORS_EN.has(next.text.toLowerCase()) || /^(und|to|von|van|des|di|works)$/.test(next.text))) && !(next.text === '-' || next.text === '&')) break;
      last += 1;
    }
    if (end - i === 1 && (t.text === 'The' || t.text.length === 1)) continue;
    const personLike = end - i >= 2 && end - i <= 3 && givenNamesEn().has(t.text) && tokens.slice(i, end).every((x) => x.kind === 'lat' && x.cap);
    add(personLike ? 'PER' : 'ORG', i, end);
    i = end - 1;
  }

  // 4. Acronyms: country acronyms are places (США, РФ), the rest organisations (МККК, НАТО).
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (owner[i] || !t.upper || (t.kind !== 'cyr' && t.kind !== 'lat')) continue;
    if (/^[IVXLC]+$/.test(t.text) || /\d/.test(t.text) || NOT_ORG_ACRONYMS.has(t.text)) continue;
    if (tokens[i + 1]?.text === '-' && tokens[i + 2]?.kind === 'num') continue;
    if (t.kind === 'cyr' && has(views[i]!.analysis, (p) => p.geo && p.known)) add('LOC', i, i + 1);
    else add('ORG', i, i + 1);
  }

  // 5a. Compound organisation words: Роскосмоса, Минсвязи, Госдепартамента (Orgn in the dictionary, or the prefix).
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (owner[i] || t.kind !== 'cyr' || t.upper) continue;
    const a = views[i]!.analysis;
    // Lower-case abbreviations of institutions ("в миде Грузии") are organisations too.
    if (!t.cap) {
      if (has(a, (p) => p.org && p.abbr && p.known) && !a?.common) add('ORG', i, i + 1);
      continue;
    }
    if (t.first) continue;
    if (has(a, (p) => p.org && p.known) || (ORG_COMPOUND.test(t.text) && !a?.common && !has(a, (p) => (p.geo || p.name || p.surname) && p.known))) add('ORG', i, i + 1);
  }

  // 5b. Place phrases before people: "Московской области", "Белом доме", celestial bodies ("на Луне").
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (owner[i] || t.kind !== 'cyr' || !t.cap) continue;
    const next = tokens[i + 1];
    if (next && !owner[i + 1] && next.kind === 'cyr' && !next.cap && isAdjective(views[i]!) && (lemmaIs(i + 1, PLACE_DESCRIPTORS_RU) || (lemmaIs(i, LANDMARK_ADJECTIVES) && lemmaIs(i + 1, LANDMARK_NOUNS)))) {
      add('LOC', i, i + 2);
      i += 1;
      continue;
    }
    if (!t.first && lemmaIs(i, CELESTIAL)) add('LOC', i, i + 1);
  }

  // 6. People: chains of capitalised words with name parses (Name, Surn, Patr) or unknown words.
  for (let i = 0; i < tokens.length; i++) {
    if (owner[i] || !personCapable(tokens, views, i)) continue;
    let last = i + 1;
    const anchored = has(views[i]!.analysis, (p) => (p.name || p.patronymic) && p.known);
    while (last < tokens.length && !owner[last] && !tokens[last]!.first && tokens[last]!.start - tokens[last - 1]!.end <= 1) {
      if (personCapable(tokens, views, last)) last += 1;
      // After a known first name, a capitalised word is the surname even when it is also a common
      // noun or a place (Бут, Кан, Понедельник); name particles join (Ле Пен, Де Сантис, бин Ладен).
      else if (anchored && tokens[last]!.kind === 'cyr' && tokens[last]!.cap && !tokens[last]!.upper && !lemmaIs(last, ROLE_HEADS_RU)) last += 1;
      else if (NAME_PARTICLES.has(tokens[last]!.text) && tokens[last + 1]?.cap && tokens[last + 1]!.kind === 'cyr' && !owner[last + 1]) last += 2;
      else break;
    }
    // Two names side by side ("Бориса Ельцина Наина Иосифовна"): split before a known first name that follows a surname.
    for (let k = i + 2; k < last; k++) {
      const prev = views[k - 1]!.analysis;
      if (has(views[k]!.analysis, (p) => p.name && p.known) && has(prev, (p) => p.surname) && !has(prev, (p) => p.name)) {
        last = k;
        break;
      }
    }
    if (last - i > 4) last = i + 4;
    let from = i;
    // Initials before the surname ("А. Кудрин").
    if (from >= 2 && tokens[from - 1]!.text === '.' && tokens[from - 2]!.cap && tokens[from - 2]!.text.length === 1 && !owner[from - 2]) from -= 2;
    const quoted = last - i === 1 && i > 0 && OPEN_QUOTES.has(tokens[i - 1]!.text) && CLOSE_QUOTES.has(tokens[last]?.text ?? '');
    if (!quoted && !HYPHENATED_FUNCTION_WORDS.has(tokens[i]!.text.toLowerCase()) && isPerson(tokens, views, i, last)) add('PER', from, last);
    i = last - 1;
  }

  // 7. Places: Geox words with their capitalised adjectives, "Свердловская область", "в Дюссельдорфе".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (owner[i] || t.kind !== 'cyr') continue;
    const v = views[i]!;
    const prep = i > 0 && lemmaIs(i - 1, PLACE_PREPOSITIONS_RU) && !tokens[i - 1]!.cap;
    const descriptorAfter = i + 1 < tokens.length && !owner[i + 1] && !tokens[i + 1]!.cap && isAdjective(v) && lemmaIs(i + 1, PLACE_DESCRIPTORS_RU);
    if (t.cap && descriptorAfter) {
      add('LOC', i, i + 2);
      i += 1;
      continue;
    }
    if (!t.cap) continue;
    const geo = has(v.analysis, (p) => p.geo && (p.known || prep));
    const unknownAfterPrep = prep && !t.first && !v.analysis?.known && has(v.analysis, (p) => p.pos === 'NOUN');
    if (geo || unknownAfterPrep) {
      let first = i;
      if (i > 0 && !owner[i - 1] && tokens[i - 1]!.cap && isAdjective(views[i - 1]!)) first = i - 1;
      add('LOC', first, i + 1);
    }
  }

  // 8. The same surname, place or name elsewhere in the document gets the same type
  //    (sentence-initial "Ашикбаев подтвердил", a surname alone after the full name).
  const known = new Map<string, EntityType>();
  for (const m of mentions) {
    if (m.type === 'PER') {
      const v = views[m.last - 1]!;
      for (const l of v.lemmas) if (!known.has(l)) known.set(l, 'PER');
      known.set(tokens[m.last - 1]!.text.toLowerCase(), 'PER');
    } else if (m.last - m.first === 1 && tokens[m.first]!.cap && !tokens[m.first]!.upper) {
      known.set(tokens[m.first]!.text.toLowerCase(), m.type);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (owner[i] || !t.cap || (t.kind !== 'cyr' && t.kind !== 'lat')) continue;
    let type = known.get(t.text.toLowerCase());
    if (!type && t.kind === 'cyr') {
      const v = views[i]!;
      const personLemma = v.analysis?.parses.find((p) => (p.surname || p.name) && known.get(p.lemma) === 'PER');
      if (personLemma) type = 'PER';
    }
    if (!type) continue;
    if (type === 'PER' && t.first && views[i]!.analysis?.common && !has(views[i]!.analysis, (p) => p.surname || p.name)) continue;
    let last = i + 1;
    if (type === 'PER') while (last < tokens.length && !owner[last] && tokens[last]!.cap && personCapable(tokens, views, last)) last += 1;
    add(type, i, last);
  }

  return mentions.sort((a, b) => a.start - b.start);
}

function plainView(token: Token): WordView {
  return { analysis: undefined, lemmas: new Set([token.text.toLowerCase()]) };
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

function matchRuCountry(tokens: Token[], views: WordView[], i: number, n: number): Country | undefined {
  const g = gazetteer();
  let keys: string[] = [''];
  for (let k = i; k < i + n; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'cyr' || (k > i && t.start - tokens[k - 1]!.end > 1)) return undefined;
    const lemmas = [...views[k]!.lemmas];
    const next: string[] = [];
    for (const key of keys) for (const l of lemmas) next.push(key ? `${key} ${l}` : l);
    keys = next.slice(0, 64);
  }
  for (const key of keys) {
    const c = g.ruCountries.get(key);
    if (c) {
      // A lone word must be the country reading of the form, not a homonym ("Грузии" yes, "Чад" as a name no).
      if (n === 1 && !tokens[i]!.upper) {
        const v = views[i]!;
        if (!has(v.analysis, (p) => p.geo || p.lemma === key) ) return undefined;
      }
      return c;
    }
  }
  return undefined;
}

/** A capitalised Cyrillic word that can be part of a person's name. */
function personCapable(tokens: Token[], views: WordView[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'cyr' || !t.cap || t.upper) return false;
  const a = views[i]!.analysis;
  if (!a) return false;
  if (has(a, (p) => p.known && (p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'PRCL' || p.pos === 'NPRO'))) return false;
  if (has(a, (p) => p.name || p.surname || p.patronymic)) return true;
  // Foreign names the dictionary does not know ("Сполярич") are guessed from capitalisation alone.
  return !a.known && !t.first;
}

function isPerson(tokens: Token[], views: WordView[], first: number, last: number): boolean {
  const size = last - first;
  const a = (k: number) => views[k]!.analysis;
  const knownName = (k: number) => has(a(k), (p) => (p.name || p.patronymic) && p.known);
  const anyName = (k: number) => has(a(k), (p) => p.name || p.surname || p.patronymic);
  const common = (k: number) => !!a(k)?.common;
  const geoKnown = (k: number) => has(a(k), (p) => (p.geo || p.org) && p.known);
  const before = first > 0 ? tokens[first - 1]! : undefined;
  // A role word right before the name, possibly with its country or organisation between ("Председатель КНР Ху Цзиньтао").
  let afterRole = false;
  for (let k = first - 1, steps = 0; k >= 0 && steps < 4 && tokens[k]!.sentence === tokens[first]!.sentence; k--, steps++) {
    if ([...views[k]!.lemmas].some((l) => ROLE_HEADS_RU.has(l))) {
      afterRole = true;
      break;
    }
    const t = tokens[k]!;
    if (!(t.upper || (t.cap && has(views[k]!.analysis, (p) => p.geo && p.known)))) break;
  }
  const afterPlacePrep = !!before && !before.cap && PLACE_PREPOSITIONS_RU.has(before.text.toLowerCase());
  if (size >= 2) {
    let names = 0;
    for (let k = first; k < last; k++) if (anyName(k)) names += 1;
    if (tokens[first]!.first && common(first) && !knownName(first)) return false;
    if (afterRole && !tokens[first]!.first) return true;
    return names >= 1 && (knownName(first) || names >= 2 || afterRole || !tokens[first]!.first);
  }
  // A single word.
  const t = tokens[first]!;
  // An adjective agreeing with the lower-case noun after it is not a name ("по Московскому времени").
  const next = tokens[last];
  if (next && next.kind === 'cyr' && !next.cap) {
    const nextCases = new Set(views[last]!.analysis?.parses.filter((p) => p.pos === 'NOUN').map((p) => p.case));
    if (has(a(first), (p) => p.pos === 'ADJF' && p.known && nextCases.has(p.case))) return false;
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
  const g = gazetteer();
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
    if (!t || t.kind !== 'lat' || !t.cap) return false;
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
  if (country) return add('LOC', first, last, country);
  const lastWord = words[words.length - 1]!.toLowerCase();
  if (words.length >= 2 && ORG_HEADS_EN.has(lastWord)) return add('ORG', first, last);
  if (tokens[first]!.upper && words.length === 1 && NOT_ORG_ACRONYMS.has(words[0]!)) return;
  if (tokens[first]!.upper && words.length === 1) {
    const acronymCountry = g.enCountries.get(phrase);
    if (acronymCountry) return add('LOC', first, last, acronymCountry);
    return add('ORG', first, last);
  }
  const rest = words.slice(start);
  const firstName = rest[0] ?? '';
  const titled = start > 0 || (first > 0 && TITLES_EN.has(tokens[first - 1]!.text.toLowerCase()));
  const hasAcronym = tokens.slice(first + start, last).some((t) => t.upper);
  if (rest.length >= 2 && rest.length <= 4 && !hasAcronym && (givenNamesEn().has(firstName) || titled)) {
    const surname = rest[rest.length - 1]!;
    personSurnames.add(surname);
    if (start > 0 && words.slice(0, start).every((w) => TITLES_EN.has(w.toLowerCase()))) {
      return add('PER', first + start, last);
    }
    return add('PER', first + start, last);
  }
  if (rest.length === 1) {
    if (personSurnames.has(firstName) || (titled && !isEnglishCityName(firstName))) return add('PER', first + start, last);
    if (isEnglishCityName(firstName) && start === 0) return add('LOC', first, last);
    const c = g.enCountries.get(firstName.toLowerCase());
    if (c) return add('LOC', first, last, c);
  }
}
