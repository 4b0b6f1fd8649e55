import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../../functions/cli/cli-errors.ts';
import {
  configPath,
  maskToken,
  normaliseApiUrl,
  readConfigFile,
  requireConnection,
  resolveSettings,
  writeConfigFile,
} from '../../../functions/cli/config.ts';
import { runCli } from '../../support/cli-run.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'meetings-cli-config-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('configPath', () => {
  it('uses XDG_CONFIG_HOME when it is an absolute path', () => {
    expect(configPath({ XDG_CONFIG_HOME: '/srv/conf' }, 'linux', '/home/ann')).toBe('/srv/conf/meetings/config.json');
    expect(configPath({ XDG_CONFIG_HOME: '/srv/conf' }, 'darwin', '/Users/ann')).toBe('/srv/conf/meetings/config.json');
  });

  it('falls back to ~/.config on Linux and macOS, ignoring a relative XDG_CONFIG_HOME as the spec says', () => {
    expect(configPath({}, 'linux', '/home/ann')).toBe('/home/ann/.config/meetings/config.json');
    expect(configPath({ XDG_CONFIG_HOME: 'conf' }, 'linux', '/home/ann')).toBe('/home/ann/.config/meetings/config.json');
    expect(configPath({}, 'darwin', '/Users/ann')).toBe('/Users/ann/.config/meetings/config.json');
  });

  it('uses %APPDATA% on Windows', () => {
    expect(configPath({ APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ann')).toBe('C:\\Users\\ann\\AppData\\Roaming\\meetings\\config.json');
    expect(configPath({}, 'win32', 'C:\\Users\\ann')).toBe('C:\\Users\\ann\\AppData\\Roaming\\meetings\\config.json');
  });
});

describe('resolveSettings: flag, then environment, then config file', () => {
  const file = { apiUrl: 'https://file.example', token: 'file-token' };
  const env = { MEETINGS_API_URL: 'https://env.example', MEETINGS_TOKEN: 'env-token' };

  it('takes a flag over the environment and the file', () => {
    const settings = resolveSettings({ apiUrl: 'https://flag.example', token: 'flag-token' }, env, () => file);
    expect(settings.apiUrl).toEqual({ value: 'https://flag.example', source: 'flag' });
    expect(settings.token).toEqual({ value: 'flag-token', source: 'flag' });
  });

  it('takes the environment over the file', () => {
    const settings = resolveSettings({}, env, () => file);
    expect(settings.apiUrl).toEqual({ value: 'https://env.example', source: 'environment' });
    expect(settings.token).toEqual({ value: 'env-token', source: 'environment' });
  });

  it('takes the file when neither flag nor variable is given, each setting on its own', () => {
    const settings = resolveSettings({ token: 'flag-token' }, { MEETINGS_TOKEN: 'env-token' }, () => file);
    expect(settings.apiUrl).toEqual({ value: 'https://file.example', source: 'config file' });
    expect(settings.token).toEqual({ value: 'flag-token', source: 'flag' });
  });

  it('treats an empty variable as unset, and reads the file only when something is missing', () => {
    let reads = 0;
    const readFile = () => {
      reads += 1;
      return file;
    };
    resolveSettings({ apiUrl: 'https://flag.example' }, { MEETINGS_TOKEN: 'env-token' }, readFile);
    expect(reads).toBe(0);
    expect(resolveSettings({}, { MEETINGS_API_URL: '' }, readFile).apiUrl?.source).toBe('config file');
    expect(reads).toBe(1);
  });

  it('says the three ways to give a missing setting', () => {
    const none = resolveSettings({}, {}, () => ({}));
    expect(() => requireConnection(none, '/x/config.json')).toThrow(/--api-url.*MEETINGS_API_URL.*meetings config set --api-url/);
    const noToken = resolveSettings({ apiUrl: 'http://localhost:3000' }, {}, () => ({}));
    expect(() => requireConnection(noToken, '/x/config.json')).toThrow(/MEETINGS_TOKEN.*--token-stdin.*--token/);
  });
});

describe('the config file', () => {
  it('is written readable by its owner only and read back', () => {
    const path = join(tempDir(), 'meetings', 'config.json');
    writeConfigFile(path, { apiUrl: 'https://api.example', token: 'mf_0123456789abcdef_secret' });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readConfigFile(path)).toEqual({ apiUrl: 'https://api.example', token: 'mf_0123456789abcdef_secret' });
  });

  it('is no settings when missing, and a broken one is reported with what to do', () => {
    const dir = tempDir();
    expect(readConfigFile(join(dir, 'none.json'))).toEqual({});
    writeFileSync(join(dir, 'bad.json'), '{"apiUrl": ');
    expect(() => readConfigFile(join(dir, 'bad.json'))).toThrow(UsageError);
    expect(() => readConfigFile(join(dir, 'bad.json'))).toThrow(/not JSON.*delete it and run "meetings config set"/);
    writeFileSync(join(dir, 'wrong.json'), '{"token": 42}');
    expect(() => readConfigFile(join(dir, 'wrong.json'))).toThrow(/should hold/);
  });
});

describe('normaliseApiUrl and maskToken', () => {
  it('drops a trailing slash and refuses what is not an http(s) base URL', () => {
    expect(normaliseApiUrl('https://api.example/prod/')).toBe('https://api.example/prod');
    expect(() => normaliseApiUrl('api.example')).toThrow(/not a URL/);
    expect(() => normaliseApiUrl('ftp://api.example')).toThrow(/http:\/\/ or https:\/\//);
    expect(() => normaliseApiUrl('https://api.example/?x=1')).toThrow(/without "\?"/);
  });

  it('shows a token id but none of its secret', () => {
    expect(maskToken('mf_0123456789abcdef_c2VjcmV0c2VjcmV0c2VjcmV0')).toBe('mf_0123456789abcdef_******** (secret hidden)');
    expect(maskToken('local-dev-token')).not.toContain('local');
    expect(maskToken('local-dev-token')).toContain('15 characters');
  });
});

describe('meetings config', () => {
  it('saves the token read from stdin, shows it masked with where each setting comes from, and never prints it', async () => {
    const xdg = tempDir();
    const token = 'mf_0123456789abcdef_c2VjcmV0c2VjcmV0c2VjcmV0';

    const set = await runCli(['config', 'set', '--api-url', 'http://localhost:3000/', '--token-stdin'], { env: { XDG_CONFIG_HOME: xdg }, stdin: `${token}\n` });
    const shown = await runCli(['config', 'show'], { env: { XDG_CONFIG_HOME: xdg } });
    const overridden = await runCli(['config', 'show'], { env: { XDG_CONFIG_HOME: xdg, MEETINGS_API_URL: 'https://env.example' } });

    expect(set.code).toBe(0);
    expect(JSON.parse(readFileSync(join(xdg, 'meetings', 'config.json'), 'utf8'))).toEqual({ apiUrl: 'http://localhost:3000', token });
    expect(shown.out).toMatch(/API URL\s+http:\/\/localhost:3000\s+\(from the config file\)/);
    expect(shown.out).toMatch(/Token\s+mf_0123456789abcdef_\*+ \(secret hidden\)\s+\(from the config file\)/);
    expect(overridden.out).toMatch(/API URL\s+https:\/\/env.example\s+\(from the environment\)/);
    for (const run of [set, shown, overridden]) expect(run.out + run.err).not.toContain('c2VjcmV0');
  });

  it('refuses to save nothing, with exit status 2', async () => {
    const run = await runCli(['config', 'set'], { env: { XDG_CONFIG_HOME: tempDir() } });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/Nothing to save: give --api-url <url>, --token-stdin or both/);
  });
});
