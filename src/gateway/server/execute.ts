/**
 * Running a verified plan: consecutive statements share one transaction; statements PostgreSQL
 * cannot run in a transaction run on their own. Timeouts come from the connection config. The first
 * failure stops everything: its transaction rolls back and nothing after it runs. Under the ledger's lock,
 * what the database has already applied is skipped, and each transaction records its files' progress in the
 * ledger before it commits.
 */
import { transactionRole } from '../../scan/transaction-role.js';
import { ColumnMasking, type MaskingRule, type ResultField } from './column-masking.js';
import type { Database, DatabaseSession, QueryResult } from './database.js';
import { originOf, redactMessage, shownMessage, type Origin } from './error-redaction.js';
import { effectKey } from '../../effects/model.js';
import type { CommitCheck } from '../../effects/commit-check.js';
import { beyondText, DeferredConstraintsFailed, EffectsWatch, mayChangeCatalog, reportEffects, type EffectsApproval, type Mark, type MeasuredEffect } from './effects-watch.js';
import { postgresTargets } from '../../scan/dialects/postgres-targets.js';
import { inOwnTransaction } from '../../effects/rehearse.js';
import { quoteLiteral } from '../../sql-quote.js';
import { checkAgainstLedger, lockLedger, notYetApplied, planFilesOf, readLedger, recordProgress, unlockLedger, type LedgerContext } from './ledger.js';

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
  masking: readonly MaskingRule[];
  /** Called before a group of statements runs (a chunk of a transaction, or one statement on its own); if it throws (the audit write failed), none of them runs. */
  before(statements: PlannedStatement[]): Promise<void>;
  /**
   * Called with the outcome of each statement of the group once the group has committed or rolled back. Not
   * waited on: what ran cannot be undone, so the caller writes these records with its next one and reports a gap.
   */
  after(results: StatementResult[]): void;
  /**
   * Statements per `before` call in a transaction (unset: all of it): the next chunk's records are written while
   * one chunk runs, so the audit writes and the statements overlap instead of adding up.
   */
  chunk?: number;
  /** Who applies the plan, for the ledger. */
  ledger: LedgerContext;
  /** Aborted at shutdown after the grace period: the connection is closed, so the open transaction rolls back. */
  signal?: AbortSignal;
  /** The check before COMMIT (effects-watch.ts); absent, a transaction commits as its statements leave it. */
  effects?: EffectsApproval;
  /** Called (and waited on) when the check refused a transaction, before the run answers: the gateway audits it. */
  effectsRefused?(refusal: TransactionEffects): Promise<void>;
}

/** What one transaction (or one statement run outside a transaction) measurably did. */
export interface TransactionEffects {
  transaction: number | 'own';
  statements: number[];
  effects: MeasuredEffect[];
}

export interface ExecutionOutcome {
  ok: boolean;
  results: StatementResult[];
  message: string;
  /** What each committed transaction did, as measured before its COMMIT (and the refused one's, when refused). */
  effects?: TransactionEffects[];
  /** The time the check itself took (its queries and judgement), in milliseconds. */
  checkMs?: number;
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

export async function executePlan(database: Database, statements: PlannedStatement[], options: ExecutionOptions): Promise<ExecutionOutcome> {
  const results = new Map<number, StatementResult>(statements.map((s) => [s.index, { index: s.index, path: s.path, status: 'not_run', transaction: null }]));
  const session = await database.session();
  const interrupt = () => void session.interrupt().catch(() => undefined);
  options.signal?.addEventListener('abort', interrupt, { once: true });
  let transactionNumber = 0;
  let failure: string | undefined;
  const committed: number[] = [];
  const alreadyApplied: number[] = [];
  const measured: TransactionEffects[] = [];
  const withEffects = (outcome: ExecutionOutcome): ExecutionOutcome => (options.effects ? { ...outcome, effects: measured, checkMs: Math.round((watch?.elapsedMs ?? 0) * 100) / 100 } : outcome);
  let watch: EffectsWatch | undefined;
  try {
    const masking = await ColumnMasking.load(options.masking, (sql, params) => session.query(sql, params));
    const mask = masker(masking);
    await lockLedger(session);
    watch = options.effects ? await EffectsWatch.onSession(session, options.effects) : undefined;
    const files = planFilesOf(statements);
    const check = checkAgainstLedger(files, await readLedger(session));
    if (!check.ok) return withEffects({ ok: false, results: statements.map((s) => results.get(s.index)!), message: check.message });
    // Statements of each file counted as applied: committed, or committing with the ledger write of their transaction.
    const progress = new Map(check.progress);
    const advance = (statement: PlannedStatement) => progress.set(statement.path, (progress.get(statement.path) ?? 0) + 1);
    // Files whose progress changed since the ledger last recorded it (transaction control between transactions).
    const unrecorded = new Set<string>();
    const { remaining, skipped } = notYetApplied(statements, check.skip);
    for (const { statement, note } of skipped) {
      results.set(statement.index, { ...results.get(statement.index)!, status: 'skipped', note });
      alreadyApplied.push(statement.index);
    }
    for (const unit of unitsOf(remaining)) {
      if (options.signal?.aborted) break;
      if (unit.kind === 'skip') {
        results.set(unit.statement.index, { ...results.get(unit.statement.index)!, status: 'skipped', note: 'transaction control is managed by the gateway' });
        advance(unit.statement);
        unrecorded.add(unit.statement.path);
        continue;
      }
      if (unit.kind === 'own') {
        const statement = unit.statement;
        const unaudited = await auditBefore(options, [statement]);
        if (unaudited) {
          results.set(statement.index, { ...results.get(statement.index)!, status: 'failed', error: { message: unaudited } });
          failure = `statement ${statement.index + 1} (${statement.path}) was not run: ${unaudited}`;
          break;
        }
        await session.query(`SET lock_timeout = ${quoteLiteral(options.lockTimeout)}`);
        await session.query(`SET statement_timeout = ${quoteLiteral(options.statementTimeout)}`);
        // The catalog is read in a transaction of its own around it (the snapshot pins search_path for one).
        const ownWatch = watch;
        const mark = ownWatch ? await alone(session, () => ownWatch.mark()) : undefined;
        const result = await runOne(session, statement, 'own', mask);
        results.set(statement.index, result);
        await session.query('RESET lock_timeout').catch(() => undefined);
        await session.query('RESET statement_timeout').catch(() => undefined);
        options.after([result]);
        if (result.status !== 'ok') {
          failure = `statement ${statement.index + 1} (${statement.path}) failed: ${result.error?.message}; it runs outside a transaction, so nothing after it ran`;
          break;
        }
        committed.push(statement.index);
        // A statement that cannot run in a transaction is recorded right after it: the one moment a crash can repeat it.
        advance(statement);
        try {
          await recordProgress(session, files, new Set([...unrecorded, statement.path]), progress, options.ledger);
        } catch (error) {
          failure = `statement ${statement.index + 1} (${statement.path}) ran outside a transaction, but the ledger could not record it (${(error as Error).message}); nothing after it ran, and a re-run will run it again`;
          break;
        }
        unrecorded.clear();
        if (ownWatch && mark) {
          // Outside a transaction there is nothing to roll back: what went beyond the approval stops the run here.
          const checked = await alone(session, () => ownWatch.check(mark, [statement.sql], { rows: false }));
          const own: TransactionEffects = { transaction: 'own', statements: [statement.index], effects: reportEffects(checked).map((e) => (e.beyond ? { ...e, after: { index: statement.index, path: statement.path } } : e)) };
          measured.push(own);
          if (checked.beyond.length) {
            await options.effectsRefused?.(own);
            failure = `statement ${statement.index + 1} (${statement.path}) ran outside a transaction and did more than the approval covers, which cannot be undone: ${beyondText(own.effects)}; the ledger records it as applied; nothing after it ran`;
            break;
          }
        }
        continue;
      }
      transactionNumber++;
      const before = new Map(progress);
      const run = await runTransaction(session, unit.statements, transactionNumber, mask, options, watch);
      for (const r of run.results) results.set(r.index, r);
      let failed = run.failed;
      const ran = run.results.filter((r) => r.status === 'ok');
      if (!failed && !run.unaudited && watch && run.mark) {
        let checked: CommitCheck;
        try {
          checked = await watch.check(run.mark, unit.statements.map((st) => st.sql));
        } catch (error) {
          // Fail closed: a transaction whose check could not run does not commit.
          await session.query('ROLLBACK').catch(() => undefined);
          for (const r of ran) results.set(r.index, { ...r, status: 'rolled_back' });
          options.after(unit.statements.map((st) => results.get(st.index)!));
          const cause = error instanceof DeferredConstraintsFailed ? error.cause : (error as Error);
          const message = shownMessage(cause, masking.active);
          failure =
            error instanceof DeferredConstraintsFailed
              ? `transaction ${transactionNumber} failed at its deferred constraints, fired before COMMIT (${message}), and was rolled back (${ran.length} statement${ran.length === 1 ? '' : 's'} in it undone)`
              : `the check before COMMIT of transaction ${transactionNumber} could not run (${message}), so it was rolled back (${ran.length} statement${ran.length === 1 ? '' : 's'} in it undone)`;
          break;
        }
        const effects: TransactionEffects = { transaction: transactionNumber, statements: unit.statements.map((st) => st.index), effects: reportEffects(checked) };
        measured.push(effects);
        if (checked.beyond.length) {
          await session.query('ROLLBACK').catch(() => undefined);
          // Which statement it appeared after: the transaction again, one statement at a time, rolled back as well.
          const after = unit.statements.length > 1 ? await attribute(session, watch, unit.statements, options) : new Map<string, PlannedStatement>();
          effects.effects = effects.effects.map((e) => {
            const statement = e.beyond ? (after.get(effectKey(e)) ?? (unit.statements.length === 1 ? unit.statements[0] : undefined)) : undefined;
            return statement ? { ...e, after: { index: statement.index, path: statement.path } } : e;
          });
          for (const r of ran) results.set(r.index, { ...r, status: 'rolled_back' });
          options.after(unit.statements.map((st) => results.get(st.index)!));
          await options.effectsRefused?.(effects);
          failure = `transaction ${transactionNumber} was rolled back before COMMIT because it did more than the approval covers: ${beyondText(effects.effects)} (${ran.length} statement${ran.length === 1 ? '' : 's'} in it undone)`;
          break;
        }
      }
      if (!failed && !run.unaudited) {
        // No ledger record, no commit: a failed ledger write rolls the transaction back like a failed statement.
        for (const statement of unit.statements) advance(statement);
        const touched = new Set([...unrecorded, ...unit.statements.map((st) => st.path)]);
        try {
          await recordProgress(session, files, touched, progress, options.ledger);
          unrecorded.clear();
        } catch (error) {
          const last = unit.statements[unit.statements.length - 1]!;
          failed = { ...results.get(last.index)!, status: 'failed', error: { message: `the ledger could not record this transaction, so it was rolled back (${(error as Error).message})` } };
          results.set(last.index, failed);
          ran.pop();
        }
      }
      if (failed || run.unaudited) {
        progress.clear();
        for (const [path, count] of before) progress.set(path, count);
        await session.query('ROLLBACK').catch(() => undefined);
        for (const r of ran) results.set(r.index, { ...r, status: 'rolled_back' });
        // Results are recorded for the statements whose start records were written, and only for them.
        options.after(unit.statements.slice(0, run.audited).map((s) => results.get(s.index)!));
        const undone = `transaction ${transactionNumber} rolled back (${ran.length} earlier statement${ran.length === 1 ? '' : 's'} in it undone)`;
        if (run.unaudited) {
          const { statement, message } = run.unaudited;
          results.set(statement.index, { ...results.get(statement.index)!, status: 'failed', transaction: transactionNumber, error: { message } });
          failure = `statement ${statement.index + 1} (${statement.path}) was not run: ${message}${ran.length ? `; ${undone}` : ''}`;
        } else failure = `statement ${failed!.index + 1} (${failed!.path}) failed: ${failed!.error?.message}; ${undone}`;
        break;
      }
      try {
        await session.query('COMMIT');
      } catch (error) {
        // Deferred constraints are checked at COMMIT: the server has rolled the whole transaction back.
        for (const r of ran) results.set(r.index, { ...r, status: 'rolled_back' });
        options.after(unit.statements.map((s) => results.get(s.index)!));
        failure = `transaction ${transactionNumber} failed at COMMIT (${shownMessage(error as Error, masking.active)}) and was rolled back (${ran.length} statement${ran.length === 1 ? '' : 's'} in it undone)`;
        break;
      }
      committed.push(...unit.statements.map((s) => s.index));
      options.after(ran);
    }
    if (!failure && !options.signal?.aborted && unrecorded.size) await recordProgress(session, files, unrecorded, progress, options.ledger);
  } finally {
    options.signal?.removeEventListener('abort', interrupt);
    // Handing the connection back (unlock, reset) is not part of this run's answer: the next run waits for it, this one need not.
    void unlockLedger(session)
      .catch(() => undefined)
      .then(() => session.release())
      .catch(() => undefined);
  }
  const ordered = statements.map((s) => results.get(s.index)!);
  if (options.signal?.aborted) {
    const kept = committed.length ? ` Statements ${committed.map((i) => i + 1).join(', ')} were committed (and recorded in the ledger) before it.` : ' Nothing was committed.';
    failure = `${interruptedBecause(options.signal)}: the open transaction was rolled back${failure ? ` (${failure})` : ''}`;
    return withEffects({ ok: false, results: ordered, message: `${failure}.${kept} Run the apply step again: the ledger skips what was applied.` });
  }
  const skippedNote = alreadyApplied.length ? ` ${alreadyApplied.length} statement${alreadyApplied.length === 1 ? ' was' : 's were'} already applied and skipped (${skippedFiles(statements, alreadyApplied)}).` : '';
  if (failure) {
    const kept = committed.length ? ` Statements ${committed.map((i) => i + 1).join(', ')} were committed before it.` : ' Nothing was committed.';
    return withEffects({ ok: false, results: ordered, message: `${failure}.${kept}${skippedNote}` });
  }
  if (committed.length === 0 && alreadyApplied.length > 0) return withEffects({ ok: true, results: ordered, message: `Nothing to do: this plan was already applied.${skippedNote}` });
  return withEffects({ ok: true, results: ordered, message: `${committed.length} statement${committed.length === 1 ? '' : 's'} applied in ${transactionNumber} transaction${transactionNumber === 1 ? '' : 's'}.${skippedNote}` });
}


/**
 * Runs a refused transaction's statements again, one at a time, in a transaction that is rolled back, checking after
 * each: the statement after which each effect beyond the approval first appears. Only on a refusal, so the check
 * costs nothing per statement on a run that commits.
 */
async function attribute(session: DatabaseSession, watch: EffectsWatch, statements: readonly PlannedStatement[], options: ExecutionOptions): Promise<Map<string, PlannedStatement>> {
  const found = new Map<string, PlannedStatement>();
  const targets = statements.map((s) => postgresTargets(s.sql));
  try {
    await beginTransaction(session, options);
    const mark = await watch.mark();
    for (const statement of statements) {
      await session.query(statement.sql);
      for (const { effect } of (await watch.check(mark, [], { targets })).beyond) if (!found.has(effectKey(effect))) found.set(effectKey(effect), statement);
    }
  } catch {
    // What was found so far stands; the rest is reported without a statement.
  } finally {
    await session.query('ROLLBACK').catch(() => undefined);
  }
  return found;
}

/** Reads of the check's own in a transaction of their own, between statements that run outside any. */
const alone = <T,>(session: DatabaseSession, work: () => Promise<T>): Promise<T> => inOwnTransaction((sql) => session.query(sql), work);

/** BEGIN with the connection's lock and statement timeouts for this transaction. */
async function beginTransaction(session: DatabaseSession, options: Pick<ExecutionOptions, 'lockTimeout' | 'statementTimeout'>): Promise<void> {
  await session.query('BEGIN');
  await session.query(`SET LOCAL lock_timeout = ${quoteLiteral(options.lockTimeout)}`);
  await session.query(`SET LOCAL statement_timeout = ${quoteLiteral(options.statementTimeout)}`);
}

/** Why a run was interrupted: the reason it was aborted with, else the gateway's shutdown. */
export function interruptedBecause(signal: AbortSignal): string {
  return typeof signal.reason === 'string' ? signal.reason : 'the gateway shut down while this plan ran';
}

function skippedFiles(statements: readonly PlannedStatement[], indexes: readonly number[]): string {
  const set = new Set(indexes);
  const paths = [...new Set(statements.filter((s) => set.has(s.index)).map((s) => s.path))];
  return paths.length > 5 ? `${paths.slice(0, 5).join(', ')} and ${paths.length - 5} more` : paths.join(', ');
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

interface TransactionRun {
  /** The results of the statements that ran, in order: all ok, or the last one failed (`failed`). */
  results: StatementResult[];
  failed?: StatementResult;
  /** The first statement whose start records could not be written, and why: neither it nor any after it ran. */
  unaudited?: { statement: PlannedStatement; message: string };
  /** How many of the transaction's statements (from its first) have their start records written. */
  audited: number;
  /** The state at BEGIN, for the check before COMMIT. */
  mark?: Mark;
}

/**
 * Runs a transaction's statements after BEGIN, in chunks of `options.chunk`: each chunk's start records are written
 * while the chunk before it runs, and a chunk runs only once its own records are committed. A chunk goes to the
 * database in one round trip; when that fails, the transaction is rolled back and begun again, and everything so
 * far is run again one statement at a time, which names the failing statement (nothing is committed either way).
 */
async function runTransaction(session: DatabaseSession, statements: PlannedStatement[], transaction: number, mask: Mask, options: ExecutionOptions, watch?: EffectsWatch): Promise<TransactionRun> {
  let mark: Mark | undefined;
  const begin = async () => {
    await beginTransaction(session, options);
    // A transaction of row writes only is marked without reading the catalog (a trigger that changes it is refused).
    mark = await watch?.mark([], { catalog: statements.some((st) => mayChangeCatalog(st.sql)) });
  };
  const size = options.chunk ?? statements.length;
  const chunks = Array.from({ length: Math.ceil(statements.length / size) }, (_, c) => statements.slice(c * size, (c + 1) * size));
  const results: StatementResult[] = [];
  let audited = 0;
  // BEGIN goes along with the first chunk's records: it runs nothing of the plan.
  let writing = auditBefore(options, chunks[0]!);
  await begin();
  for (const [c, chunk] of chunks.entries()) {
    const unaudited = await writing;
    if (unaudited) return { results, unaudited: { statement: chunk[0]!, message: unaudited }, audited };
    audited += chunk.length;
    const next = chunks[c + 1];
    writing = next ? auditBefore(options, next) : Promise.resolve(undefined);
    const ran = await runChunk(session, chunk, transaction, mask);
    if (ran) results.push(...ran);
    else {
      // The batch failed: the server aborted the transaction. If the session itself is gone (interrupted), the
      // statement-by-statement run fails and says so.
      await session.query('ROLLBACK').catch(() => undefined);
      await begin().catch(() => undefined);
      results.splice(0, results.length, ...(await runInTurn(session, chunks.slice(0, c + 1).flat(), transaction, mask)));
    }
    const last = results[results.length - 1];
    if (last?.status !== 'ok') {
      // The next chunk's records may be on their way: once written, its statements are reported (not run).
      if (next && !(await writing)) audited += next.length;
      return { results, failed: last, audited, mark };
    }
  }
  return { results, audited, mark };
}

/** A chunk's results: in one round trip when the session can batch (undefined when that batch failed), else one by one up to a failure. */
async function runChunk(session: DatabaseSession, chunk: PlannedStatement[], transaction: number, mask: Mask): Promise<StatementResult[] | undefined> {
  if (session.batch && chunk.length > 1) {
    try {
      const outs = await session.batch(chunk.map((s) => s.sql));
      return outs.map((out, k) => mask(okResult(chunk[k]!, transaction, out, out.durationMs ?? 0), out.fields));
    } catch {
      return undefined;
    }
  }
  return runInTurn(session, chunk, transaction, mask);
}

/** Statements one at a time, up to and including the first that fails. */
async function runInTurn(session: DatabaseSession, statements: PlannedStatement[], transaction: number, mask: Mask): Promise<StatementResult[]> {
  const results: StatementResult[] = [];
  for (const statement of statements) {
    results.push(await runOne(session, statement, transaction, mask));
    if (results[results.length - 1]!.status !== 'ok') break;
  }
  return results;
}

function okResult(statement: PlannedStatement, transaction: number | 'own', out: QueryResult, durationMs: number): StatementResult {
  const truncated = out.rows.length > MAX_RESULT_ROWS;
  return {
    index: statement.index,
    path: statement.path,
    status: 'ok',
    transaction,
    rows_affected: out.rowCount,
    duration_ms: Math.round(durationMs * 100) / 100,
    notices: out.notices,
    ...(out.fields.length ? { columns: out.fields.map((f) => f.name), rows: out.rows.slice(0, MAX_RESULT_ROWS), ...(truncated ? { rows_truncated: true } : {}) } : {}),
  };
}

async function runOne(session: DatabaseSession, statement: PlannedStatement, transaction: number | 'own', mask: Mask): Promise<StatementResult> {
  const base: StatementResult = { index: statement.index, path: statement.path, status: 'not_run', transaction };
  const started = performance.now();
  let result: StatementResult;
  try {
    const out = await session.query(statement.sql);
    result = mask(okResult(statement, transaction, out, performance.now() - started), out.fields);
  } catch (error) {
    const e = error as { message: string; code?: string; routine?: string };
    result = mask({ ...base, status: 'failed', duration_ms: Math.round((performance.now() - started) * 100) / 100, error: { message: e.message, ...(e.code ? { code: e.code } : {}) } }, [], originOf(e.routine));
  }
  return result;
}

/** `origin`: where the statement's error came from (its routine), which decides what of its message may be kept. */
type Mask = (result: StatementResult, fields: readonly ResultField[], origin?: Origin) => StatementResult;

/**
 * Replaces the values of masked columns (by name or by source column: column-masking.ts) before rows leave the
 * gateway, and the values quoted in the statement's error and notices (error-redaction.ts).
 */
export function masker(masking: ColumnMasking): Mask {
  return (answer, fields, origin = 'unknown') => {
    if (!masking.active) return answer;
    const result = {
      ...answer,
      ...(answer.error ? { error: { ...answer.error, message: redactMessage(answer.error.message, origin, answer.error.code) } } : {}),
      ...(answer.notices ? { notices: answer.notices.map((notice) => redactMessage(notice)) } : {}),
    };
    if (!result.rows) return result;
    // Rows are keyed by column name: a name any masked column has is masked, whichever column's value it holds.
    const replacements = new Map<string, string>();
    for (const field of fields) {
      const replacement = masking.replacementFor(field);
      if (replacement !== undefined && !replacements.has(field.name)) replacements.set(field.name, replacement);
    }
    if (replacements.size === 0) return result;
    return { ...result, rows: result.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, replacements.has(k) && v !== null ? replacements.get(k) : v]))) };
  };
}
