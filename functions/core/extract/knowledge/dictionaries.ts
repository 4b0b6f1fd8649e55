// The data the extractor needs, already loaded by the caller (functions/dictionaries/ reads it from disk):
// the core itself never reads a file or an environment variable.

/** [English name, country code, rank]: rank 0 a capital, 1 a city of a million people or more, 2 any other. */
export type CityRow = [string, string, number];

export interface CountryEntry {
  code: string;
  name: string;
  /** Lemmatised lower-case key the Russian names are matched by ("новый зеландия"); the lower-case name in English. */
  key: string;
}

export interface Dictionaries {
  /** az's OpenCorpora dictionary files by file name (words.dawg, grammemes.json, ...): JSON files parsed, the others as bytes. */
  morphology: Record<string, unknown>;
  countries: { ru: CountryEntry[]; en: CountryEntry[] };
  cities: { byName: Record<string, CityRow[]>; bySkeleton: Record<string, CityRow[]> };
  givenNamesEn: string[];
}

/**
 * The files az needs, and how each is read (the loader's contract). az also asks for
 * gramtab-opencorpora-ext.json, its tags' Russian labels, which it only prints: morphology.ts answers that
 * request itself unless the file is given.
 */
export const MORPHOLOGY_FILES: Record<string, 'json' | 'bytes'> = {
  'grammemes.json': 'json',
  'gramtab-opencorpora-int.json': 'json',
  'suffixes.json': 'json',
  'paradigms.array': 'bytes',
  'words.dawg': 'bytes',
  'p_t_given_w.intdawg': 'bytes',
  'prediction-suffixes-0.dawg': 'bytes',
  'prediction-suffixes-1.dawg': 'bytes',
  'prediction-suffixes-2.dawg': 'bytes',
};
