// A local web server for the link-fetching tests: each path answers as the test says (pages, redirects,
// slow or endless bodies), and it counts the requests it was sent.

import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type PageRoute = (request: IncomingMessage, response: ServerResponse) => void;

export interface PageServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** `127.0.0.1:PORT`, as the fetcher's test-only allow-list takes it. */
  host: string;
  hits: string[];
  close(): Promise<void>;
}

export async function pageServer(routes: Record<string, PageRoute>): Promise<PageServer> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '');
    const route = routes[request.url ?? ''];
    if (route) return route(request, response);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin: `http://${host}`,
    host,
    hits,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

export function html(body: string, contentType = 'text/html; charset=utf-8'): PageRoute {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': contentType }).end(body);
  };
}

export function redirect(location: string, status = 302): PageRoute {
  return (_request, response) => {
    response.writeHead(status, { location }).end();
  };
}
