/** The JSON report (version 1): the contract other tools read (README, "JSON report"). */
import { planDigest, planOf } from '../plan/plan.js';
import { EMPTY_EXEMPTIONS, type ExemptionSummary } from '../policy/exemptions.js';
import type { Policy } from '../policy/policy.js';
import { verdictOf, worstVerdict, type Dialect, type ScannedFile, type Statement, type Verdict } from '../scan/types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

export interface FileReport {
  path: string;
  verdict: Verdict;
  statements: Statement[];
}

export interface Report {
  version: 1;
  tool: { name: string; version: string };
  dialect: Dialect;
  verdict: Verdict;
  planDigest: string;
  /** The policy file used, or "defaults". */
  policy: string;
  files: FileReport[];
  /** applied, expired and unused are the contract; refused lists block findings an exemption may not lower. */
  exemptions: ExemptionSummary;
  /** Whether the change was rehearsed on a shadow database, on what, from how much history; why not when it was not. */
  rehearsal?: RehearsalSummary;
}

export interface RehearsalSummary {
  status: 'rehearsed' | 'not-rehearsed' | 'off';
  shadow?: string;
  historyFiles?: number;
  why?: string;
}

export function buildReport(dialect: Dialect, files: readonly ScannedFile[], policy: Pick<Policy, 'source'>, exemptions: ExemptionSummary = EMPTY_EXEMPTIONS, rehearsal?: RehearsalSummary): Report {
  const fileReports = files.map((file) => ({
    path: file.path,
    verdict: statementsVerdict(file.statements),
    statements: file.statements,
  }));
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    dialect,
    verdict: worstVerdict(fileReports.map((f) => f.verdict)),
    planDigest: planDigest(planOf(dialect, files)),
    policy: policy.source,
    files: fileReports,
    exemptions,
    ...(rehearsal ? { rehearsal } : {}),
  };
}

function statementsVerdict(statements: readonly Statement[]): Verdict {
  return verdictOf(statements.flatMap((s) => s.findings.filter((f) => !f.exemption).map((f) => f.severity)));
}

export interface FlaggedFinding {
  file: string;
  statement: Statement;
  finding: Statement['findings'][number];
}

/** Every finding with its file and statement, worst first, in file order within a severity. */
export function flaggedFindings(report: Report): FlaggedFinding[] {
  const out: FlaggedFinding[] = [];
  for (const file of report.files) {
    for (const statement of file.statements) for (const finding of statement.findings) out.push({ file: file.path, statement, finding });
  }
  const rank = { block: 0, approval: 1, warning: 2, info: 3 } as const;
  return out.sort((a, b) => rank[a.finding.severity] - rank[b.finding.severity]);
}

export function countBySeverity(report: Report): Record<'block' | 'approval' | 'warning' | 'info', number> {
  const counts = { block: 0, approval: 0, warning: 0, info: 0 };
  for (const { finding } of flaggedFindings(report)) counts[finding.severity]++;
  return counts;
}

export function statementCount(report: Report): number {
  return report.files.reduce((n, f) => n + f.statements.length, 0);
}
