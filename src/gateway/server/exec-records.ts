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
  return { session: session.id, connection: session.connection, actor: session.identity.actor, repository: session.identity.repository, run_id: session.identity.run_id };
}

export function startRecords(granularity: AuditGranularity, session: SessionRow, group: readonly PlannedStatement[]): AuditEntry[] {
  const who = whoRuns(session);
  const named = (s: PlannedStatement) => ({ index: s.index, path: s.path, digest: s.digest, sql: s.sql });
  if (granularity === 'transaction') return [{ kind: 'statements.start', data: { ...who, statements: group.map(named) } }];
  return group.map((s) => ({ kind: 'statement.start', data: { ...who, ...named(s) } }));
}

export function resultRecords(granularity: AuditGranularity, session: SessionRow, results: readonly StatementResult[]): AuditEntry[] {
  const outcome = (r: StatementResult) => ({ index: r.index, status: r.status, rows_affected: r.rows_affected, duration_ms: r.duration_ms, error: r.error?.message });
  if (granularity === 'transaction') return [{ kind: 'statements.result', data: { session: session.id, results: results.map(outcome) } }];
  return results.map((r) => ({ kind: 'statement.result', data: { session: session.id, ...outcome(r) } }));
}
