// An editor's articles (`EDITOR_ARTICLES#{editorId}`, sort key `receivedAt#articleId`): one small item per
// article an editor stored, written by ingest, read newest first with one Query a page (no scan, no index).
// One partition per editor: an editor sends at most tens of articles a day, far below a partition's limits.

import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type EditorArticle, type EditorArticlePage, type EditorArticles, positionOf } from '../../core/intake/article-list.ts';
import { KEY_PREFIX } from '../resources.ts';
import { key, PK, SK } from './keys.ts';

export class EditorArticleItems implements EditorArticles {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Idempotent: the same article at the same time is the same item. */
  async addArticle(editorId: string, entry: EditorArticle): Promise<void> {
    const { articleId, meetingId, receivedAt, title } = entry;
    await this.db.send(
      new PutCommand({ TableName: this.tableName, Item: { ...key.editorArticle(editorId, positionOf(entry)), articleId, meetingId, receivedAt, title } }),
    );
  }

  async listArticles(editorId: string, options: { after?: string; limit: number }): Promise<EditorArticlePage> {
    const pk = `${KEY_PREFIX.editorArticles}${editorId}`;
    const page = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': PK },
        ExpressionAttributeValues: { ':pk': `${KEY_PREFIX.editorArticles}${editorId}` },
        // Newest first.
        ScanIndexForward: false,
        Limit: options.limit,
        ExclusiveStartKey: options.after ? { [PK]: pk, [SK]: options.after } : undefined,
      }),
    );
    const entries = (page.Items ?? []).map(({ articleId, meetingId, receivedAt, title }) => ({ articleId, meetingId, receivedAt, ...(title ? { title } : {}) }) as EditorArticle);
    return { entries, more: page.LastEvaluatedKey !== undefined };
  }
}
