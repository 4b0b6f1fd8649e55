// The article's anchor: the day relative and yearless date phrases are read against (the dateline's date, a
// dated header, publishedAt, else a day stated in a heading), and the spans of the text that date the article
// rather than the meeting. The date step (date.ts) records which one it used as the date's basis.

import type { AnalysedDocument } from '../model/document.ts';
import { dateline, datedHeaders, isUpdateLine, type LineDate, validDay } from '../text/dateline.ts';
import { type Day, dayNumber } from './date-calendar.ts';
import { phrases } from './date-phrases.ts';

export interface Anchor {
  day: Day;
  how: 'dateline' | 'publishedAt';
  /** Where the text states the anchor's date (a dateline, a dated header or heading); null for publishedAt. */
  mention: { start: number; end: number } | null;
}

/** The calendar day of an ISO date-time in its own offset ("2022-11-15T22:16:58-05:00" is the 15th). */
export function publishedDay(publishedAt: string | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt?.trim() ?? '');
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return validDay(day.y, day.m, day.d) ? day : null;
}

/** A year for a yearless line date: the one that puts it nearest the reference day. */
function completeYear(date: LineDate, reference: Day | null): Day | null {
  if (date.year !== null) return { y: date.year, m: date.month, d: date.day };
  if (!reference) return null;
  let best: Day | null = null;
  for (const y of [reference.y - 1, reference.y, reference.y + 1]) {
    if (!validDay(y, date.month, date.day)) continue;
    const day = { y, m: date.month, d: date.day };
    if (!best || Math.abs(dayNumber(day) - dayNumber(reference)) < Math.abs(dayNumber(best) - dayNumber(reference))) best = day;
  }
  return best;
}

/** What relative dates are read against: the dateline's date, else a dated header, else publishedAt. */
export function dateAnchor(text: string, publishedAt: string | undefined): Anchor | null {
  const published = publishedDay(publishedAt);
  const headers = datedHeaders(text);
  const dated = headers.find((h) => h.year !== null);
  const reference = dated ? { y: dated.year!, m: dated.month, d: dated.day } : published;
  const line = dateline(text)?.date;
  const fromLine = line ? completeYear(line, reference) : null;
  if (line && fromLine) return { day: fromLine, how: 'dateline', mention: { start: line.start, end: line.end } };
  for (const h of headers) {
    const day = completeYear(h, published);
    if (day) return { day, how: 'dateline', mention: { start: h.start, end: h.end } };
  }
  return published ? { day: published, how: 'publishedAt', mention: null } : null;
}

/** Spans of the text that date the article, not the meeting: the dateline's date and the dated header lines. */
export function articleDateSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = datedHeaders(text).map((h) => [h.lineStart, h.lineEnd]);
  const line = dateline(text);
  if (line) spans.push([line.start, line.end]);
  return spans;
}

/** A day stated with its year in a heading ("PM call with X: 18 March 2025"): it dates the item when the text
 *  has no dateline, dated header or publishedAt. */
export function headingAnchor(doc: AnalysedDocument, headings: number[]): Anchor | null {
  for (const s of headings) {
    const [a, b] = doc.sentenceTokens[s] ?? [0, 0];
    if (a >= b) continue;
    const base = doc.tokens[a]!.start;
    const line = doc.text.slice(base, doc.tokens[b - 1]!.end);
    if (isUpdateLine(line)) continue;
    for (const p of phrases(line, base, doc.language).found) {
      const day = p.kind === 'calendar' && p.parts.length === 1 ? p.parts[0]! : null;
      if (day?.y !== undefined && day.m !== undefined && day.d !== undefined) return { day: { y: day.y, m: day.m, d: day.d }, how: 'dateline', mention: { start: p.start, end: p.end } };
    }
  }
  return null;
}
