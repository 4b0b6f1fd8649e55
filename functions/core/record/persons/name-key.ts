// Persons step: the key one word of a person's name is compared by, the same for its Russian and its English
// spellings («Сергей», "Sergei", "Sergey", "Serguei" -> "sergei"), and the looser key that lets a foreign
// name written in both scripts meet («Блэр» and "Blair" -> "blar").

import { romaniseCyrillic } from '../../extract/knowledge/transliteration-key.ts';

/** Plain Latin letters of a word: diacritics dropped, Cyrillic romanised by the extractor's one table
 *  (й -> y, х -> kh, ё -> e, ю -> yu), a soft sign before a vowel read as y («Наталья» -> "natalyya"). */
function latinLetters(word: string): string {
  const cyrillic = word.toLowerCase().replace(/ь(?=[еёиюяо])/g, 'й');
  const plain = latinWithoutMarks(cyrillic);
  return romaniseCyrillic(plain);
}

/** Diacritics of Latin letters dropped (Erdoğan, Schröder); Cyrillic й and ё keep theirs. */
export function latinWithoutMarks(word: string): string {
  return word
    .normalize('NFD')
    .replace(/(?<=[a-zA-Z])[\u0300-\u036f]+/g, '')
    .normalize('NFC');
}

function collapseDoubles(s: string): string {
  return s.replace(/(.)\1+/g, '$1');
}

/**
 * The spelling-variant folds, in order. Each merges spellings the transliteration systems and the press
 * use for one Russian sound (or English spellings of foreign names), and nothing a reader would call a
 * different name: "Sergei"/"Sergey"/"Serguei", "Dmitry"/"Dmitriy"/"Dmitrii", "Mikhail"/"Mihail",
 * "Alexei"/"Aleksey", "Yevgeny"/"Evgeny", "Pyotr"/"Petr", "Natalya"/"Natalia", "Andreyev"/"Andreev",
 * "Zelensky"/"Zelenskyy", "Moritz"/"Мориц".
 */
const FOLDS: Array<[RegExp, string]> = [
  [/shch|sch/g, 'sh'],
  [/dzh/g, 'j'],
  [/tch/g, 'ch'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/tz/g, 'ts'],
  [/ck/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c(?!h)/g, 'k'],
  [/gu(?=[ei])/g, 'g'],
  [/ou/g, 'u'],
  [/j/g, 'y'],
  // Initial Ye- and Io-: "Yelena"/"Elena", "Iulia"/"Yulia".
  [/^ye/, 'e'],
  // Initial Yi- before a consonant is i: "Yilmaz"/«Йылмаз» (й and ы both read as i).
  [/^yi(?![aeiou])/, 'i'],
  [/^i(?=[aeou])/, 'y'],
  // ё after a consonant: "Pyotr"/"Petr", "Fyodor"/«Фёдор» (the table writes ё as e).
  [/(?<=[^aeiouy])yo/g, 'e'],
];

/** The folded key of one word of a name: equal keys are one spelling of one name. */
export function wordKey(word: string): string {
  let s = latinLetters(word);
  for (const [re, to] of FOLDS) s = s.replace(re, to);
  s = collapseDoubles(s);
  // A y before a vowel: after a consonant it is the soft i ("Ilyushin"/"Iliushin"), after a vowel it vanishes
  // ("Mariya"/"Maria", "Andreyev"/"Andreev"); anywhere else but at the start it is i ("Dmitry", "Sergey").
  s = s.replace(/(?<=[^aeiouy])y(?=[aeou])/g, 'i').replace(/(?<=[aeiouy])y(?=[aeiou])/g, '').replace(/(?<=.)y|^y(?![aeiou])/g, 'i');
  // An h after a vowel and before no vowel is silent in English spellings ("John"/«Джон», "Sarah").
  s = s.replace(/(?<=[aeiou])h(?![aeiou])/g, '');
  return collapseDoubles(s);
}

/**
 * The looser key a word written in the other script must share: every run of vowels becomes one vowel, the
 * last letter stays as it is, so that «Блэр»/"Blair" and «Шрёдер»/"Schroeder" meet but a final vowel that
 * tells names apart (Sergio/Sergei, Alexandra/Alexandr, Maria/Mario) still does.
 */
export function looseKey(key: string): string {
  if (key.length < 2) return key;
  return key.slice(0, -1).replace(/[aeiou]+/g, 'a') + key.slice(-1);
}

/** Written in Cyrillic (Russian spellings), or in Latin letters. */
export function scriptOf(word: string): 'cyrillic' | 'latin' {
  return /[\u0400-\u04ff]/.test(word) ? 'cyrillic' : 'latin';
}
