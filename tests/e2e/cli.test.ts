// End to end: the real `meetings` process (bin/meetings.mjs) against `npm start` on a fresh data directory.
// submit with --wait reaches `published` and prints the summary; a refused file exits 1 with the server's
// message; preview shows the seed article's participants; status and retract work; `meetings serve` starts the
// same runtime and stops on SIGTERM. Output goes to pipes here, so it is plain text (no bar, no colours).

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kill, ROOT, type RunningApp, startApp, status, waitFor } from '../support/local-app.ts';

const TOKEN = 'e2e-cli-token-0123456789abcdef';
const ENGLISH = 'Foreign Minister Anna Berg met Defence Secretary Tom Hale in Oslo on 3 March 2025 to discuss Arctic security, the ministry said.\n';

let app: RunningApp;
const dataDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-e2e-cli-data-'));
const workDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-e2e-cli-work-'));

beforeAll(async () => {
  copyFileSync(join(ROOT, 'tests/fixtures/seed-article.txt'), join(workDir, 'seed-article.txt'));
  writeFileSync(join(workDir, 'oslo-talks.txt'), ENGLISH);
  writeFileSync(join(workDir, 'empty.txt'), '');
  app = await startApp(dataDir, TOKEN);
});

afterAll(async () => {
  await kill(app);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
});

/** The environment of a user who configured the CLI with variables only (no config file, no colours forced). */
function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { MEETINGS_API_URL: _url, MEETINGS_TOKEN: _token, FORCE_COLOR: _force, ...env } = process.env;
  return { ...env, XDG_CONFIG_HOME: join(workDir, 'config'), MEETINGS_API_URL: app.url, MEETINGS_TOKEN: TOKEN, ...extra };
}

function startCli(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'bin/meetings.mjs'), ...args], { cwd: workDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function meetings(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = startCli(args, cliEnv());
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, out, err };
}

describe('meetings against npm start', () => {
  it('submits two files, waits until both are published, and prints the summary table', async () => {
    const run = await meetings('submit', 'seed-article.txt', 'oslo-talks.txt', '--wait', '--timeout', '240');

    expect(run.code, run.err).toBe(0);
    const rows = run.out.split('\n');
    expect(rows[0]).toMatch(/^file\s+article id\s+meeting id\s+status\s+warnings$/);
    const seed = /^seed-article\.txt\s+([0-9a-f]{24})\s+(\S+)\s+published\b/m.exec(run.out);
    const oslo = /^oslo-talks\.txt\s+([0-9a-f]{24})\s+(\S+)\s+published\b/m.exec(run.out);
    expect(seed, run.out).not.toBeNull();
    expect(oslo, run.out).not.toBeNull();
    expect(run.out).toContain('2 submitted: 2 published.');
    // The API agrees, and the plain progress lines (stderr is a pipe) name each file.
    expect((await status(app, seed?.[1] as string)).body).toMatchObject({ status: 'published', meetingId: seed?.[2] });
    expect((await status(app, oslo?.[1] as string)).body.status).toBe('published');
    expect(run.err).toMatch(/^\[\d\/2\] seed-article\.txt: published$/m);
    expect(run.out + run.err).not.toContain(TOKEN);
  }, 300_000);

  it('exits 1 for a refused file and shows the server\'s message', async () => {
    const run = await meetings('submit', 'empty.txt');

    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^empty\.txt\s+-\s+-\s+rejected/m);
    expect(run.out).toContain('empty.txt: POST /articles answered 400 empty_body: The article has no text');
    expect(run.out).toContain('1 of 1 failed: 1 rejected.');
  }, 60_000);

  it('previews the seed article: its participants named, their spans marked in brackets on a pipe', async () => {
    const run = await meetings('preview', 'seed-article.txt');

    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/^ {2}- Ержан Ашикбаев: /m);
    expect(run.out).toMatch(/^ {2}- Мирьяна Сполярич: /m);
    expect(run.out).toMatch(/^Place\s+Астана, Казахстан \(KZ\)$/m);
    expect(run.out).toContain('[Ержана Ашикбаева]{participant}');
    expect(run.out).toContain('[Мирьяной Сполярич]{participant}');
    expect(run.out).toContain('[Астане]{place}');
    expect(run.out).not.toContain('\u001b[');
  }, 60_000);

  it('shows an article\'s status, and retracts its meeting with an admin token', async () => {
    const submitted = await meetings('submit', 'oslo-talks.txt', '--json');
    const [result] = JSON.parse(submitted.out) as { articleId: string; meetingId: string }[];

    const shown = await meetings('status', result?.articleId as string, '--wait', '--timeout', '120');
    const retracted = await meetings('retract', result?.meetingId as string, '--reason', 'test duplicate');

    expect(shown.code, shown.err).toBe(0);
    expect(shown.out).toMatch(/^Status\s+published$/m);
    expect(shown.out).toMatch(/^Participants\s+.*Anna Berg/m);
    expect(retracted.code, retracted.err).toBe(0);
    expect(retracted.out).toMatch(new RegExp(`^Retracted meeting ${result?.meetingId} \\(version \\d+\\) at .* by .*: test duplicate\\.$`, 'm'));
  }, 200_000);

  it('lists the articles sent with the token, newest first, a page at a time or all of them', async () => {
    const submitted = await meetings('submit', 'seed-article.txt', '--json');
    const [seed] = JSON.parse(submitted.out) as { articleId: string }[];

    const all = await meetings('list', '--limit', '1', '--all', '--json');
    const table = await meetings('list', '--limit', '2');
    const failed = await meetings('list', '--failed');

    expect(all.code, all.err).toBe(0);
    const listed = JSON.parse(all.out) as { articleId: string; receivedAt: string; status: string; title?: string }[];
    // The seed article (sent by the first test, its resubmission not listed again) and the Oslo talks.
    expect(listed.map((article) => article.articleId)).toContain(seed?.articleId);
    expect(new Set(listed.map((article) => article.articleId)).size).toBe(listed.length);
    expect(listed.length).toBeGreaterThanOrEqual(2);
    const times = listed.map((article) => article.receivedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(listed.find((article) => article.articleId === seed?.articleId)).toMatchObject({ status: 'published', title: 'Ержан Ашикбаев и Мирьяна Сполярич провели встречу в Астане' });
    expect(table.code, table.err).toBe(0);
    expect(table.out.split('\n')[0]).toMatch(/^received \(UTC\)\s+article id\s+meeting id\s+status\s+title$/);
    expect(table.out).toContain('More articles follow: add --all');
    expect(failed.code, failed.err).toBe(0);
    expect(failed.out).toBe('No failed articles.\n');
  }, 120_000);
});

describe('corrections against npm start', () => {
  it('edits one participant\'s role with `meetings edit`; the API shows it beside the extraction and the published record carries it', async () => {
    // Prepare
    const submitted = await meetings('submit', 'seed-article.txt', '--json', '--wait', '--timeout', '240');
    const [result] = JSON.parse(submitted.out) as { meetingId: string }[];
    const meetingId = result?.meetingId as string;
    const api = (method: string, headers: Record<string, string> = {}, body?: string) =>
      fetch(`${app.url}/meetings/${meetingId}`, { method, headers: { authorization: `Bearer ${TOKEN}`, ...headers }, body });
    const before = (await (await api('GET')).json()) as { version: number };

    // Act
    const edited = await meetings('edit', meetingId, '--set', 'participant.role=Мирьяна Сполярич:глава МККК');
    const stale = await api('PATCH', { 'if-match': `"${before.version}"`, 'content-type': 'application/json' }, '{"title": "Поздно"}');

    // Assess
    expect(edited.code, edited.err).toBe(0);
    expect(edited.out).toContain(`Corrected meeting ${meetingId}: version ${before.version} → ${before.version + 1}.`);
    expect(edited.out).toMatch(/^ {2}Мирьяна Сполярич — глава МККК/m);
    expect(edited.out).toMatch(/^ {2}Ержан Ашикбаев — /m);
    expect(stale.status).toBe(412);
    const shown = await api('GET');
    expect(shown.headers.get('etag')).toBe(`"${before.version + 1}"`);
    const view = (await shown.json()) as { overrides: unknown; extraction: { participants: { name: string; role: string }[] } };
    expect(view.overrides).toMatchObject({ participants: { changed: [{ name: 'Мирьяна Сполярич', role: 'глава МККК' }] } });
    expect(view.extraction.participants.find((p) => p.name === 'Мирьяна Сполярич')?.role).not.toBe('глава МККК');
    // The site's /meetings/{id}.json is still the published file, not the API's GET, and publish brings the correction there.
    let published: { version?: number; participants?: { name: string; role: string }[] } = {};
    await waitFor('the corrected record to be published', async () => {
      const response = await fetch(`${app.url}/meetings/${meetingId}.json`);
      published = response.ok ? ((await response.json()) as typeof published) : {};
      return published.version === before.version + 1;
    }, 120_000);
    expect(published.participants?.find((p) => p.name === 'Мирьяна Сполярич')?.role).toBe('глава МККК');
  }, 400_000);
});

describe('meetings serve', () => {
  const serveDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-e2e-cli-serve-'));
  afterAll(() => rmSync(serveDir, { recursive: true, force: true }));

  it('runs the local runtime as npm start does, and stops cleanly on SIGTERM', async () => {
    const child = startCli(['serve', '--port', '0', '--data-dir', serveDir], cliEnv({ EDITOR_TOKEN: TOKEN }));
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No "listening on" line within 60 s:\n${out}`)), 60_000);
        child.stdout?.on('data', () => {
          const match = /^listening on (http:\/\/localhost:\d+)$/m.exec(out);
          if (match?.[1]) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
      });
      expect(out).toContain(`Data dir    ${serveDir}`);
      // The API answers, behind the token the runtime was given.
      const unknown = await fetch(`${url}/articles/${'0'.repeat(24)}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(unknown.status).toBe(404);
      expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('not_found');

      const closed = once(child, 'close') as Promise<[number | null]>;
      child.kill('SIGTERM');
      const [code] = await closed;
      expect(code, out).toBe(0);
      expect(out).toMatch(/^stopped$/m);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }, 120_000);
});
