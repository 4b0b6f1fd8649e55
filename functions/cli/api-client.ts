// The editors' API over HTTP: the token in the Authorization header (and nowhere else: no message or log line
// carries it), retries with backoff for 429, 5xx and lost connections, and the server's error message in
// the ApiError a caller catches.

import { ApiError, CommandFailure } from './cli-errors.ts';
import type { Connection } from './config.ts';
import { DEFAULT_RETRY_POLICY, isRetryableStatus, parseRetryAfter, type RetryPolicy, retryDelayMs } from './retry-policy.ts';

export interface RetryNotice {
  request: string;
  /** The status that is being retried, or the connection error's code. */
  cause: string;
  /** The retry about to be made (1 for the first) and how many are allowed. */
  retry: number;
  retries: number;
  delayMs: number;
}

export interface ApiClientOptions {
  retryPolicy?: RetryPolicy;
  /** Called before each wait, so the user sees why nothing moves. */
  onRetry?: (notice: RetryNotice) => void;
  /** One attempt's limit; the server's own limits (extraction's budget) are well inside it. */
  attemptTimeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface RequestOptions {
  body?: string | Uint8Array;
  contentType?: string;
  /** Further request headers (If-Match for a correction). */
  headers?: Record<string, string>;
  query?: Record<string, string>;
  /** Overrides the client's onRetry for this request (submit names the file in its notices). */
  onRetry?: (notice: RetryNotice) => void;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class ApiClient {
  private readonly policy: RetryPolicy;

  constructor(
    private readonly connection: Connection,
    private readonly options: ApiClientOptions = {},
  ) {
    this.policy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
  }

  /** The API this client calls (a rebuild's saved progress belongs to one API). */
  get apiUrl(): string {
    return this.connection.apiUrl;
  }

  /** The response body of a 2xx answer (JSON); throws ApiError for any other, after the retries. */
  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const query = options.query ? `?${new URLSearchParams(options.query)}` : '';
    const url = `${this.connection.apiUrl}${path}${query}`;
    const described = `${method} ${path}${query}`;
    const headers: Record<string, string> = { ...options.headers, authorization: `Bearer ${this.connection.token}`, accept: 'application/json' };
    if (options.contentType) headers['content-type'] = options.contentType;
    const now = this.options.now ?? Date.now;
    const onRetry = options.onRetry ?? this.options.onRetry;

    for (let retry = 0; ; retry += 1) {
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers,
          body: options.body,
          signal: AbortSignal.timeout(this.options.attemptTimeoutMs ?? 60_000),
        });
      } catch (error) {
        const code = connectionErrorCode(error);
        if (retry >= this.policy.retries) {
          throw new CommandFailure(
            `Could not reach ${this.connection.apiUrl} (${code}) for ${described}, after ${retry + 1} attempts. ` +
              'Is the API running at that address? Check --api-url, MEETINGS_API_URL or "meetings config show"; locally, start it with "meetings serve".',
          );
        }
        await this.wait({ request: described, cause: code, retry: retry + 1, retries: this.policy.retries, delayMs: retryDelayMs(retry + 1, null, this.policy, this.options.random) }, onRetry);
        continue;
      }
      const body = await readBody(response);
      if (response.ok) return body as T;
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
      const retryable = isRetryableStatus(response.status) && (retryAfterMs === null || retryAfterMs <= this.policy.maxRetryAfterMs);
      if (!retryable || retry >= this.policy.retries) throw apiError(response.status, body, described, retryAfterMs);
      const delayMs = retryDelayMs(retry + 1, retryAfterMs, this.policy, this.options.random);
      await this.wait({ request: described, cause: String(response.status), retry: retry + 1, retries: this.policy.retries, delayMs }, onRetry);
    }
  }

  private async wait(notice: RetryNotice, onRetry: ((notice: RetryNotice) => void) | undefined): Promise<void> {
    onRetry?.(notice);
    await (this.options.sleep ?? sleepFor)(notice.delayMs);
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Our handlers answer {error: {code, message}}; API Gateway's own answers are {message}. */
function apiError(status: number, body: unknown, request: string, retryAfterMs: number | null): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : `http_${status}`;
  let message =
    typeof error?.message === 'string'
      ? error.message
      : typeof (body as { message?: unknown } | null)?.message === 'string'
        ? (body as { message: string }).message
        : typeof body === 'string' && body
          ? body.slice(0, 300)
          : 'no message';
  if (retryAfterMs !== null && isRetryableStatus(status)) message += ` (the server asks to retry after ${Math.ceil(retryAfterMs / 1000)} s)`;
  return new ApiError(status, code, message, request);
}

/** ECONNREFUSED, ENOTFOUND, a timeout...: what fetch's "fetch failed" hides in its cause. */
function connectionErrorCode(error: unknown): string {
  if ((error as Error)?.name === 'TimeoutError') return 'no answer in time';
  const cause = (error as { cause?: { code?: unknown; message?: unknown } })?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  return String((cause?.message as string | undefined) ?? (error as Error)?.message ?? error);
}
