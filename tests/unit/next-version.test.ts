// How a meeting's next version is made from the stored one, without emulators: the rules normalise and
// retract share (version, createdAt, retraction, groups left, nothing-new).

import { describe, expect, it } from 'vitest';
import type { StoredMeeting } from '../../functions/core/record/meeting-repository.ts';
import { nextVersion, retractedVersion, versionFromArticle } from '../../functions/core/record/next-version.ts';
import type { MeetingRecord } from '../../functions/core/record/record.ts';
import { fingerprintOf } from '../../functions/core/record/record-fingerprint.ts';
import { makeRecord } from '../support/record-factory.ts';

const RECEIVED = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';

function storedOf(record: MeetingRecord, extra: Partial<StoredMeeting> = {}): StoredMeeting {
  return { record, sourceReceivedAt: RECEIVED, fingerprint: fingerprintOf(record), ...extra };
}

const org = (name: string) => ({ name, mentions: [] });

describe('nextVersion', () => {
  it('makes version 1 of a new meeting, with the draft\'s createdAt and no groups left', () => {
    const draft = makeRecord({ version: 0, createdAt: RECEIVED });
    const next = nextVersion(null, draft, RECEIVED);
    expect(next?.record).toMatchObject({ version: 1, createdAt: RECEIVED });
    expect(next?.sourceReceivedAt).toBe(RECEIVED);
    expect(next?.fingerprint).toBe(fingerprintOf(next!.record));
    expect(next?.leftGroups).toEqual([]);
  });

  it('raises the stored version by one and keeps the time the meeting first appeared', () => {
    const previous = storedOf(makeRecord({ version: 4, createdAt: '2026-01-01T00:00:00.000Z' }));
    const next = nextVersion(previous, makeRecord({ version: 0, createdAt: LATER, title: 'Corrected' }), LATER);
    expect(next?.record).toMatchObject({ version: 5, createdAt: '2026-01-01T00:00:00.000Z', title: 'Corrected' });
    expect(next?.sourceReceivedAt).toBe(LATER);
  });

  it('returns null when the content is the stored one, whatever the version and update time say', () => {
    const previous = storedOf(makeRecord({ version: 2 }));
    expect(nextVersion(previous, { ...previous.record, version: 0, updatedAt: LATER }, LATER)).toBeNull();
  });

  it('keeps a retraction through a correction', () => {
    const retracted = { at: RECEIVED, by: 'bob', reason: 'duplicate' };
    const previous = storedOf(makeRecord({ version: 2, retracted }));
    const next = nextVersion(previous, makeRecord({ title: 'Corrected' }), LATER);
    expect(next?.record.retracted).toEqual(retracted);
  });

  it('carries neither the published version nor a publish failure into the new version', () => {
    const previous = storedOf(makeRecord({ version: 2 }), { publishedVersion: 2, publishFailure: { version: 2, reason: 'boom' } });
    const next = nextVersion(previous, makeRecord({ title: 'Corrected' }), LATER);
    expect(next).not.toHaveProperty('publishedVersion');
    expect(next).not.toHaveProperty('publishFailure');
  });

  it('remembers the groups a correction leaves, and accumulates them over corrections before a publish', () => {
    const first = storedOf(makeRecord({ organizations: [org('Alpha')], language: 'en', location: null, date: null }));
    const second = nextVersion(first, { ...first.record, organizations: [org('Beta')] }, LATER)!;
    expect(second.leftGroups).toEqual(['org:alpha']);
    const third = nextVersion(second, { ...second.record, organizations: [org('Gamma')] }, LATER)!;
    expect(third.leftGroups?.sort()).toEqual(['org:alpha', 'org:beta']);
  });

  it('forgets a left group the meeting joins again', () => {
    const first = storedOf(makeRecord({ organizations: [org('Alpha')], language: 'en', location: null, date: null }));
    const second = nextVersion(first, { ...first.record, organizations: [org('Beta')] }, LATER)!;
    const third = nextVersion(second, { ...second.record, organizations: [org('Alpha')] }, LATER)!;
    expect(third.leftGroups).toEqual(['org:beta']);
  });
});

describe('versionFromArticle', () => {
  it('leaves a record derived from a newer article alone, without drafting one', () => {
    const previous = storedOf(makeRecord(), { sourceReceivedAt: LATER });
    let drafted = 0;
    const draft = () => {
      drafted += 1;
      return makeRecord({ title: 'Older article' });
    };
    expect(versionFromArticle(previous, RECEIVED, draft)).toBeNull();
    expect(drafted).toBe(0);
  });

  it('lets an article received at the same time or later replace the record', () => {
    const previous = storedOf(makeRecord({ version: 1 }));
    expect(versionFromArticle(previous, RECEIVED, () => makeRecord({ title: 'Same time' }))?.record.version).toBe(2);
    expect(versionFromArticle(previous, LATER, () => makeRecord({ title: 'Later' }))?.sourceReceivedAt).toBe(LATER);
  });
});

describe('retractedVersion', () => {
  it('marks the meeting retracted in a new version, keeping its article and groups', () => {
    const previous = storedOf(makeRecord({ version: 3 }));
    const retraction = { at: LATER, by: 'bob', reason: null };
    const next = retractedVersion(previous, retraction);
    expect(next?.record).toEqual({ ...previous.record, version: 4, updatedAt: LATER, retracted: retraction });
    expect(next?.sourceReceivedAt).toBe(previous.sourceReceivedAt);
    expect(next?.leftGroups).toEqual([]);
  });

  it('returns null for a meeting retracted already: the first retraction stands', () => {
    const previous = storedOf(makeRecord({ retracted: { at: RECEIVED, by: 'alice', reason: 'first' } }));
    expect(retractedVersion(previous, { at: LATER, by: 'bob', reason: 'second' })).toBeNull();
  });
});
