// `meetings status <articleId>`: how far an article got (GET /articles/{articleId}), with --wait to follow it
// until it is published or failed. Exits 1 for a failed article.

import type { Command } from 'commander';
import type { ArticleStatus } from './api-types.ts';
import { type ApiFlags, type CliContext, connect, integerIn, withApiOptions } from './cli-context.ts';
import { CommandFailure } from './cli-errors.ts';
import { write } from './cli-io.ts';
import { waitForArticles } from './wait-for-articles.ts';

interface StatusFlags extends ApiFlags {
  wait?: boolean;
  timeout: number;
  json?: boolean;
}

export function addStatusCommand(program: Command, context: CliContext): void {
  withApiOptions(
    program
      .command('status')
      .summary("show an article's progress: stored, normalised, published or failed")
      .description(
        "Reads GET /articles/{articleId}: the article's state (stored, normalised, published, or failed with the reason), " +
          'its meeting and the main fields of the record. Exits 1 when the article failed or is not known.',
      )
      .argument('<articleId>', 'the article id that submit printed')
      .option('-w, --wait', 'wait until the article is published or failed')
      .option('--timeout <seconds>', 'how long --wait waits', integerIn('--timeout', 1, 86_400), 300)
      .option('--json', "print the API's answer as JSON"),
  ).action(async (articleId: string, flags: StatusFlags) => {
    context.exitCode = await status(articleId, flags, context);
  });
}

async function status(articleId: string, flags: StatusFlags, context: CliContext): Promise<number> {
  const client = connect(context, flags);
  let answer: ArticleStatus;
  if (flags.wait) {
    const outcome = (
      await waitForArticles(client, [articleId], { timeoutMs: flags.timeout * 1000, pollIntervalMs: context.options.pollIntervalMs ?? 1000, concurrency: 1 })
    ).get(articleId);
    if (outcome?.error) throw new CommandFailure(outcome.error);
    if (!outcome?.last) throw new CommandFailure(`No status for ${articleId} within ${flags.timeout} s.`);
    answer = outcome.last;
    if (!outcome.settled) {
      await write(context.io.stdout, render(answer, flags));
      throw new CommandFailure(`Still ${answer.status} after ${flags.timeout} s; wait longer with --timeout.`);
    }
  } else {
    answer = await client.request<ArticleStatus>('GET', `/articles/${encodeURIComponent(articleId)}`);
  }
  await write(context.io.stdout, render(answer, flags));
  return answer.status === 'failed' ? 1 : 0;
}

const render = (answer: ArticleStatus, flags: StatusFlags) => (flags.json ? `${JSON.stringify(answer, null, 2)}\n` : describe(answer));

function describe(answer: ArticleStatus): string {
  const record = answer.record;
  const rows: [string, string][] = [
    ['Article', answer.articleId],
    ['Status', answer.status],
    ...(answer.reason ? [['Reason', answer.reason] as [string, string]] : []),
    ['Meeting', answer.meetingId ?? 'not known yet'],
    ...(record
      ? ([
          ['Title', record.title],
          ['Participants', record.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ') || 'none found'],
          ['Date', record.date ?? 'none found'],
          ['Place', [record.location?.city, record.location?.country].filter(Boolean).join(', ') || 'none found'],
          ['Version', String(record.version)],
          ['Warnings', record.warnings.join('; ') || 'none'],
          ...(record.retracted ? [['Retracted', `${record.retracted.at} by ${record.retracted.by}${record.retracted.reason ? `: ${record.retracted.reason}` : ''}`] as [string, string]] : []),
        ] as [string, string][])
      : []),
    // A path on the published site: the API's own address locally, the site's (CloudFront) on AWS.
    ...(answer.links.record ? [['Record', `${answer.links.record} on the site`] as [string, string]] : []),
  ];
  if (answer.status === 'stored' || answer.status === 'normalised') rows.push(['Next', `not published yet; "meetings status ${answer.articleId} --wait" follows it`]);
  return `${rows.map(([label, value]) => `${label.padEnd(13)}${value}`).join('\n')}\n`;
}
