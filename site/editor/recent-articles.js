// "Your recent articles": the editor's latest articles and their states, a failed one's reason, and for a
// published one a link to its page and a button that opens it for correction.

import { api, report, token } from './api.js';
import { openMeeting } from './correction.js';
import { $, element } from './dom.js';

const MINE_LIMIT = 10;

/** The editor's latest articles (GET /articles?mine=true), newest first: status, title, why a failed one failed. */
export async function showMine() {
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
