// What every command gets: the streams, the environment, the exit code it sets, and the pieces tests replace
// (the API client's sleep and retry policy, the poll interval). Also the options shared by the API commands.

import { type Command, InvalidArgumentError } from 'commander';
import { ApiClient, type ApiClientOptions } from './api-client.ts';
import type { CommandIO } from './cli-io.ts';
import { configPath, readConfigFile, requireConnection, resolveSettings } from './config.ts';

export interface CliOptions {
  client?: ApiClientOptions;
  /** How often `--wait` asks for an article's status. */
  pollIntervalMs?: number;
  now?: () => Date;
}

export interface CliContext {
  io: Required<CommandIO>;
  options: CliOptions;
  /** Set by a command that finished but failed (submit with a rejected file): 1. */
  exitCode: number;
}

export function createContext(io: CommandIO, options: CliOptions): CliContext {
  return { io: { ...io, env: io.env ?? process.env, cwd: io.cwd ?? process.cwd() }, options, exitCode: 0 };
}

export interface ApiFlags {
  apiUrl?: string;
  token?: string;
}

/** --api-url and --token on a command that calls the API. */
export function withApiOptions(command: Command): Command {
  return command
    .option('--api-url <url>', 'the API base URL (default: $MEETINGS_API_URL, then the config file)')
    .option('--token <token>', 'the editor token (default: $MEETINGS_TOKEN, then the config file); a flag is visible to other users in ps');
}

/** A client for the API the flags, the environment or the config file name; says how to give what is missing. */
export function connect(context: CliContext, flags: ApiFlags): ApiClient {
  const path = configPath(context.io.env);
  const settings = resolveSettings(flags, context.io.env, () => readConfigFile(path));
  return new ApiClient(requireConnection(settings, path), context.options.client);
}

/** An option's parser for a whole number in a range, with a message that names the option. */
export function integerIn(option: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\d+$/.test(value.trim()) || number < min || number > max) {
      throw new InvalidArgumentError(`${option} takes a whole number from ${min} to ${max}.`);
    }
    return number;
  };
}
