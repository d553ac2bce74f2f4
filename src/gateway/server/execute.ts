/**
 * Running a verified plan: consecutive statements share one transaction; statements PostgreSQL
 * cannot run in a transaction run on their own. Timeouts come from the connection config. The first
 * failure stops everything: its transaction rolls back and nothing after it runs.
 */
import picomatch from 'picomatch';
import { transactionRole } from '../../scan/transaction-role.js';
import type { Database, DatabaseSession } from './database.js';

export interface PlannedStatement {
  index: number;
  path: string;
  line?: number;
  sql: string;
  digest: string;
}

export interface StatementResult {
  index: number;
  path: string;
  status: 'ok' | 'failed' | 'rolled_back' | 'not_run' | 'skipped';
  /** The transaction the statement ran in (1, 2, …), or "own" for statements that cannot run in one. */
  transaction: number | 'own' | null;
  rows_affected?: number;
  duration_ms?: number;
  notices?: string[];
  columns?: string[];
  rows?: Array<Record<string, unknown>>;
  rows_truncated?: boolean;
  error?: { message: string; code?: string };
  note?: string;
}

export interface ExecutionOptions {
  lockTimeout: string;
  statementTimeout: string;
  masking: Array<{ columns: string[]; replacement: string }>;
  /** Called before a group of statements runs (one transaction, or one statement on its own); if it throws (the audit write failed), none of them runs. */
  before(statements: PlannedStatement[]): Promise<void>;
  /** Called with the outcome of each statement of the group once the group has committed or rolled back. */
  after(results: StatementResult[]): Promise<void>;
}

export const MAX_RESULT_ROWS = 1000;

type Unit = { kind: 'transaction'; statements: PlannedStatement[] } | { kind: 'own'; statement: PlannedStatement } | { kind: 'skip'; statement: PlannedStatement };

function unitsOf(statements: PlannedStatement[]): Unit[] {
  const units: Unit[] = [];
  for (const statement of statements) {
    const role = transactionRole(statement.sql);
    if (role === 'own') units.push({ kind: 'own', statement });
    else if (role === 'transaction-control') units.push({ kind: 'skip', statement });
    else {
      const last = units[units.length - 1];
      if (last?.kind === 'transaction') last.statements.push(statement);
      else units.push({ kind: 'transaction', statements: [statement] });
    }
  }
  return units;
}

const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

export async function executePlan(database: Database, statements: PlannedStatement[], options: ExecutionOptions): Promise<{ ok: boolean; results: StatementResult[]; message: string }> {
  const results = new Map<number, StatementResult>(statements.map((s) => [s.index, { index: s.index, path: s.path, status: 'not_run', transaction: null }]));
  const mask = masker(options.masking);
  const session = await database.session();
  let transactionNumber = 0;
  let failure: string | undefined;
  const committed: number[] = [];
  // Results are recorded after the fact; a failed write there cannot undo what ran, so it is reported instead.
  const auditGaps: string[] = [];
  const recordAfter = (group: StatementResult[]) => options.after(group).catch((error: Error) => void auditGaps.push(error.message));
  try {
    for (const unit of unitsOf(statements)) {
      if (unit.kind === 'skip') {
        results.set(unit.statement.index, { ...results.get(unit.statement.index)!, status: 'skipped', note: 'transaction control is managed by the gateway' });
        continue;
      }
      const group = unit.kind === 'own' ? [unit.statement] : unit.statements;
      const unaudited = await auditBefore(options, group);
      if (unaudited) {
        for (const s of group) results.set(s.index, { ...results.get(s.index)!, status: 'failed', error: { message: unaudited } });
        failure = `statement ${group[0]!.index + 1} (${group[0]!.path}) was not run: ${unaudited}`;
        break;
      }
      if (unit.kind === 'own') {
        const statement = unit.statement;
        await session.query(`SET lock_timeout = ${quoteLiteral(options.lockTimeout)}`);
        await session.query(`SET statement_timeout = ${quoteLiteral(options.statementTimeout)}`);
        const result = await runOne(session, statement, 'own', mask);
        results.set(statement.index, result);
        await session.query('RESET lock_timeout').catch(() => undefined);
        await session.query('RESET statement_timeout').catch(() => undefined);
        await recordAfter([result]);
        if (result.status !== 'ok') {
          failure = `statement ${statement.index + 1} (${statement.path}) failed: ${result.error?.message}; it runs outside a transaction, so nothing after it ran`;
          break;
        }
        committed.push(statement.index);
        continue;
      }
      transactionNumber++;
      await session.query('BEGIN');
      await session.query(`SET LOCAL lock_timeout = ${quoteLiteral(options.lockTimeout)}`);
      await session.query(`SET LOCAL statement_timeout = ${quoteLiteral(options.statementTimeout)}`);
      const ran: StatementResult[] = [];
      let failed: StatementResult | undefined;
      for (const statement of unit.statements) {
        const result = await runOne(session, statement, transactionNumber, mask);
        results.set(statement.index, result);
        if (result.status !== 'ok') {
          failed = result;
          break;
        }
        ran.push(result);
      }
      if (failed) {
        await session.query('ROLLBACK').catch(() => undefined);
        for (const r of ran) results.set(r.index, { ...r, status: 'rolled_back' });
        await recordAfter(unit.statements.map((s) => results.get(s.index)!));
        failure = `statement ${failed.index + 1} (${failed.path}) failed: ${failed.error?.message}; transaction ${transactionNumber} rolled back (${ran.length} earlier statement${ran.length === 1 ? '' : 's'} in it undone)`;
        break;
      }
      await session.query('COMMIT');
      committed.push(...unit.statements.map((s) => s.index));
      await recordAfter(ran);
    }
  } finally {
    await session.release().catch(() => undefined);
  }
  const ordered = statements.map((s) => results.get(s.index)!);
  const gapNote = auditGaps.length ? ` Warning: the audit records of some results could not be written (${auditGaps[0]}).` : '';
  if (failure) {
    const kept = committed.length ? ` Statements ${committed.map((i) => i + 1).join(', ')} were committed before it.` : ' Nothing was committed.';
    return { ok: false, results: ordered, message: `${failure}.${kept}${gapNote}` };
  }
  return { ok: true, results: ordered, message: `${committed.length} statement${committed.length === 1 ? '' : 's'} applied in ${transactionNumber} transaction${transactionNumber === 1 ? '' : 's'}.${gapNote}` };
}

/** Returns why the group must not run when its audit records cannot be written. */
async function auditBefore(options: ExecutionOptions, group: PlannedStatement[]): Promise<string | undefined> {
  try {
    await options.before(group);
    return undefined;
  } catch (error) {
    return `audit record could not be written, so the statement was not run (${(error as Error).message})`;
  }
}

async function runOne(session: DatabaseSession, statement: PlannedStatement, transaction: number | 'own', mask: (r: StatementResult) => StatementResult): Promise<StatementResult> {
  const base: StatementResult = { index: statement.index, path: statement.path, status: 'not_run', transaction };
  const started = performance.now();
  let result: StatementResult;
  try {
    const out = await session.query(statement.sql);
    const truncated = out.rows.length > MAX_RESULT_ROWS;
    result = mask({
      ...base,
      status: 'ok',
      rows_affected: out.rowCount,
      duration_ms: Math.round((performance.now() - started) * 100) / 100,
      notices: out.notices,
      ...(out.columns.length ? { columns: out.columns, rows: out.rows.slice(0, MAX_RESULT_ROWS), ...(truncated ? { rows_truncated: true } : {}) } : {}),
    });
  } catch (error) {
    const e = error as { message: string; code?: string };
    result = { ...base, status: 'failed', duration_ms: Math.round((performance.now() - started) * 100) / 100, error: { message: e.message, ...(e.code ? { code: e.code } : {}) } };
  }
  return result;
}

/** Replaces values of columns whose names match a masking pattern (case-insensitive globs) before rows leave the gateway. */
export function masker(rules: Array<{ columns: string[]; replacement: string }>): (result: StatementResult) => StatementResult {
  const matchers = rules.map((rule) => ({ matches: picomatch(rule.columns, { nocase: true }), replacement: rule.replacement }));
  return (result) => {
    if (!result.rows || !result.columns) return result;
    const replacements = new Map<string, string>();
    for (const column of result.columns) {
      const rule = matchers.find((m) => m.matches(column));
      if (rule) replacements.set(column, rule.replacement);
    }
    if (replacements.size === 0) return result;
    return { ...result, rows: result.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, replacements.has(k) && v !== null ? replacements.get(k) : v]))) };
  };
}
