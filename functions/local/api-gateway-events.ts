// How the local stand-in for API Gateway (HTTP API, payload format 2.0) speaks Lambda: the route's path parameters
// matched, the request turned into the event the authorizer and the route get on AWS, and a handler's result turned
// back into a status, headers and a body. One place builds events, one place reads results.

import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { APIGatewayEventRequestContextV2, APIGatewayProxyResultV2 } from 'aws-lambda';

export interface LocalResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/** The fields the authorizer's and the route's events share (payload format 2.0). */
export function buildRequestEvent(req: IncomingMessage, route: { method: string; path: string }, pathParameters: Record<string, string>) {
  const { rawPath, rawQueryString } = requestTarget(req);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === 'cookie') continue;
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const cookies = req.headers.cookie?.split(';').map((cookie) => cookie.trim()).filter(Boolean);
  const query: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(rawQueryString)) query[name] = name in query ? `${query[name]},${value}` : value;
  const now = new Date();
  const host = headers.host ?? 'localhost';
  const routeKey = `${route.method} ${route.path}`;
  const requestContext: APIGatewayEventRequestContextV2 = {
    accountId: '000000000000',
    apiId: 'local',
    domainName: host,
    domainPrefix: host.split('.')[0] ?? host,
    http: {
      method: route.method,
      path: rawPath,
      protocol: `HTTP/${req.httpVersion}`,
      sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
      userAgent: headers['user-agent'] ?? '',
    },
    requestId: randomUUID(),
    routeKey,
    stage: '$default',
    time: formatRequestTime(now),
    timeEpoch: now.getTime(),
  };
  return {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString,
    ...(cookies?.length ? { cookies } : {}),
    headers,
    ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
    ...(Object.keys(pathParameters).length > 0 ? { pathParameters } : {}),
    requestContext,
  };
}

/** The path and query exactly as sent: not normalised, so "/feeds/../x" is seen (and refused) as such. */
export function requestTarget(req: IncomingMessage): { rawPath: string; rawQueryString: string } {
  const target = req.url ?? '/';
  const question = target.indexOf('?');
  return question < 0
    ? { rawPath: target, rawQueryString: '' }
    : { rawPath: target.slice(0, question), rawQueryString: target.slice(question + 1) };
}

/** Matches `/articles/{articleId}` against a path; the parameters (decoded), or undefined. */
export function matchPath(template: string, rawPath: string): Record<string, string> | undefined {
  const want = template.split('/');
  const got = rawPath.split('/');
  if (want.length !== got.length) return undefined;
  const parameters: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const actual = got[index] ?? '';
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name === undefined) {
      if (part !== actual) return undefined;
      continue;
    }
    if (actual === '') return undefined;
    try {
      parameters[name] = decodeURIComponent(actual);
    } catch {
      return undefined;
    }
  }
  return parameters;
}

/** A handler's result as API Gateway turns it into a response (a bare value is the JSON body of a 200). */
export function fromLambdaResult(result: APIGatewayProxyResultV2): LocalResponse {
  if (typeof result !== 'object' || result === null || !('statusCode' in result)) {
    // A result without statusCode is taken as the JSON body of a 200.
    const body = typeof result === 'string' ? result : JSON.stringify(result);
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body };
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name.toLowerCase()] = String(value);
  const body = result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? '');
  if (result.cookies?.length) headers['set-cookie'] = result.cookies.join('\n');
  return { statusCode: result.statusCode ?? 200, headers, body };
}

/** API Gateway's requestContext.time: `12/Mar/2020:19:03:58 +0000`. */
function formatRequestTime(date: Date): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${pad(date.getUTCDate())}/${months[date.getUTCMonth()]}/${date.getUTCFullYear()}:` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
  );
}
