import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);

// src/sql-quote.ts
var quoteLiteral = (text) => `'${text.replace(/'/g, "''")}'`;
var quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;

export {
  quoteLiteral,
  quoteIdent
};
