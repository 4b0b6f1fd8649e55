// The local queues' one retry loop: redelivery with a doubling backoff and a rising receive count, then a
// dead letter after the stack's maxReceiveCount.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_RECEIVE_COUNT } from '../../functions/aws/resources.ts';
import type { DeadLetter } from '../../functions/local/dead-letters.ts';
import { Redelivery } from '../../functions/local/redelivery.ts';

const MESSAGE = { subject: 'articles/abc', bodies: ['{"Records":[]}'] };
const quietLog = () => {};

/** A consumer that fails its first `failures` deliveries, recording each delivery's receive count. */
function failingConsumer(failures: number, error = new Error('table throttled')) {
  const receiveCounts: number[] = [];
  const consume = async (receiveCount: number) => {
    receiveCounts.push(receiveCount);
    if (receiveCounts.length <= failures) throw error;
  };
  return { consume, receiveCounts };
}

function parkingLot() {
  const parked: DeadLetter[] = [];
  return { parked, deadLetters: { park: async (letter: DeadLetter) => void parked.push(letter) } };
}

describe('Class: Redelivery', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('delivers once when the consumer takes the message', async () => {
    // Prepare
    const { consume, receiveCounts } = failingConsumer(0);
    const { parked, deadLetters } = parkingLot();
    const redelivery = new Redelivery('normalise', 500, { deadLetters, log: quietLog });

    // Act
    const outcome = await redelivery.deliver(MESSAGE, consume);

    // Assess
    expect(outcome).toBe('consumed');
    expect(receiveCounts).toEqual([1]);
    expect(parked).toEqual([]);
  });

  it('redelivers after a doubling backoff, with a rising receive count, until the consumer takes it', async () => {
    // Prepare
    const { consume, receiveCounts } = failingConsumer(2);
    const { parked, deadLetters } = parkingLot();
    const redelivery = new Redelivery('normalise', 500, { deadLetters, log: quietLog });

    // Act and assess, step by step: nothing is redelivered before its backoff is over.
    const outcome = redelivery.deliver(MESSAGE, consume);
    await vi.advanceTimersByTimeAsync(499);
    expect(receiveCounts).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(receiveCounts).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(999);
    expect(receiveCounts).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(1);
    expect(receiveCounts).toEqual([1, 2, 3]);
    expect(await outcome).toBe('consumed');
    expect(parked).toEqual([]);
  });

  it("dead-letters the message with the last error after the stack's maxReceiveCount deliveries", async () => {
    // Prepare
    const { consume, receiveCounts } = failingConsumer(Number.POSITIVE_INFINITY);
    const { parked, deadLetters } = parkingLot();
    const redelivery = new Redelivery('normalise', 500, { deadLetters, log: quietLog });

    // Act
    const outcome = redelivery.deliver(MESSAGE, consume);
    await vi.runAllTimersAsync();

    // Assess
    expect(await outcome).toBe('dead-lettered');
    expect(receiveCounts).toEqual(Array.from({ length: MAX_RECEIVE_COUNT }, (_, i) => i + 1));
    expect(parked).toEqual([
      {
        queue: 'normalise',
        subject: 'articles/abc',
        bodies: ['{"Records":[]}'],
        receiveCount: MAX_RECEIVE_COUNT,
        reason: 'table throttled',
        deadLetteredAt: new Date().toISOString(),
      },
    ]);
  });

  it('takes a smaller limit and its own delay from the settings', async () => {
    // Prepare
    const { consume, receiveCounts } = failingConsumer(Number.POSITIVE_INFINITY);
    const { parked, deadLetters } = parkingLot();
    const delays: number[] = [];
    const sleep = async (ms: number) => void delays.push(ms);
    const redelivery = new Redelivery('publish', 250, { maxReceiveCount: 2, retryDelayMs: 40, deadLetters, sleep, log: quietLog });

    // Act
    const outcome = await redelivery.deliver(MESSAGE, consume);

    // Assess
    expect(outcome).toBe('dead-lettered');
    expect(receiveCounts).toEqual([1, 2]);
    expect(delays).toEqual([40]);
    expect(parked.map((letter) => letter.receiveCount)).toEqual([2]);
  });

  it('logs each redelivery with the subject, the delivery and the wait', async () => {
    // Prepare
    const lines: string[] = [];
    const { consume } = failingConsumer(2);
    const redelivery = new Redelivery('publish', 250, { deadLetters: parkingLot().deadLetters, log: (line) => lines.push(line) });

    // Act
    const outcome = redelivery.deliver({ subject: 'meetings m1', bodies: [] }, consume);
    await vi.runAllTimersAsync();
    await outcome;

    // Assess
    expect(lines).toEqual([
      `publish: meetings m1 failed (delivery 1 of ${MAX_RECEIVE_COUNT}); redelivering in 250 ms`,
      `publish: meetings m1 failed (delivery 2 of ${MAX_RECEIVE_COUNT}); redelivering in 500 ms`,
    ]);
  });

  it('redelivers each message on its own: a failing one does not hold up the others', async () => {
    // Prepare
    const failing = failingConsumer(1);
    const healthy = failingConsumer(0);
    const redelivery = new Redelivery('normalise', 500, { deadLetters: parkingLot().deadLetters, log: quietLog });

    // Act
    const first = redelivery.deliver(MESSAGE, failing.consume);
    const second = await redelivery.deliver(MESSAGE, healthy.consume);

    // Assess
    expect(second).toBe('consumed');
    expect(failing.receiveCounts).toEqual([1]);
    await vi.runAllTimersAsync();
    expect(await first).toBe('consumed');
  });

  it('resolves idle() only once every message has been consumed or dead-lettered', async () => {
    // Prepare
    const redelivery = new Redelivery('normalise', 500, { deadLetters: parkingLot().deadLetters, log: quietLog });
    let idle = false;

    // Act
    void redelivery.deliver(MESSAGE, failingConsumer(1).consume);
    void redelivery.deliver(MESSAGE, failingConsumer(Number.POSITIVE_INFINITY).consume);
    const waiting = redelivery.idle().then(() => {
      idle = true;
    });
    await vi.advanceTimersByTimeAsync(500);
    const idleAfterFirst = idle;
    await vi.runAllTimersAsync();
    await waiting;

    // Assess
    expect(idleAfterFirst).toBe(false);
    expect(idle).toBe(true);
  });
});
