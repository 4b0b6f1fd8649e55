// The link fetcher against a real local web server: what it fetches, and everything it refuses.

import { afterEach, describe, expect, it } from 'vitest';
import { ClientError } from '../../functions/core/errors.ts';
import { createPageFetcher } from '../../functions/net/fetch-article.ts';
import { html, type PageRoute, type PageServer, pageServer, redirect } from '../support/page-server.ts';

const PAGE = '<!DOCTYPE html><html><head><title>Встреча</title></head><body><article><p>Текст статьи.</p></article></body></html>';

let server: PageServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(routes: Record<string, PageRoute>) {
  server = await pageServer(routes);
  return server;
}

async function refusal(promise: Promise<unknown>): Promise<ClientError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ClientError);
  return error as ClientError;
}

describe('createPageFetcher', () => {
  it('fetches an allow-listed page with its bytes and Content-Type', async () => {
    const { origin, host } = await serve({ '/article': html(PAGE, 'text/html; charset=utf-8') });

    const page = await createPageFetcher({ allowHosts: [host] })(`${origin}/article`);

    expect(Buffer.from(page.body).toString('utf8')).toBe(PAGE);
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(page.finalUrl).toBe(`${origin}/article`);
  });

  it('follows up to five redirects, relative ones included, and counts them', async () => {
    const { origin, host, hits } = await serve({
      '/1': redirect('/2', 301),
      '/2': redirect('/3', 302),
      '/3': redirect('/4', 303),
      '/4': redirect('/5', 307),
      '/5': redirect('/article', 308),
      '/article': html(PAGE),
    });

    const page = await createPageFetcher({ allowHosts: [host] })(`${origin}/1`);

    expect(page.finalUrl).toBe(`${origin}/article`);
    expect(hits).toEqual(['/1', '/2', '/3', '/4', '/5', '/article']);
  });

  it('refuses a sixth redirect', async () => {
    const { origin, host, hits } = await serve({
      '/0': redirect('/1'),
      '/1': redirect('/2'),
      '/2': redirect('/3'),
      '/3': redirect('/4'),
      '/4': redirect('/5'),
      '/5': redirect('/article'),
      '/article': html(PAGE),
    });

    const error = await refusal(createPageFetcher({ allowHosts: [host] })(`${origin}/0`));

    expect(error.status).toBe(422);
    expect(error.code).toBe('link_refused');
    expect(error.message).toContain('redirects more than 5 times');
    expect(hits).not.toContain('/article');
  });

  it('refuses a redirect to a private address', async () => {
    const { origin, host } = await serve({ '/moved': redirect('http://10.0.0.7/admin') });

    const error = await refusal(createPageFetcher({ allowHosts: [host] })(`${origin}/moved`));

    expect(error.code).toBe('link_refused');
    expect(error.message).toContain('10.0.0.7 is a private (RFC 1918) address');
  });

  it('refuses a redirect to the metadata address and to a loopback port that is not allow-listed', async () => {
    const { origin, host } = await serve({ '/meta': redirect('http://169.254.169.254/latest/meta-data/'), '/other-port': redirect('http://127.0.0.1:1/') });
    const fetchPage = createPageFetcher({ allowHosts: [host] });

    const metadata = await refusal(fetchPage(`${origin}/meta`));
    const otherPort = await refusal(fetchPage(`${origin}/other-port`));

    expect(metadata.message).toContain('169.254.169.254 is a link-local');
    expect(otherPort.message).toContain('127.0.0.1 is a loopback address');
  });

  it('refuses a redirect to a link that is not http(s)', async () => {
    const { origin, host } = await serve({ '/file': redirect('file:///etc/passwd') });

    const error = await refusal(createPageFetcher({ allowHosts: [host] })(`${origin}/file`));

    expect(error.code).toBe('link_refused');
    expect(error.message).toContain('Only http:// and https:// links');
  });

  it('refuses loopback when it is not allow-listed, by address and by a name that resolves to it', async () => {
    const { origin, host, hits } = await serve({ '/article': html(PAGE) });
    const fetchPage = createPageFetcher();

    const byAddress = await refusal(fetchPage(`${origin}/article`));
    const byName = await refusal(fetchPage(`http://localhost:${host.split(':')[1]}/article`));

    expect(byAddress.code).toBe('link_refused');
    expect(byAddress.message).toContain('127.0.0.1 is a loopback address');
    expect(byName.code).toBe('link_refused');
    expect(byName.message).toMatch(/localhost resolves to (127\.0\.0\.1|::1), a (loopback|unspecified, loopback or IPv4-compatible) address/);
    expect(hits).toEqual([]);
  });

  it('refuses an IPv4-mapped IPv6 loopback address', async () => {
    const error = await refusal(createPageFetcher()('http://[::ffff:127.0.0.1]/'));

    expect(error.message).toContain('is a loopback address');
  });

  it('aborts a page over 1 MiB that declares no length', async () => {
    const { origin, host } = await serve({
      '/huge': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        // 2 MiB in chunks, no Content-Length: the fetcher must stop counting, not trust a header.
        for (let i = 0; i < 32; i++) response.write(chunk);
        response.end();
      },
    });

    const error = await refusal(createPageFetcher({ allowHosts: [host] })(`${origin}/huge`));

    expect(error.status).toBe(413);
    expect(error.message).toContain('larger than 1.0 MiB');
  });

  it('refuses a page whose declared length is over the limit', async () => {
    const { origin, host, hits } = await serve({
      '/big': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html', 'content-length': '2048' }).end('x'.repeat(2048));
      },
    });

    const error = await refusal(createPageFetcher({ allowHosts: [host], maxBytes: 1000 })(`${origin}/big`));

    expect(error.status).toBe(413);
    expect(error.message).toContain('larger than 1000 bytes (2.0 KiB)');
    expect(hits).toEqual(['/big']);
  });

  it('times out a server that sends the page too slowly', async () => {
    const { origin, host } = await serve({
      '/slow': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<p>first part');
        // and the rest never comes
      },
    });

    const started = Date.now();
    const error = await refusal(createPageFetcher({ allowHosts: [host], timeoutMs: 300 })(`${origin}/slow`));

    expect(error.status).toBe(422);
    expect(error.code).toBe('link_timed_out');
    expect(error.message).toContain('within 0.3 s');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('times out a server that never answers', async () => {
    const { origin, host } = await serve({ '/silent': () => {} });

    const error = await refusal(createPageFetcher({ allowHosts: [host], timeoutMs: 300 })(`${origin}/silent`));

    expect(error.code).toBe('link_timed_out');
  });

  it('refuses what is not HTML, saying what to send instead', async () => {
    const { origin, host } = await serve({ '/doc.pdf': html('%PDF-1.7', 'application/pdf') });

    const error = await refusal(createPageFetcher({ allowHosts: [host] })(`${origin}/doc.pdf`));

    expect(error.status).toBe(415);
    expect(error.message).toContain('is application/pdf, not a web page');
    expect(error.message).toContain('text/plain or text/markdown');
  });

  it('reports an error status and an unreachable host', async () => {
    const { origin, host } = await serve({});
    const fetchPage = createPageFetcher({ allowHosts: [host, '127.0.0.1:1'] });

    const missing = await refusal(fetchPage(`${origin}/gone`));
    const closed = await refusal(fetchPage('http://127.0.0.1:1/'));
    const unknown = await refusal(fetchPage('http://no-such-host.invalid/'));

    expect(missing.code).toBe('link_unreachable');
    expect(missing.message).toContain('answered 404 Not Found');
    expect(closed.code).toBe('link_unreachable');
    expect(closed.message).toContain('ECONNREFUSED');
    expect(unknown.message).toContain('no-such-host.invalid was not found');
  });
});
