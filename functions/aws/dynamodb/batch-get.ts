// Reads many items by key: BatchGetItem takes at most 100 keys a call and may leave some unprocessed
// (throttling, size), which are asked again until none is left.

import { BatchGetCommand, type BatchGetCommandOutput, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BATCH_GET_LIMIT } from './keys.ts';

type Item = Record<string, unknown>;

/** Every item stored under `keys`, read consistently, in no particular order; missing keys give none. */
export async function batchGetAll(db: DynamoDBDocumentClient, tableName: string, keys: Item[]): Promise<Item[]> {
  const items: Item[] = [];
  for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
    let requested: Item[] | undefined = keys.slice(start, start + BATCH_GET_LIMIT);
    while (requested && requested.length > 0) {
      const response: BatchGetCommandOutput = await db.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: requested, ConsistentRead: true } } }));
      items.push(...(response.Responses?.[tableName] ?? []));
      requested = response.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return items;
}
