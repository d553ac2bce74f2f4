/**
 * The ledger: which files of which plans a connection's database has applied, so that nothing runs twice.
 * It lives in the target database itself (schema `migration_guard`), like every migration tool's history
 * table, because only there can it be written in the same transaction as the statements it records: a file is
 * in the ledger exactly when its statements are committed. Runs on one database are serialised by an advisory
 * lock, so two concurrent runs of the same plan apply it once.
 */
import { ALREADY_APPLIED } from '../../plan/execution.js';
import { fileDigest } from '../../plan/plan.js';
import type { DatabaseSession } from './database.js';
import type { PlannedStatement } from './execute.js';

/** Held (session-level) on the target database for a whole run; other runs wait for it. */
export const LEDGER_LOCK = 7_245_102;

const SCHEMA = [
  'CREATE SCHEMA IF NOT EXISTS migration_guard',
  `CREATE TABLE IF NOT EXISTS migration_guard.ledger (
    path text PRIMARY KEY, file_digest text NOT NULL, statements int NOT NULL, applied int NOT NULL,
    plan_digest text NOT NULL, session text NOT NULL, identity jsonb NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
];

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
}

/** Who applies, recorded with every ledger row. */
export interface LedgerContext {
  planDigest: string;
  session: string;
  identity: Record<string, string | undefined>;
}

export async function ledgerExists(session: DatabaseSession): Promise<boolean> {
  const exists = await session.query("SELECT to_regclass('migration_guard.ledger') IS NOT NULL AS present", []);
  return exists.rows[0]?.present === true;
}

/** Takes the ledger's lock and creates the ledger the first time (the connection's role needs CREATE on the database once). */
export async function lockLedger(session: DatabaseSession): Promise<void> {
  await session.query('SELECT pg_advisory_lock($1)', [LEDGER_LOCK]);
  if (!(await ledgerExists(session))) for (const statement of SCHEMA) await session.query(statement);
}

export async function unlockLedger(session: DatabaseSession): Promise<void> {
  await session.query('SELECT pg_advisory_unlock($1)', [LEDGER_LOCK]);
}

export async function readLedger(session: DatabaseSession): Promise<Map<string, LedgerEntry>> {
  const { rows } = await session.query(
    "SELECT path, file_digest, statements, applied, plan_digest, session, identity, to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS applied_at FROM migration_guard.ledger ORDER BY path",
    [],
  );
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
export async function recordProgress(session: DatabaseSession, files: PlanFiles, paths: Iterable<string>, progress: ReadonlyMap<string, number>, context: LedgerContext): Promise<void> {
  for (const path of paths) {
    const file = files.get(path)!;
    await session.query(
      `INSERT INTO migration_guard.ledger (path, file_digest, statements, applied, plan_digest, session, identity, applied_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (path) DO UPDATE SET file_digest = EXCLUDED.file_digest, statements = EXCLUDED.statements, applied = EXCLUDED.applied,
         plan_digest = EXCLUDED.plan_digest, session = EXCLUDED.session, identity = EXCLUDED.identity, applied_at = EXCLUDED.applied_at`,
      [path, file.digest, file.statements.length, progress.get(path) ?? 0, context.planDigest, context.session, JSON.stringify(context.identity)],
    );
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
