/**
 * The default shadow database for PostgreSQL: an embedded PGlite, in memory. Its errors keep PostgreSQL's SQLSTATE
 * (`code`), which the rehearsal reads. Starting one costs an initdb (seconds): with a cache directory, the database
 * as it is after a history replays is kept as a PGlite data-directory dump keyed by that history's digest, and the
 * next rehearsal on the same history starts from it instead of replaying.
 */
import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Shadow } from './rehearse.js';
import { snapshotPostgres, transactionRowsPostgres } from './snapshot-postgres.js';

/** Dumps kept: the newest few histories (a branch and its base). */
const KEEP = 4;

export async function pgliteShadow(cacheDir?: string): Promise<Shadow> {
  let db: PGlite | undefined;
  const open = async (from?: Blob) => (db ??= await PGlite.create(from ? { loadDataDir: from } : {}));
  const file = (key: string) => join(cacheDir!, `${key}.tar`);
  return {
    exec: async (sql) => void (await (await open()).exec(sql)),
    query: async <T,>(sql: string) => (await (await open()).query<T>(sql)).rows,
    snapshot: async () => snapshotPostgres(async <T,>(sql: string) => (await (await open()).query<T>(sql)).rows),
    transactionRows: async () => transactionRowsPostgres(async <T,>(sql: string) => (await (await open()).query<T>(sql)).rows),
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
