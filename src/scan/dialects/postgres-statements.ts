/**
 * The closed world of PostgreSQL statements: every statement node libpg-query can produce, every ALTER TABLE
 * sub-command and every object type has an entry here — a reviewed one-line reason why it is safe, or a
 * handler that turns it into operations for the rules. The tables are typed against the parser's own node
 * list (@pgsql/types), so a parser upgrade that adds a node fails the type check until it is classified; a
 * node that is still unknown at run time is `unclassified`.
 */
import type { AlterTableType, ObjectType } from '@pgsql/types';
import type { Node as ParserNode } from '@pgsql/types';
import { catalogWrite } from '../catalogs.js';
import { settingOperations, type SettingScope } from '../settings.js';
import { displayName, type ObjectName, type Operation, type Origin } from '../types.js';
import { constantText, defElems, isPlainConversion, listName, relationName, strings, volatileDefaultOf, whereState, type Node } from './postgres-ast.js';

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
export type StatementType = Extract<KeysOfUnion<ParserNode>, `${string}Stmt`>;

/** What a handler may do while the analyzer walks one statement. */
export interface Walker {
  emit(op: Operation): void;
  /** Walks child nodes in the current context. */
  walk(node: unknown): void;
  /** Walks child nodes whose expressions are only stored now (view queries, defaults, policies), not run. */
  walkDeferred(node: unknown): void;
  /** Walks child nodes as nested statements: they are analysed, but what they create is not learnt. */
  walkNested(node: unknown, origin: Origin): void;
  doBlock(n: Node): void;
  functionBody(n: Node): void;
  /** The text of the statement being walked (for messages). */
  readonly statementText: string;
}

/** 'skip': the handler walked the children it cares about itself. */
export type Handler = (n: Node, w: Walker) => 'skip' | void;
/** A string is the reviewed reason the statement is safe; its children are still walked (calls, nested DML). */
export type Classification = string | Handler;

const serverAdministration = (detail: string): Handler => (_n, w) => w.emit({ kind: 'server-administration', detail });
const deferred: Handler = (n, w) => {
  w.walkDeferred(n);
  return 'skip';
};

/** Procedural languages whose code runs on the server with the server's OS rights (no sandbox). */
export const UNTRUSTED_LANGUAGES = new Set(['c', 'internal', 'plpythonu', 'plpython2u', 'plpython3u', 'plperlu', 'pltclu', 'plsh', 'plrust']);
const TRUSTED_LANGUAGES = new Set(['sql', 'plpgsql', 'plperl', 'pltcl', 'plv8', 'plcoffee', 'plls']);

/** Extensions that only add types, functions and index methods computed inside the database. */
const HARMLESS_EXTENSIONS = new Set(
  `pgcrypto uuid-ossp citext hstore pg_trgm btree_gin btree_gist unaccent fuzzystrmatch ltree intarray cube
  earthdistance isn tablefunc pg_stat_statements pgstattuple pg_buffercache postgis postgis_topology
  postgis_raster postgis_tiger_geocoder address_standardizer vector pgvector pg_partman bloom tsm_system_rows
  tsm_system_time seg intagg dict_int dict_xsyn lo pg_hashids pgjwt pg_graphql pg_stat_monitor pgaudit
  pg_walinspect amcheck pg_visibility pg_prewarm plpgsql moddatetime insert_username autoinc refint
  timescaledb pg_repack hypopg index_advisor pg_jsonschema pg_net supabase_vault pgsodium http`.split(/\s+/),
);
/** Extensions that reach outside the database: files, shell, other servers, untrusted languages. */
const SERVER_ACCESS_EXTENSIONS = new Set(['adminpack', 'file_fdw', 'dblink', 'postgres_fdw', 'plpython3u', 'plpythonu', 'plperlu', 'pltclu', 'plsh', 'pg_cron']);

/** The display name of each object type, as DROP, RENAME and ALTER … SET SCHEMA report it. */
export const OBJECT_NAMES: Record<ObjectType, string> = {
  OBJECT_ACCESS_METHOD: 'access method',
  OBJECT_AGGREGATE: 'aggregate',
  OBJECT_AMOP: 'operator of an operator family',
  OBJECT_AMPROC: 'function of an operator family',
  OBJECT_ATTRIBUTE: 'attribute',
  OBJECT_CAST: 'cast',
  OBJECT_COLUMN: 'column',
  OBJECT_COLLATION: 'collation',
  OBJECT_CONVERSION: 'conversion',
  OBJECT_DATABASE: 'database',
  OBJECT_DEFAULT: 'default',
  OBJECT_DEFACL: 'default privileges',
  OBJECT_DOMAIN: 'domain',
  OBJECT_DOMCONSTRAINT: 'domain constraint',
  OBJECT_EVENT_TRIGGER: 'event trigger',
  OBJECT_EXTENSION: 'extension',
  OBJECT_FDW: 'foreign-data wrapper',
  OBJECT_FOREIGN_SERVER: 'server',
  OBJECT_FOREIGN_TABLE: 'foreign table',
  OBJECT_FUNCTION: 'function',
  OBJECT_INDEX: 'index',
  OBJECT_LANGUAGE: 'language',
  OBJECT_LARGEOBJECT: 'large object',
  OBJECT_MATVIEW: 'materialized view',
  OBJECT_OPCLASS: 'operator class',
  OBJECT_OPERATOR: 'operator',
  OBJECT_OPFAMILY: 'operator family',
  OBJECT_PARAMETER_ACL: 'parameter privilege',
  OBJECT_POLICY: 'policy',
  OBJECT_PROCEDURE: 'procedure',
  OBJECT_PUBLICATION: 'publication',
  OBJECT_PUBLICATION_NAMESPACE: 'publication schema',
  OBJECT_PUBLICATION_REL: 'publication table',
  OBJECT_ROLE: 'role',
  OBJECT_ROUTINE: 'routine',
  OBJECT_RULE: 'rule',
  OBJECT_SCHEMA: 'schema',
  OBJECT_SEQUENCE: 'sequence',
  OBJECT_SUBSCRIPTION: 'subscription',
  OBJECT_STATISTIC_EXT: 'statistics object',
  OBJECT_TABCONSTRAINT: 'constraint',
  OBJECT_TABLE: 'table',
  OBJECT_TABLESPACE: 'tablespace',
  OBJECT_TRANSFORM: 'transform',
  OBJECT_TRIGGER: 'trigger',
  OBJECT_TSCONFIGURATION: 'text search configuration',
  OBJECT_TSDICTIONARY: 'text search dictionary',
  OBJECT_TSPARSER: 'text search parser',
  OBJECT_TSTEMPLATE: 'text search template',
  OBJECT_TYPE: 'type',
  OBJECT_USER_MAPPING: 'user mapping',
  OBJECT_VIEW: 'view',
};

const objectName = (type: string): string => OBJECT_NAMES[type as ObjectType] ?? type.replace(/^OBJECT_/, '').toLowerCase();

/** Objects whose DROP and RENAME the rules name as relations (schema-qualified names with identity). */
const RELATIONS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_SEQUENCE', 'OBJECT_INDEX', 'OBJECT_FOREIGN_TABLE']);

/** Renames nothing outside the database refers to by name: clients do not name indexes, constraints or triggers. */
const RENAME_HARMLESS = new Set<ObjectType>([
  'OBJECT_INDEX', 'OBJECT_TABCONSTRAINT', 'OBJECT_DOMCONSTRAINT', 'OBJECT_TRIGGER', 'OBJECT_POLICY', 'OBJECT_RULE',
  'OBJECT_STATISTIC_EXT', 'OBJECT_EVENT_TRIGGER', 'OBJECT_OPCLASS', 'OBJECT_OPFAMILY', 'OBJECT_COLLATION',
  'OBJECT_CONVERSION', 'OBJECT_TSCONFIGURATION', 'OBJECT_TSDICTIONARY', 'OBJECT_TSPARSER', 'OBJECT_TSTEMPLATE',
  'OBJECT_PUBLICATION', 'OBJECT_SUBSCRIPTION', 'OBJECT_FDW', 'OBJECT_FOREIGN_SERVER', 'OBJECT_TABLESPACE',
  'OBJECT_LANGUAGE', 'OBJECT_ACCESS_METHOD',
]);

/** ALTER TABLE sub-commands that take a lock weaker than ACCESS EXCLUSIVE. */
const WEAKER_LOCK = new Set<AlterTableType>([
  'AT_ValidateConstraint', 'AT_SetStatistics', 'AT_SetOptions', 'AT_ResetOptions', 'AT_ClusterOn', 'AT_DropCluster',
  'AT_AttachPartition', 'AT_DetachPartitionFinalize', 'AT_EnableTrig', 'AT_DisableTrig', 'AT_EnableAlwaysTrig',
  'AT_EnableReplicaTrig', 'AT_EnableTrigAll', 'AT_DisableTrigAll', 'AT_EnableTrigUser', 'AT_DisableTrigUser',
]);

type CommandHandler = (cmd: Node, table: ObjectName, w: Walker) => void;
/** Never produced by the parser (PostgreSQL adds them internally while executing): unclassified if ever seen. */
const INTERNAL = null;

export const ALTER_TABLE_COMMANDS: Record<AlterTableType, string | CommandHandler | typeof INTERNAL> = {
  AT_AddColumn: (cmd, table, w) => {
    const column = cmd.def?.ColumnDef;
    if (column) w.emit({ kind: 'add-column', table, column: column.colname, volatileDefault: volatileDefaultOf(column) });
    w.walk(cmd.def); // the default is computed for every existing row now
  },
  AT_AddColumnToView: 'adds a column to a view definition; no data changes',
  AT_ColumnDefault: (cmd, _table, w) => w.walkDeferred(cmd.def), // applies to future rows only
  AT_CookedColumnDefault: INTERNAL,
  AT_DropNotNull: 'relaxes a constraint; existing rows are unchanged',
  AT_SetNotNull: (cmd, table, w) => w.emit({ kind: 'set-not-null', table, column: cmd.name }),
  AT_SetExpression: (_cmd, table, w) => w.emit({ kind: 'rewrite-table', command: 'ALTER COLUMN … SET EXPRESSION', table }),
  AT_DropExpression: 'keeps the stored values and stops computing them',
  AT_SetStatistics: 'planner statistics target only',
  AT_SetOptions: 'planner options of a column only',
  AT_ResetOptions: 'planner options of a column only',
  AT_SetStorage: 'storage strategy for future values; existing rows are unchanged',
  AT_SetCompression: 'compression for future values; existing rows are unchanged',
  AT_DropColumn: (cmd, table, w) => w.emit({ kind: 'drop-column', table, column: cmd.name }),
  AT_AddIndex: (_cmd, table, w) => w.emit({ kind: 'create-index', table, concurrently: false }),
  AT_ReAddIndex: INTERNAL,
  AT_AddConstraint: (cmd, table, w) => {
    const constraint = cmd.def?.Constraint;
    const type = constraint?.contype;
    if (type === 'CONSTR_FOREIGN' || type === 'CONSTR_CHECK') {
      w.emit({ kind: 'add-constraint', table, constraint: type === 'CONSTR_FOREIGN' ? 'foreign-key' : 'check', notValid: !!constraint.skip_validation });
    } else if ((type === 'CONSTR_PRIMARY' || type === 'CONSTR_UNIQUE' || type === 'CONSTR_EXCLUSION') && !constraint.indexname) {
      w.emit({ kind: 'create-index', table, concurrently: false }); // builds its index under lock
    } else if (type === 'CONSTR_NOTNULL') {
      for (const key of strings(constraint.keys)) w.emit({ kind: 'set-not-null', table, column: key });
    }
    w.walk(cmd.def); // a CHECK is evaluated for every existing row now
  },
  AT_ReAddConstraint: INTERNAL,
  AT_ReAddDomainConstraint: INTERNAL,
  AT_AlterConstraint: 'changes deferrability or enforcement flags of a constraint',
  AT_ValidateConstraint: 'validates with a lock that allows reads and writes',
  AT_AddIndexConstraint: 'turns an existing index into a constraint without a scan',
  AT_DropConstraint: 'removes a constraint; existing rows are unchanged',
  AT_ReAddComment: INTERNAL,
  AT_AlterColumnType: (cmd, table, w) => {
    w.emit({ kind: 'alter-column-type', table, column: cmd.name });
    const using = cmd.def?.ColumnDef?.raw_default;
    if (using && !isPlainConversion(using, cmd.name)) w.emit({ kind: 'alter-column-using', table, column: cmd.name, using: usingText(w.statementText) });
    w.walk(cmd.def);
  },
  AT_AlterColumnGenericOptions: 'options of a foreign table column',
  AT_ChangeOwner: (cmd, _table, w) => owner(cmd.newowner, w),
  AT_ClusterOn: 'marks the index CLUSTER would use; nothing is rewritten now',
  AT_DropCluster: 'unmarks the CLUSTER index',
  AT_SetLogged: (_cmd, table, w) => w.emit({ kind: 'rewrite-table', command: 'SET LOGGED', table }),
  AT_SetUnLogged: (_cmd, table, w) => {
    w.emit({ kind: 'rewrite-table', command: 'SET UNLOGGED', table });
    w.emit({ kind: 'volatile-storage', table, detail: 'SET UNLOGGED: the table is emptied after a crash and is not replicated' });
  },
  AT_DropOids: 'a no-op kept for old dumps',
  AT_SetAccessMethod: (_cmd, table, w) => w.emit({ kind: 'rewrite-table', command: 'SET ACCESS METHOD', table }),
  AT_SetTableSpace: (_cmd, table, w) => w.emit({ kind: 'rewrite-table', command: 'SET TABLESPACE', table }),
  AT_SetRelOptions: 'storage parameters (fillfactor, autovacuum) only',
  AT_ResetRelOptions: 'storage parameters (fillfactor, autovacuum) only',
  AT_ReplaceRelOptions: 'storage parameters (fillfactor, autovacuum) only',
  AT_EnableTrig: 'enables a trigger',
  AT_EnableAlwaysTrig: 'enables a trigger',
  AT_EnableReplicaTrig: 'enables a trigger for replication sessions',
  AT_DisableTrig: (cmd, table, w) => w.emit({ kind: 'disable-safeguard', detail: `DISABLE TRIGGER ${cmd.name} on ${displayName(table)}: writes skip what the trigger enforces or records` }),
  AT_EnableTrigAll: 'enables triggers',
  AT_DisableTrigAll: (_cmd, table, w) => w.emit({ kind: 'disable-safeguard', detail: `DISABLE TRIGGER ALL on ${displayName(table)} also switches off its foreign keys` }),
  AT_EnableTrigUser: 'enables triggers',
  AT_DisableTrigUser: (_cmd, table, w) => w.emit({ kind: 'disable-safeguard', detail: `DISABLE TRIGGER USER on ${displayName(table)}: writes skip what its triggers enforce or record` }),
  AT_EnableRule: 'enables a rewrite rule',
  AT_EnableAlwaysRule: 'enables a rewrite rule',
  AT_EnableReplicaRule: 'enables a rewrite rule for replication sessions',
  AT_DisableRule: 'disables a rewrite rule; queries run as written',
  AT_AddInherit: 'adds an inheritance parent; rows stay where they are',
  AT_DropInherit: 'removes an inheritance parent; rows stay in the child table',
  AT_AddOf: 'binds the table to a composite type of the same shape',
  AT_DropOf: 'unbinds the table from its composite type',
  AT_ReplicaIdentity: 'sets what logical replication logs for updates and deletes',
  AT_EnableRowSecurity: 'enables row-level security (restricts access)',
  AT_DisableRowSecurity: (_cmd, table, w) => w.emit({ kind: 'row-security', table, change: 'DISABLE ROW LEVEL SECURITY: every policy stops applying' }),
  AT_ForceRowSecurity: 'applies row-level security to the owner too (restricts access)',
  AT_NoForceRowSecurity: (_cmd, table, w) => w.emit({ kind: 'row-security', table, change: "NO FORCE ROW LEVEL SECURITY: the owner bypasses every policy" }),
  AT_GenericOptions: 'options of a foreign table',
  AT_AttachPartition: 'attaches a table as a partition; its rows are checked, not changed',
  AT_DetachPartition: "detaches a partition; its rows stay in the detached table",
  AT_DetachPartitionFinalize: 'completes a concurrent detach',
  AT_AddIdentity: 'makes a column an identity column; existing values are kept',
  AT_SetIdentity: 'changes identity sequence options',
  AT_DropIdentity: 'stops generating values; existing values are kept',
  AT_ReAddStatistics: INTERNAL,
};

/** The USING clause as written, for the message (bounded). */
function usingText(statement: string): string {
  const at = statement.search(/\busing\b/i);
  const text = at < 0 ? 'USING …' : statement.slice(at).replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function alterTable(n: Node, w: Walker): 'skip' {
  const table = relationName(n.relation);
  const isTable = !n.objtype || n.objtype === 'OBJECT_TABLE';
  let accessExclusive = false;
  for (const item of n.cmds ?? []) {
    const cmd = item.AlterTableCmd;
    if (!cmd) continue;
    const entry = ALTER_TABLE_COMMANDS[cmd.subtype as AlterTableType];
    const foreignKey = cmd.subtype === 'AT_AddConstraint' && cmd.def?.Constraint?.contype === 'CONSTR_FOREIGN';
    if (!WEAKER_LOCK.has(cmd.subtype) && !foreignKey) accessExclusive = true; // FKs take SHARE ROW EXCLUSIVE
    if (typeof entry === 'function') entry(cmd, table, w);
    else if (typeof entry === 'string') w.walk(cmd.def);
    else w.emit({ kind: 'unclassified', what: `ALTER ${objectName(n.objtype ?? 'OBJECT_TABLE').toUpperCase()} sub-command ${cmd.subtype}` });
  }
  if (accessExclusive && isTable) w.emit({ kind: 'access-exclusive', table, command: 'ALTER TABLE' });
  return 'skip';
}

function dropNames(n: Node): ObjectName[] {
  if (n.removeType === 'OBJECT_SCHEMA' || n.removeType === 'OBJECT_EXTENSION' || n.removeType === 'OBJECT_DATABASE') {
    return (n.objects ?? []).map((o: Node) => ({ name: strings(o).join('.') }));
  }
  return (n.objects ?? []).map((o: Node) => (RELATIONS.has(n.removeType) ? listName(o) : { name: strings(o).join('.'), uncertain: true }));
}

function roleNames(specs: Node[] | undefined): string[] {
  return (specs ?? []).map((g: Node) => {
    const spec = g.RoleSpec ?? g;
    if (spec.roletype === 'ROLESPEC_PUBLIC') return 'PUBLIC';
    return spec.rolename ?? spec.priv_name ?? spec.AccessPriv?.priv_name ?? String(spec.roletype ?? '?').replace(/^ROLESPEC_/, '').toLowerCase();
  });
}

/** An owner holds every privilege on the object, DROP included: a change of owner is a grant of all of them. */
function owner(spec: Node | undefined, w: Walker) {
  const [role = '?'] = roleNames(spec ? [spec] : []);
  w.emit({ kind: 'grant', toPublic: false, allPrivileges: true, grantees: [role], ownership: true });
}

function setting(stmt: Node | undefined, scope: SettingScope, w: Walker) {
  if (!stmt) return;
  if (stmt.kind === 'VAR_RESET_ALL') {
    if (scope === 'session' || scope === 'transaction') w.emit({ kind: 'search-path', schemas: null });
    return;
  }
  if (stmt.kind === 'VAR_SET_MULTI') return; // SET TRANSACTION / SESSION CHARACTERISTICS: isolation and read-only modes
  const values = stmt.kind === 'VAR_SET_VALUE' ? (stmt.args ?? []).map((a: Node) => constantText(a)) : null;
  const constant = values && values.every((v: string | undefined) => v !== undefined) ? (values as string[]) : null;
  for (const op of settingOperations('postgres', String(stmt.name ?? ''), constant, stmt.is_local && scope === 'session' ? 'transaction' : scope)) w.emit(op);
}

function roleOptions(n: Node, role: string, create: boolean, w: Walker) {
  const options = defElems(n.options);
  for (const attribute of ['superuser', 'bypassrls', 'replication'] as const) {
    if (options.get(attribute)?.arg?.Boolean?.boolval === true) w.emit({ kind: 'role-attribute', role, attribute, create });
  }
  const membership = (key: string) => roleNames(options.get(key)?.arg?.List?.items ?? options.get(key)?.arg);
  if (options.has('addroleto')) w.emit({ kind: 'grant-role', roles: membership('addroleto'), grantees: [role], admin: false });
  if (options.has('rolemembers')) w.emit({ kind: 'grant-role', roles: [role], grantees: membership('rolemembers'), admin: false });
  if (options.has('adminmembers')) w.emit({ kind: 'grant-role', roles: [role], grantees: membership('adminmembers'), admin: true });
}

export const STATEMENTS: Record<StatementType, Classification> = {
  RawStmt: 'a wrapper; the statement inside is classified',
  InsertStmt: (n, w) => {
    const table = relationName(n.relation);
    // An upsert fed by a query (not a VALUES list) is an UPDATE of every existing row the query matches.
    const fromQuery = n.selectStmt && !n.selectStmt.SelectStmt?.valuesLists;
    if (fromQuery && n.onConflictClause?.action === 'ONCONFLICT_UPDATE') {
      const where = whereState(n.onConflictClause.whereClause, n.relation);
      w.emit({ kind: 'update', table, where, via: 'INSERT … SELECT … ON CONFLICT DO UPDATE' });
    }
    catalogWrite('postgres', table, 'INSERT INTO').forEach((op) => w.emit(op));
  },
  DeleteStmt: (n, w) => {
    const table = relationName(n.relation);
    w.emit({ kind: 'delete', table, where: whereState(n.whereClause, n.relation) });
    catalogWrite('postgres', table, 'DELETE FROM').forEach((op) => w.emit(op));
  },
  UpdateStmt: (n, w) => {
    const table = relationName(n.relation);
    w.emit({ kind: 'update', table, where: whereState(n.whereClause, n.relation) });
    catalogWrite('postgres', table, 'UPDATE').forEach((op) => w.emit(op));
  },
  MergeStmt: (n, w) => {
    const clauses = (n.mergeWhenClauses ?? []).map((c: Node) => c.MergeWhenClause ?? {});
    const deletes = clauses.some((c: Node) => c.commandType === 'CMD_DELETE');
    const overwritesUnmatched = clauses.some((c: Node) => c.matchKind === 'MERGE_WHEN_NOT_MATCHED_BY_SOURCE' && c.commandType === 'CMD_UPDATE');
    if (deletes || overwritesUnmatched) w.emit({ kind: 'merge', table: relationName(n.relation), deletes, overwritesUnmatched });
    catalogWrite('postgres', relationName(n.relation), 'MERGE INTO').forEach((op) => w.emit(op));
  },
  SelectStmt: (n, w) => {
    if (n.intoClause?.rel) w.emit({ kind: 'create-table', table: relationName(n.intoClause.rel), ifNotExists: false, temporary: n.intoClause.rel.relpersistence === 't' });
  },
  SetOperationStmt: 'UNION / INTERSECT / EXCEPT of queries that are analysed',
  ReturnStmt: 'RETURN of an SQL function body; its expression is analysed',
  PLAssignStmt: 'PL/pgSQL assignment; its expression is analysed',
  CreateSchemaStmt: (n, w) => {
    w.emit({ kind: 'schema-change', schemas: [n.schemaname ?? ''] });
    // Elements are created in the new schema, not where their unqualified names would resolve: not learnt.
    w.walkNested(n.schemaElts, { context: `CREATE SCHEMA ${n.schemaname ?? ''}` });
    return 'skip';
  },
  AlterTableStmt: alterTable,
  ReplicaIdentityStmt: 'sets what logical replication logs for updates and deletes',
  AlterCollationStmt: 'refreshes a collation version',
  AlterDomainStmt: (n, w) => {
    const domain = listName(n.typeName);
    switch (n.subtype) {
      case 'O':
        w.emit({ kind: 'set-not-null', table: { ...domain, uncertain: true }, column: '(every column of the domain)' });
        break;
      case 'C': {
        const c = n.def?.Constraint;
        if (c?.contype === 'CONSTR_CHECK') w.emit({ kind: 'add-constraint', table: { ...domain, uncertain: true }, constraint: 'check', notValid: !!c.skip_validation });
        break;
      }
      case 'T':
      case 'N':
      case 'X':
      case 'V':
        break; // default, DROP NOT NULL, DROP CONSTRAINT, VALIDATE: nothing is rewritten or lost
      default:
        w.emit({ kind: 'unclassified', what: `ALTER DOMAIN action ${String(n.subtype)}` });
    }
    w.walkDeferred(n.def);
    return 'skip';
  },
  GrantStmt: (n, w) => {
    if (!n.is_grant) return 'skip'; // REVOKE only narrows access
    // A server parameter's privilege (pg_parameter_acl, shared by every database): SET or ALTER SYSTEM on it.
    if (n.objtype === 'OBJECT_PARAMETER_ACL') w.emit({ kind: 'server-administration', detail: 'GRANT … ON PARAMETER lets a role set a server parameter (or change it for the whole server with ALTER SYSTEM) that it could not' });
    const grantees = roleNames(n.grantees);
    w.emit({ kind: 'grant', toPublic: grantees.includes('PUBLIC'), allPrivileges: !n.privileges || n.privileges.length === 0, grantees });
    return 'skip';
  },
  GrantRoleStmt: (n, w) => {
    if (!n.is_grant) return 'skip';
    const admin = defElems(n.opt).get('admin')?.arg?.Boolean?.boolval === true;
    w.emit({ kind: 'grant-role', roles: roleNames(n.granted_roles), grantees: roleNames(n.grantee_roles), admin });
    return 'skip';
  },
  AlterDefaultPrivilegesStmt: 'default privileges for future objects; its GRANT is analysed like a GRANT',
  CopyStmt: (n, w) => {
    const direction = n.is_from ? 'FROM' : 'TO';
    if (n.is_program) w.emit({ kind: 'server-access', detail: `COPY … ${direction} PROGRAM runs a shell command on the database server` });
    else if (n.filename) w.emit({ kind: 'server-access', detail: `COPY … ${direction} '${n.filename}' ${n.is_from ? 'reads' : 'writes'} a file on the database server` });
  },
  VariableSetStmt: (n, w) => {
    setting(n, 'session', w);
    return 'skip';
  },
  VariableShowStmt: 'shows a setting',
  CreateStmt: (n, w) => {
    w.emit({ kind: 'create-table', table: relationName(n.relation), ifNotExists: !!n.if_not_exists, temporary: n.relation?.relpersistence === 't' });
    w.walkDeferred(n); // a new table has no rows: defaults and checks run later
    return 'skip';
  },
  CreateTableSpaceStmt: serverAdministration('CREATE TABLESPACE points the server at a directory of its file system'),
  DropTableSpaceStmt: serverAdministration('DROP TABLESPACE removes a storage location of the server'),
  AlterTableSpaceOptionsStmt: serverAdministration('ALTER TABLESPACE changes storage options of the server'),
  AlterTableMoveAllStmt: serverAdministration('ALTER TABLE ALL IN TABLESPACE moves every table, each under an ACCESS EXCLUSIVE lock'),
  CreateExtensionStmt: (n, w) => {
    const name = String(n.extname ?? '');
    if (SERVER_ACCESS_EXTENSIONS.has(name)) w.emit({ kind: 'server-access', detail: `extension ${name} reaches outside the database (files, shell or other servers)` });
    else if (!HARMLESS_EXTENSIONS.has(name)) w.emit({ kind: 'unclassified', what: `extension ${name}` });
    return 'skip';
  },
  AlterExtensionStmt: "updates an installed extension with its authors' own script",
  AlterExtensionContentsStmt: "changes which objects belong to an extension",
  CreateFdwStmt: serverAdministration('CREATE FOREIGN DATA WRAPPER installs a handler that reaches other servers'),
  AlterFdwStmt: serverAdministration('ALTER FOREIGN DATA WRAPPER changes how other servers are reached'),
  CreateForeignServerStmt: serverAdministration('CREATE SERVER points the database at another server'),
  AlterForeignServerStmt: serverAdministration('ALTER SERVER changes which server the database reaches'),
  CreateForeignTableStmt: 'defines a table stored on another server; no local data',
  CreateUserMappingStmt: serverAdministration('CREATE USER MAPPING stores credentials for another server'),
  AlterUserMappingStmt: serverAdministration('ALTER USER MAPPING changes stored credentials for another server'),
  DropUserMappingStmt: 'removes stored credentials for another server',
  ImportForeignSchemaStmt: 'defines foreign tables; no local data',
  CreatePolicyStmt: deferred,
  AlterPolicyStmt: deferred,
  CreateAmStmt: serverAdministration('CREATE ACCESS METHOD installs a storage or index handler'),
  CreateTrigStmt: deferred,
  CreateEventTrigStmt: serverAdministration('CREATE EVENT TRIGGER runs a function on every DDL command in the database'),
  AlterEventTrigStmt: (n, w) => {
    if (n.tgenabled === 'D') w.emit({ kind: 'disable-safeguard', detail: `ALTER EVENT TRIGGER ${n.trigname} DISABLE switches off a check on every DDL command` });
    else w.emit({ kind: 'server-administration', detail: `ALTER EVENT TRIGGER ${n.trigname} changes when a DDL hook runs` });
  },
  CreatePLangStmt: (n, w) => {
    const language = String(n.plname ?? '').toLowerCase();
    if (!TRUSTED_LANGUAGES.has(language)) w.emit({ kind: 'server-access', detail: `CREATE LANGUAGE ${language} lets functions run code on the database server` });
  },
  CreateRoleStmt: (n, w) => {
    roleOptions(n, n.role, true, w);
    return 'skip';
  },
  AlterRoleStmt: (n, w) => {
    roleOptions(n, n.role?.rolename ?? '?', false, w);
    return 'skip';
  },
  AlterRoleSetStmt: (n, w) => {
    setting(n.setstmt, 'role', w);
    return 'skip';
  },
  DropRoleStmt: (n, w) => {
    w.emit({ kind: 'drop', object: 'role', names: roleNames(n.roles).map((name) => ({ name, uncertain: true })), cascade: false, concurrently: false });
    return 'skip';
  },
  CreateSeqStmt: 'creates a sequence',
  AlterSeqStmt: 'changes sequence options; a RESTART below existing keys makes inserts fail, it deletes nothing',
  DefineStmt: deferred,
  CreateDomainStmt: deferred,
  CreateOpClassStmt: 'defines an operator class',
  CreateOpFamilyStmt: 'defines an operator family',
  AlterOpFamilyStmt: 'changes an operator family',
  DropStmt: (n, w) => {
    const object = objectName(n.removeType);
    const names = dropNames(n);
    w.emit({ kind: 'drop', object, names, cascade: n.behavior === 'DROP_CASCADE', concurrently: !!n.concurrent });
    if (object === 'table') for (const table of names) w.emit({ kind: 'access-exclusive', table, command: 'DROP TABLE' });
    return 'skip';
  },
  TruncateStmt: (n, w) => {
    const tables: ObjectName[] = (n.relations ?? []).map((r: Node) => relationName(r.RangeVar));
    w.emit({ kind: 'truncate', tables });
    for (const table of tables) catalogWrite('postgres', table, 'TRUNCATE').forEach((op) => w.emit(op));
    for (const table of tables) w.emit({ kind: 'access-exclusive', table, command: 'TRUNCATE' });
  },
  CommentStmt: 'sets a comment',
  SecLabelStmt: 'sets a security label; only a label provider module acts on it',
  DeclareCursorStmt: 'declares a cursor over a query that is analysed',
  ClosePortalStmt: 'closes a cursor',
  FetchStmt: 'reads from a cursor',
  IndexStmt: (n, w) => {
    w.emit({ kind: 'create-index', table: relationName(n.relation), concurrently: !!n.concurrent });
  },
  CreateStatsStmt: 'defines extended planner statistics',
  AlterStatsStmt: 'changes a statistics target',
  CreateFunctionStmt: (n, w) => {
    const language = String(defElems(n.options).get('language')?.arg?.String?.sval ?? 'sql').toLowerCase();
    const name = listName(n.funcname);
    w.emit({ kind: 'create-routine', name });
    if (UNTRUSTED_LANGUAGES.has(language)) w.emit({ kind: 'server-access', detail: `${displayName(name)}() is written in ${language}, which runs code on the database server unchecked` });
    w.functionBody(n);
    // Defaults and BEGIN ATOMIC bodies run when the routine is called, not now; SET clauses apply inside it only.
    w.walkDeferred([n.parameters, n.returnType, n.sql_body]);
    return 'skip';
  },
  AlterFunctionStmt: 'changes routine attributes; its SET clauses apply inside the routine only',
  DoStmt: (n, w) => {
    w.doBlock(n);
    return 'skip';
  },
  CallStmt: (n, w) => {
    const call = n.funccall?.FuncCall;
    w.emit({ kind: 'call', name: listName(call?.funcname), routine: 'procedure' });
    w.walk(call?.args);
    return 'skip';
  },
  RenameStmt: (n, w) => {
    if (n.renameType === 'OBJECT_TABLE' || (n.renameType === 'OBJECT_COLUMN' && (!n.relationType || n.relationType === 'OBJECT_TABLE'))) {
      const table = relationName(n.relation);
      if (n.renameType === 'OBJECT_TABLE') {
        w.emit({ kind: 'rename', object: 'table', table, from: displayName(table), to: n.newname, target: { ...table, name: n.newname } });
        w.emit({ kind: 'access-exclusive', table, command: 'ALTER TABLE … RENAME' });
      } else {
        w.emit({ kind: 'rename', object: 'column', table, from: n.subname, to: n.newname });
        w.emit({ kind: 'access-exclusive', table, command: 'ALTER TABLE … RENAME COLUMN' });
      }
    } else if (n.renameType === 'OBJECT_SCHEMA') {
      w.emit({ kind: 'schema-change', schemas: [n.subname, n.newname] });
      w.emit({ kind: 'rename-object', object: 'schema', from: n.subname, to: n.newname });
    } else if (!RENAME_HARMLESS.has(n.renameType)) {
      const from = n.relation ? displayName(relationName(n.relation)) : (n.subname ?? strings(n.object).join('.'));
      w.emit({ kind: 'rename-object', object: objectName(n.renameType), from: n.subname && n.relation ? `${from}.${n.subname}` : from, to: n.newname });
      if (n.relation && RELATIONS.has(n.renameType)) w.emit({ kind: 'rename', object: 'table', table: relationName(n.relation), from, to: n.newname, target: { ...relationName(n.relation), name: n.newname } });
    }
    return 'skip';
  },
  AlterObjectDependsStmt: 'marks an object as depending on an extension',
  AlterObjectSchemaStmt: (n, w) => {
    if (n.relation) {
      const table = relationName(n.relation);
      const target = { schema: n.newschema, name: table.name };
      if (n.objectType === 'OBJECT_TABLE') w.emit({ kind: 'rename', object: 'table', table, from: displayName(table), to: displayName(target), target });
      else w.emit({ kind: 'rename-object', object: objectName(n.objectType), from: displayName(table), to: displayName(target) });
    } else {
      const name = strings(n.object).join('.');
      w.emit({ kind: 'rename-object', object: objectName(n.objectType), from: name, to: `${n.newschema}.${name.split('.').pop()}` });
    }
    return 'skip';
  },
  AlterOwnerStmt: (n, w) => {
    owner(n.newowner, w);
    return 'skip';
  },
  AlterOperatorStmt: 'changes operator options',
  AlterTypeStmt: 'changes type options (storage, send/receive functions)',
  RuleStmt: (n, w) => {
    if (n.instead && (!n.actions || n.actions.length === 0)) w.emit({ kind: 'rule-instead-nothing', table: relationName(n.relation) });
    w.walkDeferred(n); // rule actions run on later writes; their DML is still analysed
    return 'skip';
  },
  NotifyStmt: 'sends a notification',
  ListenStmt: 'listens for notifications',
  UnlistenStmt: 'stops listening',
  TransactionStmt: 'transaction control (the gateway manages transactions itself)',
  CompositeTypeStmt: 'creates a composite type',
  CreateEnumStmt: 'creates an enum type',
  CreateRangeStmt: 'creates a range type',
  AlterEnumStmt: (n, w) => {
    if (n.oldVal) w.emit({ kind: 'rename-object', object: `value of enum ${strings(n.typeName).join('.')}`, from: n.oldVal, to: n.newVal });
  },
  ViewStmt: deferred,
  LoadStmt: (n, w) => w.emit({ kind: 'server-access', detail: `LOAD '${n.filename}' loads a shared library into the database server` }),
  CreatedbStmt: 'creates an empty database',
  AlterDatabaseStmt: serverAdministration('ALTER DATABASE changes connection limits, templates or storage of a whole database'),
  AlterDatabaseRefreshCollStmt: 'refreshes the collation version of a database',
  AlterDatabaseSetStmt: (n, w) => {
    setting(n.setstmt, 'database', w);
    return 'skip';
  },
  DropdbStmt: (n, w) => {
    w.emit({ kind: 'drop', object: 'database', names: [{ name: n.dbname }], cascade: false, concurrently: false });
    return 'skip';
  },
  AlterSystemStmt: (n, w) => {
    w.emit({ kind: 'server-administration', detail: `ALTER SYSTEM changes ${n.setstmt?.name ?? 'settings'} for the whole server` });
    return 'skip';
  },
  ClusterStmt: (n, w) => {
    const table = n.relation ? relationName(n.relation) : { name: '(all clustered tables)', uncertain: true };
    w.emit({ kind: 'rewrite-table', command: 'CLUSTER', table });
    w.emit({ kind: 'access-exclusive', table, command: 'CLUSTER' });
    return 'skip';
  },
  VacuumStmt: (n, w) => {
    if (n.is_vacuumcmd && defElems(n.options).has('full')) {
      const tables = (n.rels ?? []).map((r: Node) => relationName(r.VacuumRelation?.relation));
      for (const table of tables.length ? tables : [{ name: '(all tables)', uncertain: true }]) {
        w.emit({ kind: 'rewrite-table', command: 'VACUUM FULL', table });
        w.emit({ kind: 'access-exclusive', table, command: 'VACUUM FULL' });
      }
    }
    return 'skip';
  },
  // EXPLAIN alone never runs the statement; EXPLAIN ANALYZE does.
  ExplainStmt: (n) => (defElems(n.options).has('analyze') ? undefined : 'skip'),
  CreateTableAsStmt: (n, w) => {
    if (n.into?.rel) w.emit({ kind: 'create-table', table: relationName(n.into.rel), ifNotExists: !!n.if_not_exists, temporary: n.into.rel.relpersistence === 't' });
    if (n.into?.skipData) {
      w.walkDeferred(n);
      return 'skip';
    }
  },
  RefreshMatViewStmt: (n, w) => {
    if (n.concurrent) return;
    const view = relationName(n.relation);
    w.emit({ kind: 'rewrite-table', command: 'REFRESH MATERIALIZED VIEW', table: view });
    w.emit({ kind: 'access-exclusive', table: view, command: 'REFRESH MATERIALIZED VIEW' });
  },
  CheckPointStmt: 'forces a checkpoint: I/O only',
  DiscardStmt: (n, w) => {
    if (n.target === 'DISCARD_ALL') w.emit({ kind: 'search-path', schemas: null });
  },
  LockStmt: (n, w) => {
    // Mode 8 is ACCESS EXCLUSIVE, LOCK TABLE's default.
    if ((n.mode ?? 8) === 8) for (const r of n.relations ?? []) w.emit({ kind: 'access-exclusive', table: relationName(r.RangeVar), command: 'LOCK TABLE' });
  },
  ConstraintsSetStmt: 'sets constraint checking to deferred or immediate for the transaction',
  ReindexStmt: (n, w) => {
    if (JSON.stringify(n.params ?? []).includes('"concurrently"')) return;
    const table = n.relation ? relationName(n.relation) : { name: n.name ?? '(all)', uncertain: true };
    w.emit({ kind: 'rewrite-table', command: 'REINDEX', table });
  },
  CreateConversionStmt: 'defines an encoding conversion',
  CreateCastStmt: deferred,
  CreateTransformStmt: 'defines a type transform for a procedural language',
  PrepareStmt: 'prepares a statement whose query is analysed here',
  ExecuteStmt: (n, w) => w.emit({ kind: 'dynamic-sql', detail: `EXECUTE ${n.name} runs a prepared statement, which may have been prepared outside this file` }),
  DeallocateStmt: 'forgets a prepared statement',
  DropOwnedStmt: (_n, w) => {
    w.emit({ kind: 'drop-owned' });
    return 'skip';
  },
  ReassignOwnedStmt: serverAdministration('REASSIGN OWNED hands every object of a role to another role'),
  AlterTSDictionaryStmt: 'changes text search dictionary options',
  AlterTSConfigurationStmt: 'changes a text search configuration',
  CreatePublicationStmt: serverAdministration('CREATE PUBLICATION publishes table rows to subscribers'),
  AlterPublicationStmt: serverAdministration('ALTER PUBLICATION changes which rows are published'),
  CreateSubscriptionStmt: serverAdministration('CREATE SUBSCRIPTION connects to another server and copies its rows here'),
  AlterSubscriptionStmt: serverAdministration('ALTER SUBSCRIPTION changes replication from another server'),
  DropSubscriptionStmt: serverAdministration('DROP SUBSCRIPTION stops replication and drops its slot on the publisher'),
};

/** Node types are capitalised (`SelectStmt`); fields that hold one are not (`selectStmt`). */
export function isStatementType(type: string): type is StatementType {
  return type.endsWith('Stmt') && type.charCodeAt(0) >= 65 && type.charCodeAt(0) <= 90;
}

export type { Origin };
