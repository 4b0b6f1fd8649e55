// Publish's metrics and its summary line, from outside the handler: the site store is wrapped to count what is
// actually written (putIfChanged answered true), and the handler to time the regeneration. Used by the Lambda
// entry and the local runtime; the publish handler itself is not changed for it.

import type { SQSEvent } from 'aws-lambda';
import { meetingIdsFromMessages } from '../aws/publish-signal.ts';
import type { SiteObject, SiteStore } from '../aws/site-store.ts';
import type { Telemetry } from './telemetry.ts';

type PutIfChanged = Pick<SiteStore, 'putIfChanged'>;

export interface PublishMetering {
  /** The site store, counting the documents and bytes written by the current regeneration. */
  site<S extends PutIfChanged>(site: S): S;
  /** The handler, timed: PublishDuration, BytesWritten and FeedsRewritten once per regeneration, failed or not. */
  handler<R>(handle: (event: SQSEvent) => Promise<R>): (event: SQSEvent) => Promise<R>;
}

/** Regenerations run one at a time (FIFO on AWS, a serial queue locally), so one counter serves. */
export function publishMetering(telemetry: Telemetry, clock: () => number = () => performance.now()): PublishMetering {
  let documents = 0;
  let bytes = 0;
  return {
    site: (site) =>
      new Proxy(site, {
        get(target, property, receiver) {
          if (property !== 'putIfChanged') return Reflect.get(target, property, receiver);
          return async (object: SiteObject) => {
            const written = await target.putIfChanged(object);
            if (written) {
              documents += 1;
              bytes += Buffer.byteLength(object.body, 'utf8');
            }
            return written;
          };
        },
      }),
    handler: (handle) => async (event) => {
      documents = 0;
      bytes = 0;
      const meetingIds = meetingIdsFromMessages(event.Records.map((record) => record.body));
      const started = clock();
      let outcome = 'failed';
      try {
        const result = await handle(event);
        outcome = 'published';
        return result;
      } finally {
        const durationMs = Math.round(clock() - started);
        telemetry.metric('publishDuration', durationMs);
        telemetry.metric('bytesWritten', bytes);
        telemetry.metric('feedsRewritten', documents);
        telemetry.log(outcome === 'published' ? 'info' : 'error', `Publish ${outcome}`, { meetingIds, durationMs, documentsWritten: documents, bytesWritten: bytes });
      }
    },
  };
}
