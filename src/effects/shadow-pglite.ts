/**
 * The default shadow database for PostgreSQL: an embedded PGlite, new for each rehearsal, in memory. Its errors keep
 * PostgreSQL's SQLSTATE (`code`), which the rehearsal reads.
 */
import { PGlite } from '@electric-sql/pglite';
import type { Shadow } from './rehearse.js';

export async function pgliteShadow(): Promise<Shadow> {
  const db = await PGlite.create();
  return {
    exec: async (sql) => void (await db.exec(sql)),
    query: async <T,>(sql: string) => (await db.query<T>(sql)).rows,
    close: () => db.close(),
  };
}
