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
 * A table (or other object) as a statement names it, each part already folded the way the dialect folds
 * identifiers (PostgreSQL: unquoted to lower case; MySQL: as written; SQLite: lower case). `uncertain` marks a
 * name the front end could not read exactly: such a name is never taken to be a new object.
 */
export interface ObjectName {
  schema?: string;
  name: string;
  uncertain?: boolean;
}

export function displayName(ref: ObjectName): string {
  return ref.schema ? `${ref.schema}.${ref.name}` : ref.name;
}

/**
 * What a statement does, independent of the dialect and parser that understood it.
 * Dialect front ends turn ASTs (or tokens) into operations; rules only look at operations.
 */
export type Operation =
  | { kind: 'drop'; object: string; names: ObjectName[]; cascade: boolean; concurrently: boolean }
  | { kind: 'drop-column'; table: ObjectName; column: string }
  | { kind: 'drop-owned' }
  | { kind: 'drop-partition'; table: ObjectName; partitions: string[]; truncate: boolean }
  | { kind: 'truncate'; tables: ObjectName[] }
  | { kind: 'delete' | 'update'; table: ObjectName; where: WhereState; /** an upsert that updates existing rows from a query */ via?: string }
  | { kind: 'merge'; table: ObjectName; deletes: boolean; overwritesUnmatched: boolean }
  | { kind: 'replace-table'; table: ObjectName }
  | { kind: 'rule-instead-nothing'; table: ObjectName }
  | { kind: 'dynamic-sql'; detail: string }
  | { kind: 'include'; path: string }
  | { kind: 'meta-command'; command: string }
  /** The migration tool would not run the file as scanned (a dbmate file without `-- migrate:up`). */
  | { kind: 'tool-file'; detail: string }
  /** `ownership`: an owner change, which hands over every privilege. */
  | { kind: 'grant'; toPublic: boolean; allPrivileges: boolean; grantees: string[]; ownership?: boolean }
  | { kind: 'grant-role'; roles: string[]; grantees: string[]; admin: boolean }
  | { kind: 'role-attribute'; role: string; attribute: 'superuser' | 'bypassrls' | 'replication'; create: boolean }
  | { kind: 'row-security'; table: ObjectName; change: string }
  | { kind: 'server-access'; detail: string }
  | { kind: 'server-administration'; detail: string }
  | { kind: 'disable-safeguard'; detail: string }
  | { kind: 'volatile-storage'; table: ObjectName; detail: string }
  | { kind: 'create-index'; table: ObjectName; concurrently: boolean }
  | { kind: 'add-constraint'; table: ObjectName; constraint: 'foreign-key' | 'check'; notValid: boolean }
  | { kind: 'set-not-null'; table: ObjectName; column: string }
  | { kind: 'alter-column-type'; table: ObjectName; column: string }
  /** `using`: the USING expression when it is not a plain conversion of the column itself. */
  | { kind: 'alter-column-using'; table: ObjectName; column: string; using: string }
  | { kind: 'add-column'; table: ObjectName; column: string; volatileDefault: string | null }
  | { kind: 'rewrite-table'; command: string; table: ObjectName }
  /** `target`: the table's identity after a table rename (or a move to another schema). */
  | { kind: 'rename'; object: 'table' | 'column'; table: ObjectName; from: string; to: string; target?: ObjectName }
  | { kind: 'rename-object'; object: string; from: string; to: string }
  | { kind: 'set-lock-timeout' }
  /** Unqualified names resolve differently from here on: `schemas` is the new search path (or database), null when unknown. */
  | { kind: 'search-path'; schemas: string[] | null }
  /** Schemas were created, renamed or dropped: what their names refer to may have changed. */
  | { kind: 'schema-change'; schemas: string[] }
  | { kind: 'access-exclusive'; table: ObjectName; command: string }
  /** `ifNotExists`: the table may already exist (with data), so it is not known to be new. */
  | { kind: 'create-table'; table: ObjectName; ifNotExists: boolean; temporary: boolean }
  | { kind: 'create-routine'; name: ObjectName }
  /** A call of a function or procedure that is no known built-in: only one defined in the same file is known. */
  | { kind: 'call'; name: ObjectName; routine: 'function' | 'procedure' }
  /** Something no classification table knows: `what` names it exactly. */
  | { kind: 'unclassified'; what: string }
  | { kind: 'unparseable'; reason: string };

/**
 * Whether a DELETE or UPDATE is limited: no WHERE, one that matches every row, one that never looks at the
 * target's rows (`WHERE EXISTS (SELECT 1 FROM other)`, a condition on a joined table only), or a real condition.
 */
export type WhereState = 'none' | 'always-true' | 'unrelated' | 'present';

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
  /** What the statement did when rehearsed on a shadow database (src/effects), in plain words: present when rehearsed. */
  effects?: StatementEffect[];
}

export interface StatementEffect {
  kind: string;
  object: string;
  /** For a change: the attribute that changed (`type`, `acl`, `security_definer`, …). */
  attribute?: string;
  description: string;
  /** The rule it breaks (a finding of that rule says so), or null: free or reviewed as safe (`safe` says why). */
  rule: string | null;
  safe?: string;
  rows?: number;
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
