// End to end, under faults: `npm start` in a child process (its own process group).
// - An article whose extraction does not finish (held by a test extractor until the test releases it) does not
//   stall the server: GETs and POSTs are answered meanwhile, and the article is published once it finishes.
//   An article that is one 100,000-letter word is published too.
// - SIGKILL in the middle of a burst, and again right after one: after a restart on the same data, every
//   submission that got a 2xx reaches `published`, and no object in the S3 emulator's directory is half-stored.
// Every wait is for an outcome, with generous limits; nothing asserts how long anything took.

import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  burst,
  checkStoredObjects,
  kill,
  post as postAs,
  type RunningApp,
  recoveryLines,
  SEED,
  startApp as startAppWith,
  status,
  stop,
  waitFor,
  waitForPublished,
} from '../support/local-app.ts';
import { HOLD_UNTIL_RELEASED } from '../support/stalling-extractor.ts';

const TOKEN = 'e2e-faults-token-0123456789abcdef';

const started: RunningApp[] = [];

async function startApp(dataDir: string, env: Record<string, string> = {}): Promise<RunningApp> {
  const app = await startAppWith(dataDir, TOKEN, env);
  started.push(app);
  return app;
}

const post = (app: RunningApp, body: string) => postAs(app, body);

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
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const article = (prefix: string) => (n: number) => `${SEED}\n\nReference ${prefix}-${n}.`;

  it('publishes every 2xx submission after restarts, and leaves nothing half-stored', async () => {
    // 1. Killed in the middle of a burst: once half of the requests were answered, others are in flight.
    const first = await startApp(dataDir);
    let killing: Promise<void> | undefined;
    const during = await burst(first, 120, 16, article('during'), (answered) => {
      if (answered === 60) killing = kill(first);
    });
    await killing;
    expect(during.serverErrors).toEqual([]);
    const acceptedDuring = during.accepted;
    expect(acceptedDuring.length).toBeGreaterThanOrEqual(60 - 16);

    // 2. Restarted, and killed right after a burst: every request answered, most articles not yet published.
    const second = await startApp(dataDir);
    const after = await burst(second, 40, 8, article('after'));
    expect(after.serverErrors).toEqual([]);
    const acceptedAfter = after.accepted;
    expect(acceptedAfter).toHaveLength(40);
    await kill(second);

    // 3. Restarted on the same data: every acknowledged article reaches `published`.
    const third = await startApp(dataDir);
    const accepted = [...new Set([...acceptedDuring, ...acceptedAfter])];
    await waitForPublished(third, accepted);
    await stop(third);

    // Nothing half-stored: no temporary file, and every object's bytes match their checksum and have metadata.
    const stored = checkStoredObjects(dataDir);
    expect(stored.partial).toEqual([]);
    expect(stored.broken).toEqual([]);
    expect(stored.rawArticleIds).toEqual(expect.arrayContaining(accepted));
    // Whatever a kill left aside was never acknowledged.
    for (const articleId of accepted) expect(stored.quarantined.some((file) => file.includes(articleId))).toBe(false);
    console.log(
      `SIGKILL test: ${acceptedDuring.length} of 120 acknowledged before the kill mid-burst, ${acceptedAfter.length} right before the second kill; ` +
        `${accepted.length} published after restart; ${stored.quarantined.length} file(s) quarantined; ${stored.objects} objects checked. ` +
        `Second start: ${recoveryLines(second)}. Third start: ${recoveryLines(third)}.`,
    );
  }, 600_000);
});
