// One meeting that cannot be rendered must not keep the others out of a feed: render the list, and if
// that throws, find the entries that throw alone, leave them out and say why. Pure.

import type { MeetingRecord } from '../record/record.ts';

export interface SafeRender<T> {
  output: T;
  /** Meetings left out, with the error each one raised. */
  failed: { record: MeetingRecord; reason: string }[];
}

export function renderSafely<T>(records: readonly MeetingRecord[], render: (records: MeetingRecord[]) => T): SafeRender<T> {
  try {
    return { output: render([...records]), failed: [] };
  } catch {
    const failed: SafeRender<T>['failed'] = [];
    const good: MeetingRecord[] = [];
    for (const record of records) {
      try {
        render([record]);
        good.push(record);
      } catch (error) {
        failed.push({ record, reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      }
    }
    // Entries that render alone but not together would throw again here: that is a bug of the
    // renderer as a whole, not of one meeting, and it fails the publish so that SQS retries it.
    return { output: render(good), failed };
  }
}
