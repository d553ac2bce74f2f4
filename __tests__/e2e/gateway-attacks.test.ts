/**
 * The gateway as an attacker meets it: a process on loopback in front of a real PostgreSQL server. The JWT attack
 * matrix (RFC 8725), forged and reused session tokens, HTTP abuse, and kill -9 in the middle of a plan. Afterwards
 * every response body and log line of the suite is searched for the database password and every token it saw.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { base64url, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway.js';
import { GITHUB_CLAIMS, LocalIssuer } from '../helpers/issuer.js';
import { planFor, type TestPlan } from '../helpers/plan.js';
import { startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { CLI, ROOT, runNode, tempDir } from '../helpers/run.js';
import { exchange as exchangeFor, endWire, openWire, exec as execFor } from '../helpers/plan.js';
import { RawWireClient, serialize } from '../helpers/raw-wire.js';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const AUDIENCE = 'https://gateway.test';
const DB_PASSWORD = `pw-${randomUUID()}`;
let pg: PostgresServer;
let issuer: LocalIssuer;
let gateway: GatewayProcess;
let env: Record<string, string>;
let config: Record<string, unknown>;
/** Everything secret the suite handled, and everything the gateway said: checked against each other at the end. */
const secrets = new Set<string>([DB_PASSWORD]);
const said: string[] = [];

const app = <T = Record<string, unknown>>(sql: string) => pg.query<T>(sql, [], 'app');
const now = () => Math.floor(Date.now() / 1000);

async function call(path: string, init: RequestInit = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${gateway.url}${path}`, init);
  const text = await response.text();
  // The one place a session token belongs is the token endpoint's answer to its owner.
  said.push(path === '/v1/token' && response.status === 200 ? text.replace(/"access_token":"[^"]+"/, '"access_token":"[issued]"') : text);
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { text };
  }
  return { status: response.status, body };
}

async function exchangeToken(subjectToken: string, plan: TestPlan, audience = 'prod') {
  secrets.add(subjectToken);
  const form = new URLSearchParams({
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    subject_token: subjectToken,
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    audience,
    plan_digest: plan.digest,
    verdict: plan.verdict,
  });
  const answer = await call('/v1/token', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
  if (typeof answer.body.access_token === 'string') secrets.add(answer.body.access_token);
  return answer;
}

function execWith(sessionToken: string, plan: TestPlan, connection = 'prod') {
  secrets.add(sessionToken);
  return call(`/v1/connections/${connection}/exec`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sessionToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ plan_digest: plan.digest, statements: plan.statements }),
  });
}

const sign = (claims: Record<string, unknown> = {}, options: Parameters<LocalIssuer['sign']>[1] = {}) => issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE, ...claims }, options);

/** A JWT with any header (jose would refuse to make some), signed RS256 by the issuer's real key with WebCrypto. */
async function signedRaw(header: Record<string, unknown>, claims: Record<string, unknown> = {}) {
  const payload = { ...GITHUB_CLAIMS, aud: AUDIENCE, iss: issuer.url, iat: now(), exp: now() + 300, jti: randomUUID(), ...claims };
  const input = `${base64url.encode(JSON.stringify(header))}.${base64url.encode(JSON.stringify(payload))}`;
  const signature = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', issuer.privateKey, new TextEncoder().encode(input));
  return `${input}.${base64url.encode(new Uint8Array(signature))}`;
}

let safe: TestPlan;
let attackerJwks: Server;
let attackerHits = 0;

beforeAll(async () => {
  pg = await startPostgres();
  await pg.query(`CREATE ROLE migrator LOGIN PASSWORD '${DB_PASSWORD}'`);
  const appUrl = (await pg.createDatabase('app', 'migrator')).replace('postgres://migrator@', `postgres://migrator:${DB_PASSWORD}@`);
  const storeUrl = (await pg.createDatabase('store', 'migrator')).replace('postgres://migrator@', `postgres://migrator:${DB_PASSWORD}@`);
  secrets.add(appUrl);
  issuer = await new LocalIssuer().start();
  attackerJwks = createServer((_, res) => {
    attackerHits++;
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"keys":[]}');
  });
  await new Promise<void>((r) => attackerJwks.listen(0, '127.0.0.1', r));
  env = { APP_URL: appUrl, STORE_URL: storeUrl };
  config = {
    version: 1,
    issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }],
    store: { driver: 'postgres', 'url-env': 'STORE_URL' },
    connections: [
      { name: 'prod', driver: 'postgres', 'url-env': 'APP_URL', access: { repository: ['acme/shop'], ref: ['refs/heads/main'] } },
      { name: 'staging', driver: 'postgres', 'url-env': 'APP_URL', access: { repository: ['acme/shop'] } },
    ],
  };
  gateway = await startGatewayProcess(config, env);
  safe = await planFor({ 'db/a1.sql': 'SELECT 1;\n' });
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await issuer?.stop();
  attackerJwks?.close();
  pg?.stop();
});

describe('JWT attack matrix (RFC 8725) on the token exchange', () => {
  const attackerServer = () => `http://127.0.0.1:${(attackerJwks.address() as { port: number }).port}/jwks`;
  const attackerKey = async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: 'attacker' } };
  };
  const refused: Array<[string, () => Promise<string>, RegExp]> = [
    ['a jku header naming an attacker JWKS (never fetched)', async () => { const k = await attackerKey(); return new SignJWT({ ...GITHUB_CLAIMS, aud: AUDIENCE, jti: randomUUID() }).setProtectedHeader({ alg: 'RS256', kid: 'attacker', jku: attackerServer() }).setIssuer(issuer.url).setIssuedAt().setExpirationTime('5m').sign(k.privateKey); }, /kid\) that is not in the issuer's JWKS/],
    ['an x5u header naming an attacker certificate (never fetched)', async () => { const k = await attackerKey(); return new SignJWT({ ...GITHUB_CLAIMS, aud: AUDIENCE, jti: randomUUID() }).setProtectedHeader({ alg: 'RS256', kid: 'attacker', x5u: attackerServer() }).setIssuer(issuer.url).setIssuedAt().setExpirationTime('5m').sign(k.privateKey); }, /kid\) that is not in the issuer's JWKS/],
    ['an embedded jwk header with the attacker key', async () => { const k = await attackerKey(); return new SignJWT({ ...GITHUB_CLAIMS, aud: AUDIENCE, jti: randomUUID() }).setProtectedHeader({ alg: 'RS256', jwk: k.jwk }).setIssuer(issuer.url).setIssuedAt().setExpirationTime('5m').sign(k.privateKey); }, /(kid\) that is not in the issuer's JWKS|signature verification failed|subject_token is invalid)/],
    ['an embedded jwk header with the real kid', async () => { const k = await attackerKey(); return new SignJWT({ ...GITHUB_CLAIMS, aud: AUDIENCE, jti: randomUUID() }).setProtectedHeader({ alg: 'RS256', kid: issuer.kid, jwk: k.jwk }).setIssuer(issuer.url).setIssuedAt().setExpirationTime('5m').sign(k.privateKey); }, /signature verification failed/],
    ['a crit header with an unknown extension', () => signedRaw({ alg: 'RS256', kid: issuer.kid, typ: 'JWT', crit: ['exp-attack'], 'exp-attack': true }), /subject_token is invalid \(ERR_JOSE_NOT_SUPPORTED\)/],
    ['an unknown kid', () => sign({}, { kid: 'no-such-key' }), /kid\) that is not in the issuer's JWKS/],
    ['a nested token (cty: JWT, a JWT as the payload)', async () => { const inner = await sign(); const k = issuer.privateKey; const { CompactSign } = await import('jose'); return new CompactSign(new TextEncoder().encode(inner)).setProtectedHeader({ alg: 'RS256', kid: issuer.kid, cty: 'JWT' }).sign(k); }, /subject_token is (not a well-formed JWT|invalid)/],
    ['an audience array without this gateway', () => sign({ aud: ['https://other.example', 'https://another.example'] }), /audience \(aud\) does not match/],
    ['the issuer with a trailing slash', () => sign({ iss: `${issuer.url}/` }), /issuer \(iss\) ".*\/" is not trusted/],
    ['the issuer in another case', () => sign({ iss: issuer.url.replace('http://', 'HTTP://') }), /is not trusted/],
    ['a repository in another case', () => sign({ repository: 'ACME/shop' }), /claim repository "ACME\/shop" is not allowed/],
    ['a repository with a Cyrillic look-alike letter', () => sign({ repository: 'аcme/shop' }), /claim repository "аcme\/shop" is not allowed/],
    ['a repository with a fullwidth solidus', () => sign({ repository: 'acme／shop' }), /claim repository "acme／shop" is not allowed/],
    ['a repository with a trailing NUL', () => sign({ repository: 'acme/shop\u0000' }), /claim repository contains control characters/],
    ['a ref with a newline (log injection)', () => sign({ ref: 'refs/heads/main\n{"level":"info"}' }), /claim ref contains control characters/],
    ['a ref with a look-alike', () => sign({ ref: 'refs/heads/mаin' }), /claim ref "refs\/heads\/mаin" is not allowed/],
    ['a ref in another case', () => sign({ ref: 'refs/heads/Main' }), /claim ref "refs\/heads\/Main" is not allowed/],
    ['a 1 MB token', async () => `${await sign()}${'A'.repeat(1024 * 1024)}`, /subject_token is larger than 64 KiB/],
    ['a token without a signature part', async () => (await sign()).split('.').slice(0, 2).join('.'), /not a well-formed JWT|subject_token is invalid/],
  ];
  for (const [what, token, message] of refused) {
    it(`refuses ${what}`, async () => {
      const { status, body } = await exchangeToken(await token(), safe);
      expect(status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(String(body.error_description)).toMatch(message);
    });
  }

  it('never fetched a key from a URL a token named', () => expect(attackerHits).toBe(0));

  it('accepts an audience array that includes this gateway, and GitHub’s immutable subject form repo:OWNER@ID/REPO@ID', async () => {
    const arrayAudience = await exchangeToken(await sign({ aud: [AUDIENCE, 'https://other.example'] }), safe);
    expect(arrayAudience.status, JSON.stringify(arrayAudience.body)).toBe(200);
    const immutable = await exchangeToken(await sign({ sub: 'repo:acme@1234/shop@5678:ref:refs/heads/main' }), safe);
    expect(immutable.status).toBe(200);
    const claims = JSON.parse(Buffer.from(String(immutable.body.access_token).split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims.sub).toBe('repo:acme@1234/shop@5678:ref:refs/heads/main');
  });

  it('refuses a replayed token', async () => {
    const token = await sign();
    expect((await exchangeToken(token, safe)).status).toBe(200);
    expect((await exchangeToken(token, safe)).body.error_description).toMatch(/already exchanged \(jti replay\)/);
  });
});

describe('session tokens', () => {
  async function genuine(plan = safe, audience = 'prod') {
    const { body } = await exchangeToken(await sign(), plan, audience);
    return String(body.access_token);
  }

  it('refuses forged session tokens: another key, alg none, HS256 with the public key, an edited payload', async () => {
    const token = await genuine();
    const [header, payload] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const jwks = (await call('/.well-known/jwks.json')).body as { keys: Array<Record<string, string>> };
    const { privateKey } = await generateKeyPair('ES256');
    const forged = [
      await new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: JSON.parse(Buffer.from(header, 'base64url').toString()).kid }).sign(privateKey),
      `${base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${payload}.`,
      await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(JSON.stringify(jwks.keys[0]))),
      `${header}.${base64url.encode(JSON.stringify({ ...claims, plan_digest: `sha256:${'0'.repeat(64)}`, verdict: 'approval' }))}.${token.split('.')[2]}`,
    ];
    for (const attempt of forged) {
      const { status, body } = await execWith(attempt, safe);
      expect(status).toBe(401);
      expect(body).toEqual({ error: 'invalid_token', error_description: 'the session token is invalid' });
    }
  });

  it('refuses a session token on another connection, and a second use of a used one', async () => {
    const token = await genuine();
    expect((await execWith(token, safe, 'staging')).body.error_description).toBe('the session is not for connection staging');
    expect((await execWith(token, safe)).body.status).toBe('done');
    const again = await execWith(token, safe);
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/already used/);
  });
});

describe('HTTP abuse', () => {
  it('answers malformed, huge and deeply nested bodies with 4xx, and path tricks with 404', async () => {
    const token = await (async () => String((await exchangeToken(await sign(), safe)).body.access_token))();
    const post = (path: string, body: string, type = 'application/json') => call(path, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': type }, body });
    expect((await post('/v1/connections/prod/exec', '{"plan_digest": ')).status).toBe(400);
    expect((await post('/v1/connections/prod/exec', '['.repeat(200_000) + ']'.repeat(200_000))).status).toBe(400);
    const huge = await post('/v1/connections/prod/exec', ' '.repeat(50 * 1024 * 1024)).catch((error: Error) => ({ status: 0, body: { error: error.message } }));
    expect([0, 413]).toContain(huge.status); // answered 413, or the connection cut before the body was read
    expect((await post('/v1/token', 'grant_type=x', 'text/plain')).status).toBe(400);
    for (const path of ['/v1/connections/..%2F..%2Fetc%2Fpasswd/exec', '/v1/connections/%2e%2e/exec', '/v1/connections/prod%00/exec', '/../../etc/passwd', '/v1/sessions/..%2Fkeys']) {
      const answer = await call(path, path.endsWith('/exec') ? { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' } : {});
      expect([401, 404], `${path}: ${JSON.stringify(answer.body)}`).toContain(answer.status);
    }
  });

  it('keeps answering while slow clients hold sockets, and under 200 concurrent requests', async () => {
    const { port } = new URL(gateway.url);
    const slow = Array.from({ length: 50 }, () => {
      const socket = connect(Number(port), '127.0.0.1');
      socket.on('error', () => undefined);
      socket.write('POST /v1/token HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\ngrant_type=');
      return socket;
    });
    try {
      const started = Date.now();
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? call('/healthz') : exchangeToken(`not-a-token-${i}`, safe))),
      );
      expect(answers.filter((a, i) => (i % 2 === 0 ? a.status === 200 : a.status === 400))).toHaveLength(200);
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      for (const socket of slow) socket.destroy();
    }
    expect((await call('/healthz')).status).toBe(200);
  });
});

describe('kill -9 during a long plan', () => {
  it('leaves no partial migration; after a restart the audit chain is intact, the ledger right, and a re-run applies the plan once', async () => {
    const plan = await planFor({
      'db/k1_accounts.sql': 'CREATE TABLE crash_accounts (id int);\nINSERT INTO crash_accounts VALUES (1);\n',
      'db/k2_slow.sql': 'CREATE TABLE crash_slow (id int);\nSELECT pg_sleep(4);\n',
    });
    const token = String((await exchangeToken(await sign(), plan)).body.access_token);
    const running = execWith(token, plan).catch(() => ({ status: 0, body: {} }));
    for (let i = 0; i < 50; i++) {
      const active = await app<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%pg_sleep(4)%' AND pid <> pg_backend_pid()");
      if (active[0]!.n > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await gateway.kill('SIGKILL')).toBe('SIGKILL');
    said.push(gateway.stdout(), gateway.stderr());
    await running;
    // The server notices the dead client (client_connection_check_interval) and rolls the transaction back.
    for (let i = 0; i < 100; i++) {
      const active = await app<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%pg_sleep(4)%' AND pid <> pg_backend_pid()");
      if (active[0]!.n === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await app("SELECT to_regclass('crash_accounts') IS NULL AS a, to_regclass('crash_slow') IS NULL AS b")).toEqual([{ a: true, b: true }]);
    expect(await app("SELECT count(*)::int AS n FROM migration_guard.ledger WHERE path LIKE 'db/k%'")).toEqual([{ n: 0 }]);

    gateway = await startGatewayProcess(config, env);
    const verify = await runNode(CLI, ['audit', 'verify', '--config', gateway.configPath], { cwd: ROOT, env });
    expect(verify.code, verify.stdout).toBe(0);
    const rerun = String((await exchangeToken(await sign(), plan)).body.access_token);
    expect((await execWith(rerun, plan)).body.status).toBe('done');
    const again = String((await exchangeToken(await sign(), plan)).body.access_token);
    expect((await execWith(again, plan)).body.message).toMatch(/^Nothing to do: this plan was already applied/);
    expect(await app('SELECT count(*)::int AS n FROM crash_accounts')).toEqual([{ n: 1 }]);
    expect(await app("SELECT path, applied FROM migration_guard.ledger WHERE path LIKE 'db/k%' ORDER BY path")).toEqual([
      { path: 'db/k1_accounts.sql', applied: 2 },
      { path: 'db/k2_slow.sql', applied: 2 },
    ]);
  }, 60_000);
});

/**
 * The wire endpoint as an attacker meets it, with a session token for an approved plan: each attack that got through
 * once (issue 26) and the neighbours of each. A gateway of its own, with a dbmate connection as an ordinary role, a
 * superuser connection that is allowed to be one (to show the statement rules alone stop COPY … FROM PROGRAM), a
 * superuser connection that is not, and a database whose dbmate history was made into a partitioned table.
 */
describe('the wire endpoint under attack', () => {
  let wired: GatewayProcess;
  const marker = join(tempDir('mg-copy-'), 'program-ran');
  const ledger = (sql: string) => pg.query(sql, [], 'wire_app');

  async function session(connection: string, files: Record<string, string>) {
    const plan = await planFor(files);
    const exchanged = await exchangeFor(wired.url, await sign(), { audience: connection, plan, scope: 'wire' });
    secrets.add(exchanged.body.access_token!);
    const opened = await openWire(wired.url, connection, exchanged.body.access_token!, plan);
    return { token: exchanged.body.access_token!, port: Number(opened.body.wire?.port), opened, plan };
  }

  function psql(connection: string, s: { token: string; port: number }, sql: string): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((done) => {
      const child = spawn('psql', ['-X', '-v', 'ON_ERROR_STOP=1', '-c', sql], { env: { PATH: process.env.PATH, PGHOST: '127.0.0.1', PGPORT: String(s.port), PGUSER: 'session', PGPASSWORD: s.token, PGDATABASE: connection, PGSSLMODE: 'disable' } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c) => (stdout += c));
      child.stderr.on('data', (c) => (stderr += c));
      child.on('exit', (code) => done({ code: code ?? -1, stdout, stderr }));
    });
  }

  beforeAll(async () => {
    await pg.createDatabase('wire_app');
    await ledger('CREATE TABLE ledger_rows (id int); CREATE TABLE customers (id int PRIMARY KEY, email text); INSERT INTO customers VALUES (1, $$ceo@example.com$$)');
    await pg.createDatabase('wire_super', 'postgres');
    await pg.query('CREATE TABLE public.schema_migrations (version varchar(128) primary key)', [], 'wire_super');
    await pg.createDatabase('wire_partitioned');
    await pg.query("CREATE TABLE customers (version text); CREATE TABLE public.schema_migrations (version text) PARTITION BY LIST (version); ALTER TABLE public.schema_migrations ATTACH PARTITION customers FOR VALUES IN ('x')", [], 'wire_partitioned');
    const limits = { 'idle-in-transaction-timeout': 2, 'max-connections-per-session': 2 };
    wired = await startGatewayProcess(
      {
        version: 1,
        issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }],
        masking: [{ columns: ['email'], replacement: '***' }],
        connections: [
          { name: 'wired', driver: 'postgres', 'url-env': 'WIRE_URL', access: { repository: ['acme/*'] }, wire: { port: 0, tool: 'dbmate', limits } },
          { name: 'superwire', driver: 'postgres', 'url-env': 'SUPER_URL', 'allow-superuser': true, access: { repository: ['acme/*'] }, wire: { port: 0, tool: 'dbmate' } },
          { name: 'unguarded', driver: 'postgres', 'url-env': 'UNGUARDED_URL', access: { repository: ['acme/*'] }, wire: { port: 0, tool: 'dbmate' } },
          { name: 'partitioned', driver: 'postgres', 'url-env': 'PARTITIONED_URL', access: { repository: ['acme/*'] }, wire: { port: 0, tool: 'dbmate' } },
        ],
      },
      { WIRE_URL: pg.url('wire_app', 'mg_app'), SUPER_URL: pg.url('wire_super'), UNGUARDED_URL: pg.url('wire_app'), PARTITIONED_URL: pg.url('wire_partitioned', 'mg_app') },
    );
  }, 120_000);

  afterAll(async () => {
    said.push(wired?.stdout() ?? '', wired?.stderr() ?? '');
    await wired?.stop();
  });

  it('COPY into the history table FROM PROGRAM or a server file is refused, even for a superuser role the connection allows', async () => {
    const s = await session('superwire', { 'db/1.sql': 'SELECT 1;\n' });
    for (const sql of [`COPY schema_migrations FROM PROGRAM 'touch ${marker}'`, `COPY public.schema_migrations FROM PROGRAM 'touch ${marker}'`, "COPY public.schema_migrations FROM '/etc/hostname'", 'COPY public.schema_migrations FROM STDIN']) {
      const refused = await psql('superwire', s, sql);
      expect(refused.stderr, sql).toMatch(/migration-guard refused \[not-in-plan\]: COPY/);
    }
    expect(existsSync(marker)).toBe(false);
    expect(await pg.query('SELECT count(*)::int AS n FROM public.schema_migrations', [], 'wire_super')).toEqual([{ n: 0 }]);
    await endWire(wired.url, 'superwire', s.token);
  });

  it('a target role that can reach the server OS is refused unless the connection allows it, for exec and the wire alike', async () => {
    const plan = await planFor({ 'db/1.sql': 'SELECT 1;\n' });
    const token = (await exchangeFor(wired.url, await sign(), { audience: 'unguarded', plan })).body.access_token!;
    secrets.add(token);
    const ran = await execFor(wired.url, 'unguarded', token, plan);
    expect(String(ran.body.message)).toMatch(/the gateway's target role can reach the database server's operating system \(role "postgres" is a superuser\).*allow-superuser: true/);
    const s = await session('unguarded', { 'db/1.sql': 'SELECT 1;\n' });
    expect(String(s.opened.body.message)).toMatch(/^the gateway's target role can reach the database server's operating system \(role "postgres" is a superuser\)/);
    // Not a superuser itself, but a member of one (SET ROLE away) or of a role that runs programs on the server.
    await pg.query('CREATE ROLE deputy LOGIN; GRANT postgres TO deputy; CREATE ROLE runner LOGIN; GRANT pg_execute_server_program TO runner');
    for (const [role, power] of [['deputy', 'is a member of postgres'], ['runner', 'is a member of pg_execute_server_program']]) {
      const probe = await startGatewayProcess({ version: 1, issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }], connections: [{ name: 'unguarded', driver: 'postgres', 'url-env': 'URL', access: { repository: ['acme/*'] } }] }, { URL: pg.url('wire_app', role!) });
      try {
        const t = (await exchangeFor(probe.url, await sign(), { audience: 'unguarded', plan })).body.access_token!;
        secrets.add(t);
        expect(String((await execFor(probe.url, 'unguarded', t, plan)).body.message)).toContain(`role "${role}" ${power}`);
      } finally {
        await probe.stop();
      }
    }
  });

  it('the history table cannot be made a partitioned table, attached to, altered or inherited from; an existing partitioned one refuses the connection', async () => {
    const s = await session('wired', { 'db/1.sql': 'SELECT 1;\n' });
    for (const sql of [
      'CREATE TABLE public.schema_migrations (version varchar(128) primary key) PARTITION BY LIST (version)',
      "ALTER TABLE public.schema_migrations ATTACH PARTITION customers FOR VALUES IN ('1')",
      'ALTER TABLE public.schema_migrations DETACH PARTITION customers',
      'CREATE TABLE public.schema_migrations () INHERITS (customers)',
      'CREATE TABLE evil PARTITION OF public.schema_migrations FOR VALUES IN (1)',
    ]) {
      expect((await psql('wired', s, sql)).stderr, sql).toMatch(/migration-guard refused \[not-in-plan\]/);
    }
    expect((await psql('wired', s, 'create table if not exists public.schema_migrations (version varchar(128) primary key)')).code).toBe(0);
    expect((await psql('wired', s, 'ALTER TABLE public.schema_migrations ADD COLUMN note text')).stderr).toMatch(/migration-guard refused \[not-in-plan\]/);
    await endWire(wired.url, 'wired', s.token);
    const p = await session('partitioned', { 'db/1.sql': 'SELECT 1;\n' });
    const refused = await psql('partitioned', p, 'SELECT 1');
    expect(refused.stderr).toMatch(/FATAL: {2}migration-guard: the dbmate history table is not a plain table of the tool's own \(.*public\.schema_migrations is not a plain table \(relkind p\)/);
    expect(await pg.query('SELECT count(*)::int AS n FROM customers', [], 'wire_partitioned')).toEqual([{ n: 0 }]);
  });

  it('a prepared statement name reused (PostgreSQL keeps the first: 42P05) cannot run the planned statement again, in one packet or pipelined past a Sync', async () => {
    const insert = 'INSERT INTO ledger_rows VALUES (1)';
    const s = await session('wired', { 'db/1.sql': `${insert};\n` });
    const client = await RawWireClient.connect(s.port, s.token, 'wired');
    try {
      const run = (name: string) => [serialize.bind({ statement: name }), serialize.execute({}), serialize.sync()];
      client.send(serialize.parse({ name: 's1', text: insert }), ...run('s1'));
      expect((await client.roundTrips()).map((m) => m.name)).toContain('commandComplete');
      // The same name again, for a read: refused by PostgreSQL, which keeps the INSERT under s1.
      client.send(serialize.parse({ name: 's1', text: 'SELECT 1' }), ...run('s1'));
      expect((await client.roundTrips()).find((m) => m.name === 'error')?.code).toBe('42P05');
      client.send(...run('s1'));
      expect((await client.roundTrips()).find((m) => m.name === 'error')?.message).toMatch(/migration-guard refused \[already-ran\]/);
      // Pipelined: the second Parse's answer has not arrived when the Bind is decided.
      client.send(serialize.parse({ name: 's1', text: 'SELECT 1' }), serialize.sync(), ...run('s1'));
      const answers = await client.roundTrips(2);
      expect(answers.filter((m) => m.name === 'error').map((m) => m.code ?? m.message)).toEqual(['42P05', '42501']);
      // A statement prepared in SQL (PREPARE) is not known to the gateway: its Bind is refused.
      client.send(...run('sql_prepared'));
      expect((await client.roundTrips()).find((m) => m.name === 'error')?.message).toMatch(/migration-guard refused \[unknown-statement\]/);
      // Closing the name first is how a client reuses it: then the new statement is what runs.
      client.send(serialize.close({ type: 'S', name: 's1' }), serialize.parse({ name: 's1', text: 'SELECT 1' }), ...run('s1'));
      expect((await client.roundTrips()).map((m) => m.name)).toEqual(['closeComplete', 'parseComplete', 'bindComplete', 'dataRow', 'commandComplete', 'readyForQuery']);
    } finally {
      client.end();
    }
    expect(await ledger('SELECT count(*)::int AS n FROM ledger_rows')).toEqual([{ n: 1 }]);
    const ended = await endWire(wired.url, 'wired', s.token);
    expect(ended.body.results.map((r) => r.status)).toEqual(['ok']);
  });

  it('an unauthenticated client cannot make the gateway buffer: an oversized startup message or too many bytes before authentication close the socket', async () => {
    const s = await session('wired', { 'db/1.sql': 'SELECT 1;\n' });
    const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${wired.pid}/status`, 'utf8'))![1]) * 1024;
    const before = rss();
    const closedAfter = (first: Buffer, more: Buffer) =>
      new Promise<number>((done) => {
        const socket = connect({ host: '127.0.0.1', port: s.port });
        let sent = 0;
        socket.on('error', () => undefined);
        socket.on('close', () => done(sent));
        socket.on('connect', () => {
          socket.write(first);
          // Keep sending until the gateway closes the connection (at most 8 MiB).
          const pump = () => {
            while (sent < 8 * 1024 * 1024 && !socket.destroyed && socket.write(more)) sent += more.length;
            if (sent < 8 * 1024 * 1024 && !socket.destroyed) socket.once('drain', pump);
            else socket.end();
          };
          pump();
        });
      });
    const huge = Buffer.alloc(8);
    huge.writeInt32BE(512 * 1024 * 1024, 0);
    huge.writeInt32BE(196608, 4);
    // A well-formed startup, then a password message that announces 8 MiB: pg-gateway waits for all of it.
    const password = Buffer.alloc(5);
    password.write('p', 0);
    password.writeInt32BE(8 * 1024 * 1024, 1);
    const plausible = Buffer.concat([serialize.startup({ user: 'session', database: 'wired' }), password]);
    const sent = await Promise.all([closedAfter(huge, Buffer.alloc(16 * 1024)), closedAfter(plausible, Buffer.alloc(16 * 1024)), closedAfter(huge, Buffer.alloc(16 * 1024))]);
    for (const bytes of sent) expect(bytes).toBeLessThan(8 * 1024 * 1024);
    expect(rss() - before).toBeLessThan(64 * 1024 * 1024);
    // The gateway's log lines arrive through its stderr pipe, maybe after the sockets closed.
    const logged = async (pattern: RegExp) => {
      for (let i = 0; i < 50 && !pattern.test(wired.stderr()); i++) await new Promise((r) => setTimeout(r, 100));
      return wired.stderr();
    };
    expect(await logged(/a startup message of 536870912 bytes/)).toMatch(/wire connection closed before authentication: a startup message of 536870912 bytes \(at most 10000\)/);
    expect(await logged(/more than 65536 bytes/)).toMatch(/wire connection closed before authentication: more than 65536 bytes/);
    await endWire(wired.url, 'wired', s.token);
  });

  it('a value cast to regclass, regproc or a setting name, or RAISEd by a DO block, comes back masked', async () => {
    const s = await session('wired', { 'db/1.sql': 'SELECT 1;\n' });
    for (const sql of ['SELECT email::regclass FROM customers', 'SELECT email::regproc FROM customers', 'SELECT current_setting(email) FROM customers', "DO $$ BEGIN RAISE EXCEPTION 'relation \"%\" already exists', (SELECT email FROM customers LIMIT 1) USING DETAIL = (SELECT email FROM customers LIMIT 1); END $$"]) {
      const answer = await psql('wired', s, sql);
      expect(answer.stderr, sql).toMatch(/ERROR: /);
      expect(answer.stderr, sql).not.toContain('ceo@example.com');
    }
    await endWire(wired.url, 'wired', s.token);
  });

  it('settings that would make PostgreSQL read literals differently from the gateway (encoding, string syntax) or find built-ins elsewhere are refused', async () => {
    const s = await session('wired', { 'db/1.sql': 'SELECT 1;\n' });
    for (const sql of ["SET client_encoding = 'SJIS'", "SET NAMES 'BIG5'", 'SET standard_conforming_strings = off', 'SET search_path = public, pg_catalog', "SELECT * FROM crosstab('SELECT 1')"]) {
      expect((await psql('wired', s, sql)).stderr, sql).toMatch(/migration-guard refused \[not-in-plan\]/);
    }
    expect((await psql('wired', s, 'SHOW client_encoding; SHOW standard_conforming_strings')).stdout).toMatch(/UTF8[\s\S]*on/);
    await endWire(wired.url, 'wired', s.token);
  });

  it("the tool's unqualified history names stop counting once search_path may have moved (SET LOCAL, RESET ALL, a planned SET, a DO block)", async () => {
    await pg.createDatabase('wire_sqitch');
    await pg.query('CREATE SCHEMA sqitch; CREATE TABLE sqitch.changes (change_id text PRIMARY KEY); CREATE TABLE public.changes (change_id text PRIMARY KEY); INSERT INTO public.changes VALUES ($$customer-1$$)', [], 'wire_sqitch');
    const sqitchGateway = await startGatewayProcess(
      { version: 1, issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }], connections: [{ name: 'sq', driver: 'postgres', 'url-env': 'URL', access: { repository: ['acme/*'] }, wire: { port: 0, tool: 'sqitch' } }] },
      { URL: pg.url('wire_sqitch', 'mg_app') },
    );
    try {
      const plan = await planFor({ 'db/1.sql': 'SET search_path = public;\n' });
      const token = (await exchangeFor(sqitchGateway.url, await sign(), { audience: 'sq', plan, scope: 'wire' })).body.access_token!;
      secrets.add(token);
      const port = Number((await openWire(sqitchGateway.url, 'sq', token, plan)).body.wire?.port);
      const client = await RawWireClient.connect(port, token, 'sq');
      const run = async (sql: string) => {
        client.send(serialize.query(sql));
        return (await client.roundTrips()).find((m) => m.name === 'error')?.message ?? 'ok';
      };
      try {
        // sqitch's own statement on its registry, unqualified: LOCK TABLE changes (sqitch.changes only while the
        // search_path is exactly sqitch; public.changes, the application's, otherwise).
        const probe = 'LOCK TABLE changes IN EXCLUSIVE MODE';
        expect(await run("SET search_path = 'sqitch'")).toBe('ok');
        expect(await run(`BEGIN; ${probe}; COMMIT`)).toBe('ok');
        for (const attempt of [`BEGIN; SET LOCAL search_path = public; ${probe}; COMMIT`, `RESET ALL; ${probe}`, "DO $$ BEGIN SET search_path = public; END $$"]) {
          await run('ROLLBACK');
          await run("SET search_path = 'sqitch'");
          expect(await run(attempt), attempt).toMatch(/migration-guard refused/);
        }
        await run('ROLLBACK');
        await run("SET search_path = 'sqitch'");
        // The planned SET runs; after it the unqualified name is the application's table: refused.
        expect(await run('SET search_path = public')).toBe('ok');
        expect(await run(`BEGIN; ${probe}; COMMIT`)).toMatch(/migration-guard refused/);
      } finally {
        client.end();
      }
      expect(await pg.query('SELECT count(*)::int AS n FROM public.changes', [], 'wire_sqitch')).toEqual([{ n: 1 }]);
    } finally {
      await sqitchGateway.stop();
    }
  });

  it('a transaction left idle is ended; a session holds at most its share of connections', async () => {
    const s = await session('wired', { 'db/1.sql': 'SELECT 1;\n' });
    const idle = await RawWireClient.connect(s.port, s.token, 'wired');
    idle.send(serialize.query('BEGIN'));
    await idle.roundTrips();
    const ended = await idle.until((m) => m.name === 'error', 30_000);
    expect([ended.code, ended.message]).toEqual(['25P03', expect.stringMatching(/left a transaction open and idle for more than 2s/)]);
    expect((await idle.until((m) => m.name === 'closed')).name).toBe('closed');
    const [a, b] = [await RawWireClient.connect(s.port, s.token, 'wired'), await RawWireClient.connect(s.port, s.token, 'wired')];
    await expect(RawWireClient.connect(s.port, s.token, 'wired')).rejects.toThrow(/already has 2 open connections \(at most 2: wire\.limits\.max-connections-per-session\)/);
    a.end();
    b.end();
    await endWire(wired.url, 'wired', s.token);
  });
});

describe('secrets', () => {
  it('never appear in a response body or a log line of this suite', () => {
    const everything = [...said, gateway.stdout(), gateway.stderr()].join('\n');
    expect(secrets.size).toBeGreaterThan(20);
    for (const secret of secrets) {
      expect(everything.includes(secret), `a secret (${secret.slice(0, 12)}…) was echoed`).toBe(false);
      // A JWT's signature alone is enough to replay nothing, but must not leak either.
      const signature = secret.split('.')[2];
      if (signature && signature.length > 20) expect(everything.includes(signature)).toBe(false);
    }
  });
});
