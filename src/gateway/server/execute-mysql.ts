/**
 * Running a verified plan on MySQL or MariaDB. There, DDL (and every statement but row reads and writes) commits on
 * its own, so a plan cannot be rolled back as a whole: consecutive row statements share one transaction, written to
 * the ledger before it commits; any other statement runs on its own, announced in the ledger first and recorded
 * right after. The first failure stops the run, and the answer says which statements took effect and which did not;
 * a re-run resumes after the last committed statement. The check (effects-mysql.ts) runs before each transaction's
 * COMMIT and after each statement that commits on its own, whose excess cannot be undone: the run stops there.
 */
import { mysqlTransactionRole } from '../../scan/transaction-role.js';
import type { Dialect } from '../../scan/types.js';
import { ColumnMasking } from './column-masking.js';
import type { Database, DatabaseSession } from './database.js';
import { durationSeconds } from './database-mysql.js';
import { interruptedBecause, masker, MAX_RESULT_ROWS, type ExecutionOptions, type ExecutionOutcome, type PlannedStatement, type StatementResult, type TransactionEffects } from './execute.js';
import { isMysqlDatabase } from './database-mysql.js';
import { MysqlEffectsCheck } from './effects-mysql.js';
import { beyondText, reportEffects } from './effects-watch.js';
import type { CatalogSnapshot } from '../../effects/model.js';
import { checkAgainstLedger, lockLedger, notYetApplied, planFilesOf, readLedger, recordProgress, unlockLedger } from './ledger.js';

type Unit = { kind: 'transaction'; statements: PlannedStatement[] } | { kind: 'own'; statement: PlannedStatement } | { kind: 'skip'; statement: PlannedStatement };

function unitsOf(statements: readonly PlannedStatement[], dialect: Dialect): Unit[] {
  const units: Unit[] = [];
  for (const statement of statements) {
    const role = mysqlTransactionRole(statement.sql, dialect);
    const last = units[units.length - 1];
    if (role === 'transactional' && last?.kind === 'transaction') last.statements.push(statement);
    else if (role === 'transactional') units.push({ kind: 'transaction', statements: [statement] });
    else units.push(role === 'own' ? { kind: 'own', statement } : { kind: 'skip', statement });
  }
  return units;
}

const list = (indexes: readonly number[]) => indexes.map((i) => i + 1).join(', ');

export async function executeMysqlPlan(database: Database, statements: PlannedStatement[], options: ExecutionOptions & { dialect: Dialect }): Promise<ExecutionOutcome> {
  const results = new Map<number, StatementResult>(statements.map((s) => [s.index, { index: s.index, path: s.path, status: 'not_run', transaction: null }]));
  const session = await database.session();
  const interrupt = () => void session.interrupt().catch(() => undefined);
  options.signal?.addEventListener('abort', interrupt, { once: true });
  const mask = masker(new ColumnMasking(options.masking));
  const committed: number[] = [];
  const alreadyApplied: number[] = [];
  let transactions = 0;
  let failure: string | undefined;
  const measured: TransactionEffects[] = [];
  let effects: MysqlEffectsCheck | undefined;
  const withEffects = (outcome: ExecutionOutcome): ExecutionOutcome => (effects ? { ...outcome, effects: measured, checkMs: Math.round(effects.elapsedMs * 100) / 100 } : outcome);
  try {
    await setTimeouts(session, options);
    await lockLedger(session);
    const files = planFilesOf(statements);
    const check = checkAgainstLedger(files, await readLedger(session));
    if (!check.ok) return { ok: false, results: statements.map((s) => results.get(s.index)!), message: check.message };
    if (options.effects && isMysqlDatabase(database)) effects = new MysqlEffectsCheck((work) => work(session), options.effects, database.databaseName, options.dialect);
    /** The catalog as the last statement left it (each statement that commits on its own is checked against it). */
    let catalog: CatalogSnapshot | undefined = await effects?.snapshot();
    const progress = new Map(check.progress);
    const advance = (statement: PlannedStatement) => progress.set(statement.path, (progress.get(statement.path) ?? 0) + 1);
    const unrecorded = new Set<string>();
    // The ledger is written in a transaction of its own, whatever the plan did to autocommit.
    const record = async (paths: Iterable<string>, pending?: PlannedStatement) => {
      await session.query('START TRANSACTION');
      await recordProgress(session, files, paths, progress, options.ledger, pending ? { path: pending.path, statement: (progress.get(pending.path) ?? 0) + 1 } : undefined);
      await session.query('COMMIT');
    };
    const { remaining, skipped } = notYetApplied(statements, check.skip);
    for (const { statement, note } of skipped) {
      results.set(statement.index, { ...results.get(statement.index)!, status: 'skipped', note });
      alreadyApplied.push(statement.index);
    }
    for (const unit of unitsOf(remaining, options.dialect)) {
      if (options.signal?.aborted) break;
      if (unit.kind === 'skip') {
        results.set(unit.statement.index, { ...results.get(unit.statement.index)!, status: 'skipped', note: 'transaction control is managed by the gateway' });
        advance(unit.statement);
        unrecorded.add(unit.statement.path);
        continue;
      }
      const group = unit.kind === 'own' ? [unit.statement] : unit.statements;
      try {
        await options.before(group);
      } catch (error) {
        const first = group[0]!;
        results.set(first.index, { ...results.get(first.index)!, status: 'failed', error: { message: `audit record could not be written, so the statement was not run (${(error as Error).message})` } });
        failure = `statement ${first.index + 1} (${first.path}) was not run: its audit record could not be written`;
        break;
      }
      if (unit.kind === 'own') {
        const statement = unit.statement;
        // Announced before it runs: if the run is cut off now, the ledger says this statement's outcome is unknown.
        await record([...unrecorded, statement.path], statement);
        unrecorded.clear();
        const result = await runOne(session, statement, 'own', mask);
        results.set(statement.index, result);
        options.after([result]);
        if (result.status !== 'ok') {
          await record([statement.path]).catch(() => undefined);
          failure = `statement ${statement.index + 1} (${statement.path}) failed: ${result.error?.message}; MySQL commits such a statement on its own, so nothing after it ran`;
          break;
        }
        committed.push(statement.index);
        advance(statement);
        try {
          await record([statement.path]);
        } catch (error) {
          failure = `statement ${statement.index + 1} (${statement.path}) took effect, but the ledger could not record it (${(error as Error).message}); the ledger marks it as of unknown outcome, so the next run stops there until an operator settles it; nothing after it ran`;
          break;
        }
        if (effects && catalog) {
          const after = await effects.snapshot();
          const judged = effects.catalog([statement.sql], catalog, after);
          catalog = after;
          const own: TransactionEffects = { transaction: 'own', statements: [statement.index], effects: reportEffects(judged).map((e) => (e.beyond ? { ...e, after: { index: statement.index, path: statement.path } } : e)) };
          measured.push(own);
          if (judged.beyond.length) {
            await options.effectsRefused?.(own);
            failure = `statement ${statement.index + 1} (${statement.path}) did more than the approval covers, and MySQL committed it on its own, so it cannot be undone: ${beyondText(own.effects)}; the ledger records it as applied; nothing after it ran`;
            break;
          }
        }
        continue;
      }
      transactions++;
      const before = new Map(progress);
      await session.query('START TRANSACTION');
      const ran: StatementResult[] = [];
      for (const statement of unit.statements) {
        const result = await runOne(session, statement, transactions, mask);
        ran.push(result);
        if (result.status !== 'ok') break;
      }
      let failed = ran.find((r) => r.status !== 'ok');
      if (!failed && effects && catalog) {
        const judged = effects.rows(catalog, unit.statements.map((st, k) => ({ sql: st.sql, rows: ran[k]?.rows_affected ?? 0 })));
        const checked: TransactionEffects = { transaction: transactions, statements: unit.statements.map((st) => st.index), effects: reportEffects(judged) };
        measured.push(checked);
        if (judged.beyond.length) {
          await session.query('ROLLBACK').catch(() => undefined);
          for (const r of ran) results.set(r.index, { ...r, status: 'rolled_back' });
          options.after(ran.map((r) => results.get(r.index)!));
          await options.effectsRefused?.(checked);
          failure = `transaction ${transactions} was rolled back before COMMIT because it did more than the approval covers: ${beyondText(checked.effects)} (${ran.length} statement${ran.length === 1 ? '' : 's'} in it undone)`;
          break;
        }
      }
      if (!failed) {
        for (const statement of unit.statements) advance(statement);
        try {
          await recordProgress(session, files, new Set([...unrecorded, ...unit.statements.map((st) => st.path)]), progress, options.ledger);
          await session.query('COMMIT');
          unrecorded.clear();
        } catch (error) {
          const last = ran[ran.length - 1]!;
          failed = { ...last, status: 'failed', error: { message: `the ledger could not record this transaction, so it was rolled back (${(error as Error).message})` } };
          ran[ran.length - 1] = failed;
        }
      }
      if (failed) {
        progress.clear();
        for (const [path, count] of before) progress.set(path, count);
        await session.query('ROLLBACK').catch(() => undefined);
        for (const r of ran) results.set(r.index, r.status === 'ok' ? { ...r, status: 'rolled_back' } : r);
        options.after(ran.map((r) => results.get(r.index)!));
        const undone = ran.length - 1;
        failure = `statement ${failed.index + 1} (${failed.path}) failed: ${failed.error?.message}; transaction ${transactions} rolled back (${undone} earlier statement${undone === 1 ? '' : 's'} in it undone)`;
        break;
      }
      for (const r of ran) results.set(r.index, r);
      committed.push(...unit.statements.map((s) => s.index));
      options.after(ran);
    }
    if (!failure && !options.signal?.aborted && unrecorded.size) await record(unrecorded);
  } finally {
    options.signal?.removeEventListener('abort', interrupt);
    void unlockLedger(session)
      .catch(() => undefined)
      .then(() => session.release())
      .catch(() => undefined);
  }
  return withEffects(outcomeOf(statements, results, committed, alreadyApplied, transactions, failure, options.signal?.aborted ? interruptedBecause(options.signal) : undefined));
}

function outcomeOf(statements: readonly PlannedStatement[], results: ReadonlyMap<number, StatementResult>, committed: number[], alreadyApplied: number[], transactions: number, failure: string | undefined, aborted: string | undefined): ExecutionOutcome {
  const ordered = statements.map((s) => results.get(s.index)!);
  const tookEffect = committed.length ? ` Took effect (committed, in the ledger): statements ${list(committed)}.` : ' Nothing took effect.';
  const notRun = ordered.filter((r) => r.status === 'not_run').map((r) => r.index);
  const untouched = notRun.length ? ` Not run: statements ${list(notRun)}.` : '';
  const skipped = alreadyApplied.length ? ` ${alreadyApplied.length} statement${alreadyApplied.length === 1 ? ' was' : 's were'} already applied and skipped.` : '';
  if (aborted) return { ok: false, results: ordered, message: `${aborted}${failure ? ` (${failure})` : ''}.${tookEffect}${untouched} Run the apply step again: the ledger skips what took effect.` };
  if (failure) return { ok: false, results: ordered, message: `${failure}.${tookEffect}${untouched}${skipped} A re-run resumes after the last statement that took effect.` };
  if (committed.length === 0 && alreadyApplied.length > 0) return { ok: true, results: ordered, message: `Nothing to do: this plan was already applied.${skipped}` };
  const own = committed.length - ordered.filter((r) => typeof r.transaction === 'number' && r.status === 'ok').length;
  return { ok: true, results: ordered, message: `${committed.length} statement${committed.length === 1 ? '' : 's'} applied (${transactions} transaction${transactions === 1 ? '' : 's'}, ${own} statement${own === 1 ? '' : 's'} committed on ${own === 1 ? 'its' : 'their'} own).${skipped}` };
}

/** The connection's lock and statement timeouts, for the whole run (MySQL limits only SELECTs by time; MariaDB every statement). */
async function setTimeouts(session: DatabaseSession & { mariadb?: boolean }, options: Pick<ExecutionOptions, 'lockTimeout' | 'statementTimeout'>): Promise<void> {
  const lock = Math.max(1, Math.ceil(durationSeconds(options.lockTimeout)));
  await session.query(`SET SESSION innodb_lock_wait_timeout = ${lock}, lock_wait_timeout = ${lock}`);
  const statement = durationSeconds(options.statementTimeout);
  await session.query(session.mariadb ? `SET SESSION max_statement_time = ${statement}` : `SET SESSION max_execution_time = ${Math.round(statement * 1000)}`);
}

async function runOne(session: DatabaseSession, statement: PlannedStatement, transaction: number | 'own', mask: ReturnType<typeof masker>): Promise<StatementResult> {
  const started = performance.now();
  const duration = () => Math.round((performance.now() - started) * 100) / 100;
  try {
    const out = await session.query(statement.sql);
    const truncated = out.rows.length > MAX_RESULT_ROWS;
    return mask(
      {
        index: statement.index,
        path: statement.path,
        status: 'ok',
        transaction,
        rows_affected: out.rowCount,
        duration_ms: duration(),
        notices: out.notices,
        ...(out.fields.length ? { columns: out.fields.map((f) => f.name), rows: out.rows.slice(0, MAX_RESULT_ROWS), ...(truncated ? { rows_truncated: true } : {}) } : {}),
      },
      out.fields,
    );
  } catch (error) {
    const e = error as { message: string; code?: string; sqlState?: string };
    return mask({ index: statement.index, path: statement.path, status: 'failed', transaction, duration_ms: duration(), error: { message: e.message, ...(e.code ? { code: e.code } : {}) } }, []);
  }
}

