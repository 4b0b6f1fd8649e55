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
    // az reads its binary files as ArrayBuffers of their own.
    morphology[name] = format === 'json' ? JSON.parse(bytes.toString('utf8')) : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }
  return morphology;
}

export function loadDictionaries(dirs: DictionaryDirs = dictionaryDirs()): Dictionaries {
  return {
    morphology: loadMorphologyFiles(dirs),
    countries: readJson<{ countries: Dictionaries['countries'] }>(join(dirs.extract, 'countries.json')).countries,
    cities: readJson<{ cities: Dictionaries['cities'] }>(join(dirs.extract, 'cities.json')).cities,
    givenNamesEn: readJson<{ givenNamesEn: string[] }>(join(dirs.extract, 'given-names-en.json')).givenNamesEn,
  };
}

let extractor: Extractor | undefined;

/** The process's extractor, made on first use. */
export function loadExtractor(): Extractor {
  extractor ??= createExtractor(loadDictionaries());
  return extractor;
}
