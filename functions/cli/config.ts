// Where the CLI finds the API and the token: a flag, else MEETINGS_API_URL / MEETINGS_TOKEN, else the config
// file in the user's config directory. Resolution is pure (flags, environment and file contents in); reading
// and writing the file are the only I/O here.

import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, win32 } from 'node:path';
import { UsageError } from './cli-errors.ts';

export interface StoredConfig {
  apiUrl?: string;
  token?: string;
}

export type SettingSource = 'flag' | 'environment' | 'config file';

export interface Setting {
  value: string;
  source: SettingSource;
}

export interface Settings {
  apiUrl: Setting | null;
  token: Setting | null;
}

export interface Connection {
  apiUrl: string;
  token: string;
}

export const ENV_API_URL = 'MEETINGS_API_URL';
export const ENV_TOKEN = 'MEETINGS_TOKEN';

/**
 * `$XDG_CONFIG_HOME/meetings/config.json` when XDG_CONFIG_HOME is set (an absolute path, as the XDG spec asks);
 * otherwise `%APPDATA%\meetings\config.json` on Windows and `~/.config/meetings/config.json` elsewhere, macOS
 * included (as git and gh do: a terminal tool's settings where terminal users look for them).
 */
export function configPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  const xdg = env.XDG_CONFIG_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'meetings', 'config.json');
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), 'meetings', 'config.json');
  return join(home, '.config', 'meetings', 'config.json');
}

/** The config file's settings; none when it does not exist. A broken file is reported with what to do. */
export function readConfigFile(path: string): StoredConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new UsageError(`Cannot read the config file ${path}: ${(error as Error).message}.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`The config file ${path} is not JSON (${(error as Error).message}); fix it, or delete it and run "meetings config set".`);
  }
  const fields = data as Record<string, unknown> | null;
  const isText = (value: unknown) => value === undefined || typeof value === 'string';
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields) || !isText(fields.apiUrl) || !isText(fields.token)) {
    throw new UsageError(`The config file ${path} should hold {"apiUrl": "...", "token": "..."}; fix it, or delete it and run "meetings config set".`);
  }
  return { ...(fields.apiUrl ? { apiUrl: fields.apiUrl as string } : {}), ...(fields.token ? { token: fields.token as string } : {}) };
}

/** Writes the settings, readable by the user only (it holds a token), replacing the file in one step. */
export function writeConfigFile(path: string, config: StoredConfig): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}

/** Each setting from the first place that has it; the file is read only when a flag or variable is missing. */
export function resolveSettings(flags: { apiUrl?: string; token?: string }, env: NodeJS.ProcessEnv, readFile: () => StoredConfig): Settings {
  let file: StoredConfig | undefined;
  const fromFile = () => (file ??= readFile());
  const pick = (flag: string | undefined, variable: string, key: keyof StoredConfig): Setting | null => {
    if (flag) return { value: flag, source: 'flag' };
    const fromEnv = env[variable];
    if (fromEnv) return { value: fromEnv, source: 'environment' };
    const stored = fromFile()[key];
    return stored ? { value: stored, source: 'config file' } : null;
  };
  return { apiUrl: pick(flags.apiUrl, ENV_API_URL, 'apiUrl'), token: pick(flags.token, ENV_TOKEN, 'token') };
}

/** Both settings, or an error saying the three ways to give the missing one. */
export function requireConnection(settings: Settings, path: string): Connection {
  if (!settings.apiUrl) {
    throw new UsageError(
      `No API URL. Pass --api-url <url>, set ${ENV_API_URL}, or save it with "meetings config set --api-url <url>" (in ${path}). ` +
        'Locally it is the URL "meetings serve" prints, such as http://localhost:3000.',
    );
  }
  if (!settings.token) {
    throw new UsageError(
      `No token. Set ${ENV_TOKEN}, save it with "meetings config set --token-stdin" (in ${path}), or pass --token <token>. ` +
        'An operator issues tokens with "meetings editors add"; "meetings serve" prints the local one.',
    );
  }
  return { apiUrl: normaliseApiUrl(settings.apiUrl.value), token: settings.token.value };
}

/** An http(s) URL without a trailing slash, so paths can be appended. */
export function normaliseApiUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`"${value}" is not a URL; give the API's base URL, such as https://abc123.execute-api.eu-west-1.amazonaws.com.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`The API URL must start with http:// or https://; got "${value}".`);
  if (url.search || url.hash) throw new UsageError(`The API URL is a base URL without "?" or "#"; got "${value}".`);
  return url.href.replace(/\/+$/, '');
}

/**
 * What `config show` prints instead of a token: a token's id (`mf_<id>_`, which `editors list` shows anyway)
 * and never any of its secret.
 */
export function maskToken(token: string): string {
  const match = /^(mf_[0-9a-f]{16}_)/.exec(token);
  return match ? `${match[1]}${'*'.repeat(8)} (secret hidden)` : `${'*'.repeat(8)} (${token.length} characters, hidden)`;
}
