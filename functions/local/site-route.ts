// Serves the published site (index.html, feeds/, meetings/, browse/) from the site bucket, as CloudFront does on
// AWS: the stored Content-Type, ETag, Last-Modified and Cache-Control; 304 for a matching If-None-Match (or, without
// one, an If-Modified-Since not older than the object); gzip when the client accepts it and the type is text; and
// `Access-Control-Allow-Origin: *` so partner sites' scripts can read the feeds (OPTIONS answered).

import { gzipSync } from 'node:zlib';

export interface SiteFile {
  body: Uint8Array;
  contentType?: string;
  etag?: string;
  cacheControl?: string;
  lastModified?: Date;
  /** Stands for something removed (a retracted meeting's notice): served with 410 Gone. */
  gone?: boolean;
}

/** Reads one object from the site bucket; undefined when there is none under that key. */
export type SiteReader = (key: string) => Promise<SiteFile | undefined>;

export type SiteKeyResult =
  | { kind: 'key'; key: string }
  | { kind: 'not-site' }
  | { kind: 'absent'; reason: string }
  | { kind: 'invalid'; reason: string };

/** S3 keys are at most 1,024 bytes (UTF-8): nothing can be published under a longer one. */
export const MAX_SITE_KEY_BYTES = 1024;

/** Maps a request path to a site bucket key, or says it is not a site path, or why it is refused. */
export function siteKeyForPath(rawPath: string): SiteKeyResult {
  if (rawPath === '/' || rawPath === '/index.html') return { kind: 'key', key: 'index.html' };
  const rawSegments = rawPath.split('/').slice(1);
  const [top] = rawSegments;
  if (top !== 'feeds' && top !== 'meetings' && top !== 'browse') return { kind: 'not-site' };

  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { kind: 'invalid', reason: 'The path is not valid percent-encoding.' };
    }
    if (segment === '..' || segment === '.') return { kind: 'invalid', reason: 'Paths must not contain "." or ".." segments.' };
    if (segment === '' || /[/\\\0]/.test(segment)) return { kind: 'invalid', reason: 'Paths must not contain empty segments, backslashes or encoded slashes.' };
    segments.push(segment);
  }

  const key = segments.join('/');
  // Asked of the bucket, such a key is an error rather than "no such object" (the emulator's is a 500).
  if (Buffer.byteLength(key, 'utf8') > MAX_SITE_KEY_BYTES) {
    return { kind: 'absent', reason: `Nothing is published at this path: published paths are at most ${MAX_SITE_KEY_BYTES} bytes long; /feeds/index.json lists the feeds.` };
  }
  if (top === 'feeds' && segments.length >= 2) return { kind: 'key', key };
  if (top === 'meetings' && segments.length === 2 && /^[^.].*\.(json|html)$/.test(segments[1] ?? '')) {
    return { kind: 'key', key };
  }
  if (top === 'browse' && segments.length === 3 && /^[^.].*\.html$/.test(segments[2] ?? '')) return { kind: 'key', key };
  return { kind: 'not-site' };
}

/** RFC 9110 §13.1.2: weak comparison; "*" matches any existing representation. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string | undefined): boolean {
  if (!ifNoneMatch || !etag) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim() === '*' || opaque(candidate) === opaque(etag));
}

export interface SiteResponse {
  statusCode: 200 | 204 | 304 | 410;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** What the request asks of the representation. */
export interface SiteRequest {
  ifNoneMatch?: string;
  ifModifiedSince?: string;
  acceptEncoding?: string;
}

/** The published site is public: any page may read it (CloudFront's response headers policy says the same). */
const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'etag, last-modified' } as const;
/** Below this, gzip's header costs more than it saves. */
const MIN_GZIP_BYTES = 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|feed\+json|atom\+xml|xml|ld\+json))/;

/** The answer to a CORS preflight for a site path: reads only, from any origin. */
export function sitePreflight(): SiteResponse {
  return {
    statusCode: 204,
    headers: { ...CORS, 'access-control-allow-methods': 'GET, HEAD, OPTIONS', 'access-control-allow-headers': 'if-none-match, if-modified-since', 'access-control-max-age': '86400' },
    body: new Uint8Array(),
  };
}

/** The response for a stored object, honouring If-None-Match, If-Modified-Since and Accept-Encoding. */
export function siteResponse(object: SiteFile, request: SiteRequest = {}): SiteResponse {
  const headers: Record<string, string> = { ...CORS };
  if (object.etag) headers.etag = object.etag;
  if (object.lastModified) headers['last-modified'] = object.lastModified.toUTCString();
  if (object.cacheControl) headers['cache-control'] = object.cacheControl;
  const compressible = COMPRESSIBLE.test(object.contentType ?? '') && object.body.byteLength >= MIN_GZIP_BYTES;
  if (compressible) headers.vary = 'accept-encoding';
  // A notice for something removed is not a representation to revalidate: always the notice, with 410.
  if (!object.gone && notModified(object, request)) return { statusCode: 304, headers, body: new Uint8Array() };
  headers['content-type'] = object.contentType ?? 'application/octet-stream';
  const body = compressible && acceptsGzip(request.acceptEncoding) ? gzipSync(object.body) : object.body;
  if (body !== object.body) headers['content-encoding'] = 'gzip';
  headers['content-length'] = String(body.byteLength);
  return { statusCode: object.gone ? 410 : 200, headers, body };
}

/** RFC 9110 §13.2.2: If-None-Match decides when present; else If-Modified-Since, to the second. */
function notModified(object: SiteFile, request: SiteRequest): boolean {
  if (request.ifNoneMatch) return etagMatches(request.ifNoneMatch, object.etag);
  if (!request.ifModifiedSince || !object.lastModified) return false;
  const since = Date.parse(request.ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(object.lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

/** gzip is accepted unless its q-value is 0 (RFC 9110 §12.5.3). */
function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}
