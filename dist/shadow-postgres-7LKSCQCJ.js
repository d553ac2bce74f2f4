import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  snapshotPostgres,
  transactionRowsPostgres
} from "./chunk-GWO4WMZ2.js";
import {
  esm_default
} from "./chunk-SUX2IRZQ.js";
import "./chunk-V4Q2KHWN.js";
import "./chunk-LF3FUY2S.js";

// src/effects/shadow-postgres.ts
import { randomBytes } from "node:crypto";
async function postgresShadow(url) {
  const admin = new esm_default.Client({ connectionString: url });
  await admin.connect();
  const name = `mg_shadow_${randomBytes(6).toString("hex")}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end().catch(() => void 0);
    throw new Error(`cannot create a shadow database on the shadow-url server: ${error.message}`);
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = new esm_default.Client({ connectionString: target.toString() });
  db.on("error", () => void 0);
  await db.connect();
  return {
    exec: async (sql) => void await db.query(sql),
    query: async (sql) => (await db.query(sql)).rows,
    snapshot: () => snapshotPostgres(async (sql) => (await db.query(sql)).rows),
    transactionRows: () => transactionRowsPostgres(async (sql) => (await db.query(sql)).rows),
    async close() {
      await db.end().catch(() => void 0);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => void 0);
      await admin.end().catch(() => void 0);
    }
  };
}
export {
  postgresShadow
};
