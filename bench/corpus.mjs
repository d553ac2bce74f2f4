#!/usr/bin/env node
// What the scanner says about ../shared/corpus: statements per verdict and findings per rule, per dialect,
// and the `unclassified` findings grouped by what was not recognised.
// Usage: npm run build && node bench/corpus.mjs [--cli path/to/cli.js] [--json out.json]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, '../shared/corpus');
const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const cli = resolve(option('--cli') ?? join(root, 'dist/cli.js'));

const folders = readFileSync(join(corpus, 'SOURCES.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
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
