// The spans of the article text behind a record's fields, marked in the text: in colour on a terminal, in
// brackets elsewhere. Offsets are UTF-16 indexes into the article text (docs/meeting-record.md), end exclusive.

import { styleText } from 'node:util';
import type { Entity } from '../core/extract/model/mention.ts';
import type { MeetingRecord, Mention } from '../core/record/record.ts';

/** `name`: a name the extractor recognised that no field of the record uses. */
export const SPAN_KINDS = ['participant', 'date', 'place', 'organisation', 'name'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

export interface Span {
  start: number;
  end: number;
  kind: SpanKind;
}

type Format = Parameters<typeof styleText>[0];

const COLOURS: Record<SpanKind, Format> = {
  participant: ['bold', 'cyan'],
  date: ['bold', 'yellow'],
  place: ['bold', 'green'],
  organisation: ['bold', 'magenta'],
  name: 'underline',
};

export function legend(colour: boolean): string {
  if (!colour) return 'Marked: [text]{participant}, {place}, {organisation}, {date}; {name} is a name no field uses.';
  const sample = (kind: SpanKind, label: string) => styleText(COLOURS[kind], label, { validateStream: false });
  return `Marked: ${sample('participant', 'participants')}, ${sample('place', 'places')}, ${sample('organisation', 'organisations')}, ${sample('date', 'dates')}; ${sample('name', 'names no field uses')}.`;
}

/** Every span behind a participant, the date, a place (the meeting's or a related event's) or an organisation, and the other names. */
export function spansOf(record: MeetingRecord, entities: readonly Entity[]): Span[] {
  const spans: Span[] = [];
  const add = (mentions: readonly Mention[] | null | undefined, kind: SpanKind) => {
    for (const mention of mentions ?? []) spans.push({ start: mention.start, end: mention.end, kind });
  };
  for (const participant of record.participants) add(participant.mentions, 'participant');
  if (record.dateBasis?.mention) add([record.dateBasis.mention], 'date');
  add(record.location?.mentions, 'place');
  for (const event of record.relatedEvents) add(event.location?.mentions, 'place');
  for (const organization of record.organizations) add(organization.mentions, 'organisation');
  add(entities, 'name');
  return spans;
}

/**
 * The spans to show, in text order, none overlapping: where two overlap, the kind listed first in SPAN_KINDS
 * wins (a participant over the organisation around them; any field over a bare name). Spans outside the text
 * are dropped.
 */
export function layOutSpans(spans: readonly Span[], textLength: number): Span[] {
  const ranked = spans
    .filter((span) => span.start >= 0 && span.end <= textLength && span.start < span.end)
    .sort((a, b) => SPAN_KINDS.indexOf(a.kind) - SPAN_KINDS.indexOf(b.kind) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const span of ranked) {
    if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The text with each span marked: coloured, or as `[text]{kind}`. */
export function markText(text: string, spans: readonly Span[], colour: boolean): string {
  let out = '';
  let at = 0;
  for (const span of layOutSpans(spans, text.length)) {
    const inner = text.slice(span.start, span.end);
    out += text.slice(at, span.start) + (colour ? styleText(COLOURS[span.kind], inner, { validateStream: false }) : `[${inner}]{${span.kind}}`);
    at = span.end;
  }
  return out + text.slice(at);
}
