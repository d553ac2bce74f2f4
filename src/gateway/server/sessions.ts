/**
 * Sessions and used subject tokens in the gateway's store: the only module that knows the `mg_sessions` and
 * `mg_used_jti` tables. Every status change is a compare-and-set, so two requests can never both claim a session.
 */
import type { ApprovedEffect } from '../../plan/plan.js';
import type { PlannedStatement, StatementResult } from './execute.js';
import { GroupCommit } from './group-commit.js';
import type { SqlClient } from './store.js';

export const IDENTITY_CLAIMS = ['sub', 'repository', 'repository_owner', 'ref', 'sha', 'environment', 'workflow', 'job_workflow_ref', 'run_id', 'run_attempt', 'actor', 'event_name'] as const;
export type Identity = Partial<Record<(typeof IDENTITY_CLAIMS)[number], string>>;

export type SessionStatus = 'issued' | 'review_pending' | 'approved' | 'running' | 'wire_open' | 'done' | 'failed' | 'blocked' | 'rejected' | 'revoked';

/** Statuses a session never leaves. */
export const FINAL_STATUSES: readonly SessionStatus[] = ['done', 'failed', 'blocked', 'rejected', 'revoked'];

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
  /** The plan as it was sent (kept for a review, and for the wire endpoint): its statements and its approved effects. */
  request: { statements: PlannedStatement[]; effects?: ApprovedEffect[]; requested_at?: string } | null;
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

export interface SubjectTokenUse {
  jti: string;
  issuer: string;
  expiresAtEpoch: number;
}

export class SessionStore {
  constructor(private readonly db: SqlClient) {}

  /**
   * Records the subject token's id and creates the session: false, and no session, when the token was exchanged
   * before (replay). Concurrent exchanges are written together, in one statement (group commit).
   */
  createFor(subjectToken: SubjectTokenUse, session: NewSession): Promise<boolean> {
    return this.creations.submit({ subjectToken, session });
  }

  private readonly creations = new GroupCommit<{ subjectToken: SubjectTokenUse; session: NewSession }, boolean>(async (group) => {
    // A token twice in one group: the first claims it (or finds it used) and the second is a replay either way.
    const seen = new Set<string>();
    const firsts = group.map(({ subjectToken }) => {
      const key = JSON.stringify([subjectToken.issuer, subjectToken.jti]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const rows = group.filter((_, i) => firsts[i]).map(({ subjectToken: t, session: s }) => ({
      jti: t.jti, issuer: t.issuer, exp: t.expiresAtEpoch,
      id: s.id, connection: s.connection, plan_digest: s.planDigest, verdict: s.verdict, identity: s.identity, expires_at: s.expiresAt.toISOString(), scope: s.scope,
    }));
    const created = await this.db.query<{ id: string }>(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(jti text, issuer text, exp double precision, id text, connection text,
           plan_digest text, verdict text, identity jsonb, expires_at timestamptz, scope text)),
       claimed AS (INSERT INTO mg_used_jti (jti, issuer, expires_at) SELECT jti, issuer, to_timestamp(exp) FROM input ON CONFLICT DO NOTHING RETURNING jti, issuer)
       INSERT INTO mg_sessions (id, connection, plan_digest, verdict, identity, status, expires_at, scope)
       SELECT id, connection, plan_digest, verdict, identity, 'issued', expires_at, scope FROM input JOIN claimed USING (issuer, jti)
       RETURNING id`,
      [JSON.stringify(rows)],
    );
    const ids = new Set(created.rows.map((r) => r.id));
    return group.map(({ session }, i) => firsts[i]! && ids.has(session.id));
  });

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

  /** The end of a run: its status (a revoked session stays revoked), every statement's result and the summary message. */
  async finish(id: string, status: 'done' | 'failed', results: StatementResult[], message: string): Promise<void> {
    await this.db.query("UPDATE mg_sessions SET status = CASE WHEN status = 'revoked' THEN status ELSE $2 END, results = $3, message = $4 WHERE id = $1", [id, status, JSON.stringify(results), message]);
  }

  /**
   * Revokes a session that has not ended (`session revoke`): its token is refused from now on by every replica, and
   * the replica running it ends its run or wire connections within seconds. False when it had ended or is unknown.
   */
  async revoke(id: string, reason: string): Promise<SessionRow | undefined> {
    const { rows } = await this.db.query<SessionRow>(
      `UPDATE mg_sessions SET status = 'revoked', message = $2 WHERE id = $1 AND status <> ALL($3::text[]) RETURNING *`,
      [id, `revoked by an operator: ${reason}`, FINAL_STATUSES],
    );
    return rows[0];
  }

  /** Which of these sessions were revoked (a replica checks those it runs). */
  async revokedAmong(ids: readonly string[]): Promise<string[]> {
    if (!ids.length) return [];
    return (await this.db.query<{ id: string }>("SELECT id FROM mg_sessions WHERE id = ANY($1::text[]) AND status = 'revoked'", [ids])).rows.map((r) => r.id);
  }

  /** The latest sessions, newest first (`session list`); `open`: only those not ended and not expired. */
  async list(options: { connection?: string; open?: boolean; limit: number }): Promise<Array<SessionRow & { created_at: string | Date }>> {
    return (
      await this.db.query<SessionRow & { created_at: string | Date }>(
        `SELECT id, connection, plan_digest, verdict, scope, identity, status, message, created_at, expires_at, NULL AS review, NULL AS request, NULL AS results
         FROM mg_sessions WHERE ($1::text IS NULL OR connection = $1) AND (NOT $2 OR (status <> ALL($3::text[]) AND expires_at > now()))
         ORDER BY created_at DESC LIMIT $4`,
        [options.connection ?? null, options.open === true, FINAL_STATUSES, options.limit],
      )
    ).rows;
  }
}
