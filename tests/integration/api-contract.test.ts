// The running app against its description: the local runtime (the handlers, the authorizer and the HTTP front,
// over its own DynamoDB and S3 emulators) is called on every route, on success and error paths, and every answer
// must have a status docs/openapi.yaml lists for that operation and a body valid against the schema it gives.
// A published meetings/{id}.json must be valid against docs/meeting-record.schema.json.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapters } from '../../functions/aws/adapters.ts';
import { LOCAL_NAMES } from '../../functions/aws/resources.ts';
import { issueEditor } from '../../functions/core/editors/editors.ts';
import { startEmulators } from '../../functions/local/emulators.ts';
import { type LocalRuntime, startLocalRuntime } from '../../functions/local/local-runtime.ts';
import { provisionLocalResources } from '../../functions/local/provision.ts';
import { documentedOperations, validateResponse } from '../support/openapi-validator.ts';
import { validateRecord } from '../support/record-validator.ts';
import { FORMS } from '../unit/intake/article-forms.ts';

const seed = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');
const ADMIN = 'contract-admin-token-0123456789abcdef';
const SPOLJARIC = 'Мирьяна Сполярич';

let dataDir: string;
let runtime: LocalRuntime;
/** A token whose role is `editor`: it may not retract. */
let editorToken: string;
/** Every answer checked, as `METHOD /template STATUS`: the routes and statuses this test saw. */
const seen = new Set<string>();

interface Call {
  method: string;
  /** The operation's path template, as docs/openapi.yaml names it. */
  route: string;
  /** The path and query actually requested. */
  path: string;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
  /** The bearer token; null sends none. */
  token?: string | null;
}

interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: parsed JSON, read by shape after the schema check.
  body: any;
}

/** Makes the request, checks the answer against the OpenAPI description, and returns it. */
async function call({ method, route, path, body, headers = {}, token = ADMIN }: Call): Promise<Answer> {
  const response = await fetch(`${runtime.url}${path}`, {
    method,
    headers: { ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...headers },
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : undefined;
  const operation = `${method} ${route}`;
  const result = validateResponse(operation, response.status, parsed);
  expect(result.errors, `${operation} (${path}) answered ${response.status} ${text.slice(0, 300)}`).toEqual([]);
  if (response.status < 300) expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  seen.add(`${operation} ${response.status}`);
  return { status: response.status, headers: response.headers, body: parsed };
}

const submit = (body: string | Uint8Array, contentType: string, query = '', token: string | null = ADMIN) =>
  call({ method: 'POST', route: '/articles', path: `/articles${query}`, body, headers: { 'content-type': contentType }, token });
const articleStatus = (articleId: string, token: string | null = ADMIN) => call({ method: 'GET', route: '/articles/{articleId}', path: `/articles/${articleId}`, token });
const meeting = (meetingId: string, token: string | null = ADMIN) => call({ method: 'GET', route: '/meetings/{meetingId}', path: `/meetings/${meetingId}`, token });
const correct = (meetingId: string, patch: unknown, ifMatch?: string, token: string | null = ADMIN) =>
  call({
    method: 'PATCH',
    route: '/meetings/{meetingId}',
    path: `/meetings/${meetingId}`,
    body: typeof patch === 'string' ? patch : JSON.stringify(patch),
    headers: { 'content-type': 'application/json', ...(ifMatch ? { 'if-match': ifMatch } : {}) },
    token,
  });
const retract = (meetingId: string, body?: string, token: string | null = ADMIN) =>
  call({ method: 'DELETE', route: '/meetings/{meetingId}', path: `/meetings/${meetingId}`, body, headers: body ? { 'content-type': 'application/json' } : {}, token });
const list = (query: string, token: string | null = ADMIN) => call({ method: 'GET', route: '/articles', path: `/articles${query}`, token });

/** Polls the article's status (each answer checked too) until it is published. */
async function published(articleId: string): Promise<Answer> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const answer = await articleStatus(articleId);
    if (answer.body.status === 'published') return answer;
    if (answer.body.status === 'failed') throw new Error(`Article ${articleId} failed: ${answer.body.reason}`);
    if (Date.now() > deadline) throw new Error(`Article ${articleId} not published within 120 s: ${answer.body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-contract-'));
  // An editor-role token, stored before the start the way `meetings editors add` stores one.
  const emulators = await startEmulators({ dataDir });
  const { dynamodbEndpoint, s3Endpoint } = emulators;
  await provisionLocalResources({ dynamodbEndpoint, s3Endpoint, names: LOCAL_NAMES });
  const adapters = createAdapters({ tableName: LOCAL_NAMES.table, rawBucket: LOCAL_NAMES.rawBucket, siteBucket: LOCAL_NAMES.siteBucket, dynamodbEndpoint, s3Endpoint });
  const editor = issueEditor({ name: 'bob', role: 'editor', now: new Date() });
  await adapters.editors.putEditor(editor.entry);
  editorToken = editor.token;
  await emulators.stop();
  runtime = await startLocalRuntime({ port: 0, host: '127.0.0.1', dataDir, editorToken: ADMIN, log: () => {} });
}, 120_000);

afterAll(async () => {
  await runtime?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('The running API against docs/openapi.yaml', () => {
  let articleId: string;
  let meetingId: string;

  it('answers POST /articles as described: every form, a dry run, a duplicate, and each refusal', { timeout: 120_000 }, async () => {
    const accepted = await submit(seed, 'text/plain; charset=utf-8');
    expect(accepted).toMatchObject({ status: 202, body: { status: 'stored', duplicate: false } });
    ({ articleId, meetingId } = accepted.body);
    expect((await submit(seed, 'text/plain; charset=utf-8')).body).toMatchObject({ articleId, duplicate: true });

    const dryRun = await submit(seed, 'text/plain; charset=utf-8', '?dryRun=true');
    expect(dryRun).toMatchObject({ status: 200, body: { dryRun: true, record: { version: 0 } } });
    expect(dryRun.body.record.participants.map((participant: { name: string }) => participant.name)).toContain(SPOLJARIC);

    for (const form of FORMS.filter((candidate) => candidate.name !== 'plain text')) {
      expect((await submit(form.source, form.mediaType)).status, form.name).toBe(202);
    }
    const link = await submit(JSON.stringify({ url: 'http://127.0.0.1:9/news' }), 'application/json');
    expect(link).toMatchObject({ status: 422, body: { error: { code: 'link_refused' } } });

    expect((await submit('', 'text/plain')).body.error.code).toBe('empty_body');
    expect((await submit('{"text": ', 'application/json')).body.error.code).toBe('invalid_json');
    expect((await submit(JSON.stringify({ text: 'x', colour: 'red' }), 'application/json')).body.error.code).toBe('invalid_field');
    expect((await submit('%PDF-1.7', 'application/pdf')).status).toBe(415);
    expect((await submit('a'.repeat(1024 * 1024 + 1), 'text/plain')).status).toBe(413);
    expect((await submit(seed, 'text/plain', '', null)).status).toBe(401);
    expect((await submit(seed, 'text/plain', '', 'mf_0123456789abcdef_wrong')).status).toBe(401);
  });

  it('answers GET /articles/{articleId} as described, with the record once published', { timeout: 150_000 }, async () => {
    const answer = await published(articleId);

    expect(answer.body).toMatchObject({ articleId, meetingId, record: { id: meetingId, version: 1 } });
    expect((await articleStatus('0123456789abcdef01234567')).status).toBe(404);
    expect((await articleStatus('not-an-id')).status).toBe(404);
    expect((await articleStatus(articleId, null)).status).toBe(401);
  });

  it('publishes a record valid against docs/meeting-record.schema.json at meetings/{id}.json', async () => {
    const response = await fetch(`${runtime.url}/meetings/${meetingId}.json`);
    expect(response.status).toBe(200);
    const record = await response.json();

    expect(record).toMatchObject({ id: meetingId, articleId });
    expect(validateRecord(record)).toEqual({ valid: true, errors: [] });
  });

  it('answers GET /articles?mine=true as described: pages, a status filter and the refusals', async () => {
    const first = await list('?mine=true&limit=1');
    expect(first.body.articles).toHaveLength(1);
    expect(first.body.next).toEqual(expect.any(String));
    const second = await list(`?mine=true&limit=1&cursor=${encodeURIComponent(first.body.next)}`);
    expect(second.body.articles[0].articleId).not.toBe(first.body.articles[0].articleId);
    expect((await list('?mine=true&status=published')).body.articles.map((entry: { articleId: string }) => entry.articleId)).toContain(articleId);

    expect((await list('')).status).toBe(400);
    expect((await list('?mine=true&status=lost')).status).toBe(400);
    expect((await list('?mine=true&cursor=not-ours')).status).toBe(400);
    expect((await list('?mine=true', null)).status).toBe(401);
  });

  it('answers GET and PATCH /meetings/{meetingId} as described: the view, a correction, 400, 404, 412 and 428', async () => {
    const shown = await meeting(meetingId);
    expect(shown).toMatchObject({ status: 200, body: { meetingId, version: 1, extraction: null, overrides: null } });
    expect(shown.headers.get('etag')).toBe('"1"');

    const corrected = await correct(meetingId, { participants: { update: [{ name: SPOLJARIC, role: 'глава МККК' }] } }, '"1"', editorToken);
    expect(corrected).toMatchObject({ status: 200, body: { version: 2, overrides: { participants: { changed: [{ name: SPOLJARIC }] } } } });
    expect(corrected.body.extraction).not.toBeNull();
    expect((await meeting(meetingId)).body.version).toBe(2);

    expect((await correct(meetingId, { title: 'Другой заголовок' }, '"1"')).body.error.code).toBe('precondition_failed');
    expect((await correct(meetingId, { title: 'Другой заголовок' })).body.error.code).toBe('precondition_required');
    expect((await correct(meetingId, { contentHtml: '<b>x</b>' }, '"2"')).body.error.message).toMatch(/unknown field/);
    expect((await correct(meetingId, { participants: { remove: ['Иван Иванов'] } }, '"2"')).status).toBe(400);
    expect((await correct(meetingId, '{"title": ', '"2"')).body.error.code).toBe('invalid_json');
    expect((await correct(meetingId, { title: 'x' }, 'yesterday')).status).toBe(400);
    expect((await correct('m-no-such-meeting', { title: 'x' }, '"1"')).status).toBe(404);
    expect((await correct(meetingId, { title: 'x' }, '"2"', null)).status).toBe(401);
    expect((await meeting('m-no-such-meeting')).status).toBe(404);
    expect((await meeting(meetingId, null)).status).toBe(401);
  });

  it('answers DELETE /meetings/{meetingId} as described: 403 to an editor, 400, 404, then the retraction', async () => {
    expect((await retract(meetingId, undefined, editorToken)).body.error.code).toBe('forbidden');
    expect((await retract(meetingId, '{"reason": ')).body.error.code).toBe('invalid_json');
    expect((await retract(meetingId, JSON.stringify({ reason: 'x'.repeat(501) }))).status).toBe(400);
    expect((await retract('m-no-such-meeting')).status).toBe(404);
    expect((await retract(meetingId, undefined, null)).status).toBe(401);

    const retracted = await retract(meetingId, JSON.stringify({ reason: 'duplicate' }));

    expect(retracted).toMatchObject({ status: 202, body: { meetingId, status: 'retracted', version: 3, retracted: { reason: 'duplicate' } } });
  });

  it('answers the admin routes as described: the queues, a redrive, a rebuild page, and their refusals', async () => {
    const admin = (method: string, route: string, query = '', token: string | null = ADMIN) => call({ method, route, path: `${route}${query}`, token });

    expect((await admin('GET', '/admin/queues')).body.normaliseDeadLetters).toEqual({ waiting: 0, inFlight: 0 });
    expect((await admin('POST', '/admin/redrive')).body).toEqual({ moved: { normalise: 0, publish: 0 }, remaining: { normalise: 0, publish: 0 } });
    const rebuilt = await admin('POST', '/admin/rebuild', '?limit=2');
    expect(rebuilt).toMatchObject({ status: 202, body: { queued: 2, next: expect.any(String) } });

    expect((await admin('POST', '/admin/rebuild', '?limit=0')).status).toBe(400);
    expect((await admin('POST', '/admin/redrive', '?queue=everything')).status).toBe(400);
    for (const [method, route] of [['GET', '/admin/queues'], ['POST', '/admin/rebuild'], ['POST', '/admin/redrive']] as const) {
      expect((await admin(method, route, '', editorToken)).body.error.code).toBe('forbidden');
      expect((await admin(method, route, '', null)).status).toBe(401);
    }
  });

  it('has called every documented operation, and seen each one succeed and fail', () => {
    for (const operation of documentedOperations()) {
      const statuses = [...seen].filter((entry) => entry.startsWith(`${operation} `)).map((entry) => Number(entry.split(' ').at(-1)));
      expect(statuses.some((status) => status < 300), `${operation}: ${statuses}`).toBe(true);
      expect(statuses.some((status) => status >= 400), `${operation}: ${statuses}`).toBe(true);
    }
    // The statuses the brief names, each seen at least once.
    const all = new Set([...seen].map((entry) => Number(entry.split(' ').at(-1))));
    for (const status of [200, 202, 400, 401, 403, 404, 412, 413, 415, 422, 428]) expect(all.has(status), `status ${status}`).toBe(true);
  });
});
