// A meeting of several days: a day of the meeting widened to the finest value that covers all its days, when
// the text says how many ("a two-day visit", «трёхдневный визит») or gives the span of the visit it is part of
// ("an official visit to Japan from 13 to 15 May", «форум, который продлится до 3 мая»).

import type { MeetingStatus, PartialDate } from '../../record/record.ts';
import { lexicon } from '../lexicon/index.ts';
import { type AnalysedDocument, sentenceText } from '../model/document.ts';
import type { Anchor } from './date-anchor.ts';
import { LOOK_BEHIND, isSpanOfDays } from './date-candidates.ts';
import { covering, dayNumber, fromNumber } from './date-calendar.ts';
import { type Phrase, phrases, resolve } from './date-phrases.ts';

/**
 * A meeting the text says lasts several days ("a two-day visit", "three days of talks", «трёхдневный визит»),
 * dated by one of its days: the finest value that covers all of them (MEETINGS.md: a span gives its month). The
 * day is the first when its sentence opens the meeting before it ("opened ... on Saturday"), the last when it
 * ends it ("wrapped up ... on Thursday"), else any. The phrase counts in the date's sentence and the lead, or
 * anywhere when it names the meeting by the noun of the date's sentence ("opened their summit on Saturday" ...
 * "The two-day summit"); not after "ahead of", «накануне» and the like.
 */
export function severalDays(doc: AnalysedDocument, at: number, s: number, date: PartialDate, lead: number | undefined): PartialDate {
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
export function wholeStay(doc: AnalysedDocument, s: number, date: PartialDate, anchor: Anchor | null, status: MeetingStatus | undefined): PartialDate {
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
