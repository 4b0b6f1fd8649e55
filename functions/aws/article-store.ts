// The raw article store (S3, private, versioned): each submission is written once under its content
// hash and never edited, so every later stage can be re-run from it.

import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { RawArticle, RawArticles } from '../core/intake/raw-articles.ts';
import { RAW_ARTICLE_PREFIX } from './resources.ts';
import { httpStatusOf, isAbsentOnHead, isNotFound } from './s3-client.ts';

export function articleKey(articleId: string): string {
  return `${RAW_ARTICLE_PREFIX}${articleId}`;
}

/** The article id from an object key, or null for keys outside the article prefix. */
export function articleIdFromKey(key: string): string | null {
  const decoded = decodeURIComponent(key.replace(/\+/g, ' '));
  return decoded.startsWith(RAW_ARTICLE_PREFIX) ? decoded.slice(RAW_ARTICLE_PREFIX.length) || null : null;
}

export class ArticleStore implements RawArticles {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async put(article: RawArticle): Promise<'created' | 'exists'> {
    if (await this.exists(article.articleId)) return 'exists';
    try {
      await this.s3.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: articleKey(article.articleId),
          Body: article.body,
          ContentType: article.contentType,
          // Written once: a concurrent identical submission loses the race harmlessly (412).
          IfNoneMatch: '*',
          Metadata: {
            'meeting-id': article.meetingId,
            // User metadata travels as HTTP headers: ASCII only.
            'submitted-by': encodeURIComponent(article.submittedBy),
            'received-at': article.receivedAt,
            // A fetched page's link and the editor's fields (ingest keeps them under MAX_LINK_FIELDS_BYTES).
            ...(article.linkFields ? { 'link-fields': encodeURIComponent(JSON.stringify(article.linkFields)) } : {}),
          },
        }),
      );
      return 'created';
    } catch (error) {
      if (httpStatusOf(error) === 412) return 'exists';
      throw error;
    }
  }

  async exists(articleId: string): Promise<boolean> {
    try {
      await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: articleKey(articleId) }));
      return true;
    } catch (error) {
      if (isAbsentOnHead(error)) return false;
      throw error;
    }
  }

  async get(articleId: string): Promise<RawArticle | null> {
    try {
      const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: articleKey(articleId) }));
      const metadata = object.Metadata ?? {};
      return {
        articleId,
        body: await object.Body!.transformToByteArray(),
        contentType: object.ContentType ?? 'text/plain',
        meetingId: metadata['meeting-id'] ?? '',
        submittedBy: decodeURIComponent(metadata['submitted-by'] ?? 'unknown'),
        receivedAt: metadata['received-at'] ?? object.LastModified?.toISOString() ?? new Date(0).toISOString(),
        ...(metadata['link-fields'] ? { linkFields: JSON.parse(decodeURIComponent(metadata['link-fields'])) } : {}),
      };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  /**
   * Up to `limit` stored article ids after `after`, in key order (a rebuild's page; StoredArticleIds). One list
   * request (up to 1,000 keys) cut to `limit`, without MaxKeys: s3rver, the local emulator, fails on a truncated V2 list.
   */
  async page(after: string | null, limit: number): Promise<{ articleIds: string[]; last: boolean }> {
    const page = await this.s3.send(
      new ListObjectsV2Command({ Bucket: this.bucket, Prefix: RAW_ARTICLE_PREFIX, ...(after ? { StartAfter: articleKey(after) } : {}) }),
    );
    const listed = (page.Contents ?? []).map((object) => (object.Key ? articleIdFromKey(object.Key) : null)).filter((id): id is string => id !== null);
    return { articleIds: listed.slice(0, limit), last: !page.IsTruncated && listed.length <= limit };
  }

  /** Every stored article id, page by page (for re-running work that a stopped process left undone). */
  async *listIds(): AsyncGenerator<string> {
    let token: string | undefined;
    do {
      const page = await this.s3.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: RAW_ARTICLE_PREFIX, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        const id = object.Key ? articleIdFromKey(object.Key) : null;
        if (id) yield id;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
}
