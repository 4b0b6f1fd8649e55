// Carries out the archive part of a publish plan: re-reads each open page from its start (closing it
// and opening the next when it is full), rewrites the closed pages that hold changed meetings, then
// the boundary pages whose links moved. Each archive page has a browse page (browse/month/…) with the same meetings. Each page is one range query of at most a page of entries.

import { monthOf } from '../../core/publish/archive-pages.ts';
import {
  ARCHIVE_PAGE_ENTRIES,
  archivePagePath,
  fullPageLength,
  inOpenPage,
  type MonthPages,
  NEW_MONTH,
  type PageRef,
  pageKeyOf,
  pageLinks,
  staleBoundaryPages,
  withRenderedLinks,
} from '../../core/publish/archive-pages.ts';
import type { PublishPlan } from '../../core/publish/plan-publish.ts';
import type { ArchivePage, PublishStore } from '../../core/publish/ports.ts';
import type { MeetingRecord } from '../../core/record/record.ts';
import type { FeedDocument } from '../../core/publish/render-feeds.ts';
import { CURRENT_FEED_DOCUMENT, withoutExtension } from '../../core/publish/site-paths.ts';
import { browsePagePath } from '../../core/publish/pages/browse-paths.ts';
import { type BrowseDocument, renderBrowsePage } from '../../core/publish/pages/render-browse-page.ts';
import { CACHE, type SiteWriter, TYPES } from './site-writer.ts';

type ArchiveStore = Pick<PublishStore, 'meetingsInRange' | 'archivePageAt' | 'putArchivePage'>;

export interface ArchiveRun {
  store: ArchiveStore;
  out: SiteWriter;
  /** Every month that holds meetings. */
  months: readonly string[];
  currentMonth: string;
}

/** Renders the archive pages the plan names; returns the months' page summaries after it. */
export async function publishArchives(run: ArchiveRun, plan: PublishPlan, stored: Readonly<Record<string, MonthPages>>): Promise<Record<string, MonthPages>> {
  const summaries: Record<string, MonthPages> = { ...stored };
  const render = async (month: string, page: ArchivePage, entries: MeetingRecord[]) => {
    const ref = { month, page: page.page };
    const links = pageLinks(ref, run.months, summaries, run.currentMonth);
    await run.out.feeds(entries, archiveDocument(ref, links), links.complete ? CACHE.archive : CACHE.current);
    // The month's browse page holds the same meetings as this archive page, linked the same way.
    const browse = browsePagePath('month', month, page.page);
    const html = run.out.render(entries, (list) => renderBrowsePage(list, monthBrowseDocument(ref, links), run.out.feedSite));
    await run.out.put(browse, html, TYPES.html, links.complete ? CACHE.archive : CACHE.current);
    summaries[month] = withRenderedLinks(summaries[month] ?? NEW_MONTH, page.page, links);
  };
  const inPage = (month: string, page: ArchivePage) => (record: MeetingRecord) =>
    monthOf(record.createdAt) === month && pageKeyOf(record) >= page.start && (page.end === null || pageKeyOf(record) < page.end);
  const renderStored = async (month: string, page: ArchivePage) => {
    const records = await run.store.meetingsInRange(month, page.start, page.end, Number.POSITIVE_INFINITY);
    await render(month, page, run.out.fresh(records, inPage(month, page)));
  };

  for (const month of plan.openPages) {
    if (!summaries[month]) {
      summaries[month] = NEW_MONTH;
      await run.store.putArchivePage(month, { page: 1, start: '', end: null });
    }
    let page: ArchivePage = { page: summaries[month].pages, start: summaries[month].lastStart, end: null };
    for (;;) {
      const records = await run.store.meetingsInRange(month, page.start, null, ARCHIVE_PAGE_ENTRIES + 1);
      const entries = run.out.fresh(records, inPage(month, page)).reverse();
      const full = fullPageLength(entries.map((record) => Buffer.byteLength(JSON.stringify(record))));
      if (full === null) {
        await render(month, page, entries.reverse());
        break;
      }
      // The page is full: it closes where the first entry that does not fit starts the next one.
      const next: ArchivePage = { page: page.page + 1, start: pageKeyOf(entries[full]!), end: null };
      // A page that would not move forward means the entries are out of index order: fail the run (retried,
      // then dead-lettered and alarmed) rather than open pages for ever.
      if (next.start <= page.start) throw new Error(`Archive page ${month}/${next.page} would start at ${next.start}, not after ${page.start}.`);
      await run.store.putArchivePage(month, next);
      await run.store.putArchivePage(month, { ...page, end: next.start });
      summaries[month] = { ...summaries[month]!, pages: next.page, lastStart: next.start };
      await render(month, { ...page, end: next.start }, entries.slice(0, full).reverse());
      page = next;
    }
  }

  const rendered = new Set<string>();
  for (const { month, key } of plan.closedPageKeys) {
    const page = await run.store.archivePageAt(month, key);
    if (!page || rendered.has(`${month}/${page.page}`)) continue;
    rendered.add(`${month}/${page.page}`);
    await renderStored(month, page);
  }
  for (const ref of staleBoundaryPages(run.months, summaries, run.currentMonth)) {
    const summary = summaries[ref.month]!;
    const page = ref.page === summary.pages ? { page: ref.page, start: summary.lastStart, end: null } : await run.store.archivePageAt(ref.month, '');
    if (page) await renderStored(ref.month, page);
  }
  return summaries;
}

/** The archive page holding a record (for the current feed's prev-archive link). */
export async function pageHolding(store: Pick<PublishStore, 'archivePageAt'>, summaries: Readonly<Record<string, MonthPages>>, record: MeetingRecord): Promise<PageRef> {
  const month = monthOf(record.createdAt);
  const summary = summaries[month];
  if (inOpenPage(summary, pageKeyOf(record))) return { month, page: summary?.pages ?? 1 };
  return { month, page: (await store.archivePageAt(month, pageKeyOf(record)))?.page ?? 1 };
}

export function archiveDocument(ref: PageRef, links: { prev: PageRef | null; next: PageRef | null; complete: boolean }): FeedDocument {
  return {
    path: feedPath(ref),
    title: ref.page === 1 ? `Meetings, ${ref.month}` : `Meetings, ${ref.month}, page ${ref.page}`,
    current: CURRENT_FEED_DOCUMENT,
    prevArchive: links.prev ? feedPath(links.prev) : null,
    nextArchive: links.next ? feedPath(links.next) : null,
    complete: links.complete,
  };
}

/** A month's browse page: older is the archive's prev-archive, newer its next-archive. */
export function monthBrowseDocument(ref: PageRef, links: { prev: PageRef | null; next: PageRef | null }): BrowseDocument {
  const path = (other: PageRef) => browsePagePath('month', other.month, other.page);
  return {
    kind: 'month',
    title: ref.month,
    page: ref.page === 1 ? null : ref.page,
    newer: links.next ? path(links.next) : null,
    older: links.prev ? path(links.prev) : null,
    feeds: { atom: archivePagePath(ref, 'atom'), json: archivePagePath(ref, 'json') },
  };
}

export function feedPath(ref: PageRef): string {
  return withoutExtension(archivePagePath(ref, 'atom'));
}
