import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  je
} from "./chunk-VH3J4VRH.js";
import {
  snapshotPostgres,
  transactionRowsPostgres
} from "./chunk-UUOYG7PE.js";
import "./chunk-V4Q2KHWN.js";
import "./chunk-3OVZUVT4.js";
import "./chunk-LF3FUY2S.js";

// src/effects/shadow-pglite.ts
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var KEEP = 4;
async function pgliteShadow(cacheDir) {
  let db;
  const open = async (from) => db ??= await je.create(from ? { loadDataDir: from } : {});
  const file = (key) => join(cacheDir, `${key}.tar`);
  return {
    exec: async (sql) => void await (await open()).exec(sql),
    query: async (sql) => (await (await open()).query(sql)).rows,
    snapshot: async () => snapshotPostgres(async (sql) => (await (await open()).query(sql)).rows),
    transactionRows: async () => transactionRowsPostgres(async (sql) => (await (await open()).query(sql)).rows),
    async restore(key) {
      if (!cacheDir || db || !existsSync(file(key))) return false;
      try {
        await open(new Blob([readFileSync(file(key))]));
        return true;
      } catch {
        db = void 0;
        return false;
      }
    },
    async save(key) {
      if (!cacheDir || !db) return;
      mkdirSync(cacheDir, { recursive: true });
      const dump = await db.dumpDataDir("none");
      const partial = `${file(key)}.${process.pid}.partial`;
      writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      renameSync(partial, file(key));
      const dumps = readdirSync(cacheDir).filter((f) => f.endsWith(".tar")).map((f) => ({ f, at: statSync(join(cacheDir, f)).mtimeMs })).sort((a, b) => b.at - a.at);
      for (const old of dumps.slice(KEEP)) rmSync(join(cacheDir, old.f), { force: true });
    },
    close: async () => void await db?.close()
  };
}
export {
  pgliteShadow
};
