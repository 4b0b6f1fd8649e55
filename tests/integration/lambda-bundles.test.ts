// The Lambda bundles exactly as `cdk synth` builds them (esbuild, ESM, dictionaries copied alongside), each
// loaded in a fresh Node process with the environment the stack sets, against the emulators the test setup runs.

import { execFile } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import type { APIGatewayProxyStructuredResultV2, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { articleKey } from '../../functions/aws/article-store.ts';
import { APP_METRICS, METRICS_NAMESPACE } from '../../functions/aws/metric-names.ts';
import { ENV } from '../../functions/aws/resources.ts';
import { WORKER_BUNDLE } from '../../functions/dictionaries/extractor-worker.ts';
import { SITE_PATHS } from '../../functions/core/publish/site-paths.ts';
import { issueEditor } from '../../functions/core/editors/editors.ts';
import type { AuthorizerResult } from '../../functions/handlers/authorize.ts';
import type { ApiEvent } from '../../functions/handlers/api-event.ts';
import { createIngestHandler } from '../../functions/handlers/ingest.ts';
import { createNormaliseHandler } from '../../functions/handlers/normalise.ts';
import { parseSubmission } from '../../functions/core/intake/submission.ts';
import { PROJECT_ROOT } from '../../infra/pipeline-function.ts';
import { loadable, staticallyLoaded } from '../support/bundle-files.ts';
import { createTestResources, type TestResources } from '../support/resources.ts';
import { ARTICLE_TEXT, FORMS } from '../unit/intake/article-forms.ts';

const run = promisify(execFile);
const seed = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/seed-article.txt'));
const SITE_URL = 'https://d111111abcdef8.cloudfront.net';

type BundleName = 'authorize' | 'ingest' | 'retract' | 'operations' | 'normalise' | 'publish';

/** Construct path of each project function in the stack → its name here. */
const FUNCTION_PATHS: Record<string, BundleName> = {
  'MeetingFeeds/Ingest/Authorize/Function/Resource': 'authorize',
  'MeetingFeeds/Ingest/Ingest/Function/Resource': 'ingest',
  'MeetingFeeds/Ingest/Retract/Function/Resource': 'retract',
  'MeetingFeeds/Ingest/Operations/Function/Resource': 'operations',
  'MeetingFeeds/Pipeline/Normalise/Function/Resource': 'normalise',
  'MeetingFeeds/Pipeline/Publish/Function/Resource': 'publish',
};

let outDir: string;
let workDir: string;
const bundles = {} as Record<BundleName, string>;

/** Runs `cdk synth` once and finds each function's bundle through the template's asset metadata. */
beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-cdk-out-'));
  workDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-bundle-events-'));
  const env = { ...process.env };
  delete env.AWS_PROFILE;
  await run('npx', ['cdk', 'synth', '--quiet', '-o', outDir], { cwd: PROJECT_ROOT, env, maxBuffer: 64 * 1024 * 1024 });

  const template = JSON.parse(readFileSync(join(outDir, 'MeetingFeeds.template.json'), 'utf8')) as {
    Resources: Record<string, { Type: string; Metadata?: Record<string, string> }>;
  };
  for (const resource of Object.values(template.Resources)) {
    const name = FUNCTION_PATHS[resource.Metadata?.['aws:cdk:path'] ?? ''];
    const assetPath = resource.Metadata?.['aws:asset:path'];
    if (resource.Type === 'AWS::Lambda::Function' && name && assetPath) bundles[name] = join(outDir, assetPath, 'index.mjs');
  }
}, 600_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
});

/** A port nothing listens on: connections to it are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let invocation = 0;

/**
 * Imports the bundle in a new Node process (a cold start, outside the repository, so nothing resolves from
 * node_modules) and calls its handler with the event. Returns the handler's result and what it logged.
 */
async function invoke<T>(name: BundleName, event: unknown, env: Record<string, string>): Promise<{ result: T; logs: string }> {
  invocation += 1;
  const eventFile = join(workDir, `${name}-${invocation}-event.json`);
  const resultFile = join(workDir, `${name}-${invocation}-result.json`);
  writeFileSync(eventFile, JSON.stringify(event));
  const script = [
    "import { readFileSync, writeFileSync } from 'node:fs';",
    "import { pathToFileURL } from 'node:url';",
    'const [bundle, eventFile, resultFile] = process.argv.slice(1);',
    'const { handler } = await import(pathToFileURL(bundle).href);',
    "const context = { awsRequestId: 'bundle-request', functionName: 'bundle' };",
    "const result = await handler(JSON.parse(readFileSync(eventFile, 'utf8')), context);",
    'writeFileSync(resultFile, JSON.stringify(result ?? null));',
  ].join('\n');
  const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', script, bundles[name], eventFile, resultFile], {
    cwd: workDir,
    env: { PATH: process.env.PATH ?? '', ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
  return { result: JSON.parse(readFileSync(resultFile, 'utf8')) as T, logs: stdout + stderr };
}

/** The JSON lines a bundle printed (Powertools log lines and EMF metric lines); other output is skipped. */
// biome-ignore lint/suspicious/noExplicitAny: parsed JSON lines, read by shape.
function jsonLines(logs: string): any[] {
  return logs.split('\n').flatMap((line) => {
    try {
      const value = JSON.parse(line);
      return value && typeof value === 'object' ? [value] : [];
    } catch {
      return [];
    }
  });
}

/** The names of the metrics in the bundle's EMF lines, in the MeetingFeeds namespace. */
function metricNames(logs: string): string[] {
  return jsonLines(logs)
    .filter((line) => line._aws?.CloudWatchMetrics?.[0]?.Namespace === METRICS_NAMESPACE)
    .flatMap((line) => line._aws.CloudWatchMetrics[0].Metrics.map((metric: { Name: string }) => metric.Name))
    .sort();
}

function apiPost(body: Buffer, contentType: string, query: Record<string, string> = {}): ApiEvent {
  return {
    version: '2.0',
    routeKey: 'POST /articles',
    rawPath: '/articles',
    rawQueryString: new URLSearchParams(query).toString(),
    ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
    headers: { 'content-type': contentType, authorization: 'Bearer editor-token' },
    body: body.toString('base64'),
    isBase64Encoded: true,
    requestContext: {
      routeKey: 'POST /articles',
      stage: '$default',
      http: { method: 'POST', path: '/articles', protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'test' },
      authorizer: { lambda: { editor: 'alice', editorId: '0123456789abcdef', role: 'editor' } },
    },
  } as unknown as ApiEvent;
}

/** What S3 → SQS delivers for one created raw article. */
function s3NotificationEvent(bucket: string, articleId: string): SQSEvent {
  const notification = {
    Records: [
      { eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: bucket }, object: { key: articleKey(articleId) } } },
    ],
  };
  return {
    Records: [{ messageId: 'msg-normalise-1', receiptHandle: 'r1', body: JSON.stringify(notification), eventSource: 'aws:sqs' }],
  } as unknown as SQSEvent;
}

function publishEvent(meetingIds: string[]): SQSEvent {
  return {
    Records: [
      {
        messageId: 'msg-publish-1',
        receiptHandle: 'r1',
        body: JSON.stringify({ meetingIds }),
        attributes: { MessageGroupId: 'feeds', MessageDeduplicationId: 'd1' },
        eventSource: 'aws:sqs',
      },
    ],
  } as unknown as SQSEvent;
}

describe('Lambda bundles from cdk synth', () => {
  let resources: TestResources;
  let env: Record<string, string>;

  beforeEach(async () => {
    resources = await createTestResources();
    env = {
      [ENV.tableName]: resources.names.table,
      [ENV.rawBucket]: resources.names.rawBucket,
      [ENV.siteBucket]: resources.names.siteBucket,
      [ENV.publishQueueUrl]: 'https://sqs.us-east-1.amazonaws.com/000000000000/publish.fifo',
      [ENV.siteUrl]: SITE_URL,
      DYNAMODB_ENDPOINT: resources.dynamodbEndpoint,
      S3_ENDPOINT: resources.s3Endpoint,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
    };
  });

  /** Stores the seed article with the source handler, as a finished ingest would have. */
  async function storeSeed(): Promise<{ articleId: string; meetingId: string }> {
    const { meetings, articleStates, articles, editorArticles } = resources.adapters;
    const response = await createIngestHandler({ meetings, articleStates, articles, editorArticles })(apiPost(seed, 'text/plain; charset=utf-8'));
    return JSON.parse(response.body ?? '{}');
  }

  async function readSite(key: string): Promise<string> {
    const object = await resources.adapters.site.get(key);
    if (object?.status !== 200) throw new Error(`${key} is not in the site bucket.`);
    return Buffer.from(object.body).toString('utf8');
  }

  it('builds one ESM bundle per function with the dictionaries beside ingest and normalise', () => {
    expect(Object.keys(bundles).sort()).toEqual(['authorize', 'ingest', 'normalise', 'operations', 'publish', 'retract']);
    for (const name of ['ingest', 'normalise'] as const) {
      expect(existsSync(join(bundles[name], '..', 'dicts/az/words.dawg'))).toBe(true);
    }
    expect(existsSync(join(bundles.publish, '..', 'dicts'))).toBe(false);
  });

  it('ships no source map in any zip, keeping each function\'s maps beside cdk.out instead', () => {
    const FUNCTIONS: Record<BundleName, string> = {
      authorize: 'Authorize',
      ingest: 'Ingest',
      retract: 'Retract',
      operations: 'Operations',
      normalise: 'Normalise',
      publish: 'Publish',
    };
    for (const [name, bundle] of Object.entries(bundles) as [BundleName, string][]) {
      const files = readdirSync(join(bundle, '..'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mjs'));
      expect(files).toContain('index.mjs');
      expect(readdirSync(join(bundle, '..'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.map'))).toEqual([]);
      // No comment pointing at a map (the runtime would look for it); checked without printing the bundle.
      for (const file of files) expect(/\/\/# sourceMappingURL=/.test(readFileSync(join(bundle, '..', file), 'utf8'))).toBe(false);
      // Every file of the asset has its map, where scripts/map-stack.ts looks for it.
      const maps = readdirSync(join(outDir, 'source-maps', FUNCTIONS[name]), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.map'));
      expect(maps.sort()).toEqual(files.map((file) => `${file}.map`).sort());
    }
    for (const name of ['ingest', 'normalise'] as const) expect(existsSync(join(bundles[name], '..', WORKER_BUNDLE))).toBe(true);
  });

  it('leaves zod out of the authorizer and publish bundles, and out of what retract\'s and operations\' cold starts load', () => {
    const zodIn = (dir: string, files: string[]) => files.filter((file) => /ZodError/.test(readFileSync(join(dir, file), 'utf8')));
    for (const name of ['authorize', 'publish'] as const) {
      const dir = join(bundles[name], '..');
      expect(zodIn(dir, loadable(dir, 'index.mjs')), name).toEqual([]);
    }
    for (const name of ['retract', 'operations'] as const) {
      const dir = join(bundles[name], '..');
      expect(zodIn(dir, staticallyLoaded(dir, 'index.mjs')), name).toEqual([]);
    }
    // Retract reads a correction's body with its zod schema (core/record/meeting-patch.ts), in a chunk loaded on the first PATCH.
    const dir = join(bundles.retract, '..');
    expect(zodIn(dir, loadable(dir, 'index.mjs')).length).toBeGreaterThan(0);
  });

  it('keeps the intake\'s readers out of what ingest\'s and normalise\'s cold start loads, in chunks loaded on demand', () => {
    // A distinctive string of each library's minified code.
    const LIBRARIES = {
      jschardet: 'chunk_size is not used in this version of chardet',
      linkedom: '#shadow-root',
      'markdown-it': 'paragraph_open',
      readability: 'First argument to Readability constructor',
      yaml: 'yaml.alias',
      zod: 'ZodError',
    };
    for (const name of ['ingest', 'normalise'] as const) {
      const dir = join(bundles[name], '..');
      const code = new Map(
        readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.mjs'))
          .map((file) => [file, readFileSync(join(dir, file), 'utf8')]),
      );
      const coldStart = staticallyLoaded(dir, 'index.mjs');
      expect(coldStart.length).toBeGreaterThan(1);
      for (const [library, mark] of Object.entries(LIBRARIES)) {
        expect([...code.keys()].some((file) => code.get(file)!.includes(mark)), `${library} in ${name}'s asset`).toBe(true);
        expect(coldStart.filter((file) => code.get(file)!.includes(mark)), `${library} in ${name}'s cold start`).toEqual([]);
      }
    }
  });

  it('keeps the extractor out of what a cold start loads, for its worker to load', () => {
    // A word list of the English lexicon (functions/core/extract/lexicon/en.ts) stands for the extractor.
    const extractorMark = 'city town village capital port province region island';
    for (const name of ['ingest', 'normalise'] as const) {
      const dir = join(bundles[name], '..');
      const coldStart = staticallyLoaded(dir, 'index.mjs');
      expect(coldStart.length).toBeGreaterThan(0);
      for (const file of coldStart) expect(readFileSync(join(dir, file), 'utf8').includes(extractorMark)).toBe(false);
      // The worker imports it when it starts (extractor-thread.ts), so that a test can give it another extractor.
      const worker = loadable(dir, WORKER_BUNDLE);
      expect(worker.some((file) => readFileSync(join(dir, file), 'utf8').includes(extractorMark))).toBe(true);
    }
  });

  it('reads every form of article on a cold start of the ingest bundle, loading its reader then (dry runs)', { timeout: 120_000 }, async () => {
    // Prepare: each form in a fresh process, so each loads its reader's chunks itself; and a body in windows-1251
    // with no charset declared, which needs the detector.
    const submissions = [
      ...FORMS.filter((form) => form.name !== 'plain text').map((form) => ({ name: form.name, body: Buffer.from(form.source), contentType: form.mediaType })),
      { name: 'windows-1251, undeclared', body: iconv.encode(ARTICLE_TEXT, 'windows-1251'), contentType: 'text/plain' },
    ];

    // Act
    const answers: { name: string; statusCode?: number; record: { title: string; warnings: string[] } }[] = [];
    for (const { name, body, contentType } of submissions) {
      const { result } = await invoke<APIGatewayProxyStructuredResultV2>('ingest', apiPost(body, contentType, { dryRun: 'true' }), env);
      answers.push({ name, statusCode: result.statusCode, record: JSON.parse(result.body ?? '{}').record });
    }

    // Assess: each titled as the source's intake reads it (the page by its JSON-LD headline, the others ARTICLE_TITLE).
    for (const [index, answer] of answers.slice(0, -1).entries()) {
      const { title } = await parseSubmission(submissions[index]!.body, submissions[index]!.contentType);
      expect(title).toMatch(/обсудили водное сотрудничество$/);
      expect(answer, answer.name).toMatchObject({ statusCode: 200, record: { title } });
    }
    const detected = answers.at(-1)!;
    expect(detected.statusCode).toBe(200);
    expect(detected.record.warnings.join('\n')).toMatch(/it was read as windows-1251/);
  });

  it('reads a correction on a cold start of the retract bundle, loading the body\'s schema then', async () => {
    const patch = (body: unknown) => {
      const base = apiPost(Buffer.from(JSON.stringify(body)), 'application/json');
      return {
        ...base,
        routeKey: 'PATCH /meetings/{meetingId}',
        pathParameters: { meetingId: 'no-such-meeting' },
        headers: { ...base.headers, 'if-match': '"1"' },
        requestContext: { ...base.requestContext, authorizer: { lambda: { editor: 'alice', editorId: '0123456789abcdef', role: 'editor' } } },
      } as unknown as ApiEvent;
    };

    const { result: invalid } = await invoke<APIGatewayProxyStructuredResultV2>('retract', patch({ kind: 'party' }), env);
    const { result: unknown } = await invoke<APIGatewayProxyStructuredResultV2>('retract', patch({ kind: 'visit' }), env);

    expect(invalid.statusCode).toBe(400);
    expect(JSON.parse(invalid.body ?? '{}').error.message).toBe('Invalid correction: kind: expected one of "meeting", "visit", "call", "multilateral".');
    expect(unknown.statusCode).toBe(404);
  });

  it('answers 404 for an unknown meeting from the retract bundle, and 403 to an editor who is not an admin', async () => {
    const retractAs = (role: string) => {
      const base = apiPost(Buffer.alloc(0), 'application/json');
      return {
        ...base,
        routeKey: 'DELETE /meetings/{meetingId}',
        pathParameters: { meetingId: 'no-such-meeting' },
        requestContext: { ...base.requestContext, authorizer: { lambda: { editor: 'alice', editorId: '0123456789abcdef', role } } },
      } as unknown as ApiEvent;
    };

    const { result: asAdmin } = await invoke<APIGatewayProxyStructuredResultV2>('retract', retractAs('admin'), env);
    const { result: asEditor } = await invoke<APIGatewayProxyStructuredResultV2>('retract', retractAs('editor'), env);

    expect(asAdmin.statusCode).toBe(404);
    expect(asEditor.statusCode).toBe(403);
    expect(JSON.parse(asEditor.body ?? '{}').error.code).toBe('forbidden');
  });

  it('answers the operators\' routes from the operations bundle to admins only, with a 400 that says what to send', async () => {
    // No SQS emulator runs here: these calls are refused before any queue is asked (the local runtime's test,
    // tests/integration/operations.test.ts, runs rebuilds and redrives end to end).
    const redriveAs = (role: string, queue: string) => {
      const base = apiPost(Buffer.alloc(0), 'application/json');
      return {
        ...base,
        routeKey: 'POST /admin/redrive',
        rawPath: '/admin/redrive',
        queryStringParameters: { queue },
        requestContext: { ...base.requestContext, authorizer: { lambda: { editor: 'alice', editorId: '0123456789abcdef', role } } },
      } as unknown as ApiEvent;
    };
    const operationsEnv = {
      ...env,
      [ENV.normaliseQueueUrl]: 'https://sqs.us-east-1.amazonaws.com/000000000000/normalise',
      [ENV.normaliseDeadLetterQueueUrl]: 'https://sqs.us-east-1.amazonaws.com/000000000000/normalise-dlq',
      [ENV.publishDeadLetterQueueUrl]: 'https://sqs.us-east-1.amazonaws.com/000000000000/publish-dlq.fifo',
    };
    delete (operationsEnv as Record<string, string | undefined>)[ENV.tableName];

    const { result: asAdmin } = await invoke<APIGatewayProxyStructuredResultV2>('operations', redriveAs('admin', 'everything'), operationsEnv);
    const { result: asEditor } = await invoke<APIGatewayProxyStructuredResultV2>('operations', redriveAs('editor', 'normalise'), operationsEnv);

    expect(asAdmin.statusCode).toBe(400);
    expect(JSON.parse(asAdmin.body ?? '{}').error.message).toMatch(/queue is "normalise" or "publish"/);
    expect(asEditor.statusCode).toBe(403);
  });

  it('stores the posted seed article and answers 202 from the ingest bundle', async () => {
    const { result: response, logs } = await invoke<APIGatewayProxyStructuredResultV2>('ingest', apiPost(seed, 'text/plain; charset=utf-8'), env);

    expect(response.statusCode).toBe(202);
    const body = JSON.parse(response.body ?? '{}') as { articleId: string; meetingId: string; status: string };
    expect(body).toMatchObject({ status: 'stored', articleId: expect.stringMatching(/^[0-9a-f]{24}$/) });
    expect(await resources.adapters.articles.exists(body.articleId)).toBe(true);
    // Powertools in the bundle: a JSON log line with the ids and the request id, and the EMF metric.
    expect(jsonLines(logs).find((line) => line.message === 'Article accepted')).toMatchObject({
      level: 'INFO',
      service: 'meeting-feeds',
      function_request_id: 'bundle-request',
      articleId: body.articleId,
      meetingId: body.meetingId,
    });
    expect(metricNames(logs)).toEqual([APP_METRICS.articlesAccepted.name]);
  });

  it('traces the ingest bundle as Lambda would: a handler subsegment and one per DynamoDB call (the client is captured)', async () => {
    // An X-Ray daemon stand-in: Powertools Tracer (the X-Ray SDK) sends segments to it over UDP.
    const daemon = createSocket('udp4');
    const segments: { name: string; annotations?: Record<string, unknown>; namespace?: string }[] = [];
    daemon.on('message', (message) => {
      const body = message.toString('utf8').split('\n')[1];
      if (body) segments.push(JSON.parse(body));
    });
    await new Promise<void>((resolve) => daemon.bind(0, '127.0.0.1', resolve));
    try {
      const articleId = '0123456789abcdef01234567';
      const event = { ...apiPost(Buffer.alloc(0), 'text/plain'), routeKey: 'GET /articles/{articleId}', pathParameters: { articleId } };
      const { result } = await invoke<APIGatewayProxyStructuredResultV2>('ingest', event, {
        ...env,
        // What the Lambda runtime sets for a sampled invocation with active tracing.
        AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
        LAMBDA_TASK_ROOT: workDir,
        AWS_LAMBDA_FUNCTION_NAME: 'ingest',
        _HANDLER: 'index.handler',
        _X_AMZN_TRACE_ID: 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1',
        AWS_XRAY_DAEMON_ADDRESS: `127.0.0.1:${daemon.address().port}`,
        AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      });
      expect(result.statusCode).toBe(404);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(segments.find((segment) => segment.name === '## index.handler')?.annotations).toEqual({ ColdStart: true, Service: 'meeting-feeds' });
      expect(segments.filter((segment) => segment.name === 'DynamoDB' && segment.namespace === 'aws').length).toBeGreaterThan(0);
    } finally {
      daemon.close();
    }
  });

  it('extracts the seed meeting with the bundled dictionaries on a dry run, storing nothing', async () => {
    const event = apiPost(seed, 'text/plain; charset=utf-8', { dryRun: 'true' });

    const { result: response } = await invoke<APIGatewayProxyStructuredResultV2>('ingest', event, env);

    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body ?? '{}') as {
      dryRun: boolean;
      articleId: string;
      record: { title: string; language: string; warnings: string[]; participants: { name: string }[] };
    };
    expect(body.dryRun).toBe(true);
    expect(body.record).toMatchObject({ language: 'ru', title: expect.any(String) });
    // Found by the extractor in its worker (extractor-worker.mjs with dicts/ beside it).
    expect(body.record.participants.map((participant) => participant.name)).toEqual(expect.arrayContaining(['Ержан Ашикбаев', 'Мирьяна Сполярич']));
    // Without dicts/ beside index.mjs the extractor degrades to an empty record with this warning.
    expect(body.record.warnings.join('\n')).not.toMatch(/extraction failed|dictionar|cannot find module/i);
    expect(await resources.adapters.articles.exists(body.articleId)).toBe(false);
  });

  it('writes the meeting record from the normalise bundle and fails the message when the publish signal cannot be sent', async () => {
    const { articleId, meetingId } = await storeSeed();
    // Injected fault: there is no SQS emulator, so the publish signal goes to a port nothing listens on. The
    // record is written first; then, because the signal failed, the message must come back as a batch item
    // failure so SQS redelivers it: a change that was never signalled would be stranded, never published.
    const port = await closedPort();
    const faultyQueue = `http://127.0.0.1:${port}/000000000000/publish.fifo`;

    const { result: response, logs } = await invoke<SQSBatchResponse>('normalise', s3NotificationEvent(resources.names.rawBucket, articleId), {
      ...env,
      [ENV.publishQueueUrl]: faultyQueue,
      AWS_ENDPOINT_URL_SQS: `http://127.0.0.1:${port}`,
      AWS_MAX_ATTEMPTS: '1',
    });

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'msg-normalise-1' }]);
    expect(jsonLines(logs).find((line) => line.message === 'Publish signal failed; redelivering the batch')).toMatchObject({
      level: 'ERROR',
      function_request_id: 'bundle-request',
      meetingIds: [meetingId],
    });
    expect(metricNames(logs)).toEqual([APP_METRICS.articlesNormalised.name]);
    const stored = await resources.adapters.meetings.getMeeting(meetingId);
    expect(stored?.record).toMatchObject({ id: meetingId, articleId, version: 1 });
    expect(stored?.record.title).toBeTruthy();
  });

  it('writes the Atom and JSON feeds with the seed meeting from the publish bundle', async () => {
    const { meetings, articleStates, articles } = resources.adapters;
    const { articleId, meetingId } = await storeSeed();
    const signalled: string[] = [];
    const normalise = createNormaliseHandler({ meetings, articleStates, articles, publish: { signal: async (ids) => void signalled.push(...ids) } });
    await normalise(s3NotificationEvent(resources.names.rawBucket, articleId));
    expect(signalled).toEqual([meetingId]);
    const title = (await meetings.getMeeting(meetingId))?.record.title ?? '';

    const { logs } = await invoke('publish', publishEvent([meetingId]), env);
    expect(metricNames(logs)).toEqual(
      [APP_METRICS.bytesWritten.name, APP_METRICS.feedsRewritten.name, APP_METRICS.publishDuration.name].sort(),
    );
    expect(jsonLines(logs).find((line) => line.message === 'Published')).toMatchObject({ level: 'INFO', changed: 1, function_request_id: 'bundle-request' });

    const atom = await readSite(SITE_PATHS.atomFeed);
    const json = await readSite(SITE_PATHS.jsonFeed);
    expect(atom).toContain('<feed');
    expect(atom).toContain(escapeXml(title));
    expect(atom).toContain(SITE_URL);
    const feed = JSON.parse(json) as { items: { title: string; _meeting: { id: string } }[] };
    expect(feed.items.map((item) => [item.title, item._meeting.id])).toEqual([[title, meetingId]]);
  });

  it('allows a known editor token with its role and denies a wrong or revoked one from the authorize bundle', async () => {
    const { token, entry } = issueEditor({ name: 'alice', role: 'admin', now: new Date() });
    await resources.adapters.editors.putEditor(entry);
    const revoked = issueEditor({ name: 'bob', role: 'editor', now: new Date() });
    await resources.adapters.editors.putEditor({ ...revoked.entry, revokedAt: new Date().toISOString() });
    const request = (authorization: string) => ({
      version: '2.0',
      type: 'REQUEST',
      routeArn: 'arn:aws:execute-api:us-east-1:000000000000:api/$default/POST/articles',
      identitySource: [authorization],
      routeKey: 'POST /articles',
      rawPath: '/articles',
      headers: { authorization },
      requestContext: { http: { method: 'POST', path: '/articles' } },
    });

    const { result: allowed } = await invoke<AuthorizerResult>('authorize', request(`Bearer ${token}`), env);
    const { result: denied } = await invoke<AuthorizerResult>('authorize', request('Bearer wrong-token'), env);
    const { result: revokedResult } = await invoke<AuthorizerResult>('authorize', request(`Bearer ${revoked.token}`), env);

    expect(allowed).toEqual({ isAuthorized: true, context: { editor: 'alice', editorId: entry.id, role: 'admin' } });
    expect(denied.isAuthorized).toBe(false);
    expect(revokedResult.isAuthorized).toBe(false);
  });
});

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
