// The local stand-in for "S3 object created → SQS → normalise Lambda": each raw article's notification
// becomes one SQS message; items the handler reports in batchItemFailures (or all of them, if it throws)
// are redelivered with backoff, like SQS after the visibility timeout, and dead-lettered after a few tries.

import type { S3EventRecord, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { S3rverEvent } from 's3rver';
import { defaultLog, type Log } from './log.ts';
import { type LocalMessage, NORMALISE_QUEUE_ARN, newMessage, sqsEvent } from './sqs-events.ts';
import { MAX_RECEIVE_COUNT } from '../aws/resources.ts';

export type SqsConsumer = (event: SQSEvent) => Promise<SQSBatchResponse | undefined>;

export interface S3ToSqsOptions {
  bucket: string;
  prefix: string;
  consumer: SqsConsumer;
  /** Deliveries before a message is dead-lettered (default: the stack's maxReceiveCount, MAX_RECEIVE_COUNT). */
  maxReceiveCount?: number;
  /** Wait before the first redelivery, doubling after each (the visibility timeout). Default 500 ms. */
  retryDelayMs?: number;
  log?: Log;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** S3 sends object keys URL-encoded in notifications (spaces as "+"); s3rver sends them raw. */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}

export class S3ToSqsBridge {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly maxReceiveCount: number;
  private readonly retryDelayMs: number;
  private readonly log: Log;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: S3ToSqsOptions) {
    this.maxReceiveCount = options.maxReceiveCount ?? MAX_RECEIVE_COUNT;
    this.retryDelayMs = options.retryDelayMs ?? 500;
    this.log = options.log ?? defaultLog;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** The S3 notification configuration: ObjectCreated:* in the bucket, under the prefix. */
  matches(record: S3rverEvent['Records'][number]): boolean {
    return (
      record.eventName.startsWith('ObjectCreated:') &&
      record.s3.bucket.name === this.options.bucket &&
      record.s3.object.key.startsWith(this.options.prefix)
    );
  }

  /** Listener for the emulator's events; returns at once, delivery happens in the background. */
  readonly onS3Event = (event: S3rverEvent): void => {
    for (const record of event.Records) {
      if (!this.matches(record)) continue;
      const s3Record = record as unknown as S3EventRecord;
      const notification = {
        Records: [
          { ...s3Record, s3: { ...s3Record.s3, object: { ...s3Record.s3.object, key: encodeS3EventKey(record.s3.object.key) } } },
        ],
      };
      this.track(this.deliver(newMessage(JSON.stringify(notification)), record.s3.object.key));
    }
  };

  /** Resolves when every message has been handled or dead-lettered. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private track(delivery: Promise<void>): void {
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery));
  }

  private async deliver(message: LocalMessage, key: string): Promise<void> {
    for (let receiveCount = 1; ; receiveCount++) {
      const delivery = { ...message, receiveCount };
      let failure: unknown;
      try {
        const response = await this.options.consumer(sqsEvent([delivery], NORMALISE_QUEUE_ARN));
        const failed = response?.batchItemFailures?.some((item) => item.itemIdentifier === message.messageId);
        if (!failed) return;
        failure = new Error('reported in batchItemFailures');
      } catch (error) {
        failure = error;
      }
      if (receiveCount >= this.maxReceiveCount) {
        this.log(`normalise: ${key} failed ${receiveCount} times; dead-lettered (message ${message.messageId})`, failure);
        return;
      }
      const delay = this.retryDelayMs * 2 ** (receiveCount - 1);
      this.log(`normalise: ${key} failed (delivery ${receiveCount}); redelivering in ${delay} ms`, failure);
      await this.sleep(delay);
    }
  }
}
