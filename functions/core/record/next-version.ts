// How a meeting's next version is made from the stored one, for every writer (normalise, retract):
// versions have no gaps, a meeting keeps the time it first appeared and its retraction, and the topic
// groups it leaves are remembered until a publish has rewritten their feeds. Pure: the handlers read,
// call these and save (save-with-retry.ts).

import { membershipKeys } from '../publish/feed-groups.ts';
import { applyOverrides, type Corrections, type EditorOverrides, extractedFieldsOf, hasOverrides, type MeetingPatch, mergeOverrides, noOverrides } from './corrections.ts';
import type { StoredMeeting } from './meeting-repository.ts';
import type { MeetingRecord, Retraction } from './record.ts';
import { fingerprintOf } from './record-fingerprint.ts';

/**
 * The version that replaces `previous` (null: the meeting is new) with `draft`'s content, derived from the
 * article received at `sourceReceivedAt`; null when it says nothing new (equal fingerprints: a re-run).
 * The draft's version and createdAt are replaced: one above the stored version, and the stored createdAt.
 * `corrections` (default: the stored ones) are kept beside the record; the draft already has them applied.
 */
export function nextVersion(
  previous: StoredMeeting | null,
  draft: MeetingRecord,
  sourceReceivedAt: string,
  corrections: Corrections | undefined = previous?.corrections,
): StoredMeeting | null {
  const record: MeetingRecord = { ...draft, version: (previous?.record.version ?? 0) + 1, createdAt: previous?.record.createdAt ?? draft.createdAt };
  // A retraction outlives corrections: a resubmitted article does not bring a retracted meeting back.
  if (previous?.record.retracted) record.retracted = previous.record.retracted;
  const kept = corrections && hasOverrides(corrections.overrides) ? corrections : undefined;
  const fingerprint = fingerprintOf(record, kept?.overrides);
  if (previous?.fingerprint === fingerprint) return null;
  // A new version is not yet published, nor failed: publishedVersion and publishFailure start empty.
  return { record, sourceReceivedAt, fingerprint, leftGroups: groupsLeft(previous, record), ...(kept ? { corrections: kept } : {}) };
}

/**
 * The version an article received at `receivedAt` makes, its record drafted by `draft` (called only when
 * needed); null when the stored record is a newer article's (an older one arriving late, a retry, a
 * rebuild, never overwrites it) or the article changes nothing. An editor's overrides survive: they are
 * applied to the new extraction and kept beside it.
 */
export function versionFromArticle(previous: StoredMeeting | null, receivedAt: string, draft: () => MeetingRecord): StoredMeeting | null {
  if (previous && previous.sourceReceivedAt > receivedAt) return null;
  const extracted = draft();
  const overrides = previous?.corrections?.overrides;
  if (!overrides) return nextVersion(previous, extracted, receivedAt);
  return nextVersion(previous, applyOverrides(extracted, overrides), receivedAt, { extracted: extractedFieldsOf(extracted), overrides });
}

/**
 * The version an editor's correction makes (PATCH /meetings/{id}): `patch` folded into the overrides kept
 * so far and applied to the extracted fields; null when it changes nothing. Throws ClientError when the
 * patch names someone the record does not list, or contradicts itself.
 */
export function correctedVersion(previous: StoredMeeting, patch: MeetingPatch, at: string): StoredMeeting | null {
  const extracted: MeetingRecord = { ...previous.record, ...previous.corrections?.extracted };
  const overrides: EditorOverrides = mergeOverrides(previous.corrections?.overrides ?? noOverrides(), patch, extracted);
  const record = { ...applyOverrides(extracted, overrides), updatedAt: at };
  return nextVersion(previous, record, previous.sourceReceivedAt, { extracted: extractedFieldsOf(extracted), overrides });
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
