import { describe, expect, it } from 'vitest';
import { type MeetingRecord, recordFromStorage, type StoredRecord } from '../../functions/core/record/record.ts';
import { fingerprintOf } from '../../functions/core/record/record-fingerprint.ts';
import { makeRecord } from '../support/record-factory.ts';

describe('fingerprintOf', () => {
  it('is the same for the same content whatever the order of the keys', () => {
    const record = makeRecord();
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as unknown as MeetingRecord;

    expect(fingerprintOf(reordered)).toBe(fingerprintOf(record));
  });

  it('ignores the bookkeeping of a write (version, updatedAt) but not the content', () => {
    const record = makeRecord();

    expect(fingerprintOf({ ...record, version: record.version + 1, updatedAt: '2030-01-01T00:00:00.000Z' })).toBe(fingerprintOf(record));
    expect(fingerprintOf({ ...record, status: record.status === 'held' ? 'planned' : 'held' })).not.toBe(fingerprintOf(record));
  });

  it('gives a record stored before kind and dateBasis, read back, the fingerprint of the same record built anew', () => {
    const { kind: _kind, dateBasis: _dateBasis, ...old } = makeRecord({ kind: null, dateBasis: null });
    const built = makeRecord({ kind: null, dateBasis: null });

    expect(fingerprintOf(recordFromStorage(old as StoredRecord))).toBe(fingerprintOf(built));
  });
});

describe('recordFromStorage', () => {
  it('reads a kind outside the vocabulary as not known', () => {
    const stored = { ...makeRecord(), kind: 'picnic' } as unknown as StoredRecord;

    expect(recordFromStorage(stored).kind).toBeNull();
    expect(recordFromStorage({ ...makeRecord(), kind: 'visit' }).kind).toBe('visit');
  });
});
