/** SQL's own quoting (PostgreSQL, SQLite): a string literal, and a quoted identifier. */
export const quoteLiteral = (text: string): string => `'${text.replace(/'/g, "''")}'`;
export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
