#!/usr/bin/env node
// Rehearsal's cost on the largest PostgreSQL history of ../shared/corpus (trigger.dev's Prisma migrations): a git
// repository holding every file but the last three (the history), those three added (the change), and
// `migration-guard scan --base HEAD` — history replay, change rehearsal, total plan time and peak memory, against the
// same scan with --rehearse off (the static check alone) in the same run.
// Usage: npm run build && node bench/rehearse.mjs [--runs N] [--corpus DIR] [--against OTHER/dist/cli.js]
// --against runs the cached re-run of a second build too, turn about with this one, and prints the ratio run by run.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', 3));
const against = option('--against', undefined) && resolve(option('--against', undefined));
const corpus = resolve(option('--corpus', join(root, '../shared/corpus/triggerdotdev__trigger.dev__postgres')));
// trigger.dev keeps a second database's migrations (run-ops-database) beside the main one's: one database's history.
const files = readdirSync(corpus).filter((f) => f.endsWith('.sql') && !f.includes('run-ops-database')).sort();
const dir = mkdtempSync(join(tmpdir(), 'mg-bench-rehearse-'));
try {
  mkdirSync(join(dir, 'db'));
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github/migration-guard.yml'), 'version: 1\nmigrations: ["db/*.sql"]\n');
  const git = (...args) => execFileSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', ...args], { cwd: dir, stdio: 'pipe' });
  for (const file of files.slice(0, -3)) cpSync(join(corpus, file), join(dir, 'db', file));
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'history');
  for (const file of files.slice(-3)) cpSync(join(corpus, file), join(dir, 'db', file));
  const cache = join(dir, 'shadow-cache');
  const scan = (rehearse, cached = false, cli = join(root, 'dist/cli.js')) => {
    const env = { ...process.env, MIGRATION_GUARD_SHADOW_CACHE: cached ? cache : 'off' };
    const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, cli, 'scan', '--base', 'HEAD', '--format', 'json', '--fail-on', 'none', '--rehearse', rehearse], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 28 });
    const [seconds, kib] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
    const replay = /history ready in ([\d.]+)s/.exec(run.stderr)?.[1];
    const rehearsed = /rehearsed in ([\d.]+)s/.exec(run.stderr)?.[1];
    const report = JSON.parse(run.stdout);
    return { seconds, mib: kib / 1024, replay: Number(replay), total: Number(rehearsed), report };
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const on = [];
  const off = [];
  const cached = [];
  const other = [];
  scan('auto', true); // fills the cache
  for (let i = 0; i < runs; i++) {
    off.push(scan('off'));
    on.push(scan('auto'));
    cached.push(scan('auto', true));
    if (against) other.push(scan('auto', true, against));
  }
  const last = on[on.length - 1].report;
  console.log(`history: ${files.length - 3} files of ${corpus.split('/').pop()}; change: the last 3 (${last.files.reduce((n, f) => n + f.statements.length, 0)} statements); ${runs} runs, medians`);
  console.log(`  rehearsal: ${last.rehearsal?.status}${last.rehearsal?.why ? ` (${last.rehearsal.why})` : ''}`);
  console.log(`  history replay ${median(on.map((r) => r.replay)).toFixed(2)} s, rehearsal (replay and change) ${median(on.map((r) => r.total)).toFixed(2)} s`);
  console.log(`  plan (scan --base) with rehearsal ${median(on.map((r) => r.seconds)).toFixed(2)} s, peak ${median(on.map((r) => r.mib)).toFixed(0)} MiB; static only ${median(off.map((r) => r.seconds)).toFixed(2)} s, peak ${median(off.map((r) => r.mib)).toFixed(0)} MiB (goal: ≤ 5 s with rehearsal)`);
  console.log(`  cached re-run (the replayed history kept as a PGlite dump, keyed by the history's digest): ${median(cached.map((r) => r.seconds)).toFixed(2)} s, history ready in ${median(cached.map((r) => r.replay)).toFixed(2)} s, peak ${median(cached.map((r) => r.mib)).toFixed(0)} MiB (goal: ≤ 1.5 s)`);
  if (against) {
    const byRun = cached.map((r, i) => r.seconds / other[i].seconds);
    console.log(`  --against ${against}: cached re-run ${median(other.map((r) => r.seconds)).toFixed(2)} s; this build against it, run by run: median ${median(byRun).toFixed(2)}× (min ${Math.min(...byRun).toFixed(2)}, max ${Math.max(...byRun).toFixed(2)})`);
  }
  const effects = last.files.flatMap((f) => f.statements.flatMap((s) => (s.effects ?? []).filter((e) => e.rule)));
  console.log(`  effects flagged in the change: ${effects.length}${effects.length ? `: ${effects.slice(0, 5).map((e) => `${e.rule} ${e.description}`).join('; ')}` : ''}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
