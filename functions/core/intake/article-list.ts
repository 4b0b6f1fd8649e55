// An editor's own articles, newest first (GET /articles?mine=true): the entry ingest writes per (editor,
// article) when it stores one, the opaque cursor the list is paged with, and the paging rule that filters by
// status after reading (DynamoDB: functions/aws/dynamodb/editor-articles.ts).

import { ClientError } from '../errors.ts';
import type { ArticleStatusName, ArticleStatusReport } from './article-status.ts';

/** What ingest records when an editor's article is stored. */
export interface EditorArticle {
  articleId: string;
  meetingId: string;
  receivedAt: string;
  /** The title the submission gave (front matter, JSON, page metadata); the record's wins once there is one. */
  title?: string;
}

/** One page of an editor's entries, newest first; `after` is the position of the last one read (exclusive). */
export interface EditorArticlePage {
  entries: EditorArticle[];
  /** Whether entries older than the last one may remain. */
  more: boolean;
}

export interface EditorArticles {
  addArticle(editorId: string, entry: EditorArticle): Promise<void>;
  listArticles(editorId: string, options: { after?: string; limit: number }): Promise<EditorArticlePage>;
}

/** Where an entry sits in the editor's list: received time, then id, so equal times still have one order. */
export const positionOf = (entry: Pick<EditorArticle, 'receivedAt' | 'articleId'>) => `${entry.receivedAt}#${entry.articleId}`;

const POSITION = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z#[0-9a-f]{24}$/;

/** The cursor the answer's `next` holds: opaque to clients (base64url of a versioned JSON object). */
export function encodeCursor(position: string): string {
  return Buffer.from(JSON.stringify({ v: 1, after: position }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const after = (parsed as { v?: unknown; after?: unknown } | null)?.after;
  if ((parsed as { v?: unknown } | null)?.v !== 1 || typeof after !== 'string' || !POSITION.test(after)) {
    throw new ClientError('bad_request', 'The cursor is not one this API gave: pass the "next" of the previous answer as it is, or leave it out for the first page.');
  }
  return after;
}

export const STATUS_NAMES: readonly ArticleStatusName[] = ['stored', 'normalised', 'published', 'failed'];
export const DEFAULT_LIST_LIMIT = 20;
export const MAX_LIST_LIMIT = 100;

export interface ListQuery {
  status?: ArticleStatusName;
  limit: number;
  after?: string;
}

/** The query of GET /articles: `mine=true` is required (no route lists everyone's), then status, limit, cursor. */
export function parseListQuery(query: Record<string, string | undefined>): ListQuery {
  if (query.mine?.toLowerCase() !== 'true') {
    throw new ClientError('bad_request', 'Only your own articles can be listed: add mine=true (GET /articles?mine=true).');
  }
  const status = query.status;
  if (status !== undefined && !(STATUS_NAMES as readonly string[]).includes(status)) {
    throw new ClientError('bad_request', `status must be one of ${STATUS_NAMES.join(', ')}; got "${status}".`);
  }
  const limit = query.limit === undefined ? DEFAULT_LIST_LIMIT : Number(query.limit);
  if (!/^\d+$/.test(query.limit ?? '1') || limit < 1 || limit > MAX_LIST_LIMIT) {
    throw new ClientError('bad_request', `limit must be a whole number from 1 to ${MAX_LIST_LIMIT}.`);
  }
  return { status: status as ArticleStatusName | undefined, limit, after: query.cursor ? decodeCursor(query.cursor) : undefined };
}

/** An entry with its status as GET /articles/{id} computes it, and the record's title when there is one. */
export interface ListedArticle extends EditorArticle {
  status: ArticleStatusName;
  reason?: string;
}

export interface ListSteps {
  page(after: string | undefined, limit: number): Promise<EditorArticlePage>;
  /** Each entry's status report and record title, in the order given. */
  statuses(entries: EditorArticle[]): Promise<(ArticleStatusReport & { title?: string })[]>;
}

/**
 * Entries read per request at most when a status filter skips most of them: a page then holds fewer than
 * `limit` articles, with a `next` to go on from, rather than a request that reads an editor's whole history.
 */
export const MAX_EXAMINED = 300;

/**
 * One page of the list: reads the editor's entries newest first, computes each one's status, keeps those
 * the filter asks for, and stops at `limit` kept or MAX_EXAMINED read. `next` is the position of the last
 * entry looked at, so the next page starts right after it and returns each article once.
 */
export async function listPage(query: ListQuery, steps: ListSteps): Promise<{ articles: ListedArticle[]; next: string | null }> {
  const articles: ListedArticle[] = [];
  let after = query.after;
  let examined = 0;
  let more = true;
  while (more && articles.length < query.limit && examined < MAX_EXAMINED) {
    // Without a filter every entry is kept: read just what is missing. With one, read in larger steps.
    const want = query.status ? Math.min(MAX_LIST_LIMIT, MAX_EXAMINED - examined) : query.limit - articles.length;
    const page = await steps.page(after, want);
    more = page.more;
    const reports = await steps.statuses(page.entries);
    for (const [index, entry] of page.entries.entries()) {
      const report = reports[index] as ArticleStatusReport & { title?: string };
      examined += 1;
      after = positionOf(entry);
      if (!query.status || report.status === query.status) {
        articles.push({ ...entry, ...(report.title ? { title: report.title } : {}), status: report.status, ...(report.reason ? { reason: report.reason } : {}) });
      }
      if (articles.length === query.limit) {
        more ||= index < page.entries.length - 1;
        break;
      }
    }
    if (page.entries.length === 0) more = false;
  }
  return { articles, next: more && after ? encodeCursor(after) : null };
}
