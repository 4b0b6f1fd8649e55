// The meetings table (DynamoDB): meeting records, article statuses, editors and the publisher's state.
// The only module that talks to DynamoDB. Writes are conditional, so concurrent normalisers cannot
// overwrite each other's versions.

import { gunzipSync, gzipSync } from 'node:zlib';
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { MeetingRecord } from '../core/record.ts';
import { emulatorSettings } from './emulator-endpoint.ts';
import { MEETINGS_TABLE } from './resources.ts';

const { partitionKey: PK, sortKey: SK, byMonthIndex } = MEETINGS_TABLE;

/** A record as stored, with what the normaliser needs to decide whether a new article changes it. */
export interface StoredMeeting {
  record: MeetingRecord;
  /** receivedAt of the article the record was derived from: an older article never overwrites a newer one. */
  sourceReceivedAt: string;
  /** Hash of the derived content; equal hashes mean a re-run changed nothing. */
  fingerprint: string;
}

export type ArticleStatus = 'normalised' | 'failed';

export interface ArticleState {
  articleId: string;
  meetingId: string;
  status: ArticleStatus;
  reason?: string;
  receivedAt: string;
  processedAt: string;
}

export interface PublishState {
  /** Every change written before this instant is in the published site. */
  publishedThrough: string;
}

export interface Editor {
  name: string;
}

/** Another writer saved a newer version first; re-read and try again. */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
}

const key = {
  meeting: (id: string) => ({ [PK]: `MEETING#${id}`, [SK]: 'RECORD' }),
  article: (id: string) => ({ [PK]: `ARTICLE#${id}`, [SK]: 'STATE' }),
  editor: (tokenHash: string) => ({ [PK]: `EDITOR#${tokenHash}`, [SK]: 'EDITOR' }),
  months: { [PK]: 'STATE', [SK]: 'MONTHS' },
  publish: { [PK]: 'STATE', [SK]: 'PUBLISH' },
};

export function createDocumentClient(endpoint?: string): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient(emulatorSettings(endpoint)), {
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
   * Saves a meeting if the stored version is still `expectedVersion` (null: it must not exist yet).
   * The month is registered first, so a stored meeting is always reachable from the month list.
   */
  async saveMeeting(meeting: StoredMeeting, expectedVersion: number | null): Promise<void> {
    const month = meeting.record.createdAt.slice(0, 7);
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: key.months,
        UpdateExpression: 'ADD #months :month',
        ExpressionAttributeNames: { '#months': 'months' },
        ExpressionAttributeValues: { ':month': new Set([month]) },
      }),
    );
    // The record is stored gzipped: a 1 MiB article's HTML would not fit DynamoDB's 400 KB items otherwise.
    const record = gzipSync(JSON.stringify(meeting.record));
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...key.meeting(meeting.record.id),
            [byMonthIndex.partitionKey]: month,
            [byMonthIndex.sortKey]: `${meeting.record.createdAt}#${meeting.record.id}`,
            version: meeting.record.version,
            sourceReceivedAt: meeting.sourceReceivedAt,
            fingerprint: meeting.fingerprint,
            record,
          },
          ConditionExpression: expectedVersion === null ? 'attribute_not_exists(#pk)' : '#version = :expected',
          ExpressionAttributeNames: expectedVersion === null ? { '#pk': PK } : { '#version': 'version' },
          ExpressionAttributeValues: expectedVersion === null ? undefined : { ':expected': expectedVersion },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new VersionConflictError(`Meeting ${meeting.record.id} changed while it was being normalised.`, { cause: error });
      }
      throw error;
    }
  }

  /** The newest meetings by first appearance: a query per month, newest month first, never a scan. */
  async latestMeetings(limit: number): Promise<MeetingRecord[]> {
    const records: MeetingRecord[] = [];
    for (const month of await this.months()) {
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
            Limit: limit - records.length,
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of page.Items ?? []) records.push(fromItem(item).record);
        startKey = page.LastEvaluatedKey;
      } while (startKey && records.length < limit);
      if (records.length >= limit) break;
    }
    return records;
  }

  /** Months that hold meetings, newest first. */
  private async months(): Promise<string[]> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key.months, ConsistentRead: true }));
    const months = Item?.months as Set<string> | undefined;
    return [...(months ?? [])].sort().reverse();
  }

  async getArticle(articleId: string): Promise<ArticleState | null> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key.article(articleId) }));
    if (!Item) return null;
    const { articleId: id, meetingId, status, reason, receivedAt, processedAt } = Item;
    return { articleId: id, meetingId, status, reason, receivedAt, processedAt } as ArticleState;
  }

  async putArticle(state: ArticleState): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...key.article(state.articleId), ...state } }));
  }

  async getPublishState(): Promise<PublishState | null> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key.publish, ConsistentRead: true }));
    return Item ? { publishedThrough: Item.publishedThrough as string } : null;
  }

  /** Moves the watermark forward only: a slow, older publish never moves it back. */
  async putPublishState(state: PublishState): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...key.publish, ...state },
          ConditionExpression: 'attribute_not_exists(publishedThrough) OR publishedThrough < :through',
          ExpressionAttributeValues: { ':through': state.publishedThrough },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async putEditor(tokenHash: string, editor: Editor): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...key.editor(tokenHash), name: editor.name } }));
  }

  async findEditor(tokenHash: string): Promise<Editor | null> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key.editor(tokenHash) }));
    return Item ? { name: Item.name as string } : null;
  }
}

function fromItem(item: Record<string, unknown>): StoredMeeting {
  return {
    record: JSON.parse(gunzipSync(item.record as Uint8Array).toString('utf8')) as MeetingRecord,
    sourceReceivedAt: item.sourceReceivedAt as string,
    fingerprint: item.fingerprint as string,
  };
}
