#!/usr/bin/env node
// Scan throughput: migration-guard vs squawk on the same PostgreSQL files, in one script.
// Usage: npm run build && node bench/scan.mjs [--runs N] [--baseline OTHER/dist/cli.js]
// Prints statements/second, wall time (median of N runs) and peak RSS for each tool, and the ratios. With
// --baseline, another build of migration-guard (e.g. the previous commit's dist/) is measured in the same runs, so a
// change's cost is a ratio between two builds on the same machine at the same time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, '../shared/corpus');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const cli = join(root, 'dist/cli.js');
const baseline = process.argv.includes('--baseline') ? resolve(process.argv[process.argv.indexOf('--baseline') + 1]) : undefined;
const squawk = join(root, 'node_modules/.bin/squawk');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');

function corpusPostgresFiles() {
  const folders = readFileSync(join(corpus, 'SOURCES.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  return folders
    .filter(([, dialect]) => dialect === 'postgres')
    .flatMap(([folder]) => readdirSync(join(corpus, folder)).filter((f) => f.endsWith('.sql')).map((f) => join(corpus, folder, f)))
    .sort();
}

function generatedFile(count) {
  const kinds = [
    (i) => `CREATE TABLE t${i} (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz DEFAULT now());`,
    (i) => `ALTER TABLE t${i - 1} ADD COLUMN extra_${i} integer;`,
    (i) => `CREATE INDEX CONCURRENTLY t${i - 2}_name_idx ON t${i - 2} (name);`,
    (i) => `UPDATE t${i - 3} SET name = 'n${i}' WHERE id = ${i};`,
    (i) => `INSERT INTO t${i - 4} (id, name) VALUES (${i}, 'row ${i}');`,
  ];
  const lines = [];
  for (let i = 0; i < count; i++) lines.push(kinds[i % kinds.length](i));
  const dir = mkdtempSync(join(tmpdir(), 'mg-bench-'));
  const file = join(dir, 'generated_40000.sql');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Runs each command once per round, interleaved, so machine noise falls on all of them alike. */
function measureAll(commands) {
  const walls = commands.map(() => []);
  const peakKb = commands.map(() => 0);
  for (let r = 0; r < runs; r++) {
    commands.forEach(([command, args], k) => {
      const start = process.hrtime.bigint();
      const child = timeBin
        ? spawnSync(timeBin, ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
        : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
      walls[k].push(Number(process.hrtime.bigint() - start) / 1e6);
      if (child.error) throw child.error;
      if (timeBin) peakKb[k] = Math.max(peakKb[k], Number(child.stderr.trim().split('\n').pop()) || 0);
    });
  }
  return walls.map((w, k) => {
    w.sort((a, b) => a - b);
    return { wallMs: w[Math.floor(w.length / 2)], peakMb: timeBin ? peakKb[k] / 1024 : NaN };
  });
}

function statementCount(files) {
  const out = spawnSync(process.execPath, [cli, 'scan', ...files, '--format', 'json', '--fail-on', 'none'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const report = JSON.parse(out.stdout);
  return report.files.reduce((n, f) => n + f.statements.length, 0);
}

const inputs = [
  ['corpus (postgres)', corpusPostgresFiles()],
  ['generated 40,000 statements', [generatedFile(40_000)]],
];

console.log(`node ${process.version}, ${runs} runs each (median wall time, max peak RSS)${timeBin ? '' : '; /usr/bin/time missing: no memory figures'}`);
for (const [name, files] of inputs) {
  const statements = statementCount(files);
  const scanArgs = (path) => [path, 'scan', ...files, '--format', 'json', '--fail-on', 'none'];
  const [mg, sq, base] = measureAll([[process.execPath, scanArgs(cli)], [squawk, files], ...(baseline ? [[process.execPath, scanArgs(baseline)]] : [])]);
  const row = (tool, m) =>
    `  ${tool.padEnd(16)} ${m.wallMs.toFixed(0).padStart(7)} ms  ${Math.round(statements / (m.wallMs / 1000)).toLocaleString('en').padStart(10)} stmt/s  ${m.peakMb.toFixed(1).padStart(7)} MiB peak`;
  console.log(`\n${name}: ${files.length} files, ${statements.toLocaleString('en')} statements`);
  console.log(row('migration-guard', mg));
  console.log(row('squawk', sq));
  console.log(`  ratio (migration-guard / squawk): time ${(mg.wallMs / sq.wallMs).toFixed(2)}x, peak memory ${(mg.peakMb / sq.peakMb).toFixed(2)}x`);
  if (base) {
    console.log(row('baseline build', base));
    console.log(`  ratio (this build / baseline): time ${(mg.wallMs / base.wallMs).toFixed(3)}x, peak memory ${(mg.peakMb / base.peakMb).toFixed(2)}x`);
  }
}
