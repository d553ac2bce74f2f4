/** Target databases the gateway executes on: a PostgreSQL server (pg) or an embedded PGlite (MySQL: database-mysql.ts). */
import type { ResultField } from './column-masking.js';
import pg from 'pg';
import { openPglite } from './data-dir-lock.js';
import { Framer } from './wire/messages.js';
import { serialize } from 'pg-protocol';

export interface QueryResult {
  command: string;
  rowCount: number;
  /** The result's columns; with their source table column where the driver tells it (pg does, PGlite does not). */
  fields: ResultField[];
  rows: Array<Record<string, unknown>>;
  notices: string[];
  /** How long the statement took, when measured by the session (batches). */
  durationMs?: number;
}

/** Which SQL a target speaks: the ledger's statements and the executor's transaction rules differ. */
export type Engine = 'postgres' | 'mysql';

export interface DatabaseSession {
  readonly engine: Engine;
  /** Without `params` a statement goes as written (pg: simple protocol); with them, as one parameterised statement. */
  query(sql: string, params?: unknown[]): Promise<QueryResult>;
  /**
   * Runs statements in one round trip (one simple-protocol message), each result with its own notices and
   * duration; throws at the first error, like the server. Absent where the backend cannot (PGlite).
   */
  batch?(sqls: readonly string[]): Promise<QueryResult[]>;
  /** Stops the session now, from outside: its running statement ends and its open transaction rolls back. */
  interrupt(): Promise<void>;
  release(): Promise<void>;
}

/** A raw protocol connection for the wire relay: authenticated by the gateway with its own credential. */
export interface WireBackend {
  /** ParameterStatus values the database announced (server_version, client_encoding, …), passed on to the client. */
  parameters: Array<[string, string]>;
  /** Frontend messages, already framed. */
  send(bytes: Uint8Array): void;
  onData(listener: (bytes: Uint8Array) => void): void;
  onClose(listener: () => void): void;
  /** Cancels the statement running now (the protocol's CancelRequest, sent by the gateway). */
  cancel(): Promise<void>;
  close(): void;
}

export interface Database {
  readonly engine: Engine;
  /**
   * One session (connection) for one execution. PGlite sessions are serialised: with `waitMs`, one that cannot start
   * within it fails instead of waiting on (a wire connection may hold the embedded database for long).
   */
  session(waitMs?: number): Promise<DatabaseSession>;
  /**
   * A protocol-level connection for the wire endpoint; `check` runs on it first (with the gateway's own queries) and
   * refuses the connection by throwing.
   */
  wire(check?: (query: CatalogQuery) => Promise<void>): Promise<WireBackend>;
  close(): Promise<void>;
}

export type CatalogQuery = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

export interface TargetOptions {
  /** Accept a target role that can reach the server's operating system (see `serverPowers`). */
  allowSuperuser: boolean;
}

/** The predefined roles through which SQL reaches the server's files and programs. */
const SERVER_ROLES = ['pg_execute_server_program', 'pg_read_server_files', 'pg_write_server_files'];

/**
 * What the connected role can do beyond SQL: a superuser, a member of a role that runs programs or reads and writes
 * files on the database server, or (before PostgreSQL 16) CREATEROLE, which can grant itself those roles. A
 * statement that got past the gateway's checks would run with these powers, so a target role that has them is
 * refused unless the connection says `allow-superuser: true`.
 */
export async function serverPowers(query: CatalogQuery): Promise<string[]> {
  const [role] = await query<{ name: string; superuser: boolean; createrole: boolean; version: number; members: string[] }>(
    `SELECT r.rolname AS name, r.rolsuper AS superuser, r.rolcreaterole AS createrole, pg_catalog.current_setting('server_version_num')::int AS version,
       ARRAY(SELECT b.rolname::text FROM pg_catalog.pg_roles b WHERE (b.rolname = ANY($1::text[]) OR b.rolsuper) AND b.oid <> r.oid AND pg_catalog.pg_has_role(r.oid, b.oid, 'MEMBER') ORDER BY 1) AS members
     FROM pg_catalog.pg_roles r WHERE r.rolname = pg_catalog.session_user()`,
    [SERVER_ROLES],
  );
  if (!role) return ['its role could not be read from pg_roles'];
  // A superuser has every other power: that one says it all.
  // A member of a superuser role can SET ROLE to it; a member of a predefined role has its power.
  const powers = role.superuser ? ['is a superuser'] : [...role.members.map((m) => `is a member of ${m}`), ...(role.createrole && role.version < 160000 ? ['has CREATEROLE (before PostgreSQL 16 it can grant itself pg_execute_server_program)'] : [])];
  return powers.map((p) => `role "${role.name}" ${p}`);
}

export class TargetRoleError extends Error {}

async function refuseServerPowers(query: CatalogQuery, options: TargetOptions): Promise<void> {
  if (options.allowSuperuser) return;
  const powers = await serverPowers(query);
  if (powers.length) {
    throw new TargetRoleError(
      `the gateway's target role can reach the database server's operating system (${powers.join('; ')}): a statement that got past the gateway's checks could run programs or read files there. Connect as a role without these powers (README: "The target role"), or set allow-superuser: true on the connection if you accept that risk`,
    );
  }
}

/** How long a wire connection waits for the embedded PGlite to be free. */
const WIRE_WAIT_MS = 5000;
const ANNOUNCED = ['server_version', 'server_encoding', 'client_encoding', 'application_name', 'DateStyle', 'IntervalStyle', 'integer_datetimes', 'standard_conforming_strings', 'TimeZone'];

/** Idle connections are kept this long for the next run: starting a backend costs more than many small statements. */
const IDLE_MS = 30_000;

export function postgresDatabase(url: string, options: TargetOptions = { allowSuperuser: false }): Database {
  // No `max`: runs on one database queue on the ledger's lock, inside PostgreSQL, and /readyz must never wait here.
  const pool = new pg.Pool({ connectionString: url, max: Number.MAX_SAFE_INTEGER, idleTimeoutMillis: IDLE_MS, allowExitOnIdle: true });
  pool.on('error', () => undefined); // an idle connection that breaks is dropped by the pool
  // If the gateway dies (kill -9, a node lost), PostgreSQL notices within seconds, even in a long statement, and
  // rolls the open transaction back and frees its locks instead of finishing work nobody will commit (PG 14+).
  const checkConnection = (client: pg.PoolClient) => client.query("SET client_connection_check_interval = '2s'").catch(() => undefined);
  pool.on('connect', (client) => void checkConnection(client));
  /** Connections whose role was checked (once per physical connection: roles can change while the gateway runs). */
  const checked = new WeakSet<pg.PoolClient>();
  return {
    engine: 'postgres',
    async session() {
      const client = await pool.connect();
      if (!checked.has(client)) {
        try {
          await refuseServerPowers(async (sql, params) => (await client.query(sql, params)).rows, options);
        } catch (error) {
          client.release(true);
          throw error;
        }
        checked.add(client);
      }
      const notices: string[] = [];
      const collectNotices = (message: string) => void notices.push(message);
      let sink = collectNotices;
      const onNotice = (notice: { message?: string }) => sink(notice.message ?? String(notice));
      client.on('notice', onNotice);
      let lost: Error | undefined; // the connection broke during the run: the next query says so, and it is not reused
      const onError = (error: Error) => void (lost = error);
      client.on('error', onError);
      let released = false;
      /** Back to the pool with nothing of this run left on the connection (settings, role, temp tables, locks, prepared statements), or closed. */
      const release = async (broken?: Error) => {
        if (released) return;
        released = true;
        client.off('notice', onNotice);
        client.off('error', onError);
        broken ??= lost;
        if (!broken) {
          try {
            await client.query('DISCARD ALL'); // refused inside a transaction: then the connection is closed instead
            await checkConnection(client);
          } catch (error) {
            broken = error as Error;
          }
        }
        client.release(broken ?? undefined);
      };
      return {
        engine: 'postgres',
        async query(sql, params) {
          notices.length = 0;
          const result = params ? await client.query(sql, params) : await client.query(sql);
          const last = Array.isArray(result) ? result[result.length - 1] : result;
          return { ...resultOf(last), notices: [...notices] };
        },
        async batch(sqls) {
          // The server answers statement by statement (notices, then CommandComplete): counting CommandComplete
          // messages tells which statement each notice belongs to and when each statement ended.
          const perStatement = sqls.map(() => ({ notices: [] as string[], endedAt: 0 }));
          let current = 0;
          const connection = (client as unknown as { connection: import('node:events').EventEmitter }).connection;
          const completed = () => {
            if (current < perStatement.length) perStatement[current]!.endedAt = performance.now();
            current++;
          };
          connection.on('commandComplete', completed);
          sink = (message) => void perStatement[Math.min(current, perStatement.length - 1)]!.notices.push(message);
          const started = performance.now();
          try {
            // One statement per line-ended segment: a trailing `--` comment cannot swallow the separator.
            const result = await client.query(sqls.join('\n;\n'));
            const results = Array.isArray(result) ? result : [result];
            if (results.length !== sqls.length) throw new Error(`the server answered ${results.length} results for ${sqls.length} statements`);
            return results.map((r, i) => ({ ...resultOf(r), notices: perStatement[i]!.notices, durationMs: (perStatement[i]!.endedAt || performance.now()) - (i ? perStatement[i - 1]!.endedAt : started) }));
          } finally {
            connection.off('commandComplete', completed);
            sink = collectNotices;
          }
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
          await release(new Error('interrupted'));
        },
        release: () => release(),
      };
    },
    async wire(check) {
      const client = new pg.Client({ connectionString: url });
      const parameters: Array<[string, string]> = [];
      const connection = (client as unknown as { connection: import('node:events').EventEmitter & { stream: import('node:net').Socket } }).connection;
      connection.on('parameterStatus', (m: { parameterName: string; parameterValue: string }) => void parameters.push([m.parameterName, m.parameterValue]));
      client.on('error', () => undefined);
      await client.connect();
      try {
        const query: CatalogQuery = async (sql, params) => (await client.query(sql, params)).rows;
        await refuseServerPowers(query, options);
        await check?.(query);
      } catch (error) {
        await client.end().catch(() => undefined);
        throw error;
      }
      // From here on the socket carries the client's protocol: node-postgres only did the authentication.
      const stream = connection.stream;
      stream.removeAllListeners('data');
      stream.setNoDelay?.(true);
      const { processID, secretKey, host, port } = client as unknown as { processID: number; secretKey: number; host: string; port: number };
      return {
        parameters,
        send: (bytes) => void stream.write(bytes),
        onData: (listener) => void stream.on('data', listener),
        onClose: (listener) => void stream.once('close', listener),
        async cancel() {
          const { connect } = await import('node:net');
          await new Promise<void>((done) => {
            // A Unix-socket URL (host=/var/run/postgresql) cancels through the same socket file.
            const where = host.startsWith('/') ? { path: `${host}/.s.PGSQL.${port}` } : { host, port };
            const socket = connect(where, () => socket.end(serialize.cancel(processID, secretKey)));
            socket.on('close', () => done());
            socket.on('error', () => done());
          });
        },
        close: () => void stream.destroy(),
      };
    },
    close: () => pool.end(),
  };
}

function resultOf(result: pg.QueryResult): Omit<QueryResult, 'notices'> {
  return {
    command: result.command ?? '',
    rowCount: result.rowCount ?? 0,
    fields: (result.fields ?? []).map((f) => ({ name: f.name, tableID: f.tableID, columnID: f.columnID })),
    rows: result.rows ?? [],
  };
}

export async function pgliteDatabase(dataDir?: string): Promise<Database> {
  const { db, close } = await openPglite(dataDir);
  let queue: Promise<void> = Promise.resolve();
  /**
   * A single embedded backend: one execution or wire connection holds it at a time. Resolves with the function that
   * gives it back (rolling back what the holder left open); throws if it is not free within `waitMs`.
   */
  const hold = async (waitMs?: number): Promise<() => Promise<void>> => {
    let release!: () => void;
    const previous = queue;
    queue = new Promise((done) => (release = done));
    const busy = await Promise.race([previous.then(() => false), ...(waitMs === undefined ? [] : [new Promise<boolean>((r) => setTimeout(() => r(true), waitMs).unref())])]);
    if (busy) {
      void previous.then(release);
      throw new Error(`the embedded PGlite serves one connection at a time and another is open; use a PostgreSQL server for tools that open several (sqitch)`);
    }
    return async () => {
      if (db.isInTransaction?.()) await db.query('ROLLBACK').catch(() => undefined);
      release();
    };
  };
  return {
    engine: 'postgres',
    async session(waitMs) {
      const release = await hold(waitMs);
      return {
        engine: 'postgres',
        async query(sql, params) {
          const notices: string[] = [];
          const result = await db.query<Record<string, unknown>>(sql, params ?? [], { onNotice: (n) => notices.push(n.message ?? '') });
          return {
            command: (result as { command?: string }).command ?? '',
            rowCount: result.affectedRows ?? result.rows.length,
            fields: result.fields.map((f) => ({ name: f.name })),
            rows: result.rows,
            notices,
          };
        },
        // The embedded backend runs one statement at a time and cannot be interrupted mid-statement: the plan stops
        // at the next statement boundary and its open transaction rolls back on release.
        interrupt: async () => undefined,
        release,
      };
    },
    async wire(check) {
      // The embedded backend speaks the protocol through execProtocolRaw, one message at a time, and serves one
      // connection at a time: a wire connection holds it like an execution does.
      // A tool that opens a second connection while its first is open would wait forever: say so instead.
      const release = await hold(WIRE_WAIT_MS);
      try {
        // In-process: no server programs or files to reach, so only the caller's check.
        await check?.(async (sql, params) => (await db.query(sql, params ?? [])).rows as never[]);
      } catch (error) {
        await release();
        throw error;
      }
      const parameters: Array<[string, string]> = [];
      for (const name of ANNOUNCED) {
        const { rows } = await db.query<{ value: string }>('SELECT current_setting($1, true) AS value', [name]);
        if (rows[0]?.value) parameters.push([name, rows[0].value]);
      }
      const listeners: Array<(bytes: Uint8Array) => void> = [];
      const closers: Array<() => void> = [];
      let chain: Promise<void> = Promise.resolve();
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        chain = chain.then(async () => {
          // The next holder of the one embedded backend starts clean: no prepared statement, portal or setting of this one.
          if (db.isInTransaction?.()) await db.query('ROLLBACK').catch(() => undefined);
          await db.query('DISCARD ALL').catch(() => undefined);
          await release();
          for (const listener of closers) listener();
        });
      };
      const framer = new Framer();
      return {
        parameters,
        send(bytes) {
          const messages = framer.push(bytes);
          chain = chain
            .then(async () => {
              for (const message of messages) {
                if (closed) return;
                if (message[0] === 0x58) return close(); // Terminate: PGlite must not shut down
                const answer = await db.execProtocolRaw(message);
                if (answer.byteLength) for (const listener of listeners) listener(answer);
              }
            })
            .catch(() => close());
        },
        onData: (listener) => void listeners.push(listener),
        onClose: (listener) => void closers.push(listener),
        cancel: async () => undefined,
        close,
      };
    },
    close,
  };
}
