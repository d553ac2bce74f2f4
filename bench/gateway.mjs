#!/usr/bin/env node
// Gateway overhead: 1,000 small statements through the gateway (token exchange excluded, then included)
// versus the same statements sent directly with pg in one transaction; and token exchange latency
// (p50/p99) with 50 concurrent clients, with the CPU each process spent per exchange (all share this machine), and
// with exchanges arriving at a steady rate (open loop).
// Both sides are warmed up first (JIT, connections, caches); exec prints the median of the measured runs, token
// exchange pools the latencies of its measured rounds and prints its first, cold round on its own.
// Usage: npm run build && node bench/gateway.mjs [--runs N] [--cli OTHER/dist/cli.js] [--against OTHER/dist/cli.js]
//        [--audit-granularity transaction] [--only exec|exchange]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startGateway, startIssuer } from './lib/gateway-process.mjs';
import { startPostgres } from './lib/pg-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
// --cli OTHER/dist/cli.js measures another build (e.g. the previous commit's) with this same script.
const cli = option('--cli') ? resolve(option('--cli')) : join(root, 'dist/cli.js');
// --against OTHER/dist/cli.js measures a second build in the same run, turn about with the first: this machine's
// speed drifts by more than the differences worth measuring, so builds are compared run by run.
const against = option('--against') ? resolve(option('--against')) : undefined;
const runs = Number(option('--runs')) || 5;
// --audit-granularity transaction: one audit record per transaction instead of one per statement (gateway config).
const granularity = option('--audit-granularity');
// --only exec (or exchange) measures one half: more runs of it in the same time.
const only = option('--only');
if (only && only !== 'exec' && only !== 'exchange') throw new Error('--only takes exec or exchange');
const WARMUP = 3;
const STATEMENTS = 1000;
const CLIENTS = 50;
const EXCHANGES_PER_CLIENT = 10;
const OPEN_LOOP_RATE = 250;
/** CPU seconds (user + system) a process has used, from /proc: the gateway's, and PostgreSQL's over all its processes. */
const cpuOf = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const postgresCpu = () => readdirSync('/proc').filter((p) => /^\d+$/.test(p)).reduce((sum, pid) => {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').includes('(postgres)') ? sum + cpuOf(pid) : sum;
  } catch {
    return sum; // a backend that exited meanwhile
  }
}, 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
/** Each build in turn, the first one first in even rounds: neither always runs on a machine the other warmed. */
const inTurn = (builds, round) => (round % 2 ? [...builds].reverse() : builds);

const server = await startPostgres();
const children = [];
try {
  const issuer = await startIssuer({ repository: 'acme/shop', repository_owner: 'acme', ref: 'refs/heads/main', environment: 'production', actor: 'bench', run_id: '1' });
  const idToken = issuer.idToken;
  // Each build: its gateway, with a database and a store of its own, and what was measured of it.
  const builds = [];
  for (const [n, path] of [cli, against].filter(Boolean).entries()) {
    const appUrl = await server.createDatabase(`app${n}`);
    const storeUrl = await server.createDatabase(`store${n}`);
    await server.query('CREATE TABLE bench (id int, label text)', [], `app${n}`);
    const gateway = await startGateway({ cli: path, issuer: issuer.url, env: { APP_URL: appUrl, STORE_URL: storeUrl }, top: granularity ? [`audit: { granularity: ${granularity} }`] : [], prefix: 'mg-bench-gw-' });
    children.push(gateway.child);
    builds.push({ cli: path, appUrl, store: `store${n}`, database: `app${n}`, gateway, direct: [], exec: [], execWithExchange: [], latencies: [], wall: 0, cpu: { gateway: 0, postgres: 0, bench: 0 }, cold: [], openLoop: [] });
  }

  // The plan: 1,000 small statements, digested by the plan step (the CLI). Each run applies a new file: the
  // gateway's ledger would (rightly) skip a file it has applied before.
  let files = 0;
  const planFor = (build) => {
    const name = `bench-${++files}.sql`;
    writeFileSync(join(build.gateway.dir, name), Array.from({ length: STATEMENTS }, (_, i) => `INSERT INTO bench VALUES (${i}, 'row ${i}');`).join('\n'));
    const report = JSON.parse(spawnSync(process.execPath, [build.cli, 'scan', name, '--format', 'json', '--fail-on', 'none'], { cwd: build.gateway.dir, encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);
    return { report, statements: report.files[0].statements.map((s) => ({ path: report.files[0].path, sql: s.sql, digest: s.digest })) };
  };

  // Exchanges go through node:http with keep-alive, the lightest client Node has: the load generator shares the
  // machine's CPUs with the gateway and PostgreSQL, and what it spends is not the gateway's cost.
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const exchange = async (build, subjectToken, report = { planDigest: `sha256:${'0'.repeat(64)}`, verdict: 'pass' }) => {
    const form = new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange', subject_token: subjectToken ?? (await idToken()), subject_token_type: 'urn:ietf:params:oauth:token-type:jwt', audience: 'app', scope: 'exec', plan_digest: report.planDigest, verdict: report.verdict }).toString();
    const { status, text } = await new Promise((done, fail) => {
      const request = http.request(`${build.gateway.url}/v1/token`, { method: 'POST', agent, headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(form) } }, (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk) => (text += chunk)).on('end', () => done({ status: response.statusCode, text }));
      });
      request.on('error', fail).end(form);
    });
    if (status !== 200) throw new Error(text);
    return JSON.parse(text).access_token;
  };

  const directRun = async (build, statements) => {
    const client = new pg.Client({ connectionString: build.appUrl });
    await client.connect();
    const t = performance.now();
    await client.query('BEGIN');
    await client.query("SET LOCAL lock_timeout = '5s'");
    await client.query("SET LOCAL statement_timeout = '15min'");
    for (const s of statements) await client.query(s.sql);
    await client.query('COMMIT');
    const elapsed = performance.now() - t;
    await client.end();
    return elapsed;
  };
  for (let r = 0; r < (only === 'exchange' ? 0 : WARMUP + runs); r++) {
    const measured = r >= WARMUP;
    for (const build of inTurn(builds, r)) {
      const { report, statements } = planFor(build);
      await server.query('TRUNCATE bench', [], build.database);
      const direct = await directRun(build, statements);
      await server.query('TRUNCATE bench', [], build.database);
      const t = performance.now();
      const token = await exchange(build, undefined, report);
      const t2 = performance.now();
      const response = await fetch(`${build.gateway.url}/v1/connections/app/exec`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ plan_digest: report.planDigest, statements }) });
      const body = await response.json();
      if (body.status !== 'done') throw new Error(JSON.stringify(body).slice(0, 500));
      const end = performance.now();
      if (!measured) continue;
      build.direct.push(direct);
      build.exec.push(end - t2);
      build.execWithExchange.push(end - t);
      // The check before COMMIT's own time (its queries and judgement), as the gateway reports it.
      if (body.effects?.check_ms !== undefined) (build.check ??= []).push(body.effects.check_ms);
    }
  }

  // The ID tokens are signed before the clock starts: what is measured is the gateway, not this script's RSA signing.
  // The first rounds warm the exchange path up (JIT tiers, store connections, the issuer's JWKS): the first is
  // printed on its own, as a cold start; the measured rounds are pooled.
  const signTokens = () => Promise.all(Array.from({ length: CLIENTS * EXCHANGES_PER_CLIENT }, () => idToken()));
  const concurrentExchanges = async (build, tokens) => {
    const latencies = [];
    await Promise.all(Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = 0; i < EXCHANGES_PER_CLIENT; i++) {
        const t = performance.now();
        await exchange(build, tokens[c * EXCHANGES_PER_CLIENT + i]);
        latencies.push(performance.now() - t);
      }
    }));
    return latencies;
  };
  for (let r = 0; r < (only === 'exec' ? 0 : WARMUP + runs); r++) {
    for (const build of inTurn(builds, r)) {
      const tokens = await signTokens();
      if (r === 0) build.cold = await concurrentExchanges(build, tokens);
      if (r < WARMUP) {
        if (r > 0) await concurrentExchanges(build, tokens);
        continue;
      }
      const before = { gateway: cpuOf(build.gateway.child.pid), postgres: postgresCpu(), bench: process.cpuUsage() };
      const started = performance.now();
      build.latencies.push(...(await concurrentExchanges(build, tokens)));
      build.wall += performance.now() - started;
      const bench = process.cpuUsage(before.bench);
      build.cpu.gateway += cpuOf(build.gateway.child.pid) - before.gateway;
      build.cpu.postgres += postgresCpu() - before.postgres;
      build.cpu.bench += (bench.user + bench.system) / 1e6;
    }
  }

  // The same exchanges arriving at a steady rate, each from its own client (open loop): what CI jobs starting
  // independently see, as opposed to 50 clients that each send the next exchange as soon as one returns.
  for (const build of only === 'exec' ? [] : builds) {
    const arrivals = await signTokens();
    const firstArrival = performance.now();
    await Promise.all(arrivals.map(async (token, i) => {
      await new Promise((r) => setTimeout(r, firstArrival + (i * 1000) / OPEN_LOOP_RATE - performance.now()));
      const t = performance.now();
      await exchange(build, token);
      build.openLoop.push(performance.now() - t);
    }));
  }

  console.log(`node ${process.version}, ${availableParallelism()} CPUs, PostgreSQL via pg and via the gateway (postgres store), audit granularity ${granularity ?? 'statement'}, median of ${runs} runs after ${WARMUP} warm-up runs${against ? ', two builds in turn' : ''}`);
  for (const build of builds) {
    const perExchange = (seconds) => ((seconds * 1000) / build.latencies.length).toFixed(2);
    if (against) console.log(`\n== ${build.cli}`);
    if (only !== 'exchange') {
      console.log(`\n${STATEMENTS} INSERT statements in one transaction:`);
      console.log(`  direct with pg              ${median(build.direct).toFixed(0).padStart(6)} ms`);
      console.log(`  through the gateway (exec)  ${median(build.exec).toFixed(0).padStart(6)} ms   overhead ratio ${(median(build.exec) / median(build.direct)).toFixed(2)}x`);
      console.log(`  … including token exchange  ${median(build.execWithExchange).toFixed(0).padStart(6)} ms   overhead ratio ${(median(build.execWithExchange) / median(build.direct)).toFixed(2)}x`);
      if (build.check) console.log(`  … of which the check before COMMIT ${median(build.check).toFixed(1).padStart(5)} ms per run (snapshot and row statistics at BEGIN and before COMMIT)`);
    }
    if (only === 'exec') continue;
    console.log(`\ntoken exchange, ${CLIENTS} concurrent clients × ${EXCHANGES_PER_CLIENT}, ${runs} rounds after ${WARMUP} warm-up rounds: p50 ${percentile(build.latencies, 50).toFixed(1)} ms, p99 ${percentile(build.latencies, 99).toFixed(1)} ms, ${(build.latencies.length / (build.wall / 1000)).toFixed(0)} exchanges/s`);
    console.log(`  CPU per exchange: gateway ${perExchange(build.cpu.gateway)} ms, PostgreSQL ${perExchange(build.cpu.postgres)} ms, this load generator ${perExchange(build.cpu.bench)} ms`);
    console.log(`  the first (cold) round: p50 ${percentile(build.cold, 50).toFixed(1)} ms, p99 ${percentile(build.cold, 99).toFixed(1)} ms`);
    console.log(`token exchange, ${build.openLoop.length} arriving at ${OPEN_LOOP_RATE}/s (open loop): p50 ${percentile(build.openLoop, 50).toFixed(1)} ms, p99 ${percentile(build.openLoop, 99).toFixed(1)} ms`);
  }
  // What sealing the audit chain costs: one Ed25519 signature per store write (audit-keys.ts), spread over its records.
  const { generateKeyPairSync, sign } = await import('node:crypto');
  const { privateKey } = generateKeyPairSync('ed25519');
  const SIGNS = 5000;
  const signStarted = performance.now();
  for (let i = 0; i < SIGNS; i++) sign(null, Buffer.from(`migration-guard audit seal v1\n${i}\n${'0'.repeat(64)}`), privateKey);
  const perSeal = ((performance.now() - signStarted) * 1000) / SIGNS;
  for (const build of builds) {
    const [counts] = await server.query("SELECT count(*)::int AS records, count(seal)::int AS seals FROM mg_audit", [], build.store).catch(() => [undefined]);
    if (!counts?.seals) continue;
    console.log(`\naudit seals (${build.cli}): ${perSeal.toFixed(1)} µs per Ed25519 seal, ${counts.seals} seals over ${counts.records} records (one per store write): ${((perSeal * counts.seals) / counts.records).toFixed(2)} µs of signing per record`);
  }
  if (against) {
    const [first, second] = builds;
    const perRun = first.exec.map((t, i) => second.exec[i] / t);
    const execRatio = () => `exec time ratio median ${median(perRun).toFixed(2)} (range ${Math.min(...perRun).toFixed(2)}–${Math.max(...perRun).toFixed(2)})`;
    const p99s = () => `exchange p99 ${percentile(second.latencies, 99).toFixed(1)} against ${percentile(first.latencies, 99).toFixed(1)} ms`;
    console.log(`\nsecond build against the first, run by run: ${[only !== 'exchange' && execRatio(), only !== 'exec' && p99s()].filter(Boolean).join('; ')}`);
  }
  issuer.close();
} finally {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  server.stop();
}
