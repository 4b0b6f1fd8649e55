// Carries out the directory part of a publish: lists the changed meetings' topic groups the directory
// does not know yet (on the last page of their kind) and rewrites the pages they joined. The first
// publish of a site that predates the directory also lists the groups earlier releases registered.

import { type FeedGroup, parseGroupKey } from '../../core/publish/feed-groups.ts';
import { directoryBrowsePath, isBrowseGroupKind } from '../../core/publish/pages/browse-paths.ts';
import { renderDirectoryBrowsePage } from '../../core/publish/pages/render-directory-page.ts';
import { type DirectoryState, directoryPagePath, directoryState, EMPTY_DIRECTORY, placeGroups, renderDirectoryPage } from '../../core/publish/group-directory.ts';
import type { PublishStore } from '../../core/publish/ports.ts';
import { CACHE, type SiteWriter, TYPES } from './site-writer.ts';

type DirectoryStore = Pick<PublishStore, 'listedGroups' | 'putListedGroups' | 'directoryPage' | 'legacyGroups'>;

export async function publishDirectory(store: DirectoryStore, out: SiteWriter, groups: FeedGroup[], saved: DirectoryState | undefined): Promise<DirectoryState> {
  const stored = directoryState(saved);
  const candidates = stored ? groups : [...groups, ...(await store.legacyGroups()).flatMap(asFeedGroup)];
  if (candidates.length === 0) return stored ?? EMPTY_DIRECTORY;
  const listed = await store.listedGroups(candidates.map((group) => group.key));
  const { placements, state } = placeGroups(
    candidates.filter((group) => !listed.has(group.key)),
    stored ?? EMPTY_DIRECTORY,
  );
  await store.putListedGroups(placements);
  const pages = new Map(placements.map(({ group, page }) => [`${group.kind}/${page}`, { kind: group.kind, page }]));
  // A kind that opened a page: the page before it gains its next_url.
  for (const { kind, page } of [...pages.values()]) if (page > 1) pages.set(`${kind}/${page - 1}`, { kind, page: page - 1 });
  for (const { kind, page } of pages.values()) {
    const groups = await store.directoryPage(kind, page);
    await out.put(directoryPagePath(kind, page), renderDirectoryPage(kind, page, state[kind].pages, groups, out.feedSite), TYPES.record, CACHE.current);
    // Its HTML twin, for people: every organisation, country or person with a browse page.
    if (isBrowseGroupKind(kind)) {
      const html = renderDirectoryBrowsePage(kind, page, state[kind].pages, groups, out.feedSite);
      await out.put(directoryBrowsePath(kind, page), html, TYPES.html, CACHE.current);
    }
  }
  return state;
}

function asFeedGroup(group: { key: string; title: string }): FeedGroup[] {
  const parsed = parseGroupKey(group.key);
  return parsed ? [{ key: group.key, kind: parsed.kind, slug: parsed.slug, title: group.title }] : [];
}
