/**
 * The gateway as a platform team runs it: TLS, no plain HTTP off loopback, readiness, Prometheus metrics,
 * structured logs without secrets, graceful shutdown on SIGTERM (finish, or interrupt and roll back), and the
 * container layout (dist/ alone, no node_modules). Real processes, a real PostgreSQL server, real HTTPS.
 */
import { cpSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import postgresClient from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfSignedCertificate } from '../helpers/tls.js';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway.js';
import { GITHUB_CLAIMS, LocalIssuer } from '../helpers/issuer.js';
import { exchange, exec, planFor } from '../helpers/plan.js';
import { startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { CLI, ROOT, runNode, tempDir } from '../helpers/run.js';

const AUDIENCE = 'https://gateway.test';
let pg: PostgresServer;
let issuer: LocalIssuer;
let appUrl: string;

const app = <T = Record<string, unknown>>(sql: string) => pg.query<T>(sql, [], 'app');
const idToken = () => issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE });

function configWith(extra: Record<string, unknown> = {}, connections: Array<Record<string, unknown>> = []) {
  return {
    version: 1,
    issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }],
    connections: [{ name: 'prod', driver: 'postgres', 'url-env': 'APP_URL', access: { repository: ['acme/*'] } }, ...connections],
    ...extra,
  };
}

function httpsGet(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    request(url, { ca }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    })
      .on('error', fail)
      .end();
  });
}

beforeAll(async () => {
  pg = await startPostgres();
  appUrl = await pg.createDatabase('app');
  issuer = await new LocalIssuer().start();
}, 120_000);

afterAll(async () => {
  await issuer?.stop();
  pg?.stop();
});

describe('TLS', () => {
  it('serves HTTPS with the configured certificate, and nothing in plain HTTP on that port', async () => {
    const tls = selfSignedCertificate();
    const gateway = await startGatewayProcess(configWith({ listen: { host: '127.0.0.1', tls: { cert: tls.cert, key: tls.key } } }), { APP_URL: appUrl });
    try {
      expect(gateway.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(await httpsGet(`${gateway.url}/healthz`, tls.pem)).toEqual({ status: 200, body: '{"status":"ok"}' });
      await expect(fetch(`${gateway.url.replace('https:', 'http:')}/healthz`)).rejects.toThrow();
    } finally {
      await gateway.stop();
    }
  });

  it('refuses to listen off loopback without TLS, unless plain HTTP is explicitly allowed for a TLS proxy', async () => {
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    const { stringify } = await import('yaml');
    writeFileSync(join(dir, 'g.yml'), stringify(configWith({ listen: { host: '0.0.0.0', port: 0 } })));
    const refused = await runNode(CLI, ['gateway', '--config', join(dir, 'g.yml')], { cwd: ROOT, env: { APP_URL: appUrl } });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/listening on 0\.0\.0\.0 without TLS would send session tokens in clear text: set `listen\.tls`/);
    const allowed = await startGatewayProcess(configWith({ listen: { host: '0.0.0.0', 'allow-insecure-http': true } }), { APP_URL: appUrl });
    try {
      expect(allowed.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/);
    } finally {
      await allowed.stop();
    }
  });
});

describe('probes, metrics and logs', () => {
  let gateway: GatewayProcess;
  beforeAll(async () => {
    gateway = await startGatewayProcess(
      configWith({}, [{ name: 'down', driver: 'postgres', 'url-env': 'DOWN_URL', access: { repository: ['acme/*'] } }]),
      { APP_URL: appUrl, DOWN_URL: 'postgres://migrator:s3cret-down@127.0.0.1:9/app' },
    );
  }, 60_000);
  afterAll(() => gateway?.stop());

  it('GET /readyz checks the store and every connection, naming what is down and never its URL', async () => {
    const response = await fetch(`${gateway.url}/readyz`);
    const text = await response.text();
    expect(response.status).toBe(503);
    expect(JSON.parse(text)).toEqual({ status: 'not_ready', checks: { store: 'ok', 'connection prod': 'ok', 'connection down': 'unavailable (ECONNREFUSED)' } });
    expect(text).not.toContain('s3cret');
    expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200); // alive, just not ready
  });

  it('GET /metrics counts exchanges, statements, refusals and audit appends in Prometheus text', async () => {
    const plan = await planFor({ 'db/m1.sql': 'CREATE TABLE metered (id int);\nINSERT INTO metered VALUES (1);\n' });
    const token = await exchange(gateway.url, await idToken(), { audience: 'prod', plan });
    expect((await exec(gateway.url, 'prod', token.body.access_token!, plan)).body.status).toBe('done');
    expect((await exchange(gateway.url, 'not-a-jwt', { audience: 'prod', plan })).status).toBe(400);
    const response = await fetch(`${gateway.url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const metrics = await response.text();
    expect(metrics).toMatch(/^mg_token_exchanges_total\{outcome="accepted"\} 1$/m);
    expect(metrics).toMatch(/^mg_token_exchanges_total\{outcome="refused"\} 1$/m);
    expect(metrics).toMatch(/^mg_refusals_total\{reason="token_invalid_grant"\} 1$/m);
    expect(metrics).toMatch(/^mg_statements_total\{outcome="ok"\} 2$/m);
    expect(Number(/^mg_audit_append_seconds_count (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(6);
    expect(metrics).toMatch(/^mg_http_request_seconds_count\{route="\/v1\/connections\/\{name\}\/exec",status="200"\} 1$/m);
  });

  it('logs one JSON line per request with route, status, session, identity and latency, and never a token', async () => {
    const plan = await planFor({ 'db/m2.sql': 'CREATE TABLE logged (id int);\n' });
    const subjectToken = await idToken();
    const token = await exchange(gateway.url, subjectToken, { audience: 'prod', plan });
    const ran = await exec(gateway.url, 'prod', token.body.access_token!, plan);
    await new Promise((r) => setTimeout(r, 100));
    const lines = gateway.stderr().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const execLine = lines.find((l) => l.route === '/v1/connections/{name}/exec' && l.session === ran.body.session_id);
    expect(execLine).toMatchObject({ level: 'info', msg: 'request', method: 'POST', status: 200, repository: 'acme/shop', actor: 'octocat', run_id: expect.any(String) });
    expect(execLine!.latency_ms).toEqual(expect.any(Number));
    expect(Date.parse(String(execLine!.time))).not.toBeNaN();
    const all = gateway.stdout() + gateway.stderr();
    for (const secret of [subjectToken, token.body.access_token!, appUrl, 's3cret-down']) expect(all).not.toContain(secret);
  });
});

describe('logs of refusals and --log-format', () => {
  it('a refused token exchange and a refused wire login log why (never a token); --log-format json makes the start-up lines records too', async () => {
    const gateway = await startGatewayProcess(configWith({}, [{ name: 'wired', driver: 'postgres', 'url-env': 'APP_URL', access: { repository: ['acme/*'] }, wire: { port: 0 } }]), { APP_URL: appUrl }, ['--log-format', 'json']);
    try {
      const startup = gateway.stdout().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(startup).toContainEqual(expect.objectContaining({ level: 'info', msg: `migration-guard gateway listening on ${gateway.url}`, url: gateway.url }));
      expect(startup).toContainEqual(expect.objectContaining({ connection: 'wired', port: expect.any(Number) }));
      const plan = await planFor({ 'db/m3.sql': 'CREATE TABLE refused_log (id int);\n' });
      const foreign = await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE, repository: 'evil/fork' });
      expect((await exchange(gateway.url, foreign, { audience: 'prod', plan })).status).toBe(403);
      const wirePort = Number((startup.find((l) => l.connection === 'wired' && l.port) as { port: number }).port);
      const client = new postgresClient.Client({ host: '127.0.0.1', port: wirePort, user: 'session', password: 'not-a-session-token', database: 'wired' });
      await expect(client.connect()).rejects.toThrow(/the session token is invalid/);
      await new Promise((r) => setTimeout(r, 200));
      const records = gateway.stderr().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(records).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'request', route: '/v1/token', status: 403, reason: 'claim repository "evil/fork" is not allowed for connection prod' }));
      expect(records).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'wire login refused', connection: 'wired', reason: expect.stringMatching(/the session token is invalid/) }));
      expect(gateway.stderr()).not.toContain(foreign);
      expect(gateway.stderr()).not.toContain('not-a-session-token');
    } finally {
      await gateway.stop();
    }
  });
});

describe('graceful shutdown (SIGTERM)', () => {
  it('lets a running plan finish within the grace period, then exits and records the shutdown', async () => {
    const gateway = await startGatewayProcess(configWith({ listen: { 'shutdown-grace': 30 } }), { APP_URL: appUrl });
    const plan = await planFor({ 'db/s1.sql': 'CREATE TABLE finished_in_grace (id int);\nSELECT pg_sleep(1.5);\n' });
    const token = await exchange(gateway.url, await idToken(), { audience: 'prod', plan });
    const running = exec(gateway.url, 'prod', token.body.access_token!, plan);
    await new Promise((r) => setTimeout(r, 500));
    const exit = gateway.kill('SIGTERM');
    expect((await running).body.status).toBe('done');
    expect(await exit).toBe(0);
    expect(await app("SELECT to_regclass('finished_in_grace') IS NOT NULL AS present")).toEqual([{ present: true }]);
    expect(gateway.stderr()).toMatch(/"msg":"shutting down: no new plans; running plans may finish","signal":"SIGTERM","grace_seconds":30,"running":1/);
  });

  it('past the grace period interrupts the plan: its transaction rolls back, the shutdown names the session in the audit trail', async () => {
    const storeDir = tempDir('mg-store-');
    const gateway = await startGatewayProcess(configWith({ listen: { 'shutdown-grace': 1 }, store: { driver: 'pglite', 'data-dir': storeDir } }), { APP_URL: appUrl });
    const plan = await planFor({ 'db/s2.sql': 'CREATE TABLE interrupted_plan (id int);\nSELECT pg_sleep(30);\n' });
    const token = await exchange(gateway.url, await idToken(), { audience: 'prod', plan });
    const running = exec(gateway.url, 'prod', token.body.access_token!, plan);
    await new Promise((r) => setTimeout(r, 700));
    const started = Date.now();
    const exit = gateway.kill('SIGTERM');
    const answer = await running;
    expect(answer.body.status).toBe('failed');
    expect(answer.body.message).toMatch(/^the gateway shut down while this plan ran: the open transaction was rolled back/);
    expect(await exit).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await app("SELECT to_regclass('interrupted_plan') IS NULL AS absent")).toEqual([{ absent: true }]);
    expect(await app("SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()")).toEqual([{ n: 0 }]);
    expect(gateway.stderr()).toMatch(new RegExp(`"msg":"stopped","interrupted_sessions":\\["${answer.body.session_id}"\\]`));
    const exported = await runNode(CLI, ['audit', 'export', '--config', gateway.configPath], { cwd: ROOT, env: { APP_URL: appUrl } });
    const records = exported.stdout.trim().split('\n').map((line) => JSON.parse(line) as { kind: string; data: Record<string, unknown> });
    expect(records.at(-1)).toMatchObject({ kind: 'gateway.shutdown', data: { grace_seconds: 1, interrupted: [answer.body.session_id] } });
    expect(records.find((r) => r.kind === 'exec.end' && r.data.session === answer.body.session_id)?.data.status).toBe('failed');
    expect((await runNode(CLI, ['audit', 'verify', '--config', gateway.configPath], { cwd: ROOT })).code).toBe(0);
  });
});

describe('session-signing key rotation', () => {
  it('after rotate-key a restarted replica signs with the new key, and a replica not yet restarted accepts its sessions', async () => {
    const storeUrl = await pg.createDatabase('rotation_store');
    const shared = configWith({ store: { driver: 'postgres', 'url-env': 'STORE_URL' } });
    const env = { APP_URL: appUrl, STORE_URL: storeUrl };
    const old = await startGatewayProcess(shared, env);
    let restarted = await startGatewayProcess(shared, env);
    try {
      const kidsBefore = ((await (await fetch(`${old.url}/.well-known/jwks.json`)).json()) as { keys: Array<{ kid: string }> }).keys.map((k) => k.kid);
      const rotated = await runNode(CLI, ['gateway', 'rotate-key', '--config', restarted.configPath], { cwd: ROOT, env });
      expect(rotated.code, rotated.stderr).toBe(0);
      const kid = /new session-signing key (\S+) stored/.exec(rotated.stdout)![1]!;
      expect(kidsBefore).not.toContain(kid);
      await restarted.stop();
      restarted = await startGatewayProcess(shared, env);
      const plan = await planFor({ 'db/k1.sql': 'CREATE TABLE signed_with_new_key (id int);\n' });
      const token = await exchange(restarted.url, await idToken(), { audience: 'prod', plan });
      const header = JSON.parse(Buffer.from(token.body.access_token!.split('.')[0]!, 'base64url').toString()) as { kid: string };
      expect(header.kid).toBe(kid);
      expect((await exec(old.url, 'prod', token.body.access_token!, plan)).body.status).toBe('done');
    } finally {
      await old.stop();
      await restarted.stop();
    }
  });
});

describe('container layout', () => {
  it('runs the gateway from a copy of dist/ alone, as the Dockerfile ships it', async () => {
    const image = tempDir('mg-image-');
    cpSync(join(ROOT, 'dist'), join(image, 'dist'), { recursive: true });
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^COPY dist\/ \/app\/dist\/$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    const { spawn } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    const { stringify } = await import('yaml');
    writeFileSync(join(image, 'gateway.yml'), stringify(configWith({ listen: { host: '127.0.0.1', port: 0 } })));
    const child = spawn(process.execPath, [join(image, 'dist/cli.js'), 'gateway', '--config', join(image, 'gateway.yml')], { cwd: image, env: { PATH: process.env.PATH, APP_URL: appUrl } });
    try {
      const url = await new Promise<string>((done, fail) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const m = /listening on (http:\/\/\S+)/.exec(out);
          if (m) done(m[1]!);
        });
        child.once('exit', (code) => fail(new Error(`exited ${code}`)));
      });
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
