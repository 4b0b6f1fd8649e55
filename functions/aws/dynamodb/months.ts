// The months that hold meetings (`STATE`/`MONTHS`, a string set): registered when a meeting of a month not
// yet listed is saved (meeting-items.ts), never removed, and read by publish to walk the archive.

import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { MeetingRecord } from '../../core/record/record.ts';
import { key } from './keys.ts';

/**
 * Adds the records' months to the list only when they are new: a month once listed is never removed, so a
 * read that finds it (even eventually consistent) is final, and `known` (the caller's, one per container)
 * remembers it. The item is written about once a month, not once a save.
 */
export async function registerMonths(db: DynamoDBDocumentClient, tableName: string, known: Set<string>, records: MeetingRecord[]): Promise<void> {
  const months = new Set(records.map((record) => record.createdAt.slice(0, 7)).filter((month) => !known.has(month)));
  if (months.size === 0) return;
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: key.months }));
  const listed = (Item?.months as Set<string> | undefined) ?? new Set<string>();
  const missing = [...months].filter((month) => !listed.has(month));
  if (missing.length > 0) {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: key.months,
        UpdateExpression: 'ADD #months :months',
        ExpressionAttributeNames: { '#months': 'months' },
        ExpressionAttributeValues: { ':months': new Set(missing) },
      }),
    );
  }
  for (const month of months) known.add(month);
}

/** Months that hold meetings, newest first. */
export async function readMonths(db: DynamoDBDocumentClient, tableName: string): Promise<string[]> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: key.months, ConsistentRead: true }));
  const months = Item?.months as Set<string> | undefined;
  return [...(months ?? [])].sort().reverse();
}
