#!/usr/bin/env node
// The wire endpoint's cost, measured against the same work sent directly, in the same run:
//  1. a migration tool's workload: `psql -f` of a 1,000-statement migration (one round trip per statement),
//     direct vs through the wire endpoint (every statement parsed, matched to the plan and audited first);
//  2. the added latency per statement (p50/p99) of a read loop (node-postgres, extended protocol);
//  3. `pgbench -S` (select-only, simple protocol) direct vs through the endpoint, when pgbench is installed.
// Usage: npm run build && node bench/wire.mjs [--runs N] [--statements N] [--against OTHER/dist/cli.js]
// --against measures a second build's endpoint in the same run, turn about with this one (workloads A, B, pgbench),
// and prints this build's figures against it run by run: before/after on one machine, under the same noise.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { connect, createServer as createNetServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startGateway, startIssuer } from './lib/gateway-process.mjs';
import { startPostgres } from './lib/pg-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli.js');
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const against = process.argv.includes('--against') ? resolve(process.argv[process.argv.indexOf('--against') + 1]) : undefined;
const runs = arg('--runs', 5);
const STATEMENTS = arg('--statements', 1000);
const READS = 2000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const ms = (x) => `${x.toFixed(1)} ms`;

const server = await startPostgres();
const children = [];
try {
  const appUrl = await server.createDatabase('app');
  const storeUrl = await server.createDatabase('store');
  const direct = new URL(appUrl);

  const issuer = await startIssuer({ repository: 'acme/shop', repository_owner: 'acme', ref: 'refs/heads/main', actor: 'bench', run_id: '1' });
  const idToken = issuer.idToken;
  /** A gateway of `build` with a wire endpoint on `app`, and `session(file)`: a wire session for the plan in file. */
  const gatewayOf = async (build, n) => {
    const started = await startGateway({ cli: build, issuer: issuer.url, env: { APP_URL: appUrl, STORE_URL: n ? await server.createDatabase(`store${n}`) : storeUrl }, connection: ['wire: { port: 0 }'], prefix: 'mg-bench-wire-' });
    children.push(started.child);
    const session = async (file) => {
      const report = JSON.parse(spawnSync(process.execPath, [build, 'scan', file, '--format', 'json', '--fail-on', 'none'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);
      const statements = report.files.flatMap((f) => f.statements.map((s) => ({ path: f.path, sql: s.sql, digest: s.digest })));
      const form = new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange', subject_token: await idToken(), subject_token_type: 'urn:ietf:params:oauth:token-type:jwt', audience: 'app', scope: 'wire', plan_digest: report.planDigest, verdict: report.verdict });
      const token = await (await fetch(`${started.url}/v1/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form })).json();
      const opened = await (await fetch(`${started.url}/v1/connections/app/wire`, { method: 'POST', headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' }, body: JSON.stringify({ plan_digest: report.planDigest, statements }) })).json();
      if (opened.status !== 'wire_open') throw new Error(`wire session not open: ${JSON.stringify(opened)}`);
      return { token: token.access_token, port: opened.wire.port, end: () => fetch(`${started.url}/v1/connections/app/wire/end`, { method: 'POST', headers: { authorization: `Bearer ${token.access_token}` } }).then((r) => r.json()) };
    };
    return { build, dir: started.dir, session };
  };
  const builds = [await gatewayOf(cli, 0), ...(against ? [await gatewayOf(against, 1)] : [])];
  const dir = builds[0].dir;
  const session = builds[0].session;
  const directEnv = { PGHOST: direct.hostname, PGPORT: direct.port, PGUSER: decodeURIComponent(direct.username), PGPASSWORD: decodeURIComponent(direct.password), PGDATABASE: 'app', PGSSLMODE: 'disable' };
  const wireEnv = (s) => ({ PGHOST: '127.0.0.1', PGPORT: String(s.port), PGUSER: 'session', PGPASSWORD: s.token, PGDATABASE: 'app', PGSSLMODE: 'disable' });
  // Asynchronous: the peer relay below runs in this process and must keep relaying while the client runs.
  const timed = (command, args, env) =>
    new Promise((done, fail) => {
      const started = performance.now();
      const child = spawn(command, args, { cwd: dir, env: { PATH: process.env.PATH, ...env } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c) => (stdout += c));
      child.stderr.on('data', (c) => (stderr += c));
      child.once('exit', (code) => (code === 0 ? done({ ms: performance.now() - started, stdout }) : fail(new Error(`${command} failed: ${stderr.slice(0, 500)}`))));
    });

  // The floor any proxy pays here: a plain TCP relay (bytes piped both ways, nothing parsed), in this process.
  const pipe = createNetServer((client) => {
    const upstream = connect({ host: direct.hostname, port: Number(direct.port) });
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise((ready) => pipe.listen(0, '127.0.0.1', ready));
  const pipeEnv = { ...directEnv, PGHOST: '127.0.0.1', PGPORT: String(pipe.address().port) };

  // 1. The migration workload, interleaved: a new table per run, so each run applies a new plan.
  const directTimes = [];
  const pipeTimes = [];
  const wireTimes = builds.map(() => []);
  const checkTimes = [];
  const psqlFile = (name, env) => timed('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-f', name], env);
  for (let run = 0; run < runs; run++) {
    for (const via of ['direct', 'pipe', ...builds.keys()]) {
      const name = `m_${via}_${run}.sql`;
      const table = `t_${via}_${run}`;
      writeFileSync(join(dir, name), [`CREATE TABLE ${table} (id int, label text);`, ...Array.from({ length: STATEMENTS - 1 }, (_, i) => `INSERT INTO ${table} VALUES (${i}, 'row ${i}');`)].join('\n'));
      if (via === 'direct') directTimes.push((await psqlFile(name, directEnv)).ms);
      else if (via === 'pipe') pipeTimes.push((await psqlFile(name, pipeEnv)).ms);
      else {
        const s = await builds[via].session(name);
        wireTimes[via].push((await psqlFile(name, wireEnv(s))).ms);
        const ended = await s.end();
        if (ended.unrun.length) throw new Error(`${ended.unrun.length} planned statements did not run`);
        if (via === 0 && ended.check_ms !== undefined) checkTimes.push(ended.check_ms);
      }
    }
  }
  const ratio = median(wireTimes[0]) / median(directTimes);
  console.log(`migration workload A: psql -f (one round trip per statement, as psql, sqitch and Flyway send them), ${STATEMENTS} statements, ${runs} runs interleaved`);
  console.log(`  direct ${ms(median(directTimes))}   through the wire endpoint ${ms(median(wireTimes[0]))}   ratio ${ratio.toFixed(2)}× (goal ≤ 1.2×)`);
  console.log(`  added per statement ${((median(wireTimes[0]) - median(directTimes)) / STATEMENTS).toFixed(3)} ms${checkTimes.length ? `, of which the check before COMMIT ${(median(checkTimes) / STATEMENTS).toFixed(3)} ms (its transaction, counters and judgement: check_ms ${median(checkTimes).toFixed(0)} ms per run)` : ''}`);
  console.log(`  peer: a plain TCP relay (no parsing, no audit) ${ms(median(pipeTimes))}, ratio ${(median(pipeTimes) / median(directTimes)).toFixed(2)}×: the floor of any proxy on this machine; the endpoint is ${(median(wireTimes[0]) / median(pipeTimes)).toFixed(2)}× that`);
  if (against) {
    const byRun = wireTimes[0].map((t, i) => t / wireTimes[1][i]);
    console.log(`  --against ${against}: through its endpoint ${ms(median(wireTimes[1]))}, ratio ${(median(wireTimes[1]) / median(directTimes)).toFixed(2)}×; this build against it, run by run: median ${median(byRun).toFixed(2)}× (min ${Math.min(...byRun).toFixed(2)}, max ${Math.max(...byRun).toFixed(2)})`);
  }

  // 1b. The same migration as one message (as dbmate and node-pg-migrate send a file): one round trip, one implicit
  // transaction, so the check runs once.
  const wholeDirect = [];
  const wholeWire = builds.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (const via of ['direct', ...builds.keys()]) {
      const name = `w_${via}_${run}.sql`;
      const table = `w_${via}_${run}`;
      const text = [`CREATE TABLE ${table} (id int, label text);`, ...Array.from({ length: STATEMENTS - 1 }, (_, i) => `INSERT INTO ${table} VALUES (${i}, 'row ${i}');`)].join('\n');
      writeFileSync(join(dir, name), text);
      if (via === 'direct') wholeDirect.push((await timed('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', text], directEnv)).ms);
      else {
        const s = await builds[via].session(name);
        wholeWire[via].push((await timed('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', text], wireEnv(s))).ms);
        const ended = await s.end();
        if (ended.unrun.length) throw new Error(`${ended.unrun.length} planned statements did not run`);
      }
    }
  }
  console.log(`migration workload B: the same ${STATEMENTS} statements in one message (as dbmate and node-pg-migrate send a file), ${runs} runs interleaved`);
  console.log(`  direct ${ms(median(wholeDirect))}   through the wire endpoint ${ms(median(wholeWire[0]))}   ratio ${(median(wholeWire[0]) / median(wholeDirect)).toFixed(2)}× (goal ≤ 1.2×)`);
  if (against) {
    const byRun = wholeWire[0].map((t, i) => t / wholeWire[1][i]);
    console.log(`  --against ${against}: through its endpoint ${ms(median(wholeWire[1]))}, ratio ${(median(wholeWire[1]) / median(wholeDirect)).toFixed(2)}×; this build against it, run by run: median ${median(byRun).toFixed(2)}× (min ${Math.min(...byRun).toFixed(2)}, max ${Math.max(...byRun).toFixed(2)})`);
  }

  // 2. Added latency per statement: a read loop on one connection, direct vs through the endpoint.
  writeFileSync(join(dir, 'reads.sql'), 'SELECT 1;\n');
  const s = await session('reads.sql');
  const latencies = async (config) => {
    const client = new pg.Client(config);
    await client.connect();
    const out = [];
    for (let i = 0; i < READS; i++) {
      const started = performance.now();
      await client.query('SELECT id, label FROM t_direct_0 WHERE id = $1', [i % STATEMENTS]);
      out.push(performance.now() - started);
    }
    await client.end();
    return out.slice(100); // after warm-up
  };
  const directLatency = await latencies({ connectionString: appUrl });
  const wireLatency = await latencies({ host: '127.0.0.1', port: s.port, user: 'session', password: s.token, database: 'app' });
  console.log(`read loop: ${READS} parameterised SELECTs on one connection (extended protocol)`);
  console.log(`  direct p50 ${ms(percentile(directLatency, 50))} p99 ${ms(percentile(directLatency, 99))}   wire p50 ${ms(percentile(wireLatency, 50))} p99 ${ms(percentile(wireLatency, 99))}`);
  console.log(`  added by the gateway: p50 ${ms(percentile(wireLatency, 50) - percentile(directLatency, 50))}, p99 ${ms(percentile(wireLatency, 99) - percentile(directLatency, 99))}`);

  // 3. pgbench -S (select-only), when installed; with --against, the two builds' endpoints in turn.
  if (spawnSync('pgbench', ['--version']).status === 0) {
    await timed('pgbench', ['-i', '-s', '1', '-q'], directEnv);
    const tps = (output) => Number(/tps = ([\d.]+)/.exec(output)?.[1] ?? NaN);
    const sessions = [s, ...(against ? [await builds[1].session('reads.sql')] : [])];
    const directTps = [];
    const wireTps = builds.map(() => []);
    for (let run = 0; run < (against ? runs : 1); run++) {
      directTps.push(tps((await timed('pgbench', ['-S', '-n', '-T', '5', '-c', '1'], directEnv)).stdout));
      for (const [n, session_] of sessions.entries()) wireTps[n].push(tps((await timed('pgbench', ['-S', '-n', '-T', '5', '-c', '1'], wireEnv(session_))).stdout));
    }
    console.log(`pgbench -S, 1 client, 5 s${against ? `, ${runs} runs in turn` : ''}: direct ${median(directTps).toFixed(0)} tps   through the wire endpoint ${median(wireTps[0]).toFixed(0)} tps   ratio ${(median(directTps) / median(wireTps[0])).toFixed(2)}×`);
    if (against) {
      console.log(`  --against: through its endpoint ${median(wireTps[1]).toFixed(0)} tps, ratio ${(median(directTps) / median(wireTps[1])).toFixed(2)}×; this build's tps against it, run by run: median ${median(wireTps[0].map((t, i) => t / wireTps[1][i])).toFixed(2)}×`);
      await sessions[1].end();
    }
  } else console.log('pgbench -S: skipped (pgbench is not installed; Debian: postgresql-contrib)');
  await s.end();
} finally {
  // A profiled gateway writes its profile as it exits: wait for that (MG_PROFILE, bench/lib/gateway-process.mjs).
  await Promise.all(children.map((child) => new Promise((exited) => (child.exitCode !== null ? exited() : (child.once('exit', exited), child.kill('SIGTERM'))))));
  server.stop();
  process.exit(0);
}
