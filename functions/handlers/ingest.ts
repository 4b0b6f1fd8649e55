// The editors' API: POST /articles stores a submission durably and answers 202 with its ids;
// GET /articles/{articleId} reports how far it got (ingest/article-status.ts); GET /articles lists an editor's
// articles (ingest/article-list.ts). Storing is the only write: S3 then triggers normalise.

import type { Extractor } from '../core/extract/index.ts';
import type { EditorArticles } from '../core/intake/article-list.ts';
import type { ArticleStates } from '../core/intake/article-states.ts';
import type { FetchPage } from '../core/intake/fetched-page.ts';
import type { RawArticles } from '../core/intake/raw-articles.ts';
import { meetingIdFor } from '../core/record/ids.ts';
import type { MeetingRepository, StoredMeeting } from '../core/record/meeting-repository.ts';
import { type ApiEvent, type ApiResult, bodyOf, editorIdOf, editorOf, isDryRun, rejectDeclaredOversize } from './api-event.ts';
import { apiRoutes } from './api-routes.ts';
import { inProcessExtraction, type RunExtraction } from './extraction.ts';
import type { ArticleAccepted } from './api-responses.ts';
import { articleLinks, jsonResponse } from './http-response.ts';
import { listArticles } from './ingest/article-list.ts';
import { articleStatus, showArticleStatus } from './ingest/article-status.ts';
import { readArticleBody } from './ingest/article-body.ts';
import { dryRun } from './ingest/dry-run.ts';
import { consoleTelemetry, type Telemetry } from './telemetry.ts';

export interface IngestDeps {
  meetings: Pick<MeetingRepository, 'getMeeting'> & { getMeetings(ids: string[]): Promise<StoredMeeting[]> };
  articleStates: Pick<ArticleStates, 'getArticle' | 'getArticles'>;
  /** Each editor's list of their articles (GET /articles?mine=true), written when an article is stored. */
  editorArticles: EditorArticles;
  articles: Pick<RawArticles, 'put' | 'exists'>;
  /** The extractor for dry runs (default: the process's, loaded on the first dry run only). */
  extractor?: () => Extractor | Promise<Extractor>;
  /** How a dry run's extraction is run; default: `extractor` in this thread (the local runtime passes its worker). */
  runExtraction?: RunExtraction;
  /** Log lines and metrics (articles accepted); default: JSON lines on stdout, no metrics. */
  telemetry?: Telemetry;
  /** Fetches the page behind a `{"url": …}` submission; default: public internet only, loaded on the first link. */
  fetchPage?: FetchPage;
  now?: () => Date;
}

export function createIngestHandler(deps: IngestDeps) {
  const now = deps.now ?? (() => new Date());
  const telemetry = deps.telemetry ?? consoleTelemetry;
  const extract: RunExtraction = deps.runExtraction ?? inProcessExtraction(deps.extractor, telemetry);
  const fetchPage = async () => deps.fetchPage ?? (await import('../net/fetch-article.ts')).createPageFetcher();

  async function submit(event: ApiEvent): Promise<ApiResult> {
    rejectDeclaredOversize(event);
    const { articleId, body, contentType, linkFields, submission } = await readArticleBody(bodyOf(event), event.headers['content-type'], fetchPage);
    const meetingId = meetingIdFor(submission, articleId);
    const submittedBy = editorOf(event);
    const receivedAt = now().toISOString();
    if (isDryRun(event)) {
      return dryRun(submission, { id: meetingId, articleId, createdAt: receivedAt, updatedAt: receivedAt, submittedBy }, extract, telemetry);
    }

    const outcome = await deps.articles.put({ articleId, body, contentType, meetingId, submittedBy, receivedAt, ...(linkFields ? { linkFields } : {}) });
    // Listed once, by whoever stored it first, after it is stored: a failure here leaves an article out of the list
    // (the editor's retry answers "duplicate"), but the list never shows one that is not stored (docs/decisions.md).
    if (outcome === 'created') {
      await deps.editorArticles.addArticle(editorIdOf(event), { articleId, meetingId, receivedAt, ...(submission.title ? { title: submission.title } : {}) });
    }
    const status = outcome === 'created' ? 'stored' : (await articleStatus(articleId, deps)).status;
    telemetry.metric('articlesAccepted', 1);
    telemetry.log('info', 'Article accepted', { articleId, meetingId, status, duplicate: outcome === 'exists', bytes: body.length, fetched: Boolean(linkFields) });
    const accepted: ArticleAccepted = { articleId, meetingId, status, duplicate: outcome === 'exists', links: articleLinks(articleId, meetingId) };
    return jsonResponse(202, accepted);
  }

  // Each read spelled out, so the least-privilege analysis (tests/infra) sees what the list sends.
  const list = (event: ApiEvent) =>
    listArticles(event, {
      page: (editorId, after, limit) => deps.editorArticles.listArticles(editorId, { after, limit }),
      states: (ids) => deps.articleStates.getArticles(ids),
      meetings: (ids) => deps.meetings.getMeetings(ids),
    });

  const routes = {
    'POST /articles': { action: 'submit', run: submit },
    'GET /articles': { action: 'read-status', run: list },
    'GET /articles/{articleId}': { action: 'read-status', run: (event: ApiEvent) => showArticleStatus(event, deps) },
  } as const;
  return apiRoutes(routes, telemetry, (event) => ({ articleId: event.pathParameters?.articleId }));
}
