/**
 * Applying opt-outs. An exemption lowers exactly one rule on exactly one statement (by digest) to
 * pass, until its expiry date; expired, revoked, unused and refused exemptions never apply and are
 * reported so stale opt-outs do not turn into permanent exposure.
 */
import { ruleById } from '../scan/rules/catalog.js';
import type { Finding, ScannedFile, Statement } from '../scan/types.js';
import { daysBetween } from './dates.js';
import { exemptionProblem, type Policy, type PolicyExemption } from './policy.js';

export interface ExemptionEntry {
  id: string;
  source: 'policy' | 'inline';
  rule: string;
  statement: string;
  owner: string;
  reason: string;
  expires: string;
  ticket?: string;
  /** Where the exemption is written. */
  file: string;
  line: number;
  /** Days until it stops applying; negative once expired. */
  daysLeft: number;
  /** Statements it applied to (applied) or would have applied to (refused). */
  matches?: Array<{ path: string; line: number }>;
  /** Why it did not apply (refused). */
  why?: string;
}

export interface ExemptionSummary {
  applied: ExemptionEntry[];
  expired: ExemptionEntry[];
  unused: ExemptionEntry[];
  refused: ExemptionEntry[];
}

export const EMPTY_EXEMPTIONS: ExemptionSummary = { applied: [], expired: [], unused: [], refused: [] };

/** Returns new files with exemptions applied and `exemption-invalid` findings for inline comments that do not count. */
export function applyExemptions(files: readonly ScannedFile[], policy: Policy, today: string): { files: ScannedFile[]; exemptions: ExemptionSummary } {
  const out = files.map((file) => ({ ...file, statements: file.statements.map((s) => ({ ...s, findings: s.findings.map((f) => ({ ...f })) })) }));
  const candidates: Array<{ exemption: PolicyExemption; scope?: { path: string; index: number } }> = policy.exemptions.map((exemption) => ({ exemption }));
  for (const file of out) {
    for (const directive of file.directives) {
      const statement = file.statements[directive.statement]!;
      const parsed = parseInlineExemption(directive.text, policy, today);
      if (!policy.inlineExemptions) {
        statement.findings.push(invalid('Inline exemptions are not honoured by this policy (`inline-exemptions: false`); this comment exempts nothing.', directive.line));
      } else if (typeof parsed === 'string') {
        statement.findings.push(invalid(`Malformed inline exemption: ${parsed}`, directive.line));
      } else {
        candidates.push({
          exemption: { ...parsed, statement: statement.digest, id: `inline:${file.path}:${directive.line}`, source: 'inline', file: file.path, line: directive.line, revoked: false },
          scope: { path: file.path, index: statement.index },
        });
      }
    }
  }

  const summary: ExemptionSummary = { applied: [], expired: [], unused: [], refused: [] };
  for (const { exemption, scope } of candidates) {
    if (exemption.revoked) continue;
    const entry = entryOf(exemption, today);
    if (entry.daysLeft < 0) {
      summary.expired.push(entry);
      continue;
    }
    const applied: Array<{ path: string; line: number }> = [];
    const refused: Array<{ path: string; line: number }> = [];
    for (const file of out) {
      if (scope && scope.path !== file.path) continue;
      for (const statement of file.statements) {
        if (statement.digest !== exemption.statement || (scope && scope.index !== statement.index)) continue;
        for (const finding of statement.findings) {
          if (finding.rule !== exemption.rule || finding.exemption) continue;
          if (finding.severity === 'block' && !policy.allowBlockExemptions) {
            refused.push(where(file, statement, finding));
            continue;
          }
          finding.exemption = { id: exemption.id, source: exemption.source, owner: exemption.owner, reason: exemption.reason, expires: exemption.expires, ...(exemption.ticket ? { ticket: exemption.ticket } : {}) };
          applied.push(where(file, statement, finding));
        }
      }
    }
    if (applied.length) summary.applied.push({ ...entry, matches: applied });
    if (refused.length) summary.refused.push({ ...entry, matches: refused, why: 'the finding is at `block`, and the policy does not set `allow-block-exemptions: true`' });
    if (!applied.length && !refused.length) summary.unused.push(entry);
  }
  return { files: out, exemptions: summary };
}

function where(file: ScannedFile, statement: Statement, finding: Finding) {
  return { path: file.path, line: finding.line ?? statement.line };
}

function invalid(message: string, line: number): Finding {
  const rule = ruleById('exemption-invalid')!;
  return { rule: rule.id, category: rule.category, severity: rule.severity, message, line, exemption: null };
}

export function entryOf(exemption: PolicyExemption, today: string): ExemptionEntry {
  return {
    id: exemption.id,
    source: exemption.source,
    rule: exemption.rule,
    statement: exemption.statement,
    owner: exemption.owner,
    reason: exemption.reason,
    expires: exemption.expires,
    ...(exemption.ticket ? { ticket: exemption.ticket } : {}),
    file: exemption.file,
    line: exemption.line,
    daysLeft: daysBetween(today, exemption.expires),
  };
}

type InlineFields = Pick<PolicyExemption, 'rule' | 'reason' | 'owner' | 'expires' | 'ticket'>;

/** `-- migration-guard: allow <rule> until=YYYY-MM-DD reason="…" owner=… [ticket=…]`, or what is wrong with it. */
export function parseInlineExemption(text: string, policy: Policy, today: string): InlineFields | string {
  const body = text.replace(/^(--|#)\s*migration-guard:\s*/, '');
  const match = /^allow\s+([a-z0-9-]+)\s*(.*)$/.exec(body);
  if (!match) return 'expected `allow <rule> until=YYYY-MM-DD reason="…" owner=…`';
  const [, rule, rest] = match;
  const fields: Record<string, string> = {};
  const pair = /([a-z]+)=("((?:[^"\\]|\\.)*)"|\S+)\s*/y;
  let cursor = 0;
  const input = rest!.trim();
  while (cursor < input.length) {
    pair.lastIndex = cursor;
    const m = pair.exec(input);
    if (!m) return `cannot read \`${input.slice(cursor, cursor + 40)}\`; write key=value or key="value with spaces"`;
    const key = m[1]!;
    if (!['until', 'reason', 'owner', 'ticket'].includes(key)) return `unknown field \`${key}\`; expected until, reason, owner, ticket`;
    fields[key] = m[3] !== undefined ? m[3].replace(/\\(.)/g, '$1') : m[2]!;
    cursor = pair.lastIndex;
  }
  const missing = ['until', 'reason', 'owner'].filter((k) => !fields[k]);
  if (missing.length) return `missing ${missing.map((k) => `\`${k}=\``).join(', ')}`;
  const problem = exemptionProblem({ rule: rule!, expires: fields.until! }, policy.maxExemptionDays, today);
  if (problem) return problem.message.replace('`expires`', '`until`');
  return { rule: rule!, reason: fields.reason!, owner: fields.owner!, expires: fields.until!, ...(fields.ticket ? { ticket: fields.ticket } : {}) };
}
