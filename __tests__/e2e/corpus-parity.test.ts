/**
 * CI and the gateway decide alike: every PostgreSQL project of ../shared/corpus is planned as the CLI and the action
 * plan it (workspace/plan-run.ts), then its statements are re-evaluated as the gateway does before it runs them. The
 * verdicts, per file, and the plan digest must be the same. (Part of the `corpus` vitest project.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reevaluate } from '../../src/gateway/server/reevaluate.js';
import { DEFAULT_POLICY } from '../../src/policy/policy.js';
import { runScan } from '../../src/workspace/plan-run.js';
import { ROOT } from '../helpers/run.js';

const CORPUS = join(ROOT, '../shared/corpus');
const TODAY = '2026-11-27';

const folders = readFileSync(join(CORPUS, 'SOURCES.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t') as [string, string])
  .filter(([, dialect]) => dialect === 'postgres');

describe('CI and gateway decide alike on the corpus', () => {
  for (const [folder] of folders) {
    it(`plans ${folder} with the same verdicts and digest`, async () => {
      const report = await runScan({ cwd: join(CORPUS, folder), patterns: ['.'], dialect: 'postgres', today: TODAY });
      const statements = report.files.flatMap((f) => f.statements.map((s, index) => ({ index, path: f.path, sql: s.sql, digest: s.digest })));
      const gateway = await reevaluate(statements, DEFAULT_POLICY, TODAY);
      if (!gateway.ok) throw new Error(gateway.reason);
      expect(gateway.report.planDigest).toBe(report.planDigest);
      expect(gateway.report.verdict).toBe(report.verdict);
      const ciVerdicts = report.files.filter((f) => f.statements.length > 0).map((f) => [f.path, f.verdict]);
      expect(gateway.report.files.map((f) => [f.path, f.verdict])).toEqual(ciVerdicts);
    });
  }
});
