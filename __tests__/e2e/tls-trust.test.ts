/**
 * The session token never travels over a channel the apply step did not verify: a gateway whose HTTPS listener and
 * wire endpoint use a certificate from a private CA, and `migration-guard run` with real clients (psql: libpq;
 * node-postgres) — verified with the CA given, refused at once (not retried) without it, and sent unverified only
 * with the explicit opt-out. `gateway health` probes the listeners as configured, TLS included.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway.js';
import { GITHUB_CLAIMS, LocalIssuer } from '../helpers/issuer.js';
import { startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { CLI, ROOT, runNode, workspaceWith } from '../helpers/run.js';
import { privateCertificateAuthority } from '../helpers/tls.js';

const AUDIENCE = 'https://gateway.test';
let pg15: PostgresServer;
let issuer: LocalIssuer;
let gateway: GatewayProcess;
let pki: ReturnType<typeof privateCertificateAuthority>;
let wirePort: number;

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function plan(cwd: string): Promise<string> {
  const scanned = await runNode(CLI, ['scan', '--format', 'json', '--fail-on', 'none'], { cwd });
  return JSON.parse(scanned.stdout).planDigest as string;
}

async function run(cwd: string, digest: string, flags: string[], command: string[]) {
  const idToken = await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE });
  return runNode(CLI, ['run', '--gateway', gateway.url, '--connection', 'app', '--plan-digest', digest, ...flags, '--', ...command], {
    cwd,
    env: { MIGRATION_GUARD_ID_TOKEN: idToken, PATH: process.env.PATH ?? '', HOME: cwd, NODE_PATH: `${ROOT}/node_modules` },
  });
}

beforeAll(async () => {
  pg15 = await startPostgres();
  pki = privateCertificateAuthority('IP:127.0.0.1');
  issuer = await new LocalIssuer().start();
  wirePort = await freePort();
  gateway = await startGatewayProcess(
    {
      version: 1,
      listen: { host: '127.0.0.1', tls: { cert: pki.cert, key: pki.key } },
      issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }],
      connections: [{ name: 'app', driver: 'postgres', 'url-env': 'APP_URL', access: { repository: ['acme/*'] }, wire: { port: wirePort, tls: { cert: pki.cert, key: pki.key } } }],
    },
    { APP_URL: await pg15.createDatabase('app') },
  );
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await issuer?.stop();
  pg15?.stop();
});

describe('a gateway with a private CA', () => {
  it('without the CA, run stops at once, names the certificate error and what to set, and sends nothing', async () => {
    const cwd = workspaceWith({ 'db/001.sql': 'CREATE TABLE unverified (id int);\n' });
    const refused = await run(cwd, await plan(cwd), [], ['psql', '-X', '-c', 'SELECT 1']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/the gateway's TLS certificate at https:\/\/127\.0\.0\.1:\d+ could not be verified \((UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\); nothing was sent/);
    expect(refused.stderr).toMatch(/--ca-file/);
    expect(refused.stderr).not.toMatch(/retrying|unreachable/);
    expect(await pg15.query("SELECT to_regclass('unverified') AS t", [], 'app')).toEqual([{ t: null }]);
  });

  it('with --ca-file, psql (libpq) and node-postgres verify the wire endpoint (verify-full) and apply the plan, without warnings', async () => {
    const cwd = workspaceWith({ 'db/001.sql': 'CREATE TABLE verified (id int);\n', 'db/002.sql': 'INSERT INTO verified VALUES (1);\n' });
    const digest = await plan(cwd);
    const script = [
      "const pg = require('pg');",
      "const c = new pg.Client({ connectionString: process.env.DATABASE_URL });",
      "c.connect().then(() => c.query('INSERT INTO verified VALUES (1)')).then(() => c.end()).catch((e) => { console.error(e.message); process.exit(1); });",
    ].join(' ');
    const applied = await run(cwd, digest, ['--ca-file', pki.ca], [`env | grep -E '^PGSSL(MODE|ROOTCERT)=' && psql -X -v ON_ERROR_STOP=1 -f db/001.sql && node -e "${script}"`]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('PGSSLMODE=verify-full');
    expect(applied.stdout).toContain(`PGSSLROOTCERT=${pki.ca}`);
    expect(applied.stdout).toMatch(/done: 2 planned statements ran, 0 did not, 0 refused/);
    expect(applied.stderr).not.toMatch(/SECURITY WARNING/);
    expect(await pg15.query('SELECT id FROM verified', [], 'app')).toEqual([{ id: 1 }]);
  });

  it('a wire endpoint whose certificate does not name the host is refused by the tool before the token is sent', async () => {
    const other = privateCertificateAuthority('DNS:elsewhere.example');
    const port = await freePort();
    const misnamed = await startGatewayProcess(
      {
        version: 1,
        listen: { host: '127.0.0.1', tls: { cert: pki.cert, key: pki.key } },
        issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }],
        connections: [{ name: 'app', driver: 'postgres', 'url-env': 'APP_URL', access: { repository: ['acme/*'] }, wire: { port, tls: { cert: other.cert, key: other.key } } }],
      },
      { APP_URL: pg15.url('app', 'mg_app') },
    );
    try {
      const cwd = workspaceWith({ 'db/001.sql': 'CREATE TABLE misnamed (id int);\n' });
      const idToken = await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE });
      const result = await runNode(CLI, ['run', '--gateway', misnamed.url, '--connection', 'app', '--plan-digest', await plan(cwd), '--ca-file', `${pki.ca}`, '--', 'psql', '-X', '-f', 'db/001.sql'], { cwd, env: { MIGRATION_GUARD_ID_TOKEN: idToken, PATH: process.env.PATH ?? '', HOME: cwd } });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/certificate verify failed|does not match host name/);
      expect(await pg15.query("SELECT to_regclass('misnamed') AS t", [], 'app')).toEqual([{ t: null }]);
    } finally {
      await misnamed.stop();
    }
  });

  it('--insecure-skip-tls-verify sends the token unverified only when asked, and warns', async () => {
    const cwd = workspaceWith({ 'db/001.sql': 'CREATE TABLE lab (id int);\n' });
    const applied = await run(cwd, await plan(cwd), ['--insecure-skip-tls-verify'], ['psql -X -v ON_ERROR_STOP=1 -f db/001.sql && echo "mode=$PGSSLMODE"']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stderr).toMatch(/warning: TLS verification of the gateway is OFF/);
    expect(applied.stdout).toContain('mode=require');
  });
});

describe('gateway health', () => {
  it('probes HTTPS and the wire endpoint with the configured certificates; fails when a listener is down', async () => {
    const port = new URL(gateway.url).port;
    const healthy = await runNode(CLI, ['gateway', 'health', '--config', gateway.configPath, '--port', port], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } });
    expect(healthy.code, healthy.stdout + healthy.stderr).toBe(0);
    expect(healthy.stdout).toMatch(/^ok: http https:\/\/127\.0\.0\.1:\d+\/healthz: HTTP 200$/m);
    expect(healthy.stdout).toMatch(/^ok: wire app 127\.0\.0\.1:\d+: answers with TLS and the configured certificate$/m);
    const down = await runNode(CLI, ['gateway', 'health', '--config', gateway.configPath, '--port', String(await freePort())], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } });
    expect(down.code).toBe(1);
    expect(down.stdout).toMatch(/^FAILED: http https:\/\/127\.0\.0\.1:\d+\/healthz: ECONNREFUSED$/m);
  });
});
