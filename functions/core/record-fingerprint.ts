// What a record says, without the bookkeeping that changes on every write: equal fingerprints mean
// a re-run (a redelivery, a rebuild) changed nothing and must write nothing.

import { createHash } from 'node:crypto';
import type { MeetingRecord } from './record.ts';

export function fingerprintOf(record: MeetingRecord): string {
  const { version: _version, updatedAt: _updatedAt, ...content } = record;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
