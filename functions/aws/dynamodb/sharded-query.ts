// Reads a sharded partition (see keys.ts) as if it were one: the shards' pages merged in sort-key
// order, each shard read lazily page by page, so taking the first N costs about N items, not N per shard.
// The queries themselves are the item modules' (archive-index.ts, memberships.ts); this is only the merge.

type Item = Record<string, unknown>;

export interface ShardPage {
  items: Item[];
  lastKey: Item | undefined;
}

/** Reads one page of one shard: at most `limit` items (all, when undefined), from `startKey`. */
export type ShardReader = (shard: number, limit: number | undefined, startKey: Item | undefined) => Promise<ShardPage>;

interface Shard {
  buffer: Item[];
  startKey: Item | undefined;
  done: boolean;
}

/** The first `limit` items of `shards` shards together, ordered by `sortKey` (ascending or not). */
export async function mergeShards(shards: number, read: ShardReader, options: { sortKey: string; ascending: boolean; limit: number }): Promise<Item[]> {
  const { sortKey, ascending, limit } = options;
  const pageSize = Number.isFinite(limit) ? Math.ceil(limit / shards) + 2 : undefined;
  const state: Shard[] = Array.from({ length: shards }, () => ({ buffer: [], startKey: undefined, done: false }));
  const fill = async (index: number) => {
    const shard = state[index]!;
    while (shard.buffer.length === 0 && !shard.done) {
      const page = await read(index, pageSize, shard.startKey);
      shard.buffer.push(...page.items);
      shard.startKey = page.lastKey;
      shard.done = !page.lastKey;
    }
  };
  await Promise.all(state.map((_, index) => fill(index)));
  const items: Item[] = [];
  const head = (index: number) => state[index]!.buffer[0]![sortKey] as string;
  while (items.length < limit) {
    let best = -1;
    for (let index = 0; index < shards; index += 1) {
      if (state[index]!.buffer.length === 0) continue;
      if (best < 0 || (ascending ? head(index) < head(best) : head(index) > head(best))) best = index;
    }
    if (best < 0) break;
    items.push(state[best]!.buffer.shift()!);
    await fill(best);
  }
  return items;
}
