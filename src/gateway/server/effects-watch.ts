/**
 * The check before COMMIT, on a run's own database session (PostgreSQL or PGlite): a catalog snapshot and the
 * transaction's row statistics at BEGIN, again before COMMIT, judged by src/effects/commit-check.ts. The rows of a
 * production database are never counted: row effects come from pg_stat_xact_user_tables (this transaction only),
 * a TRUNCATE from the table's replaced storage.
 */
import { checkCommit, type CommitCheck, type RowBounds } from '../../effects/commit-check.js';
import type { JudgedEffect } from '../../effects/judge.js';
import { effectKey, type CatalogSnapshot } from '../../effects/model.js';
import { delta, type RowCounts } from '../../effects/rehearse.js';
import { snapshotPostgres, transactionRowsPostgres, type RunQuery } from '../../effects/snapshot-postgres.js';
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
  description: string;
  rows?: number;
  /** The rule of the closed table it falls under (null: reviewed as safe, or on what the run created). */
  rule: string | null;
  /** Beyond the approval: why. */
  beyond?: string;
  /** The statement after which it appeared (named when the check refused the transaction). */
  after?: { index: number; path: string };
}

/** The state at BEGIN of one transaction. */
export interface Mark {
  before: CatalogSnapshot;
  rows: RowCounts;
}

export class EffectsWatch {
  private constructor(
    private readonly query: RunQuery,
    private readonly approval: EffectsApproval,
    private readonly withoutPasswords: boolean,
    private readonly searchPath: string[],
  ) {}

  /**
   * On the connection the run uses (a session's queries, or the wire relay's own), outside a transaction: what it
   * may read (pg_authid) and where unqualified names resolve. Values may come typed (pg, PGlite) or as text (wire).
   */
  static async open(query: RunQuery, approval: EffectsApproval): Promise<EffectsWatch> {
    const [probe] = await query<{ authid: boolean | string; path: string[] | string }>("SELECT pg_catalog.has_table_privilege('pg_catalog.pg_authid', 'SELECT') AS authid, pg_catalog.current_schemas(true)::text[] AS path");
    const path = Array.isArray(probe!.path) ? probe!.path : String(probe!.path).replace(/^\{|\}$/g, '').split(',').filter(Boolean);
    const authid = probe!.authid === true || probe!.authid === 't';
    return new EffectsWatch(query, approval, !authid, path.map((s) => s.replace(/^"|"$/g, '')));
  }

  /** The same on a gateway database session. */
  static onSession(session: DatabaseSession, approval: EffectsApproval): Promise<EffectsWatch> {
    return EffectsWatch.open(async <T,>(sql: string) => (await session.query(sql)).rows as T[], approval);
  }

  /**
   * Right after BEGIN, inside the transaction: PostgreSQL passes a backend's row statistics on (and starts them
   * again) only between transactions, so the counts now are what the transaction's are measured from. One query at
   * a time: the wire relay's connection runs one.
   */
  async mark(): Promise<Mark> {
    const before = await this.snapshot();
    return { before, rows: await transactionRowsPostgres(this.query) };
  }

  /**
   * Before COMMIT: what the transaction did since `mark`, and what of it goes beyond the approval. `rows: false`
   * after a statement that ran outside a transaction, whose row statistics may have been passed on meanwhile.
   */
  async check(mark: Mark, sqls: readonly string[], options: { targets?: readonly StatementTargets[]; rows?: boolean } = {}): Promise<CommitCheck> {
    const after = await this.snapshot();
    const rows = options.rows === false ? new Map() : delta(mark.rows, await transactionRowsPostgres(this.query));
    return checkCommit({ before: mark.before, after, rows, targets: options.targets ?? sqls.map(postgresTargets), searchPath: this.searchPath, approved: this.approval.approved, bounds: this.approval.bounds });
  }

  private snapshot(): Promise<CatalogSnapshot> {
    return snapshotPostgres(this.query, { withoutPasswords: this.withoutPasswords });
  }
}

/** The measured effects as reported: each judged, the ones beyond the approval with why. */
export function reportEffects(check: CommitCheck): MeasuredEffect[] {
  const beyond = new Map(check.beyond.map(({ effect, why }) => [effectKey(effect), why]));
  return check.measured.map(({ effect, rule }: JudgedEffect) => {
    const why = beyond.get(effectKey(effect));
    return { kind: effect.kind, object: effect.object, description: effect.description, ...(effect.rows !== undefined ? { rows: effect.rows } : {}), rule, ...(why ? { beyond: why } : {}) };
  });
}
