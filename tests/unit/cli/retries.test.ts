// Retries against a tiny local HTTP server that answers with a script of statuses: the client waits with
// backoff (recorded, not slept), honours Retry-After, gives up with the server's message, and `submit` shows
// what finally happened.

import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../functions/cli/api-client.ts';
import { ApiError } from '../../../functions/cli/cli-errors.ts';
import { runCli } from '../../support/cli-run.ts';
import { type ScriptedAnswer, type ScriptedServer, scriptedServer } from '../../support/scripted-server.ts';

/** The error the promise rejects with; fails the test when it resolves. */
async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

const servers: ScriptedServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function scripted(script: ScriptedAnswer[]): Promise<ScriptedServer> {
  const server = await scriptedServer(script);
  servers.push(server);
  return server;
}

const unavailable: ScriptedAnswer = { status: 503, body: { error: { code: 'unavailable', message: 'try later' } } };
const accepted: ScriptedAnswer = {
  status: 202,
  body: { articleId: 'a1b2c3d4e5f6a1b2c3d4e5f6', meetingId: 'm-test', status: 'stored', duplicate: false, links: { status: '/articles/a1b2c3d4e5f6a1b2c3d4e5f6' } },
};

function client(url: string, slept: number[]) {
  return new ApiClient(
    { apiUrl: url, token: 'secret-token-value' },
    { sleep: async (ms) => void slept.push(ms), random: () => 1, retryPolicy: { retries: 3, baseMs: 100, maxMs: 1000, maxRetryAfterMs: 10_000 } },
  );
}

describe('ApiClient retries', () => {
  it('retries 503 with growing waits until the 202, sending the same request each time', async () => {
    const server = await scripted([unavailable, unavailable, accepted]);
    const slept: number[] = [];

    const answer = await client(server.url, slept).request<{ articleId: string }>('POST', '/articles', { body: 'Text.', contentType: 'text/plain' });

    expect(answer.articleId).toBe('a1b2c3d4e5f6a1b2c3d4e5f6');
    expect(slept).toEqual([100, 200]);
    expect(server.requests.map((r) => [r.method, r.url, r.body, r.contentType, r.authorization])).toEqual(
      Array(3).fill(['POST', '/articles', 'Text.', 'text/plain', 'Bearer secret-token-value']),
    );
  });

  it('waits as long as a 429 Retry-After asks', async () => {
    const server = await scripted([{ status: 429, body: { message: 'Too Many Requests' }, headers: { 'retry-after': '2' } }, accepted]);
    const slept: number[] = [];

    await client(server.url, slept).request('POST', '/articles', { body: 'x', contentType: 'text/plain' });

    expect(slept).toEqual([2000]);
  });

  it('does not retry a 400, and reports the server\'s code and message', async () => {
    const server = await scripted([{ status: 400, body: { error: { code: 'empty_body', message: 'The article has no text.' } } }]);
    const slept: number[] = [];

    const failure = await failureOf(client(server.url, slept).request('POST', '/articles', { body: '', contentType: 'text/plain' }));

    expect(failure).toBeInstanceOf(ApiError);
    expect(failure.message).toBe('POST /articles answered 400 empty_body: The article has no text.');
    expect(server.requests).toHaveLength(1);
    expect(slept).toEqual([]);
  });

  it('gives up after its retries with the last answer, and never a Retry-After beyond its limit', async () => {
    const server = await scripted([unavailable]);
    const slept: number[] = [];
    const failure = await failureOf(client(server.url, slept).request('GET', '/articles/x'));
    expect(failure.message).toBe('GET /articles/x answered 503 unavailable: try later');
    expect(server.requests).toHaveLength(4);

    const patient = await scripted([{ ...unavailable, headers: { 'retry-after': '3600' } }]);
    const refused = await failureOf(client(patient.url, slept).request('GET', '/articles/x'));
    expect(refused.message).toMatch(/answered 503 unavailable: try later \(the server asks to retry after 3600 s\)/);
    expect(patient.requests).toHaveLength(1);
  });

  it('retries a refused connection, then says how to reach the API', async () => {
    const server = await scripted([accepted]);
    const url = server.url;
    await server.close();
    const slept: number[] = [];

    const failure = await failureOf(client(url, slept).request('GET', '/articles/x'));

    expect(slept).toHaveLength(3);
    expect(failure.message).toMatch(/Could not reach http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\).*after 4 attempts.*meetings serve/);
  });
});

describe('meetings submit against a flaky API', () => {
  it('gets past a 503, shows the retry, and prints the accepted article in the summary', async () => {
    const server = await scripted([unavailable, accepted]);
    const slept: number[] = [];

    const run = await runCli(['submit', 'tests/fixtures/seed-article.txt', '--token', 'secret-token-value'], {
      env: { MEETINGS_API_URL: server.url },
      options: { client: { sleep: async (ms) => void slept.push(ms), random: () => 0 } },
    });

    expect(run.code).toBe(0);
    expect(slept).toEqual([250]);
    expect(run.err).toMatch(/tests\/fixtures\/seed-article\.txt: answered 503; retry 1 of 5 in 0\.3 s/);
    expect(run.out).toMatch(/tests\/fixtures\/seed-article\.txt\s+a1b2c3d4e5f6a1b2c3d4e5f6\s+m-test\s+stored/);
    expect(server.requests.at(-1)?.contentType).toBe('text/plain');
    expect(run.out + run.err).not.toContain('secret-token-value');
  });

  it('exits 1 and shows the server\'s message when the API keeps failing', async () => {
    const server = await scripted([unavailable]);

    const run = await runCli(['submit', 'tests/fixtures/seed-article.txt'], {
      env: { MEETINGS_API_URL: server.url, MEETINGS_TOKEN: 'secret-token-value' },
      options: { client: { sleep: async () => {} } },
    });

    expect(run.code).toBe(1);
    expect(server.requests).toHaveLength(6);
    expect(run.out).toMatch(/seed-article\.txt: POST \/articles answered 503 unavailable: try later/);
    expect(run.out).toMatch(/1 of 1 failed: 1 rejected\./);
    expect(run.out + run.err).not.toContain('secret-token-value');
  });
});
