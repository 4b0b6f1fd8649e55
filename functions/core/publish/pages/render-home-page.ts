// `index.html`: the newest meetings, and the way into the browse pages: the organisations, countries and
// people of those meetings, and every month. In the site's language (`FeedSite.language`, English
// unless configured); each entry keeps its record's `lang`.

import type { MeetingRecord } from '../../record/record.ts';
import { feedGroupsOf } from '../feed-groups.ts';
import { type FeedSite, orderForFeed } from '../render-feeds.ts';
import { BROWSE_GROUP_KINDS, type BrowseGroupKind, type BrowseKind, browsePagePath, directoryBrowsePath, isBrowseGroupKind } from './browse-paths.ts';
import { renderEntry, retractionOf } from './meeting-pieces.ts';
import { DEFAULT_TITLE, page } from './page-layout.ts';
import { attr, text } from './page-text.ts';
import { type PageWords, wordsFor } from './page-words.ts';

export interface HomeBrowse {
  /** Months that hold meetings (`YYYY-MM`), any order; shown newest first. */
  months: readonly string[];
  /** Kinds whose every group is listed (browse/all/{kind}-1.html): those the directory has pages of. */
  listed?: readonly BrowseGroupKind[];
}

export function renderHomePage(records: MeetingRecord[], site: FeedSite, browse: HomeBrowse = { months: [] }): string {
  const words = wordsFor(site.language);
  const title = site.title ?? DEFAULT_TITLE;
  // A retracted meeting leaves the home page as it leaves the feeds.
  const entries = orderForFeed(records.filter((record) => !retractionOf(record)));
  const list = entries.length ? entries.map((record) => renderEntry(record, site, words)).join('\n') : `<p>${text(words.noMeetingsYet)}</p>`;
  const main = [browseSection(entries, browse, site, words), `<section class="latest">\n<h2>${text(words.latest)}</h2>\n${list}\n</section>`]
    .filter(Boolean)
    .join('\n');
  return page({ site, words, title, heading: text(title), main });
}

/** Links to the browse pages of the listed meetings' groups (bounded by the list) and of every month. */
function browseSection(records: MeetingRecord[], browse: HomeBrowse, site: FeedSite, words: PageWords): string {
  const byKind = new Map<BrowseKind, Map<string, string>>(BROWSE_GROUP_KINDS.map((kind) => [kind, new Map()]));
  for (const record of records) {
    for (const group of feedGroupsOf(record)) {
      if (isBrowseGroupKind(group.kind)) {
        const links = byKind.get(group.kind)!;
        if (!links.has(group.slug)) links.set(group.slug, group.title);
      }
    }
  }
  const months = [...new Set(browse.months)].filter((month) => /^\d{4}-\d{2}$/.test(month)).sort().reverse();
  byKind.set('month', new Map(months.map((month) => [month, words.month(Number(month.slice(5)), month.slice(0, 4))])));
  const rows = [...byKind].flatMap(([kind, links]) => {
    if (links.size === 0) return [];
    const sorted = kind === 'month' ? [...links] : [...links].sort(([, a], [, b]) => a.localeCompare(b));
    const items = sorted.map(([slug, name]) => `<a href="${attr(`${site.siteUrl}/${browsePagePath(kind, slug)}`)}">${text(name)}</a>`);
    if (kind !== 'month' && browse.listed?.includes(kind)) {
      items.push(`<a href="${attr(`${site.siteUrl}/${directoryBrowsePath(kind, 1)}`)}">${text(words.allOf(words.browseKinds[kind]))}</a>`);
    }
    return [`<dt>${text(words.browseKinds[kind])}</dt>\n<dd>${items.join(' · ')}</dd>`];
  });
  return rows.length ? `<section class="browse">\n<h2>${text(words.browse)}</h2>\n<dl>\n${rows.join('\n')}\n</dl>\n</section>` : '';
}
