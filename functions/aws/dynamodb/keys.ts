// The keys of every item in the meetings table (single-table design), in one place: each module of this
// folder reads and writes one kind of item through these builders, and the least-privilege test
// (tests/infra/sdk-usage.ts) reads them to derive the partitions each function may touch.
//
// The indexes that take a write per saved meeting (the month index, the topic memberships) are spread
// over INDEX_SHARDS partitions each, by a hash of the meeting id, so no single partition takes every write
// of a month or of a busy group. Shard 0 keeps the unsharded value, so items written before sharding are
// read as shard 0 without a migration.

import type { FeedGroupKind } from '../../core/publish/feed-groups.ts';
import { pageKeyOf } from '../../core/publish/archive-pages.ts';
import type { MeetingRecord } from '../../core/record/record.ts';
import { KEY_PREFIX, MEETINGS_TABLE, PARTITION } from '../resources.ts';

export const { partitionKey: PK, sortKey: SK, byMonthIndex: BY_MONTH } = MEETINGS_TABLE;

/** Partitions per month and per group. Readers query all of them and merge (sharded-query.ts). */
export const INDEX_SHARDS = 4;

/** BatchGetItem takes at most 100 keys a call, BatchWriteItem 25 items. */
export const BATCH_GET_LIMIT = 100;
export const BATCH_WRITE_LIMIT = 25;

/** FNV-1a over the id's UTF-16 code units: stable, cheap, evenly spread. */
export function shardOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % INDEX_SHARDS;
}

/** What a sharded key adds to its base value: nothing for shard 0, `#n` for the others. */
export function shardSuffix(shard: number): string {
  return shard === 0 ? '' : `#${shard}`;
}

export function shardedValue(base: string, id: string): string {
  return `${base}${shardSuffix(shardOf(id))}`;
}

export function shardValues(base: string): string[] {
  return Array.from({ length: INDEX_SHARDS }, (_, shard) => `${base}${shardSuffix(shard)}`);
}

/** A meeting's sort key in the month index and in its groups: creation time, then id. */
export const createdKeyOf = (record: MeetingRecord) => pageKeyOf(record);

export const key = {
  meeting: (id: string) => ({ [PK]: `${KEY_PREFIX.meeting}${id}`, [SK]: 'RECORD' }),
  article: (id: string) => ({ [PK]: `${KEY_PREFIX.article}${id}`, [SK]: 'STATE' }),
  /** A topic membership, sharded by meeting id. */
  membership: (group: string, record: MeetingRecord) => ({ [PK]: `${KEY_PREFIX.group}${group}${shardSuffix(shardOf(record.id))}`, [SK]: createdKeyOf(record) }),
  /** The months that hold meetings. */
  months: { [PK]: PARTITION.state, [SK]: 'MONTHS' },
  /** The publisher's own state (archive pages per month, directory pages per kind); only publish writes it. */
  publisher: { [PK]: PARTITION.state, [SK]: 'PUBLISHER' },
  /** Archive page boundaries of a month, by start key ('PAGE#' is page 1). */
  archivePage: (month: string, start: string) => ({ [PK]: `${KEY_PREFIX.archive}${month}`, [SK]: `PAGE#${start}` }),
  /** A topic group the directory lists, and on which page. */
  listed: (groupKey: string) => ({ [PK]: `${KEY_PREFIX.listed}${groupKey}`, [SK]: 'LISTED' }),
  directoryEntry: (kind: FeedGroupKind, page: number, groupKey: string) => ({ [PK]: `${KEY_PREFIX.directory}${kind}#${page}`, [SK]: groupKey }),
  /** One known person, filed under their surname key (record/persons/resolve-person.ts, surnameIndexKey). */
  person: (surnameKey: string, personId: string) => ({ [PK]: `${KEY_PREFIX.persons}${surnameKey}`, [SK]: personId }),
  /** One editor token, by its id, in the one partition of editors. */
  editor: (id: string) => ({ [PK]: `${KEY_PREFIX.editor}TOKENS`, [SK]: id }),
  /** One article of an editor's list, under the editor's id (not their name), sorted by `receivedAt#articleId`. */
  editorArticle: (editorId: string, position: string) => ({ [PK]: `${KEY_PREFIX.editorArticles}${editorId}`, [SK]: position }),
  /** An editor item written before tokens had ids: `EDITOR#<sha256 of the token>`, sort key `EDITOR`. */
  legacyEditor: (tokenHash: string) => ({ [PK]: `${KEY_PREFIX.editor}${tokenHash}`, [SK]: 'EDITOR' }),
};
