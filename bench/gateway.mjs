#!/usr/bin/env node
// Gateway overhead: 1,000 small statements through the gateway (token exchange excluded, then included)
// versus the same statements sent directly with pg in one transaction; and token exchange latency
// (p50/p99) with 50 concurrent clients. Usage: npm run build && node bench/gateway.mjs [--runs N] [--cli OTHER/dist/cli.js]
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import pg from 'pg';
import { startPostgres } from './lib/pg-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// --cli OTHER/dist/cli.js measures another build (e.g. the previous commit's) with this same script.
const cli = process.argv.includes('--cli') ? resolve(process.argv[process.argv.indexOf('--cli') + 1]) : join(root, 'dist/cli.js');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const STATEMENTS = 1000;
const CLIENTS = 50;
const EXCHANGES_PER_CLIENT = 10;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

const server = await startPostgres();
const children = [];
try {
  const appUrl = await server.createDatabase('app');
  const storeUrl = await server.createDatabase('store');
  await server.query('CREATE TABLE bench (id int, label text)', [], 'app');

  // A local OIDC issuer in GitHub's format.
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const issuerServer = createServer((req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
  await new Promise((ready) => issuerServer.listen(0, '127.0.0.1', ready));
  const issuer = `http://127.0.0.1:${issuerServer.address().port}`;
  const idToken = () => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ repository: 'acme/shop', repository_owner: 'acme', ref: 'refs/heads/main', environment: 'production', actor: 'bench', run_id: '1' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(issuer).setAudience('bench').setSubject('repo:acme/shop:ref:refs/heads/main')
      .setIssuedAt(now).setExpirationTime(now + 300).setJti(randomUUID()).sign(privateKey);
  };

  const dir = mkdtempSync(join(tmpdir(), 'mg-bench-gw-'));
  writeFileSync(join(dir, 'gateway.yml'), [
    'version: 1',
    'issuers:',
    `  - issuer: ${issuer}`,
    `    jwks-url: ${issuer}/jwks`,
    '    audience: bench',
    'store:',
    '  driver: postgres',
    '  url-env: STORE_URL',
    'connections:',
    '  - name: app',
    '    driver: postgres',
    '    url-env: APP_URL',
    '    access: { repository: [acme/shop] }',
  ].join('\n'));
  const gateway = spawn(process.execPath, [...(process.env.MG_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/gwprof'] : []), cli, 'gateway', '--config', join(dir, 'gateway.yml'), '--port', '0'], { env: { PATH: process.env.PATH, APP_URL: appUrl, STORE_URL: storeUrl } });
  children.push(gateway);
  const gatewayUrl = await new Promise((done, fail) => {
    let out = '';
    gateway.stderr.on('data', (c) => { if (process.env.MG_PROFILE) process.stderr.write(c); });
    gateway.stdout.on('data', (c) => {
      out += c;
      const m = /listening on (\S+)/.exec(out);
      if (m) done(m[1]);
    });
    gateway.once('exit', (code) => fail(new Error(`gateway exited ${code}`)));
  });

  // The plan: 1,000 small statements, digested by the plan step (the CLI). Each run applies a new file: the
  // gateway's ledger would (rightly) skip a file it has applied before.
  const planFor = (name) => {
    writeFileSync(join(dir, name), Array.from({ length: STATEMENTS }, (_, i) => `INSERT INTO bench VALUES (${i}, 'row ${i}');`).join('\n'));
    const report = JSON.parse(spawnSync(process.execPath, [cli, 'scan', name, '--format', 'json', '--fail-on', 'none'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);
    return { report, statements: report.files[0].statements.map((s) => ({ path: report.files[0].path, sql: s.sql, digest: s.digest })) };
  };
  let { report, statements } = planFor('bench-0.sql');

  const exchange = async (subjectToken) => {
    const response = await fetch(`${gatewayUrl}/v1/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange', subject_token: subjectToken ?? (await idToken()), subject_token_type: 'urn:ietf:params:oauth:token-type:jwt', audience: 'app', scope: 'exec', plan_digest: report.planDigest, verdict: report.verdict }),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(JSON.stringify(body));
    return body.access_token;
  };

  const direct = [];
  const viaGateway = [];
  const viaGatewayWithExchange = [];
  for (let r = 0; r < runs; r++) {
    ({ report, statements } = planFor(`bench-${r + 1}.sql`));
    await server.query('TRUNCATE bench', [], 'app');
    const client = new pg.Client({ connectionString: appUrl });
    await client.connect();
    let t = performance.now();
    await client.query('BEGIN');
    await client.query("SET LOCAL lock_timeout = '5s'");
    await client.query("SET LOCAL statement_timeout = '15min'");
    for (const s of statements) await client.query(s.sql);
    await client.query('COMMIT');
    direct.push(performance.now() - t);
    await client.end();

    await server.query('TRUNCATE bench', [], 'app');
    t = performance.now();
    const token = await exchange();
    const t2 = performance.now();
    const response = await fetch(`${gatewayUrl}/v1/connections/app/exec`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ plan_digest: report.planDigest, statements }) });
    const body = await response.json();
    if (body.status !== 'done') throw new Error(JSON.stringify(body).slice(0, 500));
    const end = performance.now();
    viaGateway.push(end - t2);
    viaGatewayWithExchange.push(end - t);
  }

  // The ID tokens are signed before the clock starts: what is measured is the gateway, not this script's RSA signing.
  const tokens = await Promise.all(Array.from({ length: CLIENTS * EXCHANGES_PER_CLIENT }, () => idToken()));
  const latencies = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, async (_, c) => {
    for (let i = 0; i < EXCHANGES_PER_CLIENT; i++) {
      const t = performance.now();
      await exchange(tokens[c * EXCHANGES_PER_CLIENT + i]);
      latencies.push(performance.now() - t);
    }
  }));
  const wall = performance.now() - started;

  console.log(`node ${process.version}, PostgreSQL via pg and via the gateway (postgres store), median of ${runs} runs`);
  console.log(`\n${STATEMENTS} INSERT statements in one transaction:`);
  console.log(`  direct with pg              ${median(direct).toFixed(0).padStart(6)} ms`);
  console.log(`  through the gateway (exec)  ${median(viaGateway).toFixed(0).padStart(6)} ms   overhead ratio ${(median(viaGateway) / median(direct)).toFixed(2)}x`);
  console.log(`  … including token exchange  ${median(viaGatewayWithExchange).toFixed(0).padStart(6)} ms   overhead ratio ${(median(viaGatewayWithExchange) / median(direct)).toFixed(2)}x`);
  console.log(`\ntoken exchange, ${CLIENTS} concurrent clients × ${EXCHANGES_PER_CLIENT}: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, ${(latencies.length / (wall / 1000)).toFixed(0)} exchanges/s`);
  issuerServer.close();
} finally {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  server.stop();
}
