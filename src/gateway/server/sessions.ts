/**
 * Sessions and used subject tokens in the gateway's store: the only module that knows the `mg_sessions` and
 * `mg_used_jti` tables. Every status change is a compare-and-set, so two requests can never both claim a session.
 */
import type { PlannedStatement, StatementResult } from './execute.js';
import type { SqlClient } from './store.js';

export const IDENTITY_CLAIMS = ['sub', 'repository', 'repository_owner', 'ref', 'sha', 'environment', 'workflow', 'job_workflow_ref', 'run_id', 'run_attempt', 'actor', 'event_name'] as const;
export type Identity = Partial<Record<(typeof IDENTITY_CLAIMS)[number], string>>;

export type SessionStatus = 'issued' | 'review_pending' | 'approved' | 'running' | 'wire_open' | 'done' | 'failed' | 'blocked' | 'rejected';

export interface Review {
  reviewer: string;
  decision: string;
  comment?: string;
  at: string;
}

export interface SessionRow {
  id: string;
  connection: string;
  plan_digest: string;
  verdict: string;
  /** `exec` for HTTP execution, `wire` for the PostgreSQL wire endpoint. */
  scope: 'exec' | 'wire';
  identity: Identity;
  status: SessionStatus;
  review: Review | null;
  request: { statements: PlannedStatement[]; requested_at?: string } | null;
  results: StatementResult[] | null;
  message: string | null;
  expires_at: string | Date;
}

export interface NewSession {
  id: string;
  connection: string;
  planDigest: string;
  verdict: string;
  identity: Identity;
  expiresAt: Date;
  scope: 'exec' | 'wire';
}

export class SessionStore {
  constructor(private readonly db: SqlClient) {}

  /**
   * Records the subject token's id and creates the session in one statement: false, and no session, when the token
   * was exchanged before (replay).
   */
  async createFor(subjectToken: { jti: string; issuer: string; expiresAtEpoch: number }, session: NewSession): Promise<boolean> {
    const created = await this.db.query(
      `WITH claimed AS (INSERT INTO mg_used_jti (jti, issuer, expires_at) VALUES ($1, $2, to_timestamp($3)) ON CONFLICT DO NOTHING RETURNING 1)
       INSERT INTO mg_sessions (id, connection, plan_digest, verdict, identity, status, expires_at, scope)
       SELECT $4, $5, $6, $7, $8, 'issued', $9, $10 FROM claimed`,
      [subjectToken.jti, subjectToken.issuer, subjectToken.expiresAtEpoch, session.id, session.connection, session.planDigest, session.verdict, JSON.stringify(session.identity), session.expiresAt.toISOString(), session.scope],
    );
    return created.rowCount > 0;
  }

  async get(id: string): Promise<SessionRow | undefined> {
    return (await this.db.query<SessionRow>('SELECT * FROM mg_sessions WHERE id = $1', [id])).rows[0];
  }

  /** Moves a session from `from` to `to` (with what that step records); false when it is no longer in `from`. */
  async transition(id: string, from: SessionStatus, to: SessionStatus, record: { message?: string; request?: SessionRow['request']; review?: Review } = {}): Promise<boolean> {
    const claimed = await this.db.query(
      'UPDATE mg_sessions SET status = $2, message = COALESCE($4, message), request = COALESCE($5, request), review = COALESCE($6, review) WHERE id = $1 AND status = $3',
      [id, to, from, record.message ?? null, record.request ? JSON.stringify(record.request) : null, record.review ? JSON.stringify(record.review) : null],
    );
    return claimed.rowCount > 0;
  }

  /** The end of a run: its status, every statement's result and the summary message. */
  async finish(id: string, status: 'done' | 'failed', results: StatementResult[], message: string): Promise<void> {
    await this.db.query('UPDATE mg_sessions SET status = $2, results = $3, message = $4 WHERE id = $1', [id, status, JSON.stringify(results), message]);
  }
}
