// Morphology step: word form -> OpenCorpora parses (lemma, part of speech, case, Name/Surn/Geox/...),
// loaded once per process from az's dictionaries and cached per word form.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Az, { type AzParse } from 'az';
import { dictionaryDirs } from './dictionary-dir.ts';

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
let initMs = 0;

/** Loads az's dictionaries synchronously (once). Returns the time it took, in ms. */
export function initMorphology(): number {
  if (initialised) return initMs;
  const started = performance.now();
  const dir = dictionaryDirs().az;
  // az loads through Az.load with callbacks (fs.readFile in node). We queue the reads and run them
  // synchronously after init() has registered all of them, so that extract() can stay synchronous.
  const queued: Array<() => void> = [];
  Az.load = (url, responseType, callback) => {
    queued.push(() => {
      let data: unknown;
      try {
        const bytes = readFileSync(url);
        data =
          responseType === 'json'
            ? JSON.parse(bytes.toString('utf8'))
            : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      } catch (error) {
        callback(error as Error);
        return;
      }
      callback(null, data);
    });
  };
  let failure: Error | null = null;
  Az.Morph.init(dir, (error) => {
    if (error) failure = error;
  });
  for (const read of queued) read();
  if (failure) throw new Error(`Could not load the morphology dictionaries from ${dir}`, { cause: failure });
  // Sanity check that init completed (az calls back only once every file has loaded).
  Az.Morph('тест');
  initialised = true;
  initMs = performance.now() - started;
  return initMs;
}

const cache = new Map<string, Analysis>();
const CACHE_LIMIT = 100_000;
const MAX_PARSES = 8;

function toParse(raw: AzParse, index: number, form: string): MorphParse {
  const tag = raw.tag;
  const normal = raw.normalize(true);
  return {
    // Some combined parses normalise to nothing usable: fall back to the form itself.
    lemma: normal && typeof normal.word === 'string' ? normal.word : typeof raw.word === 'string' ? raw.word : form.toLowerCase(),
    pos: tag.POS ?? 'UNKN',
    case: tag.CAse,
    number: tag.NMbr,
    gender: tag.GNdr,
    name: tag.Name === true,
    surname: tag.Surn === true,
    patronymic: tag.Patr === true,
    geo: tag.Geox === true,
    org: tag.Orgn === true,
    abbr: tag.Abbr === true,
    fixed: tag.Fixd === true,
    score: raw.score,
    known: raw.parser === 'Dictionary',
    verbForm: tag.POS === 'VERB' ? ['past', 'futr', 'pres', 'perf', 'impf'].filter((g) => tag[g] === true).join(',') : '',
    form,
    index,
  };
}

/** Parses of one Cyrillic word form. Pass the form as written: capitalisation enables Name/Geox guesses. */
export function analyse(word: string): Analysis {
  let hit = cache.get(word);
  if (hit) return hit;
  initMorphology();
  // Memory: keep the likeliest parses and every proper-name parse; the long tail of rare readings
  // of very ambiguous forms is never used by the rules.
  const all = Az.Morph(word);
  const parses: MorphParse[] = [];
  all.forEach((raw, index) => {
    const tag = raw.tag;
    if (index < MAX_PARSES || tag.Name || tag.Surn || tag.Patr || tag.Geox || tag.Orgn) parses.push(toParse(raw, index, word));
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

/** Inflects a parse to the given grammemes (e.g. ['nomn'], ['nomn', 'sing']); null when az cannot. */
export function inflect(parse: MorphParse, grammemes: string[]): string | null {
  // The cache keeps plain data only; the az parse is re-created here (inflection is rare).
  const raw = Az.Morph(parse.form)[parse.index];
  const result = raw ? raw.inflect(grammemes) : false;
  return result ? result.word : null;
}

export function morphologyDirForDiagnostics(): string {
  return join(dictionaryDirs().az);
}
