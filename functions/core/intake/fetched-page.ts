// The port through which ingest fetches the page behind a link an editor sent (`{"url": …}`): the core says
// what it needs, functions/net/fetch-article.ts does the I/O (and refuses what is not safe to fetch).

export interface FetchedPage {
  /** The bytes as the site sent them, stored as the raw article. */
  body: Uint8Array;
  /** The Content-Type the site sent (an HTML type, charset included when given). */
  contentType: string;
  /** Where the page was found after redirects. */
  finalUrl: string;
}

/** Fetches a page or throws a ClientError that says why it could not (refused, unreachable, too large, not HTML). */
export type FetchPage = (url: string) => Promise<FetchedPage>;
