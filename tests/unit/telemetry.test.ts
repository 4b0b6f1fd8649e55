// Powertools telemetry as the Lambda entries wire it: the log lines (JSON on stdout) carry the invocation's request
// id and cold start and the article's and meeting's ids; the metrics are EMF in the MeetingFeeds namespace with the
// names of functions/aws/metric-names.ts, emitted where the thing happens. Stdout is captured, as CloudWatch would.

import type { Context, SQSEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RawArticle } from '../../functions/core/intake/raw-articles.ts';
import type { StoredMeeting } from '../../functions/core/record/meeting-repository.ts';
import { APP_METRICS, METRICS_NAMESPACE } from '../../functions/aws/metric-names.ts';
import { createMetrics } from '../../functions/aws/metrics.ts';
import { createLogger, lambdaHandler, type Powertools, powertoolsTelemetry } from '../../functions/aws/telemetry.ts';
import { emptyExtraction } from '../../functions/core/extract/index.ts';
import { createIngestHandler } from '../../functions/handlers/ingest.ts';
import { createNormaliseHandler } from '../../functions/handlers/normalise.ts';
import { createRetractHandler } from '../../functions/handlers/retract.ts';
import { deleteMeetingEvent, postEvent, s3Notification } from '../support/events.ts';
import { makeRecord } from '../support/record-factory.ts';

const ARTICLE = 'Prime Minister Jane Doe met President John Roe in Paris on Monday.';

let lines: string[];
beforeEach(() => {
  lines = [];
  vi.stubEnv('POWERTOOLS_DEV', '');
  // What Lambda sets for an on-demand environment; Powertools reports cold_start only then.
  vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
  // Powertools writes through its own Console (unless POWERTOOLS_DEV is set): warnings and errors on stderr,
  // the rest on stdout. Lambda sends both to CloudWatch Logs; here both are captured, in order.
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      return true;
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON lines, read by shape.
const parsed = (): any[] => lines.map((line) => JSON.parse(line));
const logLines = () => parsed().filter((line) => typeof line.message === 'string');
const logLine = (message: string) => {
  const found = logLines().filter((line) => line.message === message);
  expect(found, `one "${message}" line in ${lines.join('\n')}`).toHaveLength(1);
  return found[0];
};

/** metric name → values, from every EMF line printed. */
function emitted(): Map<string, number[]> {
  const metrics = new Map<string, number[]>();
  for (const line of parsed().filter((entry) => entry._aws)) {
    const [directive] = line._aws.CloudWatchMetrics;
    expect(directive.Namespace).toBe(METRICS_NAMESPACE);
    expect(line.service).toBe('meeting-feeds');
    for (const { Name, Unit } of directive.Metrics) {
      const known = Object.values(APP_METRICS).find((metric) => metric.name === Name);
      expect(known, `${Name} is one of APP_METRICS`).toBeDefined();
      expect(Unit).toBe(known?.unit);
      metrics.set(Name, [...(metrics.get(Name) ?? []), ...[line[Name]].flat()]);
    }
  }
  return metrics;
}

function context(requestId: string): Context {
  return { awsRequestId: requestId, functionName: 'meeting-feeds-test', functionVersion: '$LATEST', memoryLimitInMB: '256', invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:meeting-feeds-test' } as Context;
}

function powertools(env: NodeJS.ProcessEnv = {}): Powertools {
  return { logger: createLogger(env), metrics: createMetrics() };
}

function stored(record: Partial<StoredMeeting['record']> & { id: string }): StoredMeeting {
  return { record: makeRecord({ version: 1, articleId: 'a'.repeat(24), createdAt: '2026-01-01T00:00:00.000Z', ...record }), sourceReceivedAt: '2026-01-01T00:00:00.000Z', fingerprint: 'f' };
}

describe('ingest, as its Lambda entry wires it', () => {
  function ingest(parts: Powertools) {
    return lambdaHandler(
      parts,
      createIngestHandler({
        meetings: { getMeeting: async () => null, getMeetings: async () => [] },
        articleStates: { getArticle: async () => null, getArticles: async () => [] },
        editorArticles: { addArticle: async () => {}, listArticles: async () => ({ entries: [], more: false }) },
        articles: { put: async () => 'created', exists: async () => false },
        telemetry: powertoolsTelemetry(parts),
      }),
    );
  }

  it('logs the accepted article with its ids, the request id and the cold start, and counts it', async () => {
    const handler = ingest(powertools());
    const response = await handler(postEvent(ARTICLE, 'text/plain'), context('req-1'));
    expect(response.statusCode).toBe(202);
    const { articleId, meetingId } = JSON.parse(String(response.body));
    const line = logLine('Article accepted');
    expect(line).toMatchObject({ level: 'INFO', service: 'meeting-feeds', function_request_id: 'req-1', cold_start: true, articleId, meetingId });
    expect(emitted().get(APP_METRICS.articlesAccepted.name)).toEqual([1]);

    lines.length = 0;
    await handler(postEvent(`${ARTICLE} Again.`, 'text/plain'), context('req-2'));
    expect(logLine('Article accepted')).toMatchObject({ function_request_id: 'req-2', cold_start: false });
  });

  it('emits no metric line for a request that changes nothing (a status read), and no metric for a refused one', async () => {
    const handler = ingest(powertools());
    const refused = await handler(postEvent('', 'text/plain'), context('req-3'));
    expect(refused.statusCode).toBe(400);
    expect(emitted().size).toBe(0);
  });

  it('logs an unexpected error with the request id, and answers 500', async () => {
    const parts = powertools();
    const handler = lambdaHandler(
      parts,
      createIngestHandler({
        meetings: { getMeeting: async () => null, getMeetings: async () => [] },
        articleStates: { getArticle: async () => null, getArticles: async () => [] },
        editorArticles: { addArticle: async () => {}, listArticles: async () => ({ entries: [], more: false }) },
        articles: { put: async () => Promise.reject(new Error('S3 is down')), exists: async () => false },
        telemetry: powertoolsTelemetry(parts),
      }),
    );
    expect((await handler(postEvent(ARTICLE, 'text/plain'), context('req-4'))).statusCode).toBe(500);
    expect(logLine('Unhandled error')).toMatchObject({ level: 'ERROR', function_request_id: 'req-4', error: 'Error: S3 is down', route: 'POST /articles' });
    expect(emitted().size).toBe(0);
  });
});

describe('normalise, as its Lambda entry wires it', () => {
  const raw = (articleId: string, body = ARTICLE): RawArticle => ({
    articleId,
    body: Buffer.from(body),
    contentType: 'text/plain; charset=utf-8',
    meetingId: `m-${articleId.slice(0, 6)}`,
    submittedBy: 'alice',
    receivedAt: '2026-03-01T10:00:00.000Z',
  });

  it('counts articles normalised and those that are not a meeting, each line with its article and meeting', async () => {
    const parts = powertools();
    const ids = ['1'.repeat(24), '2'.repeat(24)];
    const handler = lambdaHandler(
      parts,
      createNormaliseHandler({
        articles: { get: async (id) => raw(id) },
        meetings: { getMeeting: async () => null, saveMeeting: async () => {} },
        articleStates: { putArticle: async () => {} },
        publish: { signal: async () => {} },
        // The first article is a meeting, the second not.
        runExtraction: async (_input, ctx) => ({ ...emptyExtraction('en', []), isMeeting: ctx.articleId === ids[0] }),
        telemetry: powertoolsTelemetry(parts),
      }),
    );
    const event = { Records: ids.flatMap((id) => s3Notification('raw', id, `msg-${id}`).Records) } as SQSEvent;
    expect(await handler(event, context('req-n'))).toEqual({ batchItemFailures: [] });

    const normalised = logLines().filter((line) => line.message === 'Article normalised');
    expect(normalised.map((line) => [line.articleId, line.meetingId, line.isMeeting, line.function_request_id])).toEqual([
      [ids[0], raw(ids[0] as string).meetingId, true, 'req-n'],
      [ids[1], raw(ids[1] as string).meetingId, false, 'req-n'],
    ]);
    const metrics = emitted();
    expect(metrics.get(APP_METRICS.articlesNormalised.name)).toEqual([1, 1]);
    expect(metrics.get(APP_METRICS.articlesNotMeeting.name)).toEqual([1]);
    expect(metrics.has(APP_METRICS.articlesFailed.name)).toBe(false);
    // One EMF line per invocation, published at its end.
    expect(parsed().filter((line) => line._aws)).toHaveLength(1);
  });

  it('counts an article recorded as failed on its last delivery, and logs the failure with its id', async () => {
    const parts = powertools();
    const articleId = '3'.repeat(24);
    const states: string[] = [];
    const handler = lambdaHandler(
      parts,
      createNormaliseHandler({
        articles: { get: async (id) => raw(id) },
        meetings: {
          getMeeting: async () => Promise.reject(new Error('DynamoDB throttled')),
          saveMeeting: async () => {},
        },
        articleStates: { putArticle: async (state) => void states.push(state.status) },
        publish: { signal: async () => {} },
        runExtraction: async () => emptyExtraction('en', []),
        telemetry: powertoolsTelemetry(parts),
      }),
    );
    const event = s3Notification('raw', articleId);
    (event.Records[0] as unknown as { attributes: Record<string, string> }).attributes = { ApproximateReceiveCount: '3' };
    const result = await handler(event, context('req-f'));
    expect(result.batchItemFailures).toHaveLength(1);
    expect(states).toEqual(['failed']);
    expect(logLine('Normalising failed for the last time')).toMatchObject({ level: 'ERROR', articleId, function_request_id: 'req-f' });
    expect(emitted().get(APP_METRICS.articlesFailed.name)).toEqual([1]);
  });
});

describe('retract, as its Lambda entry wires it (Logger only)', () => {
  it('logs the retraction with the meeting and its article, and prints no metrics', async () => {
    const parts = { logger: createLogger({}) };
    const handler = lambdaHandler(
      parts,
      createRetractHandler({
        meetings: { getMeeting: async (id) => stored({ id, articleId: 'b'.repeat(24) }), saveMeeting: async () => {} },
        publish: { signal: async () => {} },
        telemetry: powertoolsTelemetry(parts),
      }),
    );
    expect((await handler(deleteMeetingEvent('m-1'), context('req-r'))).statusCode).toBe(202);
    expect(logLine('Meeting retracted')).toMatchObject({ meetingId: 'm-1', articleId: 'b'.repeat(24), version: 2, function_request_id: 'req-r' });
    expect(parsed().filter((line) => line._aws)).toHaveLength(0);
  });
});

describe('a Lambda entry whose invocation throws', () => {
  it('logs an invocation that throws with the request id, and still publishes what was counted', async () => {
    const parts = powertools();
    const handler = lambdaHandler(parts, async () => {
      powertoolsTelemetry(parts).metric('publishDuration', 10);
      throw new Error('render failed');
    });
    await expect(handler({}, context('req-q'))).rejects.toThrow('render failed');
    expect(emitted().get(APP_METRICS.publishDuration.name)).toEqual([10]);
    expect(logLine('Invocation failed')).toMatchObject({ level: 'ERROR', function_request_id: 'req-q' });
  });
});

describe('log level', () => {
  it('comes from LOG_LEVEL, in any case (INFO without it)', () => {
    const quiet = createLogger({ LOG_LEVEL: 'warn' });
    quiet.info('not shown');
    quiet.warn('shown');
    const chatty = createLogger({ LOG_LEVEL: 'Debug' });
    chatty.debug('debug shown');
    const plain = createLogger({});
    plain.debug('hidden');
    plain.info('info shown');
    expect(logLines().map((line) => line.message)).toEqual(['shown', 'debug shown', 'info shown']);
  });
});
