// Meeting items (`MEETING#{id}`/`RECORD`): the record, gzipped, with the normaliser's and publish's notes
// beside it and the month index's keys. A save is conditional on the version read, so concurrent writers
// cannot overwrite each other's versions, and keeps the meeting's memberships (memberships.ts) and its
// month (months.ts) registered around the record.

import { gunzipSync, gzipSync } from 'node:zlib';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, type BatchWriteCommandOutput, type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { membershipKeys } from '../../core/publish/feed-groups.ts';
import type { PublishMeetings } from '../../core/publish/ports.ts';
import { type MeetingRepository, type StoredMeeting, VersionConflict } from '../../core/record/meeting-repository.ts';
import { type MeetingRecord, recordFromStorage } from '../../core/record/record.ts';
import { batchGetAll } from './batch-get.ts';
import { BATCH_WRITE_LIMIT, BY_MONTH, createdKeyOf, key, PK, shardedValue } from './keys.ts';
import { deleteMemberships, latestMemberIds, memberIdsInRange, membershipItem, putMemberships } from './memberships.ts';
import { registerMonths } from './months.ts';

const IMPORT_CONCURRENCY = 4;

export class MeetingItems implements MeetingRepository, PublishMeetings {
  /** Months known to be registered (they are never removed): each container reads or writes a month once. */
  private readonly knownMonths = new Set<string>();

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getMeeting(id: string): Promise<StoredMeeting | null> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key.meeting(id), ConsistentRead: true }));
    return Item ? storedMeetingOf(Item) : null;
  }

  /**
   * Registrations and memberships are written before the record and the memberships of groups it left
   * (next-version.ts) removed after it, all idempotent: an interrupted save leaves at worst an extra
   * membership, which readers ignore (they check the record), never a missing one; the retry then saves the record.
   */
  async saveMeeting(meeting: StoredMeeting, previous: StoredMeeting | null): Promise<void> {
    const { record } = meeting;
    await registerMonths(this.db, this.tableName, this.knownMonths, [record]);
    // Memberships the stored version already has are not written again (their keys do not change).
    const held = new Set(previous && previous.record.createdAt === record.createdAt ? membershipKeys(previous.record) : []);
    await putMemberships(this.db, this.tableName, membershipKeys(record).filter((group) => !held.has(group)), record);
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
      if (error instanceof ConditionalCheckFailedException) throw new VersionConflict(record.id, { cause: error });
      throw error;
    }
    await deleteMemberships(this.db, this.tableName, meeting.leftGroups ?? [], record);
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

  /**
   * Bulk load without version checks (rebuilds, benchmarks): batch writes of the meetings and their
   * memberships, after registering their months.
   */
  async importMeetings(meetings: StoredMeeting[]): Promise<void> {
    await registerMonths(this.db, this.tableName, this.knownMonths, meetings.map((meeting) => meeting.record));
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

  /** Meetings by id, in the order asked, skipping ids that do not exist. */
  async getMeetings(ids: string[]): Promise<StoredMeeting[]> {
    const unique = [...new Set(ids)];
    const found = new Map<string, StoredMeeting>();
    for (const item of await batchGetAll(this.db, this.tableName, unique.map(key.meeting))) {
      const meeting = storedMeetingOf(item);
      found.set(meeting.record.id, meeting);
    }
    return unique.map((id) => found.get(id)).filter((meeting): meeting is StoredMeeting => meeting !== undefined);
  }

  /** The newest `limit` meetings listed in a group (organisation, country, language, calendar). */
  async latestInGroup(group: string, limit: number): Promise<MeetingRecord[]> {
    const stored = await this.getMeetings(await latestMemberIds(this.db, this.tableName, group, limit));
    // A membership left behind by an interrupted save is ignored rather than shown.
    return stored.map((meeting) => meeting.record).filter((record) => membershipKeys(record).includes(group));
  }

  /** A group's meetings with sort keys in [from, to), oldest first, at most `limit` (a page of its browse pages). */
  async groupMeetingsInRange(group: string, from: string, to: string | null, limit: number): Promise<MeetingRecord[]> {
    const stored = await this.getMeetings(await memberIdsInRange(this.db, this.tableName, group, from, to, limit));
    return stored.map((meeting) => meeting.record).filter((record) => membershipKeys(record).includes(group));
  }
}

function meetingItem(meeting: StoredMeeting): Record<string, unknown> {
  const { record } = meeting;
  return {
    ...key.meeting(record.id),
    [BY_MONTH.partitionKey]: shardedValue(record.createdAt.slice(0, 7), record.id),
    [BY_MONTH.sortKey]: createdKeyOf(record),
    version: record.version,
    sourceReceivedAt: meeting.sourceReceivedAt,
    fingerprint: meeting.fingerprint,
    leftGroups: meeting.leftGroups?.length ? meeting.leftGroups : undefined,
    publishedVersion: meeting.publishedVersion,
    publishFailure: meeting.publishFailure,
    // Stored gzipped: a 1 MiB article's HTML would not fit DynamoDB's 400 KB items otherwise.
    record: gzipSync(JSON.stringify(record)),
    // An editor's overrides and the extracted fields they replace, gzipped like the record they sit beside.
    corrections: meeting.corrections ? gzipSync(JSON.stringify(meeting.corrections)) : undefined,
  };
}

/** A meeting item as the core keeps it (read by key here, or from the month index: archive-index.ts). */
export function storedMeetingOf(item: Record<string, unknown>): StoredMeeting {
  return {
    // A record stored before `kind` and `dateBasis` existed reads with both null; the item is not rewritten.
    record: recordFromStorage(JSON.parse(gunzipSync(item.record as Uint8Array).toString('utf8'))),
    sourceReceivedAt: item.sourceReceivedAt as string,
    fingerprint: item.fingerprint as string,
    leftGroups: (item.leftGroups as string[] | undefined) ?? undefined,
    publishedVersion: item.publishedVersion as number | undefined,
    publishFailure: item.publishFailure as StoredMeeting['publishFailure'],
    ...(item.corrections ? { corrections: JSON.parse(gunzipSync(item.corrections as Uint8Array).toString('utf8')) } : {}),
  };
}
