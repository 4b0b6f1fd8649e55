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
  /** The states of many articles (those without one are left out), in no particular order. */
  getArticles(articleIds: string[]): Promise<ArticleState[]>;
  putArticle(state: ArticleState): Promise<void>;
}

/** The article the state is about, as the raw store keeps it. */
type StateOf = Pick<ArticleState, 'articleId' | 'meetingId' | 'receivedAt'>;

export function normalisedState(article: StateOf, meetingVersion: number, processedAt: Date): ArticleState {
  const { articleId, meetingId, receivedAt } = article;
  return { articleId, meetingId, meetingVersion, status: 'normalised', receivedAt, processedAt: processedAt.toISOString() };
}

export function failedState(article: StateOf, reason: string, processedAt: Date): ArticleState {
  const { articleId, meetingId, receivedAt } = article;
  return { articleId, meetingId, status: 'failed', reason, receivedAt, processedAt: processedAt.toISOString() };
}
