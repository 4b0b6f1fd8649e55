// Events shaped like the ones AWS delivers to the handlers: API Gateway HTTP API (payload 2.0),
// S3 → SQS notifications, and the publish signal on the FIFO queue. Only the fields the handlers read.

import type { SQSEvent } from 'aws-lambda';
import { articleKey } from '../../functions/aws/article-store.ts';
import type { ApiEvent } from '../../functions/handlers/api-event.ts';

/** The id the authorizer passes along with the editor's name and role (any 16 hex digits here). */
const EDITOR_ID = '0123456789abcdef';

/** POST /articles from the editor `editor`, the body base64-encoded as API Gateway does for binary media. */
export function postEvent(body: Buffer | string, contentType: string, query: Record<string, string> = {}, editor = 'alice', role = 'editor'): ApiEvent {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  return {
    version: '2.0',
    routeKey: 'POST /articles',
    rawPath: '/articles',
    rawQueryString: new URLSearchParams(query).toString(),
    headers: { 'content-type': contentType },
    queryStringParameters: query,
    body: bytes.toString('base64'),
    isBase64Encoded: true,
    requestContext: { authorizer: { lambda: { editor, editorId: EDITOR_ID, role } }, http: { method: 'POST', path: '/articles' } },
  } as unknown as ApiEvent;
}

/** GET /articles/{articleId}. */
export function statusEvent(articleId: string, editor = 'alice', role = 'editor'): ApiEvent {
  return {
    version: '2.0',
    routeKey: 'GET /articles/{articleId}',
    rawPath: `/articles/${articleId}`,
    headers: {},
    pathParameters: { articleId },
    isBase64Encoded: false,
    requestContext: { authorizer: { lambda: { editor, editorId: EDITOR_ID, role } }, http: { method: 'GET', path: `/articles/${articleId}` } },
  } as unknown as ApiEvent;
}

/** DELETE /meetings/{meetingId}, with an optional JSON body `{reason}`; retracting needs the admin role. */
export function deleteMeetingEvent(meetingId: string, reason?: string, editor = 'alice', role = 'admin'): ApiEvent {
  return {
    version: '2.0',
    routeKey: 'DELETE /meetings/{meetingId}',
    rawPath: `/meetings/${meetingId}`,
    headers: reason === undefined ? {} : { 'content-type': 'application/json' },
    pathParameters: { meetingId },
    ...(reason === undefined ? {} : { body: JSON.stringify({ reason }) }),
    isBase64Encoded: false,
    requestContext: { authorizer: { lambda: { editor, editorId: EDITOR_ID, role } }, http: { method: 'DELETE', path: `/meetings/${meetingId}` } },
  } as unknown as ApiEvent;
}

/** The SQS message S3 → SQS delivers for one created object. */
export function s3Notification(bucket: string, articleId: string, messageId = `m-${articleId}`): SQSEvent {
  const body = { Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: bucket }, object: { key: articleKey(articleId) } } }] };
  return { Records: [{ messageId, body: JSON.stringify(body) }] } as unknown as SQSEvent;
}

/** The "meetings changed" signal on the FIFO queue (one message group). */
export function publishEvent(meetingIds: string[]): SQSEvent {
  return { Records: [{ messageId: 'p1', body: JSON.stringify({ meetingIds }), attributes: { MessageGroupId: 'feeds' } }] } as unknown as SQSEvent;
}
