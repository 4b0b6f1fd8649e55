// End to end, under faults: `npm start` in a child process (its own process group).
// - An article whose extraction does not finish (held by a test extractor until the test releases it) does not
//   stall the server: GETs and POSTs are answered meanwhile, and the article is published once it finishes.
//   An article that is one 100,000-letter word is published too.
// - SIGKILL in the middle of a burst, and again right after one: after a restart on the same data, every
//   submission that got a 2xx reaches `published`, and no object in the S3 emulator's directory is half-stored.
// Every wait is for an outcome, with generous limits; nothing asserts how long anything took.

import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { LOCAL_NAMES } from '../../functions/aws/resources.ts';
import { HOLD_UNTIL_RELEASED } from '../support/stalling-extractor.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = readFileSync(join(ROOT, 'tests/fixtures/seed-article.txt'), 'utf8');
const TOKEN = 'e2e-faults-token-0123456789abcdef';
const WAIT_MS = 240_000;

interface RunningApp {
  child: ChildProcess;
  url: string;
  output: () => string;
}

const started: RunningApp[] = [];

async function startApp(dataDir: string, env: Record<string, string> = {}): Promise<RunningApp> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['functions/local/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, EDITOR_TOKEN: TOKEN, HOST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const app = { child, url: '', output: () => output };
  started.push(app);
  app.url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No "listening" line within 60 s. Output:\n${output}`)), 60_000);
    const check = () => {
      const match = /^listening on (http:\/\/localhost:\d+)$/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code} before listening. Output:\n${output}`));
    });
  });
  return app;
}

/** SIGKILL to the whole group (tsx and the node process it runs), and wait for it to be gone. */
async function kill(app: RunningApp): Promise<void> {
  if (!app.child.pid || app.child.exitCode !== null || app.child.signalCode !== null) return;
  const exited = once(app.child, 'exit');
  try {
    process.kill(-app.child.pid, 'SIGKILL');
  } catch {
    return;
  }
  await exited;
}

async function stop(app: RunningApp): Promise<void> {
  if (app.child.exitCode !== null || app.child.signalCode !== null) return;
  const exited = once(app.child, 'exit');
  app.child.kill('SIGINT');
  await exited;
}

function post(app: RunningApp, body: string) {
  return fetch(`${app.url}/articles`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8', authorization: `Bearer ${TOKEN}` },
    body,
  });
}

interface StatusBody {
  status: 'stored' | 'normalised' | 'published' | 'failed';
  reason?: string;
  record: { participants: unknown[]; warnings: string[] } | null;
}

async function status(app: RunningApp, articleId: string): Promise<{ code: number; body: StatusBody }> {
  const response = await fetch(`${app.url}/articles/${articleId}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  return { code: response.status, body: (await response.json()) as StatusBody };
}

async function waitFor(what: string | (() => string), condition: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Not within ${WAIT_MS / 1000} s: ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Every file under dir, relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

afterAll(async () => {
  for (const app of started) await kill(app);
});

describe('npm start: one article cannot stall the server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-e2e-stall-'));
  const stallDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-e2e-stall-signal-'));
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(stallDir, { recursive: true, force: true });
  });

  it('answers GETs and POSTs while an article is being extracted, and publishes it when it finishes', async () => {
    const app = await startApp(dataDir, {
      EXTRACTOR_MODULE: 'tests/support/stalling-extractor.ts',
      STALL_DIR: stallDir,
      // Far beyond the test: the held article ends when the test releases it, not by its budget.
      EXTRACTION_BUDGET_MS: '3600000',
    });
    const held = (await (await post(app, `${HOLD_UNTIL_RELEASED}\n\n${SEED}`)).json()) as { articleId: string };
    await waitFor('the held article to enter extraction', () => existsSync(join(stallDir, 'entered')));

    // Extraction is in progress (it cannot end before the release below); the server answers meanwhile.
    const during = await status(app, held.articleId);
    expect(during.code).toBe(200);
    expect(during.body.status).toBe('stored');
    const site = await fetch(`${app.url}/`);
    expect([200, 404]).toContain(site.status);
    await site.arrayBuffer();
    const word = await post(app, 'ж'.repeat(100_000));
    expect(word.status).toBe(202);
    const wordId = ((await word.json()) as { articleId: string }).articleId;
    expect((await status(app, wordId)).code).toBe(200);
    expect((await status(app, held.articleId)).body.status).toBe('stored');

    writeFileSync(join(stallDir, 'release'), '');
    await waitFor('the held article to be published', async () => (await status(app, held.articleId)).body.status === 'published');
    expect((await status(app, held.articleId)).body.record?.participants.length).toBeGreaterThan(0);
    await waitFor('the 100,000-letter word to be published', async () => (await status(app, wordId)).body.status === 'published');
    await stop(app);
  }, 300_000);
});

describe('npm start: SIGKILL during and right after a burst loses nothing acknowledged', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-e2e-kill-'));
  afterEach(() => {});
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** Sends `count` distinct articles, `concurrency` at a time; returns the ids answered 2xx. */
  async function burst(app: RunningApp, prefix: string, count: number, concurrency: number, onAnswer?: (answered: number) => void) {
    const accepted: string[] = [];
    let next = 0;
    let answered = 0;
    const worker = async () => {
      while (next < count) {
        const n = next++;
        try {
          const response = await post(app, `${SEED}\n\nReference ${prefix}-${n}.`);
          const body = (await response.json()) as { articleId?: string };
          if (response.ok && body.articleId) accepted.push(body.articleId);
          else if (response.status >= 500) throw new Error(`${response.status} for article ${prefix}-${n}`);
        } catch (error) {
          // A connection cut by the kill is not an acknowledgement; anything else is a failure of the test.
          if (error instanceof Error && /^\d{3} for/.test(error.message)) throw error;
        }
        answered += 1;
        onAnswer?.(answered);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return accepted;
  }

  it('publishes every 2xx submission after restarts, and leaves nothing half-stored', async () => {
    // 1. Killed in the middle of a burst: once half of the requests were answered, others are in flight.
    const first = await startApp(dataDir);
    let killing: Promise<void> | undefined;
    const acceptedDuring = await burst(first, 'during', 120, 16, (answered) => {
      if (answered === 60) killing = kill(first);
    });
    await killing;
    expect(acceptedDuring.length).toBeGreaterThanOrEqual(60 - 16);

    // 2. Restarted, and killed right after a burst: every request answered, most articles not yet published.
    const second = await startApp(dataDir);
    const acceptedAfter = await burst(second, 'after', 40, 8);
    expect(acceptedAfter).toHaveLength(40);
    await kill(second);

    // 3. Restarted on the same data: every acknowledged article reaches `published`.
    const third = await startApp(dataDir);
    const accepted = [...new Set([...acceptedDuring, ...acceptedAfter])];
    const pending = new Set(accepted);
    const last = new Map<string, string>();
    const stillPending = () =>
      `all ${accepted.length} acknowledged articles to be published; ${pending.size} not: ` +
      [...pending].slice(0, 10).map((id) => `${id} ${last.get(id)}`).join(', ');
    await waitFor(stillPending, async () => {
      for (const articleId of [...pending]) {
        const { code, body } = await status(third, articleId);
        last.set(articleId, body.status);
        expect(code).toBe(200);
        expect(body.status).not.toBe('failed');
        if (body.status === 'published') pending.delete(articleId);
      }
      return pending.size === 0;
    });
    await stop(third);
    const recovered = (app: RunningApp) =>
      [...app.output().matchAll(/recovery: (\d+ [^;\n]+?)(?:;|$)/gm)].map((match) => match[1]).join(', ') || 'nothing to recover';

    // Nothing half-stored: no temporary file, and every object's bytes match their checksum and have metadata.
    const s3Dir = join(dataDir, 's3');
    const files = filesUnder(s3Dir);
    expect(files.filter((file) => file.includes('_S3rver_partial'))).toEqual([]);
    const objects = files.filter((file) => file.endsWith('._S3rver_object'));
    for (const object of objects) {
      const base = join(s3Dir, object.slice(0, -'._S3rver_object'.length));
      const bytes = readFileSync(`${base}._S3rver_object`);
      expect(readFileSync(`${base}._S3rver_object.md5`, 'utf8'), object).toBe(createHash('md5').update(bytes).digest('hex'));
      expect(() => JSON.parse(readFileSync(`${base}._S3rver_metadata.json`, 'utf8')), object).not.toThrow();
    }
    const rawIds = objects.filter((file) => file.startsWith(`${LOCAL_NAMES.rawBucket}/articles/`)).map((file) => file.split('/').at(-1)?.split('.')[0]);
    expect(rawIds).toEqual(expect.arrayContaining(accepted));
    // Whatever a kill left aside was never acknowledged.
    const quarantined = filesUnder(join(dataDir, 'quarantine'));
    for (const articleId of accepted) expect(quarantined.some((file) => file.includes(articleId))).toBe(false);
    console.log(
      `SIGKILL test: ${acceptedDuring.length} of 120 acknowledged before the kill mid-burst, ${acceptedAfter.length} right before the second kill; ` +
        `${accepted.length} published after restart; ${quarantined.length} file(s) quarantined; ${objects.length} objects checked. ` +
        `Second start: ${recovered(second)}. Third start: ${recovered(third)}.`,
    );
  }, 600_000);
});
