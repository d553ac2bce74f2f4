/**
 * MySQL, MariaDB and SQLite front end: node-sql-parser (its per-dialect builds) turns a statement
 * into an AST, and this module turns the AST into operations.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- node-sql-parser ASTs are untyped JSON */
import mysql from 'node-sql-parser/build/mysql.js';
import mariadb from 'node-sql-parser/build/mariadb.js';
import sqlite from 'node-sql-parser/build/sqlite.js';
import type { Dialect, Operation } from '../types.js';

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

export type SqlParserAnalysis = { parsed: true; ops: Operation[] } | { parsed: false; error: string };

export function analyzeWithSqlParser(code: string, dialect: Dialect): SqlParserAnalysis {
  let ast: Node | Node[];
  try {
    ast = parserFor(dialect).astify(code);
  } catch (error) {
    return { parsed: false, error: firstLine((error as Error).message) };
  }
  const ops: Operation[] = [];
  for (const node of Array.isArray(ast) ? ast : [ast]) walk(node, ops);
  return { parsed: true, ops };
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

function tableName(ref: Node | string | null | undefined): string {
  if (!ref) return '?';
  if (typeof ref === 'string') return ref;
  if (ref.table) return [ref.db, ref.table].filter(Boolean).join('.');
  if (ref.name) return typeof ref.name === 'string' ? ref.name : tableName(ref.name);
  if (ref.value) return String(ref.value);
  if (ref.column) return columnName(ref);
  return '?';
}

function columnName(ref: Node | string | null | undefined): string {
  if (!ref) return '?';
  if (typeof ref === 'string') return ref;
  const column = ref.column;
  if (typeof column === 'string') return column;
  if (column?.expr?.value) return String(column.expr.value);
  return tableName(ref);
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

function whereState(where: Node | null | undefined): 'none' | 'always-true' | 'present' {
  if (!where) return 'none';
  return truth(where) === true ? 'always-true' : 'present';
}

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
};

function walk(node: Node | null | undefined, ops: Operation[]): void {
  if (!node || typeof node !== 'object') return;
  for (const cte of node.with ?? []) walk(cte?.stmt?.ast ?? cte?.stmt, ops);
  switch (node.type) {
    case 'drop': {
      const object = DROP_KEYWORDS[String(node.keyword).toLowerCase()] ?? String(node.keyword).toLowerCase();
      const names = (Array.isArray(node.name) ? node.name : [node.name]).map(tableName);
      ops.push({ kind: 'drop', object, names, cascade: /cascade/i.test(JSON.stringify(node.options ?? '')), concurrently: false });
      return;
    }
    case 'truncate':
      ops.push({ kind: 'truncate', tables: (node.name ?? []).map(tableName) });
      return;
    case 'delete':
      ops.push({ kind: 'delete', table: tableName((node.from ?? node.table ?? [])[0]), where: whereState(node.where) });
      return;
    case 'update':
      ops.push({ kind: 'update', table: tableName((node.table ?? [])[0]), where: whereState(node.where) });
      return;
    case 'rename':
      for (const pair of node.table ?? []) {
        ops.push({ kind: 'rename', object: 'table', table: tableName(pair[0]), from: tableName(pair[0]), to: tableName(pair[1]) });
      }
      return;
    case 'grant': {
      const privileges = (node.objects ?? []).map((o: Node) => String(o?.priv?.value ?? '').toUpperCase());
      const grantees = (node.user_or_roles ?? []).map((u: Node) => String(u?.name?.value ?? '?'));
      ops.push({ kind: 'grant', toPublic: grantees.some((g: string) => g.toUpperCase() === 'PUBLIC'), allPrivileges: privileges.some((p: string) => p.startsWith('ALL')), grantees });
      return;
    }
    case 'create':
      if (node.keyword === 'table') for (const t of node.table ?? []) ops.push({ kind: 'create-table', table: tableName(t), ifNotExists: !!node.if_not_exists });
      if (node.keyword === 'index') ops.push({ kind: 'create-index', table: tableName(node.table), concurrently: false });
      return;
    case 'alter':
      alterTable(node, ops);
      return;
    default:
      return;
  }
}

function alterTable(node: Node, ops: Operation[]) {
  const table = tableName((node.table ?? [])[0]);
  for (const expr of node.expr ?? []) {
    const action = String(expr.action ?? '').toLowerCase();
    const resource = String(expr.resource ?? '').toLowerCase();
    if (action === 'drop' && resource === 'column') ops.push({ kind: 'drop-column', table, column: columnName(expr.column) });
    else if (action === 'rename' && resource === 'table') ops.push({ kind: 'rename', object: 'table', table, from: table, to: tableName(expr.table) });
    else if (action === 'rename' && resource === 'column') ops.push({ kind: 'rename', object: 'column', table, from: columnName(expr.old_column), to: columnName(expr.column) });
    else if (action === 'change' && expr.old_column && columnName(expr.old_column) !== columnName(expr.column)) {
      ops.push({ kind: 'rename', object: 'column', table, from: columnName(expr.old_column), to: columnName(expr.column) });
    }
  }
}
