// `meetings list`: the calling editor's articles, newest first (GET /articles?mine=true), as a table; --failed
// (or --status) keeps one status, --all follows the cursor to the end. Exits 0 even when some failed: it reports.

import { type Command, Option } from 'commander';
import type { ArticleList, ArticleStatusName, ListedArticle } from './api-types.ts';
import { type ApiFlags, type CliContext, connect, integerIn, withApiOptions } from './cli-context.ts';
import { UsageError } from './cli-errors.ts';
import { write } from './cli-io.ts';
import { formatTable } from './text-table.ts';

const STATUSES: ArticleStatusName[] = ['stored', 'normalised', 'published', 'failed'];

interface ListFlags extends ApiFlags {
  failed?: boolean;
  status?: ArticleStatusName;
  limit: number;
  all?: boolean;
  json?: boolean;
}

export function addListCommand(program: Command, context: CliContext): void {
  withApiOptions(
    program
      .command('list')
      .summary('list your articles, newest first, with their status (failed ones with the reason)')
      .description(
        'Reads GET /articles?mine=true: the articles sent with your token, newest first, each with its status, meeting, ' +
          'title and (for failed ones) the reason. Shows one page; --all reads every page.',
      )
      .option('--failed', 'only failed articles (same as --status failed)')
      .addOption(new Option('--status <status>', 'only articles with this status').choices(STATUSES))
      .option('-n, --limit <n>', 'articles per page, 1–100', integerIn('--limit', 1, 100), 20)
      .option('--all', 'follow the pages to the end')
      .option('--json', 'print the articles as a JSON array'),
  ).action(async (flags: ListFlags) => {
    if (flags.failed && flags.status && flags.status !== 'failed') throw new UsageError(`--failed and --status ${flags.status} contradict each other; give one.`);
    const status = flags.failed ? 'failed' : flags.status;
    const client = connect(context, flags);
    const articles: ListedArticle[] = [];
    let next: string | null = null;
    do {
      const query: Record<string, string> = { mine: 'true', limit: String(flags.limit), ...(status ? { status } : {}), ...(next ? { cursor: next } : {}) };
      const page: ArticleList = await client.request<ArticleList>('GET', '/articles', { query });
      articles.push(...page.articles);
      next = page.next;
    } while (flags.all && next);
    await write(context.io.stdout, flags.json ? `${JSON.stringify(articles, null, 2)}\n` : describe(articles, status, next));
  });
}

function describe(articles: ListedArticle[], status: string | undefined, next: string | null): string {
  if (articles.length === 0) return `No ${status ? `${status} ` : ''}articles${next ? ' on this page (more may follow: --all)' : ''}.\n`;
  const rows = articles.map((article) => [article.receivedAt.slice(0, 19).replace('T', ' '), article.articleId, article.meetingId, article.status, article.title ?? '']);
  const table = formatTable(['received (UTC)', 'article id', 'meeting id', 'status', 'title'], rows);
  const failed = articles.filter((article) => article.reason);
  const reasons = failed.length ? `\nReasons:\n${failed.map((article) => `  ${article.articleId}: ${article.reason}`).join('\n')}\n` : '';
  return `${table}${reasons}${next ? '\nMore articles follow: add --all to read every page.\n' : ''}`;
}
