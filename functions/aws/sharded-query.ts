// Reads a sharded partition (see table-keys.ts) as if it were one: a query per shard, merged in sort-key
// order, each shard read lazily page by page, so taking the first N costs about N items, not N per shard.

import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';

export interface ShardedQuery {
  tableName: string;
  indexName?: string;
  partitionKey: string;
  sortKey: string;
  /** The partition values of every shard. */
  partitions: string[];
  /** Inclusive lower bound of the sort key. */
  from?: string;
  /** Exclusive upper bound of the sort key. */
  before?: string;
  ascending: boolean;
  consistent?: boolean;
}

type Item = Record<string, unknown>;

interface Shard {
  buffer: Item[];
  startKey: Item | undefined;
  done: boolean;
}

/** The first `limit` items of the shards together, in sort-key order. */
export async function queryShards(db: DynamoDBDocumentClient, query: ShardedQuery, limit: number): Promise<Item[]> {
  const pageSize = Number.isFinite(limit) ? Math.ceil(limit / query.partitions.length) + 2 : undefined;
  const shards: Shard[] = query.partitions.map(() => ({ buffer: [], startKey: undefined, done: false }));
  const fill = async (shard: Shard, partition: string) => {
    while (shard.buffer.length === 0 && !shard.done) {
      const page = await db.send(new QueryCommand(command(query, partition, pageSize, shard.startKey)));
      const before = query.before;
      shard.buffer.push(...(page.Items ?? []).filter((item) => before === undefined || (item[query.sortKey] as string) < before));
      shard.startKey = page.LastEvaluatedKey;
      shard.done = !page.LastEvaluatedKey;
    }
  };
  await Promise.all(shards.map((shard, index) => fill(shard, query.partitions[index]!)));
  const items: Item[] = [];
  const sortKeyOf = (shard: Shard) => shard.buffer[0]![query.sortKey] as string;
  while (items.length < limit) {
    let best: Shard | undefined;
    for (const shard of shards) {
      if (shard.buffer.length === 0) continue;
      if (!best || (query.ascending ? sortKeyOf(shard) < sortKeyOf(best) : sortKeyOf(shard) > sortKeyOf(best))) best = shard;
    }
    if (!best) break;
    items.push(best.buffer.shift()!);
    await fill(best, query.partitions[shards.indexOf(best)]!);
  }
  return items;
}

function command(query: ShardedQuery, partition: string, limit: number | undefined, startKey: Item | undefined) {
  const names: Record<string, string> = { '#pk': query.partitionKey };
  const values: Record<string, unknown> = { ':pk': partition };
  let condition = '#pk = :pk';
  if (query.from !== undefined || query.before !== undefined) names['#sk'] = query.sortKey;
  if (query.from !== undefined && query.before !== undefined) {
    // BETWEEN is inclusive: the upper bound itself is dropped after reading.
    condition += ' AND #sk BETWEEN :from AND :before';
    Object.assign(values, { ':from': query.from, ':before': query.before });
  } else if (query.from !== undefined) {
    condition += ' AND #sk >= :from';
    values[':from'] = query.from;
  } else if (query.before !== undefined) {
    condition += ' AND #sk < :before';
    values[':before'] = query.before;
  }
  return {
    TableName: query.tableName,
    IndexName: query.indexName,
    KeyConditionExpression: condition,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ScanIndexForward: query.ascending,
    Limit: limit,
    ExclusiveStartKey: startKey,
    ConsistentRead: query.consistent,
  };
}
