// The lexicon of a language the extractor reads.

import { EN } from './en.ts';
import { RU } from './ru.ts';
import type { Lexicon } from './types.ts';
import type { Language } from '../model/document.ts';

export type { Lexicon };

const LEXICONS: Record<Language, Lexicon> = { ru: RU, en: EN };

export function lexicon(language: Language): Lexicon {
  return LEXICONS[language];
}
