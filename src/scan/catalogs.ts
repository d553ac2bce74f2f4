/** The database's own catalogs: writing to them changes the server's bookkeeping, not the application's data. */
import type { Dialect, ObjectName, Operation } from './types.js';

const MYSQL_SYSTEM_SCHEMAS = new Set(['mysql', 'sys', 'performance_schema', 'information_schema']);
const SQLITE_CATALOGS = new Set(['sqlite_master', 'sqlite_schema', 'sqlite_temp_master', 'sqlite_temp_schema']);

export function isSystemCatalog(dialect: Dialect, table: ObjectName): boolean {
  if (table.uncertain) return false;
  if (dialect === 'postgres') return table.schema === 'pg_catalog' || table.schema === 'information_schema' || (table.schema === undefined && table.name.startsWith('pg_'));
  if (dialect === 'sqlite') return SQLITE_CATALOGS.has(table.name.toLowerCase());
  return table.schema !== undefined && MYSQL_SYSTEM_SCHEMAS.has(table.schema.toLowerCase());
}

/** A finding for a write (INSERT, UPDATE, DELETE, TRUNCATE, MERGE) into a system catalog; none for ordinary tables. */
export function catalogWrite(dialect: Dialect, table: ObjectName, command: string): Operation[] {
  if (!isSystemCatalog(dialect, table)) return [];
  const name = table.schema ? `${table.schema}.${table.name}` : table.name;
  return [{ kind: 'server-administration', detail: `${command} ${name} writes to a system catalog (accounts, privileges or the schema itself)` }];
}
