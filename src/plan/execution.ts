/** Running a plan, as any gateway reports it: the statements sent and what became of each. */

/** One statement of the plan as the apply step sends it. */
export interface PlanStatement {
  path: string;
  line: number;
  sql: string;
  digest: string;
}

/** What became of one statement (`ok`, `failed`, `rolled_back`, `not_run`, `skipped`). */
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
  /** The hash of that record: with auditSeq, a witness of the audit chain kept outside the gateway's store. */
  auditHash?: string;
  findings?: Array<{ path: string; rule: string; severity: string; message: string }>;
  /** What the run did to the database, measured before each COMMIT, beside the effects reviewers approved. */
  effects?: RunEffects;
}

export interface RunEffects {
  approved: string[];
  /** The check's own time, in milliseconds. */
  check_ms?: number;
  measured: Array<{
    transaction: number | 'own';
    statements: number[];
    effects: Array<{ kind: string; object: string; description: string; rows?: number; rule: string | null; beyond?: string; after?: { index: number; path: string } }>;
  }>;
}

/** How the reference gateway's note starts on a statement its ledger shows applied by an earlier run. */
export const ALREADY_APPLIED = 'already applied';

export function isAlreadyApplied(result: StatementOutcome): boolean {
  return result.status === 'skipped' && result.note?.startsWith(ALREADY_APPLIED) === true;
}
