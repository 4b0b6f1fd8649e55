// GET /articles?mine=true: the calling editor's articles, newest first, paged with an opaque cursor. Each
// one's status is computed as GET /articles/{id} computes it (articleStatusOf), from the article states and
// meetings read in two batches per page; a status filter is applied after reading (docs/deploy.md, "Capacity").

import type { EditorArticle, EditorArticlePage } from '../../core/intake/article-list.ts';
import { listPage, parseListQuery } from '../../core/intake/article-list.ts';
import type { ArticleState } from '../../core/intake/article-states.ts';
import { articleStatusOf } from '../../core/intake/article-status.ts';
import type { StoredMeeting } from '../../core/record/meeting-repository.ts';
import { ClientError } from '../../core/errors.ts';
import type { ApiEvent, ApiResult } from '../api-event.ts';
import type { ArticleListAnswer } from '../api-responses.ts';
import { articleLinks, jsonResponse } from '../http-response.ts';

export interface ArticleListReads {
  page(editorId: string, after: string | undefined, limit: number): Promise<EditorArticlePage>;
  states(articleIds: string[]): Promise<ArticleState[]>;
  meetings(meetingIds: string[]): Promise<StoredMeeting[]>;
}

export async function listArticles(event: ApiEvent, reads: ArticleListReads): Promise<ApiResult> {
  const editorId = event.requestContext.authorizer?.lambda?.editorId;
  if (!editorId) throw new ClientError('forbidden', 'This token has no editor id, so it has no list of articles; ask an admin for a new token.');
  const query = parseListQuery(event.queryStringParameters ?? {});
  const { articles, next } = await listPage(query, {
    page: (after, limit) => reads.page(editorId, after, limit),
    statuses: (entries) => statusesOf(entries, reads),
  });
  const answer: ArticleListAnswer = {
    articles: articles.map((article) => ({ ...article, links: articleLinks(article.articleId, article.meetingId) })),
    next,
  };
  return jsonResponse(200, answer);
}

async function statusesOf(entries: EditorArticle[], reads: ArticleListReads) {
  if (entries.length === 0) return [];
  const states = new Map((await reads.states(entries.map((entry) => entry.articleId))).map((state) => [state.articleId, state]));
  const meetingIds = [...new Set([...states.values()].map((state) => state.meetingId).filter(Boolean))];
  const meetings = new Map((meetingIds.length ? await reads.meetings(meetingIds) : []).map((meeting) => [meeting.record.id, meeting]));
  return entries.map((entry) => {
    const state = states.get(entry.articleId) ?? null;
    const stored = state ? (meetings.get(state.meetingId) ?? null) : null;
    return { ...articleStatusOf(state, stored), ...(stored ? { title: stored.record.title } : {}) };
  });
}
