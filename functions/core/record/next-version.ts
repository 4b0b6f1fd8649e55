// How a meeting's next version is made from the stored one, for every writer (normalise, retract):
// versions have no gaps, a meeting keeps the time it first appeared and its retraction, and the topic
// groups it leaves are remembered until a publish has rewritten their feeds. Pure: the handlers read,
// call these and save (save-with-retry.ts).

import { membershipKeys } from '../publish/feed-groups.ts';
import type { StoredMeeting } from './meeting-repository.ts';
import type { MeetingRecord, Retraction } from './record.ts';
import { fingerprintOf } from './record-fingerprint.ts';

/**
 * The version that replaces `previous` (null: the meeting is new) with `draft`'s content, derived from the
 * article received at `sourceReceivedAt`; null when it says nothing new (equal fingerprints: a re-run).
 * The draft's version and createdAt are replaced: one above the stored version, and the stored createdAt.
 */
export function nextVersion(previous: StoredMeeting | null, draft: MeetingRecord, sourceReceivedAt: string): StoredMeeting | null {
  const record: MeetingRecord = { ...draft, version: (previous?.record.version ?? 0) + 1, createdAt: previous?.record.createdAt ?? draft.createdAt };
  // A retraction outlives corrections: a resubmitted article does not bring a retracted meeting back.
  if (previous?.record.retracted) record.retracted = previous.record.retracted;
  const fingerprint = fingerprintOf(record);
  if (previous?.fingerprint === fingerprint) return null;
  // A new version is not yet published, nor failed: publishedVersion and publishFailure start empty.
  return { record, sourceReceivedAt, fingerprint, leftGroups: groupsLeft(previous, record) };
}

/**
 * The version an article received at `receivedAt` makes, its record drafted by `draft` (called only when
 * needed); null when the stored record is a newer article's (an older one arriving late, a retry, a
 * rebuild, never overwrites it) or the article changes nothing.
 */
export function versionFromArticle(previous: StoredMeeting | null, receivedAt: string, draft: () => MeetingRecord): StoredMeeting | null {
  if (previous && previous.sourceReceivedAt > receivedAt) return null;
  return nextVersion(previous, draft(), receivedAt);
}

/** The retracted version of a meeting; null when it is retracted already (the first retraction stands). */
export function retractedVersion(previous: StoredMeeting, retraction: Retraction): StoredMeeting | null {
  if (previous.record.retracted) return null;
  return nextVersion(previous, { ...previous.record, updatedAt: retraction.at, retracted: retraction }, previous.sourceReceivedAt);
}

/** Groups left since the last publish accumulate: two corrections before one publish lose none. */
function groupsLeft(previous: StoredMeeting | null, record: MeetingRecord): string[] {
  if (!previous) return [];
  const current = new Set(membershipKeys(record));
  return [...new Set([...(previous.leftGroups ?? []), ...membershipKeys(previous.record)])].filter((group) => !current.has(group));
}
