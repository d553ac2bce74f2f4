/**
 * A PostgreSQL catalog snapshot: one query over pg_catalog (everything qualified, so the change being rehearsed
 * cannot steer it with a search_path or a shadowing function), then the rows of each table. Pure: the caller runs the
 * queries (PGlite, or a server).
 */
import { keyOf, type CatalogObject, type CatalogSnapshot, type ObjectKind } from './model.js';
import type { RowCounts } from './rehearse.js';
import { quoteIdent, quoteLiteral } from '../sql-quote.js';

/** The snapshot before the last statement, and the tables its statistics say it wrote to. */
export interface SnapshotSince {
  previous: CatalogSnapshot;
  written: ReadonlySet<string>;
}

export type RunQuery = <T = Record<string, unknown>>(sql: string) => Promise<T[]>;

/**
 * Operators and types named with their schema: an unqualified `=` or `text` resolves through search_path, and a
 * change may put a schema of its own ahead of pg_catalog there (SET search_path = decoy, pg_catalog) with an operator
 * that answers what it likes. Functions are called as pg_catalog.f for the same reason. __tests__/effects/
 * check-queries.test.ts parses every query of the check and fails on any name left to search_path.
 */
const EQ = 'OPERATOR(pg_catalog.=)';
const NE = 'OPERATOR(pg_catalog.<>)';
const GT = 'OPERATOR(pg_catalog.>)';
const CAT = 'OPERATOR(pg_catalog.||)';
const LIKE = 'OPERATOR(pg_catalog.~~)';
const PLUS = 'OPERATOR(pg_catalog.+)';
const TEXT = 'pg_catalog.text';
/** FirstNormalObjectId: every object initdb made has a lower OID, every object made later this one or higher. */
const FIRST_NORMAL_OID = '16384::pg_catalog.oid';
/** `expr` is one of `values` (of a type whose array literal needs no quoting: "char", name). */
const oneOf = (expr: string, type: string, values: readonly string[]) => `${expr} ${EQ} ANY ('{${values.join(',')}}'::${type}[])`;
const RELKINDS = (kinds: string) => oneOf('c.relkind', 'pg_catalog."char"', [...kinds]);

/**
 * Large objects live in two system catalogs, but they are data: a trigger that calls lo_unlink (contrib's lo_manage
 * does) loses them. Their catalogs are relations of the snapshot and tables of the row statistics, not catalog writes.
 */
const LARGE_OBJECTS = `${oneOf('c.oid', 'pg_catalog.regclass', ['pg_catalog.pg_largeobject', 'pg_catalog.pg_largeobject_metadata'])}`;
/**
 * The extension an object belongs to (ALTER EXTENSION … ADD makes an existing one a member: pg_dump then leaves it
 * out, and DROP EXTENSION drops it with the extension).
 */
const MEMBER_OF = (catalog: string, oid: string) =>
  `(SELECT e.extname FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid ${EQ} d.refobjid WHERE d.classid ${EQ} '${catalog}'::pg_catalog.regclass AND d.objid ${EQ} ${oid} AND d.deptype ${EQ} 'e')`;
/**
 * Where a sequence stands and which way it goes (text: a bigint outgrows a JSON number), the last value read as
 * pg_sequences reads it: only where the role may (NULL otherwise, and before its first nextval). A sequence set back
 * hands out ids it handed out before. Asked of sequences only.
 */
const INCREMENT = `CASE WHEN c.relkind ${EQ} 'S' THEN (SELECT q.seqincrement::${TEXT} FROM pg_catalog.pg_sequence q WHERE q.seqrelid ${EQ} c.oid) END`;
const LAST_VALUE = `CASE WHEN c.relkind ${EQ} 'S' AND pg_catalog.has_sequence_privilege(c.oid, 'SELECT,USAGE') THEN pg_catalog.pg_sequence_last_value(c.oid::pg_catalog.regclass)::${TEXT} END`;
/** A relation's parents, named as relations are (schema.name, unquoted: as the objects they are looked up among). */
const PARENTS = `pg_catalog.pg_inherits i JOIN pg_catalog.pg_class pc ON pc.oid ${EQ} i.inhparent JOIN pg_catalog.pg_namespace pn ON pn.oid ${EQ} pc.relnamespace`;
const PARENT_NAME = `pn.nspname ${CAT} '.' ${CAT} pc.relname`;
const USER_SCHEMAS = `NOT ${oneOf('n.nspname', 'pg_catalog.name', ['pg_catalog', 'information_schema'])} AND NOT n.nspname ${LIKE} 'pg\\_toast%' AND NOT n.nspname ${LIKE} 'pg\\_temp\\_%' AND NOT n.nspname ${LIKE} 'pg\\_toast\\_temp\\_%'`;

/**
 * kind, id, name, parent, attrs for every object that matters to what a migration may do. Roles come from pg_authid
 * (whose password hash shows a password change) where the role may read it, else from pg_roles, which hides it.
 */
const snapshotSql = (roles: 'pg_authid' | 'pg_roles') => `
SELECT 'relation' AS kind, c.oid::${TEXT} AS id, n.nspname ${CAT} '.' ${CAT} c.relname AS name,
  (SELECT x.indrelid::${TEXT} FROM pg_catalog.pg_index x WHERE x.indexrelid ${EQ} c.oid) AS parent,
  pg_catalog.jsonb_build_object('relkind', c.relkind::${TEXT}, 'schema', n.nspname, 'name', c.relname, 'owner', pg_catalog.pg_get_userbyid(c.relowner),
    'acl', c.relacl::${TEXT}, 'rls', c.relrowsecurity, 'rls_forced', c.relforcerowsecurity, 'persistence', c.relpersistence::${TEXT},
    'partition_of', (SELECT ${PARENT_NAME} FROM ${PARENTS} WHERE i.inhrelid ${EQ} c.oid AND c.relispartition),
    'inherits', (SELECT pg_catalog.string_agg(${PARENT_NAME}, ',' ORDER BY i.inhseqno) FROM ${PARENTS} WHERE i.inhrelid ${EQ} c.oid AND NOT c.relispartition),
    'filenode', c.relfilenode::${TEXT}, 'definition', CASE WHEN ${RELKINDS('vm')} THEN pg_catalog.md5(pg_catalog.pg_get_viewdef(c.oid)) END,
    'view_options', CASE WHEN ${RELKINDS('v')} THEN c.reloptions::${TEXT} END,
    'checks_off', CASE WHEN ${RELKINDS('rp')} THEN (SELECT pg_catalog.count(*)::${TEXT} FROM pg_catalog.pg_trigger t WHERE t.tgrelid ${EQ} c.oid AND t.tgisinternal AND t.tgenabled ${EQ} 'D') END,
    'extension', ${MEMBER_OF('pg_catalog.pg_class', 'c.oid')},
    'increment', ${INCREMENT}, 'last_value', ${LAST_VALUE}) AS attrs
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid ${EQ} c.relnamespace
WHERE (${USER_SCHEMAS} AND ${RELKINDS('rpvmfSiI')}) OR ${LARGE_OBJECTS}
UNION ALL
SELECT 'column', a.attrelid::${TEXT} ${CAT} '.' ${CAT} a.attnum::${TEXT}, n.nspname ${CAT} '.' ${CAT} c.relname ${CAT} '.' ${CAT} a.attname, a.attrelid::${TEXT},
  pg_catalog.jsonb_build_object('name', a.attname, 'type', pg_catalog.format_type(a.atttypid, a.atttypmod), 'type_id', a.atttypid::${TEXT} ${CAT} ':' ${CAT} a.atttypmod::${TEXT}, 'not_null', a.attnotnull,
    'default', CASE WHEN a.attgenerated ${EQ} '' THEN pg_catalog.pg_get_expr(d.adbin, d.adrelid) END, 'generated', a.attgenerated::${TEXT},
    'expression', CASE WHEN a.attgenerated ${NE} '' THEN pg_catalog.pg_get_expr(d.adbin, d.adrelid) END, 'acl', a.attacl::${TEXT})
FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid ${EQ} a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid ${EQ} c.relnamespace
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid ${EQ} a.attrelid AND d.adnum ${EQ} a.attnum
WHERE ${USER_SCHEMAS} AND ${RELKINDS('rpvmf')} AND a.attnum ${GT} 0 AND NOT a.attisdropped
UNION ALL
SELECT 'function', p.oid::${TEXT}, n.nspname ${CAT} '.' ${CAT} p.proname ${CAT} '(' ${CAT} pg_catalog.pg_get_function_identity_arguments(p.oid) ${CAT} ')', NULL,
  pg_catalog.jsonb_build_object('owner', pg_catalog.pg_get_userbyid(p.proowner), 'security_definer', p.prosecdef, 'acl', p.proacl::${TEXT},
    'body', pg_catalog.md5(coalesce(p.prosrc, '') ${CAT} coalesce(p.probin, '')), 'language', (SELECT l.lanname FROM pg_catalog.pg_language l WHERE l.oid ${EQ} p.prolang),
    'config', p.proconfig::${TEXT}, 'volatility', p.provolatile::${TEXT}, 'leakproof', p.proleakproof, 'extension', ${MEMBER_OF('pg_catalog.pg_proc', 'p.oid')})
FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid ${EQ} p.pronamespace
WHERE ${USER_SCHEMAS}
UNION ALL
SELECT 'trigger', t.oid::${TEXT}, n.nspname ${CAT} '.' ${CAT} c.relname ${CAT} ' trigger ' ${CAT} t.tgname, t.tgrelid::${TEXT},
  pg_catalog.jsonb_build_object('enabled', t.tgenabled::${TEXT}, 'definition', pg_catalog.pg_get_triggerdef(t.oid))
FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid ${EQ} t.tgrelid JOIN pg_catalog.pg_namespace n ON n.oid ${EQ} c.relnamespace
WHERE NOT t.tgisinternal AND ${USER_SCHEMAS}
UNION ALL
SELECT 'rule', r.oid::${TEXT}, n.nspname ${CAT} '.' ${CAT} c.relname ${CAT} ' rule ' ${CAT} r.rulename, r.ev_class::${TEXT},
  pg_catalog.jsonb_build_object('enabled', r.ev_enabled::${TEXT}, 'definition', pg_catalog.pg_get_ruledef(r.oid))
FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid ${EQ} r.ev_class JOIN pg_catalog.pg_namespace n ON n.oid ${EQ} c.relnamespace
WHERE r.rulename ${NE} '_RETURN' AND ${USER_SCHEMAS}
UNION ALL
SELECT 'policy', p.oid::${TEXT}, n.nspname ${CAT} '.' ${CAT} c.relname ${CAT} ' policy ' ${CAT} p.polname, p.polrelid::${TEXT},
  pg_catalog.jsonb_build_object('permissive', p.polpermissive, 'command', p.polcmd::${TEXT}, 'roles', (SELECT pg_catalog.string_agg(CASE WHEN r ${EQ} 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(r) END, ',' ORDER BY 1) FROM pg_catalog.unnest(p.polroles) r),
    'using', pg_catalog.pg_get_expr(p.polqual, p.polrelid), 'check', pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid))
FROM pg_catalog.pg_policy p JOIN pg_catalog.pg_class c ON c.oid ${EQ} p.polrelid JOIN pg_catalog.pg_namespace n ON n.oid ${EQ} c.relnamespace
WHERE ${USER_SCHEMAS}
UNION ALL
SELECT 'constraint', k.oid::${TEXT}, n.nspname ${CAT} '.' ${CAT} c.relname ${CAT} ' constraint ' ${CAT} k.conname, k.conrelid::${TEXT},
  pg_catalog.jsonb_build_object('type', k.contype::${TEXT}, 'definition', pg_catalog.pg_get_constraintdef(k.oid), 'validated', k.convalidated)
FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid ${EQ} k.conrelid JOIN pg_catalog.pg_namespace n ON n.oid ${EQ} c.relnamespace
WHERE ${USER_SCHEMAS} AND k.contype ${NE} 'n'
UNION ALL
SELECT 'constraint', k.oid::${TEXT}, n.nspname ${CAT} '.' ${CAT} t.typname ${CAT} ' constraint ' ${CAT} k.conname, NULL,
  pg_catalog.jsonb_build_object('type', k.contype::${TEXT}, 'definition', pg_catalog.pg_get_constraintdef(k.oid), 'validated', k.convalidated)
FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_type t ON t.oid ${EQ} k.contypid JOIN pg_catalog.pg_namespace n ON n.oid ${EQ} t.typnamespace
WHERE ${USER_SCHEMAS}
UNION ALL
SELECT 'schema', n.oid::${TEXT}, n.nspname, NULL, pg_catalog.jsonb_build_object('owner', pg_catalog.pg_get_userbyid(n.nspowner), 'acl', n.nspacl::${TEXT})
FROM pg_catalog.pg_namespace n WHERE ${USER_SCHEMAS}
UNION ALL
SELECT 'role', a.oid::${TEXT}, a.rolname, NULL,
  pg_catalog.jsonb_build_object('superuser', a.rolsuper, 'inherit', a.rolinherit, 'createrole', a.rolcreaterole, 'createdb', a.rolcreatedb, 'login', a.rolcanlogin,
    'replication', a.rolreplication, 'bypassrls', a.rolbypassrls, 'connection_limit', a.rolconnlimit, 'valid_until', a.rolvaliduntil::${TEXT},
    'password', CASE WHEN a.rolpassword IS NULL THEN 'none' ELSE pg_catalog.md5(a.rolpassword) END)
FROM pg_catalog.${roles} a WHERE NOT a.rolname ${LIKE} 'pg\\_%'
UNION ALL
SELECT 'membership', m.roleid::${TEXT} ${CAT} ':' ${CAT} m.member::${TEXT}, pg_catalog.pg_get_userbyid(m.member) ${CAT} ' in ' ${CAT} pg_catalog.pg_get_userbyid(m.roleid), NULL,
  pg_catalog.jsonb_build_object('admin', m.admin_option)
FROM pg_catalog.pg_auth_members m
UNION ALL
SELECT 'default_acl', d.oid::${TEXT}, 'default privileges of ' ${CAT} pg_catalog.pg_get_userbyid(d.defaclrole) ${CAT} coalesce(' in schema ' ${CAT} (SELECT nspname FROM pg_catalog.pg_namespace WHERE oid ${EQ} d.defaclnamespace), '') ${CAT} ' on ' ${CAT} d.defaclobjtype::${TEXT}, NULL,
  pg_catalog.jsonb_build_object('acl', d.defaclacl::${TEXT})
FROM pg_catalog.pg_default_acl d
UNION ALL
SELECT 'extension', e.oid::${TEXT}, e.extname, NULL, pg_catalog.jsonb_build_object('version', e.extversion, 'schema', (SELECT nspname FROM pg_catalog.pg_namespace WHERE oid ${EQ} e.extnamespace))
FROM pg_catalog.pg_extension e
UNION ALL
SELECT 'type', t.oid::${TEXT}, n.nspname ${CAT} '.' ${CAT} t.typname, NULL,
  pg_catalog.jsonb_build_object('type', t.typtype::${TEXT}, 'owner', pg_catalog.pg_get_userbyid(t.typowner), 'acl', t.typacl::${TEXT},
    'labels', (SELECT pg_catalog.string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e WHERE e.enumtypid ${EQ} t.oid),
    'extension', ${MEMBER_OF('pg_catalog.pg_type', 't.oid')})
FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid ${EQ} t.typnamespace
WHERE ${USER_SCHEMAS} AND ${oneOf('t.typtype', 'pg_catalog."char"', ['e', 'd', 'r', 'm', 'b'])} AND t.typelem ${EQ} 0 AND t.typrelid ${EQ} 0
UNION ALL
SELECT 'setting', s.setrole::${TEXT} ${CAT} ':' ${CAT} s.setdatabase::${TEXT}, 'settings of ' ${CAT} CASE WHEN s.setrole ${EQ} 0 THEN 'every role' ELSE 'role ' ${CAT} pg_catalog.pg_get_userbyid(s.setrole) END ${CAT} CASE WHEN s.setdatabase ${EQ} 0 THEN '' ELSE ' in this database' END, NULL,
  pg_catalog.jsonb_build_object('config', s.setconfig::${TEXT})
FROM pg_catalog.pg_db_role_setting s
UNION ALL
SELECT 'database', d.oid::${TEXT}, d.datname, NULL, pg_catalog.jsonb_build_object('owner', pg_catalog.pg_get_userbyid(d.datdba), 'acl', d.datacl::${TEXT},
  'allow_connections', d.datallowconn, 'is_template', d.datistemplate, 'connection_limit', d.datconnlimit)
FROM pg_catalog.pg_database d WHERE d.datname ${EQ} pg_catalog.current_database()`;

/** The relation kinds that hold rows of their own. */
const HOLDS_ROWS = new Set(['r', 'm']);
/** Tables whose rows a snapshot counts: the large objects' catalogs are judged by their row statistics alone. */
const counted = (object: CatalogObject) => object.kind === 'relation' && HOLDS_ROWS.has(String(object.attrs.relkind)) && object.attrs.schema !== 'pg_catalog';

const SNAPSHOT_SQL = { pg_authid: snapshotSql('pg_authid'), pg_roles: snapshotSql('pg_roles') };

export interface SnapshotOptions {
  /** Count the rows of every table (a shadow database); a production database is never scanned like that. */
  countRows?: boolean;
  /** Read roles from pg_roles: for a role that may not read pg_authid (password changes are then not seen). */
  withoutPasswords?: boolean;
}

type SnapshotRow = { kind: ObjectKind; id: string; name: string; parent: string | null; attrs: Record<string, unknown> | string };

/** The query of a snapshot (without row counts), for callers that send it themselves (the wire relay). */
export function snapshotQuery(options: Pick<SnapshotOptions, 'withoutPasswords'> = {}): string {
  return SNAPSHOT_SQL[options.withoutPasswords ? 'pg_roles' : 'pg_authid'];
}

/**
 * The snapshot as it must be run: under search_path = pg_catalog, set for the transaction and put back in the same
 * round trip. What the catalog says of an object (format_type, pg_get_constraintdef, pg_get_triggerdef, a regclass)
 * names others as search_path lets them be found; a change may move search_path, and the snapshots before and after
 * it must read alike where nothing changed. Under pg_catalog alone every other name comes schema-qualified. Runs
 * inside a transaction (SET LOCAL semantics): its rows are the result at SNAPSHOT_AT.
 */
export function pinnedSnapshot(options: Pick<SnapshotOptions, 'withoutPasswords'> = {}): string[] {
  return [SAVE_SEARCH_PATH, PIN_SEARCH_PATH, snapshotQuery(options), RESTORE_SEARCH_PATH];
}
export const SNAPSHOT_AT = 2;
const SAVE_SEARCH_PATH = "SELECT pg_catalog.set_config('migration_guard.search_path', pg_catalog.current_setting('search_path'), true)";
const PIN_SEARCH_PATH = "SELECT pg_catalog.set_config('search_path', 'pg_catalog', true)";
const RESTORE_SEARCH_PATH = "SELECT pg_catalog.set_config('search_path', pg_catalog.current_setting('migration_guard.search_path'), true)";

/** The catalog objects from the rows of that query (typed by the driver, or text). */
export function catalogObjects(rows: readonly Record<string, unknown>[]): Map<string, CatalogObject> {
  const objects = new Map<string, CatalogObject>();
  for (const row of rows as SnapshotRow[]) {
    const attrs = typeof row.attrs === 'string' ? (JSON.parse(row.attrs) as Record<string, unknown>) : row.attrs;
    const object: CatalogObject = { kind: row.kind, id: row.id, name: row.name, attrs, ...(row.parent ? { parent: row.parent } : {}) };
    objects.set(keyOf(object), object);
  }
  return objects;
}

export async function snapshotPostgres(query: RunQuery, options: SnapshotOptions = { countRows: true }, since?: SnapshotSince): Promise<CatalogSnapshot> {
  const results = [];
  for (const sql of pinnedSnapshot(options)) results.push(await query(sql));
  const objects = catalogObjects(results[SNAPSHOT_AT]!);
  if (!options.countRows) return { objects, rows: new Map() };
  if (!since) return { objects, rows: await countRows(query, objects) };
  // A table keeps its count unless the statement wrote to it, rebuilt it (new storage: TRUNCATE, a rewrite) or made it.
  const kept = new Map<string, number>();
  const recount = new Map<string, CatalogObject>();
  for (const [key, object] of objects) {
    if (!counted(object)) continue;
    const before = since.previous.objects.get(key);
    const count = since.previous.rows.get(object.id);
    if (count !== undefined && before?.attrs.filenode === object.attrs.filenode && !since.written.has(object.id)) kept.set(object.id, count);
    else recount.set(key, object);
  }
  for (const [id, n] of await countRows(query, recount)) kept.set(id, n);
  return { objects, rows: kept };
}

/**
 * The open transaction's row statistics: per table that has any, with whether it is a system catalog (whose writes,
 * all together, say whether the catalog changed at all). PostgreSQL keeps a backend's counts until it flushes them
 * between transactions, so what a transaction did is the difference from a mark taken inside it, or from zero right
 * after a flush.
 *
 * The system catalogs are told apart by OID: initdb's objects are below FirstNormalObjectId (16384), and nothing
 * made later ever is. (pg_stat_xact_sys_tables counts every pg_toast table as a catalog, so a value stored out of
 * line in a user table looked like DDL.) A user table's TOAST table is left out: what is written to it is counted
 * on the table. The counter functions are called on one scan of pg_class, with no join: the statistics views join
 * pg_index and group every relation, and planning a join costs more than running it here; it runs on every check.
 */
export const TRANSACTION_COUNTERS_SQL = `SELECT s.oid::${TEXT} AS id, s.oid OPERATOR(pg_catalog.<) ${FIRST_NORMAL_OID} AND NOT s.data AS catalog,
  (SELECT n.nspname::${TEXT} FROM pg_catalog.pg_namespace n WHERE n.oid ${EQ} s.relnamespace) AS schema, s.relname::${TEXT} AS name, s.inserted, s.updated, s.deleted
FROM (SELECT c.oid, c.relnamespace, c.relname, ${LARGE_OBJECTS} AS data, pg_catalog.pg_stat_get_xact_tuples_inserted(c.oid) AS inserted,
    pg_catalog.pg_stat_get_xact_tuples_updated(c.oid) AS updated, pg_catalog.pg_stat_get_xact_tuples_deleted(c.oid) AS deleted
  FROM pg_catalog.pg_class c WHERE ${RELKINDS('rmp')} OR (c.relkind ${EQ} 't' AND c.oid OPERATOR(pg_catalog.<) ${FIRST_NORMAL_OID})) s
WHERE s.inserted ${PLUS} s.updated ${PLUS} s.deleted ${GT} 0`;

/** What a transaction's statistics count: rows per user table (by id), and writes per system catalog (by name). */
export interface TransactionCounts {
  rows: RowCounts;
  /** By qualified name (`pg_catalog.pg_cast`): catalog-writes.ts names those the snapshot does not read. */
  catalogs: RowCounts;
}

/**
 * The rows of TRANSACTION_COUNTERS_SQL: per user table and per catalog, the catalog writes also as one number (the
 * catalog changed when it does), and the user tables counted as catalog objects (name and schema only: enough to name
 * a row effect when the catalog was not read).
 */
export function transactionCounters(rows: readonly Record<string, unknown>[]): TransactionCounts & { catalog: number; tables: CatalogObject[] } {
  const counts: RowCounts = new Map();
  const catalogs: RowCounts = new Map();
  const tables: CatalogObject[] = [];
  let catalog = 0;
  for (const row of rows) {
    const n = { inserted: Number(row.inserted), updated: Number(row.updated), deleted: Number(row.deleted) };
    if (row.catalog === true || row.catalog === 't') {
      catalog += n.inserted + n.updated + n.deleted;
      catalogs.set(`${String(row.schema)}.${String(row.name)}`, n);
    } else {
      counts.set(String(row.id), n);
      tables.push({ kind: 'relation', id: String(row.id), name: `${String(row.schema)}.${String(row.name)}`, attrs: { relkind: 'r', schema: row.schema, name: row.name } });
    }
  }
  return { rows: counts, catalogs, catalog, tables };
}

/** Rows of every table, in one query (ONLY: a parent's own rows; partitions and children are counted as themselves). */
async function countRows(query: RunQuery, objects: Map<string, CatalogObject>): Promise<Map<string, number>> {
  const tables = [...objects.values()].filter(counted);
  const counts = new Map<string, number>();
  for (let at = 0; at < tables.length; at += 200) {
    const chunk = tables.slice(at, at + 200);
    for (const row of await query<{ id: string; n: number }>(countRowsSql(chunk))) counts.set(row.id, Number(row.n));
  }
  return counts;
}

/** The rows of each table (ONLY its own), as `id` and `n`. */
export function countRowsSql(tables: readonly CatalogObject[]): string {
  return tables.map((t) => `SELECT ${quoteLiteral(t.id)} AS id, pg_catalog.count(*)::pg_catalog.int4 AS n FROM ONLY ${quoteIdent(String(t.attrs.schema))}.${quoteIdent(String(t.attrs.name))}`).join(' UNION ALL ');
}

/** Rows each table and catalog gained, changed and lost in the open transaction (the statistics PostgreSQL keeps per transaction). */
export async function transactionRowsPostgres(query: RunQuery): Promise<TransactionCounts> {
  const { rows, catalogs } = transactionCounters(await query(TRANSACTION_COUNTERS_SQL));
  return { rows, catalogs };
}

/**
 * A shadow's snapshots, one after another: after a statement, a table its statistics say it did not write to (and
 * did not rebuild) keeps its count from the snapshot before. `from`: the snapshot kept with a cached history.
 */
export function snapshotSeries(query: RunQuery): { take(written?: ReadonlySet<string>): Promise<CatalogSnapshot>; from(snapshot: CatalogSnapshot): void } {
  let last: CatalogSnapshot | undefined;
  return {
    take: async (written) => (last = await snapshotPostgres(query, { countRows: true }, written && last ? { previous: last, written } : undefined)),
    from: (snapshot) => void (last = snapshot),
  };
}
