// `--wait`: asks GET /articles/{id} for each article until it is `published` or `failed`, or the time is up.
// Asks at most `concurrency` at a time and pauses between rounds, so a long batch does not flood the API.

import type { ApiClient, RetryNotice } from './api-client.ts';
import type { ArticleStatus } from './api-types.ts';
import { CommandFailure } from './cli-errors.ts';
import { forEachLimited } from './run-limited.ts';

export interface WaitOutcome {
  /** The last status read; null when none could be read. */
  last: ArticleStatus | null;
  settled: boolean;
  /** A status read that failed for good (404, 401, no connection after the retries). */
  error?: string;
}

export interface WaitOptions {
  timeoutMs: number;
  pollIntervalMs: number;
  concurrency: number;
  onSettled?: (articleId: string, outcome: WaitOutcome) => void;
  onRetry?: (notice: RetryNotice) => void;
}

const isFinal = (status: ArticleStatus) => status.status === 'published' || status.status === 'failed';

export async function waitForArticles(client: ApiClient, articleIds: readonly string[], options: WaitOptions): Promise<Map<string, WaitOutcome>> {
  const outcomes = new Map<string, WaitOutcome>(articleIds.map((id) => [id, { last: null, settled: false }]));
  const deadline = Date.now() + options.timeoutMs;
  const settle = (id: string, outcome: WaitOutcome) => {
    outcomes.set(id, outcome);
    options.onSettled?.(id, outcome);
  };
  for (;;) {
    const pending = [...outcomes].filter(([, outcome]) => !outcome.settled).map(([id]) => id);
    if (pending.length === 0 || Date.now() >= deadline) break;
    await forEachLimited(pending, options.concurrency, async (id) => {
      try {
        const status = await client.request<ArticleStatus>('GET', `/articles/${encodeURIComponent(id)}`, { onRetry: options.onRetry });
        if (isFinal(status)) settle(id, { last: status, settled: true });
        else outcomes.set(id, { last: status, settled: false });
      } catch (error) {
        if (!(error instanceof CommandFailure)) throw error;
        settle(id, { last: outcomes.get(id)?.last ?? null, settled: true, error: error.message });
      }
    });
    const left = deadline - Date.now();
    if ([...outcomes.values()].some((outcome) => !outcome.settled) && left > 0) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(options.pollIntervalMs, left)));
    }
  }
  return outcomes;
}
