// The one save-with-retry every writer uses, without emulators: over a small in-memory repository that
// keeps the port's contract (a save conditional on the version read, VersionConflict otherwise).

import { describe, expect, it } from 'vitest';
import { type MeetingRepository, type StoredMeeting, VersionConflict } from '../../functions/core/record/meeting-repository.ts';
import { MAX_SAVE_ATTEMPTS, saveWithRetry } from '../../functions/core/record/save-with-retry.ts';
import { makeRecord } from '../support/record-factory.ts';

/** Meetings in a map; `beforeSave` runs before each conditional check, as a concurrent writer would. */
class InMemoryMeetings implements MeetingRepository {
  readonly meetings = new Map<string, StoredMeeting>();
  reads = 0;
  saves = 0;
  beforeSave: () => void = () => {};

  async getMeeting(id: string): Promise<StoredMeeting | null> {
    this.reads += 1;
    return this.meetings.get(id) ?? null;
  }

  async saveMeeting(meeting: StoredMeeting, previous: StoredMeeting | null): Promise<void> {
    this.saves += 1;
    this.beforeSave();
    const current = this.meetings.get(meeting.record.id);
    if ((current?.record.version ?? null) !== (previous?.record.version ?? null)) throw new VersionConflict(meeting.record.id);
    this.meetings.set(meeting.record.id, meeting);
  }
}

const stored = (version: number, title = `v${version}`): StoredMeeting => ({
  record: makeRecord({ id: 'm1', version, title }),
  sourceReceivedAt: '2026-03-01T10:00:00.000Z',
  fingerprint: title,
});
/** A change that appends to the title of whatever version it is given. */
const appendTitle = (suffix: string) => (current: StoredMeeting | null) => {
  const version = (current?.record.version ?? 0) + 1;
  return stored(version, `${current?.record.title ?? ''}${suffix}`);
};

describe('saveWithRetry', () => {
  it('saves the first version of a new meeting', async () => {
    const repository = new InMemoryMeetings();
    const outcome = await saveWithRetry(repository, 'm1', appendTitle('a'));
    expect(outcome).toEqual({ stored: stored(1, 'a'), saved: true });
    expect(repository.meetings.get('m1')?.record.title).toBe('a');
  });

  it('saves nothing when the change returns null, and answers with the meeting as stored', async () => {
    const repository = new InMemoryMeetings();
    repository.meetings.set('m1', stored(3));
    const outcome = await saveWithRetry(repository, 'm1', () => null);
    expect(outcome).toEqual({ stored: stored(3), saved: false });
    expect(repository.saves).toBe(0);
  });

  it('re-reads and re-applies the change on top of a concurrent writer\'s version', async () => {
    const repository = new InMemoryMeetings();
    repository.meetings.set('m1', stored(1, 'a'));
    let raced = false;
    repository.beforeSave = () => {
      if (raced) return;
      raced = true;
      repository.meetings.set('m1', stored(2, 'a+other'));
    };
    const outcome = await saveWithRetry(repository, 'm1', appendTitle('+mine'));
    expect(outcome.saved).toBe(true);
    expect(repository.meetings.get('m1')?.record).toMatchObject({ version: 3, title: 'a+other+mine' });
    expect(repository.reads).toBe(2);
  });

  it(`gives up after ${MAX_SAVE_ATTEMPTS} conflicts in a row and passes the VersionConflict on`, async () => {
    const repository = new InMemoryMeetings();
    repository.meetings.set('m1', stored(1));
    repository.beforeSave = () => {
      const current = repository.meetings.get('m1')!;
      repository.meetings.set('m1', stored(current.record.version + 1));
    };
    await expect(saveWithRetry(repository, 'm1', appendTitle('x'))).rejects.toBeInstanceOf(VersionConflict);
    expect(repository.saves).toBe(MAX_SAVE_ATTEMPTS);
  });

  it('does not retry other errors', async () => {
    const repository = new InMemoryMeetings();
    repository.beforeSave = () => {
      throw new Error('throttled');
    };
    await expect(saveWithRetry(repository, 'm1', appendTitle('x'))).rejects.toThrow('throttled');
    expect(repository.saves).toBe(1);
  });
});

describe('VersionConflict', () => {
  it('is named and keeps its cause', () => {
    const cause = new Error('ConditionalCheckFailed');
    const error = new VersionConflict('m1', { cause });
    expect(error.name).toBe('VersionConflict');
    expect(error.cause).toBe(cause);
    expect(error.message).toContain('m1');
  });
});
