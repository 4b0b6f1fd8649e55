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
}

export function analyseDocument(text: string, language: 'ru' | 'en'): AnalysedDocument {
  const tokens = tokenize(text);
  const sentenceCount = markSentences(text, tokens);
  const mentions = findMentions(text, tokens, language);
  const mentionAt: Array<Mention | undefined> = new Array(tokens.length);
  for (const m of mentions) for (let k = m.first; k < m.last; k++) mentionAt[k] = m;
  return { text, language, tokens, sentenceCount, mentions, mentionAt };
}
