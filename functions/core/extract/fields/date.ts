// Date step: the meeting's date, as precise as the text gives it ("YYYY-MM-DD", "YYYY-MM", "YYYY"), and how
// it was found (record.ts DateBasis). A date stated with its year ("12 мая 2024 года", "May 12, 2024",
// "12.05.2024", "in October and November 2004" -> 2004) is 'stated'. A relative or yearless one ("вчера",
// "on Tuesday", «в минувшую пятницу», "July 30") is resolved against the article's anchor: the date of its
// dateline or dated header ('dateline'), else the input's publishedAt read in its own offset ('publishedAt').
// Never against a clock: with no anchor such a date is null.
//
// Which date: the frame sentence's (fields/frame.ts; under heading lines, the body's first meeting sentence or
// the lead), then the body's first meeting sentence, the nearest to a meeting word; then a date right beside a
// meeting word in another cue sentence or a heading; then "today" / «в пятницу» in the lead or a later
// sentence naming two of the participants. Dates of births, signings, sayings, bounds ("since", «до») and of
// the article itself (dateline, header, footer) are never the meeting's. A meeting of several days ("a
// two-day visit", "the week of 20 June") gets the value that covers its days.

import type { DateBasis, MeetingStatus, Mention, PartialDate } from '../../record/record.ts';
import { lexicon } from '../lexicon/index.ts';
import { type AnalysedDocument, type Language, sentenceText } from '../model/document.ts';
import { type Anchor, articleDateSpans, dateAnchor, headingAnchor } from './date-anchor.ts';
import { covering, dayNumber, fromNumber, iso, lastDayOf } from './date-calendar.ts';
import { coveringParts, type Part, type Phrase, phrases, resolve } from './date-phrases.ts';
import { type Word, yearOf } from './date-words.ts';
import type { Frame } from './frame.ts';

export { dateAnchor, publishedDay } from './date-anchor.ts';
// ---------------------------------------------------------------- which phrase is the meeting's

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
const isSpanOfDays = (p: Phrase): p is Extract<Phrase, { kind: 'calendar' }> => p.kind === 'calendar' && p.parts.length > 1 && p.parts.every((x) => x.d !== undefined);
/** How much text before a date the cues of its role are read in ("which runs until", "a visit to X from"):
 *  a bounded window keeps each test constant, so a sentence is read in time linear in its length. */
const LOOK_BEHIND = 80;
/** How far after a reference event's word ("ahead of the summit on Thursday") a date is that event's. */
const REFERENCE_REACH = 12;
/** How far before a span "on the sidelines of" makes it the host event's. */
const SIDELINES_REACH = 80;

/** How far after "rescheduled for" / «перенесена на» the new date may stand ("will now take place in Kigali, Rwanda, in June"). */
const NEW_DATE_REACH = 40;

interface Candidate {
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
function candidates(doc: AnalysedDocument, s: number, masked: Array<[number, number]>, status: MeetingStatus | undefined): Candidate[] {
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

export interface MeetingDate {
  date: PartialDate | null;
  dateBasis: DateBasis | null;
}

export interface DateOptions {
  /** The input's publication time (ISO with offset): the anchor when the text has no dateline or dated header. */
  publishedAt?: string | undefined;
  /** The meeting's status: a weekday or yearless date of a planned meeting lies ahead of the anchor. */
  status?: MeetingStatus | undefined;
  /** Mentions of each participant: a later sentence naming two of them may say "today". */
  participants?: Mention[][];
}

/**
 * The heading lines at the top (after any dated header line): lines that do not end like a sentence and are
 * followed by more text: a label ("Press Release", "News story") and the title. Their dates count only beside a
 * meeting word.
 */
function headingsOf(doc: AnalysedDocument, masked: Array<[number, number]>): number[] {
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
function leadOf(doc: AnalysedDocument, masked: Array<[number, number]>, headings: number[]): number | undefined {
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

/** How close a date must be to a meeting word outside the frame sentence ("held talks in October 2004"). */
const NEAR_CUE = 40;
/** How far from the meeting word a date of the frame sentence may stand: further, the "sentence" is most
 *  likely text run together (a caption, a list) rather than one sentence about the meeting. */
const FAR_IN_SENTENCE = 250;
/** A bare year («в 2024 году») is the meeting's only near its word: it more often dates a figure. */
const isYearOnly = (p: Phrase) => p.kind === 'calendar' && p.parts.every((x) => x.m === undefined);
/** How far after the frame sentence a sentence about the participants may give the day. */
const PARTICIPANT_SENTENCES = 6;

/**
 * A meeting the text says lasts several days ("a two-day visit", "three days of talks", «трёхдневный визит»),
 * dated by one of its days: the finest value that covers all of them (MEETINGS.md: a span gives its month). The
 * day is the first when its sentence opens the meeting before it ("opened ... on Saturday"), the last when it
 * ends it ("wrapped up ... on Thursday"), else any. The phrase counts in the date's sentence and the lead, or
 * anywhere when it names the meeting by the noun of the date's sentence ("opened their summit on Saturday" ...
 * "The two-day summit"); not after "ahead of", «накануне» and the like.
 */
function severalDays(doc: AnalysedDocument, at: number, s: number, date: PartialDate, lead: number | undefined): PartialDate {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!day) return date;
  const words = lexicon(doc.language).dates;
  const here = sentenceText(doc, s).toLowerCase();
  let days = 0;
  for (let t = 0; t < doc.sentenceCount && !days; t++) {
    const text = sentenceText(doc, t).toLowerCase();
    for (const m of text.matchAll(new RegExp(words.multiDay.source, `${words.multiDay.flags.replace('g', '')}g`))) {
      const count = m[1] ?? m[3] ?? '';
      const noun = m[2] ?? m[4] ?? '';
      if (words.multiDayOther.test(text.slice(0, m.index + m[0].length - m[0].trimStart().length))) continue;
      if (t !== s && t !== lead && !here.includes(noun)) continue;
      const n = /^\d$/.test(count) ? Number(count) : words.dayCounts.findIndex((re) => re.test(count)) + 2;
      if (n >= 2) {
        days = n;
        break;
      }
    }
  }
  if (!days) return date;
  const on = dayNumber({ y: Number(day[1]), m: Number(day[2]), d: Number(day[3]) });
  const before = doc.text.slice(doc.tokens[doc.sentenceTokens[s]![0]]!.start, at).toLowerCase();
  const [from, to] = words.lastDayVerb.test(before) ? [on - days + 1, on] : words.firstDayVerb.test(before) ? [on, on + days - 1] : [on - days + 1, on + days - 1];
  return covering(fromNumber(from), fromNumber(to)) ?? date;
}

/**
 * A day that lies in a span the sentence gives of its visit ("held talks today, as part of an official visit to
 * Japan from 13 to 15 May"), or the day an event opens that "runs until" a later one («открылся форум, который
 * продлится до 3 мая»): the finest value that covers the whole stay (MEETINGS.md: a span gives its month). A span
 * that no visit noun introduces is another event's ("met on 14 May on the sidelines of the summit held 13-15 May").
 */
function wholeStay(doc: AnalysedDocument, s: number, date: PartialDate, anchor: Anchor | null, status: MeetingStatus | undefined): PartialDate {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const range = doc.sentenceTokens[s];
  if (!day || !range || range[0] >= range[1]) return date;
  const on = dayNumber({ y: Number(day[1]), m: Number(day[2]), d: Number(day[3]) });
  // Yearless days of the span take their year as the meeting's day does, or from that day when it was stated.
  const reference: Anchor = anchor ?? { day: fromNumber(on), how: 'dateline', mention: null };
  const dayOf = (p: Phrase, as: MeetingStatus | undefined): number | null => {
    const value = resolve(p, reference, as)?.date;
    const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    return m ? dayNumber({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }) : null;
  };
  const words = lexicon(doc.language).dates;
  const base = doc.tokens[range[0]]!.start;
  const text = doc.text.slice(base, doc.tokens[range[1] - 1]!.end);
  for (const p of phrases(text, base, doc.language).found) {
    const before = text.slice(Math.max(0, p.start - base - LOOK_BEHIND), p.start - base).toLowerCase();
    if (isSpanOfDays(p) && words.stayBefore.test(before)) {
      const from = dayOf({ ...p, parts: [p.parts[0]!] }, status);
      const to = dayOf({ ...p, parts: [p.parts.at(-1)!] }, status);
      if (from !== null && to !== null && from <= on && on <= to) return covering(fromNumber(from), fromNumber(to)) ?? date;
    }
    if (words.lastsUntil.test(before)) {
      // The last day lies ahead of the day the event opened, whatever the meeting's status.
      const to = dayOf(p, 'planned');
      if (to !== null && to > on && to - on <= MAX_STAY_DAYS) return covering(fromNumber(on), fromNumber(to)) ?? date;
    }
  }
  return date;
}

/** How long an event that "runs until" a day may last: longer, the day is more likely another thing's. */
const MAX_STAY_DAYS = 14;

/** Whether sentence s names one of the participants. */
function namesParticipant(doc: AnalysedDocument, s: number, people: Mention[][]): boolean {
  const [a, b] = doc.sentenceTokens[s] ?? [0, 0];
  if (a >= b) return false;
  const start = doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  return people.some((mentions) => mentions.some((m) => m.start >= start && m.end <= end));
}

/** The meeting's date and how it was found; both null when the text gives none that can be resolved. */
export function meetingDate(doc: AnalysedDocument, frame: Frame, options: DateOptions = {}): MeetingDate {
  const none: MeetingDate = { date: null, dateBasis: null };
  const masked = articleDateSpans(doc.text);
  let anchor: Anchor | null | undefined;
  const decide = (p: Phrase, s: number): MeetingDate => {
    if (anchor === undefined) anchor = dateAnchor(doc.text, options.publishedAt) ?? headingAnchor(doc, headings);
    const resolved = resolve(p, anchor, options.status);
    if (!resolved) return none;
    const date = wholeStay(doc, s, severalDays(doc, p.start, s, resolved.date, lead), anchor, options.status);
    return { date, dateBasis: { how: resolved.how, mention: { start: p.start, end: p.end } } };
  };
  const headings = headingsOf(doc, masked);
  const body = frame.sentences.filter((s) => !headings.includes(s));
  // The frame sentence; when that is a heading, the first cue sentence of the body or the lead when it names a
  // participant, whichever comes first ("Readout: call with X" over "The Secretary spoke to X today.").
  const lead = leadOf(doc, masked, headings);
  let main = !headings.includes(frame.main) ? frame.main : body.find((s) => s > frame.main);
  if (headings.includes(frame.main) && lead !== undefined && lead < (main ?? Number.POSITIVE_INFINITY) && namesParticipant(doc, lead, options.participants ?? [])) main = lead;
  // The first cue sentence of the body introduces the meeting: its date too, before later sentences'.
  const first = body[0] !== undefined && main !== undefined && body[0] < main ? body[0] : undefined;
  for (const s of [main, first]) {
    if (s === undefined) continue;
    const best = candidates(doc, s, masked, options.status).find((c) => c.distance <= (isYearOnly(c.phrase) ? 2 * NEAR_CUE : FAR_IN_SENTENCE));
    if (best) return decide(best.phrase, s);
  }
  // Other cue sentences, then the headings: a date right beside a meeting word, or one that opens the
  // sentence and so dates all of it ("Today, the leaders ... met", «12 мая в Москве прошли переговоры»).
  const others = [...body.filter((s) => s !== main && s !== first && s > (main ?? -1)), ...body.filter((s) => s !== main && s !== first && s < (main ?? -1))];
  others.push(...headings.filter((s) => frame.sentences.includes(s)));
  for (const s of others) {
    const best = candidates(doc, s, masked, options.status).find((c) => c.distance <= NEAR_CUE || c.phrase.first === 0);
    if (best) return decide(best.phrase, s);
  }
  // The lead or a later sentence about two of the participants that gives the day ("Сегодня Путин поздравил
  // Мирзиёева ...", "WASHINGTON (AP) — X welcomed Y to the White House on Wednesday").
  const people = options.participants ?? [];
  const from = main ?? frame.main;
  const around = [...(lead !== undefined && lead < from ? [lead] : [])];
  for (let s = from + 1; s < Math.min(doc.sentenceCount, from + 1 + PARTICIPANT_SENTENCES); s++) around.push(s);
  for (const s of around) {
    if (frame.sentences.includes(s)) continue;
    const [a, b] = doc.sentenceTokens[s] ?? [0, 0];
    if (a >= b) continue;
    const start = doc.tokens[a]!.start;
    const end = doc.tokens[b - 1]!.end;
    const named = people.filter((mentions) => mentions.some((m) => m.start >= start && m.end <= end)).length;
    if (named < 2) continue;
    const best = candidates(doc, s, masked, options.status).find((c) => c.phrase.kind === 'relative' || c.phrase.kind === 'weekday');
    if (best) return decide(best.phrase, s);
  }
  // A held meeting that the item is about (its title or lead reports it) and that the text gives no day of: the day of the
  // item's own dateline or dated header, which dates what it reports (kremlin.ru "July 24, 2023, 15:10" over
  // "had a telephone conversation", «Минск, 5 июня. ... провёл встречу»). Not publishedAt: when the editor
  // submitted the article says nothing of when the meeting was.
  const reported = lead !== undefined && frame.sentences.includes(lead) ? lead : headings.includes(frame.main) ? (main ?? frame.main) : undefined;
  const unsaid = (t: number) => !saysWhen(doc, t, masked);
  if (options.status === 'held' && reported !== undefined && unsaid(reported) && (main === undefined || unsaid(main))) {
    if (anchor === undefined) anchor = dateAnchor(doc.text, options.publishedAt) ?? headingAnchor(doc, headings);
    if (anchor?.how === 'dateline' && anchor.mention) {
      const s = reported;
      const date = wholeStay(doc, s, severalDays(doc, sentenceEnd(doc, s), s, iso(anchor.day), lead), anchor, options.status);
      return { date, dateBasis: { how: 'dateline', mention: anchor.mention } };
    }
  }
  return none;
}

/**
 * Whether sentence s says something of when, in a phrase that was not taken for the meeting ("have met five
 * times since 2019"): then the item's own day is not assumed to be the meeting's. The end of a stay («форум,
 * который продлится до 3 мая») says only how long it lasts.
 */
function saysWhen(doc: AnalysedDocument, s: number, masked: Array<[number, number]>): boolean {
  const sentence = maskedSentence(doc, s, masked);
  if (!sentence) return false;
  const { lastsUntil, boundBefore } = lexicon(doc.language).dates;
  const before = (offset: number) => sentence.text.slice(Math.max(0, offset - sentence.base - LOOK_BEHIND), offset - sentence.base);
  const { ws, found } = phrases(sentence.text, sentence.base, doc.language);
  if (found.some((p) => !lastsUntil.test(before(p.start).toLowerCase()))) return true;
  // A bare year after a bound ("since 2019", «с 2019 года»), which is no date phrase by itself.
  return ws.some((w) => yearOf(w) !== null && boundBefore.test(before(w.start)));
}

/** The offset where sentence s ends. */
function sentenceEnd(doc: AnalysedDocument, s: number): number {
  const range = doc.sentenceTokens[s];
  return range && range[0] < range[1] ? doc.tokens[range[1] - 1]!.end : 0;
}

// ---------------------------------------------------------------- plain texts (related events)

/** The first date stated with its year in the given texts (in order), as full or partial ISO; the words of
 *  both languages when no language is given. */
export function statedDate(texts: string[], language?: Language): string | null {
  for (const text of texts) {
    const found = (language ? [language] : (['ru', 'en'] as const)).flatMap((l) => phrases(text, 0, l).found);
    found.sort((a, b) => a.start - b.start);
    for (const p of found) {
      if (p.kind !== 'calendar' || p.parts.some((x) => x.y === undefined)) continue;
      const value = coveringParts(p.parts);
      if (value) return value;
    }
  }
  return null;
}

/** Like statedDate, but also a bare year with "года"/"year" ("на конец 2026 года" -> 2026): for announced events. */
export function statedYearOrDate(texts: string[], language?: Language): string | null {
  const exact = statedDate(texts, language);
  if (exact) return exact;
  for (const text of texts) {
    const m = /(?<!\d)((?:19|20)\d{2})\s*(?:года|год|г\.|year)/.exec(text);
    if (m) return m[1]!;
  }
  return null;
}
