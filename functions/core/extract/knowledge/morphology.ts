// Morphology step: word form -> OpenCorpora parses (lemma, part of speech, case, Name/Surn/Geox/...),
// from az's dictionaries (given to createExtractor), cached per word form.

import Az, { type AzParse } from 'az';

export interface MorphParse {
  /** Lower-case normal form (az's normalize()). */
  lemma: string;
  pos: string;
  case: string | undefined;
  number: string | undefined;
  gender: string | undefined;
  name: boolean;
  surname: boolean;
  patronymic: boolean;
  geo: boolean;
  org: boolean;
  abbr: boolean;
  /** Indeclinable (Fixd): the same form in every case. */
  fixed: boolean;
  score: number;
  /** From the dictionary itself, not guessed from the suffix. */
  known: boolean;
  /** Tense and aspect grammemes for verbs (past, futr, pres, perf, impf), else empty. */
  verbForm: string;
  /** The analysed word form and the parse's position in az's result, to re-create it for inflection. */
  form: string;
  index: number;
}

export interface Analysis {
  parses: MorphParse[];
  /** Some parse comes from the dictionary. */
  known: boolean;
  /** Some dictionary parse is an ordinary (not proper-name) word. */
  common: boolean;
}

let initialised = false;

/** az's tag table, and its Russian labels of the same tags. */
const TAGS = 'gramtab-opencorpora-int.json';
const TAG_LABELS = 'gramtab-opencorpora-ext.json';

/**
 * az builds an object for every tag (4,880) and another for its Russian label, then freezes them all: a third
 * of its start-up. It reads the labels only to print a parse to the console, which the extractor never does, so
 * when the caller does not give the file (MORPHOLOGY_FILES leaves it out) each label is empty.
 */
function blankLabels(tags: unknown): string[] {
  return new Array<string>(Array.isArray(tags) ? tags.length : 0).fill('');
}

/**
 * Initialises az from the given dictionary files (once per process: az keeps them in module state).
 * az asks for its files through Az.load with callbacks; they are answered from memory before this returns,
 * so that extract() can stay synchronous.
 */
export function initMorphology(files: Record<string, unknown>): void {
  if (initialised) return;
  // az counts the files still to come as it asks for them: answer only once every request is made.
  const answers: Array<() => void> = [];
  Az.load = (url, _responseType, callback) => {
    const name = url.slice(url.lastIndexOf('/') + 1);
    answers.push(() => {
      if (name === TAG_LABELS && !Object.hasOwn(files, name)) callback(null, blankLabels(files[TAGS]));
      else if (!Object.hasOwn(files, name)) callback(new Error(`morphology dictionary file ${name} was not given`));
      else callback(null, files[name]);
    });
  };
  let failure: Error | null = null;
  Az.Morph.init('dicts', (error) => {
    if (error) failure = error;
  });
  for (const answer of answers) answer();
  if (failure) throw new Error('Could not initialise the morphology dictionaries', { cause: failure });
  // az calls back only once every file has loaded: a parse proves it did.
  if (Az.Morph('тест').length === 0) throw new Error('The morphology dictionaries gave no parse for a common word');
  initialised = true;
}

function requireInitialised(): void {
  if (!initialised) throw new Error('Morphology used before createExtractor(dictionaries) initialised it');
}

const cache = new Map<string, Analysis>();
const CACHE_LIMIT = 100_000;
const MAX_PARSES = 8;

/**
 * Longest word form given to az; longer tokens are unknown words with no parse. az's cost grows faster than
 * the word (its parses of a word of n letters are strings of n letters, and their number grows with n), so a
 * 10,000-letter token took seconds; the longest words of the evaluation corpora have 27 letters
 * ("территориально-национальная"), and OpenCorpora's longest entries about 35.
 */
export const MAX_WORD_LENGTH = 48;

/**
 * az's options for every call (analysis and inflection, so that a parse's index is the same in both). az
 * corrects "stutter" (ннет -> нет, д-да -> да) with no limit by default: every run of a repeated letter
 * multiplies the readings it tries, so that "оооо...о" (32 letters) took 50 ms and gave 28,000 parses, and
 * "а-а-а-..." grew the same way. Three corrections per word are plenty for real typos ("Сааакашвили" needs
 * two) and gave the same parses as no limit for every word form of the evaluation corpora (22,000, in their
 * own, lower and title case).
 */
const AZ_OPTIONS = { stutter: 3 };

/** A word az is not asked about: no parse, not in the dictionary. */
const UNKNOWN: Analysis = Object.freeze({ parses: Object.freeze([]) as unknown as MorphParse[], known: false, common: false });

const NAME = 1;
const SURNAME = 2;
const PATRONYMIC = 4;
const GEO = 8;
const ORG = 16;
const ABBR = 32;
const FIXED = 64;
const KNOWN = 128;

/**
 * One cached parse, kept small: the yes/no tags share one number (read through getters), so a
 * cache of tens of thousands of word forms stays a few megabytes.
 */
class CachedParse implements MorphParse {
  readonly lemma: string;
  readonly pos: string;
  readonly case: string | undefined;
  readonly number: string | undefined;
  readonly gender: string | undefined;
  readonly flags: number;
  readonly score: number;
  readonly verbForm: string;
  readonly form: string;
  readonly index: number;
  constructor(lemma: string, pos: string, grammaticalCase: string | undefined, number: string | undefined, gender: string | undefined, flags: number, score: number, verbForm: string, form: string, index: number) {
    this.lemma = lemma;
    this.pos = pos;
    this.case = grammaticalCase;
    this.number = number;
    this.gender = gender;
    this.flags = flags;
    this.score = score;
    this.verbForm = verbForm;
    this.form = form;
    this.index = index;
  }
  get name() {
    return (this.flags & NAME) !== 0;
  }
  get surname() {
    return (this.flags & SURNAME) !== 0;
  }
  get patronymic() {
    return (this.flags & PATRONYMIC) !== 0;
  }
  get geo() {
    return (this.flags & GEO) !== 0;
  }
  get org() {
    return (this.flags & ORG) !== 0;
  }
  get abbr() {
    return (this.flags & ABBR) !== 0;
  }
  get fixed() {
    return (this.flags & FIXED) !== 0;
  }
  get known() {
    return (this.flags & KNOWN) !== 0;
  }
}

function toParse(raw: AzParse, index: number, form: string): CachedParse {
  const tag = raw.tag;
  const normal = raw.normalize(true);
  const flags =
    (tag.Name === true ? NAME : 0) |
    (tag.Surn === true ? SURNAME : 0) |
    (tag.Patr === true ? PATRONYMIC : 0) |
    (tag.Geox === true ? GEO : 0) |
    (tag.Orgn === true ? ORG : 0) |
    (tag.Abbr === true ? ABBR : 0) |
    (tag.Fixd === true ? FIXED : 0) |
    (raw.parser === 'Dictionary' ? KNOWN : 0);
  return new CachedParse(
    // Some combined parses normalise to nothing usable: fall back to the form itself.
    normal && typeof normal.word === 'string' ? normal.word : typeof raw.word === 'string' ? raw.word : form.toLowerCase(),
    tag.POS ?? 'UNKN',
    tag.CAse,
    tag.NMbr,
    tag.GNdr,
    flags,
    raw.score,
    tag.POS === 'VERB' ? ['past', 'futr', 'pres', 'perf', 'impf'].filter((g) => tag[g] === true).join(',') : '',
    form,
    index,
  );
}

/** Parses of one Cyrillic word form. Pass the form as written: capitalisation enables Name/Geox guesses. */
export function analyse(word: string): Analysis {
  let hit = cache.get(word);
  if (hit) return hit;
  requireInitialised();
  // Not cached: the key alone would keep a long token's text alive.
  if (word.length > MAX_WORD_LENGTH) return UNKNOWN;
  // Memory: keep the likeliest parses and every proper-name parse; the long tail of rare readings
  // of very ambiguous forms is never used by the rules, and parses that differ only in grammemes
  // the rules do not read (az often returns a dozen identical-looking name readings) are kept once.
  const all = Az.Morph(word, AZ_OPTIONS);
  const parses: MorphParse[] = [];
  const seen = new Set<string>();
  all.forEach((raw, index) => {
    const tag = raw.tag;
    if (index < MAX_PARSES || tag.Name || tag.Surn || tag.Patr || tag.Geox || tag.Orgn) {
      const p = toParse(raw, index, word);
      const key = `${p.lemma}|${p.pos}|${p.case}|${p.number}|${p.gender}|${p.flags}|${p.verbForm}`;
      if (seen.has(key)) return;
      seen.add(key);
      parses.push(p);
    }
  });
  hit = {
    parses,
    known: parses.some((p) => p.known),
    common: parses.some((p) => p.known && !p.name && !p.surname && !p.patronymic && !p.geo && !p.org && !p.abbr),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, hit);
  return hit;
}

const inflections = new Map<string, string | null>();

/** Inflects a parse to the given grammemes (e.g. ['nomn'], ['nomn', 'sing']); null when az cannot. */
export function inflect(parse: MorphParse, grammemes: string[]): string | null {
  // Cached by form, reading and grammemes: the same names and roles are put in the nominative article after
  // article, and each time az parsed the form again.
  const key = `${parse.form}|${parse.index}|${grammemes.join(',')}`;
  let result = inflections.get(key);
  if (result === undefined) {
    // The cache keeps plain data only; the az parse is re-created here.
    const raw = Az.Morph(parse.form, AZ_OPTIONS)[parse.index];
    const inflected = raw ? raw.inflect(grammemes) : false;
    result = inflected ? inflected.word : null;
    if (inflections.size >= CACHE_LIMIT) inflections.clear();
    inflections.set(key, result);
  }
  return result;
}
