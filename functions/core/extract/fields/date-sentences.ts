// The sentences the date step reads besides the frame's: the heading lines above the text (a label, the title),
// the lead (the body's first sentence), and whether a sentence names a participant.

import type { Mention } from '../../record/record.ts';
import type { AnalysedDocument } from '../model/document.ts';

/**
 * The heading lines at the top (after any dated header line): lines that do not end like a sentence and are
 * followed by more text: a label ("Press Release", "News story") and the title. Their dates count only beside a
 * meeting word.
 */
export function headingsOf(doc: AnalysedDocument, masked: Array<[number, number]>): number[] {
  const out: number[] = [];
  for (let s = 0; s < Math.min(doc.sentenceCount - 1, MAX_HEADINGS + 1); s++) {
    const range = doc.sentenceTokens[s];
    if (!range || range[0] >= range[1]) continue;
    const first = doc.tokens[range[0]]!;
    const last = doc.tokens[range[1] - 1]!;
    if (masked.some(([a, b]) => a <= first.start && last.end <= b)) continue;
    const next = doc.tokens[range[1]];
    if (!next || !doc.text.slice(last.end, next.start).includes('\n') || /^[.!?…]$/.test(last.text) || out.length === MAX_HEADINGS) break;
    out.push(s);
  }
  return out;
}

/** How many heading lines may stand above the text ("Press Release", a title, a kicker). */
const MAX_HEADINGS = 3;

/** The first sentence of the body: not a heading, not a dated header line. */
export function leadOf(doc: AnalysedDocument, masked: Array<[number, number]>, headings: number[]): number | undefined {
  for (let s = 0; s < doc.sentenceCount; s++) {
    if (headings.includes(s)) continue;
    const range = doc.sentenceTokens[s];
    if (!range || range[0] >= range[1]) continue;
    const first = doc.tokens[range[0]]!;
    const last = doc.tokens[range[1] - 1]!;
    if (!masked.some(([a, b]) => a <= first.start && last.end <= b)) return s;
  }
  return undefined;
}

/** Whether sentence s names one of the participants. */
export function namesParticipant(doc: AnalysedDocument, s: number, people: Mention[][]): boolean {
  const [a, b] = doc.sentenceTokens[s] ?? [0, 0];
  if (a >= b) return false;
  const start = doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  return people.some((mentions) => mentions.some((m) => m.start >= start && m.end <= end));
}

/** The offset where sentence s ends. */
export function sentenceEnd(doc: AnalysedDocument, s: number): number {
  const range = doc.sentenceTokens[s];
  return range && range[0] < range[1] ? doc.tokens[range[1] - 1]!.end : 0;
}
