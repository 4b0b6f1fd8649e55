// The editors' upload page: asks for the token once, sends the article to the API as a dry run, shows the
// record beside the text with the span behind each field highlighted, publishes it with the editor's
// corrections, lists the editor's recent articles, and opens a published meeting to correct it with one
// PATCH /meetings/{id}. Plain modules served with the page (no framework, no CDN); see docs/editor-page.md.
// This module wires the page and runs the steps from an article to its publication; the others hold the parts.

import { ApiError, api, forgetToken, report, setToken, showTokenState, useApiAt } from './api.js';
import { markCurrent, showText } from './article-text.js';
import { correctToTheForm, isCorrecting, openMeeting, sendCorrection, stopCorrecting } from './correction.js';
import { $, announce, busy, clearMessages, fail } from './dom.js';
import { corrections, correctsAfterPublishing, publication } from './publication.js';
import { showMine } from './recent-articles.js';
import { addParticipant, describeRecord, invalidField, labelForm, showRecord } from './record-form.js';
import { POLL_LIMIT, POLL_MS, pause, showLinks, showResult } from './result.js';

const FILE_TYPES = {
  txt: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  json: 'application/json',
};

/** The article as given (`file`: the one chosen or dropped; `sent`: as sent to the dry run) and its last dry run. */
const state = { file: null, sent: null, preview: null };

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
  if ($('preview').hidden || isCorrecting()) return;
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
    formForPreview(given);
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

/** The record form checks an article before it is published (a web page's corrections follow it as a PATCH). */
function formForPreview(given) {
  stopCorrecting();
  const sent = correctsAfterPublishing(given)
    ? 'a web page is published as it is, so that its title, date and source stay those of the page, and your changes are then saved as a correction to the published meeting (until then the feeds show it uncorrected)'
    : 'your changes are sent as corrections with the article';
  labelForm({
    heading: '2. Check the record',
    help: `This is the record as it will be published. Change what is wrong; ${sent}. Enter in a field does not publish: use the Publish button.`,
    button: 'Publish',
    withArticle: true,
  });
}

// ---- Publishing -----------------------------------------------------------------------------------------

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
      if (!isCorrecting()) return await publishArticle();
      await sendCorrection();
      // A corrected title shows in the list.
      await showMine();
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
  const { body, type } = publication(given, meeting, state.preview.text);
  announce('Publishing…');
  const answer = await api('/articles', { method: 'POST', headers: { 'content-type': type }, body });
  const corrected = !fixed.length ? '' : after ? `; your corrections to ${fixed.join(', ')} follow once it is published` : `, with your corrections to ${fixed.join(', ')}`;
  showResult('3. Published', `${answer.duplicate ? 'This exact article was sent before' : 'Stored'} (article ${answer.articleId}${corrected}). Waiting for it to be published…`);
  const meetingId = await follow(answer.articleId, answer.meetingId);
  if (meetingId && after) {
    announce('Published as it is; now saving your corrections to it…');
    await correctToTheForm(meetingId);
    await showMine();
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

// ---- Start ----------------------------------------------------------------------------------------------

async function start() {
  // The API's address (config.json, written by the deployment); empty: this page's own origin, as with `npm start`.
  try {
    const config = await (await fetch('config.json', { cache: 'no-store' })).json();
    useApiAt(config.apiUrl);
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
    setToken(value);
    $('token').value = '';
    clearMessages();
    announce('Token set for this tab.');
    $('forget-token').focus();
    showMine();
  });
  $('forget-token').addEventListener('click', () => {
    forgetToken();
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
