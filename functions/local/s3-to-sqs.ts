// The local stand-in for "S3 object created → SQS → normalise Lambda": each raw article's notification
// becomes one SQS message; items the handler reports in batchItemFailures (or all of them, if it throws)
// are redelivered with a rising receive count, then dead-lettered, by the runtime's one mechanism (redelivery.ts).

import type { S3EventRecord, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { S3rverEvent } from 's3rver';
import { articleKey } from '../aws/article-store.ts';
import { storedArticleNotification } from '../aws/queues.ts';
import type { QueueDepth } from '../core/operations/ports.ts';
import { Redelivery, type RedeliverySettings } from './redelivery.ts';
import { NORMALISE_QUEUE_ARN, newMessage, sqsEvent } from './sqs-events.ts';

export type SqsConsumer = (event: SQSEvent) => Promise<SQSBatchResponse | undefined>;

export interface S3ToSqsOptions extends RedeliverySettings {
  bucket: string;
  prefix: string;
  consumer: SqsConsumer;
}

/** Backoff before the first redelivery (doubling after each) unless the options say otherwise. */
const RETRY_DELAY_MS = 500;

/** S3 sends object keys URL-encoded in notifications (spaces as "+"); s3rver sends them raw. */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}

export class S3ToSqsBridge {
  private readonly redelivery: Redelivery;

  constructor(private readonly options: S3ToSqsOptions) {
    this.redelivery = new Redelivery('normalise', RETRY_DELAY_MS, options);
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
      this.send(record.s3.object.key, JSON.stringify(notification));
    }
  };

  /** The NormaliseQueue port (operations.ts): stored articles sent again, as a rebuild or a redrive does on AWS. */
  readonly enqueue = async (articleIds: string[]): Promise<void> => {
    for (const articleId of articleIds) this.send(articleKey(articleId), storedArticleNotification(articleId));
  };

  readonly depth = async (): Promise<QueueDepth> => ({ waiting: 0, inFlight: this.redelivery.pending });

  /** One SQS message, delivered in the background until normalise takes it or it is dead-lettered. */
  private send(subject: string, body: string): void {
    const message = newMessage(body);
    void this.redelivery.deliver({ subject, bodies: [message.body] }, async (receiveCount) => {
      const response = await this.options.consumer(sqsEvent([{ ...message, receiveCount }], NORMALISE_QUEUE_ARN));
      if (response?.batchItemFailures?.some((item) => item.itemIdentifier === message.messageId)) {
        throw new Error('reported in batchItemFailures');
      }
    });
  }

  /** Resolves when every message has been handled or dead-lettered. */
  async idle(): Promise<void> {
    await this.redelivery.idle();
  }
}
