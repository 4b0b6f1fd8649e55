// Wires the whole app into one process the way the stack wires it on AWS: emulated DynamoDB and S3,
// the HTTP API in front of the authorizer and ingest, S3 notifications → normalise (an SQS-like queue), and
// normalise → publish through a serial, coalescing queue (the FIFO queue's role). Both queues redeliver and
// dead-letter through one mechanism (redelivery.ts).

import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createAdapters } from '../aws/adapters.ts';
import { LOCAL_NAMES, RAW_ARTICLE_PREFIX } from '../aws/resources.ts';
import { createLogger, powertoolsTelemetry } from '../aws/telemetry.ts';
import { DAY_MS, entryForToken } from '../core/editors/editors.ts';
import { MAX_ARTICLE_BYTES } from '../core/intake/limits.ts';
import { WorkerExtractor } from '../dictionaries/extractor-worker.ts';
import { createAuthorizer } from '../handlers/authorize.ts';
import { budgetedExtraction } from '../handlers/extraction.ts';
import { createIngestHandler } from '../handlers/ingest.ts';
import { createNormaliseHandler } from '../handlers/normalise.ts';
import { createOperationsHandler } from '../handlers/operations.ts';
import { createPublishHandler } from '../handlers/publish.ts';
import { createRetractHandler } from '../handlers/retract.ts';
import { SITE_PATHS } from '../core/publish/site-paths.ts';
import { createPageFetcher } from '../net/fetch-article.ts';
import { DeadLetters } from './dead-letters.ts';
import { startEmulators } from './emulators.ts';
import { defaultLog, type Log } from './log.ts';
import { createRequestListener } from './http-server.ts';
import { provisionLocalResources } from './provision.ts';
import { PublishQueue } from './publish-queue.ts';
import { recoverUnfinishedWork } from './recovery.ts';
import { S3ToSqsBridge } from './s3-to-sqs.ts';
import { repairS3Directory } from './s3-whole-objects.ts';
import { publishEvent } from './sqs-events.ts';

/** Messages the local queues gave up on, one JSON line each, under DATA_DIR. */
export const DEAD_LETTERS_FILE = 'dead-letters.jsonl';

export interface LocalRuntimeOptions {
  /** 0 picks a free port. */
  port: number;
  /** Interface to listen on; all of them when absent (Node's default). */
  host?: string;
  dataDir: string;
  editorToken: string;
  /** Milliseconds one article's extraction may take (in the worker) before it is published without meeting fields. */
  extractionBudgetMs?: number;
  /** A module whose `loadExtractor()` makes the worker's extractor (tests); default the dictionaries on disk. */
  extractorModule?: string;
  /**
   * TEST ONLY: `host:port` pairs a `{"url": …}` submission may fetch although they are not public addresses
   * (FETCH_ALLOW_HOSTS, read by main.ts only when set). Absent: only public addresses, as on Lambda.
   */
  fetchAllowHosts?: string[];
  /** The language of the home and browse pages (`SITE_LANGUAGE`, read by main.ts); English when absent. */
  siteLanguage?: string;
  /** The runtime's own progress lines (recovery, stop); the handlers log through Powertools Logger, as on Lambda. */
  log?: Log;
}

export interface LocalRuntime {
  url: string;
  port: number;
  /** Stops taking requests, lets queued work finish (up to `drainTimeoutMs`), then stops the emulators. */
  stop(drainTimeoutMs?: number): Promise<void>;
}

export async function startLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const log = options.log ?? defaultLog;
  await repairStoredObjects(options.dataDir, log);
  const emulators = await startEmulators({ dataDir: options.dataDir });
  // Extraction runs in a worker thread, off the request loop, with a time budget per article.
  const extractionWorker = new WorkerExtractor({ budgetMs: options.extractionBudgetMs, extractorModule: options.extractorModule });
  // The handlers' log lines are the deployed functions' (Powertools Logger, JSON on stdout, LOG_LEVEL), without the
  // Lambda context's keys (request id, cold start). No metrics locally: there is no CloudWatch to read the EMF.
  const telemetry = powertoolsTelemetry({ logger: createLogger() });
  const runExtraction = budgetedExtraction(extractionWorker, { telemetry });
  let server: Server | undefined;
  try {
    const { dynamodbEndpoint, s3Endpoint } = emulators;
    await provisionLocalResources({ dynamodbEndpoint, s3Endpoint, names: LOCAL_NAMES });
    const adapters = createAdapters({
      tableName: LOCAL_NAMES.table,
      rawBucket: LOCAL_NAMES.rawBucket,
      siteBucket: LOCAL_NAMES.siteBucket,
      dynamodbEndpoint,
      s3Endpoint,
    });
    // The local token is an admin's (it may retract), valid for a year from each start.
    const now = new Date();
    const expiresAt = new Date(now.getTime() + 365 * DAY_MS).toISOString();
    await adapters.editors.putEditor(entryForToken(options.editorToken, { name: 'local editor', role: 'admin', expiresAt, now }), { replace: true });

    // Listen first: with PORT=0 the site URL (in the feeds) is known only once the port is.
    server = createServer();
    server.listen(options.port, options.host);
    await once(server, 'listening');
    const port = (server.address() as AddressInfo).port;
    const url = `http://localhost:${port}`;

    const publish = createPublishHandler({ ...adapters, feedSite: { siteUrl: url, ...(options.siteLanguage ? { language: options.siteLanguage } : {}) }, telemetry });
    // Both queues park what they give up on in one file, the local dead-letter queues (docs/local-runtime.md).
    const deadLetters = new DeadLetters({ log, file: join(options.dataDir, DEAD_LETTERS_FILE) });
    const publishQueue = new PublishQueue({
      run: async (signals) => {
        await publish(publishEvent(signals));
      },
      deadLetters,
      log,
    });
    const normalise = createNormaliseHandler({ ...adapters, publish: publishQueue, runExtraction, telemetry });
    const normaliseQueue = new S3ToSqsBridge({
      bucket: LOCAL_NAMES.rawBucket,
      prefix: RAW_ARTICLE_PREFIX,
      consumer: normalise,
      deadLetters,
      log,
    });
    emulators.onS3Event(normaliseQueue.onS3Event);
    // On AWS a stored article's notification and a publish signal wait in SQS across any outage; here the
    // queues live in memory, so what a killed process left unfinished is recomputed from what is stored.
    void recoverUnfinishedWork({ adapters, normalise: normaliseQueue, publish: publishQueue, log }).catch(
      (error: unknown) => log('recovery: failed', error),
    );

    // From the first start, everything the site advertises exists: a site never published gets an empty publish
    // (feeds, calendar, index and home page). On AWS the stack sends the same signal once (infra/first-publish.ts).
    void adapters.site
      .get(SITE_PATHS.feedIndex)
      .then((index) => (index ? undefined : publishQueue.signal([])))
      .catch((error: unknown) => log('first publish: could not check the site', error));

    // A dry run's caller is waiting: it goes before queued articles.
    const ingest = createIngestHandler({
      ...adapters,
      runExtraction: budgetedExtraction(extractionWorker, { urgent: true, telemetry }),
      telemetry,
      ...(options.fetchAllowHosts?.length ? { fetchPage: createPageFetcher({ allowHosts: options.fetchAllowHosts }) } : {}),
    });
    const retract = createRetractHandler({ ...adapters, publish: publishQueue, telemetry });
    const operations = createOperationsHandler({
      articles: adapters.articles,
      normaliseQueue,
      publishQueue,
      publish: publishQueue,
      normaliseDeadLetters: deadLetters.queue('normalise'),
      publishDeadLetters: deadLetters.queue('publish'),
      telemetry,
    });
    server.on(
      'request',
      createRequestListener({
        routes: [
          { method: 'POST', path: '/articles', handler: ingest },
          { method: 'GET', path: '/articles', handler: ingest },
          { method: 'GET', path: '/articles/{articleId}', handler: ingest },
          { method: 'GET', path: '/meetings/{meetingId}', handler: retract },
          { method: 'PATCH', path: '/meetings/{meetingId}', handler: retract },
          { method: 'DELETE', path: '/meetings/{meetingId}', handler: retract },
          { method: 'POST', path: '/admin/rebuild', handler: operations },
          { method: 'POST', path: '/admin/redrive', handler: operations },
          { method: 'GET', path: '/admin/queues', handler: operations },
        ],
        authorizer: createAuthorizer(adapters),
        site: async (key) => {
          const object = await adapters.site.get(key);
          return object?.status === 200 ? object : undefined;
        },
        maxBodyBytes: MAX_ARTICLE_BYTES,
        log,
      }),
    );

    const listening = server;
    return {
      url,
      port,
      stop: async (drainTimeoutMs = 15_000) => {
        // Stop accepting; requests in progress get a moment, then their connections are cut.
        const closed = new Promise<void>((resolve) => listening.close(() => resolve()));
        if (!(await settlesWithin(closed, 3_000))) listening.closeAllConnections();
        await closed;
        // Normalise first: it is what signals publish.
        const drained = normaliseQueue.idle().then(() => publishQueue.idle());
        if (!(await settlesWithin(drained, drainTimeoutMs))) {
          log(`stop: work still queued after ${drainTimeoutMs} ms; stopping anyway (the raw articles are kept)`);
        }
        await extractionWorker.close();
        await emulators.stop();
      },
    };
  } catch (error) {
    server?.close();
    await extractionWorker.close();
    await emulators.stop();
    throw error;
  }
}

/** Before the S3 emulator reads its directory: partial objects a killed process left are repaired or moved aside. */
async function repairStoredObjects(dataDir: string, log: Log): Promise<void> {
  const quarantineDir = join(dataDir, 'quarantine', new Date().toISOString().replace(/[:.]/g, '-'));
  const report = await repairS3Directory({ s3Dir: join(dataDir, 's3'), quarantineDir, writeOnceBuckets: [LOCAL_NAMES.rawBucket] });
  for (const { key, reason } of report.quarantined) log(`recovery: moved ${key} to ${quarantineDir}: ${reason}`);
  if (report.partialsRemoved > 0) log(`recovery: removed ${report.partialsRemoved} temporary file(s) of writes that never finished`);
  if (report.md5Repaired > 0) log(`recovery: recomputed the checksum of ${report.md5Repaired} object(s)`);
}

async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(resolve, ms, false);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
