// Organisations step, what is left out: names that are no organisation taking part in the meeting (a
// dateline place in capitals, a region, a media channel), bodies of the summit behind a side meeting, and
// bodies that speak about the meeting rather than host it («заявили в МИД РФ»).

import { isKnownCountry } from './organization-generic-names.ts';
import { isEnglishCityName } from '../knowledge/gazetteer.ts';
import { wellKnownCity } from '../knowledge/city-names.ts';
import { analyse } from '../knowledge/morphology.ts';
import { lexicon } from '../lexicon/index.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';

/** "Томская область", "Telegram-канал", a place in capitals ("WASHINGTON"), a state after its city: no organisation. */
export function notAnOrganization(doc: AnalysedDocument, name: string, m?: Mention): boolean {
  if (lexicon(doc.language).notOrganization.test(name)) return true;
  // "Washington, DC", "Austin, TX": a state after its city.
  if (m && m.last - m.first === 1 && doc.tokens[m.first - 1]?.text === ',' && doc.mentionAt[m.first - 2]?.type === 'LOC') return true;
  if (name !== name.toUpperCase() || !/\p{L}{4}/u.test(name)) return false;
  return wellKnownCity(name) !== undefined || isEnglishCityName(name) || isKnownCountry(name) || (m !== undefined && datelinePlace(doc, m));
}

/** A word in capitals that opens a line and is followed by a date ("FRANKFURT, Nov 1 —", «НУР-СУЛТАН, 2 февраля»):
 *  the place a wire item was filed from. */
function datelinePlace(doc: AnalysedDocument, m: Mention): boolean {
  // Only blanks back to the line's start (walked back over the blanks: a search for the newline made a long line
  // of capitals quadratic).
  let k = m.start - 1;
  while (k >= 0 && (doc.text[k] === ' ' || doc.text[k] === '\t')) k--;
  if (k >= 0 && doc.text[k] !== '\n' && doc.text[k] !== '\r') return false;
  return DATE_AFTER_PLACE.test(doc.text.slice(m.end, m.end + 24));
}

const DATE_AFTER_PLACE = /^,[ \t]+(?:\p{L}{3,9}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+\p{L}{3,9})\b/u;

/** The organisation stands in the phrase "на полях / в кулуарах / on the margins of ..." before the frame's
 *  verb, or holds the gathering at which another meeting word's meeting is held ("met ... at the NATO Summit",
 *  «встретился ... на саммите ШОС»): the summit behind a side meeting, which MEETINGS.md does not list. */
export function onSidelines(doc: AnalysedDocument, m: Mention): boolean {
  const s = doc.tokens[m.first]!.sentence;
  const [from] = doc.sentenceTokens[s] ?? [0, 0];
  const lex = lexicon(doc.language);
  // The phrase stands within CLAUSE_REACH characters of the body (reading the whole sentence before each body
  // made a sentence of many bodies quadratic).
  const start = Math.max(doc.tokens[from]!.start, m.start - CLAUSE_REACH);
  const before = doc.text.slice(start, m.start);
  const at = lex.gatheringBefore.exec(before);
  if (at && lex.gatheringAfter.test(doc.text.slice(m.end, m.end + CLAUSE_REACH)) && firstCueAt(doc, s) < start + at.index) return true;
  const all = new RegExp(lex.sidelines.source, lex.sidelines.flags.includes('g') ? lex.sidelines.flags : `${lex.sidelines.flags}g`);
  let end = -1;
  for (const x of before.matchAll(all)) end = start + (x.index ?? 0) + x[0].length;
  if (end < 0) return false;
  // The phrase goes on to the gathering's own noun («на полях саммита», "on the sidelines of the summit") and
  // ends at a clause boundary or the frame's own meeting word or verb.
  let first = m.first;
  while (first > from && doc.tokens[first - 1]!.start >= end) first--;
  let noun = true;
  for (let k = first; k < m.first; k++) {
    const t = doc.tokens[k]!;
    if (doc.mentionAt[k]) continue;
    const word = t.text.toLowerCase();
    if (noun && /^(?:of|the)$/.test(word)) continue;
    if (t.text === ',' || t.text === ';' || (!noun && lex.cueWord.test(word))) return false;
    if (t.kind === 'cyr' && analyse(t.text).parses[0]?.pos === 'VERB') return false;
    noun = false;
  }
  return true;
}

/** How far before a body the phrases that place it are read («на полях», "at the ... summit", "discussed"). */
const CLAUSE_REACH = 300;

const firstCueCache = new WeakMap<AnalysedDocument['mentionAt'], Map<number, number>>();

/** The offset of the first meeting word of sentence s (any word, inside a name too), or Infinity; once per sentence. */
function firstCueAt(doc: AnalysedDocument, s: number): number {
  let cache = firstCueCache.get(doc.mentionAt);
  if (!cache) {
    cache = new Map();
    firstCueCache.set(doc.mentionAt, cache);
  }
  let at = cache.get(s);
  if (at === undefined) {
    at = Number.POSITIVE_INFINITY;
    const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
    const base = doc.tokens[from]?.start ?? 0;
    const text = from < to ? doc.text.slice(base, doc.tokens[to - 1]!.end).toLowerCase() : '';
    const cue = lexicon(doc.language).cueWord;
    for (const w of text.matchAll(/\p{L}+/gu)) {
      if (cue.test(w[0])) {
        at = base + w.index;
        break;
      }
    }
    cache.set(s, at);
  }
  return at;
}

/** A word of saying right before or after the phrase ("заявили в МИД РФ", "в МИД России сообщили"): the body speaks. */
export function spokenBy(doc: AnalysedDocument, first: number, last: number): boolean {
  const speech = lexicon(doc.language).speechVerb;
  const sentence = doc.tokens[first]!.sentence;
  const near = [first - 1, first - 2, last, last + 1].map((k) => doc.tokens[k]).filter((t) => t && t.sentence === sentence);
  return near.some((t) => speech.test(t!.text.toLowerCase()));
}

/** The body speaks about the meeting rather than takes part: a word of saying and a new subject stand between
 *  it and the meeting word ("The Foreign Ministry said the ministers met", «МИД Китая сообщил, что министр
 *  встретится»; not "Acme said it had held talks"), or it is the speaker's employer or the source named right
 *  before it ("a spokesman for the European Commission", "according to Bloomberg", «по данным Минфина»). */
export function speaksOfMeeting(doc: AnalysedDocument, m: Mention): boolean {
  const lex = lexicon(doc.language);
  const [from, to] = doc.sentenceTokens[doc.tokens[m.first]!.sentence] ?? [0, 0];
  const before = doc.text.slice(Math.max(doc.tokens[from]!.start, m.start - CLAUSE_REACH), m.start).split(/\s+/).filter(Boolean).slice(-4).join(' ');
  if (lex.spokesperson.test(before) || new RegExp(`(?:${lex.speechBefore.source})\\s*(?:the\\s+)?$`, lex.speechBefore.flags).test(before)) return true;
  // Up to the next meeting word: a word of saying, then another subject (a name or a word that is not "it",
  // "they", "had" ...).
  const scan = speechScan(doc, from, to);
  const cue = scan.nextCue[m.last - from]!;
  if (cue < 0) return false;
  const said = scan.nextSpeech[m.last - from]!;
  return said >= 0 && said < cue && scan.nextOther[said + 1 - from]! >= 0 && scan.nextOther[said + 1 - from]! < cue;
}

/** For each token k of a sentence, the next meeting word, word of saying and other subject at or after k (-1 for
 *  none): read once per sentence, not once per body (a sentence of many bodies was quadratic). */
interface SpeechScan {
  nextCue: Int32Array;
  nextSpeech: Int32Array;
  nextOther: Int32Array;
}

const speechCache = new WeakMap<AnalysedDocument['mentionAt'], Map<number, SpeechScan>>();

function speechScan(doc: AnalysedDocument, from: number, to: number): SpeechScan {
  let cache = speechCache.get(doc.mentionAt);
  if (!cache) {
    cache = new Map();
    speechCache.set(doc.mentionAt, cache);
  }
  const hit = cache.get(from);
  if (hit) return hit;
  const lex = lexicon(doc.language);
  const n = to - from + 1;
  const scan: SpeechScan = { nextCue: new Int32Array(n).fill(-1), nextSpeech: new Int32Array(n).fill(-1), nextOther: new Int32Array(n).fill(-1) };
  for (let k = to - 1; k >= from; k--) {
    const i = k - from;
    const t = doc.tokens[k]!.text.toLowerCase();
    const cue = !doc.mentionAt[k] && lex.cueWord.test(t);
    scan.nextCue[i] = cue ? k : scan.nextCue[i + 1]!;
    scan.nextSpeech[i] = !cue && lex.speechVerb.test(t) ? k : scan.nextSpeech[i + 1]!;
    scan.nextOther[i] = doc.mentionAt[k] || !lex.selfReport.test(t) ? k : scan.nextOther[i + 1]!;
  }
  cache.set(from, scan);
  return scan;
}

/** The body comes after a word of discussing and is what was discussed ("discussed Serbia's bid to join the
 *  EU", «обсудили сотрудничество в рамках ЕАЭС»), not the partner the talks were with («обсудил с главой X»). */
export function discussed(doc: AnalysedDocument, m: Mention): boolean {
  const [from] = doc.sentenceTokens[doc.tokens[m.first]!.sentence] ?? [0, 0];
  const topic = lexicon(doc.language).topicBefore.exec(doc.text.slice(Math.max(doc.tokens[from]!.start, m.start - CLAUSE_REACH), m.end));
  if (!topic) return false;
  const partner = topic[0].split(/\s+/)[1]?.toLowerCase() ?? '';
  return !/^(?:с|со|with)$/.test(partner);
}
