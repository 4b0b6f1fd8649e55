// Editors in the meetings table: one partition, `EDITOR#TOKENS`, one item per token keyed by its id. The
// authorizer reads one item (GetItem; its role may read `EDITOR#*` partitions and nothing else), an operator
// lists them with one Query and revokes one with one UpdateItem: no scan. Items hold the token's SHA-256 only.

import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EditorEntry, EditorStore, EditorSummary } from '../../core/editors/editors.ts';
import { KEY_PREFIX } from '../resources.ts';
import { key, PK, SK } from './keys.ts';
import { partitionItems } from './partition-items.ts';

/** Items written before tokens had ids (key.legacyEditor), with the editor's `name`. */
export interface LegacyEditor {
  tokenHash: string;
  name: string;
}

export class EditorItems implements EditorStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getEditor(id: string): Promise<EditorEntry | null> {
    // Consistent: a revocation counts from the moment it is written (the API's authorizer cache aside).
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key.editor(id), ConsistentRead: true }));
    return Item ? entryOf(Item) : null;
  }

  async putEditor(entry: EditorEntry, options: { replace?: boolean } = {}): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...key.editor(entry.id), ...entry },
          ...(options.replace ? {} : { ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: { '#pk': PK } }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async listEditors(): Promise<EditorSummary[]> {
    const items = await partitionItems(this.db, this.tableName, `${KEY_PREFIX.editor}TOKENS`, { consistentRead: true });
    return items.map((item) => {
      const { tokenHash: _, ...summary } = entryOf(item);
      return summary;
    });
  }

  async revokeEditor(id: string, at: string): Promise<EditorSummary | null> {
    try {
      const { Attributes } = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key.editor(id),
          // A second revocation keeps the first date.
          UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :at)',
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#pk': PK },
          ExpressionAttributeValues: { ':at': at },
          ReturnValues: 'ALL_NEW',
        }),
      );
      if (!Attributes) return null;
      const { tokenHash: _, ...summary } = entryOf(Attributes);
      return summary;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return null;
      throw error;
    }
  }

  /**
   * The pre-id editor items, for the one-off `meetings editors migrate` run with an operator's credentials.
   * The only scan of the table; no Lambda function calls it (their roles could not).
   */
  async scanLegacyEditors(): Promise<LegacyEditor[]> {
    const found: LegacyEditor[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new ScanCommand({
          TableName: this.tableName,
          FilterExpression: 'begins_with(#pk, :prefix) AND #sk = :sk',
          ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
          ExpressionAttributeValues: { ':prefix': KEY_PREFIX.editor, ':sk': 'EDITOR' },
          ExclusiveStartKey,
        }),
      );
      for (const item of page.Items ?? []) {
        const tokenHash = String(item[PK]).slice(KEY_PREFIX.editor.length);
        if (/^[0-9a-f]{64}$/.test(tokenHash)) found.push({ tokenHash, name: String(item.name ?? '') });
      }
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return found;
  }

  /** Removes a pre-id item once migrated (`migrate --prune`); the authorizer no longer reads them. */
  async deleteLegacyEditor(tokenHash: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: key.legacyEditor(tokenHash) }));
  }
}

function entryOf(item: Record<string, unknown>): EditorEntry {
  return {
    id: String(item.id),
    name: String(item.name),
    role: item.role as EditorEntry['role'],
    tokenHash: String(item.tokenHash),
    createdAt: String(item.createdAt),
    expiresAt: String(item.expiresAt),
    ...(item.revokedAt ? { revokedAt: String(item.revokedAt) } : {}),
    ...(item.legacy ? { legacy: true } : {}),
  };
}
