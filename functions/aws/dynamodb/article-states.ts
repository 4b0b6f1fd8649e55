// Article states (`ARTICLE#{id}`/`STATE`): how far each submitted article got, written by normalise and
// read by GET /articles/{id} (and, many at once, by the editor's list) and the local runtime's recovery.

import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ArticleState, ArticleStates } from '../../core/intake/article-states.ts';
import { batchGetAll } from './batch-get.ts';
import { key } from './keys.ts';

export class ArticleStateItems implements ArticleStates {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getArticle(articleId: string): Promise<ArticleState | null> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key.article(articleId) }));
    return Item ? stateOf(Item) : null;
  }

  async getArticles(articleIds: string[]): Promise<ArticleState[]> {
    return (await batchGetAll(this.db, this.tableName, [...new Set(articleIds)].map(key.article))).map(stateOf);
  }

  async putArticle(state: ArticleState): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...key.article(state.articleId), ...state } }));
  }
}

function stateOf(item: Record<string, unknown>): ArticleState {
  const { articleId, meetingId, meetingVersion, status, reason, receivedAt, processedAt } = item;
  return { articleId, meetingId, meetingVersion, status, reason, receivedAt, processedAt } as ArticleState;
}
