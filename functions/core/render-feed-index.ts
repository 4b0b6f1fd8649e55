// feeds/index.json: everything a partner can subscribe to, in one small document: the current feeds,
// the calendar, the monthly archives and the per-organisation, per-country and per-language feeds.

import { archivePath } from './archive-links.ts';
import { type FeedGroupKind, groupFeedPath, parseGroupKey } from './feed-groups.ts';
import type { FeedSite } from './render-feeds.ts';
import { SITE_PATHS } from './site-paths.ts';


export interface FeedIndexInput {
  months: string[];
  currentMonth: string;
  groups: { key: string; title: string }[];
}

export function renderFeedIndex(input: FeedIndexInput, site: FeedSite): string {
  const url = (path: string) => `${site.siteUrl}/${path}`;
  const groups: Record<FeedGroupKind, { slug: string; title: string; atom: string; json: string }[]> = { org: [], country: [], language: [] };
  for (const group of [...input.groups].sort((a, b) => a.key.localeCompare(b.key))) {
    const parsed = parseGroupKey(group.key);
    if (!parsed) continue;
    groups[parsed.kind].push({
      slug: parsed.slug,
      title: group.title,
      atom: url(groupFeedPath(group.key, 'atom')),
      json: url(groupFeedPath(group.key, 'json')),
    });
  }
  const index = {
    title: site.title ?? 'Meetings',
    home_page_url: `${site.siteUrl}/`,
    current: { atom: url(SITE_PATHS.atomFeed), json: url(SITE_PATHS.jsonFeed), calendar: url(SITE_PATHS.calendar) },
    archives: [...new Set(input.months)]
      .sort()
      .reverse()
      .map((month) => ({ month, complete: month < input.currentMonth, atom: url(archivePath(month, 'atom')), json: url(archivePath(month, 'json')) })),
    organizations: groups.org,
    countries: groups.country,
    languages: groups.language,
  };
  return `${JSON.stringify(index, null, 2)}\n`;
}
