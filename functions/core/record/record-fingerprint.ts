// What a record says, without the bookkeeping that changes on every write: equal fingerprints mean
// a re-run (a redelivery, a rebuild) changed nothing and must write nothing. Keys are hashed in sorted
// order, so that a record read back from storage (whose fields may come in another order, or be
// completed with defaults) and a freshly built one with the same content are equal.

import { createHash } from 'node:crypto';
import type { EditorOverrides } from './corrections.ts';
import type { MeetingRecord } from './record.ts';

/** An editor's overrides count too: pinning a field to the value extraction found changes what a re-extraction keeps. */
export function fingerprintOf(record: MeetingRecord, overrides?: EditorOverrides): string {
  const { version: _version, updatedAt: _updatedAt, ...content } = record;
  return createHash('sha256').update(JSON.stringify(overrides ? { content, overrides } : content, sortedKeys)).digest('hex');
}

/** A JSON.stringify replacer that writes every object's keys in sorted order (arrays keep theirs). */
function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
