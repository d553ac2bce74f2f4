#!/usr/bin/env node
// What the scanner says about ../shared/corpus: statements per verdict and findings per rule, per dialect,
// and the `unclassified` findings grouped by what was not recognised.
// Usage: npm run build && node bench/corpus.mjs [--cli path/to/cli.js] [--json out.json]
//        node bench/corpus.mjs --rehearse [--limit N]: each PostgreSQL and SQLite folder's migrations rehearsed in order
//        (each file the change, the files before it the history): statements that moved verdict because of an effect,
//        grouped by rule and effect, with examples.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, '../shared/corpus');
const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const cli = resolve(option('--cli') ?? join(root, 'dist/cli.js'));

const folders = readFileSync(join(corpus, 'SOURCES.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
if (process.argv.includes('--rehearse')) {
  await rehearseCorpus();
  process.exit(0);
}
const stats = {};
for (const [folder, dialect] of folders) {
  if (!readdirSync(join(corpus, folder)).some((f) => f.endsWith('.sql'))) continue;
  const run = spawnSync(process.execPath, [cli, 'scan', folder, '--dialect', dialect, '--format', 'json', '--fail-on', 'none'], {
    cwd: corpus,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`${folder}: exit ${run.status}\n${run.stderr}`);
  const report = JSON.parse(run.stdout);
  const s = (stats[dialect] ??= { files: 0, statements: 0, verdicts: { pass: 0, approval: 0, block: 0 }, rules: {}, unclassified: {} });
  for (const file of report.files) {
    s.files++;
    for (const statement of file.statements) {
      s.statements++;
      const open = statement.findings.filter((f) => !f.exemption).map((f) => f.severity);
      const verdict = open.includes('block') ? 'block' : open.includes('approval') ? 'approval' : 'pass';
      s.verdicts[verdict]++;
      for (const finding of statement.findings) {
        s.rules[finding.rule] = (s.rules[finding.rule] ?? 0) + 1;
        if (finding.rule === 'unclassified') {
          const what = finding.message.replace(/^In [^:]*: /, '').replace(/\s+/g, ' ').slice(0, 110);
          s.unclassified[what] ??= { count: 0, example: `${file.path}:${finding.line ?? statement.line}` };
          s.unclassified[what].count++;
        }
      }
    }
  }
}

const pct = (n, d) => `${((100 * n) / Math.max(d, 1)).toFixed(2)}%`;
for (const [dialect, s] of Object.entries(stats)) {
  const unclassified = s.rules.unclassified ?? 0;
  console.log(`\n${dialect}: ${s.files} files, ${s.statements} statements`);
  console.log(`  verdicts: pass ${s.verdicts.pass}, approval ${s.verdicts.approval}, block ${s.verdicts.block}`);
  console.log(`  unclassified findings: ${unclassified} (${pct(unclassified, s.statements)} of statements)`);
  console.log(`  findings by rule: ${Object.entries(s.rules).sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')}`);
  for (const [what, { count, example }] of Object.entries(s.unclassified).sort((a, b) => b[1].count - a[1].count).slice(0, 25)) {
    console.log(`    ${String(count).padStart(5)}  ${what}\n           e.g. ${example}`);
  }
}
const out = option('--json');
if (out) writeFileSync(out, `${JSON.stringify(stats, null, 2)}\n`);

/** --rehearse: the rehearsal driver is bundled from the sources (bench/lib/corpus-effects.ts) and run per folder. */
async function rehearseCorpus() {
  const { build } = await import('esbuild');
  const { mkdirSync, mkdtempSync, rmSync } = await import('node:fs');
  // Inside the repository, so that the bundle's packages resolve from node_modules.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const out = mkdtempSync(join(root, 'node_modules/.cache/mg-corpus-effects-'));
  try {
    await build({ entryPoints: [join(root, 'bench/lib/corpus-effects.ts')], outfile: join(out, 'corpus-effects.mjs'), bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
    const { corpusEffects } = await import(join(out, 'corpus-effects.mjs'));
    const limit = Number(option('--limit') ?? Infinity);
    const byEffect = new Map();
    for (const [folder, dialect] of folders) {
      if (dialect !== 'postgres' && dialect !== 'sqlite') continue;
      const started = performance.now();
      const result = await corpusEffects(join(corpus, folder), dialect, limit);
      console.log(`${folder}: ${result.rehearsed} of ${result.files} files rehearsed, ${result.statements} statements, ${result.moves.length} moved to approval by an effect (${((performance.now() - started) / 1000).toFixed(1)}s)${result.stoppedAt ? `; stopped at ${result.stoppedAt.slice(0, 200)}` : ''}`);
      for (const move of result.moves) {
        const kind = `${move.rule}: ${move.effect.replace(/\d[\d,]*/g, 'N').replace(/(public|auth|main)\.[\w".]+/g, 'X')}`;
        const entry = byEffect.get(kind) ?? { count: 0, examples: [] };
        entry.count++;
        if (entry.examples.length < 3) entry.examples.push(`${folder}/${move.file}:${move.line} ${move.effect} — ${move.sql}`);
        byEffect.set(kind, entry);
      }
    }
    console.log('\nmoves by effect:');
    for (const [kind, { count, examples }] of [...byEffect].sort((a, b) => b[1].count - a[1].count)) {
      console.log(`  ${String(count).padStart(5)}  ${kind}`);
      for (const example of examples) console.log(`         e.g. ${example}`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
