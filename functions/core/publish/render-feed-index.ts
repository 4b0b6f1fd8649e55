// feeds/index.json: everything a partner can subscribe to, in one small document: the current feeds,
// the calendar, the monthly archives (each the first page of its chain) and, per kind of topic feed
// (organisations, countries, languages), the first page of its directory. Its size grows with the
// number of months, never with the number of meetings or topic groups.

import { archivePagePath } from './archive-pages.ts';
import type { MonthPages } from './archive-pages.ts';
import { type DirectoryState, DIRECTORY_NAMES, directoryPagePath, DIRECTORY_PAGE_SIZE, GROUP_KINDS } from './group-directory.ts';
import type { FeedSite } from './render-feeds.ts';
import { SITE_PATHS } from './site-paths.ts';

export interface FeedIndexInput {
  months: string[];
  currentMonth: string;
  /** Pages per month (a month without a summary has one). */
  pages?: Readonly<Record<string, MonthPages>>;
  directory: DirectoryState;
}

export function renderFeedIndex(input: FeedIndexInput, site: FeedSite): string {
  const url = (path: string) => `${site.siteUrl}/${path}`;
  const directories = Object.fromEntries(
    GROUP_KINDS.map((kind) => {
      const { pages, lastCount } = input.directory[kind];
      const count = pages === 0 ? 0 : (pages - 1) * DIRECTORY_PAGE_SIZE + lastCount;
      return [DIRECTORY_NAMES[kind], { count, pages, ...(pages > 0 ? { first: url(directoryPagePath(kind, 1)) } : {}) }];
    }),
  );
  const index = {
    title: site.title ?? 'Meetings',
    home_page_url: `${site.siteUrl}/`,
    current: { atom: url(SITE_PATHS.atomFeed), json: url(SITE_PATHS.jsonFeed), calendar: url(SITE_PATHS.calendar) },
    archives: [...new Set(input.months)]
      .sort()
      .reverse()
      .map((month) => ({
        month,
        complete: month < input.currentMonth,
        pages: input.pages?.[month]?.pages ?? 1,
        atom: url(archivePagePath({ month, page: 1 }, 'atom')),
        json: url(archivePagePath({ month, page: 1 }, 'json')),
      })),
    ...directories,
  };
  return `${JSON.stringify(index, null, 2)}\n`;
}
