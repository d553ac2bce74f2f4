/**
 * The default shadow database for PostgreSQL: an embedded PGlite, in memory. Its errors keep PostgreSQL's SQLSTATE
 * (`code`), which the rehearsal reads. Starting one costs an initdb (seconds): with a cache directory, the database
 * as it is after a history replays is kept as a PGlite data-directory dump keyed by that history's digest, and the
 * next rehearsal on the same history starts from it instead of replaying.
 */
import { PGlite } from '@electric-sql/pglite';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { keyOf, type CatalogObject, type CatalogSnapshot } from './model.js';
import type { Shadow } from './rehearse.js';
import { snapshotSeries, transactionRowsPostgres } from './snapshot-postgres.js';

/** Dumps kept: the newest few histories (a branch and its base). */
const KEEP = 4;

/** The contrib extensions PGlite ships (each a tarball it loads when asked): loaded when the SQL creates them. */
const CONTRIB = ['amcheck', 'bloom', 'btree_gin', 'btree_gist', 'citext', 'cube', 'dict_int', 'dict_xsyn', 'earthdistance', 'fuzzystrmatch', 'hstore', 'intarray', 'isn', 'lo', 'ltree', 'pg_trgm', 'pgcrypto', 'seg', 'tablefunc', 'tcn', 'tsm_system_rows', 'tsm_system_time', 'unaccent', 'uuid-ossp'];

/** Where the contrib tarballs are: dist/pglite-contrib beside the bundle, else the package's own dist. */
function contribDir(): string {
  const beside = join(dirname(fileURLToPath(import.meta.url)), 'pglite-contrib');
  return existsSync(beside) ? beside : dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
}

/** The contrib extensions that `sql` creates (CREATE EXTENSION [IF NOT EXISTS] name), as PGlite extension objects. */
export function contribExtensionsIn(sql: string): Record<string, { name: string; setup: () => Promise<{ bundlePath: URL }> }> {
  const wanted = new Set([...sql.matchAll(/create\s+extension\s+(?:if\s+not\s+exists\s+)?("?)([\w-]+)\1/gi)].map((m) => m[2]!.toLowerCase()));
  const extensions: Record<string, { name: string; setup: () => Promise<{ bundlePath: URL }> }> = {};
  for (const name of CONTRIB.filter((c) => wanted.has(c))) {
    extensions[name.replace(/-/g, '_')] = { name, setup: async () => ({ bundlePath: pathToFileURL(join(contribDir(), `${name}.tar.gz`)) }) };
  }
  return extensions;
}

/** The worker that runs PGlite when a statement may have to be stopped: built beside the bundle (build.mjs). */
const WORKER = new URL('./shadow-worker.js', import.meta.url);

/**
 * The PGlite shadow. With `timeoutMs`, it runs in a worker thread, so a statement that runs longer (PGlite cannot be
 * interrupted: it has no statement_timeout) is stopped by ending the worker; the rehearsal then stops and says so.
 * Without the built worker (the sources run by the test runner), it runs in this thread.
 */
export async function pgliteShadow(cacheDir?: string, extensionsSql = '', timeoutMs?: number): Promise<Shadow> {
  if (timeoutMs && existsSync(fileURLToPath(WORKER))) return workerShadow(WORKER, { cacheDir, extensionsSql }, timeoutMs);
  return inProcessPgliteShadow(cacheDir, extensionsSql);
}

/** A statement that ran past the limit: its error, as the rehearsal reports it. */
export class RehearsalTimeout extends Error {
  readonly code = 'MG_TIMEOUT';
  constructor(seconds: number) {
    super(`it ran longer than rehearse-timeout (${seconds} s) on the shadow database, which was stopped`);
  }
}

type Call = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** The Shadow interface over a worker running inProcessPgliteShadow (shadow-pglite-worker.ts). */
function workerShadow(url: URL, data: { cacheDir?: string; extensionsSql: string }, timeoutMs: number): Shadow {
  // A shadow lives seconds: optimising PGlite's hot functions (TurboFan, on background threads) costs more than it
  // saves there (bench/rehearse.mjs, cached re-run: 1.7 s with, 1.1 s without). V8's flags are the process's: this
  // worker runs only in a planning CLI or action, never in the gateway, whose long-lived PGlite needs the optimiser.
  setFlagsFromString('--liftoff-only');
  const worker = new Worker(url, { workerData: data });
  const pending = new Map<number, Call>();
  let next = 0;
  let dead: Error | undefined;
  const fail = (error: Error) => {
    dead ??= error;
    for (const call of pending.values()) call.reject(dead);
    pending.clear();
  };
  worker.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: { message: string; code?: string } }) => {
    const call = pending.get(id);
    pending.delete(id);
    if (error) call?.reject(Object.assign(new Error(error.message), error.code ? { code: error.code } : {}));
    else call?.resolve(result);
  });
  worker.on('error', fail);
  worker.on('exit', () => fail(new Error('the shadow database stopped')));
  const call = <T,>(op: string, args: unknown[] = [], limit = true) =>
    new Promise<T>((resolve, reject) => {
      if (dead) return reject(dead);
      const id = next++;
      const timer = limit
        ? setTimeout(() => {
            fail(new RehearsalTimeout(timeoutMs / 1000));
            void worker.terminate();
          }, timeoutMs)
        : undefined;
      const done = <V,>(settle: (value: V) => void) => (value: V) => {
        clearTimeout(timer);
        settle(value);
      };
      pending.set(id, { resolve: done(resolve as (value: unknown) => void), reject: done(reject) });
      worker.postMessage({ id, op, args });
    });
  return {
    exec: (sql) => call('exec', [sql]),
    query: (sql) => call('query', [sql]),
    snapshot: (written) => call('snapshot', written ? [written] : []),
    transactionRows: () => call('transactionRows'),
    restore: (key) => call('restore', [key], false),
    open: () => call('open', [], false),
    save: (key, baseline) => call('save', [key, baseline], false),
    // The shadow lives in the worker's memory and is thrown away: ended without PGlite's shutdown checkpoint.
    close: async () => void (await worker.terminate()),
  };
}

/** `extensionsSql`: the SQL the shadow will run (history and change), for the contrib extensions it creates. */
export async function inProcessPgliteShadow(cacheDir?: string, extensionsSql = ''): Promise<Shadow> {
  let db: PGlite | undefined;
  const extensions = contribExtensionsIn(extensionsSql);
  const open = async (from?: Blob) => (db ??= await PGlite.create({ ...(from ? { loadDataDir: from } : {}), extensions } as never));
  const file = (key: string) => join(cacheDir!, `${key}.tar`);
  const baselineFile = (key: string) => join(cacheDir!, `${key}.json`);
  const query = async <T,>(sql: string) => (await (await open()).query<T>(sql)).rows;
  const snapshots = snapshotSeries(query);
  return {
    exec: async (sql) => void (await (await open()).exec(sql)),
    query,
    open: async () => void (await open()),
    snapshot: (written) => snapshots.take(written),
    transactionRows: () => transactionRowsPostgres(query),
    async restore(key) {
      if (!cacheDir || db || !existsSync(file(key))) return false;
      try {
        await open(new Blob([readFileSync(file(key))]));
      } catch {
        db = undefined; // a damaged dump: replay instead
        return false;
      }
      try {
        const baseline = readSnapshot(readFileSync(baselineFile(key), 'utf8'));
        snapshots.from(baseline);
        return { baseline };
      } catch {
        return {}; // no snapshot kept (or a damaged one): taken again
      }
    },
    async save(key, baseline) {
      if (!cacheDir || !db) return;
      mkdirSync(cacheDir, { recursive: true });
      // Checkpointed first: a dump whose redo point is its end starts without replaying the history's WAL.
      await db.exec('CHECKPOINT');
      const dump = await db.dumpDataDir('none');
      // The snapshot first: a dump without one is taken again, a snapshot without its dump is never read.
      const keep = (path: string, data: Buffer | string) => {
        const partial = `${path}.${process.pid}.partial`;
        writeFileSync(partial, data);
        renameSync(partial, path);
      };
      keep(baselineFile(key), writeSnapshot(baseline));
      keep(file(key), Buffer.from(await dump.arrayBuffer()));
      const dumps = readdirSync(cacheDir).filter((f) => f.endsWith('.tar')).map((f) => ({ f, at: statSync(join(cacheDir, f)).mtimeMs })).sort((a, b) => b.at - a.at);
      for (const old of dumps.slice(KEEP)) for (const path of [old.f, old.f.replace(/\.tar$/, '.json')]) rmSync(join(cacheDir, path), { force: true });
    },
    close: async () => void (await db?.close()),
  };
}

/** A snapshot as kept beside its dump: objects and row counts as lists (JSON has no maps). */
function writeSnapshot(snapshot: CatalogSnapshot): string {
  return JSON.stringify({ objects: [...snapshot.objects.values()], rows: [...snapshot.rows] });
}

function readSnapshot(text: string): CatalogSnapshot {
  const kept = JSON.parse(text) as { objects: CatalogObject[]; rows: Array<[string, number]> };
  return { objects: new Map(kept.objects.map((o) => [keyOf(o), o])), rows: new Map(kept.rows) };
}
