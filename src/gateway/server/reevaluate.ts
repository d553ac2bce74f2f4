/**
 * The gateway's own decision on a plan it is asked to run: the statements sent, regrouped into their files,
 * through the same `evaluate` as CI under the connection's policy. The CI job's verdict is never trusted.
 */
import { evaluate } from '../../core/evaluate.js';
import type { Policy } from '../../policy/policy.js';
import type { Report } from '../../report/report.js';
import type { PlannedStatement } from './execute.js';

export type Reevaluation = { ok: true; report: Report } | { ok: false; reason: string };

export async function reevaluate(statements: readonly PlannedStatement[], policy: Policy, today: string): Promise<Reevaluation> {
  const paths = [...new Set(statements.map((s) => s.path))];
  // Each statement on its own, ended by a line holding `;`: a trailing `--` comment cannot swallow the terminator.
  const sources = paths.map((path) => ({ path, text: statements.filter((s) => s.path === path).map((s) => `${s.sql}\n;\n`).join('') }));
  const report = await evaluate({ sources, policy, dialect: 'postgres', today });
  const rescanned = report.files.flatMap((f) => f.statements.map((s) => s.digest));
  if (rescanned.join() !== statements.map((s) => s.digest).join()) {
    return { ok: false, reason: 'the gateway splits these statements differently than the plan did; send one statement per entry' };
  }
  return { ok: true, report };
}
