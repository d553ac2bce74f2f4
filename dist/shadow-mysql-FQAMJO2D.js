import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  require_promise
} from "./chunk-S2ULQYP4.js";
import {
  createShadowDatabase
} from "./chunk-C27VLMH4.js";
import {
  keyOf
} from "./chunk-3HL5GMKQ.js";
import {
  __toESM
} from "./chunk-LF3FUY2S.js";

// src/effects/shadow-mysql.ts
var import_promise = __toESM(require_promise(), 1);
import { createHash } from "node:crypto";
var ident = (name) => `\`${name.replace(/`/g, "``")}\``;
var md5 = (text) => text === null || text === void 0 ? null : createHash("md5").update(String(text)).digest("hex");
async function mysqlShadow(url, timeoutMs) {
  const admin = await import_promise.default.createConnection({ uri: url, multipleStatements: true });
  const { name, url: shadowUrl } = await createShadowDatabase(admin, url);
  const db = await import_promise.default.createConnection({ uri: shadowUrl, multipleStatements: true });
  if (timeoutMs) {
    await db.query(`SET SESSION max_statement_time = ${timeoutMs / 1e3}`).catch(() => void 0);
    await db.query(`SET SESSION max_execution_time = ${Math.round(timeoutMs)}`).catch(() => void 0);
  }
  const rows = async (sql, params = []) => (await db.query(sql, params))[0];
  return {
    exec: async (sql) => void await db.query(sql),
    query: async (sql) => rows(sql),
    snapshot: () => snapshotMysql(rows, name),
    async close() {
      await db.end().catch(() => void 0);
      await admin.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => void 0);
      await admin.end().catch(() => void 0);
    }
  };
}
async function snapshotMysql(rows, schema) {
  const objects = /* @__PURE__ */ new Map();
  const add = (kind, id, name, attrs, parent) => {
    const object = { kind, id, name, attrs, ...parent ? { parent } : {} };
    objects.set(keyOf(object), object);
  };
  const counts = /* @__PURE__ */ new Map();
  const tables = await rows("SELECT TABLE_NAME, TABLE_TYPE, ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?", [schema]);
  for (const t of tables) {
    const view = t.TABLE_TYPE === "VIEW";
    add("relation", t.TABLE_NAME, t.TABLE_NAME, { relkind: view ? "v" : "r", name: t.TABLE_NAME, engine: t.ENGINE });
    if (!view) counts.set(t.TABLE_NAME, Number((await rows(`SELECT count(*) AS n FROM ${ident(t.TABLE_NAME)}`))[0]?.n ?? 0));
  }
  for (const c of await rows("SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?", [schema])) {
    add("column", `${c.TABLE_NAME}.${c.COLUMN_NAME}`, `${c.TABLE_NAME}.${c.COLUMN_NAME}`, { type: c.COLUMN_TYPE, not_null: c.IS_NULLABLE === "NO", default: c.COLUMN_DEFAULT ?? null, generated: /GENERATED/i.test(c.EXTRA) ? c.EXTRA : null }, c.TABLE_NAME);
  }
  for (const i of await rows("SELECT TABLE_NAME, INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) AS cols, MIN(NON_UNIQUE) AS NON_UNIQUE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? GROUP BY TABLE_NAME, INDEX_NAME", [schema])) {
    add("relation", `${i.TABLE_NAME}#${i.INDEX_NAME}`, `index ${i.INDEX_NAME} on ${i.TABLE_NAME}`.replace(/^index /, ""), { relkind: "i", name: i.INDEX_NAME, definition: `${Number(i.NON_UNIQUE) ? "" : "UNIQUE "}(${i.cols})` }, i.TABLE_NAME);
  }
  for (const k of await rows("SELECT TABLE_NAME, CONSTRAINT_NAME, REFERENCED_TABLE_NAME, DELETE_RULE, UPDATE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?", [schema])) {
    add("constraint", `${k.TABLE_NAME}.${k.CONSTRAINT_NAME}`, `${k.TABLE_NAME} constraint ${k.CONSTRAINT_NAME}`, { type: "f", definition: `REFERENCES ${k.REFERENCED_TABLE_NAME} ON DELETE ${k.DELETE_RULE} ON UPDATE ${k.UPDATE_RULE}` }, k.TABLE_NAME);
  }
  for (const t of await rows("SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_STATEMENT FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?", [schema])) {
    add("trigger", `${t.EVENT_OBJECT_TABLE}.${t.TRIGGER_NAME}`, `${t.EVENT_OBJECT_TABLE} trigger ${t.TRIGGER_NAME}`, { definition: md5(`${t.ACTION_TIMING} ${t.EVENT_MANIPULATION} ${t.ACTION_STATEMENT}`) }, t.EVENT_OBJECT_TABLE);
  }
  for (const r of await rows("SELECT ROUTINE_NAME, ROUTINE_TYPE, SECURITY_TYPE, DEFINER, ROUTINE_DEFINITION FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ?", [schema])) {
    add("function", `${r.ROUTINE_TYPE}:${r.ROUTINE_NAME}`, `${r.ROUTINE_NAME}`, { security_definer: r.SECURITY_TYPE === "DEFINER", owner: r.DEFINER, body: md5(r.ROUTINE_DEFINITION) });
  }
  for (const g of await rows("SELECT GRANTEE, PRIVILEGE_TYPE, IS_GRANTABLE FROM information_schema.SCHEMA_PRIVILEGES WHERE TABLE_SCHEMA = ?", [schema])) {
    add("membership", `${g.GRANTEE}:${g.PRIVILEGE_TYPE}`, `${g.PRIVILEGE_TYPE} on this database to ${g.GRANTEE}`, { admin: g.IS_GRANTABLE === "YES" });
  }
  for (const g of await rows("SELECT GRANTEE, TABLE_NAME, PRIVILEGE_TYPE FROM information_schema.TABLE_PRIVILEGES WHERE TABLE_SCHEMA = ?", [schema])) {
    add("membership", `${g.GRANTEE}:${g.TABLE_NAME}:${g.PRIVILEGE_TYPE}`, `${g.PRIVILEGE_TYPE} on ${g.TABLE_NAME} to ${g.GRANTEE}`, { admin: false });
  }
  return { objects, rows: counts };
}
export {
  mysqlShadow,
  snapshotMysql
};
