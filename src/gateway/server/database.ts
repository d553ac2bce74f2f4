/** Target databases the gateway executes on: a PostgreSQL server (pg) or an embedded PGlite. */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface QueryResult {
  command: string;
  rowCount: number;
  columns: string[];
  rows: Array<Record<string, unknown>>;
  notices: string[];
}

export interface DatabaseSession {
  /** Without `params` a statement goes as written (pg: simple protocol); with them, as one parameterised statement. */
  query(sql: string, params?: unknown[]): Promise<QueryResult>;
  /** Stops the session now, from outside: its running statement ends and its open transaction rolls back. */
  interrupt(): Promise<void>;
  release(): Promise<void>;
}

export interface Database {
  /** One session (connection) for one execution; PGlite sessions are serialised. */
  session(): Promise<DatabaseSession>;
  close(): Promise<void>;
}

export function postgresDatabase(url: string): Database {
  return {
    async session() {
      const client = new pg.Client({ connectionString: url });
      const notices: string[] = [];
      client.on('notice', (notice) => notices.push(notice.message ?? String(notice)));
      client.on('error', () => undefined);
      await client.connect();
      // If the gateway dies (kill -9, a node lost), PostgreSQL notices within seconds, even in a long statement, and
      // rolls the open transaction back and frees its locks instead of finishing work nobody will commit (PG 14+).
      await client.query("SET client_connection_check_interval = '2s'").catch(() => undefined);
      return {
        async query(sql, params) {
          notices.length = 0;
          const result = params ? await client.query(sql, params) : await client.query(sql);
          const last = Array.isArray(result) ? result[result.length - 1] : result;
          return {
            command: last.command ?? '',
            rowCount: last.rowCount ?? 0,
            columns: (last.fields ?? []).map((f: { name: string }) => f.name),
            rows: last.rows ?? [],
            notices: [...notices],
          };
        },
        // Closing our socket is not enough: the server notices a gone client only when it next talks to it, so a
        // long statement would go on holding its locks. Terminating the backend ends it and rolls back at once.
        async interrupt() {
          const pid = (client as unknown as { processID?: number }).processID;
          if (pid) {
            const killer = new pg.Client({ connectionString: url });
            killer.on('error', () => undefined);
            try {
              await killer.connect();
              await killer.query('SELECT pg_terminate_backend($1)', [pid]);
            } finally {
              await killer.end().catch(() => undefined);
            }
          }
          await client.end().catch(() => undefined);
        },
        release: () => client.end(),
      };
    },
    close: async () => undefined,
  };
}

export async function pgliteDatabase(dataDir?: string): Promise<Database> {
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  let queue: Promise<void> = Promise.resolve();
  return {
    async session() {
      // A single embedded backend: one execution at a time.
      let release!: () => void;
      const previous = queue;
      queue = new Promise((done) => (release = done));
      await previous;
      return {
        async query(sql, params) {
          const notices: string[] = [];
          const result = await db.query<Record<string, unknown>>(sql, params ?? [], { onNotice: (n) => notices.push(n.message ?? '') });
          return {
            command: (result as { command?: string }).command ?? '',
            rowCount: result.affectedRows ?? result.rows.length,
            columns: result.fields.map((f) => f.name),
            rows: result.rows,
            notices,
          };
        },
        // The embedded backend runs one statement at a time and cannot be interrupted mid-statement: the plan stops
        // at the next statement boundary and its open transaction rolls back on release.
        interrupt: async () => undefined,
        async release() {
          if (db.isInTransaction?.()) await db.query('ROLLBACK').catch(() => undefined);
          release();
        },
      };
    },
    close: () => db.close(),
  };
}
