import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaryDirs } from '../../../functions/dictionaries/dictionary-dir.ts';

describe('dictionaryDirs()', () => {
  it('finds az and our data in the source tree', () => {
    const dirs = dictionaryDirs();

    expect(existsSync(join(dirs.az, 'words.dawg'))).toBe(true);
    expect(existsSync(join(dirs.extract, 'countries.json'))).toBe(true);
  });
});
