// Place step, what is left out: a place mention in the frame sentences that is not the meeting's venue (a
// modifier or possessive, the subject matter or a contrast, an aside about earlier times, another time).
// Asked per mention by the choice of the meeting's place (place.ts).

import { lexicon } from '../lexicon/index.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';
import { PLACE_PREPOSITION } from './place-venues.ts';

/** How far before a place its clause's cues are read ("discussed the situation in", "rather than in"). */
const CLAUSE_REACH = 300;
/** How many tokens either side of a place its comma-bounded aside may reach ("..., which he had visited last year, ..."). */
const ASIDE_REACH = 40;

/** The place stands in a part of its sentence set off by commas that speaks of earlier times («, который в
 *  прошлом году посетил Пекин,», ", who visited Paris last year,"). */
export function pastAside(doc: AnalysedDocument, m: Mention): boolean {
  const [from, to] = doc.sentenceTokens[doc.tokens[m.first]!.sentence] ?? [0, 0];
  // The clause around the place, read at most ASIDE_REACH tokens either way (linear on a sentence without commas).
  let a = m.first - 1;
  while (a >= from && a >= m.first - ASIDE_REACH && doc.tokens[a]!.text !== ',') a--;
  let b = m.last;
  while (b < to && b < m.last + ASIDE_REACH && doc.tokens[b]!.text !== ',') b++;
  if (a < from && b >= to) return false;
  const part = doc.text.slice(doc.tokens[Math.max(a, from)]!.start, doc.tokens[Math.min(b, to - 1)]!.end);
  return lexicon(doc.language).background.test(part);
}

/** Outside the main sentence: the place is dated to another time ("in Cairo in January", «в Рио в ноябре»). */
export function otherTime(doc: AnalysedDocument, m: Mention): boolean {
  return lexicon(doc.language).otherTimeAfter.test(doc.text.slice(m.end, m.end + 40));
}

/** "Shares in UK banking group X": a country name used as a modifier of a lower-case noun phrase. */
export function modifiesNoun(doc: AnalysedDocument, m: Mention): boolean {
  const next = doc.tokens[m.last];
  const after = doc.tokens[m.last + 1];
  if (next?.kind !== 'lat' || next.cap || !after || after.kind !== 'lat' || after.cap) return false;
  return /^(group|bank|firm|company|giant|government|officials|authorities|ministry|market|economy|industry|sector|troops|forces|regulator|carmaker|insurer|retailer|lender)$/i.test(after.text);
}

/** "at Australia's request", "in Kenya's interest": a possessive country before a lower-case noun that is no
 *  settlement ("in Egypt's city of X" is read by describesSettlement) owns the noun, it is no place. */
export function possessiveOfNoun(doc: AnalysedDocument, m: Mention): boolean {
  const last = doc.tokens[m.last - 1]!;
  const owner = /['’]s?$/.test(last.text) ? m.last : /^['’]s?$/.test(doc.tokens[m.last]?.text ?? '') ? m.last + 1 : -1;
  const next = doc.tokens[owner];
  return owner >= 0 && next !== undefined && next.kind === 'lat' && !next.cap && !lexicon(doc.language).settlementNoun.test(next.text.toLowerCase());
}

/** A place in the subject matter ("discussed major events in Kazakhstan": a country after what was discussed)
 *  or in a contrast («а не в Москве», "rather than in Rome"), or where a party is based or was born ("a company
 *  based in Munich"). A city after "discussed ..." may still be the venue. */
export function topicOrContrast(doc: AnalysedDocument, m: Mention): boolean {
  const [from] = doc.sentenceTokens[doc.tokens[m.first]!.sentence] ?? [0, 0];
  // Only the last CLAUSE_REACH characters: the cues stand within a clause of the place, and reading the whole
  // sentence before each place made one sentence of many places quadratic.
  const before = doc.text.slice(Math.max(doc.tokens[from]!.start, m.start - CLAUSE_REACH), m.start);
  const lex = lexicon(doc.language);
  return lex.contrast.test(before) || lex.topicPlace.test(before) || lex.partyPlace.test(before) || (lex.topicBefore.test(before) && (m.country !== undefined || discussedEvent(doc, m)));
}

/** "discussed the upcoming summit in Manila", «обсудили подготовку к саммиту в Токио»: the place of a gathering
 *  that is the subject matter; not "at the summit in Manila", where the gathering is the venue. */
function discussedEvent(doc: AnalysedDocument, m: Mention): boolean {
  const { tokens } = doc;
  const p = m.first - 1;
  if (!PLACE_PREPOSITION.test(tokens[p]?.text ?? '') || !lexicon(doc.language).multilateralKind.test(tokens[p - 1]?.text.toLowerCase() ?? '')) return false;
  for (let k = p - 2; k >= Math.max(0, p - 5); k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[p]!.sentence || t.kind === 'punct') return true;
    if (/^(?:at|in|в|во|на)$/i.test(t.text)) return false;
    if (t.cap) return true;
  }
  return true;
}
