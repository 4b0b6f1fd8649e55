// Participants step, readings of a sentence that its rules share, each made once per sentence (asked per
// person, they made a sentence of many names quadratic): the sentence in lower case, whether it reports a
// refusal, whether it is about another time; and appending found people to a list.

import { lexicon } from '../lexicon/index.ts';
import type { AnalysedDocument } from '../model/document.ts';

/** Appends one by one: spreading a sentence of 100,000 names into push() overflows the call stack. */
export function pushAll<T>(out: T[], items: readonly T[]): void {
  for (const x of items) out.push(x);
}

const lowerCache = new WeakMap<AnalysedDocument, Map<number, string>>();

/** The sentence in lower case, made once per sentence (people of one long sentence would otherwise each copy it). */
export function sentenceLower(doc: AnalysedDocument, s: number): string {
  let cache = lowerCache.get(doc);
  if (!cache) {
    cache = new Map();
    lowerCache.set(doc, cache);
  }
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  const text = from >= to ? '' : doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end).toLowerCase();
  cache.set(s, text);
  return text;
}

const refusalCache = new WeakMap<AnalysedDocument, Map<number, boolean>>();

/** The sentence says someone refused to take part («отказался от участия», "pulled out of"). */
export function refusalSentence(doc: AnalysedDocument, s: number): boolean {
  let cache = refusalCache.get(doc);
  if (!cache) {
    cache = new Map();
    refusalCache.set(doc, cache);
  }
  let hit = cache.get(s);
  if (hit === undefined) {
    hit = lexicon(doc.language).refusal.test(sentenceLower(doc, s));
    cache.set(s, hit);
  }
  return hit;
}

/** A sentence about another time or someone who stayed away: its people are not this meeting's. */
export function elsewhere(doc: AnalysedDocument, s: number): boolean {
  const lower = sentenceLower(doc, s);
  const { backgroundStart, background } = lexicon(doc.language);
  return backgroundStart.test(lower) || background.test(lower) || refusalSentence(doc, s);
}
