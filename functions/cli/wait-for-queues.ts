// `--wait` for the operators' commands: asks GET /admin/queues until the normalise and publish queues are empty
// twice in a row (SQS's counts are approximate, and a publish follows each normalise batch), or the time is up.

import type { ApiClient } from './api-client.ts';
import type { QueueDepths } from './api-types.ts';
import { CommandFailure } from './cli-errors.ts';

export interface QueueWaitOptions {
  timeoutMs: number;
  pollIntervalMs: number;
  onPoll?: (depths: QueueDepths) => void;
}

const busy = (depths: QueueDepths) => depths.normalise.waiting + depths.normalise.inFlight + depths.publish.waiting + depths.publish.inFlight;

/** The depths once the queues are empty; throws CommandFailure when they are not within the time. */
export async function waitForQueues(client: ApiClient, options: QueueWaitOptions): Promise<QueueDepths> {
  const deadline = Date.now() + options.timeoutMs;
  let emptyReadings = 0;
  for (;;) {
    const depths = await client.request<QueueDepths>('GET', '/admin/queues');
    emptyReadings = busy(depths) === 0 ? emptyReadings + 1 : 0;
    if (emptyReadings >= 2) return depths;
    if (busy(depths) > 0) options.onPoll?.(depths);
    if (Date.now() >= deadline) {
      throw new CommandFailure(`The queues still hold ${busy(depths)} messages after ${Math.round(options.timeoutMs / 1000)} s; the work goes on: follow it with "meetings queues".`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollIntervalMs));
  }
}
