// Tokens step: text -> words, numbers and punctuation with UTF-16 offsets. Boundaries follow the
// razdel tokenizer that the NER scorer uses (hyphenated words are one token, punctuation is alone).

import type { Token, TokenKind } from '../model/token.ts';

// A word: letters/digits joined by inner hyphens or apostrophes; a short lower-case tail after a dot
// keeps web names whole ("Лента.ру", "DKNews.kz"). Everything else is one character of punctuation.
// Each alternative consumes at least one character and never backtracks across a word: linear time.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-‐‑'’][\p{L}\p{M}\p{N}]+)*(?:\.(?:com|org|net|ru|kz|ua|by|uk|info|рф|ру)(?![\p{L}\p{N}]))?|[^\s\p{L}\p{M}\p{N}]/gu;

const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;

const KINDS: readonly TokenKind[] = ['cyr', 'lat', 'word', 'num', 'punct'];
const CAP = 8;
const UPPER = 16;

/** Kind (index in KINDS), first letter a capital, all capitals: a function of the word alone, packed in one number. */
function classify(word: string): number {
  const firstChar = word[0] ?? '';
  let kind: TokenKind;
  if (/^[\p{L}\p{M}]/u.test(firstChar)) {
    kind = CYRILLIC.test(word) ? (LATIN.test(word) ? 'word' : 'cyr') : LATIN.test(word) ? 'lat' : 'word';
  } else if (/^\p{N}/u.test(firstChar)) {
    kind = /\p{L}/u.test(word) ? 'word' : 'num';
  } else {
    kind = 'punct';
  }
  const letters = word.replace(/[^\p{L}]/gu, '');
  const cap = kind !== 'punct' && kind !== 'num' && firstChar !== firstChar.toLowerCase();
  const upper = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  return KINDS.indexOf(kind) | (cap ? CAP : 0) | (upper ? UPPER : 0);
}

/** classify() by word, shared by all documents (the same words come back: classifying each occurrence was half
 *  the tokenizer's time); long words are classified each time, not kept. */
const classes = new Map<string, number>();
const CLASSES_LIMIT = 100_000;
const CLASSES_MAX_WORD = 64;

function classOf(word: string): number {
  if (word.length > CLASSES_MAX_WORD) return classify(word);
  let c = classes.get(word);
  if (c === undefined) {
    c = classify(word);
    if (classes.size >= CLASSES_LIMIT) classes.clear();
    classes.set(word, c);
  }
  return c;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const start = match.index;
    const c = classOf(word);
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      kind: KINDS[c & 7]!,
      cap: (c & CAP) !== 0,
      upper: (c & UPPER) !== 0,
      sentence: 0,
      first: false,
    });
  }
  return tokens;
}
