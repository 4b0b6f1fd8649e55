// The local stand-in for the publish FIFO queue (one message group): normalise signals "these meetings
// changed", and publish runs serially, one run at a time, with the signals that arrived meanwhile merged
// into exactly one next run. That run starts after they arrived, so no change is left unpublished.

import type { PublishSignal } from '../aws/publish-signal.ts';
import { MAX_RECEIVE_COUNT } from '../aws/resources.ts';
import { defaultLog, type Log } from './log.ts';

/** One run of the publisher over every signal that was pending when it started (oldest first). */
export type PublishRun = (signals: string[][]) => Promise<void>;

export interface PublishQueueOptions {
  run: PublishRun;
  /** Attempts per batch, the first included. Default: the stack's maxReceiveCount (MAX_RECEIVE_COUNT). */
  maxAttempts?: number;
  /** Backoff before the second attempt, doubling after each failure. Default 250 ms. */
  retryDelayMs?: number;
  log?: Log;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class PublishQueue implements PublishSignal {
  private pending: string[][] = [];
  private running = false;
  private draining: Promise<void> = Promise.resolve();
  private readonly run: PublishRun;
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  private readonly log: Log;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: PublishQueueOptions) {
    this.run = options.run;
    this.maxAttempts = options.maxAttempts ?? MAX_RECEIVE_COUNT;
    this.retryDelayMs = options.retryDelayMs ?? 250;
    this.log = options.log ?? defaultLog;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** Enqueues a signal and returns at once, as sending to SQS would; the run happens in the background. */
  async signal(meetingIds: string[]): Promise<void> {
    this.pending.push([...meetingIds]);
    if (!this.running) {
      this.running = true;
      this.draining = this.drain();
    }
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
        await this.runWithRetries(batch);
      }
    } finally {
      // Cleared in the same synchronous step as the emptiness check, so no signal can slip in between.
      this.running = false;
    }
  }

  private async runWithRetries(batch: string[][]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.run(batch);
        return;
      } catch (error) {
        if (attempt >= this.maxAttempts) {
          const ids = [...new Set(batch.flat())].join(', ');
          this.log(`publish: gave up after ${attempt} attempts (dead-lettered); meetings: ${ids || '(none)'}`, error);
          return;
        }
        const delay = this.retryDelayMs * 2 ** (attempt - 1);
        this.log(`publish: attempt ${attempt} failed; retrying in ${delay} ms`, error);
        await this.sleep(delay);
      }
    }
  }
}
