// A browse page: the meetings of one organisation, country, person or month, newest first, one bounded
// page of a chain linked newer/older, with its feeds' autodiscovery links (the group's topic feeds; for a
// month, the archive page holding the same meetings). In the site's language, each entry in its record's.

import type { MeetingRecord } from '../../record/record.ts';
import { type FeedSite, orderForFeed } from '../render-feeds.ts';
import type { BrowseKind } from './browse-paths.ts';
import { renderEntry, retractionOf } from './meeting-pieces.ts';
import { DEFAULT_TITLE, homeLink, page } from './page-layout.ts';
import { attr, text } from './page-text.ts';
import { wordsFor } from './page-words.ts';

export interface BrowseDocument {
  kind: BrowseKind;
  /** The group's name, or the month (`YYYY-MM`). */
  title: string;
  /** The page number the heading shows; null on a chain's entry page (a group's newest, a month's first). */
  page: number | null;
  /** Site paths of the neighbouring pages, when there are any. */
  newer: string | null;
  older: string | null;
  /** Site paths of the feeds holding the same meetings (Atom and JSON). */
  feeds: { atom: string; json: string };
}

export function renderBrowsePage(records: MeetingRecord[], document: BrowseDocument, site: FeedSite): string {
  const words = wordsFor(site.language);
  const name = document.kind === 'month' && /^\d{4}-\d{2}$/.test(document.title)
    ? words.month(Number(document.title.slice(5)), document.title.slice(0, 4))
    : document.title;
  const heading = document.page === null ? words.meetingsOf(name) : `${words.meetingsOf(name)}, ${words.pageNumber(document.page)}`;
  const entries = orderForFeed(records.filter((record) => !retractionOf(record)));
  const pager = [
    document.newer ? `<a rel="prev" href="${attr(`${site.siteUrl}/${document.newer}`)}">← ${text(words.newer)}</a>` : '',
    document.older ? `<a rel="next" href="${attr(`${site.siteUrl}/${document.older}`)}">${text(words.older)} →</a>` : '',
  ].filter(Boolean);
  const pagerHtml = pager.length ? `<nav class="pages" aria-label="${attr(words.browseNav)}">\n${pager.join('\n')}\n</nav>` : '';
  const main = [
    `<h1>${text(heading)}</h1>`,
    entries.length ? entries.map((record) => renderEntry(record, site, words)).join('\n') : `<p>${text(words.noMeetingsYet)}</p>`,
    pagerHtml,
  ]
    .filter(Boolean)
    .join('\n');
  return page({
    site,
    words,
    title: `${heading} · ${site.title ?? DEFAULT_TITLE}`,
    heading: homeLink(site),
    headingTag: 'p',
    main,
    feeds: [
      { type: 'application/atom+xml', label: words.atomFeed, href: `${site.siteUrl}/${document.feeds.atom}` },
      { type: 'application/feed+json', label: words.jsonFeed, href: `${site.siteUrl}/${document.feeds.json}` },
    ],
  });
}
