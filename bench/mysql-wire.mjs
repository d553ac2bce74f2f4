#!/usr/bin/env node
// The MySQL wire endpoint's cost on a real MariaDB, measured in the same run against the same work sent directly
// (mysql2) and through a plain TCP relay (bytes piped both ways, nothing parsed: the floor of any proxy here):
//  1. a migration tool's workload: the mariadb client applying a 1,000-statement file (one round trip per statement);
//  2. the added latency per statement (p50/p99) of a read loop with mysql2 (text protocol).
// The gateway's store is a PostgreSQL server (Debian's postgresql), as in bench/wire.mjs.
// Usage: npm run build && node bench/mysql-wire.mjs [--runs N] [--statements N]
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { connect, createServer as createNetServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';
import { startGateway, startIssuer } from './lib/gateway-process.mjs';
import { startMariaDb } from './lib/mariadb-server.mjs';
import { startPostgres } from './lib/pg-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli.js');
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const runs = arg('--runs', 5);
const STATEMENTS = arg('--statements', 1000);
const READS = 2000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const ms = (x) => `${x.toFixed(1)} ms`;

const maria = await startMariaDb();
// The gateway's store on PostgreSQL, as in production and in bench/wire.mjs (the embedded one shares the event loop).
const storeServer = await startPostgres();
let gateway;
try {
  const admin = await mysql.createConnection({ uri: maria.url(), multipleStatements: true });
  await admin.query("CREATE DATABASE app; CREATE USER 'app'@'%' IDENTIFIED BY 'app'; GRANT ALL ON app.* TO 'app'@'%'");
  const appUrl = `mysql://app:app@127.0.0.1:${maria.port}/app`;
  const issuer = await startIssuer({ repository: 'acme/shop', repository_owner: 'acme', ref: 'refs/heads/main', actor: 'bench', run_id: '1' });
  gateway = await startGateway({ cli, issuer: issuer.url, env: { APP_URL: appUrl, STORE_URL: await storeServer.createDatabase('store') }, driver: 'mysql', connection: ['dialect: mariadb', 'wire: { port: 0 }'], prefix: 'mg-bench-mysql-' });
  const dir = gateway.dir;
  writeFileSync(join(dir, 'policy.yml'), 'version: 1\ndialect: mariadb\n');
  const session = async (file) => {
    const scanned = await run(process.execPath, [cli, 'scan', file, '--config', 'policy.yml', '--format', 'json', '--fail-on', 'none'], {}, dir);
    const report = JSON.parse(scanned.stdout);
    const statements = report.files.flatMap((f) => f.statements.map((s) => ({ path: f.path, sql: s.sql, digest: s.digest })));
    const form = new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange', subject_token: await issuer.idToken(), subject_token_type: 'urn:ietf:params:oauth:token-type:jwt', audience: 'app', scope: 'wire', plan_digest: report.planDigest, verdict: report.verdict });
    const token = await (await fetch(`${gateway.url}/v1/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form })).json();
    const opened = await (await fetch(`${gateway.url}/v1/connections/app/wire`, { method: 'POST', headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' }, body: JSON.stringify({ plan_digest: report.planDigest, statements }) })).json();
    if (opened.status !== 'wire_open') throw new Error(`wire session not open: ${JSON.stringify(opened)}`);
    return { token: token.access_token, port: opened.wire.port, end: () => fetch(`${gateway.url}/v1/connections/app/wire/end`, { method: 'POST', headers: { authorization: `Bearer ${token.access_token}` } }).then((r) => r.json()) };
  };

  const pipe = createNetServer((client) => {
    const upstream = connect({ host: '127.0.0.1', port: maria.port });
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise((ready) => pipe.listen(0, '127.0.0.1', ready));
  const client = (port, user, password, file) => ['bash', ['-c', `mariadb --no-defaults --protocol=TCP -h 127.0.0.1 -P ${port} -u ${user} app < ${file}`], { MYSQL_PWD: password }];

  // 1. The migration workload, interleaved: a new table per run, so each run applies a new plan.
  const times = { direct: [], pipe: [], endpoint: [] };
  for (let r = 0; r < runs; r++) {
    for (const via of Object.keys(times)) {
      const name = `m_${via}_${r}.sql`;
      const table = `t_${via}_${r}`;
      writeFileSync(join(dir, name), [`CREATE TABLE ${table} (id INT, label VARCHAR(100));`, ...Array.from({ length: STATEMENTS - 1 }, (_, i) => `INSERT INTO ${table} VALUES (${i}, 'row ${i}');`)].join('\n'));
      if (via === 'direct') times.direct.push((await run(...client(maria.port, 'app', 'app', name), dir)).ms);
      else if (via === 'pipe') times.pipe.push((await run(...client(pipe.address().port, 'app', 'app', name), dir)).ms);
      else {
        const s = await session(name);
        times.endpoint.push((await run(...client(s.port, 'session', s.token, name), dir)).ms);
        const ended = await s.end();
        if (ended.unrun.length) throw new Error(`${ended.unrun.length} planned statements did not run`);
      }
    }
  }
  const [d, p, e] = [median(times.direct), median(times.pipe), median(times.endpoint)];
  console.log(`migration workload: mariadb < file (one round trip per statement), ${STATEMENTS} statements, ${runs} runs interleaved`);
  console.log(`  direct ${ms(d)}   plain TCP relay ${ms(p)} (${(p / d).toFixed(2)}×)   MySQL wire endpoint ${ms(e)} (${(e / d).toFixed(2)}× direct, ${(e / p).toFixed(2)}× the relay)`);
  console.log(`  added per statement by the endpoint: ${((e - d) / STATEMENTS).toFixed(3)} ms`);

  // 2. Added latency per statement: a read loop on one connection.
  writeFileSync(join(dir, 'reads.sql'), 'SELECT 1;\n');
  const s = await session('reads.sql');
  const latencies = async (config) => {
    const c = await mysql.createConnection(config);
    const out = [];
    for (let i = 0; i < READS; i++) {
      const started = performance.now();
      await c.query(`SELECT id, label FROM t_direct_0 WHERE id = ${i % STATEMENTS}`);
      out.push(performance.now() - started);
    }
    await c.end();
    return out.slice(100);
  };
  const base = { host: '127.0.0.1', database: 'app' };
  const lat = {
    direct: await latencies({ ...base, port: maria.port, user: 'app', password: 'app' }),
    pipe: await latencies({ ...base, port: pipe.address().port, user: 'app', password: 'app' }),
    endpoint: await latencies({ ...base, port: s.port, user: 'session', password: s.token }),
  };
  console.log(`read loop: ${READS} SELECTs on one connection (mysql2, text protocol)`);
  for (const [via, xs] of Object.entries(lat)) console.log(`  ${via.padEnd(8)} p50 ${ms(percentile(xs, 50))} p99 ${ms(percentile(xs, 99))}`);
  console.log(`  p50 ratio: endpoint ${(percentile(lat.endpoint, 50) / percentile(lat.direct, 50)).toFixed(2)}× direct, ${(percentile(lat.endpoint, 50) / percentile(lat.pipe, 50)).toFixed(2)}× the relay`);
  await s.end();
  await admin.end();
  pipe.close();
  issuer.close();
} finally {
  gateway?.child.kill();
  maria.stop();
  storeServer.stop();
}

/** Runs a command in `cwd`; resolves with its time and output (asynchronous: the relay runs in this process). */
function run(command, args, env, cwd) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { PATH: process.env.PATH, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.once('exit', (code) => (code === 0 ? done({ ms: performance.now() - started, stdout }) : fail(new Error(`${command} failed: ${stderr.slice(0, 500)}`))));
  });
}
