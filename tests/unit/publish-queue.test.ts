import { describe, expect, it } from 'vitest';
import { MAX_RECEIVE_COUNT } from '../../functions/aws/resources.ts';
import type { DeadLetter } from '../../functions/local/dead-letters.ts';
import { PublishQueue } from '../../functions/local/publish-queue.ts';

/** A run function the test controls: each call waits until the test releases (or fails) it. */
function controlledRun() {
  const calls: { signals: string[][]; release: () => void; fail: (error: Error) => void }[] = [];
  const waiters: (() => void)[] = [];
  const run = (signals: string[][]) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ signals, release: resolve, fail: reject });
      for (const wake of waiters.splice(0)) wake();
    });
  /** Resolves once the publisher has been called `count` times. */
  const untilCalls = async (count: number) => {
    while (calls.length < count) await new Promise<void>((wake) => waiters.push(wake));
  };
  return { run, calls, untilCalls };
}

const noSleep = async () => {};
const quietLog = () => {};

describe('Class: PublishQueue', () => {
  it('merges signals sent in the same tick into one run', async () => {
    // Prepare
    const { run, calls, untilCalls } = controlledRun();
    const queue = new PublishQueue({ run, log: quietLog });

    // Act
    await Promise.all([queue.signal(['a']), queue.signal(['b']), queue.signal(['c'])]);
    await untilCalls(1);
    calls[0]?.release();
    await queue.idle();

    // Assess
    expect(calls.map((call) => call.signals)).toEqual([[['a'], ['b'], ['c']]]);
  });

  it('runs once more, after the current run, for all signals that arrived during it', async () => {
    // Prepare
    const { run, calls, untilCalls } = controlledRun();
    const queue = new PublishQueue({ run, log: quietLog });
    await queue.signal(['a']);
    await untilCalls(1);

    // Act: three signals while the first run is in progress
    await queue.signal(['b']);
    await queue.signal(['c']);
    await queue.signal(['d', 'e']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const callsWhileFirstRuns = calls.length;
    calls[0]?.release();
    await untilCalls(2);
    calls[1]?.release();
    await queue.idle();

    // Assess
    expect(callsWhileFirstRuns).toBe(1);
    expect(calls.map((call) => call.signals)).toEqual([[['a']], [['b'], ['c'], ['d', 'e']]]);
  });

  it('never runs two publishes at the same time', async () => {
    // Prepare
    let running = 0;
    let maxRunning = 0;
    const runs: string[][][] = [];
    const queue = new PublishQueue({
      run: async (signals) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        runs.push(signals);
        await new Promise((resolve) => setTimeout(resolve, 2));
        running--;
      },
      log: quietLog,
    });

    // Act: a burst of 100 signals spread over a few ticks
    for (let i = 0; i < 100; i++) {
      await queue.signal([`m${i}`]);
      if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await queue.idle();

    // Assess
    expect(maxRunning).toBe(1);
    expect(runs.length).toBeLessThan(100);
    expect(runs.flat().flat()).toEqual(Array.from({ length: 100 }, (_, i) => `m${i}`));
  });

  it('starts a run for a signal sent just as the previous run finished', async () => {
    // Prepare
    const { run, calls, untilCalls } = controlledRun();
    const queue = new PublishQueue({ run, log: quietLog });
    await queue.signal(['a']);
    await untilCalls(1);

    // Act: release the run and signal in the same tick
    calls[0]?.release();
    await queue.signal(['b']);
    await untilCalls(2);
    calls[1]?.release();
    await queue.idle();

    // Assess
    expect(calls.map((call) => call.signals)).toEqual([[['a']], [['b']]]);
  });

  it('retries a failed run with growing delays, then dead-letters its signals and moves on', async () => {
    // Prepare
    const delays: number[] = [];
    const attempts: string[][][] = [];
    const parked: DeadLetter[] = [];
    const queue = new PublishQueue({
      run: async (signals) => {
        attempts.push(signals);
        if (signals.flat().includes('bad')) throw new Error('site bucket unavailable');
      },
      maxReceiveCount: 3,
      retryDelayMs: 100,
      sleep: async (ms) => {
        delays.push(ms);
      },
      deadLetters: { park: async (letter) => void parked.push(letter) },
      log: quietLog,
    });

    // Act
    await Promise.all([queue.signal(['bad']), queue.signal(['bad', 'other'])]);
    await queue.idle();
    await queue.signal(['good']);
    await queue.idle();

    // Assess
    const failing = [['bad'], ['bad', 'other']];
    expect(attempts).toEqual([failing, failing, failing, [['good']]]);
    expect(delays).toEqual([100, 200]);
    expect(parked).toEqual([
      expect.objectContaining({
        queue: 'publish',
        subject: 'meetings bad, other',
        bodies: ['{"meetingIds":["bad"]}', '{"meetingIds":["bad","other"]}'],
        receiveCount: 3,
        reason: 'site bucket unavailable',
      }),
    ]);
  });

  it("gives up after the stack's maxReceiveCount by default, like the FIFO queue on AWS", async () => {
    // Prepare
    let attempts = 0;
    const queue = new PublishQueue({
      run: async () => {
        attempts += 1;
        throw new Error('site bucket unavailable');
      },
      sleep: noSleep,
      log: quietLog,
    });

    // Act
    await queue.signal(['bad']);
    await queue.idle();

    // Assess
    expect(attempts).toBe(MAX_RECEIVE_COUNT);
  });

  it('succeeds on a retry without losing signals that arrived meanwhile', async () => {
    // Prepare
    let failuresLeft = 1;
    const runs: string[][][] = [];
    let queue: PublishQueue | undefined;
    queue = new PublishQueue({
      run: async (signals) => {
        runs.push(signals);
        if (failuresLeft-- > 0) {
          await queue?.signal(['late']);
          throw new Error('throttled');
        }
      },
      sleep: noSleep,
      log: quietLog,
    });

    // Act
    await queue.signal(['first']);
    await queue.idle();

    // Assess
    expect(runs).toEqual([[['first']], [['first']], [['late']]]);
  });

  it('resolves idle() at once when nothing was signalled', async () => {
    // Prepare
    const queue = new PublishQueue({ run: async () => {}, log: quietLog });

    // Act
    const result = await queue.idle();

    // Assess
    expect(result).toBeUndefined();
  });
});
