// How far each submitted article got, as normalise records it and GET /articles/{id} reads it
// (DynamoDB: functions/aws/dynamodb/article-states.ts). An article without a state is only stored.

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

export interface ArticleStates {
  getArticle(articleId: string): Promise<ArticleState | null>;
  putArticle(state: ArticleState): Promise<void>;
}
