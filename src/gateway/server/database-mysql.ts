/**
 * A MySQL 8 or MariaDB 10.6+ server as a gateway target (mysql2). The credential stays in the gateway's pool; each
 * run gets one connection, handed back with COM_RESET_CONNECTION (which also rolls back an open transaction and frees
 * the ledger's named lock) or closed.
 */
import mysql from 'mysql2/promise';
import type { Database, DatabaseSession, QueryResult, TargetOptions } from './database.js';
import { TargetRoleError } from './database.js';
import { connectMysqlBackend, type MysqlBackend } from './mysql-wire/backend.js';

export interface MysqlTargetOptions extends TargetOptions {
  /**
   * The dialect plans are read in: it must be the server's. MariaDB runs `/*M! … *\/` code that MySQL (and the mysql
   * dialect) reads as a comment, and the grammars differ: a plan read as the other would not be what runs.
   */
  dialect?: 'mysql' | 'mariadb';
  /** PEM of the CA the server's certificate must chain to: then the connection is TLS, verified, or nothing. */
  ca?: string | Buffer;
}

/**
 * Global privileges through which SQL reaches the server's files, programs, accounts or configuration: FILE (LOAD
 * DATA INFILE, SELECT … INTO OUTFILE), SUPER and the MySQL 8 administrative privileges (SET GLOBAL general_log_file
 * writes anywhere the server can), SHUTDOWN, CREATE USER (new accounts outside the gateway), and ALL PRIVILEGES.
 */
const SERVER_PRIVILEGES = ['ALL PRIVILEGES', 'ALL', 'SUPER', 'FILE', 'SHUTDOWN', 'CREATE USER', 'SYSTEM_VARIABLES_ADMIN', 'BINLOG_ADMIN', 'ENCRYPTION_KEY_ADMIN', 'READ_ONLY ADMIN', 'CONNECTION ADMIN'];

type Connection = mysql.PoolConnection;

export class DialectMismatchError extends Error {}
type Rows = Array<Record<string, unknown>>;

/** What the connected account can do beyond its database, through its own grants and the roles granted to it. */
export async function mysqlServerPowers(query: (sql: string) => Promise<Rows>): Promise<string[]> {
  const powers = new Set<string>();
  const seen = new Set<string>();
  const visit = async (grantee: string | undefined, depth: number) => {
    // SHOW GRANTS lines may hold a password hash: only privilege names and role names are read from them.
    const lines = (await query(grantee ? `SHOW GRANTS FOR ${grantee}` : 'SHOW GRANTS')).map((row) => String(Object.values(row)[0]));
    for (const line of lines) {
      const global = /^GRANT (.+?) ON \*\.\* TO /i.exec(line);
      if (global) {
        for (const privilege of global[1]!.split(',').map((p) => p.trim().toUpperCase())) if (SERVER_PRIVILEGES.includes(privilege)) powers.add(privilege === 'ALL' ? 'ALL PRIVILEGES' : privilege);
        continue;
      }
      // A granted role: its privileges are one SET ROLE away.
      const role = /^GRANT ((?:`[^`]+`(?:@`[^`]*`)?\s*,?\s*)+) TO /i.exec(line);
      if (role && depth < 4) {
        for (const name of role[1]!.match(/`[^`]+`(?:@`[^`]*`)?/g) ?? []) {
          if (seen.has(name)) continue;
          seen.add(name);
          await visit(name, depth + 1).catch(() => undefined);
        }
      }
    }
  };
  await visit(undefined, 0);
  return [...powers].map((p) => `has the global privilege ${p}`);
}

const MYSQL_DURATION = /^(\d+)(ms|s|min|h)$/;

/** A config duration (500ms, 5s, 2min, 1h) in seconds. */
export function durationSeconds(duration: string): number {
  const [, amount, unit] = MYSQL_DURATION.exec(duration) ?? [];
  return Number(amount) * { ms: 0.001, s: 1, min: 60, h: 3600 }[unit as 'ms' | 's' | 'min' | 'h'];
}

/** A mysql target: also the wire endpoint's raw connections, authenticated with the same credential. */
export interface MysqlDatabase extends Database {
  /** The database the URL names: the only one the wire endpoint's clients reach. */
  readonly databaseName: string;
  wireBackend(capabilities: number, collation: number): Promise<MysqlBackend>;
}

export function isMysqlDatabase(database: Database): database is MysqlDatabase {
  return database.engine === 'mysql' && 'wireBackend' in database;
}

export function mysqlDatabase(url: string, options: MysqlTargetOptions = { allowSuperuser: false }): MysqlDatabase {
  const pool = mysql.createPool({
    uri: url,
    // One statement per query: a plan's statement can never smuggle a second one past the gateway's parse.
    multipleStatements: false,
    connectionLimit: 32,
    // Values as the server writes them: no time zone conversion, no precision lost on DECIMAL and BIGINT.
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    ...(options.ca ? { ssl: { ca: options.ca, rejectUnauthorized: true } } : {}),
  });
  const checked = new WeakSet<Connection>();
  let mariadb: boolean | undefined;
  return {
    engine: 'mysql',
    async session() {
      const connection = await pool.getConnection();
      try {
        if (!checked.has(connection)) {
          const rows = async (sql: string) => (await connection.query(sql))[0] as Rows;
          if (!options.allowSuperuser) {
            const powers = await mysqlServerPowers(rows);
            if (powers.length) {
              throw new TargetRoleError(
                `the gateway's target account can reach beyond its database (${powers.join('; ')}): a statement that got past the gateway's checks could read or write files on the server or change its configuration. Connect as an account with privileges on its database only (README: "The target role"), or set allow-superuser: true on the connection if you accept that risk`,
              );
            }
          }
          mariadb ??= /mariadb/i.test(String((await rows('SELECT VERSION() AS v'))[0]?.v));
          if (options.dialect && mariadb !== (options.dialect === 'mariadb')) {
            throw new DialectMismatchError(`the server is ${mariadb ? 'MariaDB' : 'MySQL'} but the connection's dialect is ${options.dialect}: set dialect: ${mariadb ? 'mariadb' : 'mysql'} on the connection (and in the policy), since the two read executable comments and syntax differently`);
          }
          checked.add(connection);
        }
      } catch (error) {
        connection.destroy();
        throw error;
      }
      return mysqlSession(connection, pool, mariadb!);
    },
    databaseName: decodeURIComponent(new URL(url).pathname.replace(/^\//, '')),
    async wire() {
      throw new Error('a mysql connection has a MySQL wire endpoint (wireBackend), not a PostgreSQL one');
    },
    async wireBackend(capabilities, collation) {
      // The account's powers are checked on a pooled connection first (once per pooled connection, as for exec).
      const session = await this.session();
      await session.release();
      return connectMysqlBackend({ url, ...(options.ca ? { ca: options.ca } : {}), capabilities, collation });
    },
    close: () => pool.end(),
  };
}

function mysqlSession(connection: Connection, pool: mysql.Pool, mariadb: boolean): DatabaseSession & { mariadb: boolean } {
  let released = false;
  const release = async (broken?: boolean) => {
    if (released) return;
    released = true;
    if (!broken) {
      try {
        await connection.reset(); // COM_RESET_CONNECTION: rollback, user variables, session settings, named locks
        connection.release();
        return;
      } catch {
        // closed below
      }
    }
    connection.destroy();
  };
  return {
    engine: 'mysql',
    mariadb,
    async query(sql, params) {
      const [result, fields] = params ? await connection.query(sql, params) : await connection.query(sql);
      return await resultOf(connection, result, fields);
    },
    async interrupt() {
      // KILL from another connection ends the running statement and this connection; its transaction rolls back.
      const killer = await pool.getConnection().catch(() => undefined);
      try {
        await killer?.query(`KILL CONNECTION ${Number(connection.threadId)}`);
      } catch {
        // already gone
      } finally {
        killer?.destroy();
      }
      await release(true);
    },
    release: () => release(),
  };
}

type MysqlResult = Awaited<ReturnType<Connection['query']>>;

async function resultOf(connection: Connection, result: MysqlResult[0], fields: MysqlResult[1]): Promise<QueryResult> {
  if (!Array.isArray(result)) {
    const header = result as mysql.ResultSetHeader;
    // MySQL's notices are its warnings: read them when the statement left some (a truncated value, a dropped IF EXISTS).
    const notices = header.warningStatus ? ((await connection.query('SHOW WARNINGS'))[0] as Rows).slice(0, 50).map((w) => `${w.Level} ${w.Code}: ${w.Message}`) : [];
    return { command: '', rowCount: header.affectedRows, fields: [], rows: [], notices };
  }
  const columns = (fields ?? []) as mysql.FieldPacket[];
  return {
    command: 'SELECT',
    rowCount: result.length,
    // A column's source (org_table.org_name) is named by the server through aliases and derived tables.
    fields: columns.map((f) => ({ name: f.name, ...(f.orgName ? { sourceName: f.orgName } : {}) })),
    rows: result as Rows,
    notices: [],
  };
}
