// The `meetings` command: one commander program, one module per command. main() parses, runs the command and
// maps how it ended to the exit status: 0 done, 1 failed, 2 a mistake in the command line (nothing done).

import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { type CliOptions, createContext } from './cli-context.ts';
import { CommandFailure, UsageError } from './cli-errors.ts';
import type { CommandIO } from './cli-io.ts';
import { addConfigCommand } from './config-command.ts';
import { addEditCommand } from './edit-command.ts';
import { addEditorsCommand } from './editors-command.ts';
import { addExtractCommand } from './extract-command.ts';
import { addListCommand } from './list-command.ts';
import { addPreviewCommand } from './preview-command.ts';
import { addRebuildCommands } from './rebuild-command.ts';
import { addRedriveCommand } from './redrive-command.ts';
import { addRetractCommand } from './retract-command.ts';
import { addServeCommand } from './serve-command.ts';
import { addStatusCommand } from './status-command.ts';
import { addSubmitCommand } from './submit-command.ts';

export type { CommandIO } from './cli-io.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const OVERVIEW = `
The API commands (submit, preview, status, list, edit, retract, rebuild, redrive, queues) take the API URL and token from --api-url / --token,
else from MEETINGS_API_URL / MEETINGS_TOKEN, else from the config file ("meetings config show" says where).

Exit status: 0 done, 1 failed (a refused or failed article, an API error), 2 a mistake in the command line.
More: docs/cli.md.`;

export function createProgram(context: ReturnType<typeof createContext>): Command {
  const { io } = context;
  const program = new Command('meetings')
    .description('Submit news articles about meetings, preview their records, follow and retract them; run the app locally.')
    .version(VERSION, '-V, --version')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      getOutHelpWidth: () => (io.stdout as { columns?: number }).columns ?? 100,
      getErrHelpWidth: () => (io.stderr as { columns?: number }).columns ?? 100,
    })
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', OVERVIEW);
  for (const add of [addSubmitCommand, addPreviewCommand, addStatusCommand, addListCommand, addEditCommand, addRetractCommand, addRebuildCommands, addRedriveCommand, addConfigCommand, addServeCommand, addExtractCommand, addEditorsCommand]) {
    add(program, context);
  }
  return program;
}

export async function main(
  argv: string[],
  io: CommandIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
  options: CliOptions = {},
): Promise<number> {
  const context = createContext(io, options);
  try {
    await createProgram(context).parseAsync(argv, { from: 'user' });
    return context.exitCode;
  } catch (error) {
    return exitStatusFor(error, context.io.stderr);
  }
}

function exitStatusFor(error: unknown, stderr: NodeJS.WritableStream): number {
  // Commander has printed its own message (or the help, or the version) already.
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (error instanceof UsageError) {
    stderr.write(`meetings: ${error.message}\n`);
    return 2;
  }
  if (error instanceof CommandFailure) {
    stderr.write(`meetings: ${error.message}\n`);
    return 1;
  }
  stderr.write(`meetings: unexpected error (a bug; please report it with this output): ${(error as Error)?.stack ?? String(error)}\n`);
  return 1;
}
