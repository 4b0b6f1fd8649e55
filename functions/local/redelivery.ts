// The one retry loop of the local runtime's queues (normalise, publish), standing in for what SQS does on AWS:
// a message is delivered to its consumer; when the consumer fails, it is delivered again after a backoff (the
// visibility timeout's role) with a rising receive count; after the stack's maxReceiveCount deliveries it is
// parked as a dead letter with the reason. The limit is the stack's own constant; the backoff is not the stack's
// visibility timeout (minutes), so that a local fault is retried while someone watches.

import { MAX_RECEIVE_COUNT } from '../aws/resources.ts';
import { type DeadLetterPark, DeadLetters } from './dead-letters.ts';
import { defaultLog, type Log } from './log.ts';

/** What a local queue lets its owner tune; everything has a default. */
export interface RedeliverySettings {
  /** Deliveries before a message is dead-lettered. Default: the stack's maxReceiveCount (MAX_RECEIVE_COUNT). */
  maxReceiveCount?: number;
  /** Wait before the second delivery, doubling after each failure. Default: the queue's own. */
  retryDelayMs?: number;
  /** Where a message goes after its last failed delivery. Default: a log line only. */
  deadLetters?: DeadLetterPark;
  log?: Log;
  sleep?: (ms: number) => Promise<void>;
}

/** A message as the queue holds it between deliveries. */
export interface QueuedMessage {
  /** For log lines and the dead letter: a raw article's key, a publish's meeting ids. */
  subject: string;
  bodies: string[];
}

/** One delivery: resolves when the consumer has taken the message, rejects when it failed. */
export type Consume = (receiveCount: number) => Promise<void>;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Redelivery {
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly maxReceiveCount: number;
  private readonly retryDelayMs: number;
  private readonly deadLetters: DeadLetterPark;
  private readonly log: Log;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly queue: string,
    defaultRetryDelayMs: number,
    settings: RedeliverySettings = {},
  ) {
    this.maxReceiveCount = settings.maxReceiveCount ?? MAX_RECEIVE_COUNT;
    this.retryDelayMs = settings.retryDelayMs ?? defaultRetryDelayMs;
    this.log = settings.log ?? defaultLog;
    this.deadLetters = settings.deadLetters ?? new DeadLetters({ log: this.log });
    this.sleep = settings.sleep ?? defaultSleep;
  }

  /** Delivers until the consumer takes the message or it is dead-lettered, and says which. */
  deliver(message: QueuedMessage, consume: Consume): Promise<'consumed' | 'dead-lettered'> {
    const delivery = this.deliverUntilDone(message, consume);
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery));
    return delivery;
  }

  /** Messages being delivered or waiting to be delivered again (the queue's depth). */
  get pending(): number {
    return this.inFlight.size;
  }

  /** Resolves when every message delivered so far has been consumed or dead-lettered. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async deliverUntilDone(message: QueuedMessage, consume: Consume): Promise<'consumed' | 'dead-lettered'> {
    for (let receiveCount = 1; ; receiveCount++) {
      try {
        await consume(receiveCount);
        return 'consumed';
      } catch (error) {
        if (receiveCount >= this.maxReceiveCount) {
          await this.deadLetters.park(
            {
              queue: this.queue,
              subject: message.subject,
              bodies: message.bodies,
              receiveCount,
              reason: reasonOf(error),
              deadLetteredAt: new Date().toISOString(),
            },
            error,
          );
          return 'dead-lettered';
        }
        const delay = this.retryDelayMs * 2 ** (receiveCount - 1);
        this.log(`${this.queue}: ${message.subject} failed (delivery ${receiveCount} of ${this.maxReceiveCount}); redelivering in ${delay} ms`, error);
        await this.sleep(delay);
      }
    }
  }
}

function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}
