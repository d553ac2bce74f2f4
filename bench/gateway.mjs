#!/usr/bin/env node
// Gateway overhead: 1,000 small statements through the gateway (token exchange excluded, then included)
// versus the same statements sent directly with pg in one transaction; and token exchange latency
// (p50/p99) with 50 concurrent clients. Usage: npm run build && node bench/gateway.mjs [--runs N] [--cli OTHER/dist/cli.js]
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startGateway, startIssuer } from './lib/gateway-process.mjs';
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

  const issuer = await startIssuer({ repository: 'acme/shop', repository_owner: 'acme', ref: 'refs/heads/main', environment: 'production', actor: 'bench', run_id: '1' });
  const idToken = issuer.idToken;
  const gatewayProcess = await startGateway({ cli, issuer: issuer.url, env: { APP_URL: appUrl, STORE_URL: storeUrl }, connection: [], prefix: 'mg-bench-gw-' });
  const dir = gatewayProcess.dir;
  const gatewayUrl = gatewayProcess.url;
  children.push(gatewayProcess.child);

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
  issuer.close();
} finally {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  server.stop();
}
