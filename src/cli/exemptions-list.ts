/** `migration-guard exemptions list`: every opt-out, its owner and how long it has left; exit 1 when any expired. */
import { parseArgs } from 'node:util';
import { todayOf } from '../policy/dates.js';
import { entryOf, type ExemptionEntry } from '../policy/exemptions.js';
import { InputError } from '../errors.js';
import { runScan } from '../workspace/plan-run.js';
import { loadPolicy } from '../workspace/policy-file.js';
import type { CliIO } from './main.js';

export type ExemptionState = 'active' | 'expiring' | 'expired' | 'revoked' | 'unused';

export interface ListedExemption extends ExemptionEntry {
  state: ExemptionState;
}

export const EXPIRING_WITHIN_DAYS = 7;

export async function exemptionsCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { config: { type: 'string' }, format: { type: 'string', default: 'text' }, dialect: { type: 'string' }, debug: { type: 'boolean' } },
  });
  if (!['text', 'json'].includes(values.format!)) throw new InputError(`--format ${values.format}: expected text or json.`);
  const today = todayOf();
  const policy = await loadPolicy(io.cwd, values.config, today);
  // Scanning tells which exemptions still match a statement, and finds inline ones.
  const report = await runScan({ cwd: io.cwd, patterns: positionals, config: values.config, today, rehearse: 'off' });
  const listed: ListedExemption[] = [
    ...report.exemptions.applied.map((e) => ({ ...e, state: e.daysLeft < EXPIRING_WITHIN_DAYS ? 'expiring' : 'active' }) as ListedExemption),
    ...report.exemptions.refused.map((e) => ({ ...e, state: e.daysLeft < EXPIRING_WITHIN_DAYS ? 'expiring' : 'active' }) as ListedExemption),
    ...report.exemptions.expired.map((e) => ({ ...e, state: 'expired' }) as ListedExemption),
    ...report.exemptions.unused.map((e) => ({ ...e, state: 'unused' }) as ListedExemption),
    ...policy.exemptions.filter((e) => e.revoked).map((e) => ({ ...entryOf(e, today), state: 'revoked' }) as ListedExemption),
  ];
  if (values.format === 'json') io.stdout(`${JSON.stringify({ today, exemptions: listed }, null, 2)}\n`);
  else io.stdout(renderList(listed));
  return listed.some((e) => e.state === 'expired') ? 1 : 0;
}

function renderList(listed: ListedExemption[]): string {
  if (listed.length === 0) return 'no exemptions\n';
  const rows = listed.map((e) => [e.state, e.id, e.rule, e.owner, e.state === 'expired' ? `expired ${-e.daysLeft}d ago` : `${e.daysLeft}d left`, `${e.file}:${e.line}`, e.reason]);
  const widths = rows[0]!.map((_, k) => Math.min(40, Math.max(...rows.map((r) => r[k]!.length))));
  const line = (r: string[]) => r.map((cell, k) => (k === r.length - 1 ? cell : cell.padEnd(widths[k]!))).join('  ');
  return `${line(['STATE', 'ID', 'RULE', 'OWNER', 'EXPIRES', 'WHERE', 'REASON'])}\n${rows.map(line).join('\n')}\n`;
}
