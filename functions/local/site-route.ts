// Serves the published site (index.html, feeds/, meetings/) from the site bucket, as CloudFront does on
// AWS: the stored Content-Type, ETag and Cache-Control, and 304 for a matching If-None-Match.

export interface SiteFile {
  body: Uint8Array;
  contentType?: string;
  etag?: string;
  cacheControl?: string;
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
  if (top !== 'feeds' && top !== 'meetings') return { kind: 'not-site' };

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
  return { kind: 'not-site' };
}

/** RFC 9110 §13.1.2: weak comparison; "*" matches any existing representation. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string | undefined): boolean {
  if (!ifNoneMatch || !etag) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim() === '*' || opaque(candidate) === opaque(etag));
}

export interface SiteResponse {
  statusCode: 200 | 304;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** The response for a stored object, honouring If-None-Match. */
export function siteResponse(object: SiteFile, ifNoneMatch: string | undefined): SiteResponse {
  const headers: Record<string, string> = {};
  if (object.etag) headers.etag = object.etag;
  if (object.cacheControl) headers['cache-control'] = object.cacheControl;
  if (etagMatches(ifNoneMatch, object.etag)) return { statusCode: 304, headers, body: new Uint8Array() };
  headers['content-type'] = object.contentType ?? 'application/octet-stream';
  headers['content-length'] = String(object.body.byteLength);
  return { statusCode: 200, headers, body: object.body };
}
