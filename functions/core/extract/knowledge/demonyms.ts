// Gazetteer helper: the country an English demonym names ("Italian" -> Italy), by the shared stem
// of the adjective and the country name, with the irregular ones listed.

import { gazetteer } from './gazetteer.ts';
import { DEMONYMS_IRREGULAR_EN } from '../lexicon/en.ts';
import type { Country } from '../model/mention.ts';

export function demonymCountry(word: string): Country | undefined {
  const lower = word.toLowerCase();
  const g = gazetteer();
  const irregular = DEMONYMS_IRREGULAR_EN[lower];
  if (irregular) return { code: irregular, name: g.countryName.en.get(irregular) ?? irregular };
  if (!/(an|ian|ese|ish|i)$/.test(lower) || lower.length < 5) return undefined;
  const stem = lower.replace(/(ian|an|ese|ish|i)$/, '');
  if (stem.length < 4) return undefined;
  for (const [key, c] of g.enCountries) if (!key.includes(' ') && key.startsWith(stem.slice(0, Math.max(4, stem.length - 1)))) return c;
  return undefined;
}
