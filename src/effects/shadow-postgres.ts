/**
 * A shadow on a real PostgreSQL server (`shadow-url`): for a history that needs an extension or a server version the
 * embedded PGlite lacks. Each rehearsal creates a database of its own on that server and drops it afterwards: point
 * it at a throwaway server (a CI service container), never at one that holds data.
 */
import pg from 'pg';
import type { Shadow } from './rehearse.js';
import { createShadowDatabase } from './shadow-database.js';
import { snapshotSeries, transactionRowsPostgres } from './snapshot-postgres.js';

/** `timeoutMs`: each statement's limit (statement_timeout), the history's included. */
export async function postgresShadow(url: string, timeoutMs?: number): Promise<Shadow> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const { name, url: shadowUrl } = await createShadowDatabase(admin, url);
  const db = new pg.Client({ connectionString: shadowUrl });
  db.on('error', () => undefined);
  await db.connect();
  if (timeoutMs) await db.query(`SET statement_timeout = ${Math.round(timeoutMs)}`);
  const query = async <T,>(sql: string) => (await db.query(sql)).rows as T[];
  const snapshots = snapshotSeries(query);
  return {
    exec: async (sql) => void (await db.query(sql)),
    query,
    snapshot: (written) => snapshots.take(written),
    transactionRows: () => transactionRowsPostgres(query),
    async close() {
      await db.end().catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await admin.end().catch(() => undefined);
    },
  };
}
