// `meetings rebuild`: every stored article normalised again with the current extractor (POST /admin/rebuild, a
// page at a time), the editors' overrides kept, and the changes republished. The last page done is saved beside
// the config file, so a rebuild that was interrupted (Ctrl-C, a lost connection) goes on where it stopped.
// `meetings queues`: how much work waits in the queues and their dead-letter queues.

import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import type { ApiClient } from './api-client.ts';
import type { QueueDepths, RebuildPage } from './api-types.ts';
import { type ApiFlags, type CliContext, connect, integerIn, withApiOptions } from './cli-context.ts';
import { write } from './cli-io.ts';
import { configPath } from './config.ts';
import { formatTable } from './text-table.ts';
import { waitForQueues } from './wait-for-queues.ts';

interface RebuildFlags extends ApiFlags {
  page: number;
  restart?: boolean;
  wait?: boolean;
  timeout: number;
}

/** Where a rebuild of one API got to: the last article sent and how many were sent. */
interface RebuildProgress {
  apiUrl: string;
  after: string;
  sent: number;
  startedAt: string;
}

export function addRebuildCommands(program: Command, context: CliContext): void {
  const out = (text: string) => write(context.io.stdout, text);
  const err = (text: string) => write(context.io.stderr, text);

  withApiOptions(
    program
      .command('rebuild')
      .summary('re-extract every stored article with the current extractor and republish (admin tokens only)')
      .description(
        'Sends every stored raw article through normalise again (POST /admin/rebuild, a page at a time): each record is ' +
          'extracted anew, the editors\' corrections are kept, and what changed is republished. Records that come out the ' +
          'same are not touched. Interrupted, it resumes where it stopped the next time it is run (--restart starts over). ' +
          'Use it after deploying a better extractor.',
      )
      .option('--page <n>', 'articles per request (1-1000)', integerIn('--page', 1, 1000), 200)
      .option('--restart', 'start from the first article even if an earlier rebuild was interrupted')
      .option('--wait', 'then wait until the queues are empty (everything normalised and published)')
      .option('--timeout <seconds>', 'how long --wait waits (1-86400)', integerIn('--timeout', 1, 86_400), 3600),
  ).action(async (flags: RebuildFlags) => {
    const client = connect(context, flags);
    const file = progressFile(context);
    const saved = flags.restart ? null : readProgress(file, client.apiUrl);
    const progress: RebuildProgress = saved ?? { apiUrl: client.apiUrl, after: '', sent: 0, startedAt: (context.options.now?.() ?? new Date()).toISOString() };
    if (saved) await err(`Resuming the rebuild started at ${saved.startedAt}: ${saved.sent} articles were sent already (--restart starts over).\n`);
    for (;;) {
      const page = await client.request<RebuildPage>('POST', '/admin/rebuild', { query: { limit: String(flags.page), ...(progress.after ? { after: progress.after } : {}) } });
      progress.sent += page.queued;
      if (page.next === null) break;
      progress.after = page.next;
      saveProgress(file, progress);
      await err(`${progress.sent} articles sent to normalise…\n`);
    }
    rmSync(file, { force: true });
    await out(`Rebuild: ${progress.sent} stored articles sent to normalise; their records are extracted again and republished as they change.\n`);
    if (flags.wait) await waitAndReport(client, context, flags.timeout);
    else await out('Follow it with "meetings queues" (or run with --wait).\n');
  });

  withApiOptions(
    program
      .command('queues')
      .summary('how much work waits in the queues and their dead-letter queues (admin tokens only)')
      .description('Shows each queue\'s messages waiting and in flight (GET /admin/queues). Dead letters are replayed with "meetings redrive".')
      .option('--json', 'print JSON'),
  ).action(async (flags: ApiFlags & { json?: boolean }) => {
    const depths = await connect(context, flags).request<QueueDepths>('GET', '/admin/queues');
    await out(flags.json ? `${JSON.stringify(depths)}\n` : queueTable(depths));
  });

  async function waitAndReport(client: ApiClient, cli: CliContext, timeoutSeconds: number): Promise<void> {
    const depths = await waitForQueues(client, {
      timeoutMs: timeoutSeconds * 1000,
      pollIntervalMs: cli.options.pollIntervalMs ?? 2000,
      onPoll: (now) => void err(`waiting: normalise ${now.normalise.waiting + now.normalise.inFlight}, publish ${now.publish.waiting + now.publish.inFlight}\n`),
    });
    const dead = depths.normaliseDeadLetters.waiting + depths.publishDeadLetters.waiting;
    await out(`The queues are empty: everything sent was normalised and published.${dead ? ` ${dead} dead letters wait: see "meetings queues" and "meetings redrive".` : ''}\n`);
  }
}

export function queueTable(depths: QueueDepths): string {
  const row = (name: string, depth: { waiting: number; inFlight: number }) => [name, String(depth.waiting), String(depth.inFlight)];
  return formatTable(
    ['queue', 'waiting', 'in flight'],
    [
      row('normalise', depths.normalise),
      row('publish', depths.publish),
      row('normalise dead letters', depths.normaliseDeadLetters),
      row('publish dead letters', depths.publishDeadLetters),
    ],
  );
}

/** Beside the config file: the rebuild's progress is the operator's, like their token. */
function progressFile(context: CliContext): string {
  return join(dirname(configPath(context.io.env)), 'rebuild-progress.json');
}

function readProgress(file: string, apiUrl: string): RebuildProgress | null {
  try {
    const progress = JSON.parse(readFileSync(file, 'utf8')) as RebuildProgress;
    // Progress against another API is not this rebuild's.
    return progress.apiUrl === apiUrl && typeof progress.after === 'string' && Number.isInteger(progress.sent) ? progress : null;
  } catch {
    return null;
  }
}

/** Written whole (a temporary file renamed over it): an interruption mid-write leaves the previous page's progress. */
function saveProgress(file: string, progress: RebuildProgress): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(progress));
  renameSync(`${file}.tmp`, file);
}
