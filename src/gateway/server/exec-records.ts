/**
 * The audit records an exec run writes around each group of statements (one transaction, or one statement run on
 * its own): per statement, or per group with every statement in it (`audit.granularity`). Either way the records
 * that name a group's statements are committed before any of them runs.
 */
import type { AuditEntry } from './audit.js';
import type { AuditGranularity } from './config.js';
import type { PlannedStatement, StatementResult } from './execute.js';
import type { SessionRow } from './sessions.js';

/**
 * What every record of a statement names (exec's start records, the wire endpoint's records): the session, the
 * connection and who runs it (actor, repository, run); exec.start holds every identity claim.
 */
export function whoRuns(session: SessionRow) {
  return { actor: session.identity.actor, connection: session.connection, repository: session.identity.repository, run_id: session.identity.run_id, session: session.id };
}

/**
 * With a record per statement, a long transaction's start records are written this many at a time, each write while
 * the statements before it run (execute.ts): 1,000 statements then cost little more than their largest write.
 */
export const START_RECORDS_PER_WRITE = 250;

// The per-statement records are built with their keys in sorted order: canonicalJson then writes them with the
// native JSON.stringify instead of sorting each of thousands of records.

export function startRecords(granularity: AuditGranularity, session: SessionRow, group: readonly PlannedStatement[]): AuditEntry[] {
  const who = whoRuns(session);
  if (granularity === 'transaction') return [{ kind: 'statements.start', data: { ...who, statements: group.map((s) => ({ digest: s.digest, index: s.index, path: s.path, sql: s.sql })) } }];
  const { actor, connection, repository, run_id, session: id } = who;
  return group.map((s) => ({ kind: 'statement.start', data: { actor, connection, digest: s.digest, index: s.index, path: s.path, repository, run_id, session: id, sql: s.sql } }));
}

export function resultRecords(granularity: AuditGranularity, session: SessionRow, results: readonly StatementResult[]): AuditEntry[] {
  const outcome = (r: StatementResult) => ({ duration_ms: r.duration_ms, error: r.error?.message, index: r.index, rows_affected: r.rows_affected });
  if (granularity === 'transaction') return [{ kind: 'statements.result', data: { results: results.map((r) => ({ ...outcome(r), status: r.status })), session: session.id } }];
  return results.map((r) => ({ kind: 'statement.result', data: { ...outcome(r), session: session.id, status: r.status } }));
}
