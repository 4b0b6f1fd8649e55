// `meetings config show|set`: the API URL and token kept in the user's config file, and where each setting in
// force comes from. The token is shown masked; it is read from stdin rather than a flag when it can be.

import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { type CliContext, withApiOptions } from './cli-context.ts';
import { UsageError } from './cli-errors.ts';
import { write } from './cli-io.ts';
import { configPath, ENV_API_URL, ENV_TOKEN, maskToken, normaliseApiUrl, readConfigFile, resolveSettings, type Setting, writeConfigFile } from './config.ts';

interface SetFlags {
  apiUrl?: string;
  token?: string;
  tokenStdin?: boolean;
}

export function addConfigCommand(program: Command, context: CliContext): void {
  const config = program
    .command('config')
    .summary('show or save the API URL and token')
    .description(
      `Each command takes the API URL and token from --api-url / --token, else from ${ENV_API_URL} / ${ENV_TOKEN}, else from ` +
        `the config file (${configPath(context.io.env)}; $XDG_CONFIG_HOME/meetings/config.json when XDG_CONFIG_HOME is set).`,
    );

  withApiOptions(
    config
      .command('show')
      .summary('the settings in force and where each comes from')
      .description('Shows the config file\'s path, the API URL and the token (masked: never its secret), each with where it comes from.'),
  ).action(
    async (flags: { apiUrl?: string; token?: string }) => {
      const path = configPath(context.io.env);
      const settings = resolveSettings(flags, context.io.env, () => readConfigFile(path));
      const describe = (setting: Setting | null, shown: (value: string) => string) => (setting ? `${shown(setting.value)}  (from the ${setting.source})` : 'not set');
      await write(
        context.io.stdout,
        `Config file  ${path}\nAPI URL      ${describe(settings.apiUrl, (value) => value)}\nToken        ${describe(settings.token, maskToken)}\n`,
      );
    },
  );

  config
    .command('set')
    .summary('save the API URL and/or the token')
    .description('Saves the API URL and/or the token in the config file, which is made readable by you only.')
    .option('--api-url <url>', 'the API base URL')
    .option('--token-stdin', 'read the token from stdin (so it stays out of shell history and ps)')
    .option('--token <token>', 'the token (prefer --token-stdin)')
    .addHelpText('after', '\nExample:\n  meetings config set --api-url https://api.example.org\n  pbpaste | meetings config set --token-stdin')
    .action(async (flags: SetFlags) => {
      if (flags.token !== undefined && flags.tokenStdin) throw new UsageError('Give the token once: --token or --token-stdin.');
      if (flags.apiUrl === undefined && flags.token === undefined && !flags.tokenStdin) {
        throw new UsageError('Nothing to save: give --api-url <url>, --token-stdin or both.');
      }
      const path = configPath(context.io.env);
      const stored = readConfigFile(path);
      if (flags.apiUrl !== undefined) stored.apiUrl = normaliseApiUrl(flags.apiUrl);
      const token = flags.tokenStdin ? await firstLine(context.io.stdin) : flags.token;
      if (token !== undefined) {
        if (!token.trim() || /\s/.test(token.trim())) throw new UsageError('The token is one word without spaces; nothing was saved.');
        stored.token = token.trim();
      }
      writeConfigFile(path, stored);
      const shadowed = [flags.apiUrl !== undefined && context.io.env[ENV_API_URL] ? ENV_API_URL : null, token !== undefined && context.io.env[ENV_TOKEN] ? ENV_TOKEN : null].filter(Boolean);
      await write(
        context.io.stdout,
        `Saved in ${path}: ${[stored.apiUrl ? `API URL ${stored.apiUrl}` : null, stored.token ? `token ${maskToken(stored.token)}` : null].filter(Boolean).join(', ')}.\n` +
          (shadowed.length > 0 ? `Note: ${shadowed.join(' and ')} ${shadowed.length > 1 ? 'are' : 'is'} set in this shell and take${shadowed.length > 1 ? '' : 's'} precedence over the file.\n` : ''),
      );
    });
}

async function firstLine(stdin: NodeJS.ReadableStream): Promise<string> {
  for await (const line of createInterface({ input: stdin, crlfDelay: Number.POSITIVE_INFINITY })) return line;
  return '';
}
