// Topic memberships (`GROUP#{group}[#shard]`, sorted by creation time): one item per group a meeting is
// listed in (feed groups and the calendar), kept with the meeting's saves (meeting-items.ts) and read
// newest first to fill a group's feed. Readers check the record: a membership left behind is ignored.

import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { MeetingRecord } from '../../core/record/record.ts';
import { KEY_PREFIX } from '../resources.ts';
import { INDEX_SHARDS, key, PK, SK, shardSuffix } from './keys.ts';
import { mergeShards, type ShardPage } from './sharded-query.ts';

export function membershipItem(group: string, record: MeetingRecord): Record<string, unknown> {
  return { ...key.membership(group, record), id: record.id };
}

export async function putMemberships(db: DynamoDBDocumentClient, tableName: string, groups: string[], record: MeetingRecord): Promise<void> {
  for (const group of groups) await db.send(new PutCommand({ TableName: tableName, Item: membershipItem(group, record) }));
}

export async function deleteMemberships(db: DynamoDBDocumentClient, tableName: string, groups: string[], record: MeetingRecord): Promise<void> {
  for (const group of groups) await db.send(new DeleteCommand({ TableName: tableName, Key: key.membership(group, record) }));
}

/** The ids of the newest `limit` meetings listed in a group, its shards merged. */
export async function latestMemberIds(db: DynamoDBDocumentClient, tableName: string, group: string, limit: number): Promise<string[]> {
  const read = (shard: number, pageLimit: number | undefined, startKey: Record<string, unknown> | undefined) =>
    groupShardPage(db, tableName, group, shard, pageLimit, startKey);
  const items = await mergeShards(INDEX_SHARDS, read, { sortKey: SK, ascending: false, limit });
  return items.map((item) => item.id as string);
}

/** The ids of a group's meetings with sort keys in [from, to), oldest first, at most `limit` (a browse page). */
export async function memberIdsInRange(db: DynamoDBDocumentClient, tableName: string, group: string, from: string, to: string | null, limit: number): Promise<string[]> {
  const range = { from: from || undefined, before: to ?? undefined, ascending: true };
  const read = (shard: number, pageLimit: number | undefined, startKey: Record<string, unknown> | undefined) =>
    groupShardPage(db, tableName, group, shard, pageLimit, startKey, range);
  const items = await mergeShards(INDEX_SHARDS, read, { sortKey: SK, ascending: true, limit });
  return items.map((item) => item.id as string);
}

/** One page of one shard of a group's memberships with sort keys in [from, before), newest first unless `ascending`. */
async function groupShardPage(
  db: DynamoDBDocumentClient,
  tableName: string,
  group: string,
  shard: number,
  limit: number | undefined,
  startKey: Record<string, unknown> | undefined,
  range: { from?: string; before?: string; ascending: boolean } = { ascending: false },
): Promise<ShardPage> {
  const { from, before } = range;
  // BETWEEN is inclusive: the upper bound itself is dropped after reading.
  const sortCondition = from && before ? ' AND #sk BETWEEN :from AND :before' : from ? ' AND #sk >= :from' : before ? ' AND #sk < :before' : '';
  const page = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: `#pk = :pk${sortCondition}`,
      ExpressionAttributeNames: { '#pk': PK, ...(sortCondition ? { '#sk': SK } : {}) },
      ExpressionAttributeValues: { ':pk': `${KEY_PREFIX.group}${group}${shardSuffix(shard)}`, ...(from ? { ':from': from } : {}), ...(before ? { ':before': before } : {}) },
      ScanIndexForward: range.ascending,
      Limit: limit,
      ConsistentRead: true,
      ExclusiveStartKey: startKey,
    }),
  );
  const items = (page.Items ?? []).filter((item) => before === undefined || (item[SK] as string) < before);
  return { items, lastKey: page.LastEvaluatedKey };
}
