/**
 * Robustness on real migrations: every file of ../shared/corpus gets a verdict, nothing crashes,
 * and unparseable statements stay under bounds set from measurement (see the README).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, runNode } from '../helpers/run.js';

const CORPUS = join(ROOT, '../shared/corpus');
/** Measured on 2026-11-24: postgres 1 (a PL/pgSQL body using a composite type), mysql 0, sqlite 0. */
const UNPARSEABLE_BOUND: Record<string, number> = { postgres: 3, mysql: 2, sqlite: 2 };

const folders = existsSync(CORPUS)
  ? readFileSync(join(CORPUS, 'SOURCES.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t') as [string, string])
  : [];

describe('real-world corpus', () => {
  it('is present next to the repository (../shared/corpus)', () => {
    expect(folders.length).toBeGreaterThan(10);
  });

  const unparseable: Record<string, number> = {};
  for (const [folder, dialect] of folders) {
    it(`scans every file of ${folder} (${dialect})`, async () => {
      const result = await runNode(CLI, ['scan', folder, '--dialect', dialect, '--format', 'json', '--fail-on', 'none'], { cwd: CORPUS });
      expect(result.code, result.stderr).toBe(0);
      const report = JSON.parse(result.stdout);
      const expected = readdirSync(join(CORPUS, folder)).filter((f) => f.endsWith('.sql')).map((f) => `${folder}/${f}`).sort();
      expect(report.files.map((f: { path: string }) => f.path).sort()).toEqual(expected);
      for (const file of report.files) expect(['pass', 'approval', 'block']).toContain(file.verdict);
      let count = 0;
      for (const file of report.files) for (const s of file.statements) count += s.findings.filter((f: { rule: string }) => f.rule === 'unparseable').length;
      unparseable[dialect] = (unparseable[dialect] ?? 0) + count;
    });
  }

  it('keeps unparseable statements under the measured bounds', () => {
    for (const [dialect, bound] of Object.entries(UNPARSEABLE_BOUND)) expect(unparseable[dialect] ?? 0, dialect).toBeLessThanOrEqual(bound);
  });
});
