// Locates the shipped dictionaries (az's OpenCorpora files and our own data/) for the loaders:
// the same code runs from the source tree, under tsx, and as the single-file Lambda bundle.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DictionaryDirs {
  /** Directory holding az's words.dawg, grammemes.json, ... */
  az: string;
  /** Directory holding our generated JSON (gazetteer.json). */
  extract: string;
  /** Which rule found them, for diagnostics. */
  origin: 'env' | 'bundle' | 'source';
}

let cached: DictionaryDirs | undefined;

/**
 * Order (the bundle contract the infra build relies on):
 * 1. env MEETINGS_DICT_DIR, a directory containing az/ and extract/;
 * 2. dicts/ beside this module or its directory, when it exists: in a bundle, this module is in
 *    extractor-worker.mjs or a chunk, and the build (infra/lambda-bundle.ts) copies node_modules/az/dicts/*
 *    to dicts/az/ and data/ to dicts/extract/;
 * 3. the source tree: az's own dicts/ (resolved like an import would) and ./data/ next to this file.
 */
export function dictionaryDirs(): DictionaryDirs {
  if (cached) return cached;
  const fromEnv = process.env.MEETINGS_DICT_DIR;
  if (fromEnv) {
    cached = { az: join(fromEnv, 'az'), extract: join(fromEnv, 'extract'), origin: 'env' };
    return cached;
  }
  const here = dirname(fileURLToPath(import.meta.url));
  // In a bundle this module is in extractor-worker.mjs or in a chunk under chunks/, beside or below dicts/.
  for (const bundled of [join(here, 'dicts'), join(here, '..', 'dicts')]) {
    if (existsSync(join(bundled, 'az')) && existsSync(join(bundled, 'extract'))) {
      cached = { az: join(bundled, 'az'), extract: join(bundled, 'extract'), origin: 'bundle' };
      return cached;
    }
  }
  const require = createRequire(import.meta.url);
  const azPackage = require.resolve('az/package.json');
  cached = { az: join(dirname(azPackage), 'dicts'), extract: join(here, 'data'), origin: 'source' };
  return cached;
}
