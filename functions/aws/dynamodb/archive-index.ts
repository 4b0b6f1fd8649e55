// What publish pages the archive by: the months that hold meetings (months.ts), the month index (`byMonth`,
// a global index over meeting items, sharded: keys.ts) read newest first or in sort-key ranges, and each
// month's archive page boundaries (`ARCHIVE#{month}`/`PAGE#{start}`).

import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ArchiveIndex, ArchivePage } from '../../core/publish/ports.ts';
import type { MeetingRecord } from '../../core/record/record.ts';
import { KEY_PREFIX } from '../resources.ts';
import { BY_MONTH, INDEX_SHARDS, key, PK, SK, shardSuffix } from './keys.ts';
import { storedMeetingOf } from './meeting-items.ts';
import { readMonths } from './months.ts';
import { mergeShards, type ShardPage } from './sharded-query.ts';

export class ArchiveIndexItems implements ArchiveIndex {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Months that hold meetings, newest first. */
  async listMonths(): Promise<string[]> {
    return readMonths(this.db, this.tableName);
  }

  /** The newest meetings by first appearance: a query per month, newest month first, never a scan. */
  async latestMeetings(limit: number): Promise<MeetingRecord[]> {
    const records: MeetingRecord[] = [];
    for (const month of await this.listMonths()) {
      records.push(...(await this.queryMonth(month, limit - records.length)));
      if (records.length >= limit) break;
    }
    return records;
  }

  /** Meetings of `month` with sort keys in [from, to), oldest first, at most `limit` (an archive page). */
  async meetingsInRange(month: string, from: string, to: string | null, limit: number): Promise<MeetingRecord[]> {
    const read = (shard: number, pageLimit: number | undefined, startKey: Record<string, unknown> | undefined) =>
      this.monthShardPage(month, shard, { from: from || undefined, before: to ?? undefined, ascending: true }, pageLimit, startKey);
    const items = await mergeShards(INDEX_SHARDS, read, { sortKey: BY_MONTH.sortKey, ascending: true, limit });
    return items.map((item) => storedMeetingOf(item).record);
  }

  async archivePageAt(month: string, pageKey: string): Promise<ArchivePage | null> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk AND #sk <= :sk',
        ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
        ExpressionAttributeValues: { ':pk': `${KEY_PREFIX.archive}${month}`, ':sk': key.archivePage(month, pageKey)[SK] },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    const item = Items[0];
    return item ? { page: item.page as number, start: item.start as string, end: (item.end as string | undefined) ?? null } : null;
  }

  async putArchivePage(month: string, page: ArchivePage): Promise<void> {
    const item = { ...key.archivePage(month, page.start), page: page.page, start: page.start, end: page.end ?? undefined };
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: item }));
  }

  /**
   * One month of the byMonth index (all its shards), newest first, up to `limit`. A global index is
   * eventually consistent: publish merges the meetings it was told about (read consistently) into these lists.
   */
  private async queryMonth(month: string, limit: number): Promise<MeetingRecord[]> {
    const read = (shard: number, pageLimit: number | undefined, startKey: Record<string, unknown> | undefined) =>
      this.monthShardPage(month, shard, { ascending: false }, pageLimit, startKey);
    const items = await mergeShards(INDEX_SHARDS, read, { sortKey: BY_MONTH.sortKey, ascending: false, limit });
    return items.map((item) => storedMeetingOf(item).record);
  }

  /** One page of one shard of a month in the byMonth index, with sort keys in [from, before). */
  private async monthShardPage(
    month: string,
    shard: number,
    range: { from?: string; before?: string; ascending: boolean },
    limit: number | undefined,
    startKey: Record<string, unknown> | undefined,
  ): Promise<ShardPage> {
    const { from, before } = range;
    // BETWEEN is inclusive: the upper bound itself is dropped after reading.
    const sortCondition = from && before ? ' AND #sk BETWEEN :from AND :before' : from ? ' AND #sk >= :from' : before ? ' AND #sk < :before' : '';
    const page = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: BY_MONTH.name,
        KeyConditionExpression: `#month = :month${sortCondition}`,
        ExpressionAttributeNames: { '#month': BY_MONTH.partitionKey, ...(sortCondition ? { '#sk': BY_MONTH.sortKey } : {}) },
        ExpressionAttributeValues: { ':month': `${month}${shardSuffix(shard)}`, ...(from ? { ':from': from } : {}), ...(before ? { ':before': before } : {}) },
        ScanIndexForward: range.ascending,
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    );
    const items = (page.Items ?? []).filter((item) => before === undefined || (item[BY_MONTH.sortKey] as string) < before);
    return { items, lastKey: page.LastEvaluatedKey };
  }
}
