/**
 * The one decision: file texts under a policy → the report (findings, exemptions, verdict, plan digest).
 * The CLI and the action (through workspace/plan-run.ts) and the gateway's server-side re-check all call
 * this, so the gateway decides exactly as CI decided. Pure: no disk, no clock, no network.
 */
import { applyExemptions } from '../policy/exemptions.js';
import { severityUnder, type Policy } from '../policy/policy.js';
import { buildReport, type Report } from '../report/report.js';
import { scanSources, type SourceFile } from '../scan/scanner.js';
import type { Dialect } from '../scan/types.js';

export interface Evaluation {
  sources: readonly SourceFile[];
  policy: Policy;
  dialect: Dialect;
  /** Today's date (YYYY-MM-DD): exemptions expire against it. */
  today: string;
  /** Only some of the migrations (changed files): exemptions that match nothing are expected, not "unused". */
  partial?: boolean;
}

export async function evaluate({ sources, policy, dialect, today, partial = false }: Evaluation): Promise<Report> {
  const scanned = await scanSources(sources, { dialect, severityOf: severityUnder(policy) });
  const { files, exemptions } = applyExemptions(scanned, policy, today);
  return buildReport(dialect, files, policy, partial ? { ...exemptions, unused: [] } : exemptions);
}
