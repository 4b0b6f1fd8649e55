// Runs `meetings` in this process, as bin/meetings.mjs does, with in-memory streams and an environment the
// test gives (never the developer's own MEETINGS_* variables or config file).

import { PassThrough } from 'node:stream';
import type { CliOptions } from '../../functions/cli/cli-context.ts';
import { main } from '../../functions/cli/main.ts';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(
  argv: string[],
  setup: { env?: NodeJS.ProcessEnv; cwd?: string; stdin?: string; options?: CliOptions } = {},
): Promise<CliRun> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  stdin.end(setup.stdin ?? '');
  const code = await main(argv, { stdin, stdout, stderr, env: setup.env ?? {}, cwd: setup.cwd ?? process.cwd() }, setup.options);
  return { code, out, err };
}
