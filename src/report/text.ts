/** Human-readable report for terminals and CI logs; colour only when asked (on a TTY). */
import { ruleById } from '../scan/rules/catalog.js';
import { countBySeverity, flaggedFindings, statementCount, type Report } from './report.js';
import { exemptionSnippet } from './snippet.js';
import { effectLines, rehearsalLine } from './effects-summary.js';

const ANSI = { red: '\x1b[31m', yellow: '\x1b[33m', cyan: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export interface TextOptions {
  color: boolean;
  today: string;
  /** Each finding with its rule's why and alternative and the exemption snippet (long); otherwise `rules RULE` says it. */
  explain?: boolean;
  /** One line per finding, as compilers and squawk print them, then the per-rule summary and the verdict. */
  compact?: boolean;
}

export function renderText(report: Report, options: TextOptions): string {
  const paint = (color: keyof typeof ANSI, text: string) => (options.color ? `${ANSI[color]}${text}${ANSI.reset}` : text);
  const severityColor = { block: 'red', approval: 'red', warning: 'yellow', info: 'cyan' } as const;
  const lines: string[] = [];
  const flagged = flaggedFindings(report);
  for (const { file, statement, finding } of flagged) {
    const rule = ruleById(finding.rule);
    const where = `${file}:${finding.line ?? statement.line}:${finding.line ? 1 : statement.column}`;
    if (options.compact) {
      const exempted = finding.exemption ? ` (exempted by ${finding.exemption.id})` : '';
      lines.push(`${where}: ${paint(severityColor[finding.severity], finding.severity)} ${finding.rule}: ${oneLine(finding.message)}${exempted}`);
      continue;
    }
    lines.push(`${paint('bold', where)}  ${paint(severityColor[finding.severity], finding.severity.toUpperCase())}  ${finding.rule}`);
    lines.push(`  ${finding.message}`);
    lines.push(paint('dim', `  > ${oneLine(statement.sql)}`));
    if (rule && options.explain) {
      lines.push(`  why: ${rule.why}`);
      lines.push(`  instead: ${rule.alternative}`);
    }
    if (finding.exemption) {
      lines.push(paint('cyan', `  exempted by ${finding.exemption.id} (${finding.exemption.owner}) until ${finding.exemption.expires}: ${finding.exemption.reason}`));
    } else if (options.explain && (finding.severity === 'approval' || finding.severity === 'block')) {
      lines.push(paint('dim', `  to opt out, add to the policy file:\n${indent(exemptionSnippet(finding.rule, statement.digest, options.today), 4)}`));
    }
    lines.push(paint('dim', `  statement ${statement.digest}`));
    lines.push('');
  }
  if (options.compact && flagged.length) lines.push('');
  const byRule = ruleSummary(flagged.map((f) => f.finding));
  if (byRule.length) {
    lines.push(paint('bold', 'by rule:'));
    for (const r of byRule) lines.push(`  ${r.rule.padEnd(Math.max(...byRule.map((x) => x.rule.length)))}  ${String(r.count).padStart(5)}  ${paint(severityColor[r.severity], r.severity)}${r.exempted ? paint('dim', ` (${r.exempted} exempted)`) : ''}`);
    if (!options.explain) lines.push(paint('dim', `  why each rule matters and what to do instead: migration-guard rules ${byRule[0]!.rule} (or scan --explain)`));
    lines.push('');
  }
  const { applied, expired, unused, refused } = report.exemptions;
  for (const e of applied) lines.push(`exemption ${e.id} (${e.owner}, ${e.daysLeft} days left) lowered ${e.rule} at ${e.matches?.map((m) => `${m.path}:${m.line}`).join(', ')}: ${e.reason}`);
  for (const e of expired) lines.push(paint('yellow', `exemption ${e.id} (${e.owner}) expired on ${e.expires} and no longer applies (${e.file}:${e.line})`));
  for (const e of refused) lines.push(paint('yellow', `exemption ${e.id} (${e.owner}) was not applied: ${e.why}`));
  for (const e of unused) lines.push(paint('dim', `exemption ${e.id} (${e.owner}) matched nothing: remove it (${e.file}:${e.line})`));
  if (applied.length + expired.length + refused.length + unused.length > 0) lines.push('');
  const effects = effectLines(report);
  if (effects.lines.length) {
    lines.push(paint('bold', 'What this change does (to what existed before it):'));
    for (const e of effects.lines) lines.push(`  ${e.file}:${e.line}  ${e.description}  ${paint(e.rule ? 'yellow' : 'dim', e.rule ? `[${e.rule}]` : `[safe: ${e.safe}]`)}`);
    if (effects.more) lines.push(`  … and ${effects.more} more (JSON report: statements[].effects)`);
    lines.push('');
  }
  const counts = countBySeverity(report);
  const verdictColor = report.verdict === 'pass' ? 'cyan' : report.verdict === 'approval' ? 'yellow' : 'red';
  lines.push(
    `${paint('bold', 'verdict:')} ${paint(verdictColor, report.verdict)}  ` +
      `(${report.files.length} file${report.files.length === 1 ? '' : 's'}, ${statementCount(report)} statements; ` +
      `${counts.block} block, ${counts.approval} approval, ${counts.warning} warning, ${counts.info} info)`,
  );
  lines.push(`plan digest: ${report.planDigest}`);
  const rehearsed = rehearsalLine(report);
  if (rehearsed) lines.push(rehearsed);
  lines.push(`policy: ${report.policy === 'defaults' ? 'none found, catalog defaults apply' : report.policy}`);
  return `${lines.join('\n')}\n`;
}

/** Findings per rule, worst severity first, then most frequent. */
function ruleSummary(findings: ReadonlyArray<{ rule: string; severity: 'block' | 'approval' | 'warning' | 'info'; exemption: unknown }>): Array<{ rule: string; count: number; severity: 'block' | 'approval' | 'warning' | 'info'; exempted: number }> {
  const order = { block: 0, approval: 1, warning: 2, info: 3 };
  const rules = new Map<string, { rule: string; count: number; severity: 'block' | 'approval' | 'warning' | 'info'; exempted: number }>();
  for (const f of findings) {
    const entry = rules.get(f.rule) ?? { rule: f.rule, count: 0, severity: f.severity, exempted: 0 };
    entry.count++;
    if (f.exemption) entry.exempted++;
    if (order[f.severity] < order[entry.severity]) entry.severity = f.severity;
    rules.set(f.rule, entry);
  }
  return [...rules.values()].sort((a, b) => order[a.severity] - order[b.severity] || b.count - a.count || a.rule.localeCompare(b.rule));
}

function indent(text: string, spaces: number): string {
  return text.replace(/^/gm, ' '.repeat(spaces));
}

function oneLine(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}
