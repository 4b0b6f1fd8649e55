// `meetings submit <files, globs or URLs...>`: sends each file to POST /articles (a URL as {"url": ...}),
// a few at a time, with a progress bar; with --wait follows each article until it is published or failed;
// prints a summary and exits 1 if any failed.

import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { ApiClient, RetryNotice } from './api-client.ts';
import type { ArticleAccepted } from './api-types.ts';
import { type ApiFlags, type CliContext, connect, integerIn, withApiOptions } from './cli-context.ts';
import { CommandFailure } from './cli-errors.ts';
import { write } from './cli-io.ts';
import { type ProgressReporter, startProgress } from './progress-reporter.ts';
import { forEachLimited } from './run-limited.ts';
import { expandInputs, type SubmitInput } from './submit-inputs.ts';
import { formatSummary, type SubmitResult } from './submit-summary.ts';
import { waitForArticles } from './wait-for-articles.ts';

interface SubmitFlags extends ApiFlags {
  concurrency: number;
  wait?: boolean;
  timeout: number;
  contentType?: string;
  json?: boolean;
}

export function addSubmitCommand(program: Command, context: CliContext): void {
  withApiOptions(
    program
      .command('submit')
      .summary('send articles (files, globs or URLs) to the API')
      .description(
        'Sends each file to POST /articles with the media type its extension names (.txt text/plain, .md text/markdown, ' +
          '.html/.htm text/html, .json application/json), and each http(s) URL as {"url": "..."} for the server to fetch. ' +
          'Globs are expanded by meetings itself. Prints a summary table; exits 1 if any article was refused or failed.',
      )
      .argument('<inputs...>', 'files, globs (quote them: "articles/*.md") or http(s) URLs')
      .option('-c, --concurrency <n>', 'articles sent at the same time', integerIn('--concurrency', 1, 32), 4)
      .option('-w, --wait', 'wait until each article is published or failed')
      .option('--timeout <seconds>', 'how long --wait waits in all', integerIn('--timeout', 1, 86_400), 300)
      .option('--content-type <type>', 'send every file as this media type, such as "text/plain; charset=windows-1251"')
      .option('--json', 'print the results as JSON instead of a table'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  meetings submit article.txt notes.md --wait\n  meetings submit "inbox/**/*.html" --concurrency 8\n  meetings submit https://example.org/news/123\n\n' +
        'Requests answered 429 or 5xx, or not answered, are retried up to 5 times, waiting longer each time (and at least\n' +
        "as long as the server's Retry-After).",
    )
    .action(async (args: string[], flags: SubmitFlags) => {
      context.exitCode = await submit(args, flags, context);
    });
}

async function submit(args: string[], flags: SubmitFlags, context: CliContext): Promise<number> {
  const { io } = context;
  const inputs = await expandInputs(args, { cwd: io.cwd, contentType: flags.contentType });
  const client = connect(context, flags);

  const results: SubmitResult[] = [];
  const sending = startProgress(io.stderr, 'Submitting', inputs.length);
  try {
    await forEachLimited(inputs, flags.concurrency, async (input, index) => {
      const result = await submitOne(client, input, sending);
      results[index] = result;
      sending.done(input.label, result.problem ? `${result.status}: ${result.problem}` : result.status);
    });
  } finally {
    sending.stop();
  }

  if (flags.wait) await waitForAll(client, results, flags, context);

  await write(io.stdout, flags.json ? `${JSON.stringify(results, null, 2)}\n` : formatSummary(results));
  return results.every((result) => result.ok) ? 0 : 1;
}

async function submitOne(client: ApiClient, input: SubmitInput, progress: ProgressReporter): Promise<SubmitResult> {
  const result: SubmitResult = { file: input.label, articleId: null, meetingId: null, status: 'rejected', warnings: [], problem: null, ok: false };
  const onRetry = (notice: RetryNotice) =>
    progress.note(retryLine(input.label, notice));
  try {
    const request =
      input.kind === 'url'
        ? { body: JSON.stringify({ url: input.url }), contentType: 'application/json', onRetry }
        : { body: await readFile(input.path), contentType: input.contentType, onRetry };
    const accepted = await client.request<ArticleAccepted>('POST', '/articles', request);
    Object.assign(result, { articleId: accepted.articleId, meetingId: accepted.meetingId, status: accepted.status, ok: accepted.status !== 'failed' });
    if (accepted.status === 'failed') result.problem = `already submitted, and it failed; see "meetings status ${accepted.articleId}".`;
  } catch (error) {
    if (error instanceof CommandFailure) result.problem = error.message;
    else if ((error as NodeJS.ErrnoException).code) result.problem = `cannot read the file: ${(error as Error).message}`;
    else throw error;
  }
  return result;
}

/** "a.txt: answered 503; retry 1 of 5 in 0.7 s". */
function retryLine(what: string, notice: RetryNotice): string {
  const cause = /^\d+$/.test(notice.cause) ? `answered ${notice.cause}` : `no answer (${notice.cause})`;
  return `${what}: ${cause}; retry ${notice.retry} of ${notice.retries} in ${(notice.delayMs / 1000).toFixed(1)} s`;
}

/** Follows every accepted article; an article not published in time fails the run, as one that failed does. */
async function waitForAll(client: ApiClient, results: SubmitResult[], flags: SubmitFlags, context: CliContext): Promise<void> {
  const waiting = results.filter((result) => result.articleId && result.ok && result.status !== 'published');
  if (waiting.length === 0) return;
  const byArticle = new Map(waiting.map((result) => [result.articleId as string, result]));
  const progress = startProgress(context.io.stderr, 'Publishing', waiting.length);
  let outcomes: Awaited<ReturnType<typeof waitForArticles>>;
  try {
    outcomes = await waitForArticles(client, [...byArticle.keys()], {
      timeoutMs: flags.timeout * 1000,
      pollIntervalMs: context.options.pollIntervalMs ?? 1000,
      concurrency: flags.concurrency,
      onSettled: (articleId, outcome) => progress.done(byArticle.get(articleId)?.file ?? articleId, outcome.error ?? outcome.last?.status ?? 'unknown'),
      onRetry: (notice) => progress.note(retryLine(notice.request, notice)),
    });
  } finally {
    progress.stop();
  }
  for (const [articleId, outcome] of outcomes) {
    const result = byArticle.get(articleId) as SubmitResult;
    const last = outcome.last;
    if (last) {
      result.meetingId = last.meetingId ?? result.meetingId;
      result.warnings = last.record?.warnings ?? [];
      result.status = last.status;
    }
    if (outcome.error) {
      Object.assign(result, { ok: false, problem: outcome.error });
    } else if (!outcome.settled) {
      Object.assign(result, {
        ok: false,
        status: 'timed out',
        problem: `still ${last?.status ?? 'stored'} after ${flags.timeout} s; see "meetings status ${articleId}" later, or wait longer with --timeout.`,
      });
    } else if (last?.status === 'failed') {
      Object.assign(result, { ok: false, problem: last.reason ?? 'failed (no reason given)' });
    }
  }
}
