/**
 * How the apply step talks to a gateway: one interface, one adapter per gateway product
 * (the reference gateway now; others such as hoop.dev plug in the same way).
 */

import type { ExecOutcome, PlanStatement } from '../../plan/execution.js';

export type { ExecOutcome, PlanStatement, StatementOutcome } from '../../plan/execution.js';

export interface ExchangeRequest {
  /** The GitHub OIDC token (subject token). */
  idToken: string;
  connection: string;
  planDigest: string;
  verdict: 'pass' | 'approval';
}

export interface GatewaySession {
  accessToken: string;
  sessionId: string;
  expiresIn: number;
}

export interface GatewayClient {
  /** Where a human approves a session waiting for gateway-side review. */
  reviewHint(sessionId: string): string;
  exchange(request: ExchangeRequest): Promise<GatewaySession>;
  exec(session: GatewaySession, connection: string, planDigest: string, statements: PlanStatement[], exemptions: unknown[]): Promise<ExecOutcome>;
  status(session: GatewaySession): Promise<ExecOutcome>;
}
