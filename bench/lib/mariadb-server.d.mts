export interface MariaDbServer {
  port: number;
  /** A URL as the user `mg` (all privileges), to `database`. */
  url(database?: string): string;
  stop(): void;
}
export function startMariaDb(options?: { tls?: { cert: string; key: string } }): Promise<MariaDbServer>;
