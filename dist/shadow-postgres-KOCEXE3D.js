import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  esm_default
} from "./chunk-SUX2IRZQ.js";
import {
  snapshotSeries,
  transactionRowsPostgres
} from "./chunk-SZ3752GF.js";
import "./chunk-2264ZY6O.js";
import {
  createShadowDatabase
} from "./chunk-C27VLMH4.js";
import "./chunk-3HL5GMKQ.js";
import "./chunk-LF3FUY2S.js";

// src/effects/shadow-postgres.ts
async function postgresShadow(url, timeoutMs) {
  const admin = new esm_default.Client({ connectionString: url });
  await admin.connect();
  const { name, url: shadowUrl } = await createShadowDatabase(admin, url);
  const db = new esm_default.Client({ connectionString: shadowUrl });
  db.on("error", () => void 0);
  await db.connect();
  if (timeoutMs) await db.query(`SET statement_timeout = ${Math.round(timeoutMs)}`);
  const query = async (sql) => (await db.query(sql)).rows;
  const snapshots = snapshotSeries(query);
  return {
    exec: async (sql) => void await db.query(sql),
    query,
    snapshot: (written) => snapshots.take(written),
    transactionRows: () => transactionRowsPostgres(query),
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
