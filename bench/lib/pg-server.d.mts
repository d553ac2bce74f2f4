export interface PostgresServer {
  url(database?: string): string;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], database?: string): Promise<T[]>;
  createDatabase(name: string): Promise<string>;
  stop(): void;
}
export function startPostgres(): Promise<PostgresServer>;
