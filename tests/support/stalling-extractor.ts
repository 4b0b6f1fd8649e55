// An extractor for tests of the extraction worker: the real one, except on articles that carry a marker.
// - STALL_FOREVER: never returns (as a super-linear extraction on a hostile article would, for all practical
//   purposes), so only the time budget ends it;
// - HOLD_UNTIL_RELEASED: writes `entered` into $STALL_DIR, then waits until the test creates `release` there,
//   so a test knows extraction is in progress for as long as it needs, without guessing at durations;
// - THROW_IN_EXTRACTION: throws, as a bug in a step would;
// - CRASH_IN_EXTRACTION: ends the worker thread with process.exit(1), as a crash of the thread would.
// Loaded inside the worker through `extractorModule` / EXTRACTOR_MODULE.

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extractor } from '../../functions/core/extract/index.ts';
import { loadExtractor as loadRealExtractor } from '../../functions/dictionaries/load-dictionaries.ts';

export const STALL_FOREVER = 'STALL-EXTRACTION-FOREVER';
export const HOLD_UNTIL_RELEASED = 'HOLD-EXTRACTION-UNTIL-RELEASED';
export const THROW_IN_EXTRACTION = 'THROW-IN-EXTRACTION';
export const CRASH_IN_EXTRACTION = 'CRASH-IN-EXTRACTION';

const pause = new Int32Array(new SharedArrayBuffer(4));
/** Blocks the thread, as synchronous extraction code does. */
const sleepSync = (ms: number) => Atomics.wait(pause, 0, 0, ms);

export function loadExtractor(): Extractor {
  const real = loadRealExtractor();
  return {
    extract(input) {
      if (input.text.includes(STALL_FOREVER)) for (;;) sleepSync(50);
      if (input.text.includes(THROW_IN_EXTRACTION)) throw new Error('a step failed (test)');
      // In a worker thread, process.exit ends the thread only.
      if (input.text.includes(CRASH_IN_EXTRACTION)) process.exit(1);
      if (input.text.includes(HOLD_UNTIL_RELEASED)) {
        const dir = process.env.STALL_DIR;
        if (!dir) throw new Error('STALL_DIR is not set');
        writeFileSync(join(dir, 'entered'), String(Date.now()));
        while (!existsSync(join(dir, 'release'))) sleepSync(20);
      }
      return real.extract(input);
    },
  };
}
