// Builds SQS events the way Lambda's SQS event source delivers them, for the local runtime's queues:
// the normalise queue (fed by S3 notifications) and the publish FIFO queue (one message group).

import { createHash, randomUUID } from 'node:crypto';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { PUBLISH_MESSAGE_GROUP, type PublishMessage } from '../aws/publish-signal.ts';

export const LOCAL_REGION = 'us-east-1';
export const NORMALISE_QUEUE_ARN = 'arn:aws:sqs:local:000000000000:normalise';
export const PUBLISH_QUEUE_ARN = 'arn:aws:sqs:local:000000000000:publish.fifo';

export interface LocalMessage {
  messageId: string;
  body: string;
  sentAt: number;
  /** How many times this message has been delivered, this delivery included. */
  receiveCount: number;
  fifo?: { messageGroupId: string; sequenceNumber: string };
}

export function newMessage(body: string, fifo?: LocalMessage['fifo']): LocalMessage {
  return { messageId: randomUUID(), body, sentAt: Date.now(), receiveCount: 1, ...(fifo ? { fifo } : {}) };
}

export function sqsRecord(message: LocalMessage, queueArn: string): SQSRecord {
  const sentTimestamp = String(message.sentAt);
  return {
    messageId: message.messageId,
    receiptHandle: `${message.messageId}#${message.receiveCount}`,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.receiveCount),
      SentTimestamp: sentTimestamp,
      SenderId: 'LOCAL',
      ApproximateFirstReceiveTimestamp: sentTimestamp,
      ...(message.fifo
        ? {
            MessageGroupId: message.fifo.messageGroupId,
            MessageDeduplicationId: createHash('sha256').update(message.body).digest('hex'),
            SequenceNumber: message.fifo.sequenceNumber,
          }
        : {}),
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(message.body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: LOCAL_REGION,
  };
}

export function sqsEvent(messages: LocalMessage[], queueArn: string): SQSEvent {
  return { Records: messages.map((message) => sqsRecord(message, queueArn)) };
}

let publishSequence = 0n;

/** One "meetings changed" message's body, as the SqsPublishSignal sends it. */
export function publishBody(meetingIds: string[]): string {
  const message: PublishMessage = { meetingIds };
  return JSON.stringify(message);
}

/** The publish queue's batch: one record per pending "meetings changed" signal, oldest first. */
export function publishEvent(signals: string[][]): SQSEvent {
  const messages = signals.map((meetingIds) => {
    publishSequence += 1n;
    return newMessage(publishBody(meetingIds), {
      messageGroupId: PUBLISH_MESSAGE_GROUP,
      sequenceNumber: publishSequence.toString().padStart(20, '0'),
    });
  });
  return sqsEvent(messages, PUBLISH_QUEUE_ARN);
}
