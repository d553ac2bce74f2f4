/**
 * A PostgreSQL catalog snapshot: one query over pg_catalog (everything qualified, so the change being rehearsed
 * cannot steer it with a search_path or a shadowing function), then the rows of each table. Pure: the caller runs the
 * queries (PGlite, or a server).
 */
import { keyOf, type CatalogObject, type CatalogSnapshot, type ObjectKind } from './model.js';

/** The snapshot before the last statement, and the tables its statistics say it wrote to. */
export interface SnapshotSince {
  previous: CatalogSnapshot;
  written: ReadonlySet<string>;
}

export type RunQuery = <T = Record<string, unknown>>(sql: string) => Promise<T[]>;

const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'`;

/**
 * kind, id, name, parent, attrs for every object that matters to what a migration may do. Roles come from pg_authid
 * (whose password hash shows a password change) where the role may read it, else from pg_roles, which hides it.
 */
const snapshotSql = (roles: 'pg_authid' | 'pg_roles') => `
SELECT 'relation' AS kind, c.oid::text AS id, n.nspname || '.' || c.relname AS name,
  (SELECT x.indrelid::text FROM pg_catalog.pg_index x WHERE x.indexrelid = c.oid) AS parent,
  pg_catalog.jsonb_build_object('relkind', c.relkind::text, 'schema', n.nspname, 'name', c.relname, 'owner', pg_catalog.pg_get_userbyid(c.relowner),
    'acl', c.relacl::text, 'rls', c.relrowsecurity, 'rls_forced', c.relforcerowsecurity, 'persistence', c.relpersistence::text,
    'partition_of', (SELECT i.inhparent::pg_catalog.regclass::text FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid AND c.relispartition),
    'inherits', (SELECT pg_catalog.string_agg(i.inhparent::pg_catalog.regclass::text, ',' ORDER BY i.inhseqno) FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid AND NOT c.relispartition),
    'filenode', c.relfilenode::text, 'definition', CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.md5(pg_catalog.pg_get_viewdef(c.oid)) END) AS attrs
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S', 'i', 'I')
UNION ALL
SELECT 'column', a.attrelid::text || '.' || a.attnum::text, n.nspname || '.' || c.relname || '.' || a.attname, a.attrelid::text,
  pg_catalog.jsonb_build_object('name', a.attname, 'type', pg_catalog.format_type(a.atttypid, a.atttypmod), 'type_id', a.atttypid::text || ':' || a.atttypmod::text, 'not_null', a.attnotnull,
    'default', pg_catalog.pg_get_expr(d.adbin, d.adrelid), 'generated', a.attgenerated::text, 'acl', a.attacl::text)
FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT 'function', p.oid::text, n.nspname || '.' || p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', NULL,
  pg_catalog.jsonb_build_object('owner', pg_catalog.pg_get_userbyid(p.proowner), 'security_definer', p.prosecdef, 'acl', p.proacl::text,
    'body', pg_catalog.md5(coalesce(p.prosrc, '') || coalesce(p.probin, '')), 'language', (SELECT l.lanname FROM pg_catalog.pg_language l WHERE l.oid = p.prolang),
    'config', p.proconfig::text, 'volatility', p.provolatile::text, 'leakproof', p.proleakproof)
FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE ${USER_SCHEMAS}
UNION ALL
SELECT 'trigger', t.oid::text, n.nspname || '.' || c.relname || ' trigger ' || t.tgname, t.tgrelid::text,
  pg_catalog.jsonb_build_object('enabled', t.tgenabled::text, 'definition', pg_catalog.pg_get_triggerdef(t.oid))
FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND ${USER_SCHEMAS}
UNION ALL
SELECT 'rule', r.oid::text, n.nspname || '.' || c.relname || ' rule ' || r.rulename, r.ev_class::text,
  pg_catalog.jsonb_build_object('enabled', r.ev_enabled::text, 'definition', pg_catalog.pg_get_ruledef(r.oid))
FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN' AND ${USER_SCHEMAS}
UNION ALL
SELECT 'policy', p.oid::text, n.nspname || '.' || c.relname || ' policy ' || p.polname, p.polrelid::text,
  pg_catalog.jsonb_build_object('permissive', p.polpermissive, 'command', p.polcmd::text, 'roles', (SELECT pg_catalog.string_agg(CASE WHEN r = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(r) END, ',' ORDER BY 1) FROM pg_catalog.unnest(p.polroles) r),
    'using', pg_catalog.pg_get_expr(p.polqual, p.polrelid), 'check', pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid))
FROM pg_catalog.pg_policy p JOIN pg_catalog.pg_class c ON c.oid = p.polrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ${USER_SCHEMAS}
UNION ALL
SELECT 'constraint', k.oid::text, n.nspname || '.' || c.relname || ' constraint ' || k.conname, k.conrelid::text,
  pg_catalog.jsonb_build_object('type', k.contype::text, 'definition', pg_catalog.pg_get_constraintdef(k.oid), 'validated', k.convalidated)
FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid = k.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ${USER_SCHEMAS} AND k.contype <> 'n'
UNION ALL
SELECT 'schema', n.oid::text, n.nspname, NULL, pg_catalog.jsonb_build_object('owner', pg_catalog.pg_get_userbyid(n.nspowner), 'acl', n.nspacl::text)
FROM pg_catalog.pg_namespace n WHERE ${USER_SCHEMAS}
UNION ALL
SELECT 'role', a.oid::text, a.rolname, NULL,
  pg_catalog.jsonb_build_object('superuser', a.rolsuper, 'inherit', a.rolinherit, 'createrole', a.rolcreaterole, 'createdb', a.rolcreatedb, 'login', a.rolcanlogin,
    'replication', a.rolreplication, 'bypassrls', a.rolbypassrls, 'connection_limit', a.rolconnlimit, 'valid_until', a.rolvaliduntil::text,
    'password', CASE WHEN a.rolpassword IS NULL THEN 'none' ELSE pg_catalog.md5(a.rolpassword) END)
FROM pg_catalog.${roles} a WHERE a.rolname NOT LIKE 'pg\\_%'
UNION ALL
SELECT 'membership', m.roleid::text || ':' || m.member::text, pg_catalog.pg_get_userbyid(m.member) || ' in ' || pg_catalog.pg_get_userbyid(m.roleid), NULL,
  pg_catalog.jsonb_build_object('admin', m.admin_option)
FROM pg_catalog.pg_auth_members m
UNION ALL
SELECT 'default_acl', d.oid::text, 'default privileges of ' || pg_catalog.pg_get_userbyid(d.defaclrole) || coalesce(' in schema ' || (SELECT nspname FROM pg_catalog.pg_namespace WHERE oid = d.defaclnamespace), '') || ' on ' || d.defaclobjtype::text, NULL,
  pg_catalog.jsonb_build_object('acl', d.defaclacl::text)
FROM pg_catalog.pg_default_acl d
UNION ALL
SELECT 'extension', e.oid::text, e.extname, NULL, pg_catalog.jsonb_build_object('version', e.extversion, 'schema', (SELECT nspname FROM pg_catalog.pg_namespace WHERE oid = e.extnamespace))
FROM pg_catalog.pg_extension e
UNION ALL
SELECT 'type', t.oid::text, n.nspname || '.' || t.typname, NULL,
  pg_catalog.jsonb_build_object('type', t.typtype::text, 'owner', pg_catalog.pg_get_userbyid(t.typowner), 'acl', t.typacl::text,
    'labels', (SELECT pg_catalog.string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid))
FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE ${USER_SCHEMAS} AND t.typtype IN ('e', 'd', 'r', 'm', 'b') AND t.typelem = 0 AND (t.typrelid = 0)
UNION ALL
SELECT 'setting', s.setrole::text || ':' || s.setdatabase::text, 'settings of ' || CASE WHEN s.setrole = 0 THEN 'every role' ELSE 'role ' || pg_catalog.pg_get_userbyid(s.setrole) END || CASE WHEN s.setdatabase = 0 THEN '' ELSE ' in this database' END, NULL,
  pg_catalog.jsonb_build_object('config', s.setconfig::text)
FROM pg_catalog.pg_db_role_setting s
UNION ALL
SELECT 'database', d.oid::text, d.datname, NULL, pg_catalog.jsonb_build_object('owner', pg_catalog.pg_get_userbyid(d.datdba), 'acl', d.datacl::text)
FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database()`;

/** The relation kinds that hold rows of their own. */
const HOLDS_ROWS = new Set(['r', 'm']);

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
  const objects = catalogObjects(await query(snapshotQuery(options)));
  if (!options.countRows) return { objects, rows: new Map() };
  if (!since) return { objects, rows: await countRows(query, objects) };
  // A table keeps its count unless the statement wrote to it, rebuilt it (new storage: TRUNCATE, a rewrite) or made it.
  const kept = new Map<string, number>();
  const recount = new Map<string, CatalogObject>();
  for (const [key, object] of objects) {
    if (object.kind !== 'relation' || !HOLDS_ROWS.has(String(object.attrs.relkind))) continue;
    const before = since.previous.objects.get(key);
    const count = since.previous.rows.get(object.id);
    if (count !== undefined && before?.attrs.filenode === object.attrs.filenode && !since.written.has(object.id)) kept.set(object.id, count);
    else recount.set(key, object);
  }
  for (const [id, n] of await countRows(query, recount)) kept.set(id, n);
  return { objects, rows: kept };
}

/**
 * The open transaction's row statistics: per user table that has any, and (id `catalog`) the writes to the system
 * catalogs all together, which say whether the catalog changed at all. PostgreSQL keeps a backend's counts until it
 * passes them on between transactions, so what a transaction did is the difference from a mark taken inside it.
 */
export const TRANSACTION_COUNTERS_SQL = `SELECT relid::text AS id, schemaname::text AS schema, relname::text AS name, n_tup_ins::bigint AS inserted, n_tup_upd::bigint AS updated, n_tup_del::bigint AS deleted
FROM pg_catalog.pg_stat_xact_user_tables WHERE n_tup_ins + n_tup_upd + n_tup_del > 0
UNION ALL
SELECT 'catalog', NULL, NULL, coalesce(sum(n_tup_ins), 0)::bigint, coalesce(sum(n_tup_upd), 0)::bigint, coalesce(sum(n_tup_del), 0)::bigint FROM pg_catalog.pg_stat_xact_sys_tables`;

/**
 * The rows of TRANSACTION_COUNTERS_SQL: per table, the catalog writes as one number, and the tables counted as
 * catalog objects (name and schema only: enough to name a row effect when the catalog was not read).
 */
export function transactionCounters(rows: readonly Record<string, unknown>[]): { rows: Map<string, { inserted: number; updated: number; deleted: number }>; catalog: number; tables: CatalogObject[] } {
  const counts = new Map<string, { inserted: number; updated: number; deleted: number }>();
  const tables: CatalogObject[] = [];
  let catalog = 0;
  for (const row of rows) {
    const n = { inserted: Number(row.inserted), updated: Number(row.updated), deleted: Number(row.deleted) };
    if (row.id === 'catalog') catalog = n.inserted + n.updated + n.deleted;
    else {
      counts.set(String(row.id), n);
      tables.push({ kind: 'relation', id: String(row.id), name: `${String(row.schema)}.${String(row.name)}`, attrs: { relkind: 'r', schema: row.schema, name: row.name } });
    }
  }
  return { rows: counts, catalog, tables };
}

/** Rows of every table, in one query (ONLY: a parent's own rows; partitions and children are counted as themselves). */
async function countRows(query: RunQuery, objects: Map<string, CatalogObject>): Promise<Map<string, number>> {
  const tables = [...objects.values()].filter((o) => o.kind === 'relation' && HOLDS_ROWS.has(String(o.attrs.relkind)));
  const counts = new Map<string, number>();
  for (let at = 0; at < tables.length; at += 200) {
    const chunk = tables.slice(at, at + 200);
    const sql = chunk.map((t) => `SELECT '${t.id}' AS id, count(*)::int AS n FROM ONLY ${quoteIdent(String(t.attrs.schema))}.${quoteIdent(String(t.attrs.name))}`).join(' UNION ALL ');
    for (const row of await query<{ id: string; n: number }>(sql)) counts.set(row.id, Number(row.n));
  }
  return counts;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Rows each table gained, changed and lost in the open transaction (the statistics PostgreSQL keeps per transaction). */
export async function transactionRowsPostgres(query: RunQuery): Promise<Map<string, { inserted: number; updated: number; deleted: number }>> {
  return transactionCounters(await query(TRANSACTION_COUNTERS_SQL)).rows;
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
