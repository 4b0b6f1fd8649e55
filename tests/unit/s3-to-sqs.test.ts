// The local S3 → SQS → normalise bridge: the notification filter, the SQS-shaped event, and redelivery of a
// message the consumer reports failed, through the runtime's one redelivery mechanism.

import type { SQSEvent } from 'aws-lambda';
import type { S3rverEvent } from 's3rver';
import { describe, expect, it } from 'vitest';
import { MAX_RECEIVE_COUNT } from '../../functions/aws/resources.ts';
import type { DeadLetter } from '../../functions/local/dead-letters.ts';
import { S3ToSqsBridge, type SqsConsumer } from '../../functions/local/s3-to-sqs.ts';

const created = (key: string, bucket = 'raw', eventName = 'ObjectCreated:Put'): S3rverEvent => ({
  Records: [{ eventName, s3: { bucket: { name: bucket }, object: { key } } }],
});

function bridgeWith(consumer: SqsConsumer) {
  const parked: DeadLetter[] = [];
  const bridge = new S3ToSqsBridge({
    bucket: 'raw',
    prefix: 'articles/',
    consumer,
    sleep: async () => {},
    deadLetters: { park: async (letter) => void parked.push(letter) },
    log: () => {},
  });
  return { bridge, parked };
}

describe('Class: S3ToSqsBridge', () => {
  it('delivers one SQS message per created object under the prefix, with the key URL-encoded as S3 does', async () => {
    // Prepare
    const events: SQSEvent[] = [];
    const { bridge } = bridgeWith(async (event) => void events.push(event));

    // Act
    bridge.onS3Event(created('articles/a b.txt'));
    bridge.onS3Event(created('articles/other-bucket', 'site'));
    bridge.onS3Event(created('elsewhere/c'));
    bridge.onS3Event(created('articles/removed', 'raw', 'ObjectRemoved:Delete'));
    await bridge.idle();

    // Assess
    expect(events).toHaveLength(1);
    const record = events[0]?.Records[0];
    expect(record).toMatchObject({ eventSource: 'aws:sqs', attributes: { ApproximateReceiveCount: '1' } });
    expect(JSON.parse(record?.body ?? '')).toMatchObject({ Records: [{ s3: { object: { key: 'articles/a+b.txt' } } }] });
  });

  it('redelivers a message reported in batchItemFailures, same id and a rising receive count, then dead-letters it', async () => {
    // Prepare
    const deliveries: { messageId: string; receiveCount: string; body: string }[] = [];
    const { bridge, parked } = bridgeWith(async (event) => {
      const record = event.Records[0];
      if (!record) return undefined;
      deliveries.push({ messageId: record.messageId, receiveCount: record.attributes.ApproximateReceiveCount, body: record.body });
      return { batchItemFailures: [{ itemIdentifier: record.messageId }] };
    });

    // Act
    bridge.onS3Event(created('articles/poison'));
    await bridge.idle();

    // Assess
    expect(deliveries.map((delivery) => delivery.receiveCount)).toEqual(
      Array.from({ length: MAX_RECEIVE_COUNT }, (_, i) => String(i + 1)),
    );
    expect(new Set(deliveries.map((delivery) => delivery.messageId)).size).toBe(1);
    expect(parked).toEqual([
      expect.objectContaining({
        queue: 'normalise',
        subject: 'articles/poison',
        bodies: [deliveries[0]?.body],
        receiveCount: MAX_RECEIVE_COUNT,
        reason: 'reported in batchItemFailures',
      }),
    ]);
  });

  it('takes the message when only another item is reported failed, and redelivers one whose consumer threw', async () => {
    // Prepare
    let calls = 0;
    const { bridge, parked } = bridgeWith(async () => {
      calls += 1;
      if (calls === 1) throw new Error('worker crashed');
      return { batchItemFailures: [{ itemIdentifier: 'some-other-message' }] };
    });

    // Act
    bridge.onS3Event(created('articles/flaky'));
    await bridge.idle();

    // Assess
    expect(calls).toBe(2);
    expect(parked).toEqual([]);
  });
});
