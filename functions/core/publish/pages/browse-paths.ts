// Where the browse pages live: one chain of pages per organisation, country and person
// (`browse/{kind}/{slug}.html`) and per month (`browse/month/YYYY-MM.html`), later pages with `-p{n}`
// as the archive feeds have. Which group kinds have pages is said here, once; the kinds themselves are
// FEED_GROUP_KINDS (feed-groups.ts), and a kind listed here before it exists there simply has no groups yet.

/** Group kinds with browse pages: languages have feeds but no pages (every page is already in one). */
export const BROWSE_GROUP_KINDS = ['org', 'country', 'person'] as const;
export type BrowseGroupKind = (typeof BROWSE_GROUP_KINDS)[number];
export type BrowseKind = BrowseGroupKind | 'month';

/** Meetings on a group's browse page: its front page holds as many as its topic feed, each numbered page as many (a few more when late articles join a closed page). */
export const BROWSE_PAGE_ENTRIES = 50;

export function isBrowseGroupKind(kind: string): kind is BrowseGroupKind {
  return (BROWSE_GROUP_KINDS as readonly string[]).includes(kind);
}

/** `browse/{kind}/{slug}.html`, then `-p2.html`, …; slugs are `a-z0-9-`, months `YYYY-MM`. */
export function browsePagePath(kind: BrowseKind, slug: string, page = 1): string {
  return page === 1 ? `browse/${kind}/${slug}.html` : `browse/${kind}/${slug}-p${page}.html`;
}

/** The kind and slug of a group key ("org:un", "person:sergey-lavrov") whose kind has browse pages, else null. */
export function browseGroupOf(groupKey: string): { kind: BrowseGroupKind; slug: string } | null {
  const match = /^([a-z]+):([a-z0-9-]+)$/.exec(groupKey);
  return match && isBrowseGroupKind(match[1]!) ? { kind: match[1], slug: match[2]! } : null;
}

/** A group's front page (its newest meetings), or null for a kind without pages. */
export function groupBrowsePath(groupKey: string): string | null {
  const group = browseGroupOf(groupKey);
  return group ? browsePagePath(group.kind, group.slug) : null;
}

/** A group's numbered pages, counted from its oldest meeting: `browse/org/nato-p1.html`, `-p2`, …. */
export function groupChainPagePath(groupKey: string, page: number): string {
  const group = browseGroupOf(groupKey);
  if (!group) throw new Error(`No browse pages for ${groupKey}`);
  return `browse/${group.kind}/${group.slug}-p${page}.html`;
}

/** Where the page boundaries of a group's numbered pages are kept (as a month's archive pages are). */
export function browseChainName(groupKey: string): string {
  return `browse:${groupKey}`;
}

/** Every group of a kind, listed page by page as the feed directory lists them: `browse/all/org-1.html`, …. */
export function directoryBrowsePath(kind: BrowseGroupKind, page: number): string {
  return `browse/all/${kind}-${page}.html`;
}
