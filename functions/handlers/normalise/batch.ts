// How normalise answers an SQS batch of S3 notifications: each message's articles in turn, a failed
// message reported alone (SQS redelivers it), the failure of its last delivery recorded where the editor
// looks, and publish signalled once for the whole batch.

import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { MAX_RECEIVE_COUNT } from '../../aws/resources.ts';
import type { Telemetry } from '../telemetry.ts';
import { articleIdsIn } from './s3-notification.ts';

export interface BatchSteps {
  /** Normalises one article; returns the meeting id to publish, or null when there is none. */
  normalise(articleId: string): Promise<string | null>;
  /** Records that the article failed for good, and why (its message goes to the dead-letter queue next). */
  recordFailure(articleId: string, reason: string): Promise<void>;
  signal(meetingIds: string[]): Promise<void>;
  telemetry: Telemetry;
}

export async function normaliseBatch(event: SQSEvent, steps: BatchSteps): Promise<SQSBatchResponse> {
  const { telemetry } = steps;
  const failed: string[] = [];
  const succeeded: string[] = [];
  const meetingIds = new Set<string>();
  for (const message of event.Records) {
    const lastDelivery = Number(message.attributes?.ApproximateReceiveCount ?? 1) >= MAX_RECEIVE_COUNT;
    let articleId = '';
    try {
      for (articleId of articleIdsIn(message.body, telemetry)) {
        const meetingId = await steps.normalise(articleId);
        if (meetingId) meetingIds.add(meetingId);
      }
      succeeded.push(message.messageId);
    } catch (error) {
      telemetry.log('error', lastDelivery ? 'Normalising failed for the last time' : 'Normalising failed; SQS will redeliver', {
        messageId: message.messageId,
        articleId,
        error: String(error),
      });
      failed.push(message.messageId);
      if (lastDelivery && articleId) await steps.recordFailure(articleId, deadLetterReason(error));
    }
  }
  if (meetingIds.size > 0) {
    try {
      await steps.signal([...meetingIds]);
    } catch (error) {
      // Without the signal the change would sit unpublished: fail the messages so SQS runs them again
      // (the re-run changes nothing and signals again).
      telemetry.log('error', 'Publish signal failed; redelivering the batch', { meetingIds: [...meetingIds], error: String(error) });
      failed.push(...succeeded);
    }
  }
  return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
}

function deadLetterReason(error: unknown): string {
  return `Normalising failed ${MAX_RECEIVE_COUNT} times (${String(error).slice(0, 300)}); the article is kept and can be re-run from the dead-letter queue.`;
}
