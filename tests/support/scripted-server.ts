// A tiny local HTTP server for the CLI's tests: answers each request with the next answer of a script (the last
// one repeats), or per path, and records what it was sent.

import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface ReceivedRequest {
  method: string;
  url: string;
  authorization: string;
  contentType: string;
  body: string;
}

export interface ScriptedServer {
  url: string;
  requests: ReceivedRequest[];
  server: Server;
  close(): Promise<void>;
}

/** `script`: answers in order, or a function of the request and how many came before it. */
export async function scriptedServer(script: ScriptedAnswer[] | ((request: ReceivedRequest, index: number) => ScriptedAnswer)): Promise<ScriptedServer> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const received = { method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization ?? '', contentType: req.headers['content-type'] ?? '', body };
      requests.push(received);
      const answer = typeof script === 'function' ? script(received, requests.length - 1) : (script[Math.min(requests.length - 1, script.length - 1)] as ScriptedAnswer);
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(answer.body));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    server,
    async close() {
      if (!server.listening) return;
      server.close();
      await once(server, 'close');
    },
  };
}
