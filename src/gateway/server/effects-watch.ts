/**
 * The check before COMMIT, on the connection a run uses (a gateway database session, or the wire relay's own
 * backend connection): the transaction's row statistics at a mark taken inside it and again before COMMIT, and the
 * catalog, judged by src/effects/commit-check.ts. The rows of a production database are never counted: row effects
 * come from pg_stat_xact_user_tables, a TRUNCATE from the table's replaced storage.
 *
 * A transaction that may change the catalog reads it at its start, and again before COMMIT only when it wrote to it
 * (the system catalogs' own statistics say so). The start is never the catalog as an earlier transaction of this
 * connection left it: what another session made in between and this transaction drops would be in neither.
 */
import { checkCommit, type CommitCheck, type RowBounds } from '../../effects/commit-check.js';
import type { JudgedEffect } from '../../effects/judge.js';
import { effectKey, type CatalogSnapshot } from '../../effects/model.js';
import { delta, type RowCounts } from '../../effects/rehearse.js';
import { catalogObjects, pinnedSnapshot, SNAPSHOT_AT, TRANSACTION_COUNTERS_SQL, transactionCounters } from '../../effects/snapshot-postgres.js';
import { postgresTargets, type StatementTargets } from '../../scan/dialects/postgres-targets.js';
import type { DatabaseSession } from './database.js';

/** What a run may do: the effects its reviewers approved (effectKey) and the policy's row bounds. */
export interface EffectsApproval {
  approved: ReadonlySet<string>;
  bounds: RowBounds;
}

/** One effect a run had on the real database, as the answer, the audit trail and the job summary show it. */
export interface MeasuredEffect {
  kind: string;
  object: string;
  /** For a change: the attribute that changed. */
  attribute?: string;
  description: string;
  rows?: number;
  /** The rule of the closed table it falls under (null: reviewed as safe, or on what the run created). */
  rule: string | null;
  /** Beyond the approval: why. */
  beyond?: string;
  /** The statement after which it appeared (named when the check refused the transaction). */
  after?: { index: number; path: string };
}

/** Runs queries in order (in one round trip where the connection can), and answers each one's rows. */
export type Queries = (sqls: readonly string[]) => Promise<Array<Array<Record<string, unknown>>>>;

/** The state at the start of one transaction. */
export interface Mark {
  /** The catalog then; absent when the transaction's statements change none (then a change is beyond the approval). */
  before?: CatalogSnapshot;
  rows: RowCounts;
  /** The catalog writes counted so far, in all (the catalog changed when this does) and per catalog. */
  catalog: number;
  catalogs: RowCounts;
}

/**
 * What the connection's role may read (pg_authid), where unqualified names resolve, and whether it may flush its
 * statistics on demand (PostgreSQL 15 and later; absent before, or revoked: to_regprocedure answers NULL then).
 */
export const PROBE_SQL = `SELECT pg_catalog.has_table_privilege('pg_catalog.pg_authid', 'SELECT') AS authid, pg_catalog.current_schemas(true)::pg_catalog.text[] AS path,
  coalesce(pg_catalog.has_function_privilege(pg_catalog.to_regprocedure('pg_catalog.pg_stat_force_next_flush()')::pg_catalog.oid, 'EXECUTE'), false) AS flushes`;

/**
 * A backend's row statistics outlive its transactions until they are flushed, which PostgreSQL does when the
 * backend goes idle at most once a second. Asked for at the check, the flush happens as that transaction ends, so
 * the next transaction's counters start at zero and need no mark of their own (a round trip saved per transaction).
 * Anything left unflushed only adds to what the next check counts: it errs on the side of refusing.
 */
export const FLUSH_SQL = 'SELECT pg_catalog.pg_stat_force_next_flush()';

/**
 * Deferred triggers (constraint triggers, deferrable foreign keys) fire at COMMIT, after the check: SET CONSTRAINTS
 * ALL IMMEDIATE fires them now, so what they do is counted. Needed only where a trigger may be deferred at all.
 */
export const SETTLE_DEFERRED_SQL = 'SET CONSTRAINTS ALL IMMEDIATE';
/** Whether any trigger may be deferred, and whether row statistics are being kept at all (track_counts). */
export const TRANSACTION_STATE_SQL = "SELECT EXISTS (SELECT FROM pg_catalog.pg_trigger WHERE tgdeferrable) AS deferrable, pg_catalog.current_setting('track_counts') AS counting";
/** A trigger that fires may defer more (it may SET CONSTRAINTS ALL DEFERRED itself): rounds until one fires nothing. */
const SETTLE_ROUNDS = 8;

/** The transaction's deferred constraints failed when fired before COMMIT: the database's error, as COMMIT would give it. */
export class DeferredConstraintsFailed extends Error {
  constructor(override readonly cause: Error) {
    super(cause.message);
  }
}

export class EffectsWatch {
  /** The time spent in mark and check so far: the check's own cost. */
  elapsedMs = 0;
  /**
   * The backend's statistics are flushed once the transaction under way ends (a check asked for it), so the next
   * transaction's counters start at zero. Not at first: what the connection did before the watch is unknown.
   */
  private flushed = false;

  private constructor(
    private readonly queries: Queries,
    private readonly approval: EffectsApproval,
    /** The snapshot's statements (pinnedSnapshot): its rows are the result at SNAPSHOT_AT among them. */
    private readonly snapshotSqls: readonly string[],
    private readonly searchPath: string[],
    private readonly flushes: boolean,
  ) {}

  /**
   * Outside a transaction: what the connection's role may read (pg_authid) and where unqualified names resolve.
   * Values may come typed (pg, PGlite) or as text (the wire relay).
   */
  static async open(queries: Queries, approval: EffectsApproval): Promise<EffectsWatch> {
    const [rows] = await queries([PROBE_SQL]);
    const probe = rows![0] as { authid: boolean | string; path: string[] | string; flushes: boolean | string };
    const path: string[] = Array.isArray(probe.path) ? probe.path : String(probe.path).replace(/^\{|\}$/g, '').split(',').filter(Boolean);
    const authid = isTrue(probe.authid);
    return new EffectsWatch(queries, approval, pinnedSnapshot({ withoutPasswords: !authid }), path.map((s) => s.replace(/^"|"$/g, '')), isTrue(probe.flushes));
  }

  /** The same on a gateway database session, one query after the other. */
  static onSession(session: DatabaseSession, approval: EffectsApproval): Promise<EffectsWatch> {
    return EffectsWatch.open(async (sqls) => {
      const results = [];
      for (const sql of sqls) results.push((await session.query(sql)).rows);
      return results;
    }, approval);
  }

  /**
   * Inside the transaction, before its first statement: PostgreSQL passes a backend's statistics on only between
   * transactions. `first`: statements to run before it in the same round trip (the BEGIN that opens it).
   */
  async mark(first: readonly string[] = [], options: { catalog?: boolean } = {}): Promise<Mark> {
    return this.timed(() => this.marked(first, options));
  }

  /**
   * Before COMMIT: what the transaction did since `mark`, and what of it goes beyond the approval. `rows: false`
   * after a statement that ran outside a transaction: its statistics may have been passed on meanwhile, so only the
   * catalog (read in full) is compared.
   */
  async check(mark: Mark, sqls: readonly string[], options: { targets?: readonly StatementTargets[]; rows?: boolean } = {}): Promise<CommitCheck> {
    return this.timed(() => this.checked(mark, sqls, options));
  }

  private timed<T>(work: () => Promise<T>): Promise<T> {
    return timedInto(this, work);
  }

  private async marked(first: readonly string[], options: { catalog?: boolean }): Promise<Mark> {
    const read = options.catalog !== false;
    // Flushed since the last check: the counters start at zero (a transaction ended unchecked, a ROLLBACK, clears it).
    const counted = !this.flushed;
    this.flushed = false;
    const sqls = [...first, ...(counted ? [TRANSACTION_COUNTERS_SQL] : []), ...(read ? this.snapshotSqls : [])];
    const results = sqls.length ? await this.queries(sqls) : [];
    const counters = counted ? transactionCounters(results[first.length]!) : { rows: new Map(), catalogs: new Map(), catalog: 0 };
    const before = read ? this.snapshotIn(results, first.length + (counted ? 1 : 0)) : undefined;
    return { ...(before ? { before } : {}), rows: counters.rows, catalog: counters.catalog, catalogs: counters.catalogs };
  }

  /**
   * A statement that may change the catalog is about to run in a transaction marked without it: the catalog now
   * (unchanged since the mark, or the check would refuse it anyway) is where the transaction started.
   */
  async catalogBefore(mark: Mark): Promise<void> {
    if (mark.before) return;
    const results = await this.queries([TRANSACTION_COUNTERS_SQL, ...this.snapshotSqls]);
    if (transactionCounters(results[0]!).catalog !== mark.catalog) return; // changed already: the check says so
    mark.before = this.snapshotIn(results, 1);
  }

  private async checked(mark: Mark, sqls: readonly string[], options: { targets?: readonly StatementTargets[]; rows?: boolean }): Promise<CommitCheck> {
    const counted = options.rows !== false;
    // The catalog is read again only when it was written to since the mark (a second round trip, rarely).
    const flush = this.flushes ? [FLUSH_SQL] : [];
    const results = await this.queries(counted ? [TRANSACTION_COUNTERS_SQL, TRANSACTION_STATE_SQL, ...flush] : [TRANSACTION_COUNTERS_SQL, ...this.snapshotSqls, ...flush]);
    this.flushed = this.flushes;
    let countRows = results[0]!;
    const state = counted ? results[1]![0] : undefined;
    if (state) counting(state);
    if (state && isTrue(state.deferrable)) countRows = await this.settled(countRows);
    const counters = transactionCounters(countRows);
    const changed = !counted || counters.catalog !== mark.catalog;
    const after = !changed ? mark.before : counted ? this.snapshotIn(await this.queries(this.snapshotSqls)) : this.snapshotIn(results, 1);
    const rows = counted ? delta(mark.rows, counters.rows) : new Map();
    // Writes to catalogs the snapshot does not read (a cast, a publication's tables, a user mapping): by catalog.
    const catalogWrites = counted ? delta(mark.catalogs, counters.catalogs) : new Map();
    const targets = options.targets;
    const check = (before?: CatalogSnapshot, afterwards?: CatalogSnapshot) =>
      checkCommit({ ...(before ? { before } : {}), ...(afterwards ? { after: afterwards } : {}), rows, catalogWrites, targets: () => targets ?? sqls.map(postgresTargets), searchPath: this.searchPath, approved: this.approval.approved, bounds: this.approval.bounds });
    if (after || mark.before) return check(mark.before, after);
    // Row writes only, the catalog unchanged: the tables counted name the effects; when one seems beyond the
    // approval, the catalog (the same before and after) is read to judge it fully (partitions, inheritance).
    const tables = { objects: new Map(counters.tables.map((t) => [`relation:${t.id}`, t])), rows: new Map() };
    const quick = check(tables, tables);
    if (!quick.beyond.length) return quick;
    const catalog = this.snapshotIn(await this.queries(this.snapshotSqls));
    return check(catalog, catalog);
  }

  /**
   * Fires the transaction's deferred triggers, round after round, until a round changes no counter (nothing fired
   * that wrote, so nothing new was deferred): the counters then hold everything COMMIT would add.
   */
  private async settled(counters: Array<Record<string, unknown>>): Promise<Array<Record<string, unknown>>> {
    let last = counters;
    for (let round = 0; round < SETTLE_ROUNDS; round++) {
      await this.queries([SETTLE_DEFERRED_SQL]).catch((error: Error) => {
        throw new DeferredConstraintsFailed(error);
      });
      // A deferred trigger may switch row statistics off as well: asked again after each round.
      const [now, state] = await this.queries([TRANSACTION_COUNTERS_SQL, TRANSACTION_STATE_SQL]);
      counting(state![0]!);
      if (sameCounters(last, now!)) return now!;
      last = now!;
    }
    throw new Error(`deferred triggers were still firing after ${SETTLE_ROUNDS} rounds of SET CONSTRAINTS ALL IMMEDIATE`);
  }

  /** The snapshot among the results of a round trip, whose statements from `at` on are this.snapshotSqls. */
  private snapshotIn(results: ReadonlyArray<Array<Record<string, unknown>>>, at = 0): CatalogSnapshot {
    return { objects: catalogObjects(results[at + SNAPSHOT_AT]!), rows: new Map() };
  }
}

const isTrue = (value: unknown) => value === true || value === 't';

/** Row statistics switched off (a superuser's function may: the scanner flags SET track_counts) count nothing. */
function counting(state: Record<string, unknown>): void {
  if (state.counting !== 'on') throw new Error('row statistics are switched off (track_counts is off), so what this transaction wrote cannot be counted');
}

function sameCounters(a: readonly Record<string, unknown>[], b: readonly Record<string, unknown>[]): boolean {
  const key = (rows: readonly Record<string, unknown>[]) => JSON.stringify(rows.map((r) => [r.id, String(r.inserted), String(r.updated), String(r.deleted)]).sort());
  return key(a) === key(b);
}

/**
 * Whether a statement may change the catalog: anything but plain row writes (INSERT, UPDATE, DELETE, MERGE, COPY).
 * A transaction of row writes only is marked without reading the catalog; a trigger that changes it is refused.
 */
/** Runs `work` and adds the time it took to `clock.elapsedMs`: what a check costs, for the answer and the bench. */
export async function timedInto<T>(clock: { elapsedMs: number }, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    clock.elapsedMs += performance.now() - started;
  }
}

export function mayChangeCatalog(sql: string): boolean {
  const text = sql.replace(/^(\s+|--[^\n]*(\n|$)|\/\*[\s\S]*?\*\/)*/, '');
  return !/^(INSERT|UPDATE|DELETE|MERGE|COPY)\b/i.test(text);
}

/** The measured effects as reported: each judged, the ones beyond the approval with why. */
export function reportEffects(check: CommitCheck): MeasuredEffect[] {
  const beyond = new Map(check.beyond.map(({ effect, why }) => [effectKey(effect), why]));
  return check.measured.map(({ effect, rule }: JudgedEffect) => {
    const why = beyond.get(effectKey(effect));
    return { kind: effect.kind, object: effect.object, ...(effect.attribute ? { attribute: effect.attribute } : {}), description: effect.description, ...(effect.rows !== undefined ? { rows: effect.rows } : {}), rule, ...(why ? { beyond: why } : {}) };
  });
}

/** The effects beyond the approval, in words (for refusals over HTTP and on the wire): what, after which statement, why. */
export function beyondText(effects: readonly MeasuredEffect[]): string {
  const beyond = effects.filter((e) => e.beyond);
  const shown = beyond.slice(0, 5).map((e) => `it ${e.description}${e.after ? ` (after statement ${e.after.index + 1}, ${e.after.path})` : ''}: ${e.beyond}`);
  return `${shown.join('; ')}${beyond.length > 5 ? `; and ${beyond.length - 5} more` : ''}`;
}
