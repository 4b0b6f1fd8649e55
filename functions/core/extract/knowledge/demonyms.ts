// Gazetteer helper: the country an English demonym names ("Italian" -> Italy), by the shared stem
// of the adjective and the country name, with the irregular ones listed.

import { gazetteer } from './gazetteer.ts';
import type { Country } from '../model/mention.ts';

const DEMONYM_IRREGULAR: Record<string, string> = {
  british: 'GB', english: 'GB', scottish: 'GB', welsh: 'GB', french: 'FR', spanish: 'ES', dutch: 'NL', american: 'US',
  swiss: 'CH', greek: 'GR', turkish: 'TR', danish: 'DK', swedish: 'SE', polish: 'PL', finnish: 'FI', irish: 'IE',
  palestinian: 'PS', thai: 'TH', filipino: 'PH', portuguese: 'PT',
};

export function demonymCountry(word: string): Country | undefined {
  const lower = word.toLowerCase();
  const g = gazetteer();
  const irregular = DEMONYM_IRREGULAR[lower];
  if (irregular) return { code: irregular, name: g.countryName.en.get(irregular) ?? irregular };
  if (!/(an|ian|ese|ish|i)$/.test(lower) || lower.length < 5) return undefined;
  const stem = lower.replace(/(ian|an|ese|ish|i)$/, '');
  if (stem.length < 4) return undefined;
  for (const [key, c] of g.enCountries) if (!key.includes(' ') && key.startsWith(stem.slice(0, Math.max(4, stem.length - 1)))) return c;
  return undefined;
}
