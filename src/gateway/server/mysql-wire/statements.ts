/**
 * What a statement arriving on the MySQL wire endpoint is. A packet is split and parsed exactly as the scanner
 * splits and parses a migration file (statement-splitter.ts, node-sql-parser in the connection's dialect), so "the
 * same statement" means the same parse tree on both sides. Without a plan only what cannot change data runs: reads
 * (not of the `mysql` schema, where password hashes live), a closed list of SHOW forms and session settings,
 * transaction control, and the migration tool's exact history statements. Anything else is refused, and so is
 * what the parser cannot read, except two token shapes it lacks (SHOW …, SET NAMES). Pure.
 */
import { sha256Hex } from '../../../sha256.js';
import { parseWithSqlParser } from '../../../scan/dialects/sqlparser.js';
import { callOperations } from '../../../scan/functions.js';
import { settingOperations } from '../../../scan/settings.js';
import { codeOf, splitStatements, type Token } from '../../../scan/statement-splitter.js';
import type { Dialect } from '../../../scan/types.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- node-sql-parser ASTs are untyped JSON */
type Node = Record<string, any>;

export interface MysqlStatement {
  sql: string;
  /** sha256 of the parse tree (or of the token shape, for the forms the parser lacks). */
  key: string;
  /** node-sql-parser's statement type, or `show` / `set-names` for the token shapes. */
  type: string;
  node?: Node;
  tokens: Token[];
  /** It holds /*! … *\/ code, which the server runs or skips by its version. */
  executableComment: boolean;
}

export class MysqlParseError extends Error {}

/** Splits and parses a packet's SQL; throws MysqlParseError with the parser's message for what it cannot read. */
export function parseMysqlStatements(sql: string, dialect: Dialect): MysqlStatement[] {
  const statements: MysqlStatement[] = [];
  for (const segment of splitStatements(sql, dialect)) {
    if (segment.kind !== 'sql') throw new MysqlParseError('DELIMITER and other client commands are for the mysql client, not the server');
    const code = codeOf(sql, segment);
    const text = sql.slice(segment.start, segment.end).trim();
    const executableComment = segment.hidden.length > 0;
    let tree: Node | Node[];
    try {
      tree = parseWithSqlParser(code, dialect);
    } catch (error) {
      const shape = tokenShape(segment.tokens);
      if (shape) {
        statements.push({ sql: text, key: sha256Hex(`tokens:${shape.type}:${JSON.stringify(segment.tokens.map((t) => [t.type, t.value]))}`), type: shape.type, tokens: segment.tokens, executableComment });
        continue;
      }
      throw new MysqlParseError(`the gateway cannot parse ${JSON.stringify(text.slice(0, 80))}: ${String((error as Error).message).split('\n')[0]!.slice(0, 200)}`);
    }
    const nodes = Array.isArray(tree) ? tree : [tree];
    if (nodes.length !== 1) throw new MysqlParseError(`the gateway reads ${JSON.stringify(text.slice(0, 80))} as ${nodes.length} statements where the splitter found one`);
    const node = nodes[0]!;
    statements.push({ sql: text, key: sha256Hex(JSON.stringify(node)), type: String(node.type ?? 'unknown'), node, tokens: segment.tokens, executableComment });
  }
  return statements;
}

/** The key of a planned statement, or undefined when it is not one statement the gateway can read. */
export function mysqlPlanKey(sql: string, dialect: Dialect): { key: string; transaction: boolean } | undefined {
  try {
    const [statement, more] = parseMysqlStatements(sql, dialect);
    return statement && !more ? { key: statement.key, transaction: statement.type === 'transaction' } : undefined;
  } catch {
    return undefined;
  }
}

/** The SHOW forms a tool may send (not SHOW GRANTS, CREATE USER or PROCESSLIST: credentials and others' statements). */
const SHOW_FORMS = ['TABLES', 'FULL TABLES', 'COLUMNS', 'FULL COLUMNS', 'FIELDS', 'FULL FIELDS', 'INDEX', 'INDEXES', 'KEYS', 'CREATE TABLE', 'CREATE VIEW', 'VARIABLES', 'SESSION VARIABLES', 'DATABASES', 'SCHEMAS', 'WARNINGS', 'ERRORS', 'STATUS', 'SESSION STATUS', 'ENGINES', 'COLLATION', 'CHARACTER SET', 'CHARSET', 'TABLE STATUS', 'TRIGGERS'];
/** Character sets in which a backslash or quote byte is always that character: the server lexes as the splitter does. */
const SAFE_CHARSETS = new Set(['UTF8MB4', 'UTF8', 'UTF8MB3', 'LATIN1', 'ASCII', 'BINARY']);

function tokenShape(tokens: readonly Token[]): { type: string } | undefined {
  const words = tokens.map((t) => (t.type === 'word' ? t.value : t.type === 'punct' ? t.value : `<${t.type}>`));
  if (words[0] === 'SHOW') return { type: 'show' };
  if (words[0] === 'SET' && words[1] === 'NAMES') return { type: 'set-names' };
  if (words[0] === 'SET' && (words[1] === 'TRANSACTION' || (words[1] === 'SESSION' && words[2] === 'TRANSACTION'))) return { type: 'set-transaction' };
  return undefined;
}

export type Unplanned = { allowed: true; kind: 'read' | 'session' | 'transaction' | 'history' } | { allowed: false; why: string };
const allow = (kind: 'read' | 'session' | 'transaction' | 'history'): Unplanned => ({ allowed: true, kind });
const deny = (why: string): Unplanned => ({ allowed: false, why });

/** The tools whose history statements the MySQL endpoint knows (captured from the real tools with the general log). */
export const MYSQL_WIRE_TOOLS = ['none', 'dbmate', 'knex'] as const;
export type MysqlWireTool = (typeof MYSQL_WIRE_TOOLS)[number];

const HISTORY: Record<MysqlWireTool, readonly string[]> = {
  none: [],
  dbmate: ['create table if not exists `schema_migrations` (version varchar(128) primary key)', 'insert into `schema_migrations` (version) values (?)', 'delete from `schema_migrations` where version = ?'],
  // knex 3 (mysql2 client): its migrations table and its lock, as `migrate:latest` and `migrate:rollback` write them.
  knex: [
    'create table `knex_migrations` (`id` int unsigned not null auto_increment primary key, `name` varchar(255), `batch` int, `migration_time` timestamp)',
    'create table `knex_migrations_lock` (`index` int unsigned not null auto_increment primary key, `is_locked` int)',
    'insert into `knex_migrations_lock` (`is_locked`) values (0)',
    'update `knex_migrations_lock` set `is_locked` = 1 where `is_locked` = 0',
    'update `knex_migrations_lock` set `is_locked` = 0',
    "insert into `knex_migrations` (`batch`, `migration_time`, `name`) values (1, '2026-01-01 00:00:00.000', 'x')",
    "delete from `knex_migrations` where `name` = 'x'",
  ],
};

export interface MysqlRuleOptions {
  tool: MysqlWireTool;
  dialect: Dialect;
  /** The target database (the only one USE may name). */
  database: string;
}

/** Whether a statement that is not (or no longer) in the plan may run anyway. */
export function mysqlUnplanned(statement: MysqlStatement, options: MysqlRuleOptions): Unplanned {
  if (statement.executableComment) return deny('it holds /*! … */ code, which the server runs or skips by its version; send the statement without it');
  const { node, type, tokens } = statement;
  switch (type) {
    case 'show': {
      const form = tokens.slice(1, 3).map((t) => t.value);
      const known = SHOW_FORMS.some((f) => f === form.join(' ') || f === form[0]);
      if (!known) return deny(`SHOW ${form.join(' ')} is not one of the SHOW forms a migration tool sends`);
      // No expressions (SHOW … WHERE f()): names, literals and dots only.
      return tokens.some((t) => t.type === 'punct' && t.value !== '.' && t.value !== ',') ? deny('SHOW with an expression') : mentionsMysqlSchema(tokens) ?? allow('read');
    }
    case 'set-names': {
      const charset = tokens[2];
      return charset && (charset.type === 'word' || charset.type === 'string') && SAFE_CHARSETS.has(charset.value.toUpperCase()) ? allow('session') : deny('SET NAMES to a character set whose multibyte characters can hold a quote or backslash byte would make the server read statements differently from the gateway');
    }
    case 'set-transaction':
      return tokens.some((t) => t.type === 'word' && t.value === 'GLOBAL') ? deny('SET GLOBAL changes every session on the server') : allow('session');
    case 'select':
      return readOnly(node!, options);
    case 'transaction': {
      const words = tokens.map((t) => t.value);
      if (words.includes('CHAIN') || words.includes('RELEASE')) return deny('AND CHAIN and RELEASE make the end of the transaction ambiguous; end it, then START TRANSACTION');
      if (words[0] === 'XA') return deny('XA transactions are left behind the session');
      return allow('transaction');
    }
    case 'set':
      return setting(node!, options);
    case 'use':
      return String(node!.db) === options.database ? allow('session') : deny(`USE ${String(node!.db).slice(0, 64)}: this connection reaches database ${options.database} only`);
    default:
      if (isHistory(statement, options)) return allow('history');
      return deny(`${type.toUpperCase()} is a change`);
  }
}

/** A SELECT without INTO, locking or writing functions, not reading the `mysql` schema. */
function readOnly(node: Node, options: MysqlRuleOptions): Unplanned {
  if (node.into?.keyword || node.into?.expr) return deny('SELECT … INTO writes a file or variables');
  if (node.locking_read || /FOR UPDATE|LOCK IN SHARE MODE|FOR SHARE/i.test(JSON.stringify(node.locking_read ?? ''))) return deny('SELECT … FOR UPDATE locks rows, which holds up the application');
  let problem: string | undefined;
  walk(node, (n) => {
    if (problem) return;
    if ((n.db ?? n.schema) && String(n.db ?? n.schema).toLowerCase() === 'mysql' && (n.table !== undefined || n.type === 'column_ref')) problem = 'the mysql schema holds accounts and their password hashes';
    if (n.type === 'function' || n.type === 'aggr_func') {
      const name = functionName(n);
      if (name && !readOnlyFunction(name, options.dialect)) problem = `it calls ${name}(), which is not a read-only built-in`;
    }
  });
  return problem ? deny(problem) : allow('read');
}

const NOT_READ_ONLY = new Set(['sleep', 'benchmark', 'get_lock', 'release_lock', 'release_all_locks', 'load_file', 'master_pos_wait', 'source_pos_wait', 'nextval', 'setval', 'lastval', 'is_free_lock', 'is_used_lock', 'master_gtid_wait']);

function readOnlyFunction(name: string, dialect: Dialect): boolean {
  const folded = name.toLowerCase();
  return !NOT_READ_ONLY.has(folded) && callOperations(dialect, { name: folded }, true).length === 0;
}

function functionName(n: Node): string | undefined {
  const parts = n.name?.name;
  if (Array.isArray(parts)) return parts.map((p: Node) => String(p.value)).join('.');
  return typeof n.name === 'string' ? n.name : undefined;
}

const SAFE_VALUE_TYPES = new Set(['number', 'single_quote_string', 'double_quote_string', 'bool', 'default', 'null', 'origin']);
/** Settings a tool may change in its session (the scanner's table of MySQL settings decides the rest). */
const TOOL_SETTINGS = new Set(['autocommit', 'time_zone', 'transaction_isolation', 'tx_isolation', 'transaction_read_only', 'character_set_results', 'wait_timeout', 'net_read_timeout', 'net_write_timeout', 'lock_wait_timeout', 'innodb_lock_wait_timeout', 'max_execution_time', 'max_statement_time', 'group_concat_max_len', 'sql_notes', 'sql_warnings', 'names']);

function setting(node: Node, options: MysqlRuleOptions): Unplanned {
  if (/GLOBAL|PERSIST/i.test(String(node.keyword ?? ''))) return deny('SET GLOBAL changes every session on the server');
  for (const assign of node.expr ?? []) {
    const left = assign.left ?? {};
    const right = assign.right ?? {};
    if (!SAFE_VALUE_TYPES.has(String(right.type))) return deny('SET to an expression (only literal values)');
    if (left.prefix === '@') continue; // a user variable: the session's own
    const name = String(left.name ?? '').toLowerCase().replace(/^(session|local)\./, '');
    if (left.prefix === '@@' && /^global\./i.test(String(left.name))) return deny('SET @@global changes every session on the server');
    if (!TOOL_SETTINGS.has(name)) return deny(`SET ${name} is not one of the session settings migration tools send (sql_mode, for one, changes how the server reads statements)`);
    if (settingOperations(options.dialect, name, [String(right.value)], 'session').some((op) => op.kind === 'disable-safeguard' || op.kind === 'server-administration')) return deny(`SET ${name} is not a harmless session setting`);
  }
  return allow('session');
}

/** A statement of the tool's history with the shape of one it sends: literals and ? the only free parts. */
function isHistory(statement: MysqlStatement, options: MysqlRuleOptions): boolean {
  if (!statement.node) return false;
  const shape = shapeOf(statement.node);
  return historyShapes(options.tool, options.dialect).has(shape);
}

const shapes = new Map<string, Set<string>>();
function historyShapes(tool: MysqlWireTool, dialect: Dialect): Set<string> {
  const id = `${tool}\u0000${dialect}`;
  let set = shapes.get(id);
  if (!set) {
    set = new Set(HISTORY[tool].map((sql) => shapeOf(parseMysqlStatements(sql, dialect)[0]!.node!)));
    shapes.set(id, set);
  }
  return set;
}

const LITERALS = new Set(['number', 'single_quote_string', 'double_quote_string', 'natural_string', 'hex_string', 'bit_string', 'bool', 'null']);
function shapeOf(node: Node): string {
  return JSON.stringify(node, (_key, value) => {
    if (value && typeof value === 'object' && !Array.isArray(value) && (LITERALS.has(value.type) || (value.type === 'origin' && value.value === '?'))) return '<value>';
    return value;
  });
}

function mentionsMysqlSchema(tokens: readonly Token[]): Unplanned | undefined {
  return tokens.some((t) => (t.type === 'word' || t.type === 'quoted') && String(t.raw ?? t.value).toLowerCase() === 'mysql') ? deny('the mysql schema holds accounts and their password hashes') : undefined;
}

function walk(node: unknown, visit: (n: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((item) => walk(item, visit));
  visit(node as Node);
  for (const value of Object.values(node)) walk(value, visit);
}
