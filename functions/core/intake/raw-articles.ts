// The raw article store as the core sees it: each submission written once under its content hash and
// never edited, so every later stage can be re-run from it (S3: functions/aws/article-store.ts).

import type { LinkRequest } from './submission.ts';

export interface RawArticle {
  articleId: string;
  body: Uint8Array;
  /** The Content-Type header as submitted, parameters included. */
  contentType: string;
  meetingId: string;
  submittedBy: string;
  receivedAt: string;
  /**
   * For a page fetched from a link: the link and the fields the editor sent with it, which go over what the
   * page's metadata says when it is read (linkSubmission). The body is then the page as the site sent it.
   */
  linkFields?: LinkRequest;
}

export interface RawArticles {
  /** Stores the article unless it is already there; "exists" means an identical body was stored before. */
  put(article: RawArticle): Promise<'created' | 'exists'>;
  exists(articleId: string): Promise<boolean>;
  get(articleId: string): Promise<RawArticle | null>;
}
