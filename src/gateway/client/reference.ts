/** The reference gateway adapter: RFC 8693 exchange, exec, session polling; retries only what is safe to retry. */
import { GatewayError } from '../../errors.js';
import { certificateError, isCertificateError, trustedFetch, type GatewayTrust } from './trust.js';
import type { RunEffects } from '../../plan/execution.js';
import { type ExchangeRequest, type ExecOutcome, type GatewayClient, type GatewaySession, type PlanExtras, type PlanStatement, type WireEndpoint, type WireOutcome } from './gateway-client.js';

export interface ReferenceClientOptions {
  url: string;
  /** Attempts for requests that never reached the gateway (connection refused, DNS, timeouts) and 502/503/504. */
  attempts?: number;
  backoffMs?: number;
  fetch?: typeof fetch;
  /** How the gateway's certificate is verified (a private CA, or the explicit opt-out); the system's CAs by default. */
  trust?: GatewayTrust;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

const TRANSIENT_STATUS = new Set([502, 503, 504]);

export class ReferenceGatewayClient implements GatewayClient {
  private readonly base: string;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly fetch: typeof fetch;
  private readonly log: (line: string) => void;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: ReferenceClientOptions) {
    this.base = options.url.replace(/\/+$/, '');
    this.attempts = options.attempts ?? 4;
    this.backoffMs = options.backoffMs ?? 500;
    this.fetch = options.fetch ?? trustedFetch(options.trust ?? { insecure: false });
    this.log = options.log ?? (() => undefined);
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  reviewHint(sessionId: string): string {
    return `migration-guard review show ${sessionId} --gateway ${this.base}  (then: review approve|reject ${sessionId})`;
  }

  /**
   * Sends a request, retrying only when it cannot have had an effect: the connection failed or a proxy
   * answered 502/503/504 for the token exchange. An exec is never retried once it may have reached the gateway.
   */
  private async request(path: string, init: RequestInit, retrySafe: boolean): Promise<{ status: number; body: Record<string, unknown> }> {
    let lastError = '';
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      let response: Response;
      try {
        response = await this.fetch(`${this.base}${path}`, { ...init, signal: AbortSignal.timeout(15 * 60_000) });
      } catch (error) {
        lastError = networkErrorCode(error);
        // A certificate that does not verify will not verify on a retry either.
        if (isCertificateError(lastError)) throw certificateError(this.base, lastError);
        if (attempt === this.attempts) break;
        const wait = this.backoffMs * 2 ** (attempt - 1);
        this.log(`gateway ${this.base} unreachable (${lastError}); retrying in ${(wait / 1000).toFixed(1)}s (attempt ${attempt + 1} of ${this.attempts})`);
        await this.sleep(wait);
        continue;
      }
      const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      if (TRANSIENT_STATUS.has(response.status) && retrySafe && attempt < this.attempts) {
        lastError = `HTTP ${response.status}`;
        const wait = this.backoffMs * 2 ** (attempt - 1);
        this.log(`gateway answered ${response.status}; retrying in ${(wait / 1000).toFixed(1)}s`);
        await this.sleep(wait);
        continue;
      }
      return { status: response.status, body };
    }
    throw new GatewayError(`the gateway at ${this.base} is unreachable (${lastError}) after ${this.attempts} attempts; nothing was run. Check gateway-url and that the gateway is up, then re-run the job.`, 'unreachable', true);
  }

  async exchange(request: ExchangeRequest): Promise<GatewaySession> {
    const { status, body } = await this.request(
      '/v1/token',
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
          subject_token: request.idToken,
          subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
          audience: request.connection,
          scope: request.scope ?? 'exec',
          plan_digest: request.planDigest,
          verdict: request.verdict,
        }),
      },
      true,
    );
    if (status !== 200 || typeof body.access_token !== 'string') {
      throw new GatewayError(`the gateway refused the token exchange: ${String(body.error_description ?? `HTTP ${status}`)} (${String(body.error ?? status)})`, String(body.error ?? status));
    }
    return { accessToken: body.access_token, sessionId: String(body.session_id ?? ''), expiresIn: Number(body.expires_in ?? 0) };
  }

  async exec(session: GatewaySession, connection: string, planDigest: string, statements: PlanStatement[], extras: PlanExtras): Promise<ExecOutcome> {
    const { status, body } = await this.postPlan(session, connection, 'exec', planDigest, statements, extras);
    return this.outcome(status, body, session);
  }

  async openWire(session: GatewaySession, connection: string, planDigest: string, statements: PlanStatement[], extras: PlanExtras): Promise<WireOutcome> {
    const { status, body } = await this.postPlan(session, connection, 'wire', planDigest, statements, extras);
    if (status === 404) throw new GatewayError(`the gateway has no wire endpoint for connection ${connection}: ${String(body.error_description ?? '')}. Enable \`wire:\` for it in the gateway config, or apply without run:.`, 'not_found');
    return { ...this.outcome(status, body, session), ...(body.wire ? { wire: body.wire as WireEndpoint } : {}) };
  }

  async endWire(session: GatewaySession, connection: string): Promise<WireOutcome> {
    const { status, body } = await this.request(`/v1/connections/${encodeURIComponent(connection)}/wire/end`, { method: 'POST', headers: { authorization: `Bearer ${session.accessToken}` } }, true);
    return { ...this.outcome(status, body, session), refused: (body.refused as WireOutcome['refused']) ?? [], unrun: (body.unrun as WireOutcome['unrun']) ?? [] };
  }

  get host(): string {
    return new URL(this.base).hostname.replace(/^\[|\]$/g, '');
  }

  async status(session: GatewaySession): Promise<ExecOutcome> {
    const { status, body } = await this.request(`/v1/sessions/${encodeURIComponent(session.sessionId)}`, { headers: { authorization: `Bearer ${session.accessToken}` } }, true);
    return this.outcome(status, body, session);
  }

  /** A plan sent to one of the connection's routes (`exec`, `wire`): not retried once it may have reached the gateway. */
  private postPlan(session: GatewaySession, connection: string, route: 'exec' | 'wire', planDigest: string, statements: PlanStatement[], extras: PlanExtras) {
    return this.request(
      `/v1/connections/${encodeURIComponent(connection)}/${route}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${session.accessToken}`, 'content-type': 'application/json' },
        // Approved effects only when there are any: a plan without them is the version-1 body, unchanged.
        body: JSON.stringify({ plan_digest: planDigest, statements, exemptions: extras.exemptions, ...(extras.effects.length ? { effects: extras.effects } : {}) }),
      },
      false,
    );
  }

  private outcome(status: number, body: Record<string, unknown>, session: GatewaySession): ExecOutcome {
    if (status === 401) {
      const description = String(body.error_description ?? 'the session token was refused');
      throw new GatewayError(/expired/.test(description) ? `the gateway session expired before the plan ran (${description}); nothing more will run under it. Re-run the apply job.` : `the gateway refused the session: ${description}`, 'invalid_token');
    }
    if (typeof body.status !== 'string') throw new GatewayError(`unexpected answer from the gateway (HTTP ${status}): ${String(body.error_description ?? body.message ?? '')}`, String(status));
    return {
      sessionId: String(body.session_id ?? session.sessionId),
      status: body.status,
      message: String(body.message ?? ''),
      results: (body.results as ExecOutcome['results']) ?? [],
      identity: body.identity as Record<string, string> | undefined,
      auditSeq: typeof body.audit_seq === 'number' ? body.audit_seq : undefined,
      auditHash: typeof body.audit_hash === 'string' && /^[0-9a-f]{64}$/.test(body.audit_hash) ? body.audit_hash : undefined,
      findings: body.findings as ExecOutcome['findings'],
      ...(isRunEffects(body.effects) ? { effects: body.effects } : {}),
    };
  }
}

/** fetch() wraps the socket error: show its code (ECONNREFUSED, ENOTFOUND, …), which says what to fix. */
function networkErrorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string; errors?: Array<{ code?: string }>; message?: string } }).cause;
  return cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? (error as Error).message;
}

/** The measured effects as the gateway answers them (anything else is left out rather than shown wrong). */
function isRunEffects(value: unknown): value is RunEffects {
  const effects = value as RunEffects | undefined;
  return !!effects && Array.isArray(effects.approved) && Array.isArray(effects.measured) && effects.measured.every((t) => Array.isArray(t?.effects) && t.effects.every((e) => typeof e?.description === 'string'));
}
