// `submit`'s result per input and the summary printed at the end: a table, then each problem in full, then
// one line of counts.

import { formatTable } from './text-table.ts';

export interface SubmitResult {
  /** The file as given (relative to the working directory) or the URL. */
  file: string;
  articleId: string | null;
  meetingId: string | null;
  /** stored, normalised, published, failed; "rejected" when the API refused it; "timed out" under --wait. */
  status: string;
  warnings: string[];
  /** The server's message or the failure's reason, in full. */
  problem: string | null;
  ok: boolean;
}

export function formatSummary(results: readonly SubmitResult[]): string {
  const table = formatTable(
    ['file', 'article id', 'meeting id', 'status', 'warnings'],
    results.map((r) => [r.file, r.articleId ?? '', r.meetingId ?? '', r.status, r.warnings.join('; ')]),
  );
  const problems = results.filter((r) => r.problem).map((r) => `  ${r.file}: ${r.problem}`);
  const failed = results.filter((r) => !r.ok).length;
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const tally = [...counts].map(([status, count]) => `${count} ${status}`).join(', ');
  const last = failed === 0 ? `${results.length} submitted: ${tally}.` : `${failed} of ${results.length} failed: ${tally}.`;
  return `${table}${problems.length > 0 ? `\nProblems:\n${problems.join('\n')}\n` : ''}\n${last}\n`;
}
