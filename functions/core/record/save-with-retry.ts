// The one way every writer changes a meeting: read it, decide its next version (next-version.ts), save it
// conditional on the version read; when another writer saved first (VersionConflict), read again and decide
// again on top of theirs, so of concurrent changes none is lost and versions have no gaps.

import { type MeetingRepository, type StoredMeeting, VersionConflict } from './meeting-repository.ts';

/** Reads before a conflict is given up: the error then goes to the caller (and its queue retries the message). */
export const MAX_SAVE_ATTEMPTS = 5;

export interface SaveOutcome {
  /** The meeting as stored now: the version saved, or the one read when `next` changed nothing (null: none). */
  stored: StoredMeeting | null;
  saved: boolean;
}

/** Saves `next(stored)` for meeting `id`; `next` returns null to leave the stored meeting as it is. */
export async function saveWithRetry(
  meetings: MeetingRepository,
  id: string,
  next: (stored: StoredMeeting | null) => StoredMeeting | null,
): Promise<SaveOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    const stored = await meetings.getMeeting(id);
    const meeting = next(stored);
    if (!meeting) return { stored, saved: false };
    try {
      await meetings.saveMeeting(meeting, stored);
      return { stored: meeting, saved: true };
    } catch (error) {
      if (!(error instanceof VersionConflict) || attempt >= MAX_SAVE_ATTEMPTS) throw error;
    }
  }
}
