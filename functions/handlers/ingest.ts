// The editors' API: POST /articles stores a submission durably and answers 202 with its ids;
// GET /articles/{articleId} reports how far it got. Storing is the only write: S3 then triggers normalise.

import type { APIGatewayProxyEventV2WithLambdaAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { parseMediaType } from '../core/intake/content-type.ts';
import { requirePermission } from '../core/editors/editors.ts';
import { ClientError } from '../core/errors.ts';
import { articleIdFor, meetingIdFor } from '../core/record/ids.ts';
import { formatBytes, MAX_ARTICLE_BYTES } from '../core/intake/limits.ts';
import { parseSubmission } from '../core/intake/submission.ts';
import type { ArticleStates } from '../core/intake/article-states.ts';
import type { RawArticles } from '../core/intake/raw-articles.ts';
import type { MeetingRepository, StoredMeeting } from '../core/record/meeting-repository.ts';
import type { Extractor } from '../core/extract/index.ts';
import type { EditorContext } from './authorize.ts';
import { extractOrWarn, type RunExtraction } from './extraction.ts';
import { errorResponse, jsonResponse, responseForError } from './http-response.ts';
import { consoleTelemetry, type Telemetry } from './telemetry.ts';

export type ApiEvent = APIGatewayProxyEventV2WithLambdaAuthorizer<EditorContext>;
type ApiResult = APIGatewayProxyStructuredResultV2;

export interface IngestDeps {
  meetings: Pick<MeetingRepository, 'getMeeting'>;
  articleStates: Pick<ArticleStates, 'getArticle'>;
  articles: Pick<RawArticles, 'put' | 'exists'>;
  /** The extractor for dry runs (default: the process's, loaded on the first dry run only). */
  extractor?: () => Promise<Extractor>;
  /** How a dry run's extraction is run; default: `extractor` in this thread (the local runtime passes its worker). */
  runExtraction?: RunExtraction;
  /** Log lines and metrics (articles accepted); default: JSON lines on stdout, no metrics. */
  telemetry?: Telemetry;
  now?: () => Date;
}

export type ArticleStatusName = 'stored' | 'normalised' | 'published' | 'failed';

const ARTICLE_ID = /^[0-9a-f]{24}$/;

export function createIngestHandler(deps: IngestDeps) {
  const now = deps.now ?? (() => new Date());
  const telemetry = deps.telemetry ?? consoleTelemetry;
  const loadExtractor = deps.extractor ?? (async () => (await import('../dictionaries/load-dictionaries.ts')).loadExtractor());

  async function submit(event: ApiEvent): Promise<ApiResult> {
    const body = event.body ? Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : Buffer.alloc(0);
    const contentType = event.headers['content-type'];
    rejectDeclaredOversize(event.headers['content-length']);
    const submission = parseSubmission(body, contentType);
    const articleId = articleIdFor(mediaTypeKey(contentType), body);
    const meetingId = meetingIdFor(submission, articleId);
    const submittedBy = event.requestContext.authorizer?.lambda?.editor || 'unknown';
    const receivedAt = now().toISOString();

    if (isDryRun(event)) {
      // Loaded on the first dry run only: plain submissions and status reads stay fast on a cold start.
      const input = { text: submission.text, language: submission.language, publishedAt: submission.publishedAt };
      const context = { articleId, dryRun: true };
      const [extraction, { buildRecord }] = await Promise.all([
        deps.runExtraction ? deps.runExtraction(input, context) : loadExtractor().then((extractor) => extractOrWarn(extractor, input, context, telemetry)),
        import('../core/record/build-record.ts'),
      ]);
      const record = buildRecord(submission, extraction, {
        id: meetingId,
        articleId,
        version: 0,
        createdAt: receivedAt,
        updatedAt: receivedAt,
        submittedBy,
      });
      telemetry.log('info', 'Dry run answered', { articleId, meetingId, isMeeting: record.isMeeting });
      return jsonResponse(200, { dryRun: true, articleId, meetingId, record, entities: extraction.entities });
    }

    const outcome = await deps.articles.put({ articleId, body, contentType: contentType ?? '', meetingId, submittedBy, receivedAt });
    const status = outcome === 'created' ? 'stored' : (await articleStatus(articleId)).status;
    telemetry.metric('articlesAccepted', 1);
    telemetry.log('info', 'Article accepted', { articleId, meetingId, status, duplicate: outcome === 'exists', bytes: body.length });
    return jsonResponse(202, { articleId, meetingId, status, duplicate: outcome === 'exists', links: links(articleId, meetingId) });
  }

  /** How far an article got: published once publish has rendered the meeting version it produced. */
  async function articleStatus(articleId: string): Promise<{ status: ArticleStatusName; meetingId?: string; reason?: string; stored?: StoredMeeting | null }> {
    const state = await deps.articleStates.getArticle(articleId);
    if (!state) return { status: 'stored' };
    const stored = await deps.meetings.getMeeting(state.meetingId);
    if (state.status === 'failed') return { status: 'failed', meetingId: state.meetingId, reason: state.reason, stored };
    const failure = stored?.publishFailure;
    if (failure && failure.version >= (state.meetingVersion ?? Number.POSITIVE_INFINITY) && (stored?.publishedVersion ?? 0) < failure.version) {
      return { status: 'failed', meetingId: state.meetingId, reason: `Publishing failed: ${failure.reason}`, stored };
    }
    const isPublished = (stored?.publishedVersion ?? 0) >= (state.meetingVersion ?? Number.POSITIVE_INFINITY);
    return { status: isPublished ? 'published' : 'normalised', meetingId: state.meetingId, stored };
  }

  async function status(event: ApiEvent): Promise<ApiResult> {
    const articleId = event.pathParameters?.articleId ?? '';
    if (!ARTICLE_ID.test(articleId) || !((await deps.articleStates.getArticle(articleId)) || (await deps.articles.exists(articleId)))) {
      return errorResponse(404, 'not_found', `No article with id "${articleId}"; use the articleId that POST /articles returned.`);
    }
    const { status: name, meetingId, reason, stored } = await articleStatus(articleId);
    return jsonResponse(200, {
      articleId,
      meetingId: meetingId ?? null,
      status: name,
      ...(reason ? { reason } : {}),
      record: stored?.record ?? null,
      links: links(articleId, meetingId),
    });
  }

  return async (event: ApiEvent): Promise<ApiResult> => {
    try {
      switch (event.routeKey) {
        case 'POST /articles':
          requirePermission(event.requestContext.authorizer?.lambda, 'submit');
          return await submit(event);
        case 'GET /articles/{articleId}':
          requirePermission(event.requestContext.authorizer?.lambda, 'read-status');
          return await status(event);
        default:
          throw new ClientError('not_found', `No route ${event.routeKey}.`);
      }
    } catch (error) {
      return responseForError(error, telemetry, { route: event.routeKey, articleId: event.pathParameters?.articleId });
    }
  };
}

/**
 * A server in front of us may stop reading a huge body at the limit; the declared length still tells
 * the client how large the upload really was.
 */
function rejectDeclaredOversize(contentLength: string | undefined): void {
  const declared = Number(contentLength);
  if (Number.isFinite(declared) && declared > MAX_ARTICLE_BYTES) {
    throw new ClientError(
      'payload_too_large',
      `Articles are limited to ${formatBytes(MAX_ARTICLE_BYTES)}; this one is ${formatBytes(declared)}.`,
    );
  }
}

function isDryRun(event: ApiEvent): boolean {
  const value = event.queryStringParameters?.dryRun?.toLowerCase();
  return value === 'true' || value === '1';
}

/** The media type as it affects meaning: "text/plain" and "text/plain; charset=UTF-8" are one article. */
function mediaTypeKey(header: string | undefined): string {
  const { essence, charset } = parseMediaType(header);
  return `${essence};charset=${(charset ?? 'utf-8').toLowerCase()}`;
}

function links(articleId: string, meetingId: string | undefined) {
  return {
    status: `/articles/${articleId}`,
    ...(meetingId ? { record: `/meetings/${meetingId}.json` } : {}),
    atom: '/feeds/meetings.atom',
    json: '/feeds/meetings.json',
  };
}
