/**
 * What a PostgreSQL statement says it changes, read from its parse tree: the tables whose rows it writes (INSERT,
 * UPDATE, DELETE, MERGE, TRUNCATE, COPY FROM, also in WITH clauses) and, for any other statement (DDL, GRANT, …),
 * every relation and every other name it mentions. The gateway's check before COMMIT allows what a statement says
 * it does to what it names; anything else it measures (a trigger's, a rule's or a function's doing) needs an effect
 * the reviewers approved. Pure.
 */
import { parseSync } from 'libpg-query';
import type { ObjectName } from '../types.js';
import { relationName, type Node } from './postgres-ast.js';

export type RowOperation = 'insert' | 'update' | 'delete' | 'truncate';

export interface StatementTargets {
  /** Tables whose rows the statement writes, by operation. */
  rows: Array<{ op: RowOperation; table: ObjectName }>;
  /** Relations a statement other than plain DML names: their catalog entries may change. */
  relations: ObjectName[];
  /** Relations a statement rebuilds on purpose (ALTER TABLE, CLUSTER, REFRESH MATERIALIZED VIEW, VACUUM FULL): new storage, rows kept. */
  rebuilds: ObjectName[];
  /** Every other name such a statement mentions (functions, types, roles, schemas, …), as written. */
  names: string[];
}

const DML = new Set(['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt', 'SelectStmt', 'TruncateStmt', 'CopyStmt']);
const REBUILDS = new Set(['AlterTableStmt', 'ClusterStmt', 'RefreshMatViewStmt', 'VacuumStmt']);

/** The targets of one statement; a statement the parser refuses names nothing (so it is allowed nothing). */
export function postgresTargets(sql: string): StatementTargets {
  const targets: StatementTargets = { rows: [], relations: [], rebuilds: [], names: [] };
  let tree: Node;
  try {
    tree = parseSync(sql) as Node;
  } catch {
    return targets;
  }
  for (const { stmt } of (tree.stmts ?? []) as Node[]) {
    if (!stmt) continue;
    walkRows(stmt, targets);
    const type = Object.keys(stmt)[0]!;
    if (!DML.has(type)) {
      walkRelations(stmt, targets.relations);
      targets.names.push(...identifiers(stmt));
    }
    // Only these give a table new storage while keeping its rows; a GRANT or COMMENT that names it does not.
    if (REBUILDS.has(type)) walkRelations(stmt, targets.rebuilds);
  }
  return targets;
}

/** Row writes anywhere in the tree: data-modifying WITH clauses are statements inside a statement. */
function walkRows(node: unknown, targets: StatementTargets): void {
  if (Array.isArray(node)) {
    for (const item of node) walkRows(item, targets);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  if (n.InsertStmt) {
    targets.rows.push({ op: 'insert', table: relationName(n.InsertStmt.relation) });
    if (n.InsertStmt.onConflictClause?.action === 'ONCONFLICT_UPDATE') targets.rows.push({ op: 'update', table: relationName(n.InsertStmt.relation) });
  }
  if (n.UpdateStmt) targets.rows.push({ op: 'update', table: relationName(n.UpdateStmt.relation) });
  if (n.DeleteStmt) targets.rows.push({ op: 'delete', table: relationName(n.DeleteStmt.relation) });
  if (n.MergeStmt) for (const op of ['insert', 'update', 'delete'] as const) targets.rows.push({ op, table: relationName(n.MergeStmt.relation) });
  if (n.TruncateStmt) for (const relation of (n.TruncateStmt.relations ?? []) as Node[]) targets.rows.push({ op: 'truncate', table: relationName(relation.RangeVar) });
  if (n.CopyStmt?.is_from && n.CopyStmt.relation) targets.rows.push({ op: 'insert', table: relationName(n.CopyStmt.relation) });
  for (const value of Object.values(n)) walkRows(value, targets);
}

function walkRelations(node: unknown, out: ObjectName[]): void {
  if (Array.isArray(node)) {
    for (const item of node) walkRelations(item, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  // A RangeVar: wrapped ({RangeVar: {…}}) in lists, bare where a field holds one (AlterTableStmt.relation).
  if (typeof n.relname === 'string') out.push(relationName(n));
  for (const value of Object.values(n)) walkRelations(value, out);
}

/** Fields that hold an identifier as plain text (others hold it in String nodes, which count too). */
const IDENTIFIER_FIELDS = new Set(['relname', 'schemaname', 'rolename', 'role', 'name', 'newname', 'subname', 'trigname', 'rulename', 'policy_name', 'idxname', 'conname', 'extname', 'dbname', 'newschema', 'schema']);

/** Every identifier a statement mentions, without its literals (a string constant names nothing). */
function identifiers(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) identifiers(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'A_Const') continue;
      if (key === 'String' && typeof (value as Node).sval === 'string') out.push((value as Node).sval);
      else if (IDENTIFIER_FIELDS.has(key) && typeof value === 'string') out.push(value);
      else identifiers(value, out);
    }
  }
  return out;
}
