// `meetings redrive`: after a fix, sends what the dead-letter queues hold back to their queues (POST
// /admin/redrive, a bounded batch per request): articles normalise gave up on, publishes that failed.
// On AWS these are the stack's two SQS dead-letter queues; locally, DATA_DIR/dead-letters.jsonl.

import { type Command, Option } from 'commander';
import type { QueueDepths, Redriven } from './api-types.ts';
import { type ApiFlags, type CliContext, connect, integerIn, withApiOptions } from './cli-context.ts';
import { write } from './cli-io.ts';
import { waitForQueues } from './wait-for-queues.ts';

interface RedriveFlags extends ApiFlags {
  queue?: 'normalise' | 'publish';
  wait?: boolean;
  timeout: number;
}

export function addRedriveCommand(program: Command, context: CliContext): void {
  const out = (text: string) => write(context.io.stdout, text);
  const err = (text: string) => write(context.io.stderr, text);
  withApiOptions(
    program
      .command('redrive')
      .summary('send what the dead-letter queues hold back to their queues, after a fix (admin tokens only)')
      .description(
        'Replays the dead letters (POST /admin/redrive): articles normalise gave up on are normalised again, failed ' +
          'publishes are run again. On AWS these are the stack\'s dead-letter queues; locally, DATA_DIR/dead-letters.jsonl. ' +
          'Run it after fixing what made them fail; a message that fails again goes back to its dead-letter queue.',
      )
      .addOption(new Option('--queue <queue>', 'only this queue\'s dead letters').choices(['normalise', 'publish']))
      .option('--wait', 'then wait until the queues are empty')
      .option('--timeout <seconds>', 'how long --wait waits (1-86400)', integerIn('--timeout', 1, 86_400), 3600),
  ).action(async (flags: RedriveFlags) => {
    const client = connect(context, flags);
    const before = await client.request<QueueDepths>('GET', '/admin/queues');
    const held = { normalise: before.normaliseDeadLetters.waiting, publish: before.publishDeadLetters.waiting };
    await err(`Dead letters: normalise ${held.normalise}, publish ${held.publish}.\n`);
    const moved = { normalise: 0, publish: 0 };
    for (;;) {
      const answer = await client.request<Redriven>('POST', '/admin/redrive', { query: flags.queue ? { queue: flags.queue } : {} });
      moved.normalise += answer.moved.normalise;
      moved.publish += answer.moved.publish;
      const remaining = flags.queue ? answer.remaining[flags.queue] : answer.remaining.normalise + answer.remaining.publish;
      // Done when nothing moved (a failing message may be dead-lettered again meanwhile: it waits for the next redrive).
      if (answer.moved.normalise + answer.moved.publish === 0 || remaining === 0) break;
      await err(`${moved.normalise + moved.publish} sent back, ${remaining} left…\n`);
    }
    await out(`Redrive: ${moved.normalise} normalise and ${moved.publish} publish dead letters sent back to their queues.\n`);
    if (!flags.wait) return;
    const after = await waitForQueues(client, { timeoutMs: flags.timeout * 1000, pollIntervalMs: context.options.pollIntervalMs ?? 2000 });
    const again = after.normaliseDeadLetters.waiting + after.publishDeadLetters.waiting;
    await out(again ? `The queues are empty; ${again} dead letters failed again: "meetings queues" shows them.\n` : 'The queues are empty; no dead letters are left.\n');
    if (again) context.exitCode = 1;
  });
}
