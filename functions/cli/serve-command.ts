// `meetings serve`: the whole app locally, exactly as `npm start` runs it (functions/local/main.ts under tsx,
// from the package's root), in a child process whose output is passed through.

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { type CliContext, integerIn } from './cli-context.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = 'functions/local/main.ts';

interface ServeFlags {
  port?: number;
  host?: string;
  dataDir?: string;
}

export function addServeCommand(program: Command, context: CliContext): void {
  program
    .command('serve')
    .summary('run the whole pipeline locally, as "npm start" does')
    .description(
      'Starts the local runtime: the API, emulated DynamoDB and S3, and the published site and feeds, in one process. ' +
        'It prints its URL and an admin token. Articles and meetings are kept in the data directory across restarts. ' +
        'Ctrl-C stops it after finishing queued work. Settings default to PORT, HOST, DATA_DIR and EDITOR_TOKEN as for npm start.',
    )
    .option('-p, --port <port>', 'the port (0 picks a free one; default $PORT or 3000)', integerIn('--port', 0, 65_535))
    .option('--host <address>', 'the address to listen on (default $HOST or 127.0.0.1: the banner prints the token)')
    .option('--data-dir <dir>', 'where articles and meetings are kept (default $DATA_DIR or .data/ in the package)')
    .addHelpText(
      'after',
      '\nThen, in another terminal:\n  export MEETINGS_API_URL=http://localhost:3000 MEETINGS_TOKEN=<the token it printed>\n  meetings submit tests/fixtures/seed-article.txt --wait',
    )
    .action(async (flags: ServeFlags) => {
      context.exitCode = await serve(flags, context);
    });
}

function serve(flags: ServeFlags, context: CliContext): Promise<number> {
  const { io } = context;
  const env: NodeJS.ProcessEnv = { ...io.env };
  if (flags.port !== undefined) env.PORT = String(flags.port);
  if (flags.host !== undefined) env.HOST = flags.host;
  if (flags.dataDir !== undefined) env.DATA_DIR = resolve(io.cwd, flags.dataDir);
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const child = spawn(process.execPath, [tsx, ENTRY], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(io.stdout, { end: false });
  child.stderr.pipe(io.stderr, { end: false });
  // Ctrl-C reaches the runtime from the terminal itself (the whole foreground group gets it), and the runtime
  // stops cleanly; we only wait for it. SIGTERM is sent to us alone, so it is passed on.
  const ignoreInterrupt = () => {};
  const passOnTerminate = () => child.kill('SIGTERM');
  process.on('SIGINT', ignoreInterrupt);
  process.on('SIGTERM', passOnTerminate);
  return new Promise((done) => {
    child.once('error', (error) => {
      io.stderr.write(`meetings serve: could not start the local runtime: ${error.message}\n`);
      done(1);
    });
    child.once('close', (code) => {
      process.off('SIGINT', ignoreInterrupt);
      process.off('SIGTERM', passOnTerminate);
      done(code ?? 1);
    });
  });
}
