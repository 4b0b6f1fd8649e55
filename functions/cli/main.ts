// The `meetings` CLI: a small table of commands. Each command takes its arguments and the process
// streams, and returns the exit code; other commands (submit, status, ...) are added to COMMANDS.

import { editorsCommand } from './editors-command.ts';
import { extractCommand } from './extract-command.ts';

export interface Command {
  summary: string;
  usage: string;
  run(args: string[], io: CommandIO): Promise<number>;
}

export interface CommandIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const COMMANDS: Record<string, Command> = {
  extract: extractCommand,
  editors: editorsCommand,
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return ['Usage: meetings <command> [options]', '', 'Commands:', ...lines, '', 'Run "meetings <command> --help" for a command\'s options.', ''].join('\n');
}

export async function main(argv: string[], io: CommandIO = process): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`meetings: unknown command "${name}". Known commands: ${Object.keys(COMMANDS).join(', ')}.\n\n${usage()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(command.usage);
    return 0;
  }
  return command.run(args, io);
}
