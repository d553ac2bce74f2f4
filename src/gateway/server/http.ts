/**
 * The gateway's HTTP surface (protocol version 1): routes, body limits, JSON and form bodies, no-store
 * responses, and the one mapping from the domain's outcomes to status codes.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Gateway, Outcome } from './gateway.js';
import type { SigningKeys } from './keys.js';
import { oauthStatus } from './oauth-error.js';

export interface HttpOutcome {
  status: number;
  body: Record<string, unknown>;
}

const STATUS: Record<Exclude<Outcome['outcome'], 'oauth_error'>, number> = {
  done: 200,
  review_pending: 202,
  invalid: 400,
  refused: 403,
  not_found: 404,
  conflict: 409,
};

export function toHttp(outcome: Outcome): HttpOutcome {
  if (outcome.outcome === 'oauth_error') return { status: oauthStatus(outcome.error), body: outcome.error.body() };
  return { status: STATUS[outcome.outcome], body: outcome.body };
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;

export function createGatewayServer(gateway: Gateway, keys: SigningKeys, log: (line: string) => void): Server {
  return createServer((req, res) => {
    const started = performance.now();
    void route(gateway, keys, req)
      .catch((error: Error): HttpOutcome => {
        log(`internal error on ${req.method} ${pathOf(req)}: ${error.message}`);
        return { status: 500, body: { error: 'server_error', error_description: 'internal gateway error; nothing was executed for this request' } };
      })
      .then((outcome) => {
        send(res, outcome);
        log(`${req.method} ${pathOf(req)} ${outcome.status} ${Math.round(performance.now() - started)}ms`);
      });
  });
}

function pathOf(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0]!;
}

async function route(gateway: Gateway, keys: SigningKeys, req: IncomingMessage): Promise<HttpOutcome> {
  const path = pathOf(req);
  const method = req.method ?? 'GET';
  if (method === 'GET' && path === '/healthz') return { status: 200, body: { status: 'ok' } };
  if (method === 'GET' && path === '/.well-known/jwks.json') return { status: 200, body: keys.jwks as unknown as Record<string, unknown> };
  if (method === 'POST' && path === '/v1/token') {
    if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return { status: 400, body: { error: 'invalid_request', error_description: 'the token endpoint takes application/x-www-form-urlencoded (RFC 8693)' } };
    }
    return toHttp(await gateway.exchange(new URLSearchParams(await readBody(req))));
  }
  let m = /^\/v1\/connections\/([^/]+)\/exec$/.exec(path);
  if (m && method === 'POST') {
    const body = await readJson(req);
    if (body === undefined) return { status: 400, body: { error: 'invalid_request', error_description: 'the body must be JSON' } };
    return toHttp(await gateway.exec(req.headers.authorization, decodeURIComponent(m[1]!), body));
  }
  m = /^\/v1\/sessions\/([^/]+)$/.exec(path);
  if (m && method === 'GET') return toHttp(await gateway.session(req.headers.authorization, decodeURIComponent(m[1]!)));
  m = /^\/v1\/sessions\/([^/]+)\/review$/.exec(path);
  if (m && method === 'POST') return toHttp(await gateway.review(req.headers.authorization, decodeURIComponent(m[1]!), (await readJson(req)) ?? {}));
  return { status: 404, body: { error: 'not_found', error_description: `no route for ${method} ${path}` } };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  try {
    return JSON.parse(await readBody(req));
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, outcome: HttpOutcome) {
  const body = JSON.stringify(outcome.body);
  res.writeHead(outcome.status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
