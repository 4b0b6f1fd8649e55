// `npm start`: the whole app in one process (see docs/local-runtime.md). Reads PORT, DATA_DIR, EDITOR_TOKEN
// and HOST, starts the runtime, prints where everything is, and stops cleanly on SIGINT/SIGTERM.

import { resolve } from 'node:path';
import { ENV } from '../aws/resources.ts';
import { budgetFromEnvironment } from '../dictionaries/extractor-worker.ts';
import { resolveEditorToken } from './editor-token-file.ts';
import { type LocalRuntime, startLocalRuntime } from './local-runtime.ts';

const SEED_ARTICLE = 'tests/fixtures/seed-article.txt';

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535 (0 picks a free one); got "${value}".`);
  }
  return port;
}

function banner(runtime: LocalRuntime, dataDir: string, token: ReturnType<typeof resolveEditorToken>): string {
  const { url } = runtime;
  const tokenSource = {
    environment: 'from EDITOR_TOKEN',
    file: `kept in ${token.path}`,
    generated: `generated, kept in ${token.path}`,
  }[token.source];
  return [
    'meeting-feeds local runtime',
    `  API         ${url}  (POST /articles, GET /articles?mine=true, GET /articles/{articleId}, GET, PATCH and DELETE /meetings/{meetingId}, /admin/rebuild, /admin/redrive, /admin/queues)`,
    `  Atom feed   ${url}/feeds/meetings.atom`,
    `  JSON Feed   ${url}/feeds/meetings.json`,
    `  All feeds   ${url}/feeds/index.json  (archives, per organisation, country and language; calendar)`,
    `  Site        ${url}/`,
    `  Editors     ${url}/editor/  (submit, preview, correct and publish articles in a browser)`,
    `  Data dir    ${dataDir}  (DynamoDB: dynalite, S3: s3rver)`,
    `  Token       ${token.token}  (${tokenSource})`,
    '',
    'Submit the seed article:',
    `  curl -sS -X POST ${url}/articles -H 'Authorization: Bearer ${token.token}' -H 'Content-Type: text/plain; charset=utf-8' --data-binary @${SEED_ARTICLE}`,
    '',
    `listening on ${url}`,
  ].join('\n');
}

async function main(): Promise<void> {
  // The SDK warns that its 2027 releases will need Node 22; this project pins Node 20 and the note is noise here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const port = parsePort(process.env.PORT);
  const dataDir = resolve(process.env.DATA_DIR || '.data');
  const token = resolveEditorToken({ fromEnvironment: process.env.EDITOR_TOKEN, dataDir });
  // Loopback unless asked otherwise: the banner prints the editor token.
  const runtime = await startLocalRuntime({
    port,
    host: process.env.HOST || '127.0.0.1',
    dataDir,
    editorToken: token.token,
    extractionBudgetMs: budgetFromEnvironment(process.env[ENV.extractionBudgetMs]),
    // For tests: a module whose loadExtractor() stands in for the real extractor inside the worker.
    extractorModule: process.env.EXTRACTOR_MODULE ? resolve(process.env.EXTRACTOR_MODULE) : undefined,
    // TEST ONLY: `host:port,…` that links may be fetched from although not public (a test's local web server).
    fetchAllowHosts: process.env.FETCH_ALLOW_HOSTS?.split(',').map((host) => host.trim()).filter(Boolean),
    siteLanguage: process.env[ENV.siteLanguage] || undefined,
  });
  console.log(banner(runtime, dataDir, token));

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`${signal} again: exiting without waiting.`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: stopping (finishing queued work first; press Ctrl-C again to exit at once)`);
    runtime.stop().then(
      () => {
        console.log('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('stop failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof Error && error.stack && !/^(PORT|EXTRACTION_BUDGET_MS)/.test(error.message)) console.error(error.stack);
  process.exit(1);
});
