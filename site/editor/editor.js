// The editors' upload page: asks for the token once, sends the article to the API as a dry run, shows the
// record beside the text with the span behind each field highlighted, publishes it with the editor's
// corrections, lists the editor's recent articles, and opens a published meeting to correct it with one
// PATCH /meetings/{id}. Served by us with the page (no framework, no CDN); see docs/editor-page.md.

import { changedFields, correctionPatch, nameKey } from './correction-patch.js';

const TOKEN_KEY = 'meeting-feeds.editor-token';
const POLL_MS = 1000;
const POLL_LIMIT = 180;
const FILE_TYPES = {
  txt: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  json: 'application/json',
};
// The Markdown front matter the API reads (functions/core/intake/submission.ts).
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const $ = (id) => document.getElementById(id);

/** What the page knows: the API's base URL, the article as given, and the last dry run. */
/**
 * What the page knows: the API's base URL, the article as given, its last dry run, and the published meeting
 * open for correction (`loaded`: its GET /meetings/{id}; `reverted`: fields set back to the extraction), if any.
 */
const state = { apiUrl: '', file: null, sent: null, preview: null, correcting: null };

// ---- Announcements --------------------------------------------------------------------------------------

function announce(message) {
  $('status').textContent = message;
}

function fail(message) {
  $('alert').textContent = message;
}

function clearMessages() {
  $('alert').textContent = '';
  $('status').textContent = '';
}

// ---- The token ------------------------------------------------------------------------------------------

function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

function showTokenState() {
  const set = Boolean(token());
  $('token-form').hidden = set;
  $('token-set').hidden = !set;
}

function askForToken(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  showTokenState();
  fail(message);
  $('token').focus();
}

// ---- The API --------------------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(message, status = 0) {
    super(message);
    this.status = status;
  }
}

/** Calls the API with the token; answers the JSON body, or throws an ApiError with the server's own message. */
async function api(path, init = {}) {
  const bearer = token();
  if (!bearer) {
    askForToken('Enter your editor token first.');
    throw new ApiError('');
  }
  let response;
  try {
    response = await fetch(`${state.apiUrl}${path}`, { ...init, headers: { ...init.headers, authorization: `Bearer ${bearer}` } });
  } catch {
    throw new ApiError(`Could not reach the API at ${state.apiUrl || window.location.origin}. Check your connection and try again.`);
  }
  const body = await response.json().catch(() => null);
  if (response.status === 401) {
    askForToken(`The token was not accepted: ${body?.error?.message ?? 'it may be wrong, expired or revoked'}. Enter it again.`);
    throw new ApiError('');
  }
  if (!response.ok) throw new ApiError(body?.error?.message ?? `The API answered ${response.status} ${response.statusText}.`, response.status);
  return body;
}

/** A failed call has been announced already when its message is empty (the token form took over). */
function report(error) {
  if (!(error instanceof ApiError)) throw error;
  if (error.message) fail(error.message);
}

// ---- The article as given -------------------------------------------------------------------------------

function chosenSource() {
  return document.querySelector('input[name="source"]:checked').value;
}

function selectSource(value) {
  $(`source-${value}`).checked = true;
  showSourceField();
}

function showSourceField() {
  const chosen = chosenSource();
  for (const field of document.querySelectorAll('[data-source]')) field.hidden = field.dataset.source !== chosen;
}

function articleChanged() {
  // A meeting open for correction is published already: editing the next article leaves it open.
  if ($('preview').hidden || state.correcting) return;
  $('preview').hidden = true;
  $('result').hidden = true;
  announce('The article changed: preview it again before publishing.');
}

function chooseFile(file) {
  const extension = file.name.split('.').pop().toLowerCase();
  if (!(extension in FILE_TYPES)) {
    fail(`${file.name} is not a file the API takes: choose a .txt, .md, .html or .json file.`);
    return;
  }
  state.file = file;
  $('file-chosen').textContent = `Chosen: ${file.name} (${Math.ceil(file.size / 1024)} KB)`;
  selectSource('file');
  clearMessages();
  articleChanged();
}

/**
 * The article as the editor gave it: the request body and type for the API, and the text that the record's
 * offsets index, where the page can know it (pasted text, a text file, a JSON file's `text`).
 */
async function articleAsGiven() {
  const source = chosenSource();
  if (source === 'text') {
    const text = $('text').value;
    if (!text.trim()) throw new ApiError('Paste the article text first.');
    return { source, body: text, type: 'text/plain; charset=utf-8', text };
  }
  if (source === 'url') {
    const url = $('url').value.trim();
    if (!/^https?:\/\/\S+$/i.test(url)) throw new ApiError('Give the link as a full address starting with https://.');
    return { source, body: JSON.stringify({ url }), type: 'application/json', url };
  }
  if (!state.file) throw new ApiError('Choose or drop a file first.');
  const { file } = state;
  const type = FILE_TYPES[file.name.split('.').pop().toLowerCase()];
  const content = await file.text();
  const given = { source, name: file.name, body: file, type, content };
  if (type === 'text/plain') given.text = content;
  if (type === 'application/json') {
    try {
      const parsed = JSON.parse(content);
      if (typeof parsed?.text === 'string') given.text = parsed.text;
    } catch {
      // The API says what is wrong with it.
    }
  }
  return given;
}

// ---- The dry run ----------------------------------------------------------------------------------------

/** Runs one request-making step with its button disabled, so that a second press does not send it twice. */
async function busy(button, step) {
  if (button.disabled) return;
  button.disabled = true;
  try {
    await step();
  } finally {
    button.disabled = false;
  }
}

async function preview(event) {
  event.preventDefault();
  clearMessages();
  await busy($('preview-button'), previewArticle);
}

async function previewArticle() {
  try {
    const given = await articleAsGiven();
    announce('Reading the article…');
    const answer = await api('/articles?dryRun=true', { method: 'POST', headers: { 'content-type': given.type }, body: given.body });
    state.sent = given;
    // The text the offsets index: the server's when it says (pages and Markdown are read into text there).
    state.preview = { ...answer, text: typeof answer.text === 'string' ? answer.text : given.text };
    useFormFor('preview');
    showRecord(answer.record);
    showText(state.preview);
    $('preview').hidden = false;
    $('result').hidden = true;
    announce(`Preview ready: ${describeRecord(answer.record)}.`);
    $('preview-heading').focus();
  } catch (error) {
    announce('');
    report(error);
  }
}

function describeRecord(record) {
  const people = record.participants.length;
  return `${people} participant${people === 1 ? '' : 's'}, ${record.location ? `in ${placeName(record.location)}` : 'no place'}, ${record.warnings.length + extraWarnings(record).length} warning(s)`;
}

function placeName(location) {
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
const FIELD_INPUTS = { title: 'title', kind: 'kind', status: 'status-field', date: 'date' };

/** Puts one of the record's fields into the form. */
function fillField(field, value) {
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

function showRecord(record) {
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
function formValues() {
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
  // A meeting open for correction is shown without its article, so nothing is highlighted.
  if (how === 'stated') return `Found as stated in the text${state.correcting ? '' : ' (highlighted)'}.`;
  if (how === 'dateline') return "Found from a relative date in the text, counted from the article's dateline.";
  if (how === 'publishedAt') return 'Found from a relative date in the text, counted from the publication date.';
  if (how === 'editor') return 'Given by the editor.';
  return 'How it was found is not recorded.';
}

/** The participant each row started from (null for a row the editor added): its spans and country. */
const originals = new WeakMap();
/** Rows ever made: each gets ids of its own. */
let rowsMade = 0;

/** One participant row: name, role and organisation, and a button to remove it. `index` ties it to its spans. */
function addParticipant(participant, index) {
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

// ---- The text with its spans ----------------------------------------------------------------------------

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

function showText({ record, entities, text }) {
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
function markCurrent(event) {
  const ref = event.target.closest('[data-ref]')?.dataset.ref || (event.target.id === 'date' ? 'date' : '');
  for (const mark of document.querySelectorAll('mark.current')) mark.classList.remove('current');
  if (!ref) return;
  const marks = document.querySelectorAll(`#article-text mark[data-ref="${ref}"]`);
  for (const mark of marks) mark.classList.add('current');
  marks[0]?.scrollIntoView({ block: 'nearest' });
}

// ---- Corrections and publishing -------------------------------------------------------------------------

/**
 * The fields the editor changed, as `meeting` overrides (functions/core/intake/submission.ts): a submission
 * replaces the participants as a list, so the whole list goes, as the form shows it.
 */
function corrections(record) {
  const form = formValues();
  const meeting = changedFields(form, record);
  const same =
    form.participants.length === record.participants.length &&
    form.participants.every((p, i) => ['name', 'role', 'organization'].every((key) => p[key] === (record.participants[i][key] ?? null)));
  if (!same) {
    meeting.participants = form.participants.map(({ from, ...edited }) => {
      // A participant whose name is unchanged keeps the spans that name them in the text.
      if (from && from.name === edited.name) {
        edited.mentions = from.mentions;
        if (from.country !== undefined) edited.country = from.country;
      }
      return edited;
    });
  }
  return meeting;
}

/** The first field the API would refuse, with what to do; null when all are fine. */
function invalidField() {
  for (const input of $('record-form').querySelectorAll('input')) {
    if (input.checkValidity()) continue;
    const label = document.querySelector(`label[for="${input.id}"]`)?.textContent ?? input.name;
    const what = input.validity.valueMissing ? 'must not be empty' : input.id === 'date' ? 'must be YYYY, YYYY-MM or YYYY-MM-DD' : 'is not valid';
    return { input, message: `${label} ${what}.` };
  }
  return null;
}

/**
 * A web page is published as it is, so that its title, date and source stay those of its metadata (sent as text,
 * they would be lost); the corrections made in its preview follow as a PATCH once it is published.
 */
const correctsAfterPublishing = (given) => given.type === 'text/html';

/**
 * The request that publishes the article: as given when nothing was corrected (or it is a web page), else with
 * the corrections as `meeting` overrides, so that the feeds never show it uncorrected (docs/decisions.md).
 */
function publication(given, meeting) {
  const plain = { body: given.body, type: given.type };
  if (Object.keys(meeting).length === 0 || correctsAfterPublishing(given)) return plain;
  const json = (value) => ({ body: JSON.stringify(value), type: 'application/json' });
  if (given.source === 'url') return json({ url: given.url, meeting });
  if (given.type === 'application/json') {
    const submission = JSON.parse(given.content);
    return json({ ...submission, meeting: { ...submission.meeting, ...meeting } });
  }
  if (given.type === 'text/markdown') return withFrontMatter(given.content, meeting);
  // Pasted text or a text file: the text the server read, which the participants' spans index.
  return json({ text: state.preview.text, meeting });
}

/** Markdown keeps its markup: the corrections go into its front matter (JSON is YAML), beside the fields it has. */
function withFrontMatter(markdown, meeting) {
  const line = `meeting: ${JSON.stringify(meeting)}`;
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return { body: `---\n${line}\n---\n${markdown}`, type: 'text/markdown; charset=utf-8' };
  if (/^meeting\s*:/m.test(match[1])) {
    throw new ApiError('This file’s front matter already sets meeting fields: make the corrections in the file itself, then preview it again.');
  }
  const head = match[0].replace(/\r?\n---[ \t]*(\r?\n|$)$/, `\n${line}\n---\n`);
  return { body: head + markdown.slice(match[0].length), type: 'text/markdown; charset=utf-8' };
}

/** The record form's one button: publishes the previewed article, or saves the correction of a published meeting. */
async function submitRecord(event) {
  event.preventDefault();
  clearMessages();
  const invalid = invalidField();
  if (invalid) {
    fail(invalid.message);
    invalid.input.focus();
    return;
  }
  await busy($('publish-button'), async () => {
    try {
      await (state.correcting ? sendCorrection() : publishArticle());
    } catch (error) {
      announce('');
      report(error);
    }
  });
}

async function publishArticle() {
  const given = state.sent;
  const meeting = corrections(state.preview.record);
  const fixed = Object.keys(meeting);
  const after = fixed.length > 0 && correctsAfterPublishing(given);
  const { body, type } = publication(given, meeting);
  announce('Publishing…');
  const answer = await api('/articles', { method: 'POST', headers: { 'content-type': type }, body });
  const corrected = !fixed.length ? '' : after ? `; your corrections to ${fixed.join(', ')} follow once it is published` : `, with your corrections to ${fixed.join(', ')}`;
  showResult('3. Published', `${answer.duplicate ? 'This exact article was sent before' : 'Stored'} (article ${answer.articleId}${corrected}). Waiting for it to be published…`);
  const meetingId = await follow(answer.articleId, answer.meetingId);
  if (meetingId && after) {
    announce('Published as it is; now saving your corrections to it…');
    // The form keeps the corrections: they are sent against the version just published.
    state.correcting = { loaded: await api(meetingPath(meetingId)), reverted: new Set() };
    useFormFor('correct');
    await sendCorrection();
  }
}

/** Polls the article's status until it is published (answers its meeting id, and links to it) or has failed. */
async function follow(articleId, meetingId) {
  for (let attempt = 0; attempt < POLL_LIMIT; attempt += 1) {
    const status = await api(`/articles/${encodeURIComponent(articleId)}`);
    if (status.status === 'failed') {
      $('result-status').textContent = `Not published: ${status.reason ?? 'no reason given'}`;
      fail(`The article could not be published: ${status.reason ?? 'no reason given'}`);
      await showMine();
      return null;
    }
    if (status.status === 'published') {
      const id = status.meetingId ?? meetingId;
      $('result-status').textContent = `Published as meeting ${id} (article ${articleId}).`;
      showLinks(id);
      $('correct-meeting').dataset.meetingId = id;
      $('correct-meeting').hidden = false;
      announce(`Published: meeting ${id}. Links to its page and the feeds follow.`);
      await showMine();
      return id;
    }
    $('result-status').textContent = `${status.status === 'normalised' ? 'Read and saved' : 'Stored'}; waiting for it to be published…`;
    await pause();
  }
  fail(`Not published after ${(POLL_LIMIT * POLL_MS) / 1000} seconds; its status is at /articles/${articleId}.`);
  return null;
}

function showResult(heading, text) {
  $('result').hidden = false;
  $('result-heading').textContent = heading;
  $('result-status').textContent = text;
  $('result-links').replaceChildren();
  $('correct-meeting').hidden = true;
  $('result-heading').focus();
}

function showLinks(meetingId) {
  const id = encodeURIComponent(meetingId);
  $('result-links').replaceChildren(
    link(`../meetings/${id}.html`, 'The meeting’s page'),
    link(`../meetings/${id}.json`, 'Its record (JSON)'),
    link('../feeds/meetings.atom', 'The Atom feed'),
    link('../feeds/meetings.json', 'The JSON feed'),
  );
}

const pause = () => new Promise((resolve) => setTimeout(resolve, POLL_MS));

// ---- Correcting a published meeting ---------------------------------------------------------------------

const meetingPath = (meetingId) => `/meetings/${encodeURIComponent(meetingId)}`;

/** How the page names each field an editor can correct or set back to the extraction. */
const FIELD_NAMES = { title: 'title', kind: 'kind', status: 'status', date: 'date', location: 'place', participants: 'participants' };

/** Opens a published meeting in the record form (GET /meetings/{id}: the record, the extraction and the overrides). */
async function openMeeting(meetingId, { reloading = false } = {}) {
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
  state.correcting = { loaded, reverted: new Set() };
  useFormFor('correct');
  showRecord(loaded.record);
  showOverrides(loaded);
  $('preview').hidden = false;
}

/**
 * Sends what the form changes in the version it loaded as one PATCH, conditional on that version (If-Match).
 * When someone else changed the meeting meanwhile (412), nothing is saved: the page says so and shows the
 * current version, on which the editor makes the correction again.
 */
async function sendCorrection() {
  const { loaded, reverted } = state.correcting;
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
      await showMine();
      return;
    }
    await pause();
  }
  fail(`Version ${version} was not published after ${(POLL_LIMIT * POLL_MS) / 1000} seconds; GET /meetings/${meetingId} shows where it is.`);
}

/** The record form serves two steps: checking an article before it is published, and correcting a published meeting. */
function useFormFor(mode) {
  const correcting = mode === 'correct';
  if (!correcting) state.correcting = null;
  const page = !correcting && correctsAfterPublishing(state.sent);
  $('preview-heading').textContent = correcting
    ? `Correct meeting ${state.correcting.loaded.meetingId}, version ${state.correcting.loaded.version}`
    : '2. Check the record';
  $('record-help').textContent = correcting
    ? 'This is the meeting as published. Change what is wrong and save: only what you change is sent, as one correction, and the meeting is published again. A field marked as your correction differs from what extraction found. Enter in a field does not save: use the Save button.'
    : `This is the record as it will be published. Change what is wrong; ${
        page
          ? 'a web page is published as it is, so that its title, date and source stay those of the page, and your changes are then saved as a correction to the published meeting (until then the feeds show it uncorrected)'
          : 'your changes are sent as corrections with the article'
      }. Enter in a field does not publish: use the Publish button.`;
  $('publish-button').textContent = correcting ? 'Save the correction' : 'Publish';
  // A published meeting is corrected without its article: GET /meetings/{id} does not send the text.
  $('article-pane').hidden = correcting;
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
    const key = nameKey(originals.get(row)?.name ?? '');
    const change = changed.find((participant) => nameKey(participant.name) === key);
    const note = added.some((participant) => nameKey(participant.name) === key)
      ? 'Added by an editor.'
      : change
        ? `Corrected by an editor: ${Object.keys(change)
            .filter((name) => name !== 'name')
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
  const { loaded, reverted } = state.correcting;
  reverted.add(field);
  fillField(field, loaded.extraction[field]);
  $(`override-${field}`).remove();
  const first = field === 'participants' ? $('participants').querySelector('input') : field === 'location' ? $('city') : $(FIELD_INPUTS[field]);
  if (field === 'location') for (const id of ['city', 'country', 'country-code']) describeBy($(id), null);
  else if (field !== 'participants') describeBy(first, null);
  announce(`The ${FIELD_NAMES[field]} is set back to what extraction found; save the correction to keep it.`);
  (first ?? $('add-participant')).focus();
}

// ---- The editor's recent articles ----------------------------------------------------------------------

const MINE_LIMIT = 10;

/** The editor's latest articles (GET /articles?mine=true), newest first: status, title, why a failed one failed. */
async function showMine() {
  if (!token()) {
    $('mine').replaceChildren();
    $('mine-note').textContent = 'Set your token to see the articles you sent.';
    return;
  }
  try {
    const { articles } = await api(`/articles?mine=true&limit=${MINE_LIMIT}`);
    $('mine').replaceChildren(...articles.map(mineItem));
    $('mine-note').textContent = articles.length ? `Your ${articles.length} most recent articles, newest first.` : 'You have not sent any articles yet.';
  } catch (error) {
    report(error);
  }
}

function mineItem(article) {
  const item = element('li', '', { class: `mine-${article.status}` });
  const title = article.title ?? `Article ${article.articleId}`;
  item.append(
    element('strong', article.status),
    document.createTextNode(` · ${article.receivedAt.slice(0, 16).replace('T', ' ')} UTC · `),
    // Only a published meeting has a page to go to.
    article.status === 'published' ? element('a', title, { href: `../meetings/${encodeURIComponent(article.meetingId)}.html` }) : element('span', title),
  );
  if (article.status === 'published') {
    // "Correct" is what a sighted reader sees beside the title; the name says which meeting to a screen reader.
    const correct = element('button', 'Correct', { type: 'button', class: 'secondary', 'aria-label': `Correct ${title}` });
    correct.addEventListener('click', () => openMeeting(article.meetingId).catch(report));
    item.append(document.createTextNode(' '), correct);
  }
  if (article.reason) item.append(element('p', `Why: ${article.reason}`, { class: 'reason' }));
  return item;
}

// ---- Small DOM helpers ----------------------------------------------------------------------------------

function element(name, text, attributes = {}) {
  const node = document.createElement(name);
  if (text) node.textContent = text;
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

function link(href, text) {
  const item = element('li');
  item.append(element('a', text, { href }));
  return item;
}

// ---- Start ----------------------------------------------------------------------------------------------

async function start() {
  // The API's address (config.json, written by the deployment); empty: this page's own origin, as with `npm start`.
  try {
    const config = await (await fetch('config.json', { cache: 'no-store' })).json();
    state.apiUrl = String(config.apiUrl ?? '').replace(/\/+$/, '');
  } catch {
    fail('The page could not read its configuration (config.json): reload it, or tell your operator.');
  }
  showTokenState();
  showSourceField();
  showMine();

  $('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = $('token').value.trim();
    if (!value) return fail('Enter your editor token.');
    sessionStorage.setItem(TOKEN_KEY, value);
    $('token').value = '';
    clearMessages();
    showTokenState();
    announce('Token set for this tab.');
    $('forget-token').focus();
    showMine();
  });
  $('forget-token').addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    showTokenState();
    announce('Token forgotten.');
    $('token').focus();
    showMine();
  });
  $('mine-refresh').addEventListener('click', showMine);

  for (const radio of document.querySelectorAll('input[name="source"]')) radio.addEventListener('change', showSourceField);
  $('file').addEventListener('change', () => {
    if ($('file').files[0]) chooseFile($('file').files[0]);
  });
  // A file dropped anywhere on the page is taken, rather than opened by the browser in place of the page.
  const zone = $('drop-zone');
  const carriesFile = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  document.addEventListener('dragover', (event) => {
    if (!carriesFile(event)) return;
    event.preventDefault();
    zone.classList.add('dragging');
  });
  document.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  document.addEventListener('drop', (event) => {
    if (!carriesFile(event)) return;
    event.preventDefault();
    zone.classList.remove('dragging');
    const file = event.dataTransfer.files[0];
    if (!file) return;
    // The file control shows what was dropped, as if it had been chosen there.
    $('file').files = event.dataTransfer.files;
    chooseFile(file);
  });

  $('article-form').addEventListener('submit', preview);
  // What is published is what was previewed: a changed article must be previewed again.
  $('article-form').addEventListener('input', articleChanged);
  $('article-form').addEventListener('change', articleChanged);
  $('record-form').addEventListener('submit', submitRecord);
  $('correct-meeting').addEventListener('click', () => openMeeting($('correct-meeting').dataset.meetingId).catch(report));
  // Enter in a field does not publish (nor save a correction): those are the steps that cannot be taken back here.
  $('record-form').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
  });
  $('record-form').addEventListener('focusin', markCurrent);
  $('add-participant').addEventListener('click', () => {
    const row = addParticipant(null);
    announce(`Participant ${$('participants').children.length} added.`);
    row.querySelector('input').focus();
  });
}

start();
