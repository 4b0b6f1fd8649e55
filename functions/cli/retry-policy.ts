// When to try a request again and how long to wait first: pure, so the waits can be tested without waiting.
// 429 and 5xx (and no answer at all) are retried; the wait grows exponentially with jitter, and is never shorter
// than what the server's Retry-After asks for.

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** The first wait's upper bound; each retry doubles it. */
  baseMs: number;
  /** No exponential wait is longer than this. */
  maxMs: number;
  /** A Retry-After longer than this is not waited for: the request fails and says what the server asked. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 5, baseMs: 500, maxMs: 20_000, maxRetryAfterMs: 120_000 };

/** Too many requests, and the server-side failures that a later attempt can get past. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

/** Retry-After in milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/**
 * The wait before retry number `retry` (1 for the first): "equal jitter" over an exponential bound (half the
 * bound plus a random half, so clients that failed together spread out but none retries at once), and at
 * least the server's Retry-After.
 */
export function retryDelayMs(retry: number, retryAfterMs: number | null, policy: RetryPolicy, random: () => number = Math.random): number {
  const bound = Math.min(policy.maxMs, policy.baseMs * 2 ** (retry - 1));
  const backoff = bound / 2 + random() * (bound / 2);
  return Math.round(Math.max(backoff, retryAfterMs ?? 0));
}
