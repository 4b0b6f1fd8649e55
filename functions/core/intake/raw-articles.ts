// The raw article store as the core sees it: each submission written once under its content hash and
// never edited, so every later stage can be re-run from it (S3: functions/aws/article-store.ts).

export interface RawArticle {
  articleId: string;
  body: Uint8Array;
  /** The Content-Type header as submitted, parameters included. */
  contentType: string;
  meetingId: string;
  submittedBy: string;
  receivedAt: string;
}

export interface RawArticles {
  /** Stores the article unless it is already there; "exists" means an identical body was stored before. */
  put(article: RawArticle): Promise<'created' | 'exists'>;
  exists(articleId: string): Promise<boolean>;
  get(articleId: string): Promise<RawArticle | null>;
}
