import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, isRetryableStatus, parseRetryAfter, retryDelayMs } from '../../../functions/cli/retry-policy.ts';

const policy = { retries: 5, baseMs: 500, maxMs: 4000, maxRetryAfterMs: 60_000 };

describe('retry policy', () => {
  it('retries 429 and the 5xx answers a later attempt can get past, nothing else', () => {
    expect([429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 413, 415, 501].some(isRetryableStatus)).toBe(false);
  });

  it('doubles the bound each retry up to the maximum, waiting between half the bound and the bound', () => {
    const least = [1, 2, 3, 4, 5].map((retry) => retryDelayMs(retry, null, policy, () => 0));
    const most = [1, 2, 3, 4, 5].map((retry) => retryDelayMs(retry, null, policy, () => 1));

    expect(least).toEqual([250, 500, 1000, 2000, 2000]);
    expect(most).toEqual([500, 1000, 2000, 4000, 4000]);
  });

  it('never waits less than Retry-After asks', () => {
    expect(retryDelayMs(1, 3000, policy, () => 0.5)).toBe(3000);
    expect(retryDelayMs(4, 100, policy, () => 1)).toBe(4000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-29T10:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Sun, 29 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sun, 29 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('allows five retries by default', () => {
    expect(DEFAULT_RETRY_POLICY.retries).toBe(5);
  });
});
