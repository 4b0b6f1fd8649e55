import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_SITE_KEY_BYTES, siteKeyForPath, sitePreflight, siteResponse } from '../../functions/local/site-route.ts';

describe('Function: siteKeyForPath', () => {
  it('maps feed and record paths to their keys', () => {
    // Act / Assess
    expect(siteKeyForPath('/feeds/meetings.atom')).toEqual({ kind: 'key', key: 'feeds/meetings.atom' });
    expect(siteKeyForPath('/meetings/abc.json')).toEqual({ kind: 'key', key: 'meetings/abc.json' });
  });

  it('maps browse pages to their keys, and nothing else under browse/', () => {
    expect(siteKeyForPath('/browse/org/nato.html')).toEqual({ kind: 'key', key: 'browse/org/nato.html' });
    expect(siteKeyForPath('/browse/month/2026-11-p2.html')).toEqual({ kind: 'key', key: 'browse/month/2026-11-p2.html' });
    expect(siteKeyForPath('/browse/person/sergey-lavrov.html')).toEqual({ kind: 'key', key: 'browse/person/sergey-lavrov.html' });
    expect(siteKeyForPath('/browse/org')).toEqual({ kind: 'not-site' });
    expect(siteKeyForPath('/browse/org/nato.json')).toEqual({ kind: 'not-site' });
    expect(siteKeyForPath('/browse/org/../../index.html')).toMatchObject({ kind: 'invalid' });
  });

  it.each([
    ['/feeds/', 8_000],
    ['/feeds/org/', 2_000],
    ['/meetings/', 1_100],
  ])('answers "nothing published" for %s + %i letters without asking the bucket (S3 keys are at most 1,024 bytes)', (prefix, letters) => {
    // Act
    const result = siteKeyForPath(`${prefix}${'a'.repeat(letters)}.json`);

    // Assess
    expect(result).toMatchObject({ kind: 'absent' });
    expect((result as { reason: string }).reason).toMatch(/at most 1024 bytes/);
  });

  it('counts bytes, not characters, and percent-decoded', () => {
    // Prepare: "feeds/" and 509 Cyrillic letters are 1,024 bytes as a key (3,060 characters percent-encoded).
    const name = encodeURIComponent('ж'.repeat(509));

    // Act / Assess
    expect(siteKeyForPath(`/feeds/${name}`)).toMatchObject({ kind: 'key' });
    expect(siteKeyForPath(`/feeds/${name}${encodeURIComponent('ж')}`)).toMatchObject({ kind: 'absent' });
    expect(MAX_SITE_KEY_BYTES).toBe(1024);
  });
});

describe('Function: siteResponse', () => {
  const text = 'Встреча в Астане. '.repeat(200);
  const feed = {
    body: new TextEncoder().encode(text),
    contentType: 'application/feed+json; charset=utf-8',
    etag: '"abc"',
    cacheControl: 'public, max-age=60',
    lastModified: new Date('2026-11-29T10:00:00.500Z'),
  };

  it('serves a notice of something removed with 410 Gone, even to a conditional request', () => {
    const notice = { ...feed, contentType: 'text/html; charset=utf-8', gone: true };

    const plain = siteResponse(notice);
    const conditional = siteResponse(notice, { ifNoneMatch: '"abc"' });

    expect(plain.statusCode).toBe(410);
    expect(new TextDecoder().decode(plain.body)).toBe(text);
    expect(conditional.statusCode).toBe(410);
    expect(siteResponse(feed, { ifNoneMatch: '"abc"' }).statusCode).toBe(304);
  });

  it('lets any origin read a published file and says when it last changed', () => {
    const response = siteResponse(feed);

    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'last-modified': 'Sun, 29 Nov 2026 10:00:00 GMT',
      etag: '"abc"',
      'cache-control': 'public, max-age=60',
      'content-type': 'application/feed+json; charset=utf-8',
    });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(new TextDecoder().decode(response.body)).toBe(text);
  });

  it('answers 304 to If-Modified-Since not older than the file, to the second, and 200 to an older one', () => {
    expect(siteResponse(feed, { ifModifiedSince: 'Sun, 29 Nov 2026 10:00:00 GMT' }).statusCode).toBe(304);
    expect(siteResponse(feed, { ifModifiedSince: 'Sun, 29 Nov 2026 09:59:59 GMT' }).statusCode).toBe(200);
    expect(siteResponse(feed, { ifModifiedSince: 'not a date' }).statusCode).toBe(200);
  });

  it('lets If-None-Match decide when both conditions are sent (RFC 9110)', () => {
    expect(siteResponse(feed, { ifNoneMatch: '"other"', ifModifiedSince: 'Sun, 29 Nov 2026 10:00:00 GMT' }).statusCode).toBe(200);
    expect(siteResponse(feed, { ifNoneMatch: '"abc"' }).statusCode).toBe(304);
  });

  it('gzips a text file for a client that accepts gzip, and not for one that refuses it with q=0', () => {
    const gzipped = siteResponse(feed, { acceptEncoding: 'br, gzip;q=0.8' });
    const refused = siteResponse(feed, { acceptEncoding: 'gzip;q=0, identity' });

    expect(gzipped.headers).toMatchObject({ 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-length': String(gzipped.body.byteLength) });
    expect(gzipped.body.byteLength).toBeLessThan(feed.body.byteLength / 4);
    expect(gunzipSync(gzipped.body).toString('utf8')).toBe(text);
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.headers.vary).toBe('accept-encoding');
  });

  it('leaves small files and binary types uncompressed', () => {
    const small = siteResponse({ ...feed, body: new TextEncoder().encode('{}') }, { acceptEncoding: 'gzip' });
    const binary = siteResponse({ ...feed, contentType: 'image/png' }, { acceptEncoding: 'gzip' });

    expect(small.headers['content-encoding']).toBeUndefined();
    expect(binary.headers['content-encoding']).toBeUndefined();
  });

  it('answers a CORS preflight for reads from any origin', () => {
    const preflight = sitePreflight();

    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers).toMatchObject({ 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, HEAD, OPTIONS' });
  });
});
