// The real handlers wired together against the emulators, with a clock the test sets: submit an
// article at a given time, normalise it, publish, retract, and read what the site bucket holds.

import type { SQSEvent } from 'aws-lambda';
import { articleKey } from '../../functions/aws/article-store.ts';
import type { PublishSignal } from '../../functions/core/publish/ports.ts';
import type { ApiEvent } from '../../functions/handlers/api-event.ts';
import { createIngestHandler } from '../../functions/handlers/ingest.ts';
import { createNormaliseHandler } from '../../functions/handlers/normalise.ts';
import type { HubNotifier } from '../../functions/core/publish/ports.ts';
import { createPublishHandler } from '../../functions/handlers/publish.ts';
import { createRetractHandler } from '../../functions/handlers/retract.ts';
import type { Telemetry } from '../../functions/handlers/telemetry.ts';
import { createTestResources, type TestResources } from './resources.ts';

/** Who sends a request, as the authorizer names them: their name (the record's submittedBy) and token id. */
export interface Editor {
  editor: string;
  editorId: string;
}

export const ALICE: Editor = { editor: 'alice', editorId: '0123456789abcdef' };

export function apiEvent(
  routeKey: string,
  options: {
    body?: Buffer | string;
    contentType?: string;
    headers?: Record<string, string>;
    pathParameters?: Record<string, string>;
    query?: Record<string, string>;
    as?: Editor;
  } = {},
): ApiEvent {
  const [method = 'GET', path = '/'] = routeKey.split(' ');
  const bytes = options.body === undefined ? undefined : Buffer.isBuffer(options.body) ? options.body : Buffer.from(options.body, 'utf8');
  return {
    version: '2.0',
    routeKey,
    rawPath: path,
    rawQueryString: new URLSearchParams(options.query ?? {}).toString(),
    headers: { ...(options.contentType ? { 'content-type': options.contentType } : {}), ...options.headers },
    queryStringParameters: options.query,
    pathParameters: options.pathParameters,
    body: bytes?.toString('base64'),
    isBase64Encoded: bytes !== undefined,
    // An admin: the harness also retracts.
    requestContext: { authorizer: { lambda: { ...(options.as ?? ALICE), role: 'admin' } }, http: { method, path } },
  } as unknown as ApiEvent;
}

/** The SQS message that S3 → SQS delivers for one created raw object. */
export function s3Notification(bucket: string, articleId: string, messageId = `m-${articleId}`): SQSEvent {
  const body = { Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: bucket }, object: { key: articleKey(articleId) } } }] };
  return { Records: [{ messageId, body: JSON.stringify(body) }] } as unknown as SQSEvent;
}

export function publishEvent(meetingIds: string[]): SQSEvent {
  return {
    Records: [{ messageId: `p-${meetingIds.join('-')}`, body: JSON.stringify({ meetingIds }), attributes: { MessageGroupId: 'feeds' } }],
  } as unknown as SQSEvent;
}

export interface Harness {
  resources: TestResources;
  siteUrl: string;
  /** Sets the clock every handler reads. */
  at(iso: string): void;
  /** POST /articles (JSON) then normalise; returns the ids. Meeting ids signalled since the last publish are kept. */
  submit(body: Record<string, unknown>, as?: Editor): Promise<{ articleId: string; meetingId: string }>;
  /** POST /articles only: the raw article is stored, nothing normalised. */
  submitOnly(body: Record<string, unknown>, as?: Editor): Promise<{ articleId: string; meetingId: string }>;
  /** GET /articles with this query (mine=true added), as `as` (default alice): the status code and the body. */
  list(query: Record<string, string>, as?: Editor): Promise<{ statusCode: number; body: Record<string, unknown> }>;
  /** Adds meeting ids to the next publish, as a signal from elsewhere would. */
  signal(meetingIds: string[]): void;
  /** Forgets the signals collected so far (a publish that was not told about them). */
  clearSignals(): void;
  /** GET /articles/{id}'s status. */
  status(articleId: string): Promise<string>;
  publish(): Promise<string[]>;
  retract(meetingId: string, reason?: string): Promise<{ statusCode: number; body: Record<string, unknown> }>;
  /** PATCH /meetings/{id} with If-Match (when given) and GET /meetings/{id}. */
  correct(meetingId: string, patch: unknown, ifMatch?: string): Promise<ApiAnswer>;
  show(meetingId: string): Promise<ApiAnswer>;
  /** Normalises a stored article again, as a redelivery or a rebuild would. */
  normalise(articleId: string): Promise<void>;
  read(key: string): Promise<string | null>;
}

export interface ApiAnswer {
  statusCode: number;
  etag: string | undefined;
  body: Record<string, unknown>;
}

export interface HarnessOptions {
  siteUrl?: string;
  hub?: HubNotifier;
  hubUrl?: string;
  /** Called after each object publish writes to the site bucket (to look at the site half-way through a run). */
  afterSiteWrite?: (key: string) => Promise<void>;
  /** Publish's log lines and metrics; default: JSON lines on stdout. */
  telemetry?: Telemetry;
}

export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const resources = await createTestResources();
  const { meetings, articleStates, articles, editorArticles, persons, site } = resources.adapters;
  const siteUrl = options.siteUrl ?? 'https://feeds.example.org';
  let clock = new Date('2026-01-01T00:00:00Z').getTime();
  let tick = 0;
  // Every reading is a little later than the last: writes stay ordered even at one set time.
  const now = () => {
    tick += 1;
    return new Date(clock + tick);
  };
  let pending = new Set<string>();
  const publishSignal: PublishSignal = {
    signal: async (ids) => {
      for (const id of ids) pending.add(id);
    },
  };
  const ingest = createIngestHandler({ meetings, articleStates, articles, editorArticles, now });
  const normalise = createNormaliseHandler({ meetings, articleStates, articles, persons, publish: publishSignal, now });
  const watchedSite: typeof site = options.afterSiteWrite
    ? Object.assign(Object.create(site) as typeof site, {
        putIfChanged: async (object: Parameters<typeof site.putIfChanged>[0]) => {
          const written = await site.putIfChanged(object);
          await options.afterSiteWrite?.(object.key);
          return written;
        },
      })
    : site;
  const publish = createPublishHandler({ ...resources.adapters, site: watchedSite, feedSite: { siteUrl, hubUrl: options.hubUrl }, hub: options.hub, telemetry: options.telemetry, now });
  const retract = createRetractHandler({ meetings, publish: publishSignal, now });

  const submitOnly = async (body: Record<string, unknown>, as?: Editor) => {
    const response = await ingest(apiEvent('POST /articles', { body: JSON.stringify(body), contentType: 'application/json', as }));
    if (response.statusCode !== 202) throw new Error(`submit answered ${response.statusCode}: ${response.body}`);
    return JSON.parse(response.body ?? '{}') as { articleId: string; meetingId: string };
  };

  return {
    resources,
    siteUrl,
    at(iso) {
      clock = new Date(iso).getTime();
      tick = 0;
    },
    submitOnly,
    async submit(body, as) {
      const ids = await submitOnly(body, as);
      const batch = await normalise(s3Notification(resources.names.rawBucket, ids.articleId));
      if (batch.batchItemFailures.length) throw new Error('normalise failed');
      return ids;
    },
    signal(meetingIds) {
      for (const id of meetingIds) pending.add(id);
    },
    clearSignals() {
      pending = new Set();
    },
    async list(query, as) {
      const response = await ingest(apiEvent('GET /articles', { query: { mine: 'true', ...query }, as }));
      return { statusCode: response.statusCode ?? 0, body: JSON.parse(response.body ?? '{}') };
    },
    async status(articleId) {
      const response = await ingest(apiEvent('GET /articles/{articleId}', { pathParameters: { articleId } }));
      return (JSON.parse(response.body ?? '{}') as { status: string }).status;
    },
    async publish() {
      const ids = [...pending];
      pending = new Set();
      return (await publish(publishEvent(ids))).written;
    },
    async retract(meetingId, reason) {
      const response = await retract(
        apiEvent('DELETE /meetings/{meetingId}', { pathParameters: { meetingId }, body: reason === undefined ? undefined : JSON.stringify({ reason }) }),
      );
      return { statusCode: response.statusCode ?? 0, body: JSON.parse(response.body ?? '{}') };
    },
    async correct(meetingId, patch, ifMatch) {
      const headers: Record<string, string> = ifMatch === undefined ? {} : { 'if-match': ifMatch };
      const response = await retract(
        apiEvent('PATCH /meetings/{meetingId}', { pathParameters: { meetingId }, headers, body: JSON.stringify(patch), contentType: 'application/json' }),
      );
      return answerOf(response);
    },
    async show(meetingId) {
      return answerOf(await retract(apiEvent('GET /meetings/{meetingId}', { pathParameters: { meetingId } })));
    },
    async normalise(articleId) {
      const batch = await normalise(s3Notification(resources.names.rawBucket, articleId, `again-${articleId}-${tick}`));
      if (batch.batchItemFailures.length) throw new Error('normalise failed');
    },
    async read(key) {
      const object = await site.get(key);
      return object?.status === 200 ? Buffer.from(object.body).toString('utf8') : null;
    },
  };
}

function answerOf(response: { statusCode?: number; headers?: Record<string, unknown>; body?: string }): ApiAnswer {
  return { statusCode: response.statusCode ?? 0, etag: response.headers?.etag as string | undefined, body: JSON.parse(response.body ?? '{}') };
}
