// The SQS side of the operators' work (functions/handlers/operations.ts): the normalise queue a rebuild sends
// articles to, the dead-letter queues a redrive empties, and the depth of each. One queue per object, so the
// least-privilege analysis (tests/infra/sdk-usage.ts) ties each command to the one queue it is sent to.

import { randomUUID } from 'node:crypto';
import { DeleteMessageBatchCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { DeadLetterMessage, DeadLetterQueue, NormaliseQueue, QueueDepth, QueueGauge } from '../core/operations/ports.ts';
import { articleKey } from './article-store.ts';
import type { CaptureClient } from './tracing.ts';

/** SQS takes at most ten messages per batch call. */
const SQS_BATCH = 10;
/** How long a received dead letter stays hidden while a redrive sends its work back before deleting it. */
const REDRIVE_VISIBILITY_SECONDS = 60;

function clientFor(capture?: CaptureClient): SQSClient {
  const client = new SQSClient({});
  return capture ? capture(client) : client;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The body S3 would send for a stored article: what normalise reads (handlers/normalise/s3-notification.ts). */
export function storedArticleNotification(articleId: string): string {
  const key = encodeURIComponent(articleKey(articleId)).replace(/%2F/g, '/');
  return JSON.stringify({ Records: [{ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { object: { key } } }] });
}

async function depthOf(sqs: SQSClient, queueUrl: string): Promise<QueueDepth> {
  const { Attributes: attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'] }),
  );
  return {
    waiting: Number(attributes.ApproximateNumberOfMessages ?? 0) + Number(attributes.ApproximateNumberOfMessagesDelayed ?? 0),
    inFlight: Number(attributes.ApproximateNumberOfMessagesNotVisible ?? 0),
  };
}

/** The normalise queue (standard): one message per article, like S3's own notifications. */
export class SqsNormaliseQueue implements NormaliseQueue {
  private readonly sqs: SQSClient;

  constructor(
    private readonly queueUrl: string,
    capture?: CaptureClient,
  ) {
    this.sqs = clientFor(capture);
  }

  async enqueue(articleIds: string[]): Promise<void> {
    for (const batch of chunks(articleIds, SQS_BATCH)) {
      const entries = batch.map((articleId) => ({ Id: randomUUID(), MessageBody: storedArticleNotification(articleId) }));
      const answer = await this.sqs.send(new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }));
      // A batch call succeeds as a whole even when entries fail: those must not pass silently.
      if (answer.Failed?.length) throw new Error(`SQS refused ${answer.Failed.length} of ${entries.length} messages: ${answer.Failed[0]?.Message ?? answer.Failed[0]?.Code}`);
    }
  }

  depth(): Promise<QueueDepth> {
    return depthOf(this.sqs, this.queueUrl);
  }
}

/** A queue whose depth is all an operator asks of it here (the publish queue). */
export class SqsQueueGauge implements QueueGauge {
  private readonly sqs: SQSClient;

  constructor(
    private readonly queueUrl: string,
    capture?: CaptureClient,
  ) {
    this.sqs = clientFor(capture);
  }

  depth(): Promise<QueueDepth> {
    return depthOf(this.sqs, this.queueUrl);
  }
}

export class SqsDeadLetterQueue implements DeadLetterQueue {
  private readonly sqs: SQSClient;

  constructor(
    private readonly queueUrl: string,
    capture?: CaptureClient,
  ) {
    this.sqs = clientFor(capture);
  }

  async receive(max: number): Promise<DeadLetterMessage[]> {
    const answer = await this.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: this.queueUrl, MaxNumberOfMessages: Math.min(max, SQS_BATCH), WaitTimeSeconds: 0, VisibilityTimeout: REDRIVE_VISIBILITY_SECONDS }),
    );
    return (answer.Messages ?? []).map((message) => ({ receipt: message.ReceiptHandle ?? '', body: message.Body ?? '' }));
  }

  async remove(receipts: string[]): Promise<void> {
    for (const batch of chunks(receipts, SQS_BATCH)) {
      const answer = await this.sqs.send(
        new DeleteMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: batch.map((receipt, index) => ({ Id: String(index), ReceiptHandle: receipt })) }),
      );
      // Left undeleted, a message comes back after its visibility timeout and is redriven once more: harmless.
      if (answer.Failed?.length) throw new Error(`SQS did not delete ${answer.Failed.length} of ${batch.length} dead letters: ${answer.Failed[0]?.Message ?? answer.Failed[0]?.Code}`);
    }
  }

  depth(): Promise<QueueDepth> {
    return depthOf(this.sqs, this.queueUrl);
  }
}
