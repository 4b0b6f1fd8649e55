// The extractor as the tests use it: the real dictionaries, read once per test process (importing this
// module also installs them, so tests may call knowledge functions such as cityCountry directly).

import type { Extraction, ExtractionInput } from '../../functions/core/extract/index.ts';
import { loadExtractor } from '../../functions/dictionaries/load-dictionaries.ts';

export const extractor = loadExtractor();

export function extract(input: ExtractionInput): Extraction {
  return extractor.extract(input);
}
