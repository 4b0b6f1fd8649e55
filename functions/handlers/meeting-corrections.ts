// GET /meetings/{meetingId} and PATCH /meetings/{meetingId}: an editor sees a meeting's record beside what
// extraction found and the overrides kept so far, and corrects it. A correction is conditional on the version
// the editor saw (If-Match: 412 when another write came first, 428 without one), raises the version and is
// kept as overrides (core/record/corrections.ts), so that re-extracting the article keeps it.

import { ClientError } from '../core/errors.ts';
import type { PublishSignal } from '../core/publish/ports.ts';
import { type MeetingRepository, type StoredMeeting, VersionConflict } from '../core/record/meeting-repository.ts';
import { correctedVersion } from '../core/record/next-version.ts';
import { type ApiEvent, type ApiResult, editorOf } from './api-event.ts';
import { expectedVersion, jsonBody, stale, withVersion } from './meetings/correction-request.ts';
import type { MeetingView } from './api-responses.ts';
import { jsonResponse } from './http-response.ts';
import type { Telemetry } from './telemetry.ts';
import { MEETING_ID } from '../core/record/ids.ts';

export interface CorrectionDeps {
  meetings: MeetingRepository;
  publish: PublishSignal;
  telemetry: Telemetry;
  now: () => Date;
}

export function meetingCorrections(deps: CorrectionDeps) {
  async function storedMeeting(event: ApiEvent): Promise<StoredMeeting> {
    const meetingId = event.pathParameters?.meetingId ?? '';
    const stored = MEETING_ID.test(meetingId) ? await deps.meetings.getMeeting(meetingId) : null;
    if (!stored) throw new ClientError('not_found', `No meeting with id "${meetingId}"; use the meetingId that POST /articles returned.`);
    return stored;
  }

  async function show(event: ApiEvent): Promise<ApiResult> {
    const stored = await storedMeeting(event);
    return withVersion(jsonResponse(200, sideBySide(stored)), stored.record.version);
  }

  async function correct(event: ApiEvent): Promise<ApiResult> {
    const expected = expectedVersion(event);
    // The body's schema brings zod: loaded on the first correction, not on the function's cold start.
    const { parseMeetingPatch } = await import('../core/record/meeting-patch.ts');
    const patch = parseMeetingPatch(jsonBody(event));
    const stored = await storedMeeting(event);
    const { id } = stored.record;
    if (stored.record.version !== expected) throw stale(id, stored.record.version);
    const next = correctedVersion(stored, patch, deps.now().toISOString());
    if (next) {
      try {
        // Saved on the version the editor saw, never retried on top of another writer's: that is theirs to review.
        await deps.meetings.saveMeeting(next, stored);
      } catch (error) {
        if (error instanceof VersionConflict) throw stale(id, null);
        throw error;
      }
    }
    const now = next ?? stored;
    // Signalled like a save: publish renders the corrected version (and a retry after a failed signal still does).
    await deps.publish.signal([id]);
    deps.telemetry.log('info', 'Meeting corrected', { meetingId: id, version: now.record.version, changed: next !== null, by: editorOf(event) });
    return withVersion(jsonResponse(200, sideBySide(now)), now.record.version);
  }

  return { show, correct };
}

/** What an editor sees: the record as published, the fields as extracted, and the overrides that make the difference. */
function sideBySide(stored: StoredMeeting): MeetingView {
  const { record, corrections } = stored;
  return {
    meetingId: record.id,
    version: record.version,
    record,
    extraction: corrections?.extracted ?? null,
    overrides: corrections?.overrides ?? null,
    publishedVersion: stored.publishedVersion ?? null,
  };
}
