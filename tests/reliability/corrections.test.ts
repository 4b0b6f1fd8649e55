// 20 concurrent corrections of one meeting. The README: a correction is a resubmission with the same
// `meetingId` (or `url`); docs/meeting-record.md: `version` is 1 for the first record and raised by every change;
// docs/decisions.md: an older article arriving late never overwrites a record made from a newer one. So: every
// correction is accepted and reaches `published`; the published record is made from the correction received
// last; the versions written are 1, 2, … without a gap or a repeat, the last one being the published one.

import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCAL_NAMES } from '../../functions/aws/resources.ts';
import { walkAtom } from '../support/feed-walk.ts';
import { kill, post, type RunningApp, startApp, status, stop, waitForPublished } from '../support/local-app.ts';
import { ms, recordFigures } from './figures.ts';

const TOKEN = 'reliability-corrections-token-0123';
const CORRECTIONS = 20;
const MEETING_ID = 'reliability-corrected-meeting';

const article = (n: number) =>
  JSON.stringify({
    meetingId: MEETING_ID,
    title: n === 0 ? 'Original report' : `Correction ${n}`,
    language: 'en',
    text: `Prime Minister Jane Doe met President John Roe in Paris on Monday. They discussed trade (version of the report: ${n}).`,
  });

/** The `Meeting saved` log lines for the meeting: the versions written, in the order written. */
function savedVersions(output: string): { version: number; articleId: string }[] {
  const saved: { version: number; articleId: string }[] = [];
  for (const line of output.split('\n')) {
    if (!line.startsWith('{') || !line.includes(MEETING_ID)) continue;
    try {
      const entry = JSON.parse(line) as { message?: string; meetingId?: string; version?: number; articleId?: string };
      if (/saved/i.test(entry.message ?? '') && entry.meetingId === MEETING_ID && typeof entry.version === 'number') {
        saved.push({ version: entry.version, articleId: entry.articleId ?? '' });
      }
    } catch {}
  }
  return saved;
}

describe('npm start: concurrent corrections of one meeting', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-rel-corrections-'));
  let app: RunningApp | undefined;
  afterAll(async () => {
    if (app) await kill(app);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`loses none of ${CORRECTIONS} concurrent corrections, and numbers versions as documented`, async () => {
    app = await startApp(dataDir, TOKEN);
    const running = app;
    const original = await post(running, article(0), 'application/json');
    expect(original.status).toBe(202);
    const originalId = ((await original.json()) as { articleId: string }).articleId;
    await waitForPublished(running, [originalId]);

    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: CORRECTIONS }, async (_, index) => {
        const response = await post(running, article(index + 1), 'application/json');
        return { code: response.status, body: (await response.json()) as { articleId: string; meetingId: string } };
      }),
    );
    expect(answers.map((answer) => answer.code)).toEqual(Array(CORRECTIONS).fill(202));
    expect(new Set(answers.map((answer) => answer.body.meetingId))).toEqual(new Set([MEETING_ID]));
    const correctionIds = answers.map((answer) => answer.body.articleId);
    expect(new Set(correctionIds).size).toBe(CORRECTIONS);
    const statuses = await waitForPublished(running, correctionIds);
    const publishedAfter = performance.now() - started;

    // The published record: made from the correction received last (a tie in the millisecond may go either way).
    const record = (await (await fetch(`${running.url}/meetings/${MEETING_ID}.json`)).json()) as { version: number; articleId: string; title: string };
    const receivedAt = (articleId: string) =>
      (JSON.parse(readFileSync(join(dataDir, 's3', LOCAL_NAMES.rawBucket, 'articles', `${articleId}._S3rver_metadata.json`), 'utf8')) as Record<string, string>)[
        'x-amz-meta-received-at'
      ] ?? '';
    const latest = correctionIds.map(receivedAt).sort().at(-1);
    const lastReceived = correctionIds.filter((articleId) => receivedAt(articleId) === latest);
    expect(lastReceived).toContain(record.articleId);
    expect(record.title).toBe(`Correction ${correctionIds.indexOf(record.articleId) + 1}`);
    // Every status, read now, shows that record.
    for (const articleId of [originalId, ...correctionIds]) {
      const now = await status(running, articleId);
      expect(now.body).toMatchObject({ status: 'published', record: { version: record.version, articleId: record.articleId } });
    }

    // Versions: 1 (the original), then one per correction applied, without gaps or repeats.
    const saved = savedVersions(running.output());
    expect(saved.map((entry) => entry.version), 'versions in the JSON log lines {message: "Meeting saved", meetingId, version, articleId}').toEqual(Array.from({ length: record.version }, (_, index) => index + 1));
    expect(saved[0]?.articleId).toBe(originalId);
    expect(saved.at(-1)?.articleId).toBe(record.articleId);
    expect(record.version).toBeGreaterThanOrEqual(2);
    expect(record.version).toBeLessThanOrEqual(CORRECTIONS + 1);

    // The meeting is once in the feed, with the last title.
    const walk = await walkAtom(running.url);
    expect(walk.documents[0]?.meetingIds.filter((id) => id === MEETING_ID)).toHaveLength(1);
    const feed = await (await fetch(`${running.url}/feeds/meetings.json`)).json() as { items: { title: string; _meeting: { id: string; version: number } }[] };
    expect(feed.items.find((item) => item._meeting.id === MEETING_ID)).toMatchObject({ title: record.title, _meeting: { version: record.version } });
    await stop(running);

    recordFigures('corrections', {
      concurrentCorrections: CORRECTIONS,
      accepted: answers.filter((answer) => answer.code === 202).length,
      published: [...statuses.values()].filter((body) => body.status === 'published').length,
      finalVersion: record.version,
      correctionsApplied: record.version - 1,
      correctionsSupersededByANewerOne: CORRECTIONS - (record.version - 1),
      versionsWritten: saved.map((entry) => entry.version).join(','),
      allPublishedAfter: ms(publishedAfter),
    });
  }, 300_000);
});
