// What a change makes publish render: the rule, apart from the reading and writing. Pure: the changed
// meetings and what the publisher knows of its archive in, the list of documents to regenerate out.
// Everything in the plan is bounded by the change (its meetings, their months and groups), never by
// the size of a month or of the archive — except once per upgrade: a month archived before paging, or a group
// listed before its browse pages, is paged from its start the first time a change touches it.

import { CALENDAR_KEY, type FeedGroup, feedGroupsOf, membershipKeys, parseGroupKey } from './feed-groups.ts';
import type { MeetingRecord } from '../record/record.ts';
import { inOpenPage, type MonthPages, monthOf, pageKeyOf } from './archive-pages.ts';
import type { DirectoryState } from './group-directory.ts';

export interface PublishChange {
  record: MeetingRecord;
  /** Groups the meeting was listed in before and is not any more: their feeds need a rewrite. */
  leftGroups: readonly string[];
}

/** What the publisher keeps between runs (one item, written by the publisher alone). */
export interface PublisherState {
  /** Per month that has been paginated: its pages and the links its boundary pages were rendered with. */
  months: Record<string, MonthPages>;
  /** The topic-feed directory's pages; absent before the first publish that kept it. */
  directory?: DirectoryState;
}

export interface PublishInput {
  changed: readonly PublishChange[];
  /** Every month that holds meetings. */
  months: readonly string[];
  state: PublisherState;
}

export interface PublishPlan {
  /** Records whose `meetings/{id}.json` and page are rewritten. */
  records: MeetingRecord[];
  /** Months whose open (last) page is re-read from its start, and closed and continued when full. */
  openPages: string[];
  /** Changed meetings in closed pages: the page holding each key is looked up and rewritten. */
  closedPageKeys: { month: string; key: string }[];
  /** Topic feeds (group keys) to rewrite: those the changed meetings are in or have just left. */
  topicFeeds: string[];
  /** Per topic feed, the sort keys (`createdAt#id`) of the changed meetings in it or leaving it: their browse pages are rewritten. */
  groupChanges: Record<string, string[]>;
  calendar: boolean;
  /** Groups of the changed meetings: the directory lists those it does not know yet. */
  groups: FeedGroup[];
}

export function planPublish({ changed, months, state }: PublishInput): PublishPlan {
  const openPages = new Set<string>();
  const closed = new Map<string, { month: string; key: string }>();
  // Months never paginated (new, or stored before pages existed) are paged from their start.
  for (const month of months) if (!state.months[month]) openPages.add(month);
  for (const { record } of changed) {
    const month = monthOf(record.createdAt);
    const key = pageKeyOf(record);
    if (inOpenPage(state.months[month], key)) openPages.add(month);
    else closed.set(key, { month, key });
  }
  const touched = new Set(changed.flatMap(({ record, leftGroups }) => [...membershipKeys(record), ...leftGroups]));
  const groupChanges: Record<string, string[]> = {};
  for (const { record, leftGroups } of changed) {
    for (const group of new Set([...membershipKeys(record), ...leftGroups])) groupChanges[group] = [...(groupChanges[group] ?? []), pageKeyOf(record)];
  }
  const groups = new Map(changed.flatMap(({ record }) => feedGroupsOf(record).map((group) => [group.key, group] as const)));
  return {
    records: changed.map(({ record }) => record),
    openPages: [...openPages].sort(),
    closedPageKeys: [...closed.values()].sort((a, b) => a.key.localeCompare(b.key)),
    topicFeeds: [...touched].filter((key) => key !== CALENDAR_KEY && parseGroupKey(key) !== null).sort(),
    groupChanges: Object.fromEntries(Object.entries(groupChanges).filter(([key]) => key !== CALENDAR_KEY).map(([key, keys]) => [key, keys.sort()])),
    // The first publish of a site writes the calendar even without a dated meeting: the index links it. So does a
    // publish that names no meeting (the stack's first-publish signal), so a site upgraded without one gains it.
    calendar: touched.has(CALENDAR_KEY) || Object.keys(state.months).length === 0 || changed.length === 0,
    groups: [...groups.values()].sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/** The list with each changed record in place of its (possibly stale) copy, or added when missing. */
export function mergeChanged(records: readonly MeetingRecord[], changed: readonly MeetingRecord[]): MeetingRecord[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  for (const record of changed) byId.set(record.id, record);
  return [...byId.values()];
}
