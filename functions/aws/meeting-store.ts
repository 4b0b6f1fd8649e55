// The meetings table (DynamoDB): meeting records, article statuses and the publisher's state (editors:
// editor-store.ts). Writes are conditional, so concurrent normalisers cannot
// overwrite each other's versions.

import { gunzipSync, gzipSync } from 'node:zlib';
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  BatchWriteCommand,
  type BatchWriteCommandOutput,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { FeedGroupKind } from '../core/publish/feed-groups.ts';
import { membershipKeys } from '../core/publish/feed-groups.ts';
import { pageKeyOf } from '../core/publish/archive-pages.ts';
import type { Placement } from '../core/publish/group-directory.ts';
import type { PublisherState } from '../core/publish/plan-publish.ts';
import type { ArchivePage, PublishStore } from '../core/publish/ports.ts';
import type { ArticleState, ArticleStates } from '../core/intake/article-states.ts';
import { type MeetingRepository, type StoredMeeting, VersionConflict } from '../core/record/meeting-repository.ts';
import { type MeetingRecord, recordFromStorage } from '../core/record/record.ts';
import { emulatorSettings } from './emulator-endpoint.ts';
import { KEY_PREFIX, MEETINGS_TABLE, PARTITION } from './resources.ts';
import { mergeShards, type ShardPage } from './sharded-query.ts';
import { INDEX_SHARDS, shardedValue, shardOf, shardSuffix } from './table-keys.ts';
import type { CaptureClient } from './tracing.ts';

const { partitionKey: PK, sortKey: SK, byMonthIndex } = MEETINGS_TABLE;

const key = {
  meeting: (id: string) => ({ [PK]: `${KEY_PREFIX.meeting}${id}`, [SK]: 'RECORD' }),
  article: (id: string) => ({ [PK]: `${KEY_PREFIX.article}${id}`, [SK]: 'STATE' }),
  /** Topic memberships, sharded by meeting id (table-keys.ts). */
  membership: (group: string, record: MeetingRecord) => ({ [PK]: `${KEY_PREFIX.group}${group}${shardSuffix(shardOf(record.id))}`, [SK]: createdKeyOf(record) }),
  months: { [PK]: PARTITION.state, [SK]: 'MONTHS' },
  /** The publisher's own state (archive pages per month, directory pages per kind); only publish writes it. */
  publisher: { [PK]: PARTITION.state, [SK]: 'PUBLISHER' },
  /** Archive page boundaries of a month, by start key ('PAGE#' is page 1). */
  archivePage: (month: string, start: string) => ({ [PK]: `${KEY_PREFIX.archive}${month}`, [SK]: `PAGE#${start}` }),
  /** A topic group the directory lists, and on which page. */
  listed: (groupKey: string) => ({ [PK]: `${KEY_PREFIX.listed}${groupKey}`, [SK]: 'LISTED' }),
  directoryEntry: (kind: FeedGroupKind, page: number, groupKey: string) => ({ [PK]: `${KEY_PREFIX.directory}${kind}#${page}`, [SK]: groupKey }),
};

const createdKeyOf = (record: MeetingRecord) => pageKeyOf(record);
/** BatchGetItem takes at most 100 keys a call, BatchWriteItem 25 items. */
const BATCH_GET_LIMIT = 100;
const BATCH_WRITE_LIMIT = 25;
const IMPORT_CONCURRENCY = 4;

/** `capture` hands the client to the tracer (functions/aws/tracing.ts) before the document client wraps it. */
export function createDocumentClient(endpoint?: string, capture?: CaptureClient): DynamoDBDocumentClient {
  const client = new DynamoDBClient(emulatorSettings(endpoint));
  return DynamoDBDocumentClient.from(capture ? capture(client) : client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}

export class MeetingStore implements MeetingRepository, ArticleStates, PublishStore {
  /** Months known to be registered (they are never removed): each container reads or writes a month once. */
  private readonly knownMonths = new Set<string>();

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getMeeting(id: string): Promise<StoredMeeting | null> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key.meeting(id), ConsistentRead: true }));
    return Item ? fromItem(Item) : null;
  }

  /**
   * Saves a meeting if the stored version is still the one in `previous` (null: it must not exist yet).
   * Registrations and memberships are written before the record and removed memberships after it,
   * all idempotent: an interrupted save leaves at worst an extra membership, which readers ignore
   * (they check the record), never a missing one; the retry then saves the record.
   */
  async saveMeeting(meeting: StoredMeeting, previous: StoredMeeting | null): Promise<void> {
    const { record } = meeting;
    await this.registerMonths([record]);
    const memberships = membershipKeys(record);
    // Memberships the stored version already has are not written again (their keys do not change).
    const held = new Set(previous && previous.record.createdAt === record.createdAt ? membershipKeys(previous.record) : []);
    for (const group of memberships.filter((key) => !held.has(key))) {
      await this.db.send(new PutCommand({ TableName: this.tableName, Item: membershipItem(group, record) }));
    }
    const expectedVersion = previous?.record.version ?? null;
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: meetingItem(meeting),
          ConditionExpression: expectedVersion === null ? 'attribute_not_exists(#pk)' : '#version = :expected',
          ExpressionAttributeNames: expectedVersion === null ? { '#pk': PK } : { '#version': 'version' },
          ExpressionAttributeValues: expectedVersion === null ? undefined : { ':expected': expectedVersion },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new VersionConflict(record.id, { cause: error });
      }
      throw error;
    }
    // The groups it left (next-version.ts) lose their membership once the record no longer lists it.
    for (const group of meeting.leftGroups ?? []) {
      await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: key.membership(group, record) }));
    }
  }

  /** Records that publish has rendered `version` of a meeting (never moves back). */
  async markPublished(id: string, version: number): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key.meeting(id),
          UpdateExpression: 'SET publishedVersion = :version',
          ConditionExpression: 'attribute_exists(#pk) AND #version >= :version AND (attribute_not_exists(publishedVersion) OR publishedVersion < :version)',
          ExpressionAttributeNames: { '#pk': PK, '#version': 'version' },
          ExpressionAttributeValues: { ':version': version },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /**
   * Bulk load without version checks (rebuilds, benchmarks): batch writes of the meetings and their
   * memberships, after registering their months and groups.
   */
  async importMeetings(meetings: StoredMeeting[]): Promise<void> {
    await this.registerMonths(meetings.map((meeting) => meeting.record));
    const items = meetings.flatMap((meeting) => [
      meetingItem(meeting),
      ...membershipKeys(meeting.record).map((group) => membershipItem(group, meeting.record)),
    ]);
    const writeBatch = async (start: number) => {
      let requests: BatchWriteCommandOutput['UnprocessedItems'] = {
        [this.tableName]: items.slice(start, start + BATCH_WRITE_LIMIT).map((Item) => ({ PutRequest: { Item } })),
      };
      while (requests?.[this.tableName]?.length) {
        requests = (await this.db.send(new BatchWriteCommand({ RequestItems: requests }))).UnprocessedItems;
      }
    };
    // A few batches in flight at a time: bulk loads are bound by round trips, not by capacity.
    for (let start = 0; start < items.length; start += BATCH_WRITE_LIMIT * IMPORT_CONCURRENCY) {
      const starts = Array.from({ length: IMPORT_CONCURRENCY }, (_, i) => start + i * BATCH_WRITE_LIMIT).filter((at) => at < items.length);
      await Promise.all(starts.map(writeBatch));
    }
  }

  /**
   * Adds the records' months to `STATE/MONTHS` only when they are new: a month once listed is never
   * removed, so a read that finds it (even eventually consistent) is final, and each container
   * remembers it. The item is written about once a month, not once a save.
   */
  private async registerMonths(records: MeetingRecord[]): Promise<void> {
    const months = new Set(records.map((record) => record.createdAt.slice(0, 7)).filter((month) => !this.knownMonths.has(month)));
    if (months.size === 0) return;
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key.months }));
    const listed = (Item?.months as Set<string> | undefined) ?? new Set<string>();
    const missing = [...months].filter((month) => !listed.has(month));
    if (missing.length > 0) {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key.months,
          UpdateExpression: 'ADD #months :months',
          ExpressionAttributeNames: { '#months': 'months' },
          ExpressionAttributeValues: { ':months': new Set(missing) },
        }),
      );
    }
    for (const month of months) this.knownMonths.add(month);
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
    const items = await mergeShards(INDEX_SHARDS, read, { sortKey: byMonthIndex.sortKey, ascending: true, limit });
    return items.map((item) => fromItem(item).record);
  }

  /**
   * One month of the byMonth index (all its shards), newest first, up to `limit`. A global index is
   * eventually consistent: publish merges the meetings it was told about (read consistently) into these lists.
   */
  private async queryMonth(month: string, limit: number): Promise<MeetingRecord[]> {
    const read = (shard: number, pageLimit: number | undefined, startKey: Record<string, unknown> | undefined) =>
      this.monthShardPage(month, shard, { ascending: false }, pageLimit, startKey);
    const items = await mergeShards(INDEX_SHARDS, read, { sortKey: byMonthIndex.sortKey, ascending: false, limit });
    return items.map((item) => fromItem(item).record);
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
        IndexName: byMonthIndex.name,
        KeyConditionExpression: `#month = :month${sortCondition}`,
        ExpressionAttributeNames: { '#month': byMonthIndex.partitionKey, ...(sortCondition ? { '#sk': byMonthIndex.sortKey } : {}) },
        ExpressionAttributeValues: { ':month': `${month}${shardSuffix(shard)}`, ...(from ? { ':from': from } : {}), ...(before ? { ':before': before } : {}) },
        ScanIndexForward: range.ascending,
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    );
    const items = (page.Items ?? []).filter((item) => before === undefined || (item[byMonthIndex.sortKey] as string) < before);
    return { items, lastKey: page.LastEvaluatedKey };
  }

  /** One page of one shard of a group's memberships, newest first. */
  private async groupShardPage(group: string, shard: number, limit: number | undefined, startKey: Record<string, unknown> | undefined): Promise<ShardPage> {
    const page = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
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

  /** The newest `limit` meetings listed in a group (organisation, country, language, calendar). */
  async latestInGroup(group: string, limit: number): Promise<MeetingRecord[]> {
    const read = (shard: number, pageLimit: number | undefined, startKey: Record<string, unknown> | undefined) => this.groupShardPage(group, shard, pageLimit, startKey);
    const Items = await mergeShards(INDEX_SHARDS, read, { sortKey: SK, ascending: false, limit });
    const stored = await this.getMeetings(Items.map((item) => item.id as string));
    // A membership left behind by an interrupted save is ignored rather than shown.
    return stored.map((meeting) => meeting.record).filter((record) => membershipKeys(record).includes(group));
  }

  /** Meetings by id, in the order asked, skipping ids that do not exist. */
  async getMeetings(ids: string[]): Promise<StoredMeeting[]> {
    const found = new Map<string, StoredMeeting>();
    const unique = [...new Set(ids)];
    for (let start = 0; start < unique.length; start += BATCH_GET_LIMIT) {
      let keys: Record<string, unknown>[] | undefined = unique.slice(start, start + BATCH_GET_LIMIT).map(key.meeting);
      while (keys && keys.length > 0) {
        const response: BatchGetCommandOutput = await this.db.send(new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: keys, ConsistentRead: true } } }));
        for (const item of response.Responses?.[this.tableName] ?? []) {
          const meeting = fromItem(item);
          found.set(meeting.record.id, meeting);
        }
        keys = response.UnprocessedKeys?.[this.tableName]?.Keys;
      }
    }
    return unique.map((id) => found.get(id)).filter((meeting): meeting is StoredMeeting => meeting !== undefined);
  }

  /** Topic groups registered by releases before the directory (one item each under `GROUPS`). */
  async legacyGroups(): Promise<{ key: string; title: string }[]> {
    const groups: { key: string; title: string }[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': PK },
          ExpressionAttributeValues: { ':pk': PARTITION.groups },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) groups.push({ key: item[SK] as string, title: item.title as string });
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return groups;
  }

  async getPublisherState(): Promise<PublisherState> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key.publisher, ConsistentRead: true }));
    return { months: (Item?.months as PublisherState['months'] | undefined) ?? {}, directory: Item?.directory as PublisherState['directory'] };
  }

  async putPublisherState(state: PublisherState): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...key.publisher, months: state.months, directory: state.directory } }));
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

  async listedGroups(keys: string[]): Promise<Set<string>> {
    const listed = new Set<string>();
    const unique = [...new Set(keys)];
    for (let start = 0; start < unique.length; start += BATCH_GET_LIMIT) {
      let requested: Record<string, unknown>[] | undefined = unique.slice(start, start + BATCH_GET_LIMIT).map(key.listed);
      while (requested && requested.length > 0) {
        const response: BatchGetCommandOutput = await this.db.send(new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: requested, ConsistentRead: true } } }));
        for (const item of response.Responses?.[this.tableName] ?? []) listed.add((item[PK] as string).slice('LISTED#'.length));
        requested = response.UnprocessedKeys?.[this.tableName]?.Keys;
      }
    }
    return listed;
  }

  /** Lists groups in the directory: the page's entry first, then the marker that says it is listed. */
  async putListedGroups(placements: Placement[]): Promise<void> {
    for (const { group, page } of placements) {
      await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...key.directoryEntry(group.kind, page, group.key), title: group.title } }));
      await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...key.listed(group.key), page } }));
    }
  }

  async directoryPage(kind: FeedGroupKind, page: number): Promise<{ key: string; title: string }[]> {
    const groups: { key: string; title: string }[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const response = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': PK },
          ExpressionAttributeValues: { ':pk': `${KEY_PREFIX.directory}${kind}#${page}` },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of response.Items ?? []) groups.push({ key: item[SK] as string, title: item.title as string });
      startKey = response.LastEvaluatedKey;
    } while (startKey);
    return groups;
  }

  /** Months that hold meetings, newest first. */
  async listMonths(): Promise<string[]> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key.months, ConsistentRead: true }));
    const months = Item?.months as Set<string> | undefined;
    return [...(months ?? [])].sort().reverse();
  }

  /** Records that publish could not render `version` of a meeting (a newer save clears it). */
  async markPublishFailed(id: string, version: number, reason: string): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key.meeting(id),
          UpdateExpression: 'SET publishFailure = :failure',
          ConditionExpression: 'attribute_exists(#pk) AND #version = :version',
          ExpressionAttributeNames: { '#pk': PK, '#version': 'version' },
          ExpressionAttributeValues: { ':version': version, ':failure': { version, reason: reason.slice(0, 1000) } },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async getArticle(articleId: string): Promise<ArticleState | null> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key.article(articleId) }));
    if (!Item) return null;
    const { articleId: id, meetingId, meetingVersion, status, reason, receivedAt, processedAt } = Item;
    return { articleId: id, meetingId, meetingVersion, status, reason, receivedAt, processedAt } as ArticleState;
  }

  async putArticle(state: ArticleState): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...key.article(state.articleId), ...state } }));
  }
}

function meetingItem(meeting: StoredMeeting): Record<string, unknown> {
  const { record } = meeting;
  return {
    ...key.meeting(record.id),
    [byMonthIndex.partitionKey]: shardedValue(record.createdAt.slice(0, 7), record.id),
    [byMonthIndex.sortKey]: createdKeyOf(record),
    version: record.version,
    sourceReceivedAt: meeting.sourceReceivedAt,
    fingerprint: meeting.fingerprint,
    leftGroups: meeting.leftGroups?.length ? meeting.leftGroups : undefined,
    publishedVersion: meeting.publishedVersion,
    publishFailure: meeting.publishFailure,
    // Stored gzipped: a 1 MiB article's HTML would not fit DynamoDB's 400 KB items otherwise.
    record: gzipSync(JSON.stringify(record)),
  };
}

function membershipItem(group: string, record: MeetingRecord): Record<string, unknown> {
  return { ...key.membership(group, record), id: record.id };
}

function fromItem(item: Record<string, unknown>): StoredMeeting {
  return {
    // A record stored before `kind` and `dateBasis` existed reads with both null; the item is not rewritten.
    record: recordFromStorage(JSON.parse(gunzipSync(item.record as Uint8Array).toString('utf8'))),
    sourceReceivedAt: item.sourceReceivedAt as string,
    fingerprint: item.fingerprint as string,
    leftGroups: (item.leftGroups as string[] | undefined) ?? undefined,
    publishedVersion: item.publishedVersion as number | undefined,
    publishFailure: item.publishFailure as StoredMeeting['publishFailure'],
  };
}
