/**
 * MySQL, MariaDB and SQLite front end: node-sql-parser (its per-dialect builds) turns a statement
 * into an AST, and this module turns the AST into operations.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- node-sql-parser ASTs are untyped JSON */
import mysql from 'node-sql-parser/build/mysql.js';
import mariadb from 'node-sql-parser/build/mariadb.js';
import sqlite from 'node-sql-parser/build/sqlite.js';
import { catalogWrite } from '../catalogs.js';
import { callOperations } from '../functions.js';
import { settingOperations } from '../settings.js';
import type { Analysis } from './front-end.js';
import { displayName, type Dialect, type ObjectName, type Operation, type WhereState } from '../types.js';

type Node = Record<string, any>;
type SqlParser = { astify(sql: string): Node | Node[] };

const parsers = new Map<Dialect, SqlParser>();
function parserFor(dialect: Dialect): SqlParser {
  let parser = parsers.get(dialect);
  if (!parser) {
    parser = new (dialect === 'sqlite' ? sqlite : dialect === 'mariadb' ? mariadb : mysql).Parser();
    parsers.set(dialect, parser);
  }
  return parser;
}

/** node-sql-parser's AST of a statement in this dialect; throws the parser's error when it cannot parse it. */
export function parseWithSqlParser(code: string, dialect: Dialect): Node | Node[] {
  return parserFor(dialect).astify(code);
}

export function analyzeWithSqlParser(code: string, dialect: Dialect): Analysis {
  let ast: Node | Node[];
  try {
    ast = parserFor(dialect).astify(code);
  } catch (error) {
    return { parsed: false, error: firstLine((error as Error).message) };
  }
  return { parsed: true, ops: analyzeSqlParserAst(ast, dialect).map((op) => ({ op })) };
}

/** Analyses what node-sql-parser returned for a statement. */
export function analyzeSqlParserAst(ast: Node | Node[], dialect: Dialect): Operation[] {
  const ops: Operation[] = [];
  for (const node of Array.isArray(ast) ? ast : [ast]) statement(node, { dialect, ops });
  return ops;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

interface Context {
  dialect: Dialect;
  ops: Operation[];
}

/** SQLite compares identifiers case-insensitively; MySQL table names are case-sensitive on most servers: kept as written. */
function fold(name: string, dialect: Dialect): string {
  return dialect === 'sqlite' ? name.toLowerCase() : name;
}

function tableName(ref: Node | string | null | undefined, dialect: Dialect): ObjectName {
  if (!ref) return { name: '?', uncertain: true };
  if (typeof ref === 'string') return { name: fold(ref, dialect) };
  if (typeof ref.table === 'string') return ref.db ? { schema: fold(ref.db, dialect), name: fold(ref.table, dialect) } : { name: fold(ref.table, dialect) };
  if (ref.name) return typeof ref.name === 'string' ? { name: fold(ref.name, dialect) } : tableName(ref.name, dialect);
  if (ref.value) return { name: fold(String(ref.value), dialect) };
  return { name: '?', uncertain: true };
}

function columnName(ref: Node | string | null | undefined): string {
  if (!ref) return '?';
  if (typeof ref === 'string') return ref;
  const column = ref.column;
  if (typeof column === 'string') return column;
  if (column?.expr?.value) return String(column.expr.value);
  return '?';
}

function literalKey(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (['number', 'bool', 'single_quote_string', 'double_quote_string', 'string', 'null'].includes(node.type)) {
    return JSON.stringify([node.type === 'double_quote_string' ? 'single_quote_string' : node.type, node.value]);
  }
  return undefined;
}

function truth(expr: Node | undefined): boolean | undefined {
  if (!expr) return undefined;
  if (expr.type === 'bool') return expr.value === true;
  if (expr.type === 'number') return Number(expr.value) !== 0;
  if (expr.parentheses && expr.type === 'expr_list') return undefined;
  if (expr.type === 'unary_expr' && String(expr.operator).toUpperCase() === 'NOT') {
    const inner = truth(expr.expr);
    return inner === undefined ? undefined : !inner;
  }
  if (expr.type === 'binary_expr') {
    const op = String(expr.operator).toUpperCase();
    if (op === 'OR') return truth(expr.left) === true || truth(expr.right) === true ? true : undefined;
    if (op === 'AND') {
      const l = truth(expr.left);
      const r = truth(expr.right);
      if (l === true && r === true) return true;
      return l === false || r === false ? false : undefined;
    }
    const left = literalKey(expr.left);
    const right = literalKey(expr.right);
    if (left !== undefined && right !== undefined) {
      if (op === '=' || op === '<=>') return left === right;
      if (op === '<>' || op === '!=') return left !== right;
    }
    if (op === '=' && expr.left?.type === 'column_ref' && expr.right?.type === 'column_ref') {
      return JSON.stringify(expr.left) === JSON.stringify(expr.right) ? true : undefined;
    }
  }
  return undefined;
}

/** A table a DELETE or UPDATE writes, with the names (table and alias) its columns can be qualified by. */
interface Target {
  table: ObjectName;
  names: Set<string>;
}

function target(ref: Node, dialect: Dialect): Target {
  return { table: tableName(ref, dialect), names: new Set([ref.table, ref.as].filter(Boolean).map((n) => String(n).toLowerCase())) };
}

/** `DELETE a, b FROM a JOIN b …` names its targets by table or alias: each resolves to its FROM entry. */
function deleteTargets(node: Node, dialect: Dialect): Target[] {
  const from: Node[] = node.from ?? [];
  const named: Node[] = node.table ?? from.slice(0, 1);
  return named.map((t) => {
    const entry = from.find((f) => f.as && f.as === t.table && !t.db) ?? from.find((f) => f.table === t.table && (f.db ?? null) === (t.db ?? null));
    return target(entry ?? t, dialect);
  });
}

/**
 * How a DELETE's or UPDATE's conditions (its WHERE and the ON/USING of its joins) limit the target's rows. A
 * condition that reads no column of the target (only constants, or other tables) matches every row or none.
 */
function whereState(where: Node | null | undefined, joins: Node[], t: Target): WhereState {
  const joined = joins.some((j) => j.using || (j.on && refersToRows(j.on, t.names, false)));
  if (!where) return joined ? 'present' : 'none';
  if (truth(where) === true) return 'always-true';
  return joined || refersToRows(where, t.names, false) ? 'present' : 'unrelated';
}

/** A column of the target: qualified by its name or alias anywhere, or unqualified outside a subquery. */
function refersToRows(node: unknown, names: Set<string>, inSubquery: boolean): boolean {
  if (Array.isArray(node)) return node.some((item) => refersToRows(item, names, inSubquery));
  if (!node || typeof node !== 'object') return false;
  const n = node as Node;
  if (n.type === 'column_ref') return n.table == null ? !inSubquery : names.has(String(n.table).toLowerCase());
  const subquery = inSubquery || n.type === 'select' || 'ast' in n;
  return Object.values(n).some((value) => refersToRows(value, names, subquery));
}

/** Every function call below a node: built-ins pass, dangerous ones are findings, others are calls to check. */
function calls(node: unknown, context: Context, executedNow: boolean): void {
  if (Array.isArray(node)) {
    for (const item of node) calls(item, context, executedNow);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  if (n.type === 'function') {
    const parts: string[] = Array.isArray(n.name?.name) ? n.name.name.map((p: Node) => String(p.value)) : [String(n.name ?? '?')];
    const name = parts.length > 1 ? { schema: parts[parts.length - 2]!, name: parts[parts.length - 1]! } : { name: parts[0]! };
    context.ops.push(...callOperations(context.dialect, name, executedNow));
  }
  for (const key in n) if (n[key] && typeof n[key] === 'object') calls(n[key], context, executedNow);
}

/** Storage engines that keep what is written; BLACKHOLE and MEMORY do not; anything else is unclassified. */
const DURABLE_ENGINES = new Set(['innodb', 'myisam', 'aria', 'rocksdb', 'tokudb', 'ndb', 'ndbcluster', 'archive', 'csv', 'mrg_myisam', 'merge']);
const VOLATILE_ENGINES: Record<string, string> = {
  blackhole: 'ENGINE=BLACKHOLE discards every row written to it',
  memory: 'ENGINE=MEMORY keeps rows only until the server restarts',
  heap: 'ENGINE=HEAP keeps rows only until the server restarts',
};

function engine(value: unknown, table: ObjectName, context: Context) {
  const name = String(value ?? '').toLowerCase();
  if (VOLATILE_ENGINES[name]) context.ops.push({ kind: 'volatile-storage', table, detail: VOLATILE_ENGINES[name]! });
  else if (!DURABLE_ENGINES.has(name)) context.ops.push({ kind: 'unclassified', what: `storage engine ${name}` });
}

type Handler = (node: Node, context: Context) => void;

const DROP_KEYWORDS: Record<string, string> = {
  table: 'table',
  database: 'database',
  schema: 'schema',
  view: 'view',
  index: 'index',
  trigger: 'trigger',
  procedure: 'procedure',
  function: 'function',
  type: 'type',
  sequence: 'sequence',
  event: 'event',
  user: 'user',
  role: 'role',
};

/** ALTER TABLE actions (`action/resource` as node-sql-parser reports them): a reason they are safe, or a handler. */
const ALTER_ACTIONS: Record<string, string | ((expr: Node, table: ObjectName, context: Context) => void)> = {
  'add/column': 'adds a column',
  'add/index': 'adds an index',
  'add/constraint': 'adds a constraint; existing rows are checked, not changed',
  'add/partition': 'adds an empty partition',
  'drop/column': (expr, table, c) => c.ops.push({ kind: 'drop-column', table, column: columnName(expr.column) }),
  'drop/index': 'drops an index or key; rows are unchanged',
  'drop/key': 'drops an index or key; rows are unchanged',
  'drop/constraint': 'drops a constraint; rows are unchanged',
  'drop/check': 'drops a CHECK constraint; rows are unchanged',
  'drop/foreign key': 'drops a foreign key; rows are unchanged',
  'drop/primary key': 'drops the primary key; rows are unchanged',
  'drop/partition': (expr, table, c) => c.ops.push({ kind: 'drop-partition', table, partitions: (expr.partitions ?? []).map((p: Node) => columnName(p.expr)), truncate: false }),
  'truncate/partition': (expr, table, c) => c.ops.push({ kind: 'drop-partition', table, partitions: (expr.partitions ?? []).map((p: Node) => columnName(p.expr)), truncate: true }),
  'modify/column': 'changes a column definition; strict SQL mode refuses lossy conversions',
  'change/column': (expr, table, c) => {
    const from = columnName(expr.old_column);
    const to = columnName(expr.column);
    if (from !== to) c.ops.push({ kind: 'rename', object: 'column', table, from, to });
  },
  'alter/column': 'changes a column default',
  'rename/table': (expr, table, c) => {
    const target = tableName(expr.table, c.dialect);
    c.ops.push({ kind: 'rename', object: 'table', table, from: displayName(table), to: displayName(target), target });
  },
  'rename/column': (expr, table, c) => c.ops.push({ kind: 'rename', object: 'column', table, from: columnName(expr.old_column), to: columnName(expr.column) }),
  'rename/index': 'renames an index',
  'rename/key': 'renames an index',
  '/engine': (expr, table, c) => engine(expr.engine, table, c),
  '/algorithm': 'chooses how MySQL performs the change',
  '/lock': 'chooses the lock MySQL takes for the change',
  '/comment': 'sets a comment',
  '/collate': 'sets the default collation for new columns',
  '/charset': 'sets the default character set for new columns',
  '/character set': 'sets the default character set for new columns',
  '/auto_increment': 'sets the next auto-increment value',
  '/row_format': 'sets the row format',
  '/key_block_size': 'sets the key block size',
  'convert/': 'converts text columns to another character set',
};

function alterTable(node: Node, context: Context) {
  const table = tableName((node.table ?? [])[0], context.dialect);
  for (const expr of node.expr ?? []) {
    const action = String(expr.action ?? '').toLowerCase();
    const resource = String(expr.resource ?? expr.keyword ?? '').toLowerCase();
    const entry = ALTER_ACTIONS[`${action}/${resource}`];
    if (typeof entry === 'function') entry(expr, table, context);
    else if (entry === undefined) context.ops.push({ kind: 'unclassified', what: `ALTER TABLE action ${[action, resource].filter(Boolean).join(' ').toUpperCase()}` });
    calls(expr, context, false);
  }
}

function create(node: Node, context: Context) {
  const keyword = String(node.keyword ?? '').toLowerCase();
  switch (keyword) {
    case 'table':
      for (const t of node.table ?? []) {
        const table = tableName(t, context.dialect);
        context.ops.push({ kind: 'create-table', table, ifNotExists: !!node.if_not_exists, temporary: !!node.temporary });
        for (const option of node.table_options ?? []) if (String(option.keyword).toLowerCase() === 'engine') engine(option.value, table, context);
      }
      calls(node.query_expr, context, true); // CREATE TABLE … AS SELECT runs its query now
      calls(node.create_definitions, context, false);
      return;
    case 'index':
    case 'fulltext':
    case 'spatial':
    case 'unique':
      context.ops.push({ kind: 'create-index', table: tableName(node.table, context.dialect), concurrently: false });
      return;
    case 'procedure':
    case 'function':
      context.ops.push({ kind: 'create-routine', name: tableName(node.name ?? node.procedure ?? node.function, context.dialect) });
      return;
    case 'user':
      // A server-wide account: a login with a password the migration knows. Rehearsal does not compare accounts.
      context.ops.push({ kind: 'server-administration', detail: 'CREATE USER makes a server account that can log in (accounts are server-wide, and rehearsal does not compare them)' });
      return;
    case 'view':
    case 'trigger':
    case 'database':
    case 'schema':
    case 'role':
    case 'sequence':
      calls(node, context, false); // definitions: their queries and defaults run later
      return;
    default:
      context.ops.push({ kind: 'unclassified', what: `CREATE ${keyword.toUpperCase()}` });
  }
}

function setStatement(node: Node, context: Context) {
  const global = /^(global|persist|persist_only)$/i.test(String(node.keyword ?? ''));
  for (const assign of node.expr ?? []) {
    const left = assign.left ?? {};
    calls(assign.right, context, true);
    if (left.prefix === '@') continue; // a user variable of this session
    const systemScope = left.prefix === '@@' && left.members?.length ? String(left.name).toLowerCase() : undefined;
    const name = systemScope ? String(left.members[left.members.length - 1]) : String(left.name ?? '');
    const scope = global || systemScope === 'global' || systemScope === 'persist' ? 'server' : 'session';
    context.ops.push(...settingOperations(context.dialect, name, null, scope));
  }
}

/**
 * Every statement type node-sql-parser produces for these dialects: a reviewed reason it is safe, or a
 * handler. A type not listed is `unclassified`.
 */
export const SQLPARSER_STATEMENTS: Record<string, string | Handler> = {
  select: (node, c) => {
    const into = String(node.into?.keyword ?? '').toUpperCase();
    if (into === 'OUTFILE' || into === 'DUMPFILE') c.ops.push({ kind: 'server-access', detail: `SELECT … INTO ${into} writes a file on the database server` });
    calls(node, c, true);
  },
  insert: (node, c) => {
    for (const t of node.table ?? []) {
      const table = tableName(t, c.dialect);
      // An upsert fed by a query is an UPDATE of every existing row the query matches.
      if (node.values?.type === 'select' && node.on_duplicate_update) c.ops.push({ kind: 'update', table, where: 'none', via: 'INSERT … SELECT … ON DUPLICATE KEY UPDATE' });
      c.ops.push(...catalogWrite(c.dialect, table, 'INSERT INTO'));
    }
    calls(node, c, true);
  },
  replace: (node, c) => {
    for (const t of node.table ?? []) {
      const table = tableName(t, c.dialect);
      // REPLACE deletes each existing row with the same key and inserts the new one: fed by a query, it overwrites in bulk.
      if (node.values?.type === 'select') c.ops.push({ kind: 'update', table, where: 'none', via: 'REPLACE … SELECT' });
      c.ops.push(...catalogWrite(c.dialect, table, 'REPLACE INTO'));
    }
    calls(node, c, true);
  },
  update: (node, c) => {
    // `UPDATE a JOIN b ON … SET b.x = …` writes the tables its SET columns are qualified by (the first one when unqualified).
    const tables: Node[] = node.table ?? [];
    const qualifiers = new Set((node.set ?? []).map((s: Node) => s.table ?? null));
    const written = tables.filter((t, i) => qualifiers.has(t.as ?? t.table) || (i === 0 && qualifiers.has(null)));
    for (const ref of written.length ? written : tables.slice(0, 1)) {
      const t = target(ref, c.dialect);
      c.ops.push({ kind: 'update', table: t.table, where: whereState(node.where, tables.slice(1), t) }, ...catalogWrite(c.dialect, t.table, 'UPDATE'));
    }
    calls(node, c, true);
  },
  delete: (node, c) => {
    for (const t of deleteTargets(node, c.dialect)) {
      c.ops.push({ kind: 'delete', table: t.table, where: whereState(node.where, (node.from ?? []).slice(1), t) }, ...catalogWrite(c.dialect, t.table, 'DELETE FROM'));
    }
    calls(node, c, true);
  },
  drop: (node, c) => {
    const keyword = String(node.keyword).toLowerCase();
    const object = DROP_KEYWORDS[keyword] ?? keyword;
    const names = (Array.isArray(node.name) ? node.name : [node.name]).map((n: Node) => tableName(n, c.dialect));
    c.ops.push({ kind: 'drop', object, names, cascade: /cascade/i.test(JSON.stringify(node.options ?? '')), concurrently: false });
  },
  truncate: (node, c) => c.ops.push({ kind: 'truncate', tables: (node.name ?? []).map((n: Node) => tableName(n, c.dialect)) }),
  rename: (node, c) => {
    for (const pair of node.table ?? []) {
      const table = tableName(pair[0], c.dialect);
      const target = tableName(pair[1], c.dialect);
      c.ops.push({ kind: 'rename', object: 'table', table, from: displayName(table), to: displayName(target), target });
    }
  },
  grant: (node, c) => {
    if (String(node.to_from ?? 'TO').toUpperCase() === 'FROM') return; // REVOKE only narrows access
    const grantees = (node.user_or_roles ?? []).map((u: Node) => String(u?.name?.value ?? '?'));
    if (String(node.keyword ?? '').toLowerCase() === 'proxy') {
      c.ops.push({ kind: 'server-administration', detail: `GRANT PROXY lets ${grantees.join(', ') || 'the grantee'} act as another account, with its privileges` });
      return;
    }
    if (String(node.keyword ?? '').toLowerCase() === 'role') {
      c.ops.push({ kind: 'grant-role', roles: (node.objects ?? []).map((o: Node) => String(o?.priv?.value ?? '?')), grantees, admin: /admin/i.test(JSON.stringify(node.with ?? '')) });
      return;
    }
    const privileges = (node.objects ?? []).map((o: Node) => String(o?.priv?.value ?? '').toUpperCase());
    if ((node.on?.priv_level ?? []).some((l: Node) => l.prefix === '*' || (l.prefix == null && l.name === '*'))) {
      c.ops.push({ kind: 'server-administration', detail: `GRANT ${privileges.join(', ')} ON *.* grants server-wide privileges` });
    }
    c.ops.push({ kind: 'grant', toPublic: grantees.some((g: string) => g.toUpperCase() === 'PUBLIC'), allPrivileges: privileges.some((p: string) => p.startsWith('ALL')), grantees });
  },
  create,
  alter: alterTable,
  use: (node, c) => c.ops.push({ kind: 'search-path', schemas: node.db ? [fold(String(node.db), c.dialect)] : null }),
  set: setStatement,
  call: (node, c) => {
    const parts: string[] = (node.expr?.name?.name ?? []).map((p: Node) => String(p.value));
    c.ops.push({ kind: 'call', name: { name: parts[parts.length - 1] ?? '?' }, routine: 'procedure' });
    calls(node.expr?.args, c, true);
  },
  load_data: (node, c) => {
    if (!node.local) c.ops.push({ kind: 'server-access', detail: 'LOAD DATA INFILE reads a file on the database server' });
  },
  transaction: 'transaction control (the gateway manages transactions itself)',
  analyze: 'updates planner statistics',
  show: 'reads server metadata',
  desc: 'reads a table definition',
  explain: (node, c) => statement(node.expr, c), // MySQL EXPLAIN ANALYZE runs the statement: analyse it as if it ran
  lock: 'LOCK TABLES: held until UNLOCK TABLES or the session ends',
  attach: (node, c) => c.ops.push({ kind: 'server-access', detail: `ATTACH opens or creates the database file ${JSON.stringify(String(node.expr?.value ?? '?'))}` }),
  unlock: 'releases table locks',
};

function statement(node: Node | null | undefined, context: Context): void {
  if (!node || typeof node !== 'object') return;
  for (const cte of node.with ?? []) statement(cte?.stmt?.ast ?? cte?.stmt, context);
  const entry = SQLPARSER_STATEMENTS[String(node.type)];
  if (typeof entry === 'function') entry(node, context);
  else if (entry === undefined) context.ops.push({ kind: 'unclassified', what: `${context.dialect} statement type ${String(node.type)}` });
}
