// The command line as parsed: help everywhere, exit status 2 with a message for every mistake, nothing sent
// when the arguments are wrong.

import { PassThrough } from 'node:stream';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../functions/cli/cli-context.ts';
import { createProgram } from '../../../functions/cli/main.ts';
import { runCli } from '../../support/cli-run.ts';

/** Every command path: ["submit"], ["editors", "add"], ... */
function commandPaths(command: Command, prefix: string[] = []): string[][] {
  return command.commands
    .filter((sub) => sub.name() !== 'help')
    .flatMap((sub) => [[...prefix, sub.name()], ...commandPaths(sub, [...prefix, sub.name()])]);
}

const program = createProgram(createContext({ stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() }, {}));

describe('meetings --help', () => {
  it('lists every command', async () => {
    const run = await runCli(['--help']);

    expect(run.code).toBe(0);
    const names = ['submit', 'preview', 'status', 'list', 'edit', 'retract', 'rebuild', 'queues', 'redrive', 'config', 'serve', 'extract', 'editors'];
    for (const name of names) expect(run.out).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
  });

  it.each(commandPaths(program).map((path) => [path.join(' '), path]))('answers "%s --help" with its usage and exit status 0', async (_, path) => {
    const run = await runCli([...path, '--help']);

    expect(run.code).toBe(0);
    expect(run.out).toMatch(new RegExp(`^Usage: meetings ${path.join(' ')}\\b`));
    expect(run.err).toBe('');
  });

  it('prints the version', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('mistakes on the command line', () => {
  it.each([
    [['submit'], /missing required argument 'inputs'/],
    [['submit', 'a.txt', '--concurrency', '0'], /--concurrency takes a whole number from 1 to 32/],
    [['submit', 'a.txt', '--timeout', 'soon'], /--timeout takes a whole number from 1 to 86400/],
    [['submit', 'a.txt', '--frobnicate'], /unknown option '--frobnicate'/],
    [['preview', 'a.txt', 'b.txt'], /too many arguments/],
    [['status'], /missing required argument 'articleId'/],
    [['list', '--status', 'lost'], /Allowed choices are stored, normalised, published, failed/],
    [['list', '--limit', '101'], /--limit takes a whole number from 1 to 100/],
    [['list', '--failed', '--status', 'stored', '--api-url', 'http://localhost:1', '--token', 't'], /--failed and --status stored contradict each other/],
    [['serve', '--port', '70000'], /--port takes a whole number from 0 to 65535/],
    [['editors', 'add', '--table', 'T', '--name', 'x', '--role', 'root'], /Allowed choices are editor, admin/],
    [['editors', 'add', '--name', 'x'], /required option '--table <TableName>' not specified/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [[], /Usage: meetings/],
  ])('%j exits 2 and says what is wrong', async (argv, message) => {
    const run = await runCli(argv);

    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
  });

  it('checks every input before sending anything, and names each problem', async () => {
    const run = await runCli(['submit', 'missing.txt', 'tests/', 'tests/fixtures/*.nothing', 'package.json', 'README.md'], {
      env: { MEETINGS_API_URL: 'http://127.0.0.1:9', MEETINGS_TOKEN: 't' },
    });

    expect(run.code).toBe(2);
    expect(run.err).toMatch(/Nothing was sent/);
    expect(run.err).toMatch(/missing\.txt: no such file/);
    expect(run.err).toMatch(/tests\/: a directory; give its files with a glob, such as "tests\/\*\.txt"/);
    expect(run.err).toMatch(/tests\/fixtures\/\*\.nothing: no files match/);
    expect(run.err).not.toMatch(/package\.json/);
    expect(run.err).not.toMatch(/README\.md/);
  });

  it('says how to give the API URL when none is configured', async () => {
    const run = await runCli(['status', '0123456789abcdef01234567'], { env: { XDG_CONFIG_HOME: '/nonexistent-meetings-test' } });

    expect(run.code).toBe(2);
    expect(run.err).toMatch(/No API URL\. Pass --api-url <url>, set MEETINGS_API_URL, or save it with "meetings config set --api-url <url>"/);
  });
});
