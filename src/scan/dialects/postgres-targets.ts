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
  /**
   * The system catalogs a statement of its kind writes that a snapshot does not read as objects (CREATE CAST:
   * pg_cast; ALTER PUBLICATION: its tables), by name in pg_catalog; `*` for one that may write any (CREATE EXTENSION
   * runs a script, DROP OWNED drops whatever a role owns).
   */
  catalogs: string[];
}

const DML = new Set(['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt', 'SelectStmt', 'TruncateStmt', 'CopyStmt']);
const REBUILDS = new Set(['AlterTableStmt', 'ClusterStmt', 'RefreshMatViewStmt', 'VacuumStmt']);

/** The targets of one statement; a statement the parser refuses names nothing (so it is allowed nothing). */
export function postgresTargets(sql: string): StatementTargets {
  const targets: StatementTargets = { rows: [], relations: [], rebuilds: [], names: [], catalogs: [] };
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
      targets.catalogs.push(...catalogsWritten(type, stmt[type] as Node));
    }
    // Only these give a table new storage while keeping its rows; a GRANT or COMMENT that names it does not.
    if (REBUILDS.has(type)) walkRelations(stmt, targets.rebuilds);
  }
  return targets;
}

/** The catalogs (beyond those a snapshot reads) that statements on objects of this type write. */
const CATALOGS_OF_OBJECT: Record<string, string[]> = {
  OBJECT_AGGREGATE: ['pg_aggregate'],
  OBJECT_OPERATOR: ['pg_operator'],
  OBJECT_OPCLASS: ['pg_opclass', 'pg_opfamily', 'pg_amop', 'pg_amproc'],
  OBJECT_OPFAMILY: ['pg_opfamily', 'pg_amop', 'pg_amproc'],
  OBJECT_CAST: ['pg_cast'],
  OBJECT_COLLATION: ['pg_collation'],
  OBJECT_CONVERSION: ['pg_conversion'],
  OBJECT_TRANSFORM: ['pg_transform'],
  OBJECT_LANGUAGE: ['pg_language'],
  OBJECT_ACCESS_METHOD: ['pg_am'],
  OBJECT_TSCONFIGURATION: ['pg_ts_config', 'pg_ts_config_map'],
  OBJECT_TSDICTIONARY: ['pg_ts_dict'],
  OBJECT_TSPARSER: ['pg_ts_parser'],
  OBJECT_TSTEMPLATE: ['pg_ts_template'],
  OBJECT_EVENT_TRIGGER: ['pg_event_trigger'],
  OBJECT_PUBLICATION: ['pg_publication', 'pg_publication_rel', 'pg_publication_namespace'],
  OBJECT_PUBLICATION_REL: ['pg_publication_rel'],
  OBJECT_PUBLICATION_NAMESPACE: ['pg_publication_namespace'],
  OBJECT_SUBSCRIPTION: ['pg_subscription', 'pg_subscription_rel'],
  OBJECT_FDW: ['pg_foreign_data_wrapper'],
  OBJECT_FOREIGN_SERVER: ['pg_foreign_server'],
  OBJECT_USER_MAPPING: ['pg_user_mapping'],
  OBJECT_FOREIGN_TABLE: ['pg_foreign_table'],
  OBJECT_PARAMETER_ACL: ['pg_parameter_acl'],
  OBJECT_TABLESPACE: ['pg_tablespace'],
};

/** Statements that name their object's type by their kind alone. */
const OBJECT_OF_STATEMENT: Record<string, string> = {
  CreateCastStmt: 'OBJECT_CAST',
  CreateOpClassStmt: 'OBJECT_OPCLASS',
  CreateOpFamilyStmt: 'OBJECT_OPFAMILY',
  AlterOpFamilyStmt: 'OBJECT_OPFAMILY',
  AlterOperatorStmt: 'OBJECT_OPERATOR',
  CreateConversionStmt: 'OBJECT_CONVERSION',
  CreateTransformStmt: 'OBJECT_TRANSFORM',
  CreatePLangStmt: 'OBJECT_LANGUAGE',
  CreateAmStmt: 'OBJECT_ACCESS_METHOD',
  AlterTSConfigurationStmt: 'OBJECT_TSCONFIGURATION',
  AlterTSDictionaryStmt: 'OBJECT_TSDICTIONARY',
  AlterCollationStmt: 'OBJECT_COLLATION',
  CreateEventTrigStmt: 'OBJECT_EVENT_TRIGGER',
  AlterEventTrigStmt: 'OBJECT_EVENT_TRIGGER',
  CreatePublicationStmt: 'OBJECT_PUBLICATION',
  AlterPublicationStmt: 'OBJECT_PUBLICATION',
  CreateSubscriptionStmt: 'OBJECT_SUBSCRIPTION',
  AlterSubscriptionStmt: 'OBJECT_SUBSCRIPTION',
  DropSubscriptionStmt: 'OBJECT_SUBSCRIPTION',
  CreateFdwStmt: 'OBJECT_FDW',
  AlterFdwStmt: 'OBJECT_FDW',
  CreateForeignServerStmt: 'OBJECT_FOREIGN_SERVER',
  AlterForeignServerStmt: 'OBJECT_FOREIGN_SERVER',
  CreateUserMappingStmt: 'OBJECT_USER_MAPPING',
  AlterUserMappingStmt: 'OBJECT_USER_MAPPING',
  DropUserMappingStmt: 'OBJECT_USER_MAPPING',
  CreateForeignTableStmt: 'OBJECT_FOREIGN_TABLE',
  ImportForeignSchemaStmt: 'OBJECT_FOREIGN_TABLE',
};

/** Statements that may write any catalog: an extension's script, everything a role owns. */
const ANY_CATALOG = new Set(['CreateExtensionStmt', 'AlterExtensionStmt', 'AlterExtensionContentsStmt', 'DropOwnedStmt', 'ReassignOwnedStmt']);

function catalogsWritten(type: string, n: Node): string[] {
  if (ANY_CATALOG.has(type)) return ['*'];
  if (type === 'SecLabelStmt') return ['pg_seclabel', 'pg_shseclabel'];
  // The generic statements carry the type of the object they act on.
  const object = OBJECT_OF_STATEMENT[type] ?? (n?.kind ?? n?.removeType ?? n?.renameType ?? n?.objectType ?? n?.objtype);
  return CATALOGS_OF_OBJECT[String(object)] ?? [];
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
