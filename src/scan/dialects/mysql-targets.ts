/**
 * What a MySQL or MariaDB statement says it changes, read from node-sql-parser's tree: the tables whose rows it
 * writes (INSERT, REPLACE, UPDATE, DELETE, TRUNCATE) and, for any other statement, every table it names and every
 * other identifier in it. The gateway's check allows what a statement says it does to what it names; what a
 * procedure, trigger or event does beyond that needs an approved effect. Pure; the same shape as postgres-targets.
 */
import type { Dialect } from '../types.js';
import type { RowOperation, StatementTargets } from './postgres-targets.js';
import { parseWithSqlParser } from './sqlparser.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- node-sql-parser ASTs are untyped JSON */
type Node = Record<string, any>;

const ROW_WRITES: Record<string, RowOperation[]> = { insert: ['insert'], replace: ['insert', 'delete'], update: ['update'], delete: ['delete'] };
const LITERALS = new Set(['number', 'single_quote_string', 'double_quote_string', 'natural_string', 'hex_string', 'bit_string', 'bool', 'null', 'param']);

export function mysqlTargets(sql: string, dialect: Dialect): StatementTargets {
  const targets: StatementTargets = { rows: [], relations: [], rebuilds: [], names: [], catalogs: [] };
  let tree: Node | Node[];
  try {
    tree = parseWithSqlParser(sql, dialect);
  } catch {
    return targets;
  }
  for (const node of Array.isArray(tree) ? tree : [tree]) {
    const type = String(node.type ?? '');
    const ops = ROW_WRITES[type];
    if (ops) {
      for (const table of writtenTables(node)) for (const op of ops) targets.rows.push({ op, table: { name: table } });
      continue;
    }
    if (type === 'truncate') {
      for (const table of tablesIn(node)) targets.rows.push({ op: 'truncate', table: { name: table } });
      continue;
    }
    if (type === 'select') continue;
    targets.relations.push(...tablesIn(node).map((name) => ({ name })));
    targets.rebuilds.push(...(type === 'alter' ? tablesIn(node).map((name) => ({ name })) : []));
    targets.names.push(...identifiersIn(node));
  }
  return targets;
}

/** The tables an INSERT, REPLACE, UPDATE or DELETE writes (not those it only reads). */
function writtenTables(node: Node): string[] {
  const listed = Array.isArray(node.table) ? node.table : node.table ? [node.table] : [];
  const names = listed.map((t: Node) => String(t.table ?? '')).filter(Boolean);
  // DELETE t1 FROM t1 JOIN t2 names its targets in `table`; a plain DELETE FROM t in `from`.
  if (!names.length && Array.isArray(node.from)) return node.from.map((t: Node) => String(t.table ?? '')).filter(Boolean);
  return names;
}

/** Every table name in the tree, as written. */
function tablesIn(node: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown) => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    const n = value as Node;
    if (typeof n.table === 'string' && n.table) found.add(n.table);
    for (const child of Object.values(n)) visit(child);
  };
  visit(node);
  return [...found];
}

/** Every identifier-like string in the tree outside literals (routine, trigger, column, user names). */
function identifiersIn(node: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      if (/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(value)) found.add(value);
      return;
    }
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    const n = value as Node;
    if (LITERALS.has(String(n.type))) return;
    for (const [key, child] of Object.entries(n)) if (key !== 'type' && key !== 'keyword' && key !== 'resource') visit(child);
  };
  visit(node);
  return [...found];
}
