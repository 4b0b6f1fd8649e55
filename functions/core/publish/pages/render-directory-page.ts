// A list of every organisation, country or person with a browse page, one bounded page at a time: the HTML
// twin of the feed directory's page (group-directory.ts), written with it, so the two always list the same
// groups. In the site's language; names sorted as people read them.

import type { FeedSite } from '../render-feeds.ts';
import { type BrowseGroupKind, browsePagePath, directoryBrowsePath } from './browse-paths.ts';
import { DEFAULT_TITLE, homeLink, page } from './page-layout.ts';
import { attr, text } from './page-text.ts';
import { wordsFor } from './page-words.ts';

export function renderDirectoryBrowsePage(kind: BrowseGroupKind, pageNumber: number, pages: number, groups: readonly { key: string; title: string }[], site: FeedSite): string {
  const words = wordsFor(site.language);
  const heading = pages > 1 ? `${words.browseKinds[kind]}, ${words.pageNumber(pageNumber)}` : words.browseKinds[kind];
  const items = [...groups]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((group) => `<li><a href="${attr(`${site.siteUrl}/${browsePagePath(kind, group.key.slice(group.key.indexOf(':') + 1))}`)}">${text(group.title)}</a></li>`);
  const pager = [
    pageNumber > 1 ? `<a rel="prev" href="${attr(`${site.siteUrl}/${directoryBrowsePath(kind, pageNumber - 1)}`)}">← ${text(words.pageNumber(pageNumber - 1))}</a>` : '',
    pageNumber < pages ? `<a rel="next" href="${attr(`${site.siteUrl}/${directoryBrowsePath(kind, pageNumber + 1)}`)}">${text(words.pageNumber(pageNumber + 1))} →</a>` : '',
  ].filter(Boolean);
  const main = [
    `<h1>${text(heading)}</h1>`,
    items.length ? `<ul class="groups">\n${items.join('\n')}\n</ul>` : `<p>${text(words.noMeetingsYet)}</p>`,
    pager.length ? `<nav class="pages" aria-label="${attr(words.browseNav)}">\n${pager.join('\n')}\n</nav>` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return page({ site, words, title: `${heading} · ${site.title ?? DEFAULT_TITLE}`, heading: homeLink(site), headingTag: 'p', main });
}
