// Meetings as the core keeps them: the record, with what the normaliser and publish note beside it, read
// and saved through `MeetingRepository` (DynamoDB: functions/aws/dynamodb/meeting-items.ts). Saves are
// conditional on the version read, so concurrent writers cannot overwrite each other (save-with-retry.ts).

import type { Corrections } from './corrections.ts';
import type { MeetingRecord } from './record.ts';

/** A record as stored, with what the normaliser needs to decide whether a new article changes it. */
export interface StoredMeeting {
  record: MeetingRecord;
  /** receivedAt of the article the record was derived from: an older article never overwrites a newer one. */
  sourceReceivedAt: string;
  /** Hash of the derived content; equal hashes mean a re-run changed nothing. */
  fingerprint: string;
  /** Indexes the meeting was listed in before and is not any more: their feeds need a rewrite. */
  leftGroups?: string[];
  /** The highest version publish has rendered (absent: none yet). */
  publishedVersion?: number;
  /** An editor's overrides and the extracted fields they replace (corrections.ts); absent: never corrected. */
  corrections?: Corrections;
  /** A version publish could not render, and why (cleared by the next save). */
  publishFailure?: { version: number; reason: string };
}

/** Another writer saved a newer version first; re-read and try again. */
export class VersionConflict extends Error {
  override readonly name = 'VersionConflict';

  constructor(meetingId: string, options?: { cause?: unknown }) {
    super(`Meeting ${meetingId} changed while it was being saved.`, options);
  }
}

export interface MeetingRepository {
  /** Read consistently: a save right after sees the version it replaces. */
  getMeeting(id: string): Promise<StoredMeeting | null>;
  /**
   * Saves `meeting` as it is if the stored version is still the one in `previous` (null: none may exist yet);
   * throws VersionConflict otherwise.
   */
  saveMeeting(meeting: StoredMeeting, previous: StoredMeeting | null): Promise<void>;
}
