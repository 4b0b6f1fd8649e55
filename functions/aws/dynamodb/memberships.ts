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

/** One page of one shard of a group's memberships, newest first. */
async function groupShardPage(
  db: DynamoDBDocumentClient,
  tableName: string,
  group: string,
  shard: number,
  limit: number | undefined,
  startKey: Record<string, unknown> | undefined,
): Promise<ShardPage> {
  const page = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': PK },
      ExpressionAttributeValues: { ':pk': `${KEY_PREFIX.group}${group}${shardSuffix(shard)}` },
      ScanIndexForward: false,
      Limit: limit,
      ConsistentRead: true,
      ExclusiveStartKey: startKey,
    }),
  );
  return { items: page.Items ?? [], lastKey: page.LastEvaluatedKey };
}
