// The whole `npm start` process SIGKILLed in the middle of a burst at concurrency 50, and restarted on the same
// data: every submission answered 2xx is published, nothing is half-stored, each meeting is once in the feeds,
// and a client that sends the whole burst again (as one retrying cut requests would) gets the same articles.
// The smaller, two-kill variant is tests/e2e/local-runtime-faults.test.ts; the helpers are shared.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkAtom, walkFindings } from '../support/feed-walk.ts';
import { burst, checkStoredObjects, kill, type RunningApp, recoveryLines, SEED, startApp, stop, waitForPublished } from '../support/local-app.ts';
import { ms, recordFigures } from './figures.ts';

const TOKEN = 'reliability-kill-token-0123456789';
const SUBMISSIONS = 400;
const CONCURRENCY = 50;
const KILL_AFTER_ANSWERS = 200;

describe('npm start: SIGKILL in the middle of a burst', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-rel-kill-'));
  const apps: RunningApp[] = [];
  afterAll(async () => {
    for (const app of apps) await kill(app);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('publishes every 2xx submission after a restart on the same data, and leaves nothing half-stored', async () => {
    const body = (n: number) => `${SEED}\n\nReference kill-${n}.`;
    const first = await startApp(dataDir, TOKEN);
    apps.push(first);
    let killing: Promise<void> | undefined;
    const during = await burst(first, SUBMISSIONS, CONCURRENCY, body, (answered) => {
      if (answered === KILL_AFTER_ANSWERS) killing = kill(first);
    });
    await killing;
    expect(during.serverErrors).toEqual([]);
    // Those answered before the kill were accepted; the kill cut the ones in flight and refused the rest.
    expect(during.accepted.length).toBeGreaterThanOrEqual(KILL_AFTER_ANSWERS - CONCURRENCY);
    expect(during.unanswered).toBeGreaterThan(0);

    const restartedAt = performance.now();
    const second = await startApp(dataDir, TOKEN);
    apps.push(second);
    const listeningAfter = performance.now() - restartedAt;
    await waitForPublished(second, during.accepted, 480_000, 16);
    const allPublishedAfter = performance.now() - restartedAt;

    // The client sends the whole burst again: the same bodies are the same articles, and the rest are new.
    const again = await burst(second, SUBMISSIONS, CONCURRENCY, body);
    expect(again.serverErrors).toEqual([]);
    expect(again.accepted).toHaveLength(SUBMISSIONS);
    expect(again.accepted).toEqual(expect.arrayContaining(during.accepted));
    const statuses = await waitForPublished(second, again.accepted, 480_000, 16);
    const meetingIds = new Set([...statuses.values()].map((status) => status.meetingId ?? ''));
    expect(meetingIds.size).toBe(SUBMISSIONS);
    const walk = await walkAtom(second.url);
    const found = walkFindings(walk, meetingIds);
    expect({ loop: walk.loop, missing: found.missing, duplicated: found.duplicated, unexpected: found.unexpected }).toEqual({
      loop: null,
      missing: [],
      duplicated: [],
      unexpected: [],
    });
    await stop(second);

    // Nothing half-stored: no temporary file, every object's bytes match their MD5 and have metadata,
    // every acknowledged article is stored, and nothing acknowledged was set aside.
    const stored = checkStoredObjects(dataDir);
    expect(stored.partial).toEqual([]);
    expect(stored.broken).toEqual([]);
    expect(stored.rawArticleIds).toEqual(expect.arrayContaining(again.accepted));
    expect(stored.quarantined.filter((file) => during.accepted.some((articleId) => file.includes(articleId)))).toEqual([]);

    recordFigures('kill', {
      submissions: SUBMISSIONS,
      concurrency: CONCURRENCY,
      killedAfterAnswers: KILL_AFTER_ANSWERS,
      acceptedBeforeKill: during.accepted.length,
      unansweredByTheKill: during.unanswered,
      responses5xx: during.serverErrors.length + again.serverErrors.length,
      restartListeningAfter: ms(listeningAfter),
      acceptedPublishedAfterRestart: ms(allPublishedAfter),
      resubmittedDuplicatesRecognised: during.accepted.length,
      objectsChecked: stored.objects,
      partialOrBrokenObjects: stored.partial.length + stored.broken.length,
      quarantinedFiles: stored.quarantined.length,
      recoveryOnRestart: recoveryLines(second),
    });
  }, 600_000);
});
