// The local stand-in for API Gateway (HTTP API, payload format 2.0) and CloudFront: turns node:http
// requests into the events the Lambda handlers get on AWS (the authorizer's, then the route's), and their
// results back into HTTP responses. The published site is served from the site bucket (site-route.ts), the
// editors' upload page from disk (editor-route.ts).
// Events are built and results read in api-gateway-events.ts; responses are written here (writeResponse).

import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2WithLambdaAuthorizer, APIGatewayProxyResultV2, APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import { buildRequestEvent, fromLambdaResult, type LocalResponse, matchPath, requestTarget } from './api-gateway-events.ts';
import { editorPageResponse } from './editor-route.ts';
import { defaultLog, type Log } from './log.ts';
import { type SiteReader, siteKeyForPath, sitePreflight, siteResponse } from './site-route.ts';

/** The event of a route behind the Lambda authorizer; `TContext` is what the authorizer returns. */
export type ApiEvent<TContext> = APIGatewayProxyEventV2WithLambdaAuthorizer<TContext>;
export type ApiHandler<TContext> = (event: ApiEvent<TContext>) => Promise<APIGatewayProxyResultV2>;
/** A "simple response" authorizer (payload format 2.0). */
export type Authorizer<TContext> = (
  event: APIGatewayRequestAuthorizerEventV2,
) => Promise<{ isAuthorized: boolean; context: TContext }>;

export interface ApiRoute<TContext> {
  method: string;
  /** API Gateway route path, with `{name}` for one path segment: `/articles/{articleId}`. */
  path: string;
  handler: ApiHandler<TContext>;
}

export interface HttpServerOptions<TContext> {
  /** Every API route sits behind the authorizer, as in the stack. */
  routes: ApiRoute<TContext>[];
  authorizer: Authorizer<TContext>;
  site: SiteReader;
  /** Bodies are read up to this many bytes plus one, so the handler can tell "too large" (413) itself. */
  maxBodyBytes: number;
  log?: Log;
}

/** What every path through the server ends in; written by writeResponse only. */
/** Bytes of an oversized body read and thrown away after answering, before the connection is cut. */
const MAX_DISCARDED_BYTES = 64 * 1024 * 1024;

/** CloudFront and API Gateway answer 414 to a request URL (path and query) longer than this. */
export const MAX_URL_BYTES = 8192;

const BEARER_HINT = 'Send the editor token as "Authorization: Bearer <token>".';

/** The request listener for a node:http server (attached once the handlers exist; see local-runtime.ts). */
export function createRequestListener<TContext>(options: HttpServerOptions<TContext>): RequestListener {
  const log = options.log ?? defaultLog;
  return (req, res) => {
    const started = Date.now();
    handleRequest(options, req)
      .catch((error: unknown) => {
        log(`http: ${req.method} ${req.url} failed`, error);
        return jsonError(500, 'internal_error', 'Something went wrong on our side; the error is in the server log.');
      })
      .then((response) => {
        writeResponse(res, response, req.method === 'HEAD');
        log(`http: ${req.method} ${req.url} ${response.statusCode} ${Date.now() - started} ms`);
      });
  };
}

async function handleRequest<TContext>(options: HttpServerOptions<TContext>, req: IncomingMessage): Promise<LocalResponse> {
  const method = req.method ?? 'GET';
  if (Buffer.byteLength(req.url ?? '', 'utf8') > MAX_URL_BYTES) {
    return jsonError(414, 'uri_too_long', `Request URLs are limited to ${MAX_URL_BYTES} bytes; the feeds and records are at short paths listed in /feeds/index.json.`);
  }
  const { rawPath } = requestTarget(req);
  if (!rawPath.startsWith('/')) return jsonError(400, 'bad_request', 'The request target must be a path.');

  const matches = options.routes
    .map((route) => ({ route, pathParameters: matchPath(route.path, rawPath) }))
    .filter((match) => match.pathParameters !== undefined);
  const site = siteKeyForPath(rawPath);
  // The site's /meetings/{id}.json and .html are published files, not the API's GET /meetings/{id} (ids have no dot).
  const readsPublished = (site.kind === 'key' || site.kind === 'absent') && (method === 'GET' || method === 'HEAD');
  const match = readsPublished ? undefined : matches.find((candidate) => candidate.route.method === method);
  if (match?.pathParameters) {
    const body = await readBody(req, options.maxBodyBytes);
    return invokeRoute(options, req, match.route, match.pathParameters, body);
  }
  if ((rawPath === '/editor' || rawPath.startsWith('/editor/')) && (method === 'GET' || method === 'HEAD')) {
    return (await editorPageResponse(rawPath)) ?? jsonError(404, 'not_found', `The editors' page has no file at ${rawPath}; it is at /editor/.`);
  }
  // DELETE /meetings/{id} and GET /meetings/{id}.json share a shape: a read of the site (or its preflight) is not a wrong method.
  const readsSite = (site.kind === 'key' || site.kind === 'absent') && (method === 'GET' || method === 'HEAD' || method === 'OPTIONS');
  if (matches.length > 0 && !readsSite) return methodNotAllowed(matches.map((candidate) => candidate.route.method));

  if (site.kind === 'invalid') return jsonError(400, 'bad_request', site.reason);
  if (site.kind === 'absent') return jsonError(404, 'not_found', site.reason);
  if (site.kind === 'key') {
    if (method === 'OPTIONS') return sitePreflight();
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(['GET', 'HEAD', 'OPTIONS']);
    const object = await options.site(site.key);
    if (!object) return jsonError(404, 'not_found', `Nothing is published at ${rawPath} (yet).`);
    return siteResponse(object, {
      ifNoneMatch: header(req, 'if-none-match'),
      ifModifiedSince: header(req, 'if-modified-since'),
      acceptEncoding: header(req, 'accept-encoding'),
    });
  }
  return jsonError(404, 'not_found', `No route for ${method} ${rawPath}.`);
}

async function invokeRoute<TContext>(
  options: HttpServerOptions<TContext>,
  req: IncomingMessage,
  route: ApiRoute<TContext>,
  pathParameters: Record<string, string>,
  body: Buffer,
): Promise<LocalResponse> {
  const request = buildRequestEvent(req, route, pathParameters);
  // The identity source is the Authorization header: without it API Gateway answers 401 by itself.
  const authorization = request.headers.authorization;
  if (!authorization) return jsonError(401, 'unauthorized', `The Authorization header is missing. ${BEARER_HINT}`);
  const decision = await options.authorizer({
    ...request,
    type: 'REQUEST',
    routeArn: `arn:aws:execute-api:local:000000000000:local/$default/${route.method}${request.rawPath}`,
    identitySource: [authorization],
    cookies: request.cookies ?? [],
  });
  if (!decision.isAuthorized) return jsonError(401, 'unauthorized', `The editor token was not accepted. ${BEARER_HINT}`);
  const event: ApiEvent<TContext> = {
    ...request,
    requestContext: { ...request.requestContext, authorizer: { lambda: decision.context } },
    isBase64Encoded: body.byteLength > 0,
    ...(body.byteLength > 0 ? { body: body.toString('base64') } : {}),
  };
  return fromLambdaResult(await route.handler(event));
}

/**
 * Reads at most `limit + 1` bytes, so that a handler can see the body is too large without us buffering
 * an unbounded one. The rest is read and thrown away (up to a cap) so the client still gets the answer.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let discarded = 0;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks, kept));
    };
    req.on('data', (chunk: Buffer) => {
      const room = limit + 1 - kept;
      if (room > 0) {
        const part = chunk.byteLength > room ? chunk.subarray(0, room) : chunk;
        chunks.push(part);
        kept += part.byteLength;
        if (kept > limit) settle();
        return;
      }
      discarded += chunk.byteLength;
      if (discarded > MAX_DISCARDED_BYTES) req.socket.destroy();
    });
    req.on('end', settle);
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    req.on('error', fail);
    req.on('close', () => {
      if (!req.complete) fail(new Error('The client went away before sending the whole body.'));
    });
  });
}

/** API Gateway's reading of a Lambda result (payload format 2.0). */
function jsonError(statusCode: number, code: string, message: string): LocalResponse {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ error: { code, message } }),
  };
}

function methodNotAllowed(allowed: string[]): LocalResponse {
  const allow = [...new Set(allowed)].join(', ');
  const response = jsonError(405, 'method_not_allowed', `This path accepts ${allow} only.`);
  return { ...response, headers: { ...response.headers, allow } };
}

function writeResponse(res: ServerResponse, response: LocalResponse, headOnly: boolean): void {
  if (res.headersSent || res.destroyed) return;
  const body = typeof response.body === 'string' ? Buffer.from(response.body) : response.body;
  const { 'set-cookie': setCookie, ...headers } = response.headers;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (setCookie) res.setHeader('set-cookie', setCookie.split('\n'));
  if (response.statusCode !== 304 && !res.hasHeader('content-length')) res.setHeader('content-length', body.byteLength);
  res.statusCode = response.statusCode;
  res.end(headOnly || response.statusCode === 304 ? undefined : body);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

