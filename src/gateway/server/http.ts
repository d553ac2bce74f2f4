/**
 * The gateway's HTTP surface (protocol version 1): routes, body limits, JSON and form bodies, no-store
 * responses, and the one mapping from the domain's outcomes to status codes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Gateway, LogContext, Outcome } from './gateway.js';
import type { SigningKeys } from './keys.js';
import type { GatewayMetrics } from './metrics.js';
import { oauthStatus } from './oauth-error.js';

export interface HttpOutcome {
  status: number;
  body: Record<string, unknown>;
  /** Prometheus text instead of JSON (GET /metrics). */
  text?: { contentType: string; body: string };
  context?: LogContext;
}

/** One structured log line (JSON): never a token, a credential or a statement. */
export type LogRecord = Record<string, unknown> & { msg: string };

const STATUS: Record<Exclude<Outcome['outcome'], 'oauth_error'>, number> = {
  done: 200,
  review_pending: 202,
  invalid: 400,
  refused: 403,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
};

export function toHttp(outcome: Outcome): HttpOutcome {
  const context = outcome.context ? { context: outcome.context } : {};
  if (outcome.outcome === 'oauth_error') return { status: oauthStatus(outcome.error), body: outcome.error.body(), ...context };
  return { status: STATUS[outcome.outcome], body: outcome.body, ...context };
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** The request handler for an HTTP or HTTPS server: one JSON log line per request (time, route, status, session, identity, latency). */
export function gatewayHandler(gateway: Gateway, keys: SigningKeys, metrics: GatewayMetrics, log: (record: LogRecord) => void): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const started = performance.now();
    void route(gateway, keys, metrics, req)
      .catch((error: Error): HttpOutcome => {
        log({ time: new Date().toISOString(), level: 'error', msg: 'internal error', method: req.method, route: routeOf(pathOf(req)), error: error.message.slice(0, 300) });
        if ((error as { status?: number }).status === 413) return { status: 413, body: { error: 'invalid_request', error_description: `the request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB` } };
        return { status: 500, body: { error: 'server_error', error_description: 'internal gateway error; nothing was executed for this request' } };
      })
      .then((outcome) => {
        send(res, outcome);
        const seconds = (performance.now() - started) / 1000;
        const route = routeOf(pathOf(req));
        metrics.requests.observe({ route, status: String(outcome.status) }, seconds);
        if (route === '/healthz' || route === '/readyz' || route === '/metrics') return; // probes and scrapes would drown the log
        // A refusal says why (an OAuth error's description or the refusal's message: never a token or credential).
        const body = outcome.body as { error_description?: unknown; message?: unknown } | undefined;
        const why = outcome.status >= 400 ? (body?.error_description ?? body?.message) : undefined;
        log({ time: new Date().toISOString(), level: outcome.status >= 500 ? 'error' : outcome.status >= 400 ? 'warn' : 'info', msg: 'request', method: req.method, route, status: outcome.status, latency_ms: Math.round(seconds * 1000), ...outcome.context, ...(typeof why === 'string' ? { reason: why.slice(0, 300) } : {}) });
      });
  };
}

const EXEC_PATH = /^\/v1\/connections\/([^/]+)\/exec$/;
const WIRE_PATH = /^\/v1\/connections\/([^/]+)\/wire$/;
const WIRE_END_PATH = /^\/v1\/connections\/([^/]+)\/wire\/end$/;
const REVIEW_PATH = /^\/v1\/sessions\/([^/]+)\/review$/;
const SESSION_PATH = /^\/v1\/sessions\/([^/]+)$/;

/** The route template of a path: ids and connection names are not labels (unbounded, and possibly hostile). */
function routeOf(path: string): string {
  if (EXEC_PATH.test(path)) return '/v1/connections/{name}/exec';
  if (WIRE_PATH.test(path)) return '/v1/connections/{name}/wire';
  if (WIRE_END_PATH.test(path)) return '/v1/connections/{name}/wire/end';
  if (REVIEW_PATH.test(path)) return '/v1/sessions/{id}/review';
  if (SESSION_PATH.test(path)) return '/v1/sessions/{id}';
  return ['/healthz', '/readyz', '/metrics', '/.well-known/jwks.json', '/.well-known/migration-guard-audit-keys', '/v1/token'].includes(path) ? path : 'other';
}

function pathOf(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0]!;
}

async function route(gateway: Gateway, keys: SigningKeys, metrics: GatewayMetrics, req: IncomingMessage): Promise<HttpOutcome> {
  const path = pathOf(req);
  const method = req.method ?? 'GET';
  if (method === 'GET' && path === '/healthz') return { status: 200, body: { status: 'ok' } };
  if (method === 'GET' && path === '/readyz') {
    const { ready, checks } = await gateway.readiness();
    return { status: ready ? 200 : 503, body: { status: ready ? 'ready' : 'not_ready', checks } };
  }
  if (method === 'GET' && path === '/metrics') return { status: 200, body: {}, text: { contentType: metrics.registry.contentType, body: await metrics.registry.metrics() } };
  if (method === 'GET' && path === '/.well-known/jwks.json') return { status: 200, body: keys.jwks as unknown as Record<string, unknown> };
  if (method === 'GET' && path === '/.well-known/migration-guard-audit-keys') return { status: 200, body: { keys: gateway.auditPublicKeys } };
  if (method === 'POST' && path === '/v1/token') {
    if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return { status: 400, body: { error: 'invalid_request', error_description: 'the token endpoint takes application/x-www-form-urlencoded (RFC 8693)' } };
    }
    return toHttp(await gateway.exchange(new URLSearchParams(await readBody(req))));
  }
  let m = EXEC_PATH.exec(path);
  if (m && method === 'POST') {
    const body = await readJson(req);
    if (body === undefined) return { status: 400, body: { error: 'invalid_request', error_description: 'the body must be JSON' } };
    return toHttp(await gateway.exec(req.headers.authorization, decodeURIComponent(m[1]!), body));
  }
  m = WIRE_PATH.exec(path);
  if (m && method === 'POST') {
    const body = await readJson(req);
    if (body === undefined) return { status: 400, body: { error: 'invalid_request', error_description: 'the body must be JSON' } };
    return toHttp(await gateway.openWire(req.headers.authorization, decodeURIComponent(m[1]!), body));
  }
  m = WIRE_END_PATH.exec(path);
  if (m && method === 'POST') return toHttp(await gateway.endWire(req.headers.authorization, decodeURIComponent(m[1]!)));
  m = SESSION_PATH.exec(path);
  if (m && method === 'GET') return toHttp(await gateway.session(req.headers.authorization, decodeURIComponent(m[1]!)));
  m = REVIEW_PATH.exec(path);
  if (m && method === 'POST') return toHttp(await gateway.review(req.headers.authorization, decodeURIComponent(m[1]!), (await readJson(req)) ?? {}));
  return { status: 404, body: { error: 'not_found', error_description: `no route for ${method} ${path}` } };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error('request body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The parsed body, or undefined when it is not JSON (a body over the limit is an error, not "not JSON"). */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, outcome: HttpOutcome) {
  const body = outcome.text?.body ?? JSON.stringify(outcome.body);
  const contentType = outcome.text?.contentType ?? 'application/json; charset=utf-8';
  res.writeHead(outcome.status, { 'content-type': contentType, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
