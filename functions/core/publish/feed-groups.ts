// Which topic feeds a meeting belongs to: one per organisation, per country (where it took place),
// per language and per person taking part (their person id, record/persons/). Group keys are stable ("org:mezhdunarodnyy-komitet-krasnogo-kresta", "country:kz",
// "language:ru") and name the feed paths, so a partner's subscription never moves.

import type { MeetingRecord } from '../record/record.ts';
import { slugify } from './slug.ts';

/** Every kind of topic feed, in one place: group keys, feed paths, the directory and the browse pages follow it. */
export const FEED_GROUP_KINDS = ['org', 'country', 'language', 'person'] as const;
export type FeedGroupKind = (typeof FEED_GROUP_KINDS)[number];

export interface FeedGroup {
  /** "kind:slug", unique across kinds. */
  key: string;
  kind: FeedGroupKind;
  slug: string;
  /** What a person calls it: the organisation's name, the country, the language code, the person's name. */
  title: string;
}

export function feedGroupsOf(record: MeetingRecord): FeedGroup[] {
  const groups = new Map<string, FeedGroup>();
  const add = (kind: FeedGroupKind, slug: string, title: string) => {
    if (slug && !groups.has(`${kind}:${slug}`)) groups.set(`${kind}:${slug}`, { key: `${kind}:${slug}`, kind, slug, title });
  };
  for (const organization of record.organizations) add('org', slugify(organization.name), organization.name);
  const code = record.location?.countryCode;
  if (code && /^[A-Z]{2}$/.test(code)) add('country', code.toLowerCase(), record.location?.country ?? code);
  if (record.language !== 'und' && /^[a-z]{2,3}$/.test(record.language)) add('language', record.language, record.language);
  for (const participant of record.participants) if (participant.personId && /^[a-z0-9-]+$/.test(participant.personId)) add('person', participant.personId, participant.name);
  return [...groups.values()];
}

export function parseGroupKey(key: string): { kind: FeedGroupKind; slug: string } | null {
  const match = /^([a-z]+):([a-z0-9-]+)$/.exec(key);
  const kind = match?.[1] as FeedGroupKind | undefined;
  return match && kind && FEED_GROUP_KINDS.includes(kind) ? { kind, slug: match[2]! } : null;
}

export function groupFeedPath(key: string, format: 'atom' | 'json'): string {
  const parsed = parseGroupKey(key);
  if (!parsed) throw new Error(`Not a feed group key: ${key}`);
  return topicFeedPath(parsed.kind, parsed.slug, format);
}

/** `feeds/by/{kind}/{slug}.{format}`: where a topic feed of any kind lives. */
export function topicFeedPath(kind: string, slug: string, format: 'atom' | 'json'): string {
  return `feeds/by/${kind}/${slug}.${format}`;
}

/** The calendar's membership: meetings with a stated day (an event needs one), whatever their groups. */
export const CALENDAR_KEY = 'calendar:all';

/** Every index a meeting is listed in: its feed groups, and the calendar when it has a date. */
export function membershipKeys(record: MeetingRecord): string[] {
  const keys = feedGroupsOf(record).map((group) => group.key);
  if (record.isMeeting && record.date?.length === 10) keys.push(CALENDAR_KEY);
  return keys;
}

/** What a group is called, from the first of `records` listed in it; its key when none is. */
export function groupTitle(key: string, records: readonly MeetingRecord[]): string {
  for (const record of records) {
    const group = feedGroupsOf(record).find((candidate) => candidate.key === key);
    if (group) return group.title;
  }
  return key;
}
