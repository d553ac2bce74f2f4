export interface PostgresServer {
  /** The URL of `database` as `role` (postgres, the superuser, by default). */
  url(database?: string, role?: string): string;
  /** Runs `sql` on `database` as `role` (by default the owner createDatabase gave it, else the superuser postgres). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], database?: string, role?: string): Promise<T[]>;
  /** Creates a database owned by `owner` (default mg_app, an ordinary login role) and answers its URL as that role. */
  createDatabase(name: string, owner?: string): Promise<string>;
  /** The server's log so far. */
  log(): string;
  stop(): void;
}
export function startPostgres(): Promise<PostgresServer>;
