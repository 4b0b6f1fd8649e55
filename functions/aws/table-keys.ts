// Key design of the meetings table's indexes that take a write per saved meeting: the month index and
// the topic memberships are spread over INDEX_SHARDS partitions each (by a hash of the meeting id), so
// no single partition takes every write of a month or of a busy group. Shard 0 keeps the unsharded
// value, so items written before sharding are read as shard 0 without a migration.

/** Partitions per month and per group. Readers query all of them and merge (see sharded-query.ts). */
export const INDEX_SHARDS = 4;

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
