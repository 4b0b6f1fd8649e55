// A raw HTTP/1.1 client on a TCP socket, for requests fetch will not send: lying Content-Length, truncated
// bodies, broken header bytes, duplicate headers, garbage request lines. One request per connection
// (`Connection: close`); the answer is the first status line the server writes.

import { connect } from 'node:net';

export interface RawRequest {
  method: string;
  /** Sent as it is (no encoding). */
  path: string;
  /** Sent in this order, as they are; `content-length` is added from the body unless given (or `chunked`). */
  headers?: [string, string][];
  body?: Buffer | string;
  /** Replaces the whole request (head and body) with these bytes. */
  raw?: Buffer;
  /** Stop sending after the body (the request may promise more bytes than it sends). */
  halfClose?: boolean;
}

export interface RawAnswer {
  /** The status code, or null when the connection closed (or timed out) without a status line. */
  status: number | null;
  headers: Record<string, string>;
  body: string;
  outcome: 'answered' | 'closed' | 'timeout';
  ms: number;
}

export function requestBytes(request: RawRequest): Buffer {
  if (request.raw) return request.raw;
  const body = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : (request.body ?? Buffer.alloc(0));
  const headers = request.headers ?? [];
  const has = (name: string) => headers.some(([key]) => key.toLowerCase() === name);
  const lines = [`${request.method} ${request.path} HTTP/1.1`, 'Host: localhost', 'Connection: close'];
  for (const [name, value] of headers) lines.push(`${name}: ${value}`);
  if (!has('content-length') && !has('transfer-encoding') && (body.byteLength > 0 || ['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method))) {
    lines.push(`Content-Length: ${body.byteLength}`);
  }
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body]);
}

/** Sends the request and waits for the answer (the server closing the connection), at most timeoutMs. */
export function rawRequest(port: number, request: RawRequest, timeoutMs = 30_000): Promise<RawAnswer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (outcome: RawAnswer['outcome']) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const match = /^HTTP\/1\.[01] (\d{3})[^\r\n]*\r\n/.exec(text);
      const headEnd = text.indexOf('\r\n\r\n');
      const headers: Record<string, string> = {};
      for (const line of text.slice(0, Math.max(headEnd, 0)).split('\r\n').slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const body = headEnd < 0 ? '' : Buffer.from(text.slice(headEnd + 4), 'latin1').toString('utf8');
      resolve({
        status: match ? Number(match[1]) : null,
        headers,
        body,
        outcome: match ? 'answered' : outcome,
        ms: performance.now() - started,
      });
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      // One complete answer is enough (the server may keep the socket open after a 4xx it wrote early).
      const text = Buffer.concat(chunks).toString('latin1');
      const headEnd = text.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, headEnd))?.[1];
      if (headEnd >= 0 && length !== undefined && Buffer.byteLength(text.slice(headEnd + 4), 'latin1') >= Number(length)) finish('answered');
    });
    socket.on('end', () => finish('closed'));
    socket.on('close', () => finish('closed'));
    socket.on('error', () => finish('closed'));
    socket.on('connect', () => {
      socket.write(requestBytes(request), () => {
        if (request.halfClose) socket.end();
      });
    });
  });
}
