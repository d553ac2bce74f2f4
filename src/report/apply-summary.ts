/** What the apply step tells people: log lines, the failure message and the job summary. Pure renderers. */
import { isAlreadyApplied, type ExecOutcome, type PlanStatement } from '../plan/execution.js';
import { changedFiles, fileDigests, planOf } from '../plan/plan.js';
import { escapeMarkdown, inlineCode } from './escape.js';
import type { Report } from './report.js';

/** Why the apply step refuses migrations that changed since the plan was approved, naming the files when it can. */
export function planChangedMessage(report: Report, approved: { planDigest: string; planFiles?: string }): string {
  let detail = 'Re-run the plan job so a reviewer approves what is there now.';
  if (approved.planFiles) {
    try {
      const diff = changedFiles(JSON.parse(approved.planFiles) as Record<string, string>, fileDigests(planOf(report.dialect, report.files)));
      const parts = [
        diff.changed.length ? `changed: ${diff.changed.join(', ')}` : '',
        diff.added.length ? `added: ${diff.added.join(', ')}` : '',
        diff.removed.length ? `removed: ${diff.removed.join(', ')}` : '',
      ].filter(Boolean);
      if (parts.length) detail = `Since the plan was approved, files were ${parts.join('; ')}. ${detail}`;
    } catch {
      detail = `(plan-files is not valid JSON.) ${detail}`;
    }
  }
  return `the migrations changed since the plan was approved: the plan digest is now ${report.planDigest}, not ${approved.planDigest}. Nothing was run. ${detail}`;
}

/** One log line per statement (`[3/10] db/002.sql:4 ok 12ms`) and the outcome. */
export function resultLines(outcome: ExecOutcome, statements: PlanStatement[]): string[] {
  const total = statements.length;
  const lines: string[] = [];
  for (const result of outcome.results) {
    const s = statements[result.index];
    const where = s ? `${s.path}:${s.line}` : result.path;
    const duration = result.duration_ms === undefined ? '' : ` ${result.duration_ms}ms`;
    const tx = result.transaction === 'own' ? ' (outside a transaction)' : '';
    lines.push(`[${result.index + 1}/${total}] ${where} ${result.status}${duration}${tx}${result.error ? `: ${result.error.message}` : result.note ? ` (${result.note})` : ''}`);
  }
  lines.push(`${outcome.status}: ${outcome.message}`);
  return lines;
}

/** Why the apply step failed, naming the failing statement's file and line. */
export function applyFailureMessage(outcome: ExecOutcome, statements: PlanStatement[]): string {
  if (outcome.status === 'failed') {
    const failed = outcome.results.find((r) => r.status === 'failed');
    const s = failed ? statements[failed.index] : undefined;
    const where = s ? ` at ${s.path}:${s.line}` : '';
    return `the migration failed${where}: ${failed?.error?.message ?? outcome.message}. ${outcome.message}`;
  }
  if (outcome.status === 'rejected') return 'a reviewer rejected this plan at the gateway; nothing ran.';
  return `the gateway refused the plan: ${outcome.message}`;
}

/** The apply step's job summary: outcome, where and as whom it ran, every statement, exemptions used, the plan digest. */
export function renderApplySummary(outcome: ExecOutcome, statements: PlanStatement[], report: Report, target: { connection: string; gatewayUrl: string }): string {
  const icon = outcome.status === 'done' ? '✅' : '⛔';
  const out = [`## migration-guard apply: ${icon} ${outcome.status}`, '', escapeMarkdown(outcome.message, 1000), ''];
  const id = outcome.identity ?? {};
  out.push(
    `Connection ${target.connection} on ${inlineCode(target.gatewayUrl, 200)} · session ${inlineCode(outcome.sessionId, 80)}${outcome.auditSeq ? ` · audit record #${outcome.auditSeq}` : ''}`,
    ...(outcome.auditSeq && outcome.auditHash ? ['', `Audit head (a witness: \`migration-guard audit verify --witness ${outcome.auditSeq}:${outcome.auditHash}\` checks the trail still holds it): <code>${outcome.auditSeq}:${outcome.auditHash}</code>`] : []),
    '',
    `Identity: repository ${inlineCode(id.repository ?? '?')}, workflow ${inlineCode(id.workflow ?? '?')}, run ${inlineCode(id.run_id ?? '?')}, actor ${inlineCode(id.actor ?? '?')}, environment ${inlineCode(id.environment ?? '(none)')}, sha ${inlineCode(id.sha ?? '?')}`,
    '',
    '| # | Statement | Status | Rows | Time |',
    '|---|---|---|---|---|',
  );
  for (const r of outcome.results) {
    const s = statements[r.index];
    out.push(`| ${r.index + 1} | ${inlineCode(s ? `${s.path}:${s.line}` : r.path)} ${inlineCode(s?.sql ?? '', 80)} | ${r.status}${r.transaction === 'own' ? ' (own)' : ''} | ${r.rows_affected ?? ''} | ${r.duration_ms ?? ''}${r.duration_ms === undefined ? '' : ' ms'} |`);
  }
  const skipped = alreadyApplied(outcome, statements);
  if (skipped.length) {
    out.push('', `Already applied, skipped (the gateway's ledger; nothing runs twice): ${skipped.map(([path, note]) => `${inlineCode(path, 200)} (${escapeMarkdown(note, 200)})`).join(', ')}`);
  }
  out.push(...effectsSection(outcome));
  const used = report.exemptions.applied;
  if (used.length) out.push('', `Exemptions used: ${used.map((e) => `${inlineCode(e.id)} (${escapeMarkdown(e.owner, 80)}, until ${e.expires})`).join(', ')}`);
  out.push('', `Plan digest: ${inlineCode(report.planDigest, 80)}`);
  return `${out.join('\n')}\n`;
}

/** Files the ledger says were applied before, with when and by which session. */
function alreadyApplied(outcome: ExecOutcome, statements: PlanStatement[]): Array<[path: string, note: string]> {
  const files = new Map<string, string>();
  for (const r of outcome.results) {
    if (isAlreadyApplied(r) && r.note) files.set(statements[r.index]?.path ?? r.path, r.note);
  }
  return [...files];
}

/** What a wire session adds to the summary: the command, what the gateway refused, planned statements that never ran. */
export function renderWireSection(outcome: WireReport, command: string, exitCode: number | undefined): string {
  const out = ['', `### Migration tool: ${inlineCode(command, 200)}`, '', exitCode === undefined ? 'The command did not run.' : `Exit code ${exitCode}.`];
  if (outcome.refused?.length) {
    out.push('', `**Refused by the gateway** (${outcome.refused.length}); nothing of these reached the database:`, '');
    for (const r of outcome.refused.slice(0, 50)) out.push(`- ${inlineCode(r.sql, 160)} — ${escapeMarkdown(r.rule, 40)}: ${escapeMarkdown(r.reason, 300)}`);
  }
  if (outcome.unrun?.length) {
    out.push('', `**Planned but never ran** (${outcome.unrun.length}):`, '');
    for (const u of outcome.unrun.slice(0, 50)) out.push(`- ${inlineCode(u.path, 200)} ${inlineCode(u.sql, 120)}`);
  }
  return `${out.join('\n')}\n`;
}

/** Why a `run:` apply failed: the command, a refusal, or a session that never opened. */
export function wireFailureMessage(outcome: WireReport & { status: string; message: string }, exitCode: number | undefined): string | undefined {
  if (exitCode === undefined) return outcome.status === 'rejected' ? 'a reviewer rejected this plan at the gateway; nothing ran.' : `the gateway did not open a wire session: ${outcome.message}`;
  const refused = outcome.refused?.length ?? 0;
  if (refused) return `the gateway refused ${refused} statement${refused === 1 ? '' : 's'} that ${refused === 1 ? 'is' : 'are'} not in the approved plan (first: ${outcome.refused![0]!.sql}); the migration tool stopped (exit code ${exitCode}).`;
  if (exitCode !== 0) return `the migration tool failed with exit code ${exitCode}; ${outcome.message}`;
  return undefined;
}

interface WireReport {
  refused?: Array<{ sql: string; rule: string; reason: string }>;
  unrun?: Array<{ index: number; path: string; sql: string }>;
}

/** At most this many measured effects are listed; the rest are counted (the audit trail has them all). */
const MAX_EFFECTS_SHOWN = 50;

/** "What the run did": the effects measured before each COMMIT, beside what reviewers approved. */
function effectsSection(outcome: ExecOutcome): string[] {
  const effects = outcome.effects;
  if (!effects) return [];
  const measured = effects.measured.flatMap((t) => t.effects.map((e) => ({ ...e, transaction: t.transaction })));
  const out = ['', '### What the run did (measured before COMMIT)', ''];
  out.push(`Approved effects: ${effects.approved.length ? effects.approved.slice(0, MAX_EFFECTS_SHOWN).map((key) => inlineCode(key, 200)).join(', ') : 'none beyond what the statements name'}.`, '');
  if (!measured.length) out.push('Measured: nothing beyond new objects without rows.');
  for (const e of measured.slice(0, MAX_EFFECTS_SHOWN)) {
    const where = e.transaction === 'own' ? 'outside a transaction' : `transaction ${e.transaction}`;
    out.push(`- ${e.beyond ? '⛔ ' : ''}It ${escapeMarkdown(e.description, 300)} (${where}${e.after ? `, after statement ${e.after.index + 1}` : ''})${e.beyond ? `: **beyond the approval**, ${escapeMarkdown(e.beyond, 300)}` : ''}`);
  }
  if (measured.length > MAX_EFFECTS_SHOWN) out.push(`- … and ${measured.length - MAX_EFFECTS_SHOWN} more (the audit trail's exec.end record has them all)`);
  return out;
}
