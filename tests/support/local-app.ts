// `npm start` (functions/local/main.ts) in a child process of its own process group, for the end-to-end fault
// tests and the reliability suite: start it on a data directory, post, read statuses, SIGKILL or stop it, and
// check its S3 emulator directory for half-stored objects. Every wait is for an outcome, with a generous limit.

import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_NAMES } from '../../functions/aws/resources.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED = readFileSync(join(ROOT, 'tests/fixtures/seed-article.txt'), 'utf8');
export const DEFAULT_WAIT_MS = 240_000;

export interface RunningApp {
  child: ChildProcess;
  url: string;
  token: string;
  output: () => string;
}

export interface StatusBody {
  status: 'stored' | 'normalised' | 'published' | 'failed';
  meetingId?: string | null;
  reason?: string;
  record: { id: string; version: number; articleId: string; participants: unknown[]; warnings: string[] } | null;
}

/** Starts `npm start`'s entry point with PORT=0 and waits for its "listening on" line. */
export async function startApp(dataDir: string, token: string, env: Record<string, string> = {}): Promise<RunningApp> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['functions/local/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, EDITOR_TOKEN: token, HOST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const app: RunningApp = { child, url: '', token, output: () => output };
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

export function isRunning(app: RunningApp): boolean {
  return app.child.exitCode === null && app.child.signalCode === null;
}

/** SIGKILL to the whole group (tsx and the node process it runs), and wait for it to be gone. */
export async function kill(app: RunningApp): Promise<void> {
  if (!app.child.pid || !isRunning(app)) return;
  const exited = once(app.child, 'exit');
  try {
    process.kill(-app.child.pid, 'SIGKILL');
  } catch {
    return;
  }
  await exited;
}

/** SIGINT (a clean stop), and wait for the exit. */
export async function stop(app: RunningApp): Promise<void> {
  if (!isRunning(app)) return;
  const exited = once(app.child, 'exit');
  app.child.kill('SIGINT');
  await exited;
}

export function post(app: RunningApp, body: string, contentType = 'text/plain; charset=utf-8') {
  return fetch(`${app.url}/articles`, {
    method: 'POST',
    headers: { 'content-type': contentType, authorization: `Bearer ${app.token}` },
    body,
  });
}

export async function status(app: RunningApp, articleId: string): Promise<{ code: number; body: StatusBody }> {
  const response = await fetch(`${app.url}/articles/${articleId}`, { headers: { authorization: `Bearer ${app.token}` } });
  return { code: response.status, body: (await response.json()) as StatusBody };
}

export async function waitFor(what: string | (() => string), condition: () => Promise<boolean> | boolean, waitMs = DEFAULT_WAIT_MS): Promise<void> {
  const deadline = Date.now() + waitMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Not within ${waitMs / 1000} s: ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Polls the status of every article until each is `published`; a status read that is not a 200, or a
 * `failed` article, fails at once. Returns the last status body of each article.
 */
export async function waitForPublished(app: RunningApp, articleIds: Iterable<string>, waitMs = DEFAULT_WAIT_MS, concurrency = 8): Promise<Map<string, StatusBody>> {
  const all = [...new Set(articleIds)];
  const pending = new Set(all);
  const last = new Map<string, StatusBody>();
  const stillPending = () =>
    `all ${all.length} articles to be published; ${pending.size} not: ` +
    [...pending]
      .slice(0, 10)
      .map((id) => `${id} ${last.get(id)?.status}`)
      .join(', ');
  await waitFor(
    stillPending,
    async () => {
      const queue = [...pending];
      const worker = async () => {
        for (let articleId = queue.shift(); articleId; articleId = queue.shift()) {
          const { code, body } = await status(app, articleId);
          if (code !== 200) throw new Error(`GET /articles/${articleId} answered ${code}: ${JSON.stringify(body)}`);
          if (body.status === 'failed') throw new Error(`Article ${articleId} failed: ${body.reason}`);
          last.set(articleId, body);
          if (body.status === 'published') pending.delete(articleId);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      return pending.size === 0;
    },
    waitMs,
  );
  return last;
}

/** Every file under dir, relative to it. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

export interface StoredObjectsReport {
  /** Temporary files of writes that never finished. */
  partial: string[];
  /** Objects whose bytes do not match their MD5 file, or whose metadata is missing or not JSON. */
  broken: string[];
  /** How many objects were checked. */
  objects: number;
  /** Ids of the raw articles stored. */
  rawArticleIds: string[];
  /** Files moved to DATA_DIR/quarantine by the repair on start. */
  quarantined: string[];
}

/** Reads the S3 emulator's directory under dataDir: what a kill could have left half-stored. */
export function checkStoredObjects(dataDir: string): StoredObjectsReport {
  const s3Dir = join(dataDir, 's3');
  const files = filesUnder(s3Dir);
  const objects = files.filter((file) => file.endsWith('._S3rver_object'));
  const broken: string[] = [];
  for (const object of objects) {
    const base = join(s3Dir, object.slice(0, -'._S3rver_object'.length));
    const bytes = readFileSync(`${base}._S3rver_object`);
    let md5 = '';
    try {
      md5 = readFileSync(`${base}._S3rver_object.md5`, 'utf8');
    } catch {}
    if (md5 !== createHash('md5').update(bytes).digest('hex')) broken.push(`${object}: bytes do not match the MD5`);
    try {
      JSON.parse(readFileSync(`${base}._S3rver_metadata.json`, 'utf8'));
    } catch {
      broken.push(`${object}: metadata missing or not JSON`);
    }
  }
  return {
    partial: files.filter((file) => file.includes('_S3rver_partial')),
    broken,
    objects: objects.length,
    rawArticleIds: objects
      .filter((file) => file.startsWith(`${LOCAL_NAMES.rawBucket}/articles/`))
      .map((file) => file.split('/').at(-1)?.split('.')[0] ?? ''),
    quarantined: filesUnder(join(dataDir, 'quarantine')),
  };
}

/** What the repair and recovery on start logged (`recovery: 3 articles normalised again; …`). */
export function recoveryLines(app: RunningApp): string {
  return [...app.output().matchAll(/recovery: (\d+ [^;\n]+?)(?:;|$)/gm)].map((match) => match[1]).join(', ') || 'nothing to recover';
}

export interface BurstResult {
  /** Ids of the articles answered 2xx, in the order answered. */
  accepted: string[];
  /** Statuses answered 5xx, with the article's reference. */
  serverErrors: string[];
  /** Requests that got no answer (a connection cut by a kill). */
  unanswered: number;
  /** Milliseconds per answered request. */
  latencies: number[];
}

/**
 * Sends `count` distinct articles (`body(n)`), `concurrency` at a time. A connection cut (by a kill) is not
 * an acknowledgement and is counted as unanswered; 5xx answers are collected, not thrown.
 */
export async function burst(
  app: RunningApp,
  count: number,
  concurrency: number,
  body: (n: number) => string,
  onAnswer?: (answered: number) => void,
): Promise<BurstResult> {
  const result: BurstResult = { accepted: [], serverErrors: [], unanswered: 0, latencies: [] };
  let next = 0;
  let answered = 0;
  const worker = async () => {
    while (next < count) {
      const n = next++;
      const started = performance.now();
      try {
        const response = await post(app, body(n));
        const json = (await response.json()) as { articleId?: string };
        result.latencies.push(performance.now() - started);
        if (response.ok && json.articleId) result.accepted.push(json.articleId);
        else if (response.status >= 500) result.serverErrors.push(`${response.status} for article ${n}: ${JSON.stringify(json).slice(0, 200)}`);
      } catch {
        result.unanswered += 1;
      }
      answered += 1;
      onAnswer?.(answered);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}

/** The q-quantile (0..1) of the numbers, nearest rank. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}
