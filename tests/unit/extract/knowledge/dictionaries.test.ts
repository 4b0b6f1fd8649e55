import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../../functions/core/extract/index.ts';
import { cityCountry } from '../../../../functions/core/extract/knowledge/gazetteer.ts';
import { analyse } from '../../../../functions/core/extract/knowledge/morphology.ts';
import { loadDictionaries } from '../../../../functions/dictionaries/load-dictionaries.ts';

// This file runs in its own module context (vitest isolates test files), so nothing is installed yet.
describe('knowledge before and after createExtractor', () => {
  it('refuses to be used before the dictionaries are given', () => {
    expect(() => analyse('Москва')).toThrow(/before createExtractor/);
    expect(() => cityCountry('Nowhereville')).toThrow(/before createExtractor/);
  });

  it('names the missing morphology file', () => {
    const dictionaries = loadDictionaries();
    const { 'words.dawg': _missing, ...incomplete } = dictionaries.morphology;

    expect(() => createExtractor({ ...dictionaries, morphology: incomplete })).toThrow(/morphology/);
  });

  it('reads words and places once the dictionaries are given', () => {
    createExtractor(loadDictionaries());

    expect(analyse('Москвы').parses.some((p) => p.geo && p.lemma === 'москва')).toBe(true);
    expect(cityCountry('Париж')?.code).toBe('FR');
  });
});
