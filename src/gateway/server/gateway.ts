/**
 * The reference gateway's domain, independent of HTTP: RFC 8693 token exchange for a short-lived session,
 * guarded execution of exactly the approved plan (authorise → verify the plan → re-evaluate it under the
 * gateway's policy → claim the session → run), gateway-side review, and an audit record for everything. Methods
 * return outcomes; http.ts maps them to status codes. The gateway alone holds database credentials.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { jwtVerify, SignJWT, errors, type FlattenedJWSInput, type JWSHeaderParameters } from 'jose';
import picomatch from 'picomatch';
import { OAuthError } from '../../errors.js';
import { todayOf } from '../../policy/dates.js';
import type { Policy } from '../../policy/policy.js';
import { planDigest, type ApprovedEffect, type Plan } from '../../plan/plan.js';
import type { Report } from '../../report/report.js';
import type { Dialect } from '../../scan/types.js';
import { statementDigest } from '../../scan/scanner.js';
import { inlineCopy } from '../../scan/statement-splitter.js';
import { ColumnMasking } from './column-masking.js';
import type { AuditEntry, AuditLog } from './audit.js';
import { ACCESS_CLAIMS, type ConnectionConfig, type GatewayConfig } from './config.js';
import type { Database, DatabaseSession } from './database.js';
import type { GatewayMetrics } from './metrics.js';
import type { EffectsApproval } from './effects-watch.js';
import { executePlan, type ExecutionOptions, type ExecutionOutcome, type PlannedStatement, type StatementResult } from './execute.js';
import { executeMysqlPlan } from './execute-mysql.js';
import { resultRecords, START_RECORDS_PER_WRITE, startRecords, whoRuns } from './exec-records.js';
import { SESSION_ALG, type SigningKeys } from './keys.js';
import { reevaluate } from './reevaluate.js';
import { IDENTITY_CLAIMS, SessionStore, type Identity, type SessionRow } from './sessions.js';
import type { Store } from './store.js';
import type { SubjectTokenVerifier } from './subject-token.js';
import type { WireAttachment } from './wire/listener.js';
import type { WireSessionContext } from './wire/relay.js';
import type { MysqlWireAttachment } from './mysql-wire/listener.js';
import { nativeStage2, verifyNative } from './mysql-wire/auth.js';
import { mysqlPlanKey, type MysqlWireTool } from './mysql-wire/statements.js';
import { isMysqlDatabase } from './database-mysql.js';
import { MysqlEffectsCheck } from './effects-mysql.js';

/** A relayed client connection of either wire endpoint, as the gateway ends it. */
interface WireConnection {
  terminate(sqlState: string, message: string): void;
  /** The time its check before COMMIT took so far, in milliseconds. */
  readonly checkMs: number;
}

/** A wire session open in this process: its plan's progress and its client connections. */
interface OpenWire {
  session: SessionRow;
  statements: PlannedStatement[];
  plan: WirePlan;
  relays: Set<WireConnection>;
  /** The check's cost on the connections that ended: reported with the session's end. */
  checkMs: number;
  timer: NodeJS.Timeout;
  rules: RuleOptions;
  masking: ColumnMasking;
  effects: EffectsApproval;
}
import type { RuleOptions, WireTool } from './wire/statement-rules.js';
import { checkHistoryTables } from './wire/history-writes.js';
import { settleWireLedger, type WireLedger } from './wire-ledger.js';
import { TargetRoleError } from './database.js';
import { WirePlan } from './wire/wire-plan.js';

export type { Identity, SessionRow } from './sessions.js';

export const GATEWAY_ISSUER = 'migration-guard-gateway';
export const TOKEN_EXCHANGE_GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
const SUBJECT_TOKEN_TYPES = ['urn:ietf:params:oauth:token-type:jwt', 'urn:ietf:params:oauth:token-type:id_token'];
const MAX_STATEMENTS = 10_000;
/** Reports of wire sessions the gateway ended itself, kept for their clients' wire/end (a bound on memory). */
const MAX_ENDED_WIRES = 256;
/** GitHub's ID tokens are about 1 KiB; nothing legitimate comes near this. */
const MAX_SUBJECT_TOKEN_BYTES = 64 * 1024;
const MAX_SQL_BYTES = 1024 * 1024;
/** How long opening a wire session waits to read which columns to mask (the embedded PGlite serves one connection at a time). */
const CATALOG_WAIT_MS = 5000;

type Body = Record<string, unknown>;

/**
 * What a request came to, in the domain's words: `done` (200), `review_pending` (202), `invalid` (400),
 * `refused` (403), `not_found` (404), `conflict` (409), or an OAuth error (its own status). `body` is the
 * protocol's JSON answer.
 */
export type Outcome = ({ outcome: 'done' | 'review_pending' | 'invalid' | 'refused' | 'not_found' | 'conflict' | 'unavailable'; body: Body } | { outcome: 'oauth_error'; error: OAuthError }) & {
  /** For the request log: which session and whose identity (never a token). */
  context?: LogContext;
};

export interface LogContext {
  session?: string;
  repository?: string;
  run_id?: string;
  actor?: string;
}

const answer = (outcome: Exclude<Outcome['outcome'], 'oauth_error'>, body: Body, context?: LogContext): Outcome => ({ outcome, body, ...(context ? { context } : {}) });
const oauthError = (error: OAuthError, context?: LogContext): Outcome => ({ outcome: 'oauth_error', error, ...(context ? { context } : {}) });
const contextOf = (session: string, identity: Identity): LogContext => ({ session, repository: identity.repository, run_id: identity.run_id, actor: identity.actor });

/** A plan running on a target database, so shutdown can wait for it and, past the grace period, interrupt it. */
interface RunningPlan {
  session: string;
  done: Promise<unknown>;
  /** Stops the run (its open transaction rolls back); `why` goes into its answer (default: the gateway shuts down). */
  interrupt: (why?: string) => void;
}

/** A plan that passed every check before it may run (see Gateway.admit). */
interface Admitted {
  session: SessionRow;
  connection: ConnectionConfig;
  request: ExecRequest;
  decision: Report;
  context: LogContext;
}

/** Why an exec request does not run: `invalid` for a malformed request, `refused` for a plan the gateway will not run. */
interface Refusal {
  outcome: 'invalid' | 'refused';
  /** For the metrics: a small closed set. */
  reason: 'invalid_request' | 'plan_mismatch' | 'split_mismatch' | 'policy_block' | 'needs_approval' | 'needs_wire';
  message: string;
  extra?: Body;
}

export interface GatewayDeps {
  config: GatewayConfig;
  store: Store;
  audit: AuditLog;
  keys: SigningKeys;
  /** The audit public keys (PEM, by kid) the seals of this gateway's records verify with: published for auditors. */
  auditPublicKeys?: Array<{ kid: string; pem: string }>;
  verifier: SubjectTokenVerifier;
  databases: Map<string, Database>;
  policies: Map<string, Policy>;
  metrics?: GatewayMetrics;
  now?: () => Date;
}

export class Gateway {
  get auditPublicKeys(): Array<{ kid: string; pem: string }> {
    return this.deps.auditPublicKeys ?? [];
  }

  private readonly now: () => Date;
  private readonly sessions: SessionStore;
  /** Executions started after a gateway-side approval, so shutdown and tests can wait for them. */
  readonly background = new Set<Promise<void>>();
  /** Every plan running now (from exec or from an approval). */
  readonly running = new Map<string, RunningPlan>();
  private draining = false;
  /** Open wire sessions: their plan's progress and their client connections (in this process). */
  /** The reports of wire sessions the gateway ended itself (expiry, the check), for the client's wire/end: the latest few. */
  private readonly endedWires = new Map<string, Body>();
  private readonly wires = new Map<string, OpenWire>();
  /**
   * SHA1(SHA1(token)) of the wire sessions of mysql connections, learnt when their token is presented (opening the
   * session, polling it): what the MySQL endpoint checks a client's native-password scramble against. Never stored.
   */
  private readonly nativeVerifiers = new Map<string, { stage2: Buffer; expiresAt: number }>();
  /** Wire sessions being ended now (their ledger and records being written): wire/end waits for the same report. */
  private readonly endingWires = new Map<string, Promise<Body | undefined>>();

  constructor(private readonly deps: GatewayDeps) {
    this.now = deps.now ?? (() => new Date());
    this.sessions = new SessionStore(deps.store);
  }

  private connection(name: string): ConnectionConfig | undefined {
    return this.deps.config.connections.find((c) => c.name === name);
  }

  // ---------------------------------------------------------------- POST /v1/token
  async exchange(form: URLSearchParams): Promise<Outcome> {
    const connectionName = form.get('audience') ?? '';
    let audited = false;
    try {
      if (form.get('grant_type') !== TOKEN_EXCHANGE_GRANT) throw new OAuthError('unsupported_grant_type', `grant_type must be ${TOKEN_EXCHANGE_GRANT}`);
      const subjectToken = form.get('subject_token');
      if (!subjectToken) throw new OAuthError('invalid_request', 'subject_token is required');
      if (subjectToken.length > MAX_SUBJECT_TOKEN_BYTES) throw new OAuthError('invalid_request', `subject_token is larger than ${MAX_SUBJECT_TOKEN_BYTES / 1024} KiB; an OIDC token is a few KiB`);
      if (!SUBJECT_TOKEN_TYPES.includes(form.get('subject_token_type') ?? '')) throw new OAuthError('invalid_request', `subject_token_type must be ${SUBJECT_TOKEN_TYPES[0]}`);
      const connection = this.connection(connectionName);
      if (!connection) throw new OAuthError('invalid_target', `audience ${JSON.stringify(connectionName.slice(0, 100))} is not a connection of this gateway`);
      const scope = sessionScope(form.get('scope'));
      if (scope === 'wire' && !connection.wire) throw new OAuthError('invalid_scope', `connection ${connection.name} has no wire endpoint; use scope exec`);
      const digest = form.get('plan_digest') ?? '';
      if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new OAuthError('invalid_request', 'plan_digest must be sha256:<64 hex digits>, the plan step output');
      const verdict = form.get('verdict') ?? '';
      if (verdict === 'block') throw new OAuthError('invalid_request', 'verdict is block: a blocked plan never runs');
      if (verdict !== 'pass' && verdict !== 'approval') throw new OAuthError('invalid_request', 'verdict must be pass or approval');

      const { claims, issuer } = await this.deps.verifier.verify(subjectToken);
      const identity = identityOf(claims);
      const id = randomUUID();
      const ttl = this.deps.config.sessionTtl;
      // One clock reading for both claims: exp - iat is exactly the TTL.
      const issuedAt = Math.floor(this.now().getTime() / 1000);
      const expires = new Date((issuedAt + ttl) * 1000);
      try {
        checkAccess(connection, identity, verdict);
        const session = { id, connection: connection.name, planDigest: digest, verdict, identity, expiresAt: expires, scope };
        if (!(await this.sessions.createFor({ jti: String(claims.jti), issuer: issuer.issuer, expiresAtEpoch: Number(claims.exp) }, session))) {
          throw new OAuthError('invalid_grant', 'subject_token was already exchanged (jti replay); request a fresh OIDC token');
        }
      } catch (error) {
        if (error instanceof OAuthError) {
          await this.deps.audit.append('token.refused', { connection: connection.name, reason: error.description, identity, plan_digest: digest, verdict });
          audited = true;
        }
        throw error;
      }
      // The session row is useless without its token, and the token leaves only once the audit record is committed.
      const [record, accessToken] = await Promise.all([
        this.deps.audit.append('token.accepted', { session: id, connection: connection.name, plan_digest: digest, verdict, scope, identity, expires_at: expires.toISOString() }),
        new SignJWT({ plan_digest: digest, verdict, identity, scope })
          .setProtectedHeader({ alg: SESSION_ALG, kid: this.deps.keys.kid, typ: 'JWT' })
          .setIssuer(GATEWAY_ISSUER)
          .setAudience(connection.name)
          .setSubject(String(claims.sub))
          .setJti(id)
          .setIssuedAt(issuedAt)
          .setExpirationTime(issuedAt + ttl)
          .sign(this.deps.keys.privateKey),
      ]);
      this.deps.metrics?.exchanges.inc({ outcome: 'accepted' });
      return answer('done', { access_token: accessToken, issued_token_type: 'urn:ietf:params:oauth:token-type:access_token', token_type: 'Bearer', expires_in: ttl, scope, session_id: id, audit_seq: record.seq }, contextOf(id, identity));
    } catch (error) {
      const oauth = error instanceof OAuthError ? error : new OAuthError('server_error', 'the token exchange failed inside the gateway; nothing was issued');
      if (!audited) await this.deps.audit.append('token.refused', { connection: connectionName.slice(0, 100), reason: oauth.description }).catch(() => undefined);
      this.deps.metrics?.exchanges.inc({ outcome: 'refused' });
      this.deps.metrics?.refusals.inc({ reason: `token_${oauth.error}` });
      return oauthError(oauth);
    }
  }

  // ---------------------------------------------------------------- session tokens
  private async sessionFromBearer(authorization: string | undefined, connectionName?: string): Promise<SessionRow> {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    if (!token) throw new OAuthError('invalid_token', 'a session token is required (Authorization: Bearer <access_token from /v1/token>)');
    return this.sessionFromToken(token, connectionName);
  }

  /** The session a token stands for: signature, issuer, expiry and connection checked, then looked up. */
  private async sessionFromToken(token: string, connectionName?: string): Promise<SessionRow> {
    let jti: string;
    try {
      // A key added by `gateway rotate-key` and used by a restarted replica is looked up in the store once.
      const verifier = async (header: JWSHeaderParameters, input: FlattenedJWSInput) => {
        try {
          return await this.deps.keys.verifier(header, input);
        } catch (error) {
          if (!(error instanceof errors.JWKSNoMatchingKey)) throw error;
          const fresh = await this.deps.keys.reload();
          this.deps.keys.verifier = fresh.verifier;
          this.deps.keys.jwks = fresh.jwks;
          return fresh.verifier(header, input);
        }
      };
      const { payload } = await jwtVerify(token, verifier, {
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
    const row = await this.sessions.get(jti);
    if (!row) throw new OAuthError('invalid_token', 'unknown session');
    if (row.status === 'revoked') throw new OAuthError('invalid_token', `session ${row.id} was revoked by an operator; run the apply step again once they allow it`);
    if (row.scope === 'wire' && this.connection(row.connection)?.driver === 'mysql' && !this.nativeVerifiers.has(row.id)) {
      // Kept until the session expires (or its wire session ends): sessions never opened do not pile up.
      const now = this.now().getTime();
      for (const [id, verifier] of this.nativeVerifiers) if (verifier.expiresAt <= now) this.nativeVerifiers.delete(id);
      this.nativeVerifiers.set(row.id, { stage2: nativeStage2(token), expiresAt: new Date(row.expires_at).getTime() });
    }
    return row;
  }

  private async reviewer(authorization: string | undefined): Promise<string | undefined> {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    if (!token) return undefined;
    const hash = createHash('sha256').update(token).digest();
    return this.deps.config.reviewers.find((r) => timingSafeEqual(Buffer.from(r.tokenSha256, 'hex'), hash))?.name;
  }

  // ---------------------------------------------------------------- POST /v1/connections/{name}/exec
  async exec(authorization: string | undefined, connectionName: string, body: unknown): Promise<Outcome> {
    const admitted = await this.admit(authorization, connectionName, body, 'exec');
    if (!('request' in admitted)) return admitted;
    const { session, connection, request, decision, context } = admitted;
    if (decision.verdict === 'approval' && connection.requireReview) {
      return this.requestReview(session, connection, request, { session_id: session.id, status: 'review_pending', results: [] }, context);
    }
    // Checked again: a shutdown may have begun while the plan was being re-evaluated.
    if (this.draining) return shuttingDown(session, context);
    if (!(await this.sessions.transition(session.id, 'issued', 'running'))) return alreadyInUse(session);
    return answer('done', await this.run(session, connection, request.statements, request.plan.effects), context);
  }

  /**
   * What exec and the wire endpoint both check before a plan may run: the session (scope, status), the statements
   * sent (they hash to the session's digest) and the gateway's own verdict on them. An Outcome when it stops there.
   */
  private async admit(authorization: string | undefined, connectionName: string, body: unknown, scope: 'exec' | 'wire'): Promise<Outcome | Admitted> {
    const connection = this.connection(connectionName);
    if (!connection || (scope === 'wire' && !connection.wire)) return answer('not_found', { error: 'not_found', error_description: `no connection ${connectionName}${scope === 'wire' ? ' with a wire endpoint' : ''}` });
    let session: SessionRow;
    try {
      session = await this.sessionFromBearer(authorization, connection.name);
    } catch (error) {
      this.deps.metrics?.refusals.inc({ reason: 'invalid_session' });
      return oauthError(error as OAuthError);
    }
    const context = contextOf(session.id, session.identity);
    if (session.scope !== scope) {
      const message = scope === 'exec' ? 'this session was issued for the wire endpoint (scope wire); exchange a token with scope exec to run the plan over HTTP' : 'this session was issued for exec; exchange a token with scope wire to use the wire endpoint';
      return answer('refused', { session_id: session.id, status: session.status, message }, context);
    }
    if (this.draining) return shuttingDown(session, context);
    if (session.status !== 'issued') return answer('conflict', { session_id: session.id, status: session.status, message: 'this session was already used; each session runs one plan once' }, context);
    const request = verifyPlan(session, body, connection.dialect);
    if ('outcome' in request) return this.refuse(session, connection, request);
    const copy = scope === 'exec' ? request.statements.find((s) => /^\s*copy\b/i.test(s.sql) && inlineCopy(s.sql)) : undefined;
    if (copy) {
      return this.refuse(session, connection, {
        outcome: 'refused',
        reason: 'needs_wire',
        message: `statement ${copy.index + 1} (${copy.path}) is COPY … FROM STDIN with its rows inline, which only psql can send: apply this plan with run: psql -v ON_ERROR_STOP=1 -f ${copy.path} through the wire endpoint; nothing was run`,
      });
    }
    const decision = await this.reevaluateFor(session, connection, request.statements, request.plan.effects);
    if ('outcome' in decision) return this.refuse(session, connection, decision);
    return { session, connection, request, decision, context };
  }

  /** An approval plan on a connection with require-review: stored, audited, and answered 202 until a reviewer decides. */
  private async requestReview(session: SessionRow, connection: ConnectionConfig, request: ExecRequest, body: Body, context: LogContext): Promise<Outcome> {
    const pending = { statements: request.statements, effects: request.plan.effects, requested_at: this.now().toISOString() };
    if (!(await this.sessions.transition(session.id, 'issued', 'review_pending', { request: pending }))) return alreadyInUse(session);
    await this.deps.audit.append('review.requested', { session: session.id, connection: connection.name, plan_digest: session.plan_digest, identity: session.identity });
    return answer('review_pending', { ...body, message: `a reviewer must approve session ${session.id} (migration-guard review approve ${session.id})` }, context);
  }

  /** Re-evaluates the statements under the connection's policy and checks the session may run that verdict. */
  private async reevaluateFor(session: SessionRow, connection: ConnectionConfig, statements: PlannedStatement[], effects: ApprovedEffect[]): Promise<Report | Refusal> {
    const rechecked = await reevaluate(statements, this.deps.policies.get(connection.name)!, todayOf(this.now), effects, connection.dialect);
    if (!rechecked.ok) return { outcome: 'refused', reason: 'split_mismatch', message: rechecked.reason };
    const { report } = rechecked;
    const flagged = report.files.flatMap((f) =>
      f.statements.flatMap((s) => s.findings.filter((x) => !x.exemption && (x.severity === 'block' || x.severity === 'approval')).map((x) => ({ path: f.path, index: s.index, rule: x.rule, severity: x.severity, message: x.message }))),
    );
    if (report.verdict === 'block') {
      return { outcome: 'refused', reason: 'policy_block', message: 'the plan contains statements at block under the gateway policy; nothing was run', extra: { findings: flagged.filter((f) => f.severity === 'block') } };
    }
    if (report.verdict === 'approval' && session.verdict !== 'approval') {
      return {
        outcome: 'refused',
        reason: 'needs_approval',
        message: `the gateway policy requires approval for this plan, but the session was issued for verdict ${session.verdict}; run the apply job in the approval environment (${connection.approvalEnvironment})`,
        extra: { findings: flagged },
      };
    }
    const applied = report.exemptions.applied;
    if (applied.length) await this.deps.audit.append('exemptions.used', { session: session.id, exemptions: applied.map((e) => ({ id: e.id, rule: e.rule, owner: e.owner, expires: e.expires, reason: e.reason })) });
    return report;
  }

  /** Audits a refusal and closes the session (it can never run another plan). */
  private async refuse(session: SessionRow, connection: ConnectionConfig, refusal: Refusal): Promise<Outcome> {
    await this.deps.audit.append('exec.refused', { session: session.id, connection: connection.name, reason: refusal.message, identity: session.identity });
    await this.sessions.transition(session.id, 'issued', 'blocked', { message: refusal.message });
    this.deps.metrics?.refusals.inc({ reason: refusal.reason });
    return answer(refusal.outcome, { session_id: session.id, status: 'blocked', message: refusal.message, results: [], ...refusal.extra }, contextOf(session.id, session.identity));
  }

  private run(session: SessionRow, connection: ConnectionConfig, statements: PlannedStatement[], effects: ApprovedEffect[]): Promise<Body> {
    const abort = new AbortController();
    const done = this.execute(session, connection, statements, effects, abort.signal).finally(() => this.running.delete(session.id));
    this.running.set(session.id, { session: session.id, done, interrupt: (why) => abort.abort(why) });
    return done;
  }

  private async execute(session: SessionRow, connection: ConnectionConfig, statements: PlannedStatement[], approvedEffects: ApprovedEffect[], signal: AbortSignal): Promise<Body> {
    const identity = session.identity;
    // Results are recorded after the fact, with the next record written (the next group's start records, or
    // exec.end): a failed write cannot undo what ran, so it is reported instead.
    const resultsWritten: Array<Promise<unknown>> = [];
    const granularity = this.deps.config.auditGranularity;
    let outcome: ExecutionOutcome;
    const effects = this.effectsApproval(connection, approvedEffects);
    const approved = [...effects.approved];
    try {
      await this.deps.audit.append('exec.start', { session: session.id, connection: connection.name, plan_digest: session.plan_digest, statements: statements.length, identity });
      const options: ExecutionOptions = {
        signal,
        lockTimeout: connection.lockTimeout,
        statementTimeout: connection.statementTimeout,
        masking: this.deps.config.masking,
        chunk: granularity === 'statement' ? START_RECORDS_PER_WRITE : undefined,
        ledger: { planDigest: session.plan_digest, session: session.id, identity },
        before: async (group) => void (await this.deps.audit.appendMany(startRecords(granularity, session, group))),
        after: (results) => void resultsWritten.push(this.deps.audit.appendManySoon(resultRecords(granularity, session, results))),
        effects,
        effectsRefused: async (refused) => void (await this.deps.audit.append('exec.effects_refused', { session: session.id, connection: connection.name, identity, approved, ...refused })),
      };
      const database = this.deps.databases.get(connection.name)!;
      outcome = database.engine === 'mysql' ? await executeMysqlPlan(database, statements, { ...options, dialect: connection.dialect }) : await executePlan(database, statements, options);
    } catch (error) {
      outcome = { ok: false, results: [], message: `execution failed before it could start: ${(error as Error).message}` };
    }
    for (const result of outcome.results) this.deps.metrics?.statements.inc({ outcome: result.status });
    const status = outcome.ok ? 'done' : 'failed';
    // What the run did, as measured before each COMMIT, beside what was approved: in the audit trail and the answer.
    const measured = outcome.effects ? { approved, measured: outcome.effects, check_ms: outcome.checkMs ?? 0 } : undefined;
    const ended = await this.recordEnd(session, { status, results: outcome.results, message: outcome.message }, { kind: 'exec.end', data: { session: session.id, status, message: outcome.message, ...(measured ? { effects: measured } : {}) } }, resultsWritten);
    return { session_id: session.id, status, message: ended.message, results: outcome.results, ...(measured ? { effects: measured } : {}), identity, audit_seq: ended.auditSeq, audit_hash: ended.auditHash };
  }

  /**
   * Records the end of a run, which cannot be undone: its end record and the session's end are written at the same
   * time. A write that fails, or a gap in the run's earlier records (`recorded`), is reported as a warning in the
   * answer, never as "nothing was executed", and in the stored session's message when that could be written.
   */
  private async recordEnd(session: SessionRow, end: { status: 'done' | 'failed'; results: StatementResult[]; message: string }, record: AuditEntry, recorded: Array<Promise<unknown>> = []): Promise<{ message: string; auditSeq?: number; auditHash?: string }> {
    const [appended, written, unstored] = await Promise.all([
      this.deps.audit.append(record.kind, record.data).catch((error: Error) => error),
      Promise.allSettled(recorded),
      this.sessions.finish(session.id, end.status, end.results, end.message).then(() => undefined, (error: Error) => error),
    ]);
    const gap = written.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    const warnings = [
      ...(gap ? [`the audit records of some results could not be written (${(gap.reason as Error).message})`] : []),
      ...(appended instanceof Error ? [`the ${record.kind} audit record could not be written (${appended.message})`] : []),
      ...(unstored ? [`the session's end could not be stored (${unstored.message}), so GET /v1/sessions/${session.id} does not show this outcome`] : []),
    ];
    // The end record's place and hash: a witness of the chain the caller keeps outside the store (audit verify --witness).
    const auditSeq = appended instanceof Error ? undefined : appended.seq;
    const auditHash = appended instanceof Error ? undefined : appended.hash;
    if (!warnings.length) return { message: end.message, auditSeq, auditHash };
    const message = `${end.message} Warning: ${warnings.join('; ')}.`;
    if (!unstored) await this.sessions.finish(session.id, end.status, end.results, message).catch(() => undefined);
    return { message, auditSeq, auditHash };
  }

  // ---------------------------------------------------------------- GET /v1/sessions/{id}
  async session(authorization: string | undefined, id: string): Promise<Outcome> {
    const reviewer = await this.reviewer(authorization);
    let row: SessionRow | undefined;
    if (reviewer) row = await this.sessions.get(id);
    else {
      try {
        row = await this.sessionFromBearer(authorization);
      } catch (error) {
        return oauthError(error as OAuthError);
      }
      if (row.id !== id) return answer('refused', { error: 'access_denied', error_description: 'this session token is for another session' });
    }
    if (!row) return answer('not_found', { error: 'not_found', error_description: 'no such session' });
    return answer('done', sessionView(row, !!reviewer));
  }

  // ---------------------------------------------------------------- POST /v1/sessions/{id}/review
  async review(authorization: string | undefined, id: string, body: unknown): Promise<Outcome> {
    const reviewer = await this.reviewer(authorization);
    if (!reviewer) return oauthError(new OAuthError('invalid_token', 'a reviewer credential is required'));
    const decision = (body as { decision?: unknown })?.decision;
    const comment = String((body as { comment?: unknown })?.comment ?? '').slice(0, 2000);
    if (decision !== 'approve' && decision !== 'reject') return answer('invalid', { error: 'invalid_request', error_description: 'decision must be approve or reject' });
    const row = await this.sessions.get(id);
    if (!row) return answer('not_found', { error: 'not_found', error_description: 'no such session' });
    if (row.status !== 'review_pending') return answer('conflict', { error: 'conflict', error_description: `session is ${row.status}, not waiting for review` });
    if (new Date(row.expires_at).getTime() < this.now().getTime()) return answer('conflict', { error: 'conflict', error_description: 'session expired before it was reviewed; the apply job must start a new one' });
    const review = { reviewer, decision, comment, at: this.now().toISOString() };
    const next = decision === 'approve' ? (row.scope === 'wire' ? 'wire_open' : 'running') : 'rejected';
    const masking = next === 'wire_open' ? await this.maskingFor(this.connection(row.connection)!) : undefined;
    if (masking instanceof Error) return answer('unavailable', { error: 'unavailable', error_description: `${masking.message}; the session still waits for review: approve it again` });
    if (!(await this.sessions.transition(id, 'review_pending', next, { review }))) return answer('conflict', { error: 'conflict', error_description: 'session was reviewed concurrently' });
    await this.deps.audit.append('review', { session: id, reviewer, decision, comment, plan_digest: row.plan_digest, identity: row.identity });
    const requestedAt = Date.parse(String((row.request as { requested_at?: string } | null)?.requested_at ?? ''));
    if (Number.isFinite(requestedAt)) this.deps.metrics?.reviewWait.observe((this.now().getTime() - requestedAt) / 1000);
    if (masking) await this.openWirePlan(row, row.request!.statements, row.request!.effects ?? [], masking);
    else if (decision === 'approve') {
      const connection = this.connection(row.connection)!;
      const job = this.run(row, connection, row.request!.statements, row.request!.effects ?? []).then(() => undefined);
      this.background.add(job);
      void job.finally(() => this.background.delete(job));
    }
    return answer('done', { session_id: id, status: next === 'rejected' ? 'rejected' : 'approved', reviewer }, contextOf(id, row.identity));
  }

  // ---------------------------------------------------------------- POST /v1/connections/{name}/wire
  /**
   * Opens a wire session for the approved plan: the same checks as exec (the statements hash to the session's
   * digest, the gateway's policy re-evaluates them, approval plans need the approval environment or a reviewer),
   * then the plan is what the wire endpoint lets run, each statement once, until the session ends or expires.
   */
  async openWire(authorization: string | undefined, connectionName: string, body: unknown): Promise<Outcome> {
    const admitted = await this.admit(authorization, connectionName, body, 'wire');
    if (!('request' in admitted)) return admitted;
    const { session, connection, request, decision, context } = admitted;
    if (decision.verdict === 'approval' && connection.requireReview) {
      return this.requestReview(session, connection, request, this.wireView(session, connection, 'review_pending'), context);
    }
    if (this.draining) return shuttingDown(session, context);
    const masking = await this.maskingFor(connection);
    if (masking instanceof Error) return answer('unavailable', { session_id: session.id, status: 'issued', message: `${masking.message}; the session is unused: run the apply step again` }, context);
    if (!(await this.sessions.transition(session.id, 'issued', 'wire_open', { request: { statements: request.statements, effects: request.plan.effects } }))) return alreadyInUse(session);
    await this.openWirePlan(session, request.statements, request.plan.effects, masking);
    return answer('done', this.wireView(session, connection, 'wire_open'), context);
  }

  private async openWirePlan(session: SessionRow, statements: PlannedStatement[], approvedEffects: ApprovedEffect[], masking: ColumnMasking): Promise<void> {
    const connection = this.connection(session.connection)!;
    // Every planned statement is in this record (its digest), committed before any of them can run.
    const effects = this.effectsApproval(connection, approvedEffects);
    await this.deps.audit.append('wire.open', { session: session.id, connection: connection.name, plan_digest: session.plan_digest, tool: connection.wire!.tool, identity: session.identity, statements: statements.map((s) => ({ index: s.index, path: s.path, digest: s.digest })), ...(effects.approved.size ? { effects: [...effects.approved] } : {}) });
    const timer = setTimeout(() => void this.endWireSession(session, 'the session expired'), Math.min(Math.max(new Date(session.expires_at).getTime() - this.now().getTime(), 0), 2 ** 31 - 1));
    timer.unref();
    const plan = connection.driver === 'mysql' ? new WirePlan(statements, (sql) => mysqlPlanKey(sql, connection.dialect)) : new WirePlan(statements);
    this.wires.set(session.id, { session, statements, plan, relays: new Set(), checkMs: 0, timer, rules: { tool: postgresTool(connection), masking: masking.active }, masking, effects });
  }

  /** The check before COMMIT: the effects approved with the plan (as its digest bound them) and the gateway policy's row bounds. */
  private effectsApproval(connection: ConnectionConfig, approvedEffects: readonly ApprovedEffect[]): EffectsApproval {
    return { approved: new Set(approvedEffects.map(([, , key]) => key)), bounds: this.deps.policies.get(connection.name)!.maxRows };
  }

  /**
   * The masking rules with the table columns they mask in this connection's database, read once per wire session, or
   * why they could not be read (then the session does not open: its rows could not be masked by source column).
   */
  private async maskingFor(connection: ConnectionConfig): Promise<ColumnMasking | Error> {
    const rules = this.deps.config.masking;
    // MySQL names each result column's source column in the packet itself: rules match it by name, no catalog read.
    if (!rules.length || connection.driver === 'mysql') return new ColumnMasking(rules);
    try {
      const session = await this.deps.databases.get(connection.name)!.session(CATALOG_WAIT_MS);
      try {
        return await ColumnMasking.load(rules, (sql, params) => session.query(sql, params));
      } finally {
        await session.release();
      }
    } catch (error) {
      if (error instanceof TargetRoleError) return error;
      return new Error(`the columns to mask could not be read from database ${connection.name} (${(error as Error).message})`);
    }
  }

  private wireView(session: SessionRow, connection: ConnectionConfig, status: string): Body {
    return { session_id: session.id, status, message: `connect to the wire endpoint (database ${connection.name}, user session, the session token as password)`, wire: { protocol: connection.driver === 'mysql' ? 'mysql' : 'postgres', port: connection.wire!.port, tls: !!connection.wire!.tls, database: connection.name, user: 'session' }, results: [] };
  }

  /** The wire endpoint's check of a client's password (the session token): the session must be open for the wire. */
  async attachWire(token: string, connectionName: string): Promise<WireAttachment> {
    const session = await this.sessionFromToken(token, connectionName).catch((error: OAuthError) => {
      throw new Error(error.description ?? 'the session token is invalid');
    });
    const wire = this.wires.get(session.id);
    if (session.scope !== 'wire') throw new Error('this session was issued for exec, not for the wire endpoint');
    if (session.status === 'review_pending') throw new Error(`session ${session.id} is waiting for a reviewer`);
    if (session.status !== 'wire_open') throw new Error(`session ${session.id} is ${session.status}; open it first (POST /v1/connections/${connectionName}/wire) or run the apply step again`);
    if (!wire) throw new Error(`session ${session.id} was opened on another gateway process (or before a restart); run the apply step again`);
    const connection = this.connection(connectionName)!;
    const common = this.wireAttachment(session, wire, connection);
    return {
      ...common,
      backend: () => this.deps.databases.get(connectionName)!.wire((query) => checkHistoryTables(query, postgresTool(connection))),
      context: { ...common.context, rules: wire.rules, effects: wire.effects },
    };
  }

  /**
   * What a client of either wire endpoint gets once its session is known to be open here: the checks both make
   * (draining, connections per session), and the relay context and hooks both use. `connect`: more for wire.connect.
   */
  private wireAttachment(session: SessionRow, wire: OpenWire, connection: ConnectionConfig, connect: Record<string, unknown> = {}) {
    if (this.draining) throw new Error('the gateway is shutting down; run the apply step again');
    const perSession = connection.wire!.limits.maxConnectionsPerSession;
    if (wire.relays.size >= perSession) throw new Error(`session ${session.id} already has ${wire.relays.size} open connections (at most ${perSession}: wire.limits.max-connections-per-session)`);
    // Every record of the connection names the session and who is behind it.
    const stamped = (data: Record<string, unknown>) => ({ ...data, ...whoRuns(session) });
    const context: Omit<WireSessionContext, 'id'> = {
      plan: wire.plan,
      planDigest: session.plan_digest,
      masking: wire.masking,
      audit: async (kind, data) => void (await this.deps.audit.append(kind, stamped(data))),
      auditSoon: async (kind, data) => void (await this.deps.audit.appendSoon(kind, stamped(data))),
      refused: (rule) => this.deps.metrics?.refusals.inc({ reason: `wire_${rule}` }),
      halt: (reason) => void this.endWireSession(session, reason),
      statement: (outcome) => this.deps.metrics?.statements.inc({ outcome }),
    };
    return {
      expiresAt: new Date(session.expires_at),
      context,
      opened: (relay: WireConnection) => {
        wire.relays.add(relay);
        void this.deps.audit.append('wire.connect', { session: session.id, connection: connection.name, identity: session.identity, ...connect });
      },
      ended: (relay: WireConnection) => {
        if (wire.relays.delete(relay)) wire.checkMs += relay.checkMs;
      },
    };
  }

  /**
   * The MySQL endpoint's check of a client: its native-password answer to the scramble must come from the token of
   * an open wire session of this connection (each is tried; there are few). Then the same checks as attachWire.
   */
  async attachMysql(connectionName: string, scramble: Buffer, response: Buffer): Promise<MysqlWireAttachment> {
    const connection = this.connection(connectionName)!;
    const found = [...this.wires.values()].find((w) => {
      const verifier = this.nativeVerifiers.get(w.session.id);
      return w.session.connection === connectionName && verifier !== undefined && verifyNative(scramble, response, verifier.stage2);
    });
    if (!found) throw new Error(`access denied: the password is not the token of a wire session open on this gateway process for connection ${connectionName} (open it first: POST /v1/connections/${connectionName}/wire)`);
    const session = (await this.sessions.get(found.session.id)) ?? found.session;
    if (session.status !== 'wire_open') throw new Error(`session ${session.id} is ${session.status}; run the apply step again`);
    if (new Date(session.expires_at).getTime() <= this.now().getTime()) throw new Error('the session has expired; run the apply step again to get a new session');
    const database = this.deps.databases.get(connectionName)!;
    if (!isMysqlDatabase(database)) throw new Error(`connection ${connectionName} is not a mysql connection`);
    const common = this.wireAttachment(session, found, connection, { protocol: 'mysql' });
    // The check reads the catalog on a pooled connection: DDL commits on its own, so it sees what the relay's did.
    const pooled = async <T,>(work: (session: DatabaseSession) => Promise<T>) => {
      const borrowed = await database.session();
      try {
        return await work(borrowed);
      } finally {
        await borrowed.release();
      }
    };
    return {
      ...common,
      backend: (capabilities, collation) => database.wireBackend(capabilities, collation),
      context: {
        ...common.context,
        rules: { tool: connection.wire!.tool as MysqlWireTool, dialect: connection.dialect, database: database.databaseName },
        connectionName,
        effects: new MysqlEffectsCheck(pooled, found.effects, database.databaseName, connection.dialect),
      },
    };
  }

  // ---------------------------------------------------------------- POST /v1/connections/{name}/wire/end
  /** Ends a wire session: open connections are closed, and what ran, what was refused and what never ran is recorded. */
  async endWire(authorization: string | undefined, connectionName: string): Promise<Outcome> {
    let session: SessionRow;
    try {
      session = await this.sessionFromBearer(authorization, connectionName);
    } catch (error) {
      return oauthError(error as OAuthError);
    }
    if (session.scope !== 'wire') return answer('refused', { session_id: session.id, status: session.status, message: 'not a wire session' });
    // Ended by the gateway before (its check ended it, or it expired): the client still gets its report.
    const ended = await this.endWireSession(session, 'ended by the client');
    if (!ended) return answer('conflict', { session_id: session.id, status: session.status, message: session.status === 'wire_open' ? 'the session is open on another gateway process' : `the session is ${session.status}` });
    return answer('done', ended, contextOf(session.id, session.identity));
  }

  /** Ends a wire session once (the client's wire/end, expiry, the check, a revocation): later callers get the same report. */
  private endWireSession(session: SessionRow, why: string): Promise<Body | undefined> {
    const ending = this.endingWires.get(session.id);
    if (ending) return ending;
    if (!this.wires.has(session.id)) return Promise.resolve(this.endedWires.get(session.id));
    const ended = this.finishWireSession(session, why).finally(() => this.endingWires.delete(session.id));
    this.endingWires.set(session.id, ended);
    return ended;
  }

  private async finishWireSession(session: SessionRow, why: string): Promise<Body | undefined> {
    const wire = this.wires.get(session.id);
    if (!wire) return undefined;
    this.wires.delete(session.id);
    this.nativeVerifiers.delete(session.id);
    clearTimeout(wire.timer);
    const checkMs = Math.round([...wire.relays].reduce((ms, relay) => ms + relay.checkMs, wire.checkMs) * 100) / 100;
    for (const relay of wire.relays) relay.terminate('57P01', `migration-guard: the session ended (${why})`);
    const report = wire.plan.report();
    // What ran goes into the ledger; what it had as applied before is skipped, not "never ran".
    // Statements that are no entry of the plan (BEGIN and COMMIT in a file) ran as the tool's transaction control.
    const entries = new Set([...report.ran, ...report.unrun].map((e) => e.index));
    const done = new Set([...report.ran.map((r) => r.index), ...wire.statements.filter((st) => !entries.has(st.index)).map((st) => st.index)]);
    const ledger = await settleWireLedger(this.deps.databases.get(session.connection)!, wire.statements, done, { planDigest: session.plan_digest, session: session.id, identity: session.identity }, CATALOG_WAIT_MS).catch(
      (error: Error): WireLedger => ({ skipped: new Map(), recorded: [], problem: `the ledger could not be read or written (${error.message.slice(0, 200)})` }),
    );
    const unrun = report.unrun.filter((u) => !ledger.skipped.has(u.index));
    const status = report.refused.length ? 'failed' : 'done';
    const skippedNote = ledger.skipped.size ? `; ${ledger.skipped.size} already applied and skipped` : '';
    const ledgerNote = ledger.problem ? ` Warning: ${ledger.problem}.` : '';
    const nothingToDo = !report.ran.length && !unrun.length && !report.refused.length && ledger.skipped.size > 0;
    const message = nothingToDo
      ? `Nothing to do: this plan was already applied (${ledger.skipped.size} statement${ledger.skipped.size === 1 ? '' : 's'} skipped; ${why}).${ledgerNote}`
      : `${report.ran.length} planned statement${report.ran.length === 1 ? '' : 's'} ran, ${unrun.length} did not, ${report.refused.length} refused${skippedNote} (${why}).${ledgerNote}`;
    const results = [
      ...report.ran.map((r) => ({ index: r.index, path: r.path, status: 'ok' as const, transaction: null })),
      ...[...ledger.skipped].map(([index, note]) => ({ index, path: wire.statements.find((st) => st.index === index)!.path, status: 'skipped' as const, transaction: null, note })),
      ...unrun.map((u) => ({ index: u.index, path: u.path, status: 'not_run' as const, transaction: null })),
    ].sort((a, b) => a.index - b.index);
    const record = { kind: 'wire.end', data: { session: session.id, connection: session.connection, status, ran: report.ran.map((r) => r.index), unrun: unrun.map((u) => u.index), skipped: [...ledger.skipped.keys()], refused: report.refused.length, ledger: ledger.recorded, why, check_ms: checkMs } };
    const ended = await this.recordEnd(session, { status, results, message }, record);
    const body = { session_id: session.id, status, message: ended.message, results, refused: report.refused, unrun, identity: session.identity, check_ms: checkMs, audit_seq: ended.auditSeq, audit_hash: ended.auditHash };
    this.endedWires.set(session.id, body);
    for (const id of this.endedWires.keys()) if (this.endedWires.size > MAX_ENDED_WIRES) this.endedWires.delete(id);
    return body;
  }

  // ---------------------------------------------------------------- GET /readyz
  /** Whether the store and every connection's database answer; each check says only ok or what kind of failure. */
  async readiness(): Promise<{ ready: boolean; checks: Record<string, string> }> {
    const checks: Record<string, string> = {};
    const probe = async (name: string, work: () => Promise<unknown>) => {
      try {
        await withTimeout(work(), 5000);
        checks[name] = 'ok';
      } catch (error) {
        checks[name] = `unavailable (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
      }
    };
    await probe('store', () => this.deps.store.query('SELECT 1'));
    for (const [name, database] of this.deps.databases) {
      await probe(`connection ${name}`, async () => {
        const session = await database.session();
        try {
          await session.query('SELECT 1');
        } finally {
          await session.release();
        }
      });
    }
    if (this.draining) checks.gateway = 'shutting down';
    return { ready: Object.values(checks).every((c) => c === 'ok'), checks };
  }

  // ---------------------------------------------------------------- revocation
  /**
   * Ends what this process runs for sessions an operator revoked (`session revoke`, on any replica): their wire
   * connections are closed, their exec runs interrupted (the open transaction rolls back). Called every few seconds.
   */
  async endRevoked(): Promise<string[]> {
    const ids = [...new Set([...this.wires.keys(), ...this.running.keys()])];
    const revoked = await this.sessions.revokedAmong(ids);
    for (const id of revoked) {
      const wire = this.wires.get(id);
      if (wire) await this.endWireSession(wire.session, 'revoked by an operator');
      this.running.get(id)?.interrupt('an operator revoked the session while this plan ran');
    }
    return revoked;
  }

  // ---------------------------------------------------------------- shutdown
  /**
   * Starts no new plan; waits for running ones up to `graceSeconds`, then interrupts the rest (their open
   * transaction rolls back) and records in the audit trail what was interrupted.
   */
  async drain(graceSeconds: number): Promise<{ interrupted: string[] }> {
    this.draining = true;
    for (const wire of [...this.wires.values()]) await this.endWireSession(wire.session, 'the gateway is shutting down');
    const all = () => Promise.allSettled([...this.running.values()].map((r) => r.done));
    const finished = await Promise.race([all().then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), graceSeconds * 1000).unref())]);
    const interrupted = finished ? [] : [...this.running.keys()];
    for (const plan of this.running.values()) plan.interrupt();
    await all();
    await Promise.allSettled([...this.background]);
    await this.deps.audit.append('gateway.shutdown', { grace_seconds: graceSeconds, interrupted }).catch(() => undefined);
    return { interrupted };
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([work, new Promise<T>((_, fail) => setTimeout(() => fail(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })), ms).unref())]);
}

function shuttingDown(session: SessionRow, context: LogContext): Outcome {
  return answer('conflict', { session_id: session.id, status: 'issued', message: 'the gateway is shutting down and starts no new plan; run the apply step again (the session is unused)' }, context);
}

/** The wire tool of a PostgreSQL connection (the config checked it against that endpoint's tools; unused by a mysql one). */
function postgresTool(connection: ConnectionConfig): WireTool {
  return connection.wire!.tool as WireTool;
}

function alreadyInUse(session: SessionRow): Outcome {
  return answer('conflict', { session_id: session.id, status: 'conflict', message: 'this session is already being used' }, contextOf(session.id, session.identity));
}

/** `exec` (HTTP execution, the default) or `wire` (the PostgreSQL wire endpoint): a session is for one of them. */
function sessionScope(scope: string | null): 'exec' | 'wire' {
  const scopes = (scope ?? 'exec').split(' ').filter(Boolean);
  if (scopes.length === 1 && (scopes[0] === 'exec' || scopes[0] === 'wire')) return scopes[0];
  throw new OAuthError('invalid_scope', 'scope must be exec or wire (one of them)');
}

/** The exec body must be exactly the plan the session was issued for: same digest, statements that hash to it. */
function verifyPlan(session: SessionRow, body: unknown, dialect: Dialect): ExecRequest | Refusal {
  const parsed = parseExecRequest(body, dialect);
  if (typeof parsed === 'string') return { outcome: 'invalid', reason: 'invalid_request', message: parsed };
  if (parsed.planDigest !== session.plan_digest) return { outcome: 'refused', reason: 'plan_mismatch', message: `plan_digest ${parsed.planDigest} is not the plan this session was issued for (${session.plan_digest})` };
  const recomputed = planDigest(parsed.plan);
  if (recomputed !== session.plan_digest) {
    return { outcome: 'refused', reason: 'plan_mismatch', message: `digest mismatch: the statements sent hash to plan ${recomputed} (in dialect ${dialect}, this connection's), not the approved ${session.plan_digest}; only the exact approved plan can run` };
  }
  return parsed;
}

/** The identity claims the gateway records; control characters (NUL, newlines) are refused, never stored or logged. */
export function identityOf(claims: Record<string, unknown>): Identity {
  const identity: Identity = {};
  for (const claim of IDENTITY_CLAIMS) {
    if (claims[claim] === undefined || claims[claim] === null) continue;
    const value = String(claims[claim]);
    // eslint-disable-next-line no-control-regex -- exactly what is refused
    if (/[\u0000-\u001f\u007f]/.test(value)) throw new OAuthError('invalid_grant', `claim ${claim} contains control characters`);
    identity[claim] = value.slice(0, 300);
  }
  return identity;
}

/** Compiled once per pattern list of the config, not per exchange. */
const accessMatchers = new WeakMap<string[], (value: string) => boolean>();

/** The connection's access rules on the token's claims; approval plans need the approval environment's claim. */
export function checkAccess(connection: ConnectionConfig, identity: Identity, verdict: string): void {
  for (const claim of ACCESS_CLAIMS) {
    const patterns = connection.access[claim];
    if (!patterns) continue;
    const value = identity[claim];
    if (value === undefined) throw new OAuthError('access_denied', `the token has no ${claim} claim, which connection ${connection.name} requires`);
    let matches = accessMatchers.get(patterns);
    if (!matches) accessMatchers.set(patterns, (matches = picomatch(patterns, { dot: true })));
    if (!matches(value)) throw new OAuthError('access_denied', `claim ${claim} ${JSON.stringify(value)} is not allowed for connection ${connection.name}`);
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

/** Validates the exec body: `{plan_digest, statements: [{path, sql, digest}], exemptions?, effects?}`; returns an error message or the request. */
export function parseExecRequest(body: unknown, dialect: Dialect = 'postgres'): ExecRequest | string {
  const b = body as { plan_digest?: unknown; statements?: unknown; exemptions?: unknown; effects?: unknown };
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
  const effects = approvedEffectsOf(b.effects, files);
  if (typeof effects === 'string') return effects;
  return { planDigest: b.plan_digest, statements, plan: { version: 1, dialect, files, exemptions, effects } };
}

/** The effects a plan declares (`[path, statement in file, effect]`), each on a statement the plan has. */
function approvedEffectsOf(raw: unknown, files: Plan['files']): Plan['effects'] | string {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > MAX_STATEMENTS) return `effects must be a list of at most ${MAX_STATEMENTS} [path, statement, effect] entries`;
  const counts = new Map(files.map((f) => [f.path, f.statements.length]));
  for (const [n, entry] of (raw as unknown[]).entries()) {
    const [path, index, key] = Array.isArray(entry) ? (entry as unknown[]) : [];
    const valid = Array.isArray(entry) && entry.length === 3 && typeof path === 'string' && Number.isSafeInteger(index) && (index as number) >= 0 && (index as number) < (counts.get(path) ?? 0) && typeof key === 'string' && key.length <= 1000;
    if (!valid) return `effect ${n + 1} must be [path, statement index in that file, effect] for a statement of the plan`;
  }
  return raw as Plan['effects'];
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
