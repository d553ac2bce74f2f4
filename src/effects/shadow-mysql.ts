/**
 * A shadow on a MySQL or MariaDB server (`shadow-url`, mysql://): each rehearsal creates a database of its own there
 * and drops it afterwards, so point it at a throwaway server (a CI service container). Objects are known by name
 * (information_schema has no stable ids); rows are counted per table around each statement. DDL commits implicitly
 * there, so a statement's effects are what it left, whatever transaction it was in.
 */
import { createHash } from 'node:crypto';
import mysql from 'mysql2/promise';
import type { Shadow } from './rehearse.js';
import { createShadowDatabase } from './shadow-database.js';
import { keyOf, type CatalogObject, type CatalogSnapshot, type ObjectKind } from './model.js';

const ident = (name: string) => `\`${name.replace(/`/g, '``')}\``;
const md5 = (text: unknown) => (text === null || text === undefined ? null : createHash('md5').update(String(text)).digest('hex'));

/** `timeoutMs`: each statement's limit (MariaDB's max_statement_time; MySQL limits only SELECTs, max_execution_time). */
export async function mysqlShadow(url: string, timeoutMs?: number): Promise<Shadow> {
  const admin = await mysql.createConnection({ uri: url, multipleStatements: true });
  const { name, url: shadowUrl } = await createShadowDatabase(admin, url);
  const db = await mysql.createConnection({ uri: shadowUrl, multipleStatements: true });
  if (timeoutMs) {
    await db.query(`SET SESSION max_statement_time = ${timeoutMs / 1000}`).catch(() => undefined);
    await db.query(`SET SESSION max_execution_time = ${Math.round(timeoutMs)}`).catch(() => undefined);
  }
  const rows = async <T,>(sql: string, params: unknown[] = []) => (await db.query(sql, params))[0] as T[];
  return {
    exec: async (sql) => void (await db.query(sql)),
    query: async <T,>(sql: string) => rows<T>(sql),
    snapshot: () => snapshotMysql(rows, name),
    async close() {
      await db.end().catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined);
      await admin.end().catch(() => undefined);
    },
  };
}

type Rows = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

/**
 * Tables and views, columns, indexes, foreign keys, triggers, routines, the grants on this database, and rows (not
 * with `counts: false`: counting a production table reads all of it).
 */
export async function snapshotMysql(rows: Rows, schema: string, options: { counts?: boolean } = {}): Promise<CatalogSnapshot> {
  const objects = new Map<string, CatalogObject>();
  const add = (kind: ObjectKind, id: string, name: string, attrs: Record<string, unknown>, parent?: string) => {
    const object: CatalogObject = { kind, id, name, attrs, ...(parent ? { parent } : {}) };
    objects.set(keyOf(object), object);
  };
  const counts = new Map<string, number>();
  const tables = await rows<{ TABLE_NAME: string; TABLE_TYPE: string; ENGINE: string | null }>('SELECT TABLE_NAME, TABLE_TYPE, ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?', [schema]);
  for (const t of tables) {
    const view = t.TABLE_TYPE === 'VIEW';
    add('relation', t.TABLE_NAME, t.TABLE_NAME, { relkind: view ? 'v' : 'r', name: t.TABLE_NAME, engine: t.ENGINE });
    if (!view && options.counts !== false) counts.set(t.TABLE_NAME, Number((await rows<{ n: number }>(`SELECT count(*) AS n FROM ${ident(t.TABLE_NAME)}`))[0]?.n ?? 0));
  }
  // A text column's character set too: converted to a smaller one (CONVERT TO CHARACTER SET latin1), what it cannot
  // code is lost where the server is not strict, and the type reads the same.
  for (const c of await rows<{ TABLE_NAME: string; COLUMN_NAME: string; COLUMN_TYPE: string; IS_NULLABLE: string; COLUMN_DEFAULT: unknown; EXTRA: string; CHARACTER_SET_NAME: string | null }>('SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, CHARACTER_SET_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?', [schema])) {
    add('column', `${c.TABLE_NAME}.${c.COLUMN_NAME}`, `${c.TABLE_NAME}.${c.COLUMN_NAME}`, { type: c.COLUMN_TYPE, not_null: c.IS_NULLABLE === 'NO', default: c.COLUMN_DEFAULT ?? null, generated: /GENERATED/i.test(c.EXTRA) ? c.EXTRA : null, charset: c.CHARACTER_SET_NAME ?? null }, c.TABLE_NAME);
  }
  for (const i of await rows<{ TABLE_NAME: string; INDEX_NAME: string; cols: string; NON_UNIQUE: number }>("SELECT TABLE_NAME, INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) AS cols, MIN(NON_UNIQUE) AS NON_UNIQUE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? GROUP BY TABLE_NAME, INDEX_NAME", [schema])) {
    add('relation', `${i.TABLE_NAME}#${i.INDEX_NAME}`, `index ${i.INDEX_NAME} on ${i.TABLE_NAME}`.replace(/^index /, ''), { relkind: 'i', name: i.INDEX_NAME, definition: `${Number(i.NON_UNIQUE) ? '' : 'UNIQUE '}(${i.cols})` }, i.TABLE_NAME);
  }
  for (const k of await rows<{ TABLE_NAME: string; CONSTRAINT_NAME: string; REFERENCED_TABLE_NAME: string; DELETE_RULE: string; UPDATE_RULE: string }>('SELECT TABLE_NAME, CONSTRAINT_NAME, REFERENCED_TABLE_NAME, DELETE_RULE, UPDATE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?', [schema])) {
    add('constraint', `${k.TABLE_NAME}.${k.CONSTRAINT_NAME}`, `${k.TABLE_NAME} constraint ${k.CONSTRAINT_NAME}`, { type: 'f', definition: `REFERENCES ${k.REFERENCED_TABLE_NAME} ON DELETE ${k.DELETE_RULE} ON UPDATE ${k.UPDATE_RULE}` }, k.TABLE_NAME);
  }
  for (const t of await rows<{ TRIGGER_NAME: string; EVENT_OBJECT_TABLE: string; ACTION_TIMING: string; EVENT_MANIPULATION: string; ACTION_STATEMENT: string }>('SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_STATEMENT FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?', [schema])) {
    add('trigger', `${t.EVENT_OBJECT_TABLE}.${t.TRIGGER_NAME}`, `${t.EVENT_OBJECT_TABLE} trigger ${t.TRIGGER_NAME}`, { definition: md5(`${t.ACTION_TIMING} ${t.EVENT_MANIPULATION} ${t.ACTION_STATEMENT}`) }, t.EVENT_OBJECT_TABLE);
  }
  for (const r of await rows<{ ROUTINE_NAME: string; ROUTINE_TYPE: string; SECURITY_TYPE: string; DEFINER: string; ROUTINE_DEFINITION: string }>('SELECT ROUTINE_NAME, ROUTINE_TYPE, SECURITY_TYPE, DEFINER, ROUTINE_DEFINITION FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ?', [schema])) {
    add('function', `${r.ROUTINE_TYPE}:${r.ROUTINE_NAME}`, `${r.ROUTINE_NAME}`, { security_definer: r.SECURITY_TYPE === 'DEFINER', owner: r.DEFINER, body: md5(r.ROUTINE_DEFINITION) });
  }
  for (const g of await rows<{ GRANTEE: string; PRIVILEGE_TYPE: string; IS_GRANTABLE: string }>('SELECT GRANTEE, PRIVILEGE_TYPE, IS_GRANTABLE FROM information_schema.SCHEMA_PRIVILEGES WHERE TABLE_SCHEMA = ?', [schema])) {
    add('membership', `${g.GRANTEE}:${g.PRIVILEGE_TYPE}`, `${g.PRIVILEGE_TYPE} on this database to ${g.GRANTEE}`, { admin: g.IS_GRANTABLE === 'YES' });
  }
  for (const g of await rows<{ GRANTEE: string; TABLE_NAME: string; PRIVILEGE_TYPE: string }>('SELECT GRANTEE, TABLE_NAME, PRIVILEGE_TYPE FROM information_schema.TABLE_PRIVILEGES WHERE TABLE_SCHEMA = ?', [schema])) {
    add('membership', `${g.GRANTEE}:${g.TABLE_NAME}:${g.PRIVILEGE_TYPE}`, `${g.PRIVILEGE_TYPE} on ${g.TABLE_NAME} to ${g.GRANTEE}`, { admin: false });
  }
  return { objects, rows: counts };
}
