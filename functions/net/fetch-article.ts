// Fetches the page behind a link an editor sent (`POST /articles` with `{"url": …}`), as ingest's FetchPage
// port. Only pages on the public internet: every address a host resolves to is checked before connecting,
// in the socket's own DNS lookup, so the address checked is the address connected to (a DNS answer that
// changes between a check and the connection cannot slip a private address in); every redirect is checked
// again. At most 5 redirects, 1 MiB and 10 s in all; only HTML is taken.

import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { type ClientRequest, type IncomingMessage, request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction, type Socket } from 'node:net';
import { ClientError } from '../core/errors.ts';
import type { FetchedPage, FetchPage } from '../core/intake/fetched-page.ts';
import { formatBytes, MAX_ARTICLE_BYTES } from '../core/intake/limits.ts';
import { nonPublicReason } from './public-address.ts';

export interface PageFetcherOptions {
  /** For the whole fetch, redirects included (default 10 s). */
  timeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Default: the API's article limit, 1 MiB. */
  maxBytes?: number;
  /**
   * TEST ONLY: `host:port` pairs fetched without the public-address check, so tests can serve pages from
   * 127.0.0.1. Set by tests, and by the local runtime only when FETCH_ALLOW_HOSTS is set; never on Lambda.
   */
  allowHosts?: readonly string[];
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const SAVE_INSTEAD = 'or save the page and send it as text/html';

/** Thrown from the socket's DNS lookup when the host resolves to an address that is not public. */
class NonPublicAddress extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
    readonly reason: string,
  ) {
    super(`${host} resolves to ${address} (${reason})`);
  }
}

export function createPageFetcher(options: PageFetcherOptions = {}): FetchPage {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const allowed = new Set(options.allowHosts ?? []);

  return async (url: string): Promise<FetchedPage> => {
    const deadline = AbortSignal.timeout(timeoutMs);
    let current = linkOf(url);
    for (let redirects = 0; ; redirects++) {
      const response = await get(current, allowed.has(current.host) || allowed.has(`${current.hostname}:${portOf(current)}`), deadline, timeoutMs);
      const location = response.headers.location;
      if (REDIRECTS.has(response.statusCode ?? 0) && location) {
        response.destroy();
        if (redirects >= maxRedirects) {
          throw new ClientError('link_refused', `${url} redirects more than ${maxRedirects} times; give the link the page finally lives at, ${SAVE_INSTEAD}.`);
        }
        current = linkOf(new URL(location, current).toString(), url);
        continue;
      }
      return await pageOf(response, current, { maxBytes, deadline, timeoutMs });
    }
  };
}

/** Only http(s) links, with no user name or password in them. */
function linkOf(value: string, firstUrl?: string): URL {
  const redirected = firstUrl ? ` (${firstUrl} redirects there)` : '';
  const link = URL.canParse(value) ? new URL(value) : null;
  if (!link || (link.protocol !== 'http:' && link.protocol !== 'https:')) {
    throw new ClientError('link_refused', `Only http:// and https:// links are fetched, not ${value}${redirected}.`);
  }
  if (link.username || link.password) {
    throw new ClientError('link_refused', `Links with a user name or password are not fetched${redirected}; give the page's public address.`);
  }
  return link;
}

function portOf(link: URL): string {
  return link.port || (link.protocol === 'https:' ? '443' : '80');
}

function get(link: URL, unchecked: boolean, deadline: AbortSignal, timeoutMs: number): Promise<IncomingMessage> {
  const host = link.hostname.replace(/^\[|\]$/g, '');
  // An address in the link itself is never looked up, so it is checked here.
  if (!unchecked && isIP(host)) {
    const reason = nonPublicReason(host);
    if (reason) throw refusal(new NonPublicAddress(host, host, reason), link);
  }
  const options: RequestOptions = {
    method: 'GET',
    headers: { accept: 'text/html, application/xhtml+xml', 'accept-encoding': 'identity', 'user-agent': 'meeting-feeds (+link submission)' },
    // A fresh connection per request: a pooled socket would skip the lookup below.
    agent: false,
    signal: deadline,
    lookup: unchecked ? undefined : publicOnlyLookup,
  };
  return new Promise((resolve, reject) => {
    const request: ClientRequest = (link.protocol === 'https:' ? httpsRequest : httpRequest)(link, options, resolve);
    // A second guard on the address actually connected to, whatever resolved it.
    request.on('socket', (socket: Socket) => {
      socket.once('connect', () => {
        const reason = unchecked || !socket.remoteAddress ? null : nonPublicReason(socket.remoteAddress);
        if (reason) request.destroy(new NonPublicAddress(host, socket.remoteAddress!, reason));
      });
    });
    request.on('error', (error) => reject(fetchError(error, link, deadline, timeoutMs)));
    request.end();
  });
}

/** dns.lookup with every address the host has, refused when any of them is not public. */
const publicOnlyLookup = ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error);
    for (const { address } of addresses) {
      const reason = nonPublicReason(address);
      if (reason) return callback(new NonPublicAddress(hostname, address, reason));
    }
    if (options.all) return callback(null, addresses);
    const [first] = addresses;
    return first ? callback(null, first.address, first.family) : callback(Object.assign(new Error(`No address for ${hostname}`), { code: 'ENOTFOUND' }));
  });
}) as unknown as LookupFunction;

async function pageOf(response: IncomingMessage, link: URL, limits: { maxBytes: number; deadline: AbortSignal; timeoutMs: number }): Promise<FetchedPage> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299) {
    response.destroy();
    const answer = [status, response.statusMessage].filter(Boolean).join(' ');
    throw new ClientError('link_unreachable', `${link} answered ${answer}; check the link, ${SAVE_INSTEAD}.`);
  }
  const contentType = response.headers['content-type'] ?? '';
  const essence = contentType.split(';')[0]!.trim().toLowerCase();
  if (!HTML_TYPES.has(essence)) {
    response.destroy();
    const what = essence ? `is ${essence}` : 'has no Content-Type';
    throw new ClientError(
      'unsupported_media_type',
      `The page at ${link} ${what}, not a web page (text/html); only web pages are fetched. Send a document's text as text/plain or text/markdown.`,
    );
  }
  const encoding = (response.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') {
    response.destroy();
    throw new ClientError('link_unreachable', `${link} sent the page compressed (${encoding}) although it was asked not to; ${SAVE_INSTEAD}.`);
  }
  const tooLarge = (size: string) =>
    new ClientError('payload_too_large', `The page at ${link} is larger than ${formatBytes(limits.maxBytes)} (${size}), the limit for an article; save the page and send the article alone (text/html or text/plain).`);
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    response.destroy();
    throw tooLarge(formatBytes(declared));
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limits.maxBytes) {
        response.destroy();
        throw tooLarge('more arrived before we stopped reading');
      }
      chunks.push(chunk);
    }
  } catch (error) {
    throw fetchError(error, link, limits.deadline, limits.timeoutMs);
  }
  return { body: new Uint8Array(Buffer.concat(chunks)), contentType, finalUrl: link.toString() };
}

/** What went wrong, as the editor should read it. */
function fetchError(error: unknown, link: URL, deadline: AbortSignal, timeoutMs: number): ClientError {
  if (error instanceof ClientError) return error;
  if (error instanceof NonPublicAddress) return refusal(error, link);
  if (deadline.aborted) {
    return new ClientError('link_timed_out', `${link} did not send the page within ${timeoutMs / 1000} s; try again later, ${SAVE_INSTEAD}.`, { cause: error });
  }
  const code = (error as { code?: string }).code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    return new ClientError('link_unreachable', `The host ${link.hostname} was not found (no DNS record); check the link.`, { cause: error });
  }
  const why = code || (error as Error).message;
  return new ClientError('link_unreachable', `Could not fetch ${link} (${why}); check that the site is up and the link is right, ${SAVE_INSTEAD}.`, { cause: error });
}

function refusal(error: NonPublicAddress, link: URL): ClientError {
  const where = error.host === error.address ? `${error.address} is` : `${error.host} resolves to ${error.address},`;
  return new ClientError(
    'link_refused',
    `${link} was not fetched: ${where} a ${error.reason} address, and only pages on the public internet are fetched. ${SAVE_INSTEAD[0]!.toUpperCase()}${SAVE_INSTEAD.slice(1)}.`,
    { cause: error },
  );
}
