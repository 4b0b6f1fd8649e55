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
import { feedGroupsOf, membershipKeys } from '../core/feed-groups.ts';
import { type MeetingRecord, recordFromStorage } from '../core/record.ts';
import { emulatorSettings } from './emulator-endpoint.ts';
import { KEY_PREFIX, MEETINGS_TABLE, PARTITION } from './resources.ts';
import type { CaptureClient } from './tracing.ts';

const { partitionKey: PK, sortKey: SK, byMonthIndex } = MEETINGS_TABLE;

/** A record as stored, with what the normaliser needs to decide whether a new article changes it. */
export interface StoredMeeting {
  record: MeetingRecord;
  /** receivedAt of the article the record was derived from: an older article never overwrites a newer one. */
  sourceReceivedAt: string;
  /** Hash of the derived content; equal hashes mean a re-run changed nothing. */
  fingerprint: string;
  /** Indexes the meeting was listed in before and is not any more: their feeds need a rewrite. */
  leftGroups?: string[];
  /** The highest version publish has rendered (absent: none yet). */
  publishedVersion?: number;
}

export type ArticleStatus = 'normalised' | 'failed';

export interface ArticleState {
  articleId: string;
  meetingId: string;
  /** The meeting's version once this article was processed: published when publish has rendered it. */
  meetingVersion?: number;
  status: ArticleStatus;
  reason?: string;
  receivedAt: string;
  processedAt: string;
}

/** Another writer saved a newer version first; re-read and try again. */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
}

const key = {
  meeting: (id: string) => ({ [PK]: `${KEY_PREFIX.meeting}${id}`, [SK]: 'RECORD' }),
  article: (id: string) => ({ [PK]: `${KEY_PREFIX.article}${id}`, [SK]: 'STATE' }),
  membership: (group: string, createdKey: string) => ({ [PK]: `${KEY_PREFIX.group}${group}`, [SK]: createdKey }),
  /** One item per topic group (its title), so the registry never hits the item size limit. */
  group: (groupKey: string) => ({ [PK]: PARTITION.groups, [SK]: groupKey }),
  months: { [PK]: PARTITION.state, [SK]: 'MONTHS' },
  archives: { [PK]: PARTITION.state, [SK]: 'ARCHIVES' },
};

const createdKeyOf = (record: MeetingRecord) => `${record.createdAt}#${record.id}`;
/** BatchGetItem takes at most 100 keys a call, BatchWriteItem 25 items. */
const BATCH_GET_LIMIT = 100;
const BATCH_WRITE_LIMIT = 25;

/** `capture` hands the client to the tracer (functions/aws/tracing.ts) before the document client wraps it. */
export function createDocumentClient(endpoint?: string, capture?: CaptureClient): DynamoDBDocumentClient {
  const client = new DynamoDBClient(emulatorSettings(endpoint));
  return DynamoDBDocumentClient.from(capture ? capture(client) : client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}

export class MeetingStore {
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
    await this.register([record]);
    const memberships = membershipKeys(record);
    for (const group of memberships) {
      await this.db.send(new PutCommand({ TableName: this.tableName, Item: membershipItem(group, record) }));
    }
    // Groups left since the last publish accumulate: two corrections before one publish lose none.
    const left = previous
      ? [...new Set([...(previous.leftGroups ?? []), ...membershipKeys(previous.record)])].filter((group) => !memberships.includes(group))
      : [];
    const expectedVersion = previous?.record.version ?? null;
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: meetingItem({ ...meeting, leftGroups: left, publishedVersion: undefined }),
          ConditionExpression: expectedVersion === null ? 'attribute_not_exists(#pk)' : '#version = :expected',
          ExpressionAttributeNames: expectedVersion === null ? { '#pk': PK } : { '#version': 'version' },
          ExpressionAttributeValues: expectedVersion === null ? undefined : { ':expected': expectedVersion },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new VersionConflictError(`Meeting ${record.id} changed while it was being saved.`, { cause: error });
      }
      throw error;
    }
    for (const group of left) {
      await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: key.membership(group, createdKeyOf(record)) }));
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
    await this.register(meetings.map((meeting) => meeting.record));
    const items = meetings.flatMap((meeting) => [
      meetingItem(meeting),
      ...membershipKeys(meeting.record).map((group) => membershipItem(group, meeting.record)),
    ]);
    for (let start = 0; start < items.length; start += BATCH_WRITE_LIMIT) {
      let requests: BatchWriteCommandOutput['UnprocessedItems'] = {
        [this.tableName]: items.slice(start, start + BATCH_WRITE_LIMIT).map((Item) => ({ PutRequest: { Item } })),
      };
      while (requests?.[this.tableName]?.length) {
        requests = (await this.db.send(new BatchWriteCommand({ RequestItems: requests }))).UnprocessedItems;
      }
    }
  }

  /** Adds the records' months (a string set: ADD is idempotent) and topic groups (an item each) to the registries. */
  private async register(records: MeetingRecord[]): Promise<void> {
    const months = new Set(records.map((record) => record.createdAt.slice(0, 7)));
    // DynamoDB has no empty sets: nothing to register.
    if (months.size === 0) return;
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: key.months,
        UpdateExpression: 'ADD #months :months',
        ExpressionAttributeNames: { '#months': 'months' },
        ExpressionAttributeValues: { ':months': months },
      }),
    );
    const groups = new Map(records.flatMap((record) => feedGroupsOf(record).map((group) => [group.key, group.title] as const)));
    for (const [groupKey, title] of groups) {
      await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...key.group(groupKey), title } }));
    }
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

  /** Every meeting first seen in `month`, newest first (an archive page). */
  async meetingsInMonth(month: string): Promise<MeetingRecord[]> {
    return this.queryMonth(month);
  }

  /**
   * One month of the byMonth index, newest first, up to `limit`. A global index is eventually
   * consistent: publish merges the meetings it was told about (read consistently) into these lists.
   */
  private async queryMonth(month: string, limit = Number.POSITIVE_INFINITY): Promise<MeetingRecord[]> {
    const records: MeetingRecord[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: byMonthIndex.name,
          KeyConditionExpression: '#month = :month',
          ExpressionAttributeNames: { '#month': byMonthIndex.partitionKey },
          ExpressionAttributeValues: { ':month': month },
          ScanIndexForward: false,
          Limit: Number.isFinite(limit) ? limit - records.length : undefined,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) records.push(fromItem(item).record);
      startKey = page.LastEvaluatedKey;
    } while (startKey && records.length < limit);
    return records;
  }

  /** The newest `limit` meetings listed in a group (organisation, country, language, calendar). */
  async latestInGroup(group: string, limit: number): Promise<MeetingRecord[]> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': PK },
        ExpressionAttributeValues: { ':pk': `${KEY_PREFIX.group}${group}` },
        ScanIndexForward: false,
        Limit: limit,
        ConsistentRead: true,
      }),
    );
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

  /** Every topic group that has ever had a meeting, with its title (for feeds/index.json). */
  async listGroups(): Promise<{ key: string; title: string }[]> {
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

  /** The link state each archive page was last rendered with (see core/archive-links.ts). */
  async getArchiveState(): Promise<Record<string, string>> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key.archives, ConsistentRead: true }));
    return (Item?.links as Record<string, string> | undefined) ?? {};
  }

  async putArchiveState(links: Record<string, string>): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...key.archives, links } }));
  }

  /** Months that hold meetings, newest first. */
  async listMonths(): Promise<string[]> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key.months, ConsistentRead: true }));
    const months = Item?.months as Set<string> | undefined;
    return [...(months ?? [])].sort().reverse();
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
    [byMonthIndex.partitionKey]: record.createdAt.slice(0, 7),
    [byMonthIndex.sortKey]: createdKeyOf(record),
    version: record.version,
    sourceReceivedAt: meeting.sourceReceivedAt,
    fingerprint: meeting.fingerprint,
    leftGroups: meeting.leftGroups?.length ? meeting.leftGroups : undefined,
    publishedVersion: meeting.publishedVersion,
    // Stored gzipped: a 1 MiB article's HTML would not fit DynamoDB's 400 KB items otherwise.
    record: gzipSync(JSON.stringify(record)),
  };
}

function membershipItem(group: string, record: MeetingRecord): Record<string, unknown> {
  return { ...key.membership(group, createdKeyOf(record)), id: record.id };
}

function fromItem(item: Record<string, unknown>): StoredMeeting {
  return {
    // A record stored before `kind` and `dateBasis` existed reads with both null; the item is not rewritten.
    record: recordFromStorage(JSON.parse(gunzipSync(item.record as Uint8Array).toString('utf8'))),
    sourceReceivedAt: item.sourceReceivedAt as string,
    fingerprint: item.fingerprint as string,
    leftGroups: (item.leftGroups as string[] | undefined) ?? undefined,
    publishedVersion: item.publishedVersion as number | undefined,
  };
}
