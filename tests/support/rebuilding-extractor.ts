// "A better extractor", for the rebuild tests: the real one, with every participant's role marked, so a test
// can tell records extracted again from the ones stored before. Loaded inside the worker through `extractorModule`.

import type { Extractor } from '../../functions/core/extract/index.ts';
import { loadExtractor as loadRealExtractor } from '../../functions/dictionaries/load-dictionaries.ts';

export const REBUILT_MARK = '[rebuilt]';

export function loadExtractor(): Extractor {
  const real = loadRealExtractor();
  return {
    extract(input) {
      const extraction = real.extract(input);
      return { ...extraction, participants: extraction.participants.map((p) => ({ ...p, role: p.role ? `${p.role} ${REBUILT_MARK}` : REBUILT_MARK })) };
    },
  };
}
