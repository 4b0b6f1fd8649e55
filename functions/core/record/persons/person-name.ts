// Persons step: a participant's name read into the parts that identity is decided by — a given name (or only
// its initial), other given names, and a surname — each as a folded key (name-key.ts).

import { looseKey, scriptOf, wordKey } from './name-key.ts';

export interface NameWord {
  /** Folded key (name-key.ts). */
  key: string;
  /** The key with vowel runs folded: what a spelling in the other script must share. */
  loose: string;
  script: 'cyrillic' | 'latin';
}

export interface PersonName {
  /** The first given name, when written out. */
  given: NameWord | null;
  /** The letters the given name may be abbreviated to: its key's first letter and its written first letter's
   *  (Charles: c, k); for initials only ("С. Лавров", "S. Lavrov") the initial's. Empty for a surname alone. */
  initial: string[];
  /** Further given names ("Реджеп Тайип Эрдоган", "George W. Bush": the initial's letter); no patronymic. */
  middle: NameWord[];
  /** The last word that is not a particle; null for an empty name. */
  surname: NameWord | null;
}

/** Patronymics say nothing a given name and a surname do not; English texts leave them out. */
const PATRONYMIC = /(ович|евич|ич|овна|евна|ична|инична)$/i;
const GENERATION = /^(Jr|Sr)\.?$/;
const PATRONYMIC_LATIN = /(ovich|evich|ovych|evych|ovna|evna|ichna)$/;

function nameWord(word: string): NameWord {
  const key = wordKey(word);
  return { key, loose: looseKey(key), script: scriptOf(word) };
}

/** "С." and "С.В." (one token of initials), or a lone capital letter. */
function initialsOf(word: string): string[] | null {
  if (!/^(\p{Lu}\.)+$|^\p{Lu}$/u.test(word)) return null;
  return word
    .split('.')
    .filter(Boolean)
    .map((letter) => wordKey(letter).slice(0, 1));
}

/** The resolver reads every known person's names for every mention: reading a name costs some twenty regular
 *  expressions a word, so names once read are kept (a bounded cache; the result depends on the name alone). */
const readNames = new Map<string, PersonName>();
const MAX_READ_NAMES = 100_000;

/**
 * Reads a nominative name. Words in lower case are particles (von, de, bin, ибн) and are left out, and so
 * is an article joined by a hyphen (al-Sisi, Al-Sisi, аль-Сиси: Sisi) and Jr./Sr.; a hyphenated word is one
 * word ("Jean-Marc"); the surname is the last word (so East Asian names written family name first,
 * «Ху Цзиньтао», are compared word for word like any other: their lone family name finds no one).
 */
export function readPersonName(name: string): PersonName {
  let read = readNames.get(name);
  if (!read) {
    if (readNames.size >= MAX_READ_NAMES) readNames.clear();
    read = readUncached(name);
    readNames.set(name, read);
  }
  return read;
}

function readUncached(name: string): PersonName {
  const words = name
    .replace(/[«»"“”„()]/g, ' ')
    .replace(/\.(?=\p{L})/gu, '. ')
    .split(/\s+/)
    .map((w) => w.replace(/,$/, '').replace(/^(?:\p{Ll}+|Al|El)-(?=\p{Lu})/u, ''))
    .filter((w) => w && w[0] !== w[0]!.toLowerCase() && !GENERATION.test(w));
  // "С. В. Лавров" splits into initials; join consecutive ones back.
  const initials: string[] = [];
  let k = 0;
  while (k < words.length - 1) {
    const letters = initialsOf(words[k]!);
    if (!letters) break;
    initials.push(...letters);
    k++;
  }
  const rest = words.slice(k).map((w) => w.replace(/-/g, ''));
  if (rest.length === 0) return { given: null, initial: [], middle: [], surname: null };
  const surname = nameWord(rest[rest.length - 1]!);
  if (initials.length > 0) {
    return { given: null, initial: [initials[0]!], middle: initials.slice(1).map((letter) => ({ key: letter, loose: letter, script: 'latin' })), surname };
  }
  if (rest.length === 1) return { given: null, initial: [], middle: [], surname };
  const given = nameWord(rest[0]!);
  const middle = rest
    .slice(1, -1)
    .filter((w) => !PATRONYMIC.test(w))
    .map((w): NameWord => {
      const letter = initialsOf(w)?.[0];
      return letter ? { key: letter, loose: letter, script: 'latin' } : nameWord(w);
    })
    .filter((w) => !PATRONYMIC_LATIN.test(w.key));
  return { given, initial: [...new Set([given.key.slice(0, 1), wordKey(rest[0]!.slice(0, 1)).slice(0, 1)])], middle, surname };
}

/** A name that says who its bearer is without context: a given name and a surname. */
export function isFullName(name: PersonName): boolean {
  return name.given !== null && name.surname !== null;
}
