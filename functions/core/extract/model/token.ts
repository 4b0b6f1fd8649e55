// A word, number or punctuation mark of the article, with its UTF-16 offsets and sentence.

export type TokenKind = 'cyr' | 'lat' | 'word' | 'num' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First letter is upper case. */
  cap: boolean;
  /** Two or more letters, all upper case (an acronym such as МККК or NATO). */
  upper: boolean;
  /** Index of the sentence the token belongs to (filled by the sentence step). */
  sentence: number;
  /** First word of its sentence (or of a heading / list item). */
  first: boolean;
}
