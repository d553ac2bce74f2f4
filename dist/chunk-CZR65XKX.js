import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  je
} from "./chunk-JLUL2CWT.js";
import {
  snapshotSeries,
  transactionRowsPostgres
} from "./chunk-SZ3752GF.js";
import {
  keyOf
} from "./chunk-3HL5GMKQ.js";

// src/effects/shadow-pglite.ts
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var KEEP = 4;
var CONTRIB = ["amcheck", "bloom", "btree_gin", "btree_gist", "citext", "cube", "dict_int", "dict_xsyn", "earthdistance", "fuzzystrmatch", "hstore", "intarray", "isn", "lo", "ltree", "pg_trgm", "pgcrypto", "seg", "tablefunc", "tcn", "tsm_system_rows", "tsm_system_time", "unaccent", "uuid-ossp"];
function contribDir() {
  const beside = join(dirname(fileURLToPath(import.meta.url)), "pglite-contrib");
  return existsSync(beside) ? beside : dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
}
function contribExtensionsIn(sql) {
  const wanted = new Set([...sql.matchAll(/create\s+extension\s+(?:if\s+not\s+exists\s+)?("?)([\w-]+)\1/gi)].map((m) => m[2].toLowerCase()));
  const extensions = {};
  for (const name of CONTRIB.filter((c) => wanted.has(c))) {
    extensions[name.replace(/-/g, "_")] = { name, setup: async () => ({ bundlePath: pathToFileURL(join(contribDir(), `${name}.tar.gz`)) }) };
  }
  return extensions;
}
var WORKER = new URL("./shadow-worker.js", import.meta.url);
async function pgliteShadow(cacheDir, extensionsSql = "", timeoutMs) {
  if (timeoutMs && existsSync(fileURLToPath(WORKER))) return workerShadow(WORKER, { cacheDir, extensionsSql }, timeoutMs);
  return inProcessPgliteShadow(cacheDir, extensionsSql);
}
var RehearsalTimeout = class extends Error {
  code = "MG_TIMEOUT";
  constructor(seconds) {
    super(`it ran longer than rehearse-timeout (${seconds} s) on the shadow database, which was stopped`);
  }
};
function workerShadow(url, data, timeoutMs) {
  setFlagsFromString("--liftoff-only");
  const worker = new Worker(url, { workerData: data });
  const pending = /* @__PURE__ */ new Map();
  let next = 0;
  let dead;
  const fail = (error) => {
    dead ??= error;
    for (const call2 of pending.values()) call2.reject(dead);
    pending.clear();
  };
  worker.on("message", ({ id, result, error }) => {
    const call2 = pending.get(id);
    pending.delete(id);
    if (error) call2?.reject(Object.assign(new Error(error.message), error.code ? { code: error.code } : {}));
    else call2?.resolve(result);
  });
  worker.on("error", fail);
  worker.on("exit", () => fail(new Error("the shadow database stopped")));
  const call = (op, args = [], limit = true) => new Promise((resolve, reject) => {
    if (dead) return reject(dead);
    const id = next++;
    const timer = limit ? setTimeout(() => {
      fail(new RehearsalTimeout(timeoutMs / 1e3));
      void worker.terminate();
    }, timeoutMs) : void 0;
    const done = (settle) => (value) => {
      clearTimeout(timer);
      settle(value);
    };
    pending.set(id, { resolve: done(resolve), reject: done(reject) });
    worker.postMessage({ id, op, args });
  });
  return {
    exec: (sql) => call("exec", [sql]),
    query: (sql) => call("query", [sql]),
    snapshot: (written) => call("snapshot", written ? [written] : []),
    transactionRows: () => call("transactionRows"),
    restore: (key) => call("restore", [key], false),
    open: () => call("open", [], false),
    save: (key, baseline) => call("save", [key, baseline], false),
    // The shadow lives in the worker's memory and is thrown away: ended without PGlite's shutdown checkpoint.
    close: async () => void await worker.terminate()
  };
}
async function inProcessPgliteShadow(cacheDir, extensionsSql = "") {
  let db;
  const extensions = contribExtensionsIn(extensionsSql);
  const open = async (from) => db ??= await je.create({ ...from ? { loadDataDir: from } : {}, extensions });
  const file = (key) => join(cacheDir, `${key}.tar`);
  const baselineFile = (key) => join(cacheDir, `${key}.json`);
  const query = async (sql) => (await (await open()).query(sql)).rows;
  const snapshots = snapshotSeries(query);
  return {
    exec: async (sql) => void await (await open()).exec(sql),
    query,
    open: async () => void await open(),
    snapshot: (written) => snapshots.take(written),
    transactionRows: () => transactionRowsPostgres(query),
    async restore(key) {
      if (!cacheDir || db || !existsSync(file(key))) return false;
      try {
        await open(new Blob([readFileSync(file(key))]));
      } catch {
        db = void 0;
        return false;
      }
      try {
        const baseline = readSnapshot(readFileSync(baselineFile(key), "utf8"));
        snapshots.from(baseline);
        return { baseline };
      } catch {
        return {};
      }
    },
    async save(key, baseline) {
      if (!cacheDir || !db) return;
      mkdirSync(cacheDir, { recursive: true });
      await db.exec("CHECKPOINT");
      const dump = await db.dumpDataDir("none");
      const keep = (path, data) => {
        const partial = `${path}.${process.pid}.partial`;
        writeFileSync(partial, data);
        renameSync(partial, path);
      };
      keep(baselineFile(key), writeSnapshot(baseline));
      keep(file(key), Buffer.from(await dump.arrayBuffer()));
      const dumps = readdirSync(cacheDir).filter((f) => f.endsWith(".tar")).map((f) => ({ f, at: statSync(join(cacheDir, f)).mtimeMs })).sort((a, b) => b.at - a.at);
      for (const old of dumps.slice(KEEP)) for (const path of [old.f, old.f.replace(/\.tar$/, ".json")]) rmSync(join(cacheDir, path), { force: true });
    },
    close: async () => void await db?.close()
  };
}
function writeSnapshot(snapshot) {
  return JSON.stringify({ objects: [...snapshot.objects.values()], rows: [...snapshot.rows] });
}
function readSnapshot(text) {
  const kept = JSON.parse(text);
  return { objects: new Map(kept.objects.map((o) => [keyOf(o), o])), rows: new Map(kept.rows) };
}

export {
  contribExtensionsIn,
  pgliteShadow,
  RehearsalTimeout,
  inProcessPgliteShadow
};
