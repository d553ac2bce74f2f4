/** The vocabulary of the scanner: dialects, severities, operations, findings, statements. */

export const DIALECTS = ['postgres', 'mysql', 'mariadb', 'sqlite'] as const;
export type Dialect = (typeof DIALECTS)[number];

/** Ordered from least to most severe; `off` only appears in policy overrides. */
export const SEVERITIES = ['info', 'warning', 'approval', 'block'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = ['data-loss', 'lock', 'backward-incompatible', 'privilege', 'unverifiable'] as const;
export type Category = (typeof CATEGORIES)[number];

export type Verdict = 'pass' | 'approval' | 'block';

/**
 * What a statement does, independent of the dialect and parser that understood it.
 * Dialect front ends turn ASTs (or tokens) into operations; rules only look at operations.
 */
export type Operation =
  | { kind: 'drop'; object: string; names: string[]; cascade: boolean; concurrently: boolean }
  | { kind: 'drop-column'; table: string; column: string }
  | { kind: 'drop-owned' }
  | { kind: 'truncate'; tables: string[] }
  | { kind: 'delete' | 'update'; table: string; where: 'none' | 'always-true' | 'present' }
  | { kind: 'rule-instead-nothing'; table: string }
  | { kind: 'dynamic-sql'; detail: string }
  | { kind: 'include'; path: string }
  | { kind: 'meta-command'; command: string }
  | { kind: 'grant'; toPublic: boolean; allPrivileges: boolean; grantees: string[] }
  | { kind: 'role-attribute'; role: string; attribute: 'superuser' | 'bypassrls'; create: boolean }
  | { kind: 'create-index'; table: string; concurrently: boolean }
  | { kind: 'add-constraint'; table: string; constraint: 'foreign-key' | 'check'; notValid: boolean }
  | { kind: 'set-not-null'; table: string; column: string }
  | { kind: 'alter-column-type'; table: string; column: string }
  | { kind: 'add-column'; table: string; column: string; volatileDefault: string | null }
  | { kind: 'rewrite-table'; command: 'VACUUM FULL' | 'CLUSTER'; table: string }
  | { kind: 'rename'; object: 'table' | 'column'; table: string; from: string; to: string }
  | { kind: 'set-lock-timeout' }
  | { kind: 'access-exclusive'; table: string; command: string }
  /** `ifNotExists`: the table may already exist (with data), so it is not known to be new. */
  | { kind: 'create-table'; table: string; ifNotExists: boolean }
  | { kind: 'unparseable'; reason: string };

/** Where an operation came from when it is not the top-level statement itself (a DO block, a function body, EXECUTE '…'). */
export interface Origin {
  context: string;
  line?: number;
}

export interface LocatedOperation {
  op: Operation;
  origin?: Origin;
}

/** An exemption as a finding shows it: enough to see who opted out, why, and until when. */
export interface Exemption {
  id: string;
  source: 'policy' | 'inline';
  owner: string;
  reason: string;
  expires: string;
  ticket?: string;
}

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  /** Line of the nested statement (inside a DO block or function body) when it differs from the statement's. */
  line?: number;
  exemption: Exemption | null;
}

export interface Statement {
  index: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  sql: string;
  digest: string;
  findings: Finding[];
}

/** A `-- migration-guard: …` comment directly above a statement (inline exemptions; the policy decides what they mean). */
export interface InlineDirective {
  statement: number;
  line: number;
  text: string;
}

export interface ScannedFile {
  path: string;
  dialect: Dialect;
  statements: Statement[];
  directives: InlineDirective[];
}

export function severityRank(severity: Severity | 'off'): number {
  return severity === 'off' ? -1 : SEVERITIES.indexOf(severity);
}

/** The verdict a set of (unexempted) finding severities leads to: info and warning pass. */
export function verdictOf(severities: Iterable<Severity>): Verdict {
  return worstVerdict(Array.from(severities, (s): Verdict => (s === 'block' || s === 'approval' ? s : 'pass')));
}

export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let worst: Verdict = 'pass';
  for (const verdict of verdicts) {
    if (verdict === 'block') return 'block';
    if (verdict === 'approval') worst = 'approval';
  }
  return worst;
}

export function normalizeDialect(name: string): Dialect | undefined {
  const lower = name.trim().toLowerCase();
  if (lower === 'postgresql' || lower === 'pg') return 'postgres';
  if (lower === 'sqlite3') return 'sqlite';
  return (DIALECTS as readonly string[]).includes(lower) ? (lower as Dialect) : undefined;
}
