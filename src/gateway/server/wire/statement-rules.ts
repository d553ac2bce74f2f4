/**
 * What a statement arriving on the wire endpoint is, decided from the real parser's AST (never the text): the
 * gateway lets a statement of the approved plan run once, and without a plan only what cannot change data —
 * reads, session settings, transaction control, advisory locks — plus the migration tool's own history table.
 * Anything else is refused. Pure: no I/O; the parser must be loaded (`loadPostgresParser`).
 */
import { sha256Hex } from '../../../sha256.js';
import { parsePlPgSQLSync, parseSync } from 'libpg-query';
import { wrapAsFunction } from '../../../scan/dialects/postgres.js';
import { isPosition } from '../../../scan/dialects/postgres-ast.js';
import { callOperations } from '../../../scan/functions.js';
import { settingOperations } from '../../../scan/settings.js';
import { isHistoryStatement, type WireTool } from './history-writes.js';

export { WIRE_TOOLS, type WireTool } from './history-writes.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- libpg-query ASTs are untyped JSON
type Node = Record<string, any>;

/** One statement of a message: its text, and the key that says whether two statements are the same. */
export interface WireStatement {
  sql: string;
  /** sha256 of the parse tree without source positions: whitespace and comments do not count, everything else does. */
  key: string;
  type: string;
  node: Node;
}

/**
 * Splits a message into statements with the real parser. "The same statement" means the same parse tree:
 * whitespace, comments, quoting of plain identifiers and keyword case do not matter; a literal, an identifier,
 * an operator or the order of anything does. Throws the parser's error for SQL PostgreSQL would not accept.
 */
export function parseStatements(sql: string): WireStatement[] {
  const tree = parseSync(sql) as Node;
  // The parser's locations count bytes, not characters.
  const bytes = Buffer.from(sql, 'utf8');
  return (tree.stmts ?? []).map((raw: Node) => {
    const start = raw.stmt_location ?? 0;
    const text = (raw.stmt_len ? bytes.subarray(start, start + raw.stmt_len) : bytes.subarray(start)).toString('utf8');
    const [type = 'unknown'] = Object.keys(raw.stmt ?? {});
    return { sql: text.trim(), key: statementKey(raw.stmt), type, node: raw.stmt?.[type] ?? {} };
  });
}

export function statementKey(stmt: Node): string {
  return sha256Hex(JSON.stringify(stmt, (name, value) => (isPosition(name) ? undefined : value)));
}

/** Why a statement may run without being planned, or why it may not. */
export type Unplanned = { allowed: true; kind: 'read' | 'session' | 'transaction' | 'history' } | { allowed: false; why: string };

const allow = (kind: 'read' | 'session' | 'transaction' | 'history'): Unplanned => ({ allowed: true, kind });
const deny = (why: string): Unplanned => ({ allowed: false, why });

/**
 * Functions a read may call: the harmless built-ins, minus those that write (sequences) or stall the session, and
 * those that run SQL given as text (crosstab, connectby, ts_rewrite, ts_stat), which the gateway cannot check.
 */
const NOT_READ_ONLY = new Set(['nextval', 'setval', 'pg_notify', 'pg_sleep', 'pg_sleep_for', 'pg_sleep_until', 'tsvector_update_trigger', 'set_byte', 'set_bit', 'crosstab', 'crosstab2', 'crosstab3', 'crosstab4', 'connectby', 'ts_rewrite', 'ts_stat']);

const SETTING_FINDINGS = new Set(['disable-safeguard', 'unclassified', 'server-administration']);

const anyValue = () => true;
/** A search_path that keeps the built-ins first (pg_catalog absent, so searched first, or named first). */
const builtinsFirst = (values: readonly string[]) => {
  const schemas = values.flatMap((v) => v.split(',')).map((v) => v.trim().replace(/^"|"$/g, '').toLowerCase());
  const at = schemas.indexOf('pg_catalog');
  return at <= 0;
};

/**
 * The session settings a statement may change without a plan: those migration tools and drivers send (captured with
 * the tools in __tests__/e2e/wire-history.test.ts: search_path, client_min_messages, transaction modes), and the
 * harmless formatting and timeout ones. Closed: any other is refused. The encoding and string syntax stay as the
 * gateway parses them: with another client_encoding (SJIS, GBK, BIG5: a backslash inside a character) or
 * standard_conforming_strings off, PostgreSQL would read a statement's literals differently from the gateway's parser.
 */
const SESSION_SETTINGS: Record<string, (values: readonly string[]) => boolean> = {
  search_path: builtinsFirst,
  client_min_messages: anyValue,
  application_name: anyValue,
  datestyle: anyValue,
  intervalstyle: anyValue,
  timezone: anyValue,
  extra_float_digits: anyValue,
  bytea_output: anyValue,
  statement_timeout: anyValue,
  lock_timeout: anyValue,
  idle_in_transaction_session_timeout: anyValue,
  default_transaction_isolation: anyValue,
  default_transaction_read_only: anyValue,
  default_transaction_deferrable: anyValue,
  transaction_isolation: anyValue,
  transaction_read_only: anyValue,
  transaction_deferrable: anyValue,
  // SET TRANSACTION … and SET SESSION CHARACTERISTICS AS TRANSACTION … (isolation level, read only, deferrable).
  transaction: anyValue,
  'session characteristics': anyValue,
  work_mem: anyValue,
  maintenance_work_mem: anyValue,
  client_encoding: (values) => values.length === 1 && /^(utf-?8|unicode)$/i.test(values[0]!),
  standard_conforming_strings: (values) => values.length === 1 && /^(on|true|yes|1)$/i.test(values[0]!),
};

export interface RuleOptions {
  tool: WireTool;
  /** With masking rules, COPY … TO STDOUT is refused: its rows cannot be masked column by column. */
  masking: boolean;
  /** The connection's committed search_path, when it was set: unqualified names resolve through it. */
  searchPath?: readonly string[];
}

/** Whether a statement changes search_path at all: SET (LOCAL or not) or RESET of it, RESET ALL, DISCARD ALL. */
export function changesSearchPath(statement: WireStatement): boolean {
  const { node, type } = statement;
  if (type === 'DiscardStmt') return node.target === 'DISCARD_ALL';
  if (type !== 'VariableSetStmt') return false;
  return node.kind === 'VAR_RESET_ALL' || String(node.name ?? '').toLowerCase() === 'search_path';
}

/** The schemas of a `SET search_path` that lasts beyond its transaction (not LOCAL), else undefined. */
export function sessionSearchPath(statement: WireStatement): string[] | undefined {
  const { node, type } = statement;
  // RESET ALL and DISCARD ALL put search_path back to the default: no longer the tool's schema.
  if ((type === 'VariableSetStmt' && node.kind === 'VAR_RESET_ALL') || (type === 'DiscardStmt' && node.target === 'DISCARD_ALL')) return [];
  if (type !== 'VariableSetStmt' || node.is_local || String(node.name).toLowerCase() !== 'search_path') return undefined;
  if (node.kind !== 'VAR_SET_VALUE') return [];
  return (node.args ?? []).map((a: Node) => String(a.A_Const?.sval?.sval ?? '')).flatMap((v: string) => v.split(',').map((x) => x.trim().replace(/^"|"$/g, '')));
}

/** Whether a statement that is not (or no longer) in the plan may run anyway. */
export function unplanned(statement: WireStatement, options: RuleOptions): Unplanned {
  const { node, type } = statement;
  switch (type) {
    case 'SelectStmt':
      if (node.intoClause) return deny('SELECT … INTO creates a table');
      return readOnly(node, 'the query');
    case 'VariableShowStmt':
      return allow('read');
    case 'ExplainStmt': {
      const analyze = (node.options ?? []).some((o: Node) => o.DefElem?.defname === 'analyze' && !/false|off|^0$/i.test(JSON.stringify(o.DefElem?.arg ?? 'true')));
      if (analyze) {
        const [innerType] = Object.keys(node.query ?? {});
        const inner = unplanned({ ...statement, type: innerType ?? '', node: node.query?.[innerType ?? ''] ?? {} }, options);
        return inner.allowed ? allow('read') : deny(`EXPLAIN ANALYZE executes its statement: ${inner.why}`);
      }
      return functionsIn(node, readOnlyFunction) ?? allow('read');
    }
    case 'TransactionStmt':
      if (/PREPARE/.test(String(node.kind))) return deny('two-phase commit leaves a transaction behind the session');
      // What a transaction ran counts once it ends (commit: ran, rollback: may run again); a chained one never ends.
      if (node.chain) return deny('AND CHAIN starts the next transaction at once, so the gateway cannot tell what the first one ran; end it, then BEGIN');
      return allow('transaction');
    case 'VariableSetStmt': {
      // RESET returns a setting to what the gateway's own connection started with.
      if (node.kind === 'VAR_RESET_ALL' || node.kind === 'VAR_RESET') return allow('session');
      const name = String(node.name ?? '').toLowerCase();
      const values = node.kind === 'VAR_SET_VALUE' ? (node.args ?? []).map((a: Node) => String(a.A_Const?.sval?.sval ?? a.A_Const?.ival?.ival ?? a.A_Const?.fval?.fval ?? JSON.stringify(a))) : null;
      const accepts = SESSION_SETTINGS[name];
      if (!accepts) return deny(`SET ${name} is not one of the session settings migration tools send`);
      if (values && !accepts(values)) return deny(`SET ${name} to ${values.join(', ').slice(0, 80)} would change how the database reads what follows (or resolves names) differently from the gateway`);
      // The scanner's table of settings; search_path and lock_timeout are tracked there, not findings.
      const findings = settingOperations('postgres', name, values, node.is_local ? 'transaction' : 'session').filter((op) => SETTING_FINDINGS.has(op.kind));
      return findings.length ? deny(`SET ${name} is not a harmless session setting`) : allow('session');
    }
    case 'DiscardStmt':
    case 'DeallocateStmt':
    case 'ListenStmt':
    case 'UnlistenStmt':
      return allow('session');
    case 'DeclareCursorStmt': {
      const [innerType] = Object.keys(node.query ?? {});
      return innerType === 'SelectStmt' ? readOnly(node.query.SelectStmt, 'the cursor query') : deny('the cursor runs a statement that is not a read');
    }
    case 'FetchStmt':
    case 'ClosePortalStmt':
      return allow('read');
    case 'CopyStmt':
      if (node.is_from) return deny(node.is_program || node.filename !== undefined ? 'COPY … FROM a server file or program runs on the database server' : 'COPY … FROM writes rows');
      if (node.filename !== undefined || node.is_program) return deny('COPY … TO a server file or program');
      if (options.masking) return deny('COPY … TO STDOUT cannot be masked column by column (this gateway masks columns); use SELECT');
      return node.query ? readOnly(node.query.SelectStmt ?? {}, 'the COPY query') : allow('read');
    case 'DoStmt':
      return harmlessDo(node, options);
    case 'InsertStmt':
    case 'UpdateStmt':
    case 'DeleteStmt':
    case 'LockStmt':
    case 'CreateStmt':
    case 'CommentStmt':
    case 'CreateSchemaStmt':
      // Only the exact statements the tool sends to its own history (history-writes.ts), nothing shaped otherwise.
      return isHistoryStatement({ [type]: node }, options.tool, options.searchPath) ? allow('history') : deny(`${describe(type)} is a change`);
    default:
      return deny(`${describe(type)} is a change`);
  }
}

/** PL/pgSQL statements that change nothing by themselves; their SQL and expressions are checked as well. */
const HARMLESS_PLPGSQL = new Set(['PLpgSQL_stmt_block', 'PLpgSQL_stmt_raise', 'PLpgSQL_stmt_execsql', 'PLpgSQL_stmt_if', 'PLpgSQL_stmt_assign', 'PLpgSQL_stmt_perform', 'PLpgSQL_stmt_return', 'PLpgSQL_stmt_assert']);

/**
 * A DO block runs without a plan only when it could have been sent statement by statement: PL/pgSQL control,
 * RAISE and assignments around SQL that is itself allowed (tools probe their registry this way). No EXECUTE.
 */
function harmlessDo(node: Node, options: RuleOptions): Unplanned {
  const args = new Map<string, Node>((node.args ?? []).map((a: Node) => [String(a.DefElem?.defname), a.DefElem]));
  const language = String(args.get('language')?.arg?.String?.sval ?? 'plpgsql').toLowerCase();
  if (language !== 'plpgsql') return deny(`a DO block in ${language} cannot be checked`);
  let tree: Node;
  try {
    tree = parsePlPgSQLSync(wrapAsFunction(String(args.get('as')?.arg?.String?.sval ?? ''))) as Node;
  } catch {
    return deny('its PL/pgSQL body cannot be parsed');
  }
  const problems: string[] = [];
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object' || problems.length) return;
    if (Array.isArray(value)) return value.forEach(visit);
    for (const [key, child] of Object.entries(value as Node)) {
      if (key.startsWith('PLpgSQL_stmt_') && !HARMLESS_PLPGSQL.has(key)) problems.push(`a DO block with ${key.slice(13).toUpperCase()} is a change`);
      else if (key === 'PLpgSQL_expr') problems.push(...expressionProblems(child as Node, options));
      else visit(child);
    }
  };
  visit(tree.plpgsql_funcs);
  return problems.length ? deny(problems[0]!) : allow('session');
}

function expressionProblems(expr: Node, options: RuleOptions): string[] {
  const query = String(expr.query ?? '');
  const mode = expr.parseMode ?? 0; // RawParseMode: 0 statement, 2 expression, 3–5 assignment
  const sql = mode === 0 ? query : `SELECT ${mode >= 3 ? query.replace(/^[^:=]*(:=|=)/, '') : query}`;
  try {
    return parseStatements(sql).flatMap((statement) => {
      // A search_path set inside a DO block outlives it, where the gateway would not see it change.
      if (changesSearchPath(statement)) return [`its body sets or resets search_path, which the gateway tracks only when sent as a statement of its own`];
      const verdict = unplanned(statement, options);
      return verdict.allowed ? [] : [`its body runs ${statement.sql.slice(0, 80)}: ${verdict.why}`];
    });
  } catch {
    return [`its body has SQL the parser cannot read`];
  }
}

function describe(type: string): string {
  return type.replace(/Stmt$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

/** A read: no data-modifying CTE, no nested write, and only read-only built-in functions. */
function readOnly(node: Node, what: string): Unplanned {
  if (hasKey(node, WRITES)) return deny(`${what} contains a data-modifying statement (a CTE with INSERT, UPDATE, DELETE or MERGE)`);
  // FOR UPDATE / FOR SHARE lock rows until the transaction ends: writers of the application would wait on them.
  if (hasKey(node, LOCKING)) return deny(`${what} locks rows (FOR UPDATE, FOR SHARE), which holds up the application's writes`);
  return functionsIn(node, readOnlyFunction) ?? allow('read');
}

const WRITES: ReadonlySet<string> = new Set(['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);
const LOCKING: ReadonlySet<string> = new Set(['lockingClause']);

/** Whether any object in the parse tree `node` has one of `keys`, at any depth. */
function hasKey(node: unknown, keys: ReadonlySet<string>): boolean {
  if (!node || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some((item) => hasKey(item, keys));
  for (const [key, value] of Object.entries(node)) {
    if (keys.has(key) || hasKey(value, keys)) return true;
  }
  return false;
}

function readOnlyFunction(schema: string | undefined, name: string): boolean {
  return !NOT_READ_ONLY.has(name) && callOperations('postgres', { name, ...(schema ? { schema } : {}) }, true).length === 0;
}

/** The first call in `node` that `ok` does not accept, as a refusal. */
function functionsIn(node: unknown, ok: (schema: string | undefined, name: string) => boolean): Unplanned | undefined {
  if (!node || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = functionsIn(item, ok);
      if (found) return found;
    }
    return undefined;
  }
  const call = (node as Node).FuncCall;
  if (call) {
    const parts = (call.funcname ?? []).map((n: Node) => String(n.String?.sval ?? ''));
    const name = parts[parts.length - 1] ?? '';
    const schema = parts.length > 1 ? parts[parts.length - 2] : undefined;
    if (!ok(schema, name)) return deny(`it calls ${schema ? `${schema}.` : ''}${name}(), which is not a read-only built-in`);
  }
  for (const value of Object.values(node)) {
    const found = functionsIn(value, ok);
    if (found) return found;
  }
  return undefined;
}
