// How an article is published with the corrections made in its preview: as the submission's `meeting`
// overrides, in the form each kind of article takes them, so that the feeds never show it uncorrected; a web page
// as it is, its corrections following as a PATCH (docs/decisions.md).

import { ApiError } from './api.js';
import { changedFields } from './correction-patch.js';
import { formValues } from './record-form.js';

// The Markdown front matter the API reads (functions/core/intake/submission.ts).
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The fields the editor changed, as `meeting` overrides (functions/core/intake/submission.ts): a submission
 * replaces the participants as a list, so the whole list goes, as the form shows it.
 */
export function corrections(record) {
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

/**
 * A web page is published as it is, so that its title, date and source stay those of its metadata (sent as text,
 * they would be lost); the corrections made in its preview follow as a PATCH once it is published.
 */
export const correctsAfterPublishing = (given) => given.type === 'text/html';

/**
 * The request that publishes the article (`text`: the text the dry run read): as given when nothing was corrected (or it is a web page), else with
 * the corrections as `meeting` overrides, so that the feeds never show it uncorrected (docs/decisions.md).
 */
export function publication(given, meeting, text) {
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
  return json({ text, meeting });
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
