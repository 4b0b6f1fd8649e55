// What the Russian mention rules share: a lazily computed morphological view per token, the context
// that records which mention owns each token (rules only claim free tokens), and the word-level tests
// several rules ask (is this a noun phrase in the genitive, can this word be part of a name, ...).

import { gazetteer } from '../../knowledge/gazetteer.ts';
import { analyse, type Analysis, type MorphParse } from '../../knowledge/morphology.ts';
import { PLACE_NAME_DESCRIPTORS_RU, PLACE_PREPOSITIONS_RU, ROLE_HEADS_RU } from '../../lexicon/ru.ts';
import { OPEN_QUOTES } from '../shared.ts';
import type { Country, EntityType, Mention } from '../../model/mention.ts';
import type { Token } from '../../model/token.ts';

/** Per-token view of the morphology, computed once per token. */
export interface WordView {
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
export function prefixKey(word: string): string {
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

export const has = (a: Analysis | undefined, test: (p: MorphParse) => boolean) => !!a && a.parses.some(test);


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
export class Ctx {
  readonly views: Views;
  readonly owner: Array<Mention | undefined>;
  readonly mentions: Mention[] = [];
  private readonly dropped = new Set<Mention>();
  private readonly blocked = new Set<Mention>();
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
  /**
   * Claims tokens for no entity: a product, event or prize named after its descriptor ("операционной
   * системы Windows", "автомобиль «Славута»"), so that no later rule reads it as a name.
   */
  block(first: number, last: number): void {
    if (first >= last || !this.free(first, last)) return;
    const m: Mention = { type: 'ORG', first, last, start: this.tokens[first]!.start, end: this.tokens[last - 1]!.end };
    for (let k = first; k < last; k++) this.owner[k] = m;
    this.blocked.add(m);
  }
  isBlocked(m: Mention | undefined): boolean {
    return !!m && this.blocked.has(m);
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


/** Case grammemes a word can take as a noun or adjective. */
export function casesOf(c: Ctx, i: number, pos?: 'NOUN' | 'ADJF'): Set<string> {
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
export function nounPhrase(c: Ctx, i: number, grammaticalCase: string, sentence: number, places = false): number {
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


/** The word before i is a place preposition or a place noun ("в Дацине", "город Дацин"). */
export function afterPlaceWord(c: Ctx, i: number): boolean {
  const before = c.tokens[i - 1];
  if (!before || before.cap) return false;
  return PLACE_PREPOSITIONS_RU.has(before.text.toLowerCase()) || c.lemmaIs(i - 1, PLACE_NAME_DESCRIPTORS_RU);
}


export function adjectiveIsName(v: WordView): boolean {
  return has(v.analysis, (p) => (p.name || p.surname) && p.known);
}

export function isNoun(v: WordView): boolean {
  return has(v.analysis, (p) => p.pos === 'NOUN');
}

export function isAdjective(v: WordView): boolean {
  return has(v.analysis, (p) => p.pos === 'ADJF' || p.pos === 'PRTF');
}

export function matchRuCountry(c: Ctx, i: number, n: number): Country | undefined {
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

/**
 * A finite verb follows the word at i within a few lower-case words of the same clause ("Брод также
 * напомнил", "Бут не признал").
 */
export function verbFollows(c: Ctx, i: number, words: number): boolean {
  for (let k = i + 1; k <= i + words && k < c.tokens.length; k++) {
    const t = c.tokens[k]!;
    if (t.kind !== 'cyr' || t.cap || t.sentence !== c.tokens[i]!.sentence) return false;
    if (has(c.analysis(k), (p) => p.pos === 'VERB' && p.known)) return true;
  }
  return false;
}

/** A capitalised Cyrillic word that can be part of a person's name. */
export function personCapable(c: Ctx, i: number): boolean {
  const t = c.tokens[i]!;
  if (t.kind !== 'cyr' || !t.cap || t.upper || /\d/.test(t.text)) return false;
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

export function isPerson(c: Ctx, first: number, last: number): boolean {
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
    // Also one the dictionary only guesses, agreeing in case, gender and number ("Шестидневной войны").
    const nextForms = new Set((a(last)?.parses ?? []).filter((p) => p.pos === 'NOUN' && p.known).map((p) => `${p.case}/${p.gender}/${p.number}`));
    if (!a(first)?.known && has(a(first), (p) => p.pos === 'ADJF' && nextForms.has(`${p.case}/${p.gender}/${p.number}`))) return false;
  }
  if (geoKnown(first) && !afterRole) return false;
  if (afterPlacePrep && !afterRole) return false;
  // At the start of a sentence: a surname that is not also a common word, or whose surname reading is by
  // far the likeliest (Путин, not the plural of путина) when a verb follows.
  if (t.first) {
    if (!has(a(first), (p) => (p.surname || p.name) && p.known)) return false;
    const top = a(first)!.parses[0]!;
    return !common(first) || (top.surname && top.known && top.score >= 0.9 && verbFollows(c, first, 2));
  }
  if (afterRole) return true;
  if (common(first) && !has(a(first), (p) => (p.surname || p.name) && p.known)) return false;
  return anyName(first) || !a(first)?.known;
}
