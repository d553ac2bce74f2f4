/**
 * "What this change does": the effects rehearsal found on what existed before the change, statement by statement,
 * in plain words; and one line on whether (and on what) it was rehearsed. Shared by the text and markdown renderers.
 */
import type { Report } from './report.js';

export interface EffectLine {
  file: string;
  line: number;
  description: string;
  /** The rule it breaks, or why it is safe. */
  rule: string | null;
  safe?: string;
}

/** Effects on what existed before the change (what the change itself creates and changes is not listed). */
export function effectLines(report: Report, max = 200): { lines: EffectLine[]; more: number; free: number } {
  const lines: EffectLine[] = [];
  let free = 0;
  for (const file of report.files) {
    for (const statement of file.statements) {
      for (const effect of statement.effects ?? []) {
        if (!effect.rule && effect.safe === 'on an object this change created') {
          free++;
          continue;
        }
        lines.push({ file: file.path, line: statement.line, description: effect.description, rule: effect.rule, ...(effect.safe ? { safe: effect.safe } : {}) });
      }
    }
  }
  return { lines: lines.slice(0, max), more: Math.max(0, lines.length - max), free };
}

export function rehearsalLine(report: Report): string | undefined {
  const r = report.rehearsal;
  if (!r) return undefined;
  if (r.status === 'off') return 'rehearsal: off (policy)';
  if (r.status === 'not-rehearsed') return `not rehearsed: ${r.why ?? 'no shadow database'}`;
  return `rehearsed on a shadow database (${r.shadow}) built from ${r.historyFiles} earlier migration file${r.historyFiles === 1 ? '' : 's'}${r.why ? `; ${r.why}` : ''}`;
}
