// Where the browse pages live: one chain of pages per organisation, country and person
// (`browse/{kind}/{slug}.html`) and per month (`browse/month/YYYY-MM.html`), later pages with `-p{n}`
// as the archive feeds have. Which group kinds have pages is said here, once; the kinds themselves are
// FEED_GROUP_KINDS (feed-groups.ts), and a kind listed here before it exists there simply has no groups yet.

/** Group kinds with browse pages: languages have feeds but no pages (every page is already in one). */
export const BROWSE_GROUP_KINDS = ['org', 'country', 'person'] as const;
export type BrowseGroupKind = (typeof BROWSE_GROUP_KINDS)[number];
export type BrowseKind = BrowseGroupKind | 'month';

/** Meetings listed on a group's browse page: as many as its topic feed holds. */
export const BROWSE_PAGE_ENTRIES = 50;

export function isBrowseGroupKind(kind: string): kind is BrowseGroupKind {
  return (BROWSE_GROUP_KINDS as readonly string[]).includes(kind);
}

/** `browse/{kind}/{slug}.html`, then `-p2.html`, …; slugs are `a-z0-9-`, months `YYYY-MM`. */
export function browsePagePath(kind: BrowseKind, slug: string, page = 1): string {
  return page === 1 ? `browse/${kind}/${slug}.html` : `browse/${kind}/${slug}-p${page}.html`;
}

/** The browse page of a group key ("org:un", "person:sergey-lavrov"), or null for a kind without pages. */
export function groupBrowsePath(groupKey: string): string | null {
  const match = /^([a-z]+):([a-z0-9-]+)$/.exec(groupKey);
  if (!match || !isBrowseGroupKind(match[1]!)) return null;
  return browsePagePath(match[1], match[2]!);
}
