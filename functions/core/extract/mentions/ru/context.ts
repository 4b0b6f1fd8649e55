// What the Russian mention rules share: a lazily computed morphological view per token, the context
// that records which mention owns each token (rules only claim free tokens), and the word-level tests
// several rules ask (is this a noun phrase in the genitive, can this word be part of a name, ...).

import { gazetteer } from '../../knowledge/gazetteer.ts';
import { analyse, type Analysis, type MorphParse } from '../../knowledge/morphology.ts';
import { PLACE_NAME_DESCRIPTORS_RU, PLACE_PREPOSITIONS_RU, ROLE_HEADS_RU } from '../../lexicon/ru.ts';
import { OPEN_QUOTES } from '../shared.ts';
import type { Country, EntityType, Mention } from '../../model/mention.ts';
import type { Token } from '../../model/token.ts';

/** Per-token view of the morphology, computed once per word form. */
export interface WordView {
  analysis: Analysis | undefined;
  lemmas: Set<string>;
  /** The lemmas as a list, in the set's order (made on first use). */
  list?: string[];
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
 * Views by word form, shared by all documents: a view depends on the token's text alone (its kind and
 * capital follow from the text), and making the same views again for every article was a tenth of the time.
 * Bounded like the morphology cache.
 */
const analysedViews = new Map<string, WordView>();
const plainViews = new Map<string, WordView>();
const SHARED_VIEWS_LIMIT = 100_000;

function sharedView(table: Map<string, WordView>, token: Token, make: (token: Token) => WordView): WordView {
  let v = table.get(token.text);
  if (!v) {
    v = make(token);
    if (table.size >= SHARED_VIEWS_LIMIT) table.clear();
    table.set(token.text, v);
  }
  return v;
}

/**
 * Word views computed on first use: most lower-case words are never looked at by a rule, and not
 * analysing them keeps the morphology cache (and the garbage az makes per word) small.
 */
export class Views {
  private readonly cache: Array<WordView | undefined>;
  private readonly prefixes: Array<string | undefined>;
  constructor(private readonly tokens: Token[]) {
    this.cache = new Array(tokens.length);
    this.prefixes = new Array(tokens.length);
  }
  /** The lemmas of token i as a list, in the set's order. */
  lemmaList(i: number): string[] {
    const v = this.at(i);
    v.list ??= [...v.lemmas];
    return v.list;
  }
  /** prefixKey() of token i's text, made once per token. */
  prefix(i: number): string {
    let p = this.prefixes[i];
    if (p === undefined) {
      p = prefixKey(this.tokens[i]!.text);
      this.prefixes[i] = p;
    }
    return p;
  }
  at(i: number): WordView {
    let v = this.cache[i];
    if (v) return v;
    const t = this.tokens[i];
    if (!t) return EMPTY_VIEW;
    v = t.kind === 'cyr' && (t.cap || t.text.length > 2) ? sharedView(analysedViews, t, viewOf) : sharedView(plainViews, t, plainView);
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
    if (!t || (t.kind === 'cyr' && !prefixesOf(words).has(this.views.prefix(i)))) return false;
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
  let k = nounPhraseOne(c, i, grammaticalCase, sentence, places);
  if (k === i) return i;
  if (c.tokens[k]?.text === 'и') {
    const more = nounPhraseOne(c, k + 1, grammaticalCase, sentence, places);
    if (more > k + 1) k = more;
  }
  return k;
}

// nounPhrase's parts are module functions, not closures made per call: under tsx (esbuild's keepNames) every
// named closure costs about a microsecond to make, and nounPhrase runs for every organisation head.

/** One noun phrase of nounPhrase() from `from`: its end, or `from`. */
function nounPhraseOne(c: Ctx, from: number, grammaticalCase: string, sentence: number, places: boolean): number {
  let j = from;
  while (j - from < 3 && nounPhraseFits(c, j, 'ADJF', grammaticalCase, sentence, places) && !nounPhraseFits(c, j, 'NOUN', grammaticalCase, sentence, places)) j++;
  // An adjective that is also a noun form ("рабочей") still needs a noun after it when one follows.
  while (j - from < 3 && nounPhraseFits(c, j, 'ADJF', grammaticalCase, sentence, places) && nounPhraseFits(c, j + 1, 'NOUN', grammaticalCase, sentence, places)) j++;
  return nounPhraseFits(c, j, 'NOUN', grammaticalCase, sentence, places) ? j + 1 : from;
}

/** Token j can stand in nounPhrase() as a word of this part of speech. */
function nounPhraseFits(c: Ctx, j: number, pos: 'NOUN' | 'ADJF', grammaticalCase: string, sentence: number, places: boolean): boolean {
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

/** The candidate keys looked up per token sequence, as the first keys in order (the rule's own limit). */
const MAX_COUNTRY_KEYS = 64;

const countryKeyPrefixes = new WeakMap<object, Set<string>>();

/** Every key of the Russian country table and each of its leading words ("новый", "новый зеландия"). */
function countryPrefixes(g: ReturnType<typeof gazetteer>): Set<string> {
  let prefixes = countryKeyPrefixes.get(g);
  if (!prefixes) {
    prefixes = new Set();
    for (const key of g.ruCountries.keys()) {
      const words = key.split(' ');
      for (let k = 1; k <= words.length; k++) prefixes.add(words.slice(0, k).join(' '));
    }
    countryKeyPrefixes.set(g, prefixes);
  }
  return prefixes;
}

/**
 * The country named by the n tokens at i: the lemma sequences of the tokens (each token's lemmas in order, all
 * combinations in order, the first 64 of them) looked up in the country table; the first found decides.
 */
export function matchRuCountry(c: Ctx, i: number, n: number): Country | undefined {
  const tokens = c.tokens;
  const g = gazetteer();
  for (let k = i; k < i + n; k++) {
    const t = tokens[k];
    if (t?.kind !== 'cyr' || (k > i && t.start - tokens[k - 1]!.end > 1)) return undefined;
  }
  const key = firstCountryKey(c.views, i, n, g.ruCountries, countryPrefixes(g));
  if (key === undefined) return undefined;
  // A lone word must be the country reading of the form, not a homonym ("Грузии" yes, "Чад" as a name no).
  if (n === 1 && !tokens[i]!.upper) {
    if (!has(c.analysis(i), (p) => p.geo || p.lemma === key)) return undefined;
  }
  return g.ruCountries.get(key);
}

/** The walk of firstCountryKey(): the lists and combination weights as far as read, and what it found. */
interface CountryWalk {
  views: Views;
  /** Token of the first list. */
  offset: number;
  n: number;
  lists: string[][];
  weights: number[];
  table: ReadonlyMap<string, unknown>;
  prefixes: ReadonlySet<string>;
  found: string | undefined;
  /** An empty lemma was met: such lists are combined the plain way. */
  odd: boolean;
}

/**
 * The first of the first MAX_COUNTRY_KEYS combinations of the lemma lists of n tokens (in order: the first list
 * varies slowest) whose words joined by spaces are a key of `table`. Combinations are walked depth first, and a
 * branch is left as soon as its leading words start no key, before the later tokens are even looked at: most
 * words start none, and building every combination of the next words' lemmas was a quarter of the extraction
 * time. (Module functions and a state object rather than closures: see nounPhraseOne.)
 */
function firstCountryKey(views: Views, offset: number, n: number, table: ReadonlyMap<string, unknown>, prefixes: ReadonlySet<string>): string | undefined {
  const walk: CountryWalk = { views, offset, n, lists: [], weights: [], table, prefixes, found: undefined, odd: false };
  visitCountryKeys(walk, 0, '', 0);
  if (!walk.odd) return walk.found;
  let keys: string[] = [''];
  for (let d = 0; d < n; d++) {
    const next: string[] = [];
    for (const key of keys) for (const l of walkList(walk, d)) next.push(key ? `${key} ${l}` : l);
    keys = next.slice(0, MAX_COUNTRY_KEYS);
  }
  return keys.find((key) => table.has(key));
}

function walkList(walk: CountryWalk, d: number): string[] {
  walk.lists[d] ??= walk.views.lemmaList(walk.offset + d);
  return walk.lists[d]!;
}

/** How many combinations one lemma of list d stands for (the product of the later lists' sizes), at most the limit.
 *  Read only once a branch survives, so that the later tokens are read only then. */
function walkWeight(walk: CountryWalk, d: number): number {
  if (walk.weights[d] === undefined) {
    let w = 1;
    for (let e = walk.n - 1; e > d; e--) w = Math.min(w * walkList(walk, e).length, MAX_COUNTRY_KEYS);
    walk.weights[d] = w;
  }
  return walk.weights[d]!;
}

/** Walks the combinations under `prefix` (whose first combination has index `rank`); true once the walk is over. */
function visitCountryKeys(walk: CountryWalk, depth: number, prefix: string, rank: number): boolean {
  const words = walkList(walk, depth);
  // An empty lemma joins differently ("" then "x" gives "x").
  if (words.includes('')) {
    walk.odd = true;
    return true;
  }
  const last = depth === walk.n - 1;
  for (let j = 0; j < words.length; j++) {
    const key = prefix ? `${prefix} ${words[j]}` : words[j]!;
    if (!(last ? walk.table.has(key) : walk.prefixes.has(key))) continue;
    const at = rank + j * walkWeight(walk, depth);
    if (at >= MAX_COUNTRY_KEYS) return true;
    if (last) {
      walk.found = key;
      return true;
    }
    if (visitCountryKeys(walk, depth + 1, key, at)) return true;
  }
  return false;
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

// isPerson's word tests, module functions rather than closures made per call (see nounPhraseOne).
function knownNameAt(c: Ctx, k: number): boolean {
  return has(c.analysis(k), (p) => (p.name || p.patronymic) && p.known);
}

function anyNameAt(c: Ctx, k: number): boolean {
  return has(c.analysis(k), (p) => p.name || p.surname || p.patronymic);
}

function geoKnownAt(c: Ctx, k: number): boolean {
  return has(c.analysis(k), (p) => (p.geo || p.org) && p.known);
}

export function isPerson(c: Ctx, first: number, last: number): boolean {
  const tokens = c.tokens;
  const size = last - first;
  const before = first > 0 ? tokens[first - 1]! : undefined;
  // A role word right before the name, possibly with its country or organisation between ("Председатель КНР Ху Цзиньтао").
  let afterRole = false;
  for (let k = first - 1, steps = 0; k >= 0 && steps < 4 && tokens[k]!.sentence === tokens[first]!.sentence; k--, steps++) {
    if (c.views.lemmaList(k).some((l) => ROLE_HEADS_RU.has(l))) {
      afterRole = true;
      break;
    }
    const t = tokens[k]!;
    if (!(t.upper || (t.cap && has(c.analysis(k), (p) => p.geo && p.known)))) break;
  }
  const afterPlacePrep = !!before && !before.cap && PLACE_PREPOSITIONS_RU.has(before.text.toLowerCase());
  if (size >= 2) {
    let names = 0;
    let unknown = 0;
    for (let k = first; k < last; k++) {
      if (anyNameAt(c, k)) names += 1;
      if (!c.analysis(k)?.known) unknown += 1;
    }
    if (tokens[first]!.first && c.analysis(first)?.common && !knownNameAt(c, first)) return false;
    if (afterRole && !tokens[first]!.first) return true;
    // A foreign first name the dictionary does not know, then a surname ("Фелипе Масса", "Бессель Кок").
    const foreign = !tokens[first]!.first && !c.analysis(first)?.known && unknown >= 1 && !afterPlaceWord(c, first);
    return (names >= 1 || foreign) && (knownNameAt(c, first) || names >= 2 || afterRole || !tokens[first]!.first);
  }
  // A single word.
  const t = tokens[first]!;
  // An adjective agreeing with the lower-case noun after it is not a name ("по Московскому времени").
  const next = tokens[last];
  if (next && next.kind === 'cyr' && !next.cap) {
    const nextCases = casesOf(c, last, 'NOUN');
    if (has(c.analysis(first), (p) => p.pos === 'ADJF' && p.known && !!p.case && nextCases.has(p.case))) return false;
    // Also one the dictionary only guesses, agreeing in case, gender and number ("Шестидневной войны").
    const nextForms = new Set((c.analysis(last)?.parses ?? []).filter((p) => p.pos === 'NOUN' && p.known).map((p) => `${p.case}/${p.gender}/${p.number}`));
    if (!c.analysis(first)?.known && has(c.analysis(first), (p) => p.pos === 'ADJF' && nextForms.has(`${p.case}/${p.gender}/${p.number}`))) return false;
  }
  if (geoKnownAt(c, first) && !afterRole) return false;
  if (afterPlacePrep && !afterRole) return false;
  // At the start of a sentence: a surname that is not also a common word, or whose surname reading is by
  // far the likeliest (Путин, not the plural of путина) when a verb follows.
  if (t.first) {
    if (!has(c.analysis(first), (p) => (p.surname || p.name) && p.known)) return false;
    const top = c.analysis(first)!.parses[0]!;
    return !c.analysis(first)?.common || (top.surname && top.known && top.score >= 0.9 && verbFollows(c, first, 2));
  }
  if (afterRole) return true;
  if (c.analysis(first)?.common && !has(c.analysis(first), (p) => (p.surname || p.name) && p.known)) return false;
  return anyNameAt(c, first) || !c.analysis(first)?.known;
}
