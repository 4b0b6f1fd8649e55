// The local stand-in for the publish FIFO queue (one message group): normalise signals "these meetings
// changed", and publish runs serially, one run at a time, with the signals that arrived meanwhile merged
// into exactly one next run. That run starts after they arrived, so no change is left unpublished.
// A failed run is redelivered, then dead-lettered, by the runtime's one mechanism (redelivery.ts); like the
// FIFO group, later signals wait until it is done.

import type { QueueDepth } from '../core/operations/ports.ts';
import type { PublishSignal } from '../core/publish/ports.ts';
import { Redelivery, type RedeliverySettings } from './redelivery.ts';
import { publishBody } from './sqs-events.ts';

/** One run of the publisher over every signal that was pending when it started (oldest first). */
export type PublishRun = (signals: string[][]) => Promise<void>;

export interface PublishQueueOptions extends RedeliverySettings {
  run: PublishRun;
}

/** Backoff before the second attempt of a run (doubling after each failure) unless the options say otherwise. */
const RETRY_DELAY_MS = 250;

export class PublishQueue implements PublishSignal {
  private pending: string[][] = [];
  private running = false;
  private draining: Promise<void> = Promise.resolve();
  private readonly run: PublishRun;
  private readonly redelivery: Redelivery;

  constructor(options: PublishQueueOptions) {
    this.run = options.run;
    this.redelivery = new Redelivery('publish', RETRY_DELAY_MS, options);
  }

  /** Enqueues a signal and returns at once, as sending to SQS would; the run happens in the background. */
  async signal(meetingIds: string[]): Promise<void> {
    this.pending.push([...meetingIds]);
    if (!this.running) {
      this.running = true;
      this.draining = this.drain();
    }
  }

  /** The queue's depth for GET /admin/queues: signals waiting for the next run, and the run in progress. */
  async depth(): Promise<QueueDepth> {
    return { waiting: this.pending.length, inFlight: this.running ? 1 : 0 };
  }

  /** Resolves when no signal is pending and no run is in progress. */
  async idle(): Promise<void> {
    while (this.running) await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      // Yield once so that signals sent in the same tick share the first run.
      await Promise.resolve();
      while (this.pending.length > 0) {
        const batch = this.pending;
        this.pending = [];
        const ids = [...new Set(batch.flat())].join(', ');
        await this.redelivery.deliver({ subject: `meetings ${ids || '(none)'}`, bodies: batch.map(publishBody) }, () => this.run(batch));
      }
    } finally {
      // Cleared in the same synchronous step as the emptiness check, so no signal can slip in between.
      this.running = false;
    }
  }
}
