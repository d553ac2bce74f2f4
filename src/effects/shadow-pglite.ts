/**
 * The default shadow database for PostgreSQL: an embedded PGlite, in memory. Its errors keep PostgreSQL's SQLSTATE
 * (`code`), which the rehearsal reads. Starting one costs an initdb (seconds): with a cache directory, the database
 * as it is after a history replays is kept as a PGlite data-directory dump keyed by that history's digest, and the
 * next rehearsal on the same history starts from it instead of replaying.
 */
import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Shadow } from './rehearse.js';
import { snapshotPostgres, transactionRowsPostgres } from './snapshot-postgres.js';

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

/** `extensionsSql`: the SQL the shadow will run (history and change), for the contrib extensions it creates. */
export async function pgliteShadow(cacheDir?: string, extensionsSql = ''): Promise<Shadow> {
  let db: PGlite | undefined;
  const extensions = contribExtensionsIn(extensionsSql);
  const open = async (from?: Blob) => (db ??= await PGlite.create({ ...(from ? { loadDataDir: from } : {}), extensions } as never));
  const file = (key: string) => join(cacheDir!, `${key}.tar`);
  const query = async <T,>(sql: string) => (await (await open()).query<T>(sql)).rows;
  return {
    exec: async (sql) => void (await (await open()).exec(sql)),
    query,
    snapshot: () => snapshotPostgres(query),
    transactionRows: () => transactionRowsPostgres(query),
    async restore(key) {
      if (!cacheDir || db || !existsSync(file(key))) return false;
      try {
        await open(new Blob([readFileSync(file(key))]));
        return true;
      } catch {
        db = undefined; // a damaged dump: replay instead
        return false;
      }
    },
    async save(key) {
      if (!cacheDir || !db) return;
      mkdirSync(cacheDir, { recursive: true });
      const dump = await db.dumpDataDir('none');
      const partial = `${file(key)}.${process.pid}.partial`;
      writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      renameSync(partial, file(key));
      const dumps = readdirSync(cacheDir).filter((f) => f.endsWith('.tar')).map((f) => ({ f, at: statSync(join(cacheDir, f)).mtimeMs })).sort((a, b) => b.at - a.at);
      for (const old of dumps.slice(KEEP)) rmSync(join(cacheDir, old.f), { force: true });
    },
    close: async () => void (await db?.close()),
  };
}
