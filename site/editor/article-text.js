// The article text beside the record form, with the span behind each field highlighted (the record's and the
// entities' offsets index the text the API read), and the spans of the field that has focus outlined.

import { $, element } from './dom.js';
import { placeName } from './record-form.js';

/** The spans behind the record's fields, then the extractor's other names; the first span placed at a spot wins. */
function spansOf(record, entities) {
  const spans = [];
  const add = (mentions, kind, ref, label) => {
    for (const mention of mentions ?? []) if (mention) spans.push({ ...mention, kind, ref, label });
  };
  for (const [i, p] of record.participants.entries()) add(p.mentions, 'participant', `participant-${i}`, `Participant: ${p.name}`);
  for (const [i, o] of record.organizations.entries()) add(o.mentions, 'org', `organization-${i}`, `Organisation: ${o.name}`);
  if (record.location) add(record.location.mentions, 'place', 'place', `Place: ${placeName(record.location)}`);
  if (record.dateBasis?.mention) add([record.dateBasis.mention], 'date', 'date', `Date: ${record.date}`);
  const names = { PER: 'a person', LOC: 'a place', ORG: 'an organisation' };
  for (const entity of entities ?? []) spans.push({ ...entity, kind: 'entity', ref: '', label: `Found ${names[entity.type] ?? 'a name'}, not used in the record` });
  const placed = [];
  for (const span of spans) {
    if (span.end > span.start && !placed.some((other) => span.start < other.end && other.start < span.end)) placed.push(span);
  }
  return placed.sort((a, b) => a.start - b.start);
}

export function showText({ record, entities, text }) {
  const target = $('article-text');
  if (typeof text !== 'string') {
    target.replaceChildren();
    $('text-note').textContent =
      "The API did not send back the article text it read from this page, so the spans cannot be shown here. The record's fields are on the left.";
    return;
  }
  const spans = spansOf(record, entities).filter((span) => span.end <= text.length);
  $('text-note').textContent = `${spans.filter((span) => span.kind !== 'entity').length} spans behind the record's fields are highlighted. Focus a field to see its spans.`;
  const nodes = [];
  let at = 0;
  for (const span of spans) {
    nodes.push(document.createTextNode(text.slice(at, span.start)));
    nodes.push(element('mark', text.slice(span.start, span.end), { class: `hl-${span.kind}`, title: span.label, 'data-ref': span.ref }));
    at = span.end;
  }
  nodes.push(document.createTextNode(text.slice(at)));
  target.replaceChildren(...nodes);
}

/** Shows which spans stand behind the field that has focus. */
export function markCurrent(event) {
  const ref = event.target.closest('[data-ref]')?.dataset.ref || (event.target.id === 'date' ? 'date' : '');
  for (const mark of document.querySelectorAll('mark.current')) mark.classList.remove('current');
  if (!ref) return;
  const marks = document.querySelectorAll(`#article-text mark[data-ref="${ref}"]`);
  for (const mark of marks) mark.classList.add('current');
  marks[0]?.scrollIntoView({ block: 'nearest' });
}
