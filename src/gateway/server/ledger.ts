/**
 * The ledger: which files of which plans a connection's database has applied, so that nothing runs twice.
 * It lives in the target database itself (schema `migration_guard`), like every migration tool's history
 * table, because only there can it be written in the same transaction as the statements it records: a file is
 * in the ledger exactly when its statements are committed. Runs on one database are serialised by an advisory
 * lock, so two concurrent runs of the same plan apply it once.
 *
 * On MySQL and MariaDB the ledger is the table `migration_guard_ledger` in the connection's database (an account
 * there rarely may create databases), the lock a named lock. DDL commits implicitly there, so a statement that
 * cannot share a transaction with its ledger write is announced first (`pending`): a run cut off while it ran
 * leaves the ledger saying which statement may or may not have taken effect, and the next run stops there.
 */
import { ALREADY_APPLIED } from '../../plan/execution.js';
import { fileDigest } from '../../plan/plan.js';
import type { DatabaseSession } from './database.js';
import type { PlannedStatement } from './execute.js';

/** Held (session-level) on the target database for a whole run; other runs wait for it. */
export const LEDGER_LOCK = 7_245_102;

/** The ledger's statements per engine. */
const SQL = {
  postgres: {
    schema: [
      'CREATE SCHEMA IF NOT EXISTS migration_guard',
      `CREATE TABLE IF NOT EXISTS migration_guard.ledger (
    path text PRIMARY KEY, file_digest text NOT NULL, statements int NOT NULL, applied int NOT NULL,
    plan_digest text NOT NULL, session text NOT NULL, identity jsonb NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    ],
    exists: "SELECT to_regclass('migration_guard.ledger') IS NOT NULL AS present",
    lock: `SELECT pg_advisory_lock(${LEDGER_LOCK}) AS locked`,
    unlock: `SELECT pg_advisory_unlock(${LEDGER_LOCK})`,
    read: "SELECT path, file_digest, statements, applied, NULL AS pending, plan_digest, session, identity, to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS applied_at FROM migration_guard.ledger ORDER BY path",
    record: `INSERT INTO migration_guard.ledger (path, file_digest, statements, applied, plan_digest, session, identity, applied_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (path) DO UPDATE SET file_digest = EXCLUDED.file_digest, statements = EXCLUDED.statements, applied = EXCLUDED.applied,
         plan_digest = EXCLUDED.plan_digest, session = EXCLUDED.session, identity = EXCLUDED.identity, applied_at = EXCLUDED.applied_at`,
    table: 'migration_guard.ledger',
  },
  mysql: {
    schema: [
      `CREATE TABLE IF NOT EXISTS migration_guard_ledger (
    path VARCHAR(700) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin PRIMARY KEY, file_digest VARCHAR(100) NOT NULL, statements INT NOT NULL, applied INT NOT NULL,
    pending INT NULL, plan_digest VARCHAR(100) NOT NULL, session VARCHAR(64) NOT NULL, identity TEXT NOT NULL, applied_at DATETIME(3) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`,
    ],
    exists: "SELECT COUNT(*) > 0 AS present FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migration_guard_ledger'",
    // A named lock is the session's until released or the connection ends (COM_RESET_CONNECTION frees it too).
    lock: "SELECT GET_LOCK('migration_guard.ledger', 3600) AS locked",
    unlock: "SELECT RELEASE_LOCK('migration_guard.ledger')",
    read: "SELECT path, file_digest, statements, applied, pending, plan_digest, session, identity, DATE_FORMAT(applied_at, '%Y-%m-%dT%H:%i:%sZ') AS applied_at FROM migration_guard_ledger ORDER BY path",
    record: `INSERT INTO migration_guard_ledger (path, file_digest, statements, applied, pending, plan_digest, session, identity, applied_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(3))
       ON DUPLICATE KEY UPDATE file_digest = VALUES(file_digest), statements = VALUES(statements), applied = VALUES(applied), pending = VALUES(pending),
         plan_digest = VALUES(plan_digest), session = VALUES(session), identity = VALUES(identity), applied_at = VALUES(applied_at)`,
    table: 'migration_guard_ledger',
  },
} as const;

export interface LedgerEntry {
  path: string;
  fileDigest: string;
  /** Statements in the file, and how many of them are committed (fewer only after a failure between transactions). */
  statements: number;
  applied: number;
  planDigest: string;
  session: string;
  identity: Record<string, string>;
  appliedAt: string;
  /** MySQL: the statement (1-based, in the file) that was running when the run was cut off, if one was. */
  pending?: number;
}

/** Who applies, recorded with every ledger row. */
export interface LedgerContext {
  planDigest: string;
  session: string;
  identity: Record<string, string | undefined>;
}

/** Where the ledger is in the connection's database, as an operator would query it. */
export const ledgerTable = (session: Pick<DatabaseSession, 'engine'>) => SQL[session.engine].table;

export async function ledgerExists(session: DatabaseSession): Promise<boolean> {
  const exists = await session.query(SQL[session.engine].exists, []);
  const present = exists.rows[0]?.present;
  return present === true || Number(present) === 1;
}

/** Takes the ledger's lock and creates the ledger the first time (the connection's role needs CREATE on the database once). */
export async function lockLedger(session: DatabaseSession): Promise<void> {
  const { rows } = await session.query(SQL[session.engine].lock, []);
  if (session.engine === 'mysql' && Number(rows[0]?.locked) !== 1) throw new Error('another run has held the ledger lock for an hour; nothing was run');
  if (!(await ledgerExists(session))) for (const statement of SQL[session.engine].schema) await session.query(statement);
}

export async function unlockLedger(session: DatabaseSession): Promise<void> {
  await session.query(SQL[session.engine].unlock, []);
}

export async function readLedger(session: DatabaseSession): Promise<Map<string, LedgerEntry>> {
  const { rows } = await session.query(SQL[session.engine].read, []);
  return new Map(
    rows.map((r) => [
      String(r.path),
      {
        path: String(r.path),
        fileDigest: String(r.file_digest),
        statements: Number(r.statements),
        applied: Number(r.applied),
        planDigest: String(r.plan_digest),
        session: String(r.session),
        identity: (typeof r.identity === 'string' ? JSON.parse(r.identity) : r.identity) as Record<string, string>,
        appliedAt: String(r.applied_at),
        ...(r.pending === null || r.pending === undefined ? {} : { pending: Number(r.pending) }),
      },
    ]),
  );
}

/** What the ledger says about a plan: statements to skip (with why), or the file that changed after it was applied. */
export type LedgerCheck = { ok: true; skip: Map<number, string>; progress: Map<string, number> } | { ok: false; message: string };

export function checkAgainstLedger(files: PlanFiles, ledger: ReadonlyMap<string, LedgerEntry>): LedgerCheck {
  const skip = new Map<number, string>();
  const progress = new Map<string, number>();
  for (const [path, { statements: file, digest }] of files) {
    const entry = ledger.get(path);
    if (!entry) continue;
    if (entry.pending !== undefined) {
      return {
        ok: false,
        message: `statement ${entry.pending} of ${path} was running when session ${entry.session} was cut off, and MySQL commits DDL on its own, so whether it took effect is unknown. Look at the database; then, if it took effect: UPDATE migration_guard_ledger SET applied = ${entry.pending}, pending = NULL WHERE path = '${path.replace(/'/g, "''")}'; if not: UPDATE migration_guard_ledger SET pending = NULL WHERE path = '${path.replace(/'/g, "''")}'. Nothing was run`,
      };
    }
    if (entry.fileDigest !== digest) {
      return {
        ok: false,
        message: `${path} was applied on ${entry.appliedAt} (session ${entry.session}, plan ${entry.planDigest}) and has changed since: an applied migration must not be edited. Restore it and add the change as a new migration; nothing was run`,
      };
    }
    const note = `${ALREADY_APPLIED} on ${entry.appliedAt} by session ${entry.session}`;
    for (const s of file.slice(0, entry.applied)) skip.set(s.index, note);
    progress.set(path, entry.applied);
  }
  return { ok: true, skip, progress };
}

/**
 * Records how far each file has got, inside the caller's transaction. `progress` counts a file's statements
 * committed or about to be committed with this write.
 */
export async function recordProgress(session: DatabaseSession, files: PlanFiles, paths: Iterable<string>, progress: ReadonlyMap<string, number>, context: LedgerContext, pending?: { path: string; statement: number }): Promise<void> {
  for (const path of paths) {
    const file = files.get(path)!;
    const common = [file.digest, file.statements.length, progress.get(path) ?? 0];
    const who = [context.planDigest, context.session, JSON.stringify(context.identity)];
    const params = session.engine === 'mysql' ? [path, ...common, pending?.path === path ? pending.statement : null, ...who] : [path, ...common, ...who];
    await session.query(SQL[session.engine].record, params);
  }
}

/** A plan's files: their statements in order and their digest, computed once per run. */
export type PlanFiles = ReadonlyMap<string, { statements: PlannedStatement[]; digest: string }>;

export function planFilesOf(statements: readonly PlannedStatement[]): PlanFiles {
  const grouped = new Map<string, PlannedStatement[]>();
  for (const s of statements) {
    const file = grouped.get(s.path);
    if (file) file.push(s);
    else grouped.set(s.path, [s]);
  }
  return new Map([...grouped].map(([path, file]) => [path, { statements: file, digest: fileDigest(file.map((s) => s.digest)) }]));
}

/** The plan's statements the ledger does not have as applied, and those it has (with its note), in plan order. */
export function notYetApplied(statements: readonly PlannedStatement[], skip: ReadonlyMap<number, string>): { remaining: PlannedStatement[]; skipped: Array<{ statement: PlannedStatement; note: string }> } {
  const remaining: PlannedStatement[] = [];
  const skipped: Array<{ statement: PlannedStatement; note: string }> = [];
  for (const statement of statements) {
    const note = skip.get(statement.index);
    if (note) skipped.push({ statement, note });
    else remaining.push(statement);
  }
  return { remaining, skipped };
}
