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
//
// This file chooses; its parts: date-candidates.ts (a sentence's phrases that may be the meeting's),
// date-sentences.ts (headings, lead), date-anchor.ts (the date basis), date-several-days.ts (spans of days), over
// the phrases of date-phrases.ts.

import type { DateBasis, MeetingStatus, Mention, PartialDate } from '../../record/record.ts';
import type { AnalysedDocument } from '../model/document.ts';
import { type Anchor, articleDateSpans, dateAnchor, headingAnchor } from './date-anchor.ts';
import { iso } from './date-calendar.ts';
import { candidates, FAR_IN_SENTENCE, saysWhen } from './date-candidates.ts';
import { type Phrase, resolve } from './date-phrases.ts';
import { headingsOf, leadOf, namesParticipant, sentenceEnd } from './date-sentences.ts';
import { severalDays, wholeStay } from './date-several-days.ts';
import type { Frame } from './frame.ts';

export { dateAnchor, publishedDay } from './date-anchor.ts';

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

/** How close a date must be to a meeting word outside the frame sentence ("held talks in October 2004"). */
const NEAR_CUE = 40;
/** A bare year («в 2024 году») is the meeting's only near its word: it more often dates a figure. */
const isYearOnly = (p: Phrase) => p.kind === 'calendar' && p.parts.every((x) => x.m === undefined);
/** How far after the frame sentence a sentence about the participants may give the day. */
const PARTICIPANT_SENTENCES = 6;

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
