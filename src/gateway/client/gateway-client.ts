/**
 * How the apply step talks to a gateway: one interface, one adapter per gateway product
 * (the reference gateway now; others such as hoop.dev plug in the same way).
 */

import type { ExecOutcome, PlanStatement } from '../../plan/execution.js';
import type { Plan } from '../../plan/plan.js';

export type { ExecOutcome, PlanStatement, StatementOutcome } from '../../plan/execution.js';

export interface ExchangeRequest {
  /** The GitHub OIDC token (subject token). */
  idToken: string;
  connection: string;
  planDigest: string;
  verdict: 'pass' | 'approval';
  /** `exec` (the default): the gateway runs the plan; `wire`: a migration tool runs it through the wire endpoint. */
  scope?: 'exec' | 'wire';
}

/** Where a migration tool connects for a wire session. */
export interface WireEndpoint {
  /** The protocol the endpoint speaks (absent from gateways before MySQL: postgres). */
  protocol?: 'postgres' | 'mysql';
  port: number;
  tls: boolean;
  database: string;
  user: string;
}

export interface WireOutcome extends ExecOutcome {
  wire?: WireEndpoint;
  /** At the end of a session: what the gateway refused, and the planned statements that never ran. */
  refused?: Array<{ sql: string; rule: string; reason: string }>;
  unrun?: Array<{ index: number; path: string; sql: string }>;
}

export interface GatewaySession {
  accessToken: string;
  sessionId: string;
  expiresIn: number;
}

/** What the plan digest covers besides the statements: the exemptions it relies on and the effects reviewers approve. */
export type PlanExtras = Pick<Plan, 'exemptions' | 'effects'>;

export interface GatewayClient {
  /** Where a human approves a session waiting for gateway-side review. */
  reviewHint(sessionId: string): string;
  exchange(request: ExchangeRequest): Promise<GatewaySession>;
  exec(session: GatewaySession, connection: string, planDigest: string, statements: PlanStatement[], extras: PlanExtras): Promise<ExecOutcome>;
  status(session: GatewaySession): Promise<ExecOutcome>;
  /** Opens a wire session for the plan (gateways with a PostgreSQL wire endpoint). */
  openWire?(session: GatewaySession, connection: string, planDigest: string, statements: PlanStatement[], extras: PlanExtras): Promise<WireOutcome>;
  /** Ends it: what ran, what was refused, what never ran. */
  endWire?(session: GatewaySession, connection: string): Promise<WireOutcome>;
  /** The host migration tools connect to. */
  readonly host?: string;
}
