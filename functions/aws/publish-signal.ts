// "Meetings changed": normalise tells publish through an SQS FIFO queue with one message group,
// so publishes run one at a time and a batch of signals becomes one regeneration.

import { randomUUID } from 'node:crypto';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { PublishSignal } from '../core/publish/ports.ts';
import type { CaptureClient } from './tracing.ts';

/** All signals share one group: FIFO order and one publisher at a time. */
export const PUBLISH_MESSAGE_GROUP = 'feeds';

export interface PublishMessage {
  meetingIds: string[];
}

export class SqsPublishSignal implements PublishSignal {
  private readonly sqs: SQSClient;

  /** `capture` hands the client to the tracer (functions/aws/tracing.ts). */
  constructor(
    private readonly queueUrl: string,
    capture?: CaptureClient,
  ) {
    const client = new SQSClient({});
    this.sqs = capture ? capture(client) : client;
  }

  async signal(meetingIds: string[]): Promise<void> {
    const message: PublishMessage = { meetingIds };
    await this.sqs.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: JSON.stringify(message),
        MessageGroupId: PUBLISH_MESSAGE_GROUP,
        // Unique per change: FIFO deduplication must never swallow a signal that follows a write.
        MessageDeduplicationId: randomUUID(),
      }),
    );
  }
}

/** Reads the meeting ids out of publish messages; malformed bodies contribute none. */
export function meetingIdsFromMessages(bodies: string[]): string[] {
  const ids = new Set<string>();
  for (const body of bodies) {
    try {
      const message = JSON.parse(body) as Partial<PublishMessage>;
      for (const id of message.meetingIds ?? []) if (typeof id === 'string') ids.add(id);
    } catch {
      // A body that is not ours still triggers a full regeneration of the current feeds.
    }
  }
  return [...ids];
}
