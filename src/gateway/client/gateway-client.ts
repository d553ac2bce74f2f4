/**
 * How the apply step talks to a gateway: one interface, one adapter per gateway product
 * (the reference gateway now; others such as hoop.dev plug in the same way).
 */

export interface PlanStatement {
  path: string;
  line: number;
  sql: string;
  digest: string;
}

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

export interface StatementOutcome {
  index: number;
  path: string;
  status: string;
  transaction?: number | 'own' | null;
  rows_affected?: number;
  duration_ms?: number;
  notices?: string[];
  error?: { message: string; code?: string };
  note?: string;
}

export interface ExecOutcome {
  sessionId: string;
  status: 'done' | 'failed' | 'blocked' | 'review_pending' | 'rejected' | string;
  message: string;
  results: StatementOutcome[];
  identity?: Record<string, string>;
  auditSeq?: number;
  findings?: Array<{ path: string; rule: string; severity: string; message: string }>;
}


export interface GatewayClient {
  /** Where a human approves a session waiting for gateway-side review. */
  reviewHint(sessionId: string): string;
  exchange(request: ExchangeRequest): Promise<GatewaySession>;
  exec(session: GatewaySession, connection: string, planDigest: string, statements: PlanStatement[], exemptions: unknown[]): Promise<ExecOutcome>;
  status(session: GatewaySession): Promise<ExecOutcome>;
}
