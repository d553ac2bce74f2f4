/**
 * The one decision: file texts under a policy → the report (findings, exemptions, verdict, plan digest).
 * The CLI and the action (through workspace/plan-run.ts) and the gateway's server-side re-check all call
 * this, so the gateway decides exactly as CI decided. Pure: no disk, no clock, no network.
 */
import { applyExemptions } from '../policy/exemptions.js';
import { severityUnder, type Policy } from '../policy/policy.js';
import { buildReport, type RehearsalSummary, type Report } from '../report/report.js';
import { ruleById } from '../scan/rules/catalog.js';
import { scanSources, type SourceFile } from '../scan/scanner.js';
import type { Dialect, ScannedFile } from '../scan/types.js';
import type { Rehearsal } from '../effects/rehearse.js';

export interface Evaluation {
  sources: readonly SourceFile[];
  policy: Policy;
  dialect: Dialect;
  /** Today's date (YYYY-MM-DD): exemptions expire against it. */
  today: string;
  /** Only some of the migrations (changed files): exemptions that match nothing are expected, not "unused". */
  partial?: boolean;
  /**
   * Runs the scanned statements on a shadow database (workspace/rehearsal.ts): what each did becomes its effects and
   * the findings of the closed table of effects. The stricter of the static and the rehearsed verdict wins.
   */
  rehearse?: (files: readonly ScannedFile[]) => Promise<RehearsalOutcome>;
}

export type RehearsalOutcome = { summary: RehearsalSummary; rehearsal?: Rehearsal };

export async function evaluate({ sources, policy, dialect, today, partial = false, rehearse }: Evaluation): Promise<Report> {
  const severityOf = severityUnder(policy);
  const scanned = await scanSources(sources, { dialect, severityOf });
  const outcome = rehearse ? await rehearse(scanned) : undefined;
  if (outcome) addRehearsalFindings(scanned, outcome, policy, severityOf);
  const { files, exemptions } = applyExemptions(scanned, policy, today);
  return buildReport(dialect, files, policy, partial ? { ...exemptions, unused: [] } : exemptions, outcome?.summary);
}

/** Each rehearsed statement's effects, and a finding for each effect the closed table flags (or the shadow refused). */
function addRehearsalFindings(files: ScannedFile[], outcome: RehearsalOutcome, policy: Policy, severityOf: ReturnType<typeof severityUnder>): void {
  const add = (path: string, index: number, rule: string, message: string) => {
    const statement = files.find((f) => f.path === path)?.statements[index];
    const definition = ruleById(rule);
    const severity = severityOf(rule, path);
    if (!statement || !definition || severity === 'off') return;
    if (statement.findings.some((f) => f.rule === rule && f.message === message)) return;
    statement.findings.push({ rule, category: definition.category, severity, message, exemption: null });
  };
  const { rehearsal, summary } = outcome;
  if (rehearsal?.status === 'rehearsed') {
    const from = rehearsal.declared ? 'an effect the plan declares, from its rehearsal' : `rehearsed on a shadow database built from ${rehearsal.historyFiles} earlier migration file${rehearsal.historyFiles === 1 ? '' : 's'}`;
    for (const result of rehearsal.statements) {
      const statement = files.find((f) => f.path === result.path)?.statements[result.index];
      if (!statement) continue;
      statement.effects = result.effects.map(({ effect, rule, safe }) => ({ kind: effect.kind, object: effect.object, ...(effect.attribute ? { attribute: effect.attribute } : {}), description: effect.description, rule, ...(safe ? { safe } : {}), ...(effect.rows !== undefined ? { rows: effect.rows } : {}) }));
      for (const { effect, rule } of result.effects) if (rule) add(result.path, result.index, rule, `It ${effect.description} (${from}).`);
      if (result.timedOut) add(result.path, result.index, 'rehearsal-failed', `It ran longer than the policy's rehearse-timeout on the shadow database and was stopped, so what it does is unknown (${from}).`);
      else if (result.error) add(result.path, result.index, 'rehearsal-failed', `The shadow database refused it: ${result.error} (${from}).`);
    }
  } else if (policy.rehearse === 'required' && summary.status !== 'rehearsed') {
    for (const file of files) if (file.statements[0]) add(file.path, 0, 'not-rehearsed', `Not rehearsed: ${summary.why ?? 'no shadow database'}; the policy requires rehearsal.`);
  }
}

