/**
 * Rehearsal: the repository's earlier migrations (the history) replayed into a shadow database, then the change run
 * on it statement by statement as the database would run it — its own BEGIN/COMMIT kept, every other statement in a
 * transaction of its own — with the catalogs and rows compared before and after each. The shadow is injected
 * (shadow-pglite.ts: the embedded PGlite); this module knows no engine.
 */
import { createHash } from 'node:crypto';
import { catalogWriteEffects } from './catalog-writes.js';
import { diffSnapshots } from './diff.js';
import { judge, type JudgedEffect } from './judge.js';
import type { CatalogSnapshot, Effect } from './model.js';
import type { TransactionCounts } from './snapshot-postgres.js';

export interface Shadow {
  /** Runs SQL as the simple protocol does (several statements allowed); throws the database's error. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  close(): Promise<void>;
  /**
   * The catalogs and the rows of every table, now. `written`: the tables the last statement's statistics say it
   * wrote to, since the snapshot this shadow gave last (or restored); a table neither written to nor rebuilt since
   * keeps its count there (not counted again).
   */
  snapshot(written?: ReadonlySet<string>): Promise<CatalogSnapshot>;
  /**
   * Rows each table (and, by name, each system catalog) gained, changed and lost in the open transaction so far;
   * absent where the engine does not count.
   */
  transactionRows?(): Promise<TransactionCounts>;
  /**
   * Effects the change as a whole did not have after all (SQLite rebuilds a table by creating a copy, dropping the
   * original and renaming the copy: the drop loses nothing when every row is back by the end).
   */
  reconcile?(statements: StatementRehearsal[]): Promise<void>;
  /**
   * Starts from the state a history with this key left (a cache), instead of replaying it: false when there is none,
   * else the snapshot taken of that state when it was kept (absent: take it again).
   */
  restore?(key: string): Promise<false | { baseline?: CatalogSnapshot }>;
  /** Starts an empty database now (an embedded one takes seconds: not a statement's time). */
  open?(): Promise<void>;
  /** Keeps the state the history left, and its snapshot, under its key. */
  save?(key: string, baseline: CatalogSnapshot): Promise<void>;
}

/** The key of a history's state: its files, in order, and what this version of the shadow makes of them. */
export function historyKey(history: ReadonlyArray<{ path: string; text: string }>): string {
  const hash = createHash('sha256').update('migration-guard shadow v13\n');
  for (const file of history) hash.update(`${file.path}\n${file.text.length}\n${file.text}\n`);
  return hash.digest('hex');
}

export interface ChangeStatement {
  path: string;
  index: number;
  sql: string;
}

export interface StatementRehearsal {
  path: string;
  index: number;
  effects: JudgedEffect[];
  /** The database refused the statement: its error (the change stops being rehearsed there). */
  error?: string;
  /** It ran past rehearse-timeout and was stopped: what it does is unknown. */
  timedOut?: boolean;
}

export type Rehearsal =
  | {
      status: 'rehearsed';
      statements: StatementRehearsal[];
      historyFiles: number;
      notRehearsed?: { from: ChangeStatement; why: string };
      /** Not run here: the effects a plan declares (the gateway judges what reviewers approved, src/gateway/server/reevaluate.ts). */
      declared?: true;
    }
  | { status: 'not-rehearsed'; why: string };

const BEGINS = /^\s*(BEGIN|START\s+TRANSACTION)\b/i;
const ENDS = /^\s*(COMMIT|END)\b(?!\s+PREPARED)/i;
const ROLLS_BACK = /^\s*(ROLLBACK|ABORT)\b(?!\s+(TO|PREPARED)\b)(?!\s+\w+\s+TO\b)/i;

export type RowCounts = Map<string, { inserted: number; updated: number; deleted: number }>;

/** An engine without row statistics: nothing counted (every table is counted again instead). */
const NOT_COUNTED: TransactionCounts = { rows: new Map(), catalogs: new Map() };

/** The tables a statement's row statistics show it wrote to. */
function writtenTo(rows: RowCounts): Set<string> {
  return new Set([...rows].filter(([, n]) => n.inserted || n.updated || n.deleted).map(([id]) => id));
}

export async function rehearse(shadow: Shadow, history: ReadonlyArray<{ path: string; text: string }>, change: readonly ChangeStatement[], onProgress?: (message: string) => void): Promise<Rehearsal> {
  const started = performance.now();
  const key = historyKey(history);
  const restored = (await shadow.restore?.(key)) ?? false;
  let replayed = false;
  if (restored) onProgress?.(`the shadow database starts from the cached state of these ${history.length} earlier migration files`);
  else {
    onProgress?.(`replaying ${history.length} earlier migration file${history.length === 1 ? '' : 's'} into the shadow database`);
    await shadow.open?.();
    for (const file of history) {
      try {
        await shadow.exec(file.text);
      } catch (error) {
        return { status: 'not-rehearsed', why: `the history does not replay on the shadow database: ${file.path}: ${message(error)}` };
      }
    }
    replayed = true;
  }
  // A snapshot is read inside a transaction (PostgreSQL's pins search_path for it): one of its own, between statements.
  const snapshotAlone = () => inOwnTransaction((sql) => shadow.exec(sql), () => shadow.snapshot());
  const baseline = (restored && restored.baseline) || (await snapshotAlone());
  if (replayed) await shadow.save?.(key, baseline).catch((error: Error) => onProgress?.(`the replayed history could not be cached (${error.message.slice(0, 200)})`));
  onProgress?.(`history ready in ${((performance.now() - started) / 1000).toFixed(1)}s; rehearsing ${change.length} statement${change.length === 1 ? '' : 's'} of the change`);
  let previous: CatalogSnapshot = baseline;
  let inTransaction = false;
  let counted: TransactionCounts;
  /** The statements of the file's own open transaction: a ROLLBACK takes their effects back. */
  let transaction: StatementRehearsal[] = [];
  const statements: StatementRehearsal[] = [];
  for (const [n, statement] of change.entries()) {
    const record: StatementRehearsal = { path: statement.path, index: statement.index, effects: [] };
    try {
      if (BEGINS.test(statement.sql)) {
        await shadow.exec(statement.sql);
        inTransaction = true;
        transaction = [];
      } else if (ENDS.test(statement.sql) || ROLLS_BACK.test(statement.sql)) {
        await shadow.exec(statement.sql);
        // What a ROLLBACK undid did not happen (a failed statement stops the rehearsal, so a COMMIT commits).
        if (ROLLS_BACK.test(statement.sql)) for (const undone of transaction) undone.effects = [];
        inTransaction = false;
        transaction = [];
        previous = await snapshotAlone();
      } else {
        // SQLite's PRAGMAs (foreign_keys above all) are no-ops inside a transaction: they run as sent.
        const ownTransaction = !inTransaction && !/^\s*PRAGMA\b/i.test(statement.sql);
        if (ownTransaction) await shadow.exec('BEGIN');
        // The transaction's row counts so far (an embedded database may not start them at zero).
        counted = (await shadow.transactionRows?.()) ?? NOT_COUNTED;
        try {
          await shadow.exec(statement.sql);
        } catch (error) {
          const outsideOnly = (error as { code?: string }).code === '25001' || /within a transaction/i.test(message(error));
          if (!ownTransaction || !outsideOnly) throw error;
          // CREATE INDEX CONCURRENTLY, VACUUM, …: run as PostgreSQL runs them, outside a transaction (rows not counted).
          await shadow.exec('ROLLBACK');
          await shadow.exec(statement.sql);
          const after = await snapshotAlone();
          record.effects = diffSnapshots(previous, after, baseline).map(judge);
          previous = after;
          statements.push(record);
          continue;
        }
        const now = (await shadow.transactionRows?.()) ?? NOT_COUNTED;
        const rows = delta(counted.rows, now.rows);
        // Without row statistics (SQLite, MySQL) every table is counted again.
        const after = await shadow.snapshot(shadow.transactionRows ? writtenTo(rows) : undefined);
        if (ownTransaction) await shadow.exec('COMMIT');
        const diffed = diffSnapshots(previous, after, baseline, rows);
        // An extension's install script writes its casts, operators and operator classes: new, with the extension.
        const installed = diffed.find((e) => e.kind === 'extension.created' && !e.preexisting);
        const catalogWrites = catalogWriteEffects(delta(counted.catalogs, now.catalogs));
        record.effects = [...diffed.map(judge), ...catalogWrites.map((e) => (installed ? judgedSafe(e, `written by the install script of extension ${installed.object}, which this statement creates`) : judge(e)))];
        previous = after;
        if (inTransaction) transaction.push(record);
      }
    } catch (error) {
      record.error = message(error);
      if (timedOut(error)) record.timedOut = true;
      statements.push(record);
      const next = change[n + 1];
      // What ran before it is judged as at the end of a change: dropped and made again by then is no loss.
      recreated(statements, baseline, previous);
      await shadow.reconcile?.(statements).catch(() => undefined);
      return { status: 'rehearsed', statements, historyFiles: history.length, ...(next ? { notRehearsed: { from: next, why: `the shadow database refused ${statement.path} statement ${statement.index + 1}` } } : {}) };
    }
    statements.push(record);
  }
  recreated(statements, baseline, previous);
  await shadow.reconcile?.(statements);
  return { status: 'rehearsed', statements, historyFiles: history.length };
}

/** Kinds whose drop is taken back when the change re-creates one of the same name on the same table by its end. */
const REBUILT = new Set(['constraint.dropped', 'trigger.dropped', 'rule.dropped', 'policy.dropped', 'relation.dropped:index', 'function.dropped', 'type.dropped', 'type.renamed']);

/**
 * A constraint, trigger, index, policy, function or type dropped and created again under its name by the end of the
 * change (Prisma drops and re-adds foreign keys, recreates enums) is no loss: judged on what it is at the end instead.
 */
function recreated(statements: StatementRehearsal[], baseline: CatalogSnapshot, final: CatalogSnapshot): void {
  const at = (snapshot: CatalogSnapshot, object: { kind: string; parent?: string; name: string }) => {
    const parent = object.parent ? snapshot.objects.get(`relation:${object.parent}`)?.name : '';
    return `${object.kind}|${parent ?? ''}|${object.name}`;
  };
  const finalNames = new Set([...final.objects.values()].map((o) => at(final, o)));
  // By identity (a type renamed to X_old and then dropped is still the baseline's X), else by name.
  const baselineByName = new Map([...baseline.objects.values()].map((o) => [o.name, o]));
  for (const statement of statements) {
    statement.effects = statement.effects.map((judged) => {
      const kind = judged.effect.kind === 'relation.dropped' && /^drops (partitioned )?index /.test(judged.effect.description) ? 'relation.dropped:index' : judged.effect.kind;
      if (!judged.rule || !REBUILT.has(kind)) return judged;
      const old = (judged.effect.key ? baseline.objects.get(judged.effect.key) : undefined) ?? baselineByName.get(judged.effect.object);
      return old && finalNames.has(at(baseline, old)) ? judgedSafe(judged.effect, 'dropped and created again under its name by the end of the change') : judged;
    });
  }
}

/** Judges an effect again after the whole change ran (reconcile): safe after all, for this reason. */
export function judgedSafe(effect: Effect, why: string): JudgedEffect {
  return { effect, rule: null, safe: why };
}

/** `work` in a transaction of its own, on a connection between statements (reads the check and rehearsal make). */
export async function inOwnTransaction<T>(exec: (sql: string) => Promise<unknown>, work: () => Promise<T>): Promise<T> {
  await exec('BEGIN');
  try {
    return await work();
  } finally {
    await exec('COMMIT').catch(() => undefined);
  }
}

/** What this statement added to the transaction's counts. */
export function delta(before: RowCounts, now: RowCounts): RowCounts {
  const out: RowCounts = new Map();
  for (const [id, n] of now) {
    const b = before.get(id) ?? { inserted: 0, updated: 0, deleted: 0 };
    out.set(id, { inserted: n.inserted - b.inserted, updated: n.updated - b.updated, deleted: n.deleted - b.deleted });
  }
  return out;
}

/** Stopped for taking too long: the PGlite worker ended (MG_TIMEOUT), PostgreSQL's statement_timeout, MariaDB's max_statement_time. */
function timedOut(error: unknown): boolean {
  const code = String((error as { code?: unknown }).code ?? '');
  return code === 'MG_TIMEOUT' || code === '57014' || code === 'ER_STATEMENT_TIMEOUT' || /max_statement_time|maximum statement execution time/i.test(message(error));
}

function message(error: unknown): string {
  return ((error as Error).message ?? String(error)).slice(0, 500);
}
