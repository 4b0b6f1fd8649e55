// The HTTP side of a correction (PATCH /meetings/{id}): the version the editor saw, from If-Match; the version
// the answer carries, as its ETag; the JSON body; and the 412 that says what to do when another write came first.

import { ClientError } from '../../core/errors.ts';
import { type ApiEvent, type ApiResult, bodyOf } from '../api-event.ts';

export function withVersion(result: ApiResult, version: number): ApiResult {
  return { ...result, headers: { ...result.headers, etag: `"${version}"` } };
}

/** The version in If-Match: `"3"` (the ETag GET answers), `W/"3"` or a bare 3. */
export function expectedVersion(event: ApiEvent): number {
  const header = event.headers['if-match'];
  if (!header) throw new ClientError('precondition_required', 'A correction needs If-Match with the version it corrects: GET /meetings/{id} answers it as the ETag.');
  const version = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim())?.[1];
  if (!version) throw new ClientError('bad_request', `If-Match must be the meeting's version as GET /meetings/{id} gives it in its ETag, such as "3"; got ${header}.`);
  return Number(version);
}

export function stale(meetingId: string, current: number | null): ClientError {
  const now = current === null ? 'another write came first' : `it is at version ${current} now`;
  return new ClientError('precondition_failed', `Meeting ${meetingId} changed since you read it (${now}); GET it again, check, and resend your correction with the new version.`);
}

export function jsonBody(event: ApiEvent): unknown {
  const text = bodyOf(event).toString('utf8').trim();
  if (!text) throw new ClientError('empty_body', 'A correction is a JSON object of the fields to change; see docs/meeting-record.md, "Corrections".');
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ClientError('invalid_json', `A correction must be JSON: ${(cause as Error).message}`, { cause });
  }
}
