// Reads the extractor's dictionaries from disk (the core never does I/O): az's OpenCorpora files and our
// generated gazetteers, from wherever dictionaryDirs() finds them (source tree, Lambda bundle, or
// MEETINGS_DICT_DIR). One extractor per process: the morphology is ~20 MB once loaded.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor, type Dictionaries, type Extractor, MORPHOLOGY_FILES } from '../core/extract/index.ts';
import { type DictionaryDirs, dictionaryDirs } from './dictionary-dir.ts';

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** az's files, as createExtractor (and the dictionary build script) takes them. */
export function loadMorphologyFiles(dirs: DictionaryDirs = dictionaryDirs()): Record<string, unknown> {
  const morphology: Record<string, unknown> = {};
  for (const [name, format] of Object.entries(MORPHOLOGY_FILES)) {
    const file = join(dirs.az, name);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new Error(`The morphology dictionary ${file} could not be read (${dirs.origin} dictionaries)`, { cause: error });
    }
    // az reads its binary files as ArrayBuffers of their own: a large file is read into a buffer of its own,
    // given as it is (copying the 10 MB of DAWGs cost time and, until collected, as much memory again); a
    // small one may share Node's buffer pool and is copied out.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    morphology[name] = format === 'json' ? JSON.parse(bytes.toString('utf8')) : own ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }
  return morphology;
}

/** A JSON file read now and parsed on first use (then the text is let go). */
function lazyJson<T>(file: string): () => T {
  let text: string | undefined = readFileSync(file, 'utf8');
  let parsed: T | undefined;
  return () => {
    if (text !== undefined) {
      parsed = JSON.parse(text) as T;
      text = undefined;
    }
    return parsed!;
  };
}

export function loadDictionaries(dirs: DictionaryDirs = dictionaryDirs()): Dictionaries {
  // Every file is read here (the core does no I/O), but the cities table (half a megabyte of JSON, a good part of
  // the start-up) and the English names are parsed when the core first asks for them: the cities only for an
  // article that names a place, the names only for English text.
  const cities = lazyJson<{ cities: Dictionaries['cities'] }>(join(dirs.extract, 'cities.json'));
  const givenNamesEn = lazyJson<{ givenNamesEn: string[] }>(join(dirs.extract, 'given-names-en.json'));
  return {
    morphology: loadMorphologyFiles(dirs),
    countries: readJson<{ countries: Dictionaries['countries'] }>(join(dirs.extract, 'countries.json')).countries,
    get cities() {
      return cities().cities;
    },
    get givenNamesEn() {
      return givenNamesEn().givenNamesEn;
    },
  };
}

let extractor: Extractor | undefined;

/** The process's extractor, made on first use. */
export function loadExtractor(): Extractor {
  extractor ??= createExtractor(loadDictionaries());
  return extractor;
}
