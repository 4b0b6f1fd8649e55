// `--wait` against a scripted API: articles followed until published or failed, a failure's reason in the
// summary, a wait that runs out of time failing the run, and `status --wait`.

import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli-run.ts';
import { type ReceivedRequest, type ScriptedAnswer, type ScriptedServer, scriptedServer } from '../../support/scripted-server.ts';
import { makeRecord } from '../../support/record-factory.ts';

const servers: ScriptedServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

const ids = { 'seed-article.txt': 'aaaaaaaaaaaaaaaaaaaaaaaa', 'notes.md': 'bbbbbbbbbbbbbbbbbbbbbbbb' } as const;

let cwd: string;
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'meetings-cli-wait-'));
  copyFileSync(join(import.meta.dirname, '../../fixtures/seed-article.txt'), join(cwd, 'seed-article.txt'));
  writeFileSync(join(cwd, 'notes.md'), '---\ntitle: Talks\n---\nThe ministers met in Oslo.\n');
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** POST answers 202 with an id per file; GET answers `stored` for the first `pending` reads, then `final(id)`. */
async function api(pending: number, final: (articleId: string) => ScriptedAnswer['body']): Promise<ScriptedServer> {
  const reads = new Map<string, number>();
  const server = await scriptedServer((request: ReceivedRequest) => {
    if (request.method === 'POST') {
      const articleId = request.body.startsWith('---') ? ids['notes.md'] : ids['seed-article.txt'];
      return { status: 202, body: { articleId, meetingId: `m${articleId.slice(0, 6)}`, status: 'stored', duplicate: false, links: {} } };
    }
    const articleId = request.url.split('/').at(-1) as string;
    reads.set(articleId, (reads.get(articleId) ?? 0) + 1);
    const body = (reads.get(articleId) ?? 0) <= pending ? { articleId, meetingId: null, status: 'stored', record: null, links: {} } : final(articleId);
    return { status: 200, body };
  });
  servers.push(server);
  return server;
}

const published = (articleId: string, warnings: string[] = []) => ({
  articleId,
  meetingId: `m${articleId.slice(0, 6)}`,
  status: 'published',
  record: makeRecord({ warnings }),
  links: { record: `/meetings/m${articleId.slice(0, 6)}.json` },
});

const env = (server: ScriptedServer) => ({ MEETINGS_API_URL: server.url, MEETINGS_TOKEN: 't' });
const inWorkDir = (server: ScriptedServer, options = fast) => ({ env: env(server), cwd, options });
const fast = { pollIntervalMs: 5, client: { sleep: async () => {} } };

describe('submit --wait', () => {
  it('follows each article until it is published and shows its warnings', async () => {
    const server = await api(2, (id) => published(id, id === ids['seed-article.txt'] ? ['No date found.'] : []));

    const run = await runCli(['submit', 'seed-article.txt', 'notes.md', '--wait'], inWorkDir(server));

    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/^seed-article\.txt\s+a{24}\s+maaaaaa\s+published\s+No date found\.$/m);
    expect(run.out).toMatch(/^notes\.md\s+b{24}\s+mbbbbbb\s+published\s+-$/m);
    expect(server.requests.filter((r) => r.method === 'GET')).toHaveLength(6);
  });

  it('exits 1 with the reason when an article fails', async () => {
    const server = await api(0, (id) => ({ articleId: id, meetingId: 'mx', status: 'failed', reason: 'Publishing failed: boom', record: null, links: {} }));

    const run = await runCli(['submit', 'seed-article.txt', '--wait'], inWorkDir(server));

    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^seed-article\.txt\s+a{24}\s+mx\s+failed/m);
    expect(run.out).toContain('seed-article.txt: Publishing failed: boom');
  });

  it('fails the run when an article is not published in time, saying how to follow it', async () => {
    const server = await api(Number.POSITIVE_INFINITY, (id) => published(id));

    const run = await runCli(['submit', 'seed-article.txt', '--wait', '--timeout', '1'], inWorkDir(server, { ...fast, pollIntervalMs: 100 }));

    expect(run.code).toBe(1);
    expect(run.out).toMatch(/seed-article\.txt\s+a{24}\s+maaaaaa\s+timed out/);
    expect(run.out).toContain(`still stored after 1 s; see "meetings status ${ids['seed-article.txt']}" later, or wait longer with --timeout.`);
  });
});

describe('status', () => {
  it('--wait prints the published article with its record', async () => {
    const server = await api(1, (id) => published(id));

    const run = await runCli(['status', ids['seed-article.txt'], '--wait'], { env: env(server), options: fast });

    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/^Status\s+published$/m);
    expect(run.out).toMatch(/^Participants\s+Ержан Ашикбаев \(первый заместитель министра\)$/m);
    expect(run.out).toMatch(/^Record\s+\/meetings\/maaaaaa\.json on the site$/m);
  });

  it('exits 1 for an unknown article with the server\'s message', async () => {
    const server = await scriptedServer([{ status: 404, body: { error: { code: 'not_found', message: 'No article with id "x".' } } }]);
    servers.push(server);

    const run = await runCli(['status', 'x'], { env: env(server), options: fast });

    expect(run.code).toBe(1);
    expect(run.err).toBe('meetings: GET /articles/x answered 404 not_found: No article with id "x".\n');
  });
});
