// Date candidates: the date phrases of one sentence that may be the meeting's, each with its distance to the
// meeting word it belongs to; phrases that date something else (a bound, a birth or signing, a saying, an earlier
// or next meeting, a reference event) are left out. The date step (date.ts) chooses among them.

import type { MeetingStatus } from '../../record/record.ts';
import { lexicon } from '../lexicon/index.ts';
import type { AnalysedDocument, Language } from '../model/document.ts';
import { lastDayOf } from './date-calendar.ts';
import { type Part, type Phrase, phrases } from './date-phrases.ts';
import { type Word, yearOf } from './date-words.ts';

/** A phrase that dates something else: a bound ("since May"), a birth or signing, a saying, an attribute ("the May 2019 deal"). */
function datesSomethingElse(p: Phrase, ws: Word[], text: string, base: number, language: Language): boolean {
  const { dates: own, cueWord, speechVerb } = lexicon(language);
  const before = text.slice(Math.max(0, p.start - base - 60), p.start - base);
  if (own.boundBefore.test(before) || own.otherEventBefore.test(before)) return true;
  // "X said on Tuesday she had met Y", «заявил в среду»: the day of the saying.
  const word = ws[p.first - 1];
  if (word?.kind === 'word' && speechVerb.test(word.lower)) return true;
  const after = ws[p.last];
  const next = ws[p.last + 1];
  // "yesterday's return", "the 10 July 2023 statement": the date belongs to the noun after it, unless that is the meeting.
  if (after && (after.text === "'s" || after.text === '’s' || /['’]s$/.test(ws[p.last - 1]?.text ?? ''))) {
    const noun = /['’]s$/.test(ws[p.last - 1]?.text ?? '') ? after : next;
    if (noun && !cueWord.test(noun.lower)) return true;
  }
  const article = ws[p.first - 1];
  if (p.kind === 'calendar' && article && /^(?:the|a|an|its|their|his|her)$/.test(article.lower) && after?.kind === 'word' && /^\p{Ll}/u.test(after.text) && !cueWord.test(after.lower)) {
    return !/^(?:and|or|to|in|at|on|with|by|for|of|when|as|the)$/.test(after.lower);
  }
  return false;
}

function cueSpans(text: string, language: Language): Array<[number, number]> {
  const cue = lexicon(language).meetingCue;
  const global = new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : `${cue.flags}g`);
  return [...text.toLowerCase().matchAll(global)].map((m) => {
    const start = m.index + m[0].length - m[1]!.length;
    return [start, start + m[1]!.length] as [number, number];
  });
}

/** The seven days from a single day ("the week of 20 June"), or null for any other phrase. */
function weekFrom(p: Phrase): Phrase | null {
  if (p.kind !== 'calendar' || p.parts.length !== 1) return null;
  const day = p.parts[0]!;
  if (day.d === undefined || day.m === undefined) return null;
  const last = lastDayOf(day.y ?? 2001, day.m);
  let end: Part = { ...day, d: day.d + 6 };
  if (end.d! > last) end = { m: (day.m % 12) + 1, d: end.d! - last, ...(day.y === undefined ? {} : { y: day.m === 12 ? day.y + 1 : day.y }) };
  return { ...p, parts: [day, end] };
}

/** A span of several days ("November 18-19", «с 5 по 8 июня»). */
export const isSpanOfDays = (p: Phrase): p is Extract<Phrase, { kind: 'calendar' }> => p.kind === 'calendar' && p.parts.length > 1 && p.parts.every((x) => x.d !== undefined);
/** How much text before a date the cues of its role are read in ("which runs until", "a visit to X from"):
 *  a bounded window keeps each test constant, so a sentence is read in time linear in its length. */
export const LOOK_BEHIND = 80;
/** How far after a reference event's word ("ahead of the summit on Thursday") a date is that event's. */
const REFERENCE_REACH = 12;
/** How far before a span "on the sidelines of" makes it the host event's. */
const SIDELINES_REACH = 80;

/** How far after "rescheduled for" / «перенесена на» the new date may stand ("will now take place in Kigali, Rwanda, in June"). */
const NEW_DATE_REACH = 40;

export interface Candidate {
  phrase: Phrase;
  /** Characters between the phrase and the nearest meeting word it can belong to. */
  distance: number;
}

/** The text of sentence s with the article's own dates (dateline, headers) blanked out, and its offset. */
function maskedSentence(doc: AnalysedDocument, s: number, masked: Array<[number, number]>): { text: string; base: number } | null {
  const range = doc.sentenceTokens[s];
  if (!range || range[0] >= range[1]) return null;
  const base = doc.tokens[range[0]]!.start;
  let text = doc.text.slice(base, doc.tokens[range[1] - 1]!.end);
  for (const [a, b] of masked) {
    const from = Math.max(a, base) - base;
    const to = Math.min(b, base + text.length) - base;
    if (from < to) text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return { text, base };
}

/** The date phrases of one sentence that may be the meeting's, nearest to a meeting word first. */
export function candidates(doc: AnalysedDocument, s: number, masked: Array<[number, number]>, status: MeetingStatus | undefined): Candidate[] {
  const sentence = maskedSentence(doc, s, masked);
  if (!sentence) return [];
  const { text, base } = sentence;
  const { ws, found } = phrases(text, base, doc.language);
  const own = lexicon(doc.language).dates;
  // "met on Monday, two weeks after the summit of 24–25 February": that event is a point of reference, its date
  // not the meeting's, when the sentence has a meeting word of its own ("days before talks on Friday, X said"
  // has none: those talks are the meeting).
  // A meeting word of an earlier meeting ("the two last met in January"), or in the report of a held meeting
  // of a later one («договорились провести следующий раунд консультаций в сентябре»), draws no date at all.
  const all = cueSpans(text, doc.language);
  const others = all.filter(([a, b]) => {
    const upTo = text.slice(Math.max(0, a - LOOK_BEHIND), b).toLowerCase();
    return !own.earlierMeeting.test(upTo) && !(status === 'held' && own.nextMeeting.test(upTo));
  });
  const isReference = others.map(([a]) => own.referenceEvent.test(text.slice(Math.max(0, a - LOOK_BEHIND), a).toLowerCase()));
  const meetingWords = others.filter((_, k) => !isReference[k]);
  const cues = (meetingWords.length > 0 ? meetingWords : others).map(([a, b]) => [a + base, b + base] as [number, number]);
  // The ends of the reference events left out, in text order: a date right after one is that event's ("ahead of
  // the summit on Thursday", «накануне саммита в четверг»).
  const references = meetingWords.length > 0 ? others.filter((_, k) => isReference[k]).map(([, b]) => b + base) : [];
  let reference = 0;
  // For each word: the last comma and the last subordinating word at or before it (linear in the sentence).
  const lastComma: number[] = [];
  const lastSub: number[] = [];
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    lastComma[k] = w.text === ',' ? k : (lastComma[k - 1] ?? -1);
    lastSub[k] = w.kind === 'word' && own.subordinators.test(w.lower) ? k : (lastSub[k - 1] ?? -1);
  }
  /** The index of the last word ending at or before `offset`. */
  const wordBefore = (offset: number): number => {
    let lo = 0;
    let hi = ws.length - 1;
    let hit = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ws[mid]!.end <= offset) {
        hit = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return hit;
  };
  // A planned meeting moved to a new date: the date right after "перенесена на", "postponed until", "will now
  // take place" is the meeting's, before the one it had been set for in the same sentence.
  const newDate = lexicon(doc.language).newDate;
  const moved = status !== 'planned' ? [] : [...text.toLowerCase().matchAll(new RegExp(newDate.source, `${newDate.flags.replace('g', '')}g`))].map((m) => base + m.index + m[0].length);
  const movedTo = (p: Phrase) => moved.some((end) => end <= p.start && p.start - end <= NEW_DATE_REACH && !/[.;!?]/.test(doc.text.slice(end, p.start)));
  const sidelines = lexicon(doc.language).sidelines;
  const out: Candidate[] = [];
  for (const read of found) {
    // "in the week of 20 June 2022": the seven days from that day (a week is no day).
    const week = own.weekOf?.test(text.slice(Math.max(0, read.start - base - 30), read.start - base)) ? weekFrom(read) : null;
    const phrase = week ?? read;
    if (week || movedTo(phrase)) {
      out.push({ phrase, distance: -1 });
      continue;
    }
    if (datesSomethingElse(phrase, ws, text, base, doc.language)) continue;
    while (reference + 1 < references.length && references[reference + 1]! <= phrase.start) reference++;
    const end = references[reference];
    if (end !== undefined && end <= phrase.start && phrase.start - end <= REFERENCE_REACH && !/[,;]/.test(doc.text.slice(end, phrase.start))) continue;
    if (all.length === 0) {
      out.push({ phrase, distance: 0 });
      continue;
    }
    // The nearest meeting word before the phrase, and the nearest after it (cues are in text order).
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cues[mid]![0] < phrase.end) lo = mid + 1;
      else hi = mid;
    }
    const after = cues[lo];
    const before = lo > 0 ? cues[lo - 1] : undefined;
    let distance = Number.POSITIVE_INFINITY;
    if (before) distance = before[1] <= phrase.start ? phrase.start - before[1] : 0;
    if (after) {
      const k = wordBefore(after[0]);
      const sub = lastSub[k] ?? -1;
      const comma = lastComma[k] ?? -1;
      // A date before a subordinate phrase that holds the meeting word belongs to the main verb
      // ("shares rose on Monday following a report that it had held talks"); a date inside a clause closed
      // before the meeting word belongs to that clause ("X, who took office in March, met Y").
      const opening = phrase.first > 0 ? (lastComma[phrase.first - 1] ?? -1) : -1;
      const inClause = opening >= 0 && (lastSub[phrase.first - 1] ?? -1) > opening;
      const subordinate = sub >= phrase.last && comma < sub;
      const closed = inClause && comma >= phrase.last;
      if (!subordinate && !closed) distance = Math.min(distance, after[0] - phrase.end);
      // "X and Y, who last met in May, held talks on Wednesday": the clause's own meeting word is another
      // meeting's; its date is read only when the sentence gives nothing else.
      if (closed) distance = Math.max(distance, FAR_IN_SENTENCE);
    }
    // "met on Monday on the sidelines of the summit, held November 18-19": the span is the host event's; the
    // meeting's day is read first, the span only when the sentence gives nothing else.
    if (distance < FAR_IN_SENTENCE && isSpanOfDays(phrase) && sidelines.test(text.slice(Math.max(0, phrase.start - base - SIDELINES_REACH), phrase.start - base))) distance = FAR_IN_SENTENCE;
    if (distance < Number.POSITIVE_INFINITY) out.push({ phrase, distance });
  }
  return out.sort((x, y) => x.distance - y.distance);
}

/** How far from the meeting word a date of the frame sentence may stand: further, the "sentence" is most
 *  likely text run together (a caption, a list) rather than one sentence about the meeting. */
export const FAR_IN_SENTENCE = 250;

/**
 * Whether sentence s says something of when, in a phrase that was not taken for the meeting ("have met five
 * times since 2019"): then the item's own day is not assumed to be the meeting's. The end of a stay («форум,
 * который продлится до 3 мая») says only how long it lasts.
 */
export function saysWhen(doc: AnalysedDocument, s: number, masked: Array<[number, number]>): boolean {
  const sentence = maskedSentence(doc, s, masked);
  if (!sentence) return false;
  const { lastsUntil, boundBefore } = lexicon(doc.language).dates;
  const before = (offset: number) => sentence.text.slice(Math.max(0, offset - sentence.base - LOOK_BEHIND), offset - sentence.base);
  const { ws, found } = phrases(sentence.text, sentence.base, doc.language);
  if (found.some((p) => !lastsUntil.test(before(p.start).toLowerCase()))) return true;
  // A bare year after a bound ("since 2019", «с 2019 года»), which is no date phrase by itself.
  return ws.some((w) => yearOf(w) !== null && boundBefore.test(before(w.start)));
}
