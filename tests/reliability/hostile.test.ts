// Hostile inputs against `npm start` (tests/reliability/hostile-inputs.ts generates them): every one is answered
// 2xx or a clear 4xx (our JSON errors carry a message), never a 5xx or a hang (30 s per request), and the process
// stays up. Every accepted article is then published (none ends `failed`), and no published file holds markup
// that could run: the site bucket's files in DATA_DIR are scanned for `<script` other than JSON-LD, `on…=`
// attributes and javascript:/vbscript:/data:text URLs, as raw bytes and as a browser would tokenise them.
// A request whose body never arrives whole (the client stops sending) cannot be answered; for those, the server
// closing the connection is the expected outcome.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCAL_NAMES } from '../../functions/aws/resources.ts';
import { filesUnder, isRunning, kill, quantile, type RunningApp, type StatusBody, startApp, status, stop, waitFor } from '../support/local-app.ts';
import { type RawAnswer, rawRequest } from '../support/raw-http.ts';
import { rawMarkupFindings, unsafeMarkupFindings } from '../support/site-checks.ts';
import type { SiteFile } from '../support/site-scenario.ts';
import { type HostileCase, hostileCases } from './hostile-inputs.ts';
import { ms, recordFigures } from './figures.ts';

const TOKEN = 'reliability-hostile-token-0123456789';
const CONCURRENCY = 6;
const REQUEST_TIMEOUT_MS = 30_000;

function problemWith(c: HostileCase, answer: RawAnswer): string | null {
  if (answer.outcome === 'timeout') return 'no answer within 30 s (a hang)';
  if (answer.status === null) return c.truncated ? null : 'connection closed without an answer';
  if (answer.status >= 500) return `${answer.status} ${answer.body.slice(0, 300)}`;
  if (answer.status < 200 || (answer.status >= 300 && answer.status < 400)) return `unexpected ${answer.status}`;
  if (answer.status >= 400 && answer.headers['content-type']?.startsWith('application/json')) {
    try {
      const body = JSON.parse(answer.body) as { error?: { message?: string } };
      if (!body.error?.message) return `${answer.status} without an error message: ${answer.body.slice(0, 200)}`;
    } catch {
      return `${answer.status} with a JSON type but no JSON body`;
    }
  }
  return null;
}

/** Keys in a JSON document that only a prototype pollution would put there. */
function pollutedKeys(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => pollutedKeys(item, `${path}/${index}`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [...(['polluted', 'isAdmin'].includes(key) ? [`${path}/${key}`] : []), ...pollutedKeys(child, `${path}/${key}`)]);
}

describe('npm start: hostile inputs', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-rel-hostile-'));
  let app: RunningApp | undefined;
  afterAll(async () => {
    if (app) await kill(app);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every hostile request 2xx or with a clear 4xx, stays up, and publishes no executable markup', async () => {
    app = await startApp(dataDir, TOKEN);
    const running = app;
    const port = Number(new URL(running.url).port);
    const cases = hostileCases(TOKEN);
    expect(cases.length).toBeGreaterThanOrEqual(200);

    const answers: { c: HostileCase; answer: RawAnswer }[] = [];
    const queue = [...cases];
    const worker = async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const answer = await rawRequest(port, c, REQUEST_TIMEOUT_MS);
        answers.push({ c, answer });
        if (!isRunning(running)) throw new Error(`npm start exited after "${c.category}: ${c.name}". Output:\n${running.output().slice(-3000)}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const problems = answers.flatMap(({ c, answer }) => {
      const problem = problemWith(c, answer);
      return problem ? [`${c.category}: ${c.name}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
    expect(isRunning(running)).toBe(true);
    expect((await fetch(`${running.url}/articles/0123456789abcdef01234567`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);

    // Every accepted article is published: none ends `failed` after a 202.
    const accepted = new Map<string, string>();
    for (const { c, answer } of answers) {
      if (answer.status !== 202) continue;
      const articleId = (JSON.parse(answer.body) as { articleId?: string }).articleId;
      if (articleId) accepted.set(articleId, `${c.category}: ${c.name}`);
    }
    const settled = new Map<string, StatusBody>();
    const started = performance.now();
    await waitFor(
      () => `every accepted hostile article to be published or failed; ${accepted.size - settled.size} still pending`,
      async () => {
        for (const articleId of accepted.keys()) {
          if (settled.has(articleId)) continue;
          const { code, body } = await status(running, articleId);
          expect(code, `GET /articles/${articleId} (${accepted.get(articleId)})`).toBe(200);
          if (body.status === 'published' || body.status === 'failed') settled.set(articleId, body);
        }
        return settled.size === accepted.size;
      },
      480_000,
    );
    const publishedAfter = performance.now() - started;
    const failed = [...settled].filter(([, body]) => body.status === 'failed').map(([articleId, body]) => `${accepted.get(articleId)}: ${body.reason}`);
    expect(failed).toEqual([]);
    await stop(running);

    // The published site, as stored: no markup that could run, no polluted keys.
    const siteDir = join(dataDir, 's3', LOCAL_NAMES.siteBucket);
    const files: SiteFile[] = filesUnder(siteDir)
      .filter((file) => file.endsWith('._S3rver_object'))
      .map((file) => ({ key: file.slice(0, -'._S3rver_object'.length), contentType: '', text: readFileSync(join(siteDir, file), 'utf8') }));
    expect(files.length).toBeGreaterThan(accepted.size);
    expect(rawMarkupFindings(files)).toEqual([]);
    expect(unsafeMarkupFindings(files)).toEqual([]);
    expect(files.filter((file) => file.key.endsWith('.json')).flatMap((file) => pollutedKeys(JSON.parse(file.text)).map((key) => `${file.key} ${key}`))).toEqual([]);
    // The hostile text did reach the published files (escaped), so the scan above looked at it.
    const carryingHostileText = files.filter((file) => /alert\(1\)/.test(file.text)).length;
    expect(carryingHostileText).toBeGreaterThan(0);

    const byCategory: Record<string, string> = {};
    for (const category of new Set(cases.map((c) => c.category))) {
      const mine = answers.filter(({ c }) => c.category === category);
      const codes = new Map<string, number>();
      for (const { answer } of mine) codes.set(String(answer.status ?? 'closed'), (codes.get(String(answer.status ?? 'closed')) ?? 0) + 1);
      byCategory[category] = `${mine.length} (${[...codes].sort().map(([code, count]) => `${code}×${count}`).join(', ')})`;
    }
    const latencies = answers.filter(({ answer }) => answer.status !== null).map(({ answer }) => answer.ms);
    recordFigures('hostile', {
      requests: cases.length,
      answered2xx: answers.filter(({ answer }) => answer.status !== null && answer.status < 300).length,
      answered4xx: answers.filter(({ answer }) => answer.status !== null && answer.status >= 400 && answer.status < 500).length,
      answered5xx: answers.filter(({ answer }) => answer.status !== null && answer.status >= 500).length,
      closedWithoutAnswerTruncatedBodies: answers.filter(({ answer }) => answer.status === null).length,
      hangs: answers.filter(({ answer }) => answer.outcome === 'timeout').length,
      latencyP50: ms(quantile(latencies, 0.5)),
      latencyP95: ms(quantile(latencies, 0.95)),
      acceptedArticles: accepted.size,
      publishedArticles: [...settled.values()].filter((body) => body.status === 'published').length,
      failedArticles: failed.length,
      allPublishedAfter: ms(publishedAfter),
      siteFilesScanned: files.length,
      siteFilesCarryingEscapedHostileText: carryingHostileText,
      executableMarkupFindings: 0,
      byCategory,
    });
  }, 600_000);
});
