/**
 * The gateway's check on MySQL and MariaDB, where DDL commits on its own: per statement, not per transaction. A
 * transaction of row statements is checked before its COMMIT by the rows each statement's result says it changed in
 * the table it writes (the bounds of max-rows; what a trigger does elsewhere is not counted there); a statement that
 * commits on its own (DDL, CALL) by the catalog diff around it, judged by the same closed table and coverage as on
 * PostgreSQL (commit-check.ts). The catalog is read without counting rows: that would read whole production tables.
 */
import { checkCommit, type CommitCheck } from '../../effects/commit-check.js';
import type { CatalogSnapshot } from '../../effects/model.js';
import type { RowCounts } from '../../effects/rehearse.js';
import { snapshotMysql } from '../../effects/shadow-mysql.js';
import { mysqlTargets } from '../../scan/dialects/mysql-targets.js';
import type { Dialect } from '../../scan/types.js';
import type { DatabaseSession } from './database.js';
import { timedInto, type EffectsApproval } from './effects-watch.js';

const OPERATION_COUNT = { insert: 'inserted', update: 'updated', delete: 'deleted' } as const;

export class MysqlEffectsCheck {
  /** The time the check took (its catalog reads and judgement), in milliseconds. */
  elapsedMs = 0;

  /** `withSession`: where the catalog is read (exec: the run's own connection; the wire endpoint: a pooled one, as DDL commits). */
  constructor(
    private readonly withSession: <T>(work: (session: DatabaseSession) => Promise<T>) => Promise<T>,
    private readonly approval: EffectsApproval,
    private readonly database: string,
    private readonly dialect: Dialect,
  ) {}

  /** The connection database's catalog, its tables named in it (so unqualified names resolve there). */
  async snapshot(): Promise<CatalogSnapshot> {
    return timedInto(this, async () => {
      const snapshot = await this.withSession((session) => snapshotMysql(async (sql, params) => (await session.query(sql, params ?? [])).rows as never[], this.database, { counts: false }));
      for (const object of snapshot.objects.values()) if (object.kind === 'relation') object.attrs.schema = this.database;
      return snapshot;
    });
  }

  /** Row statements before their COMMIT: the rows each one's result counts, in the tables it writes. */
  rows(catalog: CatalogSnapshot, statements: ReadonlyArray<{ sql: string; rows: number }>): CommitCheck {
    const started = performance.now();
    const counts: RowCounts = new Map();
    const targets = statements.map((s) => mysqlTargets(s.sql, this.dialect));
    for (const [i, target] of targets.entries()) {
      for (const { op, table } of target.rows) {
        if (op === 'truncate') continue;
        // A multi-table statement's count is not split by table: each table it writes is charged with all of it.
        const entry = counts.get(table.name) ?? { inserted: 0, updated: 0, deleted: 0 };
        entry[OPERATION_COUNT[op]] += statements[i]!.rows;
        counts.set(table.name, entry);
      }
    }
    const check = checkCommit({ before: catalog, after: catalog, rows: counts, targets: () => targets, searchPath: [this.database], approved: this.approval.approved, bounds: this.approval.bounds });
    this.elapsedMs += performance.now() - started;
    return check;
  }

  /** Statements that committed on their own: the catalog diff around them. */
  catalog(sqls: readonly string[], before: CatalogSnapshot, after: CatalogSnapshot): CommitCheck {
    const started = performance.now();
    const check = checkCommit({ before, after, rows: new Map(), targets: () => sqls.map((sql) => mysqlTargets(sql, this.dialect)), searchPath: [this.database], approved: this.approval.approved, bounds: this.approval.bounds });
    this.elapsedMs += performance.now() - started;
    return check;
  }
}
