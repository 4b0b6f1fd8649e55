// The record form: fills it from a record, reads it back as plain values (correction-patch.js turns those into
// requests), one row per participant, and says which step it serves (checking an article before it is
// published, or correcting a published meeting).

import { $, announce, element } from './dom.js';

/** Names the form's step: its heading, its help, its button, and whether the article is shown beside it. */
export function labelForm({ heading, help, button, withArticle }) {
  $('preview-heading').textContent = heading;
  $('record-help').textContent = help;
  $('publish-button').textContent = button;
  $('article-pane').hidden = !withArticle;
}

export function describeRecord(record) {
  const people = record.participants.length;
  return `${people} participant${people === 1 ? '' : 's'}, ${record.location ? `in ${placeName(record.location)}` : 'no place'}, ${record.warnings.length + extraWarnings(record).length} warning(s)`;
}

export function placeName(location) {
  return [location.city, location.country].filter(Boolean).join(', ');
}

/** What the record lacks that the editor should see, beyond the extractor's own warnings. */
function extraWarnings(record) {
  const warnings = [];
  const said = record.warnings.join(' ').toLowerCase();
  if (!record.isMeeting && !said.includes('no meeting')) warnings.push('No meeting found in the text.');
  if (record.isMeeting && !record.location && record.kind !== 'call') warnings.push('No place found in the text.');
  if (record.isMeeting && !record.date) warnings.push('No date found in the text.');
  return warnings;
}

/** The form's input for each field set as a whole (the place is three inputs, the participants a list). */
export const FIELD_INPUTS = { title: 'title', kind: 'kind', status: 'status-field', date: 'date' };

/** Puts one of the record's fields into the form. */
export function fillField(field, value) {
  if (field === 'location') {
    for (const [id, key] of [
      ['city', 'city'],
      ['country', 'country'],
      ['country-code', 'countryCode'],
    ])
      $(id).value = value?.[key] ?? '';
  } else if (field === 'participants') {
    $('participants').replaceChildren();
    for (const [index, participant] of value.entries()) addParticipant(participant, index);
  } else {
    $(FIELD_INPUTS[field]).value = value ?? '';
  }
}

export function showRecord(record) {
  const warnings = $('warnings');
  warnings.replaceChildren(...[...record.warnings, ...extraWarnings(record)].map((text) => element('li', text)));
  for (const field of ['title', 'kind', 'status', 'date', 'location', 'participants']) fillField(field, record[field]);
  $('date-basis').textContent = dateBasisText(record);
  $('organizations').replaceChildren(
    ...(record.organizations.length
      ? record.organizations.map((organization, index) =>
          element('span', organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name, { 'data-ref': `organization-${index}`, class: 'item' }),
        )
      : [document.createTextNode('none found')]),
  );
  $('source').textContent = [record.source.name, record.source.url].filter(Boolean).join(' · ') || 'none found';
  $('language').textContent = record.language;
  $('meeting-id').textContent = record.id;
}

/** The form's values: text trimmed, empty fields null, and each participant row with the participant it started as. */
export function formValues() {
  const value = (input) => input.value.trim() || null;
  const place = { city: value($('city')), country: value($('country')), countryCode: value($('country-code')) };
  return {
    title: $('title').value.trim(),
    kind: value($('kind')),
    status: $('status-field').value,
    date: value($('date')),
    location: place.city || place.country || place.countryCode ? place : null,
    participants: [...$('participants').children].map((row) => {
      const key = (name) => value(row.querySelector(`[data-key="${name}"]`));
      return { name: key('name'), role: key('role'), organization: key('organization'), from: originals.get(row) ?? null };
    }),
  };
}

function dateBasisText(record) {
  const how = record.dateBasis?.how;
  if (!record.date) return 'No date was found: give one as YYYY, YYYY-MM or YYYY-MM-DD.';
  // Without the article beside the form (a meeting open for correction), nothing is highlighted.
  if (how === 'stated') return `Found as stated in the text${$('article-pane').hidden ? '' : ' (highlighted)'}.`;
  if (how === 'dateline') return "Found from a relative date in the text, counted from the article's dateline.";
  if (how === 'publishedAt') return 'Found from a relative date in the text, counted from the publication date.';
  if (how === 'editor') return 'Given by the editor.';
  return 'How it was found is not recorded.';
}

/** The participant each row started from (null for a row the editor added): its spans and country. */
const originals = new WeakMap();

/** The participant a row started as; null for a row the editor added. */
export const startedAs = (row) => originals.get(row) ?? null;

/** Rows ever made: each gets ids of its own. */
let rowsMade = 0;

/** One participant row: name, role and organisation, and a button to remove it. `index` ties it to its spans. */
export function addParticipant(participant, index) {
  const row = element('li', '', { class: 'participant', 'data-ref': index === undefined ? '' : `participant-${index}` });
  originals.set(row, participant);
  const group = element('fieldset');
  group.append(element('legend'));
  rowsMade += 1;
  const id = `row-${rowsMade}`;
  for (const [key, label] of [
    ['name', 'Name'],
    ['role', 'Role'],
    ['organization', 'Organisation'],
  ]) {
    const field = element('div', '', { class: 'field' });
    const input = element('input', '', { id: `${id}-${key}`, type: 'text', 'data-key': key });
    input.required = key === 'name';
    input.value = participant?.[key] ?? '';
    field.append(element('label', label, { for: input.id }), input);
    group.append(field);
  }
  const remove = element('button', '', { type: 'button', class: 'remove secondary' });
  remove.addEventListener('click', () => {
    const next = row.nextElementSibling ?? row.previousElementSibling;
    row.remove();
    numberParticipants();
    announce('Participant removed.');
    (next?.querySelector('input') ?? $('add-participant')).focus();
  });
  group.append(remove);
  row.append(group);
  $('participants').append(row);
  numberParticipants();
  return row;
}

/** Each row's legend and remove button say its number, so that a screen reader tells the rows apart. */
function numberParticipants() {
  [...$('participants').children].forEach((row, i) => {
    row.querySelector('legend').textContent = `Participant ${i + 1}`;
    row.querySelector('.remove').textContent = `Remove participant ${i + 1}`;
  });
}

/** The first field the API would refuse, with what to do; null when all are fine. */
export function invalidField() {
  for (const input of $('record-form').querySelectorAll('input')) {
    if (input.checkValidity()) continue;
    const label = document.querySelector(`label[for="${input.id}"]`)?.textContent ?? input.name;
    const what = input.validity.valueMissing ? 'must not be empty' : input.id === 'date' ? 'must be YYYY, YYYY-MM or YYYY-MM-DD' : 'is not valid';
    return { input, message: `${label} ${what}.` };
  }
  return null;
}
