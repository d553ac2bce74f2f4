/** The job summary: verdict first, then every flagged statement with why and the safer alternative. */
import { ruleById } from '../scan/rules/catalog.js';
import { codeBlock, escapeMarkdown, inlineCode } from './escape.js';
import type { ExemptionEntry } from '../policy/exemptions.js';
import { countBySeverity, flaggedFindings, statementCount, type Report } from './report.js';
import { effectLines, rehearsalLine } from './effects-summary.js';
import { exemptionSnippet } from './snippet.js';

const VERDICT_LINE = {
  pass: '✅ **pass**: nothing needs a human',
  approval: '⚠️ **approval required**: a reviewer must approve this plan before it runs',
  block: '⛔ **blocked**: this plan must not run as it is',
} as const;

export interface MarkdownOptions {
  /** Environment the apply job will wait on, when known. */
  environment?: string;
  /** Maximum number of statement details to render; the table always lists every finding. */
  maxDetails?: number;
  /** Today's date, for the expiry in exemption snippets. */
  today: string;
  /** A URL for a file and line (the PR comment links to the head commit). */
  linkTo?: (path: string, line: number) => string;
}

export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const counts = countBySeverity(report);
  const out: string[] = [];
  out.push(`## migration-guard: ${VERDICT_LINE[report.verdict]}`);
  out.push('');
  out.push(
    `${report.files.length} file${report.files.length === 1 ? '' : 's'}, ${statementCount(report)} statements (${report.dialect}) · ` +
      `${counts.block} block · ${counts.approval} approval · ${counts.warning} warning · ${counts.info} info`,
  );
  out.push('');
  const flagged = flaggedFindings(report);
  if (flagged.length > 0) {
    out.push('| Where | Rule | Severity | Why |');
    out.push('|---|---|---|---|');
    for (const { file, statement, finding } of flagged) {
      const rule = ruleById(finding.rule);
      const severity = finding.exemption ? `~~${finding.severity}~~ exempted` : finding.severity;
      const line = finding.line ?? statement.line;
      const where = inlineCode(`${file}:${line}`);
      out.push(
        `| ${options.linkTo ? `[${where}](${options.linkTo(file, line)})` : where} | ${inlineCode(finding.rule)} | ${severity} | ${escapeMarkdown(finding.message, 300)}${rule ? ` ${escapeMarkdown(rule.why, 300)}` : ''} |`,
      );
    }
    out.push('');
    const maxDetails = options.maxDetails ?? 50;
    const statements = new Map(flagged.map(({ file, statement }) => [`${file}#${statement.index}`, { file, statement }]));
    let rendered = 0;
    for (const { file, statement } of statements.values()) {
      if (rendered++ >= maxDetails) {
        out.push(`_${statements.size - maxDetails} more flagged statements are in the job summary and the JSON report._`, '');
        break;
      }
      out.push('<details>');
      out.push(`<summary>${inlineCode(`${file}:${statement.line}`)} ${statement.findings.map((f) => inlineCode(f.rule)).join(' ')}</summary>`);
      out.push('');
      out.push(codeBlock(statement.sql));
      out.push('');
      for (const finding of statement.findings) {
        const rule = ruleById(finding.rule);
        out.push(`- **${escapeMarkdown(finding.rule)}** (${finding.severity}): ${escapeMarkdown(finding.message, 500)}`);
        if (rule) out.push(`  - Instead: ${escapeMarkdown(rule.alternative, 500)}`);
        if (finding.exemption) {
          const e = finding.exemption;
          out.push(`  - Exempted by ${inlineCode(e.id)} (owner ${escapeMarkdown(e.owner, 80)}, until ${e.expires}): ${escapeMarkdown(e.reason, 300)}`);
        }
      }
      const opt = statement.findings.find((f) => !f.exemption && (f.severity === 'approval' || f.severity === 'block'));
      if (opt) {
        out.push('', 'To opt out (explicit, owned, expiring), add to the policy file:', '', codeBlock(exemptionSnippet(opt.rule, statement.digest, options.today), 'yaml'));
      }
      out.push('');
      out.push(`Statement digest: ${inlineCode(statement.digest, 80)}`);
      out.push('</details>');
      out.push('');
    }
  }
  const effects = effectLines(report, 50);
  if (effects.lines.length) {
    out.push('### What this change does', '', '| Where | Effect | Judged |', '|---|---|---|');
    for (const e of effects.lines) out.push(`| ${inlineCode(`${e.file}:${e.line}`)} | ${escapeMarkdown(e.description, 300)} | ${e.rule ? inlineCode(e.rule) : `safe: ${escapeMarkdown(e.safe ?? '', 200)}`} |`);
    if (effects.more) out.push('', `_${effects.more} more effects are in the JSON report._`);
    out.push('');
  }
  out.push(...exemptionSection(report));
  out.push(`Plan digest: ${inlineCode(report.planDigest, 80)}`);
  const rehearsed = rehearsalLine(report);
  if (rehearsed) out.push(`\n${escapeMarkdown(rehearsed.charAt(0).toUpperCase() + rehearsed.slice(1), 600)}.`);
  if (options.environment) out.push(`\nThe apply job will run in environment ${inlineCode(options.environment)}.`);
  out.push(`\nPolicy: ${report.policy === 'defaults' ? 'no policy file found, the catalog defaults apply' : inlineCode(report.policy)}.`);
  return `${out.join('\n')}\n`;
}

function exemptionSection(report: Report): string[] {
  const { applied, expired, unused, refused } = report.exemptions;
  if (applied.length + expired.length + unused.length + refused.length === 0) return [];
  const row = (e: ExemptionEntry, state: string) =>
    `| ${inlineCode(e.id)} | ${inlineCode(e.rule)} | ${escapeMarkdown(e.owner, 80)} | ${e.expires} (${e.daysLeft} days) | ${state} | ${escapeMarkdown(e.reason, 300)} |`;
  return [
    '### Exemptions',
    '',
    '| Exemption | Rule | Owner | Expires | State | Reason |',
    '|---|---|---|---|---|---|',
    ...applied.map((e) => row(e, `applied at ${e.matches?.map((m) => inlineCode(`${m.path}:${m.line}`)).join(', ')}`)),
    ...refused.map((e) => row(e, `**not applied**: ${escapeMarkdown(e.why ?? '', 200)}`)),
    ...expired.map((e) => row(e, '**expired**: no longer applies')),
    ...unused.map((e) => row(e, 'unused: matched nothing, remove it')),
    '',
  ];
}
