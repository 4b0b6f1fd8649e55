// The last step of a publish: each meeting it rendered is marked published, each it could not render
// marked failed (and logged), so an article reads "published" only once everything its meeting appears
// in is written.

import type { PublishStore } from '../../core/publish/ports.ts';
import type { MeetingRecord } from '../../core/record/record.ts';
import type { Telemetry } from '../telemetry.ts';
import type { SiteWriter } from './site-writer.ts';

export async function markOutcome(
  store: Pick<PublishStore, 'markPublished' | 'markPublishFailed'>,
  out: SiteWriter,
  records: readonly MeetingRecord[],
  telemetry: Telemetry,
): Promise<void> {
  for (const [id, { version, reason }] of out.failed) {
    await store.markPublishFailed(id, version, reason);
    telemetry.metric('articlesFailed', 1);
    telemetry.log('error', 'A meeting could not be rendered; it is left out of the feeds', { meetingId: id, version, reason });
  }
  for (const record of records) if (!out.failed.has(record.id)) await store.markPublished(record.id, record.version);
}
