// What the API handlers read from an HTTP API request (payload 2.0, with the authorizer's context): the
// body as bytes, who sent it, and the query flags and headers that change what is done.

import type { APIGatewayProxyEventV2WithLambdaAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { EditorContext } from '../core/editors/editors.ts';
import { ClientError } from '../core/errors.ts';
import { formatBytes, MAX_ARTICLE_BYTES } from '../core/intake/limits.ts';

export type ApiEvent = APIGatewayProxyEventV2WithLambdaAuthorizer<EditorContext>;
export type ApiResult = APIGatewayProxyStructuredResultV2;

/** The body as sent: API Gateway base64-encodes binary media types. */
export function bodyOf(event: ApiEvent): Buffer {
  return event.body ? Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : Buffer.alloc(0);
}

/** The editor's name, as the authorizer passed it. */
export function editorOf(event: ApiEvent): string {
  return event.requestContext.authorizer?.lambda?.editor || 'unknown';
}

/** The editor's token id, as the authorizer passed it: what their list of articles is kept under. */
export function editorIdOf(event: ApiEvent): string {
  return event.requestContext.authorizer?.lambda?.editorId || 'unknown';
}

export function isDryRun(event: ApiEvent): boolean {
  const value = event.queryStringParameters?.dryRun?.toLowerCase();
  return value === 'true' || value === '1';
}

/**
 * A server in front of us may stop reading a huge body at the limit; the declared length still tells
 * the client how large the upload really was.
 */
export function rejectDeclaredOversize(event: ApiEvent): void {
  const declared = Number(event.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_ARTICLE_BYTES) {
    throw new ClientError('payload_too_large', `Articles are limited to ${formatBytes(MAX_ARTICLE_BYTES)}; this one is ${formatBytes(declared)}.`);
  }
}
