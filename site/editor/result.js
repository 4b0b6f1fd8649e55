// The result area under the form: what happened to the article or correction just sent, and, once it is
// published, links to the meeting's page, its record and the feeds. Both flows poll the API at the same pace.

import { $, link } from './dom.js';

/** How often, and how many times, the page asks whether something is published: three minutes at most. */
export const POLL_MS = 1000;

export const POLL_LIMIT = 180;

export const pause = () => new Promise((resolve) => setTimeout(resolve, POLL_MS));

export function showResult(heading, text) {
  $('result').hidden = false;
  $('result-heading').textContent = heading;
  $('result-status').textContent = text;
  $('result-links').replaceChildren();
  $('correct-meeting').hidden = true;
  $('result-heading').focus();
}

export function showLinks(meetingId) {
  const id = encodeURIComponent(meetingId);
  $('result-links').replaceChildren(
    link(`../meetings/${id}.html`, 'The meeting’s page'),
    link(`../meetings/${id}.json`, 'Its record (JSON)'),
    link('../feeds/meetings.atom', 'The Atom feed'),
    link('../feeds/meetings.json', 'The JSON feed'),
  );
}
