// The analysed article: tokens, sentences and mentions with the indexes the field steps read.
// Built once by the pipeline (index.ts); mention steps may replace the mentions through setMentions.

import type { Mention } from './mention.ts';
import type { Token } from './token.ts';

/** Languages with a lexicon and mention rules (lexicon/, mentions/). */
export type Language = 'ru' | 'en';

export interface AnalysedDocument {
  text: string;
  language: Language;
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

/** A document over tokens already split into `sentenceCount` sentences, with the given mentions. */
export function makeDocument(text: string, language: Language, tokens: Token[], sentenceCount: number, mentions: Mention[]): AnalysedDocument {
  const sentenceTokens: Array<[number, number]> = Array.from({ length: sentenceCount }, () => [0, 0]);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const range = sentenceTokens[tokens[i]!.sentence]!;
    if (range[1] === 0) range[1] = i + 1;
    range[0] = i;
  }
  const doc: AnalysedDocument = { text, language, tokens, sentenceCount, mentions: [], mentionAt: [], sentenceTokens, sentenceMentions: [] };
  setMentions(doc, mentions);
  return doc;
}

/** Replaces the document's mentions and rebuilds the per-token and per-sentence indexes. */
export function setMentions(doc: AnalysedDocument, mentions: Mention[]): void {
  mentions.sort((a, b) => a.start - b.start);
  doc.mentions = mentions;
  doc.mentionAt = new Array(doc.tokens.length);
  for (const m of mentions) for (let k = m.first; k < m.last; k++) doc.mentionAt[k] = m;
  doc.sentenceMentions = Array.from({ length: doc.sentenceCount }, () => []);
  for (const m of mentions) doc.sentenceMentions[doc.tokens[m.first]!.sentence]!.push(m);
}

/** The text of sentence `s`, from its first token to its last. */
export function sentenceText(doc: AnalysedDocument, s: number): string {
  const range = doc.sentenceTokens[s];
  if (!range || range[0] >= range[1]) return '';
  return doc.text.slice(doc.tokens[range[0]]!.start, doc.tokens[range[1] - 1]!.end);
}

/** Mentions starting in sentence `s`, optionally of one type. */
export function mentionsIn(doc: AnalysedDocument, s: number, type?: Mention['type']): Mention[] {
  return (doc.sentenceMentions[s] ?? []).filter((m) => !type || m.type === type);
}

/** The text of every sentence, in order. */
export function sentenceTexts(doc: AnalysedDocument): string[] {
  return Array.from({ length: doc.sentenceCount }, (_, s) => sentenceText(doc, s));
}

/** The sentence holding the character at `offset` (binary search over the tokens). */
export function sentenceAtOffset(doc: AnalysedDocument, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.tokens[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return doc.tokens[lo]?.sentence ?? 0;
}
