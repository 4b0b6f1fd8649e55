// Where the local queues park what they give up on: a JSON Lines file an operator can read, and a log line.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DeadLetter, DeadLetters } from '../../functions/local/dead-letters.ts';

const letter = (subject: string): DeadLetter => ({
  queue: 'normalise',
  subject,
  bodies: [`{"key":"${subject}"}`],
  receiveCount: 3,
  reason: 'table throttled',
  deadLetteredAt: '2025-03-01T10:00:00.000Z',
});

describe('Class: DeadLetters', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'meeting-feeds-dead-letters-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('appends one JSON line per dead letter to the file', async () => {
    // Prepare
    const file = join(dir, 'dead-letters.jsonl');
    const deadLetters = new DeadLetters({ file, log: () => {} });

    // Act
    await deadLetters.park(letter('articles/a'), new Error('table throttled'));
    await deadLetters.park(letter('articles/b'), new Error('table throttled'));

    // Assess
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual([letter('articles/a'), letter('articles/b')]);
  });

  it('logs the dead letter with its reason, the error and where it is kept', async () => {
    // Prepare
    const file = join(dir, 'dead-letters.jsonl');
    const logged: [string, unknown][] = [];
    const error = new Error('table throttled');
    const deadLetters = new DeadLetters({ file, log: (line, cause) => logged.push([line, cause]) });

    // Act
    await deadLetters.park(letter('articles/a'), error);

    // Assess
    expect(logged).toEqual([[`normalise: articles/a dead-lettered after 3 deliveries (table throttled); kept in ${file}`, error]]);
  });

  it('still logs the dead letter when the file cannot be written, and says so', async () => {
    // Prepare
    const file = join(dir, 'missing-directory', 'dead-letters.jsonl');
    const logged: string[] = [];
    const deadLetters = new DeadLetters({ file, log: (line) => logged.push(line) });

    // Act
    await deadLetters.park(letter('articles/a'), new Error('table throttled'));

    // Assess
    expect(logged).toEqual([
      `normalise: could not write the dead letter to ${file}`,
      'normalise: articles/a dead-lettered after 3 deliveries (table throttled); kept in the log only',
    ]);
  });
});
