/**
 * The gateway's own decision on a plan it is asked to run: the statements sent, regrouped into their files,
 * through the same `evaluate` as CI under the connection's policy. The CI job's verdict is never trusted, and
 * neither are the effects the plan declares: each is judged here by the closed table of effects, so declaring an
 * effect can only make the plan need more approval, never less.
 */
import { evaluate } from '../../core/evaluate.js';
import { ruleOf } from '../../effects/judge.js';
import type { StatementRehearsal } from '../../effects/rehearse.js';
import type { ApprovedEffect } from '../../plan/plan.js';
import type { Policy } from '../../policy/policy.js';
import type { Report } from '../../report/report.js';
import type { Dialect } from '../../scan/types.js';
import type { PlannedStatement } from './execute.js';

export type Reevaluation = { ok: true; report: Report } | { ok: false; reason: string };

export async function reevaluate(statements: readonly PlannedStatement[], policy: Policy, today: string, declared: readonly ApprovedEffect[] = [], dialect: Dialect = 'postgres'): Promise<Reevaluation> {
  const paths = [...new Set(statements.map((s) => s.path))];
  // Each statement on its own, ended by a line holding `;`: a trailing `--` comment cannot swallow the terminator.
  const sources = paths.map((path) => ({ path, text: statements.filter((s) => s.path === path).map((s) => `${s.sql}\n;\n`).join('') }));
  const rehearse = declared.length ? async () => ({ summary: { status: 'rehearsed' as const, shadow: 'declared with the plan' }, rehearsal: { status: 'rehearsed' as const, declared: true as const, historyFiles: 0, statements: judged(declared) } }) : undefined;
  const report = await evaluate({ sources, policy, dialect, today, ...(rehearse ? { rehearse } : {}) });
  const rescanned = report.files.flatMap((f) => f.statements.map((s) => s.digest));
  if (rescanned.join() !== statements.map((s) => s.digest).join()) {
    return { ok: false, reason: 'the gateway splits these statements differently than the plan did; send one statement per entry' };
  }
  return { ok: true, report };
}

/** The declared effects as a rehearsal would have found them: on what existed before, judged by kind and attribute. */
function judged(declared: readonly ApprovedEffect[]): StatementRehearsal[] {
  const byStatement = new Map<string, StatementRehearsal>();
  for (const [path, index, key] of declared) {
    const { kind, attribute, object } = parseEffectKey(key);
    const id = `${index}\u0000${path}`;
    const statement = byStatement.get(id) ?? byStatement.set(id, { path, index, effects: [] }).get(id)!;
    statement.effects.push({ effect: { kind, ...(attribute ? { attribute } : {}), object, preexisting: true, description: `has the declared effect ${key}` }, rule: ruleOf(kind, attribute) });
  }
  return [...byStatement.values()];
}

/** `kind[:attribute] object`, as effectKey writes it. */
export function parseEffectKey(key: string): { kind: string; attribute?: string; object: string } {
  const space = key.indexOf(' ');
  const head = space < 0 ? key : key.slice(0, space);
  const [kind, attribute] = head.split(':', 2) as [string, string | undefined];
  return { kind, ...(attribute ? { attribute } : {}), object: space < 0 ? '' : key.slice(space + 1) };
}
