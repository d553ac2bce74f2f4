import { scanSources } from '../../src/scan/scanner.js';
import type { Dialect, ScannedFile } from '../../src/scan/types.js';

export async function scanSql(sql: string, dialect: Dialect = 'postgres', path = 'migration.sql'): Promise<ScannedFile> {
  const [file] = await scanSources([{ path, text: sql }], { dialect });
  return file!;
}

/** Rule ids found anywhere in the SQL, in order, without duplicates. */
export async function rulesIn(sql: string, dialect: Dialect = 'postgres'): Promise<string[]> {
  const file = await scanSql(sql, dialect);
  return [...new Set(file.statements.flatMap((s) => s.findings.map((f) => f.rule)))];
}
