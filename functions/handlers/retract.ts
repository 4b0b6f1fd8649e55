// The meetings API, the API's only writer of meetings: DELETE /meetings/{meetingId}, an admin retracts a
// meeting (the record is kept and marked; publish turns it into RFC 6721 tombstones in the Atom feeds and
// removes it from the JSON feeds); GET and PATCH /meetings/{meetingId}, an editor reads and corrects one
// (meeting-corrections.ts). One function: the three need the same table access and the publish queue.

import { ClientError } from '../core/errors.ts';
import type { PublishSignal } from '../core/publish/ports.ts';
import type { MeetingRepository } from '../core/record/meeting-repository.ts';
import { retractedVersion } from '../core/record/next-version.ts';
import { saveWithRetry } from '../core/record/save-with-retry.ts';
import type { RetractedAnswer } from './api-responses.ts';
import { jsonResponse } from './http-response.ts';
import { type ApiEvent, type ApiResult, bodyOf, editorOf } from './api-event.ts';
import { apiRoutes } from './api-routes.ts';
import { meetingCorrections } from './meeting-corrections.ts';
import { consoleTelemetry, type Telemetry } from './telemetry.ts';
import { MEETING_ID } from '../core/record/ids.ts';

export interface RetractDeps {
  meetings: MeetingRepository;
  publish: PublishSignal;
  /** Log lines; default: JSON lines on stdout. */
  telemetry?: Telemetry;
  now?: () => Date;
}

const MAX_REASON = 500;

export function createRetractHandler(deps: RetractDeps) {
  const now = deps.now ?? (() => new Date());
  const telemetry = deps.telemetry ?? consoleTelemetry;
  // Each call spelled out, so the least-privilege analysis (tests/infra) sees what retract sends.
  const meetings: MeetingRepository = {
    getMeeting: (id) => deps.meetings.getMeeting(id),
    saveMeeting: (meeting, previous) => deps.meetings.saveMeeting(meeting, previous),
  };

  async function retract(event: ApiEvent): Promise<ApiResult> {
    const meetingId = event.pathParameters?.meetingId ?? '';
    const reason = retractionReason(event);
    const by = editorOf(event);
    const { stored } = MEETING_ID.test(meetingId)
      ? await saveWithRetry(meetings, meetingId, (existing) => existing && retractedVersion(existing, { at: now().toISOString(), by, reason }))
      : { stored: null };
    if (!stored) throw new ClientError('not_found', `No meeting with id "${meetingId}"; use the meetingId that POST /articles returned.`);
    const { record } = stored;
    // Signalled on every call, so retrying after a failed signal still gets the tombstone published.
    await deps.publish.signal([meetingId]);
    telemetry.log('info', 'Meeting retracted', { meetingId, articleId: record.articleId, version: record.version, by });
    // saveWithRetry returns the retracted version (next-version.ts), so `retracted` is there.
    const answer: RetractedAnswer = { meetingId, status: 'retracted', version: record.version, retracted: record.retracted! };
    return jsonResponse(202, answer);
  }

  const corrections = meetingCorrections({ meetings, publish: { signal: (ids) => deps.publish.signal(ids) }, telemetry, now });
  const routes = {
    'DELETE /meetings/{meetingId}': { action: 'retract', run: retract },
    'GET /meetings/{meetingId}': { action: 'read-status', run: corrections.show },
    'PATCH /meetings/{meetingId}': { action: 'correct', run: corrections.correct },
  } as const;
  return apiRoutes(routes, telemetry, (event) => ({ meetingId: event.pathParameters?.meetingId }));
}

/** An optional JSON body `{"reason": "..."}` says why; it becomes the tombstone's comment. */
function retractionReason(event: ApiEvent): string | null {
  const text = bodyOf(event).toString('utf8').trim();
  if (!text) return null;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    throw new ClientError('invalid_json', `A retraction's body is optional JSON such as {"reason": "duplicate"}: ${(cause as Error).message}`, { cause });
  }
  const reason = (body as { reason?: unknown } | null)?.reason;
  if (reason === undefined || reason === null) return null;
  if (typeof reason !== 'string' || reason.length > MAX_REASON) {
    throw new ClientError('invalid_field', `reason must be a string of at most ${MAX_REASON} characters.`);
  }
  return reason.trim() || null;
}
