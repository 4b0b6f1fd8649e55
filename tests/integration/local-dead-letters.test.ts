// The local runtime's dead-letter queue: a message normalise fails on every delivery is parked where an
// operator finds it (DATA_DIR/dead-letters.jsonl, and a log line with the reason), after the stack's
// maxReceiveCount deliveries.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { createAdapters } from '../../functions/aws/adapters.ts';
import { articleKey } from '../../functions/aws/article-store.ts';
import { createDocumentClient } from '../../functions/aws/dynamodb/document-client.ts';
import { KEY_PREFIX, LOCAL_NAMES, MAX_RECEIVE_COUNT, MEETINGS_TABLE } from '../../functions/aws/resources.ts';
import type { DeadLetter } from '../../functions/local/dead-letters.ts';
import { startEmulators } from '../../functions/local/emulators.ts';
import { DEAD_LETTERS_FILE, startLocalRuntime } from '../../functions/local/local-runtime.ts';
import { provisionLocalResources } from '../../functions/local/provision.ts';

const seed = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url));

async function until<T>(read: () => T | Promise<T>, done: (value: T) => boolean, attempts = 200): Promise<T> {
  let value = await read();
  for (let i = 0; i < attempts && !done(value); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

describe('Local runtime: dead letters', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-dead-letters-'));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('parks an article that fails on every delivery in DATA_DIR/dead-letters.jsonl, and logs why', async () => {
    // Prepare: a stored, never normalised article whose meeting item cannot be read (its record is not gzip),
    // so normalise fails on every delivery. Stored with the emulators alone; the start's recovery delivers it.
    const emulators = await startEmulators({ dataDir });
    const { dynamodbEndpoint, s3Endpoint } = emulators;
    await provisionLocalResources({ dynamodbEndpoint, s3Endpoint, names: LOCAL_NAMES });
    const adapters = createAdapters({ tableName: LOCAL_NAMES.table, rawBucket: LOCAL_NAMES.rawBucket, siteBucket: LOCAL_NAMES.siteBucket, dynamodbEndpoint, s3Endpoint });
    const article = { articleId: 'dddddddddddddddddddddddd', body: seed, contentType: 'text/plain', meetingId: 'm-unreadable', submittedBy: 'alice', receivedAt: '2026-11-25T10:00:00.000Z' };
    await adapters.articles.put(article);
    await createDocumentClient(dynamodbEndpoint).send(
      new PutCommand({
        TableName: LOCAL_NAMES.table,
        // The meeting item's key as functions/aws/dynamodb/keys.ts builds it.
        Item: { [MEETINGS_TABLE.partitionKey]: `${KEY_PREFIX.meeting}${article.meetingId}`, [MEETINGS_TABLE.sortKey]: 'RECORD', record: Buffer.from('not gzip') },
      }),
    );
    await emulators.stop();
    const logged: string[] = [];

    // Act
    const runtime = await startLocalRuntime({ port: 0, host: '127.0.0.1', dataDir, editorToken: 'token', log: (line) => logged.push(line) });
    try {
      const file = join(dataDir, DEAD_LETTERS_FILE);
      const lines = await until(
        () => (existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n') : []),
        (found) => found.length > 0,
      );

      // Assess
      const letters = lines.map((line) => JSON.parse(line) as DeadLetter);
      expect(letters).toEqual([
        expect.objectContaining({ queue: 'normalise', subject: articleKey(article.articleId), receiveCount: MAX_RECEIVE_COUNT }),
      ]);
      expect(letters[0]?.reason).not.toBe('');
      expect(JSON.parse(letters[0]?.bodies[0] ?? '{}')).toMatchObject({ Records: [{ s3: { object: { key: articleKey(article.articleId) } } }] });
      expect(logged).toContainEqual(
        `normalise: ${articleKey(article.articleId)} dead-lettered after ${MAX_RECEIVE_COUNT} deliveries (${letters[0]?.reason}); kept in ${file}`,
      );
    } finally {
      await runtime.stop();
    }
  });
});
