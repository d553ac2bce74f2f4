/**
 * The reference gateway's logic, independent of HTTP: RFC 8693 token exchange for a short-lived
 * session, guarded execution of exactly the approved plan, gateway-side review, and an audit record
 * for everything. The gateway alone holds database credentials; nothing here returns them.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { jwtVerify, SignJWT, errors } from 'jose';
import picomatch from 'picomatch';
import { todayOf } from '../../policy/dates.js';
import type { Policy } from '../../policy/policy.js';
import { planDigest, type Plan } from '../../plan/plan.js';
import { statementDigest } from '../../scan/scanner.js';
import type { AuditLog } from './audit.js';
import { ACCESS_CLAIMS, type ConnectionConfig, type GatewayConfig } from './config.js';
import type { Database } from './database.js';
import { executePlan, type PlannedStatement, type StatementResult } from './execute.js';
import { SESSION_ALG, type SigningKeys } from './keys.js';
import { OAuthError } from '../../errors.js';
import { oauthStatus } from './oauth-error.js';
import { reevaluate } from './reevaluate.js';
import type { Store } from './store.js';
import type { SubjectTokenVerifier } from './subject-token.js';

export const GATEWAY_ISSUER = 'migration-guard-gateway';
export const TOKEN_EXCHANGE_GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
const SUBJECT_TOKEN_TYPES = ['urn:ietf:params:oauth:token-type:jwt', 'urn:ietf:params:oauth:token-type:id_token'];
const IDENTITY_CLAIMS = ['sub', 'repository', 'repository_owner', 'ref', 'sha', 'environment', 'workflow', 'job_workflow_ref', 'run_id', 'run_attempt', 'actor', 'event_name'] as const;
const MAX_STATEMENTS = 10_000;
const MAX_SQL_BYTES = 1024 * 1024;

export type Identity = Partial<Record<(typeof IDENTITY_CLAIMS)[number], string>>;

export interface SessionRow {
  id: string;
  connection: string;
  plan_digest: string;
  verdict: string;
  identity: Identity;
  status: 'issued' | 'review_pending' | 'approved' | 'running' | 'done' | 'failed' | 'blocked' | 'rejected';
  review: { reviewer: string; decision: string; comment?: string; at: string } | null;
  request: { statements: PlannedStatement[] } | null;
  results: StatementResult[] | null;
  message: string | null;
  expires_at: string | Date;
}

export interface HttpOutcome {
  status: number;
  body: Record<string, unknown>;
}

export interface GatewayDeps {
  config: GatewayConfig;
  store: Store;
  audit: AuditLog;
  keys: SigningKeys;
  verifier: SubjectTokenVerifier;
  databases: Map<string, Database>;
  policies: Map<string, Policy>;
  now?: () => Date;
}

export class Gateway {
  private readonly now: () => Date;
  /** Executions started after a gateway-side approval, so shutdown and tests can wait for them. */
  readonly background = new Set<Promise<void>>();

  constructor(private readonly deps: GatewayDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  private connection(name: string): ConnectionConfig | undefined {
    return this.deps.config.connections.find((c) => c.name === name);
  }

  // ---------------------------------------------------------------- POST /v1/token
  async exchange(form: URLSearchParams): Promise<HttpOutcome> {
    const connectionName = form.get('audience') ?? '';
    let audited = false;
    try {
      if (form.get('grant_type') !== TOKEN_EXCHANGE_GRANT) throw new OAuthError('unsupported_grant_type', `grant_type must be ${TOKEN_EXCHANGE_GRANT}`);
      const subjectToken = form.get('subject_token');
      if (!subjectToken) throw new OAuthError('invalid_request', 'subject_token is required');
      if (!SUBJECT_TOKEN_TYPES.includes(form.get('subject_token_type') ?? '')) throw new OAuthError('invalid_request', `subject_token_type must be ${SUBJECT_TOKEN_TYPES[0]}`);
      const connection = this.connection(connectionName);
      if (!connection) throw new OAuthError('invalid_target', `audience ${JSON.stringify(connectionName.slice(0, 100))} is not a connection of this gateway`);
      const scope = form.get('scope');
      if (scope && !scope.split(' ').includes('exec')) throw new OAuthError('invalid_scope', 'scope must include exec');
      const digest = form.get('plan_digest') ?? '';
      if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new OAuthError('invalid_request', 'plan_digest must be sha256:<64 hex digits>, the plan step output');
      const verdict = form.get('verdict') ?? '';
      if (verdict === 'block') throw new OAuthError('invalid_request', 'verdict is block: a blocked plan never runs');
      if (verdict !== 'pass' && verdict !== 'approval') throw new OAuthError('invalid_request', 'verdict must be pass or approval');

      const { claims, issuer } = await this.deps.verifier.verify(subjectToken);
      const identity = identityOf(claims);
      try {
        checkAccess(connection, identity, verdict);
        const used = await this.deps.store.query('INSERT INTO mg_used_jti (jti, issuer, expires_at) VALUES ($1, $2, to_timestamp($3)) ON CONFLICT DO NOTHING', [String(claims.jti), issuer.issuer, claims.exp]);
        if (used.rowCount === 0) throw new OAuthError('invalid_grant', 'subject_token was already exchanged (jti replay); request a fresh OIDC token');
      } catch (error) {
        if (error instanceof OAuthError) {
          await this.deps.audit.append('token.refused', { connection: connection.name, reason: error.description, identity, plan_digest: digest, verdict });
          audited = true;
        }
        throw error;
      }
      const id = randomUUID();
      const ttl = this.deps.config.sessionTtl;
      const expires = new Date(this.now().getTime() + ttl * 1000);
      const record = await this.deps.audit.append('token.accepted', { session: id, connection: connection.name, plan_digest: digest, verdict, identity, expires_at: expires.toISOString() });
      await this.deps.store.query('INSERT INTO mg_sessions (id, connection, plan_digest, verdict, identity, status, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [id, connection.name, digest, verdict, JSON.stringify(identity), 'issued', expires.toISOString()]);
      const accessToken = await new SignJWT({ plan_digest: digest, verdict, identity })
        .setProtectedHeader({ alg: SESSION_ALG, kid: this.deps.keys.kid, typ: 'JWT' })
        .setIssuer(GATEWAY_ISSUER)
        .setAudience(connection.name)
        .setSubject(String(claims.sub))
        .setJti(id)
        .setIssuedAt(Math.floor(this.now().getTime() / 1000))
        .setExpirationTime(Math.floor(expires.getTime() / 1000))
        .sign(this.deps.keys.privateKey);
      return {
        status: 200,
        body: { access_token: accessToken, issued_token_type: 'urn:ietf:params:oauth:token-type:access_token', token_type: 'Bearer', expires_in: ttl, session_id: id, audit_seq: record.seq },
      };
    } catch (error) {
      const oauth = error instanceof OAuthError ? error : new OAuthError('server_error', 'the token exchange failed inside the gateway; nothing was issued');
      if (!audited) await this.deps.audit.append('token.refused', { connection: connectionName.slice(0, 100), reason: oauth.description }).catch(() => undefined);
      return { status: oauthStatus(oauth), body: oauth.body() };
    }
  }

  // ---------------------------------------------------------------- session tokens
  private async sessionFromBearer(authorization: string | undefined, connectionName?: string): Promise<SessionRow> {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    if (!token) throw new OAuthError('invalid_token', 'a session token is required (Authorization: Bearer <access_token from /v1/token>)');
    let jti: string;
    try {
      const { payload } = await jwtVerify(token, this.deps.keys.verifier, {
        issuer: GATEWAY_ISSUER,
        algorithms: [SESSION_ALG],
        currentDate: this.now(),
        ...(connectionName ? { audience: connectionName } : {}),
      });
      jti = String(payload.jti);
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new OAuthError('invalid_token', 'the session has expired; run the apply step again to get a new session');
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud') throw new OAuthError('invalid_token', `the session is not for connection ${connectionName}`);
      throw new OAuthError('invalid_token', 'the session token is invalid');
    }
    const row = await this.loadSession(jti);
    if (!row) throw new OAuthError('invalid_token', 'unknown session');
    return row;
  }

  private async loadSession(id: string): Promise<SessionRow | undefined> {
    return (await this.deps.store.query<SessionRow>('SELECT * FROM mg_sessions WHERE id = $1', [id])).rows[0];
  }

  private async reviewer(authorization: string | undefined): Promise<string | undefined> {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    if (!token) return undefined;
    const hash = createHash('sha256').update(token).digest();
    return this.deps.config.reviewers.find((r) => timingSafeEqual(Buffer.from(r.tokenSha256, 'hex'), hash))?.name;
  }

  // ---------------------------------------------------------------- POST /v1/connections/{name}/exec
  async exec(authorization: string | undefined, connectionName: string, body: unknown): Promise<HttpOutcome> {
    const connection = this.connection(connectionName);
    if (!connection) return { status: 404, body: { error: 'not_found', error_description: `no connection ${connectionName}` } };
    let session: SessionRow;
    try {
      session = await this.sessionFromBearer(authorization, connection.name);
    } catch (error) {
      const e = error as OAuthError;
      return { status: oauthStatus(e), body: e.body() };
    }
    const refuse = async (status: number, message: string, extra: Record<string, unknown> = {}, sessionStatus: SessionRow['status'] = 'blocked') => {
      await this.deps.audit.append('exec.refused', { session: session.id, connection: connection.name, reason: message, identity: session.identity });
      await this.deps.store.query('UPDATE mg_sessions SET status = $2, message = $3 WHERE id = $1 AND status = $4', [session.id, sessionStatus, message, 'issued']);
      return { status, body: { session_id: session.id, status: 'blocked', message, results: [], ...extra } };
    };
    if (session.status !== 'issued') return { status: 409, body: { session_id: session.id, status: session.status, message: 'this session was already used; each session runs one plan once' } };

    const parsed = parseExecRequest(body);
    if (typeof parsed === 'string') return refuse(400, parsed);
    if (parsed.planDigest !== session.plan_digest) return refuse(403, `plan_digest ${parsed.planDigest} is not the plan this session was issued for (${session.plan_digest})`);
    const recomputed = planDigest(parsed.plan);
    if (recomputed !== session.plan_digest) {
      return refuse(403, `digest mismatch: the statements sent hash to plan ${recomputed}, not the approved ${session.plan_digest}; only the exact approved plan can run`);
    }

    // Re-check with the gateway's own copy of the scanner and the connection's policy: the CI job's verdict is not trusted.
    const rechecked = await reevaluate(parsed.statements, this.deps.policies.get(connection.name)!, todayOf(this.now));
    if (!rechecked.ok) return refuse(403, rechecked.reason);
    const { report } = rechecked;
    const { exemptions } = report;
    const flagged = report.files.flatMap((f) => f.statements.flatMap((s) => s.findings.filter((x) => !x.exemption && (x.severity === 'block' || x.severity === 'approval')).map((x) => ({ path: f.path, index: s.index, rule: x.rule, severity: x.severity, message: x.message }))));
    if (report.verdict === 'block') return refuse(403, 'the plan contains statements at block under the gateway policy; nothing was run', { findings: flagged.filter((f) => f.severity === 'block') });
    if (report.verdict === 'approval' && session.verdict !== 'approval') {
      return refuse(403, `the gateway policy requires approval for this plan, but the session was issued for verdict ${session.verdict}; run the apply job in the approval environment (${connection.approvalEnvironment})`, { findings: flagged });
    }
    if (exemptions.applied.length) await this.deps.audit.append('exemptions.used', { session: session.id, exemptions: exemptions.applied.map((e) => ({ id: e.id, rule: e.rule, owner: e.owner, expires: e.expires, reason: e.reason })) });

    if (report.verdict === 'approval' && connection.requireReview) {
      const claimed = await this.deps.store.query('UPDATE mg_sessions SET status = $2, request = $3 WHERE id = $1 AND status = $4', [session.id, 'review_pending', JSON.stringify({ statements: parsed.statements }), 'issued']);
      if (claimed.rowCount === 0) return { status: 409, body: { session_id: session.id, status: 'conflict', message: 'this session is already being used' } };
      await this.deps.audit.append('review.requested', { session: session.id, connection: connection.name, plan_digest: session.plan_digest, identity: session.identity });
      return { status: 202, body: { session_id: session.id, status: 'review_pending', message: `a reviewer must approve session ${session.id} (migration-guard review approve ${session.id})`, results: [] } };
    }
    const claimed = await this.deps.store.query('UPDATE mg_sessions SET status = $2 WHERE id = $1 AND status = $3', [session.id, 'running', 'issued']);
    if (claimed.rowCount === 0) return { status: 409, body: { session_id: session.id, status: 'conflict', message: 'this session is already being used' } };
    return this.run(session, connection, parsed.statements);
  }

  private async run(session: SessionRow, connection: ConnectionConfig, statements: PlannedStatement[]): Promise<HttpOutcome> {
    const identity = session.identity;
    let outcome: { ok: boolean; results: StatementResult[]; message: string };
    try {
      await this.deps.audit.append('exec.start', { session: session.id, connection: connection.name, plan_digest: session.plan_digest, statements: statements.length, identity });
      outcome = await executePlan(this.deps.databases.get(connection.name)!, statements, {
        lockTimeout: connection.lockTimeout,
        statementTimeout: connection.statementTimeout,
        masking: this.deps.config.masking,
        // Each statement's record names who runs it (actor, repository, run); exec.start holds every identity claim.
        before: async (group) => {
          await this.deps.audit.appendMany(group.map((s) => ({ kind: 'statement.start', data: { session: session.id, connection: connection.name, index: s.index, path: s.path, digest: s.digest, sql: s.sql, actor: identity.actor, repository: identity.repository, run_id: identity.run_id } })));
        },
        after: async (results) => {
          await this.deps.audit.appendMany(results.map((r) => ({ kind: 'statement.result', data: { session: session.id, index: r.index, status: r.status, rows_affected: r.rows_affected, duration_ms: r.duration_ms, error: r.error?.message } })));
        },
      });
    } catch (error) {
      outcome = { ok: false, results: [], message: `execution failed before it could start: ${(error as Error).message}` };
    }
    const status = outcome.ok ? 'done' : 'failed';
    const end = await this.deps.audit.append('exec.end', { session: session.id, status, message: outcome.message }).catch(() => undefined);
    await this.deps.store.query('UPDATE mg_sessions SET status = $2, results = $3, message = $4 WHERE id = $1', [session.id, status, JSON.stringify(outcome.results), outcome.message]);
    return { status: 200, body: { session_id: session.id, status, message: outcome.message, results: outcome.results, identity, audit_seq: end?.seq } };
  }

  // ---------------------------------------------------------------- GET /v1/sessions/{id}
  async session(authorization: string | undefined, id: string): Promise<HttpOutcome> {
    const reviewer = await this.reviewer(authorization);
    let row: SessionRow | undefined;
    if (reviewer) row = await this.loadSession(id);
    else {
      try {
        row = await this.sessionFromBearer(authorization);
      } catch (error) {
        const e = error as OAuthError;
        return { status: oauthStatus(e), body: e.body() };
      }
      if (row.id !== id) return { status: 403, body: { error: 'access_denied', error_description: 'this session token is for another session' } };
    }
    if (!row) return { status: 404, body: { error: 'not_found', error_description: 'no such session' } };
    return { status: 200, body: sessionView(row, !!reviewer) };
  }

  // ---------------------------------------------------------------- POST /v1/sessions/{id}/review
  async review(authorization: string | undefined, id: string, body: unknown): Promise<HttpOutcome> {
    const reviewer = await this.reviewer(authorization);
    if (!reviewer) return { status: 401, body: { error: 'invalid_token', error_description: 'a reviewer credential is required' } };
    const decision = (body as { decision?: unknown })?.decision;
    const comment = String((body as { comment?: unknown })?.comment ?? '').slice(0, 2000);
    if (decision !== 'approve' && decision !== 'reject') return { status: 400, body: { error: 'invalid_request', error_description: 'decision must be approve or reject' } };
    const row = await this.loadSession(id);
    if (!row) return { status: 404, body: { error: 'not_found', error_description: 'no such session' } };
    if (row.status !== 'review_pending') return { status: 409, body: { error: 'conflict', error_description: `session is ${row.status}, not waiting for review` } };
    if (new Date(row.expires_at).getTime() < this.now().getTime()) return { status: 409, body: { error: 'conflict', error_description: 'session expired before it was reviewed; the apply job must start a new one' } };
    const review = { reviewer, decision, comment, at: this.now().toISOString() };
    const next = decision === 'approve' ? 'running' : 'rejected';
    const claimed = await this.deps.store.query('UPDATE mg_sessions SET status = $2, review = $3 WHERE id = $1 AND status = $4', [id, next, JSON.stringify(review), 'review_pending']);
    if (claimed.rowCount === 0) return { status: 409, body: { error: 'conflict', error_description: 'session was reviewed concurrently' } };
    await this.deps.audit.append('review', { session: id, reviewer, decision, comment, plan_digest: row.plan_digest, identity: row.identity });
    if (decision === 'approve') {
      const connection = this.connection(row.connection)!;
      const job = this.run(row, connection, row.request!.statements).then(() => undefined);
      this.background.add(job);
      void job.finally(() => this.background.delete(job));
    }
    return { status: 200, body: { session_id: id, status: next === 'running' ? 'approved' : 'rejected', reviewer } };
  }
}

export function identityOf(claims: Record<string, unknown>): Identity {
  const identity: Identity = {};
  for (const claim of IDENTITY_CLAIMS) if (claims[claim] !== undefined && claims[claim] !== null) identity[claim] = String(claims[claim]).slice(0, 300);
  return identity;
}

/** The connection's access rules on the token's claims; approval plans need the approval environment's claim. */
export function checkAccess(connection: ConnectionConfig, identity: Identity, verdict: string): void {
  for (const claim of ACCESS_CLAIMS) {
    const patterns = connection.access[claim];
    if (!patterns) continue;
    const value = identity[claim];
    if (value === undefined) throw new OAuthError('access_denied', `the token has no ${claim} claim, which connection ${connection.name} requires`);
    if (!picomatch.isMatch(value, patterns, { dot: true })) throw new OAuthError('access_denied', `claim ${claim} ${JSON.stringify(value)} is not allowed for connection ${connection.name}`);
  }
  if (verdict === 'approval') {
    if (!identity.environment) throw new OAuthError('access_denied', `the plan needs approval, but the token has no environment claim: run the apply job with environment ${connection.approvalEnvironment}`);
    if (identity.environment !== connection.approvalEnvironment) {
      throw new OAuthError('access_denied', `the plan needs approval, but the token's environment claim is ${JSON.stringify(identity.environment)}, not the approval environment ${JSON.stringify(connection.approvalEnvironment)}`);
    }
  }
}

export interface ExecRequest {
  planDigest: string;
  statements: PlannedStatement[];
  plan: Plan;
}

/** Validates the exec body: `{plan_digest, statements: [{path, sql, digest}], exemptions?}`; returns an error message or the request. */
export function parseExecRequest(body: unknown): ExecRequest | string {
  const b = body as { plan_digest?: unknown; statements?: unknown; exemptions?: unknown };
  if (!b || typeof b !== 'object') return 'the body must be a JSON object';
  if (typeof b.plan_digest !== 'string') return 'plan_digest is required';
  if (!Array.isArray(b.statements) || b.statements.length === 0) return 'statements must be a non-empty list';
  if (b.statements.length > MAX_STATEMENTS) return `at most ${MAX_STATEMENTS} statements per plan`;
  const statements: PlannedStatement[] = [];
  const files: Plan['files'] = [];
  for (const [index, raw] of (b.statements as Array<Record<string, unknown>>).entries()) {
    if (!raw || typeof raw.sql !== 'string' || typeof raw.digest !== 'string' || typeof raw.path !== 'string') return `statement ${index + 1} needs path, sql and digest`;
    if (Buffer.byteLength(raw.sql) > MAX_SQL_BYTES) return `statement ${index + 1} is larger than 1 MiB`;
    if (statementDigest(raw.sql) !== raw.digest) return `digest mismatch: statement ${index + 1} (${raw.path}) does not hash to the digest sent with it`;
    if (raw.sql.trimStart().startsWith('\\')) return `statement ${index + 1} is a psql meta-command, which the gateway cannot run`;
    const last = files[files.length - 1];
    if (last?.path === raw.path) last.statements.push(raw.digest);
    else if (files.some((f) => f.path === raw.path)) return `statements of ${raw.path} must be contiguous, in plan order`;
    else files.push({ path: raw.path, statements: [raw.digest] });
    statements.push({ index, path: raw.path, sql: raw.sql, digest: raw.digest, ...(typeof raw.line === 'number' ? { line: raw.line } : {}) });
  }
  const exemptions = Array.isArray(b.exemptions) ? (b.exemptions as Plan['exemptions']) : [];
  return { planDigest: b.plan_digest, statements, plan: { version: 1, dialect: 'postgres', files, exemptions } };
}

function sessionView(row: SessionRow, forReviewer: boolean): Record<string, unknown> {
  return {
    session_id: row.id,
    connection: row.connection,
    status: row.status,
    verdict: row.verdict,
    plan_digest: row.plan_digest,
    identity: row.identity,
    review: row.review,
    message: row.message,
    results: row.results ?? [],
    expires_at: new Date(row.expires_at).toISOString(),
    ...(forReviewer && row.request ? { statements: row.request.statements.map((s) => ({ path: s.path, sql: s.sql, digest: s.digest })) } : {}),
  };
}
