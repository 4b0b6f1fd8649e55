// RFC 5005 archives in pages of bounded size: each month of first appearance is a chain of pages of at
// most ARCHIVE_PAGE_ENTRIES meetings (and about ARCHIVE_PAGE_BYTES of records), so rendering one costs
// the same in a quiet month and in a month of 100,000 meetings. Pure: page summaries in, links out.
//
// A page is a range of the month index's sort key (`createdAt#id`): page 1 starts at the start of the
// month, page k+1 at the first entry that did not fit in page k. Only the last page of a month is open;
// the publisher closes it (and opens the next) when it fills, so a page's range never moves.

/** The month of first appearance a record is archived under: `2026-10` of its `createdAt`. */
export function monthOf(isoDateTime: string): string {
  return isoDateTime.slice(0, 7);
}

/** Entries of one archive page; more than the current feed's CURRENT_FEED_SIZE (feed-sizes.ts), so a reader catches up in few requests. */
export const ARCHIVE_PAGE_ENTRIES = 100;
/** A page also closes when its records reach this size (JSON), so a page of long articles stays small. */
export const ARCHIVE_PAGE_BYTES = 4 * 1024 * 1024;

export interface PageRef {
  month: string;
  /** 1-based within the month. */
  page: number;
}

/** What the publisher keeps per month (in its state item): enough to plan without reading pages. */
export interface MonthPages {
  /** How many pages the month has; the last one is open. */
  pages: number;
  /** Sort key where the last page starts ('' for page 1). */
  lastStart: string;
  /** Link state page 1 was last rendered with. */
  first: string;
  /** Link state the last page was last rendered with. */
  last: string;
}

export interface PageLinks {
  prev: PageRef | null;
  next: PageRef | null;
  /** Closed (full) pages and every page of a month that is over: their entries are final. */
  complete: boolean;
}

/** Page 1 keeps the month's old address (`feeds/archive/2026-10.atom`); later pages add `-p{n}`. */
export function archivePagePath(ref: PageRef, format: 'atom' | 'json'): string {
  return ref.page === 1 ? `feeds/archive/${ref.month}.${format}` : `feeds/archive/${ref.month}-p${ref.page}.${format}`;
}

/** The sort key of an entry in the month index, and the order of pages: `createdAt#id`. */
export function pageKeyOf(record: { createdAt: string; id: string }): string {
  return `${record.createdAt}#${record.id}`;
}

export const NEW_MONTH: MonthPages = { pages: 1, lastStart: '', first: '', last: '' };

/** Whether the entry with this sort key belongs on its month's open (last) page; a month not paginated yet is all open. */
export function inOpenPage(summary: MonthPages | undefined, key: string): boolean {
  return !summary || key >= summary.lastStart;
}

/**
 * The links of a page, given every month that holds meetings and what is known of their pages.
 * A month without a summary yet counts as one page (it is being paginated in this publish).
 */
export function pageLinks(ref: PageRef, months: readonly string[], summaries: Readonly<Record<string, MonthPages>>, currentMonth: string): PageLinks {
  const sorted = [...new Set(months)].sort();
  const index = sorted.indexOf(ref.month);
  const pagesOf = (month: string) => summaries[month]?.pages ?? 1;
  const pages = pagesOf(ref.month);
  const before = index > 0 ? sorted[index - 1] : undefined;
  const after = index >= 0 ? sorted[index + 1] : undefined;
  const prev = ref.page > 1 ? { month: ref.month, page: ref.page - 1 } : before ? { month: before, page: pagesOf(before) } : null;
  const next = ref.page < pages ? { month: ref.month, page: ref.page + 1 } : after ? { month: after, page: 1 } : null;
  return { prev, next, complete: ref.page < pages || ref.month < currentMonth };
}

/** A compact form stored after rendering: a boundary page is rewritten when its links change. */
export function pageLinkState(links: PageLinks): string {
  const name = (ref: PageRef | null) => (ref ? `${ref.month}/${ref.page}` : '-');
  return `${name(links.prev)}|${name(links.next)}|${links.complete ? 'complete' : 'open'}`;
}

/**
 * How many of `entries` (ascending, from the start of an open page) the page holds before it is full,
 * or null when they all fit and the page stays open. Always at least one entry, so a single record
 * larger than the byte limit still gets a page.
 */
export function fullPageLength(entrySizes: readonly number[], limits = { entries: ARCHIVE_PAGE_ENTRIES, bytes: ARCHIVE_PAGE_BYTES }): number | null {
  let bytes = 0;
  for (let index = 0; index < entrySizes.length; index += 1) {
    bytes += entrySizes[index]!;
    if (index >= limits.entries || (index > 0 && bytes > limits.bytes)) return index;
  }
  return null;
}

/**
 * The boundary pages (page 1 and the last page of each month) whose links are not the ones they were
 * rendered with: a month appeared beside them, a month gained a page, or the month ended.
 */
export function staleBoundaryPages(months: readonly string[], summaries: Readonly<Record<string, MonthPages>>, currentMonth: string): PageRef[] {
  const stale: PageRef[] = [];
  for (const month of [...new Set(months)].sort()) {
    const summary = summaries[month];
    if (!summary) continue;
    const first = { month, page: 1 };
    if (pageLinkState(pageLinks(first, months, summaries, currentMonth)) !== summary.first) stale.push(first);
    const last = { month, page: summary.pages };
    if (summary.pages > 1 && pageLinkState(pageLinks(last, months, summaries, currentMonth)) !== summary.last) stale.push(last);
  }
  return stale;
}

/** Records the link state a rendered page had, if it is one of its month's boundary pages. */
export function withRenderedLinks(summary: MonthPages, page: number, links: PageLinks): MonthPages {
  const state = pageLinkState(links);
  return {
    ...summary,
    first: page === 1 ? state : summary.first,
    last: page === summary.pages ? state : summary.last,
  };
}
