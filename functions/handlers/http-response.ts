// Builds API responses: JSON bodies, and the one place where errors become HTTP statuses.

import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ClientError } from '../core/errors.ts';
import type { ArticleLinks, ErrorBody } from './api-responses.ts';
import type { Telemetry } from './telemetry.ts';

export function jsonResponse(statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: JSON.stringify(body),
  };
}

export function errorResponse(statusCode: number, code: string, message: string): APIGatewayProxyStructuredResultV2 {
  const body: ErrorBody = { error: { code, message } };
  return jsonResponse(statusCode, body);
}

/** Client mistakes keep their status and message; anything else is logged and hidden behind a 500. */
export function responseForError(
  error: unknown,
  telemetry: Telemetry,
  fields: Record<string, unknown>,
): APIGatewayProxyStructuredResultV2 {
  if (error instanceof ClientError) return errorResponse(error.status, error.code, error.message);
  telemetry.log('error', 'Unhandled error', { ...fields, error: String(error), stack: (error as Error)?.stack });
  return errorResponse(500, 'internal_error', 'Something went wrong on our side; the request can be retried safely.');
}

/** Where to follow an article: its status, its meeting's record once known, and the feeds. */
export function articleLinks(articleId: string, meetingId: string | undefined): ArticleLinks {
  return {
    status: `/articles/${articleId}`,
    ...(meetingId ? { record: `/meetings/${meetingId}.json` } : {}),
    atom: '/feeds/meetings.atom',
    json: '/feeds/meetings.json',
  };
}
