// Correcting a published meeting: opens it in the record form (GET /meetings/{id}: the record, the extraction
// and the editor's overrides), marks the overrides, each with a way back to the extraction, and saves what the
// form changes as one PATCH on the version loaded (If-Match); a 412 reloads the current version.

import { api } from './api.js';
import { correctionPatch, nameKey } from './correction-patch.js';
import { $, announce, clearMessages, element, fail } from './dom.js';
import { FIELD_INPUTS, fillField, formValues, labelForm, placeName, showRecord, startedAs } from './record-form.js';
import { POLL_LIMIT, POLL_MS, pause, showLinks, showResult } from './result.js';

/** The meeting open for correction (`loaded`: its GET /meetings/{id}; `reverted`: fields set back to the extraction), or null. */
let correcting = null;

export const isCorrecting = () => correcting !== null;

export function stopCorrecting() {
  correcting = null;
}

const meetingPath = (meetingId) => `/meetings/${encodeURIComponent(meetingId)}`;

/** How the page names each field an editor can correct or set back to the extraction. */
const FIELD_NAMES = { title: 'title', kind: 'kind', status: 'status', date: 'date', location: 'place', participants: 'participants' };
const PARTICIPANT_FIELD_NAMES = { role: 'role', organization: 'organisation', country: 'country' };

/** Opens a published meeting in the record form (GET /meetings/{id}: the record, the extraction and the overrides). */
export async function openMeeting(meetingId, { reloading = false } = {}) {
  if (!reloading) clearMessages();
  announce(`Opening meeting ${meetingId}…`);
  const loaded = await api(meetingPath(meetingId));
  showCorrection(loaded);
  $('result').hidden = true;
  const corrected = Object.keys(loaded.overrides?.fields ?? {}).length;
  announce(`Version ${loaded.version} of meeting ${meetingId} is open for correction${corrected ? `; ${corrected} field(s) carry an editor’s correction` : ''}.`);
  $('preview-heading').focus();
}

function showCorrection(loaded) {
  correcting = { loaded, reverted: new Set() };
  labelCorrection();
  showRecord(loaded.record);
  showOverrides(loaded);
  $('preview').hidden = false;
}

/** Corrects a meeting just published to what the form shows: a web page's corrections, made in its preview. */
export async function correctToTheForm(meetingId) {
  correcting = { loaded: await api(meetingPath(meetingId)), reverted: new Set() };
  labelCorrection();
  await sendCorrection();
}

/**
 * Sends what the form changes in the version it loaded as one PATCH, conditional on that version (If-Match).
 * When someone else changed the meeting meanwhile (412), nothing is saved: the page says so and shows the
 * current version, on which the editor makes the correction again.
 */
export async function sendCorrection() {
  const { loaded, reverted } = correcting;
  const { meetingId, version } = loaded;
  const patch = correctionPatch(formValues(), loaded, [...reverted]);
  if (Object.keys(patch).length === 0) {
    announce(`Nothing to save: the form shows version ${version} as it is.`);
    return;
  }
  announce('Saving your correction…');
  let saved;
  try {
    saved = await api(meetingPath(meetingId), {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'if-match': `"${version}"` },
      body: JSON.stringify(patch),
    });
  } catch (error) {
    if (error.status !== 412) throw error;
    fail(
      `Someone else changed meeting ${meetingId} after you opened version ${version}, so your correction was not saved. The form now shows the current version: check it and make your correction again.`,
    );
    await openMeeting(meetingId, { reloading: true });
    return;
  }
  showCorrection(saved);
  const what = [...Object.keys(patch).filter((key) => key !== 'revert'), ...(patch.revert ?? []).map((field) => `${field} (back to the extraction)`)];
  showResult('Correction saved', `Saved as version ${saved.version} of meeting ${meetingId}: ${what.join(', ')}. Waiting for it to be published…`);
  await followMeeting(meetingId, saved.version);
}

/** Polls the meeting until the version saved (or a later one) is published, then links to it. */
async function followMeeting(meetingId, version) {
  for (let attempt = 0; attempt < POLL_LIMIT; attempt += 1) {
    const { publishedVersion } = await api(meetingPath(meetingId));
    if ((publishedVersion ?? 0) >= version) {
      $('result-status').textContent = `Version ${publishedVersion} of meeting ${meetingId} is published.`;
      showLinks(meetingId);
      announce(`Version ${publishedVersion} of meeting ${meetingId} is published. Links to its page and the feeds follow.`);
      return;
    }
    await pause();
  }
  fail(`Version ${version} was not published after ${(POLL_LIMIT * POLL_MS) / 1000} seconds; GET /meetings/${meetingId} shows where it is.`);
}

function labelCorrection() {
  const { meetingId, version } = correcting.loaded;
  labelForm({
    heading: `Correct meeting ${meetingId}, version ${version}`,
    help: 'This is the meeting as published. Change what is wrong and save: only what you change is sent, as one correction, and the meeting is published again. A field marked as your correction differs from what extraction found. Enter in a field does not save: use the Save button.',
    button: 'Save the correction',
    // GET /meetings/{id} does not send the article's text.
    withArticle: false,
  });
}

/** Marks the fields an editor has corrected (the overrides), each with what extraction found and a way back to it. */
function showOverrides({ overrides, extraction }) {
  for (const mark of $('record-form').querySelectorAll('.override')) mark.remove();
  for (const input of $('record-form').querySelectorAll('[aria-describedby*="override-"]')) describeBy(input, null);
  if (!overrides || !extraction) return;
  for (const field of Object.keys(overrides.fields)) {
    if (!(field in FIELD_NAMES)) continue; // summary and isMeeting are not in the form
    const mark = overrideMark(field, `Your correction; extraction found ${shownValue(field, extraction[field])}.`);
    const inputs = field === 'location' ? [$('city'), $('country'), $('country-code')] : [$(FIELD_INPUTS[field])];
    (field === 'location' ? $('place') : inputs[0].closest('.field')).append(mark);
    for (const input of inputs) describeBy(input, mark.id);
  }
  const { added, changed, removed } = overrides.participants;
  if (added.length + changed.length + removed.length === 0) return;
  for (const row of $('participants').children) {
    const key = nameKey(startedAs(row)?.name ?? '');
    const change = changed.find((participant) => nameKey(participant.name) === key);
    const note = added.some((participant) => nameKey(participant.name) === key)
      ? 'Added by an editor.'
      : change
        ? `Corrected by an editor: ${Object.keys(change)
            .filter((name) => name !== 'name')
            .map((name) => PARTICIPANT_FIELD_NAMES[name] ?? name)
            .join(', ')}.`
        : '';
    if (note) row.querySelector('.remove').before(element('p', note, { class: 'override' }));
  }
  const gone = removed.length ? ` Removed by an editor: ${removed.join(', ')}.` : '';
  $('participants').after(overrideMark('participants', `The participants carry an editor’s corrections.${gone}`));
}

function overrideMark(field, text) {
  const mark = element('p', `${text} `, { class: 'override', id: `override-${field}` });
  const button = element('button', `Set the ${FIELD_NAMES[field]} back to the extraction`, { type: 'button', class: 'secondary' });
  button.addEventListener('click', () => revertField(field));
  mark.append(button);
  return mark;
}

function shownValue(field, value) {
  if (value === null || value === undefined) return `no ${FIELD_NAMES[field]}`;
  if (field === 'location') return `«${placeName(value) || value.countryCode}»`;
  return `«${value}»`;
}

/** Adds `id` to what describes `input` (its help stays), or takes any override mark out of it when `id` is null. */
function describeBy(input, id) {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((one) => one && !one.startsWith('override-'));
  if (id) ids.push(id);
  if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
  else input.removeAttribute('aria-describedby');
}

/** Shows extraction's value again; saving sends `revert` for the field, so the editor's override is dropped. */
function revertField(field) {
  const { loaded, reverted } = correcting;
  reverted.add(field);
  fillField(field, loaded.extraction[field]);
  $(`override-${field}`).remove();
  const first = field === 'participants' ? $('participants').querySelector('input') : field === 'location' ? $('city') : $(FIELD_INPUTS[field]);
  if (field === 'location') for (const id of ['city', 'country', 'country-code']) describeBy($(id), null);
  else if (field !== 'participants') describeBy(first, null);
  announce(`The ${FIELD_NAMES[field]} is set back to what extraction found; save the correction to keep it.`);
  (first ?? $('add-participant')).focus();
}
