// GET /articles/{articleId}: how far an article got (stored, normalised, published, failed and why), with its
// record once there is one. `deps` is passed whole, so the least-privilege analysis follows the reads here.

import { ClientError } from '../../core/errors.ts';
import type { ArticleStates } from '../../core/intake/article-states.ts';
import { articleStatusOf } from '../../core/intake/article-status.ts';
import type { RawArticles } from '../../core/intake/raw-articles.ts';
import type { MeetingRepository } from '../../core/record/meeting-repository.ts';
import type { ApiEvent, ApiResult } from '../api-event.ts';
import type { ArticleStatusAnswer } from '../api-responses.ts';
import { articleLinks, jsonResponse } from '../http-response.ts';

export interface StatusReads {
  meetings: Pick<MeetingRepository, 'getMeeting'>;
  articleStates: Pick<ArticleStates, 'getArticle'>;
  articles: Pick<RawArticles, 'exists'>;
}

const ARTICLE_ID = /^[0-9a-f]{24}$/;

export async function showArticleStatus(event: ApiEvent, deps: StatusReads): Promise<ApiResult> {
  const articleId = event.pathParameters?.articleId ?? '';
  if (!ARTICLE_ID.test(articleId) || !((await deps.articleStates.getArticle(articleId)) || (await deps.articles.exists(articleId)))) {
    throw new ClientError('not_found', `No article with id "${articleId}"; use the articleId that POST /articles returned.`);
  }
  const { status, meetingId, reason, stored } = await articleStatus(articleId, deps);
  const links = articleLinks(articleId, meetingId);
  const answer: ArticleStatusAnswer = { articleId, meetingId: meetingId ?? null, status, ...(reason ? { reason } : {}), record: stored?.record ?? null, links };
  return jsonResponse(200, answer);
}

/** The article's status as its state and its meeting's stored versions say. */
export async function articleStatus(articleId: string, deps: StatusReads) {
  const state = await deps.articleStates.getArticle(articleId);
  const stored = state ? await deps.meetings.getMeeting(state.meetingId) : null;
  return { ...articleStatusOf(state, stored), stored };
}
