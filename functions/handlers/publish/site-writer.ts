// Writes what publish renders into the site bucket: only objects whose bytes changed, and every list
// rendered so that a meeting that cannot be rendered is left out and remembered as failed.

import { mergeChanged } from '../../core/publish/plan-publish.ts';
import type { SiteObjects } from '../../core/publish/ports.ts';
import { renderSafely } from '../../core/publish/render-safely.ts';
import type { MeetingRecord } from '../../core/record/record.ts';
import { type FeedDocument, type FeedSite, orderForFeed, renderAtomFeed, renderJsonFeed } from '../../core/publish/render-feeds.ts';
import { retractionOf } from '../../core/publish/pages/meeting-pieces.ts';
import { renderMeetingPage } from '../../core/publish/pages/render-meeting-page.ts';
import { SITE_PATHS } from '../../core/publish/site-paths.ts';

export const TYPES = {
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  record: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  calendar: 'text/calendar; charset=utf-8',
};
export const CACHE = {
  /** Current feeds, open pages, indexes: readers should see changes within a minute. */
  current: 'public, max-age=60',
  record: 'public, max-age=300',
  /** A complete archive page changes only when one of its entries is corrected or retracted. */
  archive: 'public, max-age=86400',
};

export class SiteWriter {
  readonly written: string[] = [];
  /** Bytes of the objects written (unchanged ones are not). */
  bytesWritten = 0;
  /** Meetings left out of this publish because they could not be rendered, by id. */
  readonly failed = new Map<string, { version: number; reason: string }>();

  constructor(
    /** Writes an object unless its bytes are already there; true when it wrote. */
    private readonly putIfChanged: SiteObjects['putIfChanged'],
    readonly feedSite: FeedSite,
    /** The changed meetings, read consistently: they replace their copies in lists read from the index. */
    private readonly changed: readonly MeetingRecord[],
  ) {}

  async put(key: string, body: string, contentType: string, cacheControl: string, gone = false): Promise<void> {
    if (await this.putIfChanged({ key, body, contentType, cacheControl, ...(gone ? { gone } : {}) })) {
      this.written.push(key);
      this.bytesWritten += Buffer.byteLength(body);
    }
  }

  /** `records` with the changed meetings that `belongs` accepts merged in, newest first, failed ones left out. */
  fresh(records: readonly MeetingRecord[], belongs: (record: MeetingRecord) => boolean, limit = Number.POSITIVE_INFINITY): MeetingRecord[] {
    return orderForFeed(mergeChanged(records, this.changed.filter(belongs)))
      .filter((record) => !this.failed.has(record.id))
      .slice(0, limit);
  }

  /** Renders with `render`, leaving out (and remembering) meetings that make it throw. */
  render<T>(records: readonly MeetingRecord[], render: (records: MeetingRecord[]) => T): T {
    const result = renderSafely(
      records.filter((record) => !this.failed.has(record.id)),
      render,
    );
    for (const { record, reason } of result.failed) this.failed.set(record.id, { version: record.version, reason });
    return result.output;
  }

  /** A meeting's record and page; a meeting that cannot be rendered is left out of every document. */
  async meeting(record: MeetingRecord): Promise<void> {
    const rendered = this.render([record], ([one]) =>
      one ? [`${JSON.stringify(one, null, 2)}\n`, renderMeetingPage(one, this.feedSite), renderAtomFeed([one], this.feedSite), renderJsonFeed([one], this.feedSite)] : [],
    );
    const [json, page] = rendered;
    if (json === undefined || page === undefined) return;
    await this.put(SITE_PATHS.meetingJson(record.id), json, TYPES.record, CACHE.record);
    // A retracted meeting's page is its notice, marked gone (410 locally).
    await this.put(SITE_PATHS.meetingPage(record.id), page, TYPES.html, CACHE.record, retractionOf(record) !== null);
  }

  /** A feed document in both formats, the same entries in each. */
  async feeds(records: readonly MeetingRecord[], document: FeedDocument, cacheControl: string): Promise<void> {
    const [atom, json] = this.render(records, (list) => [renderAtomFeed(list, this.feedSite, document), renderJsonFeed(list, this.feedSite, document)] as const);
    await this.put(`${document.path}.atom`, atom, TYPES.atom, cacheControl);
    await this.put(`${document.path}.json`, json, TYPES.json, cacheControl);
  }

}
