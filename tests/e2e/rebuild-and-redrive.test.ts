// The operators' commands against the local runtime, in-process, on one data directory across restarts:
// `meetings rebuild` extracts every stored article again with a new extractor (keeping an editor's correction)
// and republishes, resuming where an interrupted rebuild stopped; `meetings redrive` replays dead letters once
// what made them fail is fixed; `meetings queues` shows both. The failure is a meeting item that cannot be
// read, written with the emulators alone while the runtime is stopped (as local-dead-letters.test.ts does).

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { createAdapters } from '../../functions/aws/adapters.ts';
import { createDocumentClient } from '../../functions/aws/dynamodb/document-client.ts';
import { KEY_PREFIX, LOCAL_NAMES, MEETINGS_TABLE } from '../../functions/aws/resources.ts';
import type { Participant } from '../../functions/core/record/record.ts';
import type { DeadLetter } from '../../functions/local/dead-letters.ts';
import { startEmulators } from '../../functions/local/emulators.ts';
import { DEAD_LETTERS_FILE, type LocalRuntime, startLocalRuntime } from '../../functions/local/local-runtime.ts';
import { provisionLocalResources } from '../../functions/local/provision.ts';
import { runCli } from '../support/cli-run.ts';
import { REBUILT_MARK } from '../support/rebuilding-extractor.ts';

const TOKEN = 'operations-token-0123456789abcdef';
const SEED = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url));
const ENGLISH = 'Foreign Minister Anna Berg met Defence Secretary Tom Hale in Oslo on 3 March 2025 to discuss Arctic security.\n';
const SPOLJARIC = 'Мирьяна Сполярич';
const ASHIKBAEV = 'Ержан Ашикбаев';
const rebuildingModule = fileURLToPath(new URL('../support/rebuilding-extractor.ts', import.meta.url));
const quiet = () => {};

const dataDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-operations-'));
const configHome = mkdtempSync(join(tmpdir(), 'meeting-feeds-operations-config-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(configHome, { recursive: true, force: true });
});

async function until<T>(read: () => T | Promise<T>, done: (value: T) => boolean, attempts = 600): Promise<T> {
  let value = await read();
  for (let i = 0; i < attempts && !done(value); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

async function api(runtime: LocalRuntime, method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${runtime.url}${path}`, { method, body, headers: { authorization: `Bearer ${TOKEN}`, ...headers } });
  return { status: response.status, etag: response.headers.get('etag'), body: (await response.json()) as Record<string, unknown> };
}

const statusOf = async (runtime: LocalRuntime, articleId: string) => (await api(runtime, 'GET', `/articles/${articleId}`)).body.status as string;
const roleOf = (participants: Participant[], name: string) => participants.find((p) => p.name === name)?.role;

function meetings(runtime: LocalRuntime, ...args: string[]) {
  return runCli(args, { env: { MEETINGS_API_URL: runtime.url, MEETINGS_TOKEN: TOKEN, XDG_CONFIG_HOME: configHome }, options: { pollIntervalMs: 100 } });
}

/** With the runtime stopped: the emulators alone on the data directory, for what no API call can do. */
async function withStorage(work: (storage: { adapters: ReturnType<typeof createAdapters>; db: ReturnType<typeof createDocumentClient> }) => Promise<void>) {
  const emulators = await startEmulators({ dataDir });
  try {
    const { dynamodbEndpoint, s3Endpoint } = emulators;
    await provisionLocalResources({ dynamodbEndpoint, s3Endpoint, names: LOCAL_NAMES });
    const adapters = createAdapters({ tableName: LOCAL_NAMES.table, rawBucket: LOCAL_NAMES.rawBucket, siteBucket: LOCAL_NAMES.siteBucket, dynamodbEndpoint, s3Endpoint });
    await work({ adapters, db: createDocumentClient(dynamodbEndpoint) });
  } finally {
    await emulators.stop();
  }
}

const POISONED = { articleId: 'eeeeeeeeeeeeeeeeeeeeeeee', meetingId: 'm-unreadable-record' };
const meetingItemKey = { [MEETINGS_TABLE.partitionKey]: `${KEY_PREFIX.meeting}${POISONED.meetingId}`, [MEETINGS_TABLE.sortKey]: 'RECORD' };
const deadLetters = () => {
  const file = join(dataDir, DEAD_LETTERS_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as DeadLetter) : [];
};

describe('meetings rebuild, redrive and queues against the local runtime', () => {
  let seed: { articleId: string; meetingId: string };
  let english: { articleId: string; meetingId: string };

  it('rebuilds every stored article with the current extractor, keeps the correction, republishes and reports dead letters', async () => {
    // Prepare: two published articles, one corrected by an editor.
    const first = await startLocalRuntime({ port: 0, host: '127.0.0.1', dataDir, editorToken: TOKEN, log: quiet });
    try {
      seed = (await api(first, 'POST', '/articles', SEED.toString('utf8'), { 'content-type': 'text/plain; charset=utf-8' })).body as typeof seed;
      english = (await api(first, 'POST', '/articles', ENGLISH, { 'content-type': 'text/plain; charset=utf-8' })).body as typeof english;
      for (const { articleId } of [seed, english]) expect(await until(() => statusOf(first, articleId), (s) => s === 'published')).toBe('published');
      const shown = await api(first, 'GET', `/meetings/${seed.meetingId}`);
      const corrected = await api(first, 'PATCH', `/meetings/${seed.meetingId}`, JSON.stringify({ participants: { update: [{ name: SPOLJARIC, role: 'глава МККК' }] } }), {
        'content-type': 'application/json',
        'if-match': shown.etag ?? '',
      });
      expect(corrected.status).toBe(200);
    } finally {
      await first.stop();
    }
    // An article whose normalising fails on every delivery (its meeting item is not a record).
    await withStorage(async ({ adapters, db }) => {
      await adapters.articles.put({ ...POISONED, body: SEED, contentType: 'text/plain', submittedBy: 'alice', receivedAt: '2026-11-25T10:00:00.000Z' });
      await db.send(new PutCommand({ TableName: LOCAL_NAMES.table, Item: { ...meetingItemKey, record: Buffer.from('not gzip') } }));
    });

    // Act: restart with "a better extractor" and rebuild, one article per request.
    const second = await startLocalRuntime({ port: 0, host: '127.0.0.1', dataDir, editorToken: TOKEN, log: quiet, extractorModule: rebuildingModule });
    try {
      await until(deadLetters, (letters) => letters.length > 0);
      const run = await meetings(second, 'rebuild', '--page', '1', '--wait', '--timeout', '120');

      // Assess
      expect(run.code, run.err).toBe(0);
      expect(run.out).toContain('Rebuild: 3 stored articles sent to normalise');
      expect(run.err).toMatch(/2 articles sent to normalise…/);
      expect(run.out).toMatch(/The queues are empty: everything sent was normalised and published\. 2 dead letters wait/);
      const shown = await api(second, 'GET', `/meetings/${seed.meetingId}`);
      const record = shown.body.record as { version: number; participants: Participant[] };
      expect(record.version).toBe(3);
      expect(roleOf(record.participants, SPOLJARIC)).toBe('глава МККК');
      expect(roleOf(record.participants, ASHIKBAEV)).toContain(REBUILT_MARK);
      const feed = (await (await fetch(`${second.url}/feeds/meetings.json`)).json()) as { items: unknown[] };
      const items = feed.items as { _meeting: { id: string; participants: Participant[] } }[];
      for (const { meetingId } of [seed, english]) {
        const item = items.find((entry) => entry._meeting.id === meetingId);
        expect(item?._meeting.participants.some((p) => p.role?.includes(REBUILT_MARK))).toBe(true);
      }
      expect(roleOf(items.find((entry) => entry._meeting.id === seed.meetingId)?._meeting.participants ?? [], SPOLJARIC)).toBe('глава МККК');
      // Nothing left half-done: the progress file is gone once the rebuild finished.
      expect(existsSync(join(configHome, 'meetings', 'rebuild-progress.json'))).toBe(false);
    } finally {
      await second.stop();
    }
  });

  it('replays the dead letters once the fault is fixed, and resumes an interrupted rebuild where it stopped', async () => {
    // Prepare: the fault fixed (the unreadable item removed) while the runtime is stopped.
    expect(deadLetters().map((letter) => letter.queue)).toEqual(['normalise', 'normalise']);
    await withStorage(async ({ db }) => {
      await db.send(new DeleteCommand({ TableName: LOCAL_NAMES.table, Key: meetingItemKey }));
    });
    const third = await startLocalRuntime({ port: 0, host: '127.0.0.1', dataDir, editorToken: TOKEN, log: quiet, extractorModule: rebuildingModule });
    try {
      // Act
      const queuesBefore = await meetings(third, 'queues', '--json');
      const redrive = await meetings(third, 'redrive', '--wait', '--timeout', '120');

      // Assess
      expect(JSON.parse(queuesBefore.out)).toMatchObject({ normaliseDeadLetters: { waiting: 2 }, publishDeadLetters: { waiting: 0 } });
      expect(redrive.code, redrive.err).toBe(0);
      expect(redrive.err).toContain('Dead letters: normalise 2, publish 0.');
      expect(redrive.out).toContain('Redrive: 2 normalise and 0 publish dead letters sent back to their queues.');
      expect(redrive.out).toContain('no dead letters are left');
      expect(deadLetters()).toEqual([]);
      expect(await until(() => statusOf(third, POISONED.articleId), (s) => s === 'published')).toBe('published');
      const table = await meetings(third, 'queues');
      expect(table.out).toMatch(/normalise dead letters\s+0\s+0/);

      // Act: a rebuild that stopped after the first article (its saved progress) goes on from the second.
      const [firstId] = [seed.articleId, english.articleId, POISONED.articleId].sort();
      mkdirSync(join(configHome, 'meetings'), { recursive: true });
      const progress = { apiUrl: third.url, after: firstId, sent: 1, startedAt: '2026-11-29T10:00:00.000Z' };
      writeFileSync(join(configHome, 'meetings', 'rebuild-progress.json'), JSON.stringify(progress));
      const resumed = await meetings(third, 'rebuild', '--page', '1');

      // Assess: one saved, two sent now; a third would mean it started over.
      expect(resumed.code, resumed.err).toBe(0);
      expect(resumed.err).toContain('Resuming the rebuild started at 2026-11-29T10:00:00.000Z: 1 articles were sent already');
      expect(resumed.out).toContain('Rebuild: 3 stored articles sent to normalise');
    } finally {
      await third.stop();
    }
  });

  it('refuses the operators\' routes without a valid token, and says what a bad limit should be', async () => {
    const fourth = await startLocalRuntime({ port: 0, host: '127.0.0.1', dataDir, editorToken: TOKEN, log: quiet });
    try {
      const asEditor = await fetch(`${fourth.url}/admin/queues`, { headers: { authorization: 'Bearer not-a-token' } });
      expect(asEditor.status).toBe(401);
      const wrong = await api(fourth, 'POST', '/admin/rebuild?limit=5000');
      expect(wrong.status).toBe(400);
      expect(JSON.stringify(wrong.body)).toContain('limit is a whole number from 1 to 1000');
    } finally {
      await fourth.stop();
    }
  });
});
