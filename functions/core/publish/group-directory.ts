// The list of topic feeds, in pages of bounded size: one chain of pages per kind of group
// (organisations, countries, languages, persons). A group is placed once, on the last page of its kind, when
// the publisher first sees it, and never moves; `feeds/index.json` links the first page of each kind.
// Pure: the directory's state and the new groups in, placements and the next state out.

import { type FeedGroup, type FeedGroupKind, groupFeedPath } from './feed-groups.ts';
import type { FeedSite } from './render-feeds.ts';

/** Groups per directory page (about 100 KB of JSON). */
export const DIRECTORY_PAGE_SIZE = 500;

export const GROUP_KINDS: readonly FeedGroupKind[] = ['org', 'country', 'language', 'person'];

/** Per kind: how many pages, and how many groups the last one holds. */
export type DirectoryState = Record<FeedGroupKind, { pages: number; lastCount: number }>;

export const EMPTY_DIRECTORY: DirectoryState = {
  org: { pages: 0, lastCount: 0 },
  country: { pages: 0, lastCount: 0 },
  language: { pages: 0, lastCount: 0 },
  person: { pages: 0, lastCount: 0 },
};

/** A stored state with every kind: one saved before a kind existed (persons) starts that kind empty. */
export function directoryState(stored: Partial<DirectoryState> | undefined): DirectoryState | undefined {
  if (!stored) return undefined;
  return Object.fromEntries(GROUP_KINDS.map((kind) => [kind, { ...(stored[kind] ?? EMPTY_DIRECTORY[kind]) }])) as DirectoryState;
}

export interface Placement {
  group: FeedGroup;
  page: number;
}

/** Places groups not listed yet at the end of their kind's chain, opening a page when the last is full. */
export function placeGroups(unlisted: readonly FeedGroup[], state: DirectoryState, pageSize = DIRECTORY_PAGE_SIZE): { placements: Placement[]; state: DirectoryState } {
  const next = directoryState(state) as DirectoryState;
  const placements: Placement[] = [];
  const unique = new Map(unlisted.map((group) => [group.key, group]));
  for (const group of [...unique.values()].sort((a, b) => a.key.localeCompare(b.key))) {
    const kind = next[group.kind];
    if (kind.pages === 0 || kind.lastCount >= pageSize) {
      kind.pages += 1;
      kind.lastCount = 0;
    }
    kind.lastCount += 1;
    placements.push({ group, page: kind.pages });
  }
  return { placements, state: next };
}

export const DIRECTORY_NAMES: Record<FeedGroupKind, string> = { org: 'organizations', country: 'countries', language: 'languages', person: 'persons' };

export function directoryPagePath(kind: FeedGroupKind, page: number): string {
  return `feeds/index/${DIRECTORY_NAMES[kind]}-${page}.json`;
}

/** One directory page: its groups (sorted by key) and JSON Feed-style paging links. */
export function renderDirectoryPage(kind: FeedGroupKind, page: number, pages: number, groups: readonly { key: string; title: string }[], site: FeedSite): string {
  const url = (path: string) => `${site.siteUrl}/${path}`;
  const document = {
    kind: DIRECTORY_NAMES[kind],
    page,
    pages,
    ...(page > 1 ? { prev_url: url(directoryPagePath(kind, page - 1)) } : {}),
    ...(page < pages ? { next_url: url(directoryPagePath(kind, page + 1)) } : {}),
    items: [...groups]
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((group) => ({
        slug: group.key.slice(group.key.indexOf(':') + 1),
        title: group.title,
        atom: url(groupFeedPath(group.key, 'atom')),
        json: url(groupFeedPath(group.key, 'json')),
      })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
