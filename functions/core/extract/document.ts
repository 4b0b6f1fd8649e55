// Document step: runs tokenize -> sentences -> mention finding once and keeps the results together
// for the meeting steps that follow.

import { findMentions, type Mention } from './find-mentions.ts';
import { markSentences } from './sentences.ts';
import { type Token, tokenize } from './tokenize.ts';

export interface AnalysedDocument {
  text: string;
  language: 'ru' | 'en';
  tokens: Token[];
  sentenceCount: number;
  mentions: Mention[];
  /** Mention owning each token, if any. */
  mentionAt: Array<Mention | undefined>;
  /** Token range [first, last) of each sentence. */
  sentenceTokens: Array<[number, number]>;
  /** Mentions starting in each sentence. */
  sentenceMentions: Mention[][];
}

/** The text of sentence `s`, from its first token to its last. */
export function sentenceText(doc: AnalysedDocument, s: number): string {
  const range = doc.sentenceTokens[s];
  if (!range || range[0] >= range[1]) return '';
  return doc.text.slice(doc.tokens[range[0]]!.start, doc.tokens[range[1] - 1]!.end);
}

export function analyseDocument(text: string, language: 'ru' | 'en'): AnalysedDocument {
  const tokens = tokenize(text);
  const sentenceCount = markSentences(text, tokens);
  const mentions = findMentions(text, tokens, language);
  const mentionAt: Array<Mention | undefined> = new Array(tokens.length);
  for (const m of mentions) for (let k = m.first; k < m.last; k++) mentionAt[k] = m;
  const sentenceTokens: Array<[number, number]> = Array.from({ length: sentenceCount }, () => [0, 0]);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const range = sentenceTokens[tokens[i]!.sentence]!;
    if (range[1] === 0) range[1] = i + 1;
    range[0] = i;
  }
  const sentenceMentions: Mention[][] = Array.from({ length: sentenceCount }, () => []);
  for (const m of mentions) sentenceMentions[tokens[m.first]!.sentence]!.push(m);
  return { text, language, tokens, sentenceCount, mentions, mentionAt, sentenceTokens, sentenceMentions };
}
