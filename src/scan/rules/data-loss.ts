/** Rules for statements that destroy data. */
import type { ObjectName, Operation, WhereState } from '../types.js';
import { isNewTable, quote, type FileContext, type RuleDefinition } from './rule.js';

function dropOf(object: string, op: Operation, context: FileContext, extra?: (op: Extract<Operation, { kind: 'drop' }>) => boolean): string | null {
  if (op.kind !== 'drop' || op.object !== object) return null;
  if (extra && !extra(op)) return null;
  const names = object === 'table' ? op.names.filter((n) => !isNewTable(n, context)) : op.names;
  if (names.length === 0) return null;
  return `DROP ${object.toUpperCase()} ${names.map(quote).join(', ')}${op.cascade ? ' CASCADE' : ''} deletes ${names.length > 1 ? 'them' : 'it'} and all ${object === 'schema' || object === 'database' ? 'objects and data in it' : 'its data'}.`;
}

/** Objects whose DROP has a data-loss rule of its own that already covers CASCADE. */
/** Why a DELETE's or UPDATE's condition does not limit its rows. */
function unlimited(where: WhereState, table: ObjectName): string {
  if (where === 'none') return 'has no WHERE clause';
  if (where === 'always-true') return 'has a WHERE clause that is always true';
  return `has a WHERE clause that reads no column of ${quote(table)} (only constants, subqueries or other tables)`;
}

const OWN_DATA_LOSS_RULE = new Set(['table', 'schema', 'database', 'extension', 'sequence', 'materialized view']);

export const dataLossRules: RuleDefinition[] = [
  {
    id: 'drop-database',
    category: 'data-loss',
    severity: 'block',
    title: 'DROP DATABASE',
    why: 'Dropping a database deletes every table and row in it at once; no migration should do this.',
    alternative: 'Decommission databases by hand, after a verified backup, outside of the migration pipeline.',
    check: (op, c) => dropOf('database', op, c),
  },
  {
    id: 'drop-schema',
    category: 'data-loss',
    severity: 'approval',
    title: 'DROP SCHEMA',
    why: 'Dropping a schema deletes the tables in it (with CASCADE) and breaks every client that still uses it.',
    alternative: 'Move the remaining objects out first, confirm nothing reads the schema, then drop it empty without CASCADE.',
    check: (op, c) => dropOf('schema', op, c),
  },
  {
    id: 'drop-table',
    category: 'data-loss',
    severity: 'approval',
    title: 'DROP TABLE',
    why: 'Dropping a table deletes all of its rows; running application code that still reads it starts failing.',
    alternative: 'Stop all reads and writes first, rename the table (or move it to an archive schema) for a release, take a backup, then drop it.',
    check: (op, c) => dropOf('table', op, c),
  },
  {
    id: 'drop-column',
    category: 'data-loss',
    severity: 'approval',
    title: 'DROP COLUMN',
    why: 'Dropping a column deletes its data for every row, and old application versions that still select it fail.',
    alternative: 'Stop using the column in code and deploy, copy its data elsewhere if needed, then drop it in a later migration.',
    check: (op, c) =>
      op.kind === 'drop-column' && !isNewTable(op.table, c)
        ? `Dropping column ${quote(op.column)} from ${quote(op.table)} deletes its data for every row.`
        : null,
  },
  {
    id: 'drop-sequence',
    category: 'data-loss',
    severity: 'approval',
    title: 'DROP SEQUENCE',
    why: 'Dropping a sequence loses its current value; recreating it restarts numbering and can collide with existing keys.',
    alternative: 'Detach the sequence from columns first, confirm nothing calls nextval() on it, then drop it.',
    check: (op, c) => dropOf('sequence', op, c),
  },
  {
    id: 'drop-materialized-view',
    category: 'data-loss',
    severity: 'approval',
    title: 'DROP MATERIALIZED VIEW',
    why: 'A materialized view holds computed data that may take long to rebuild; readers fail until it exists again.',
    alternative: 'Create the replacement first, switch readers to it, then drop the old view.',
    check: (op, c) => dropOf('materialized view', op, c),
  },
  {
    id: 'drop-extension-cascade',
    category: 'data-loss',
    severity: 'approval',
    title: 'DROP EXTENSION … CASCADE',
    why: 'CASCADE also drops every column, index and function that depends on the extension, with their data.',
    alternative: 'Drop dependent objects explicitly, then drop the extension without CASCADE so PostgreSQL refuses if anything still depends on it.',
    check: (op, c) => dropOf('extension', op, c, (d) => d.cascade),
  },
  {
    id: 'drop-cascade',
    category: 'data-loss',
    severity: 'approval',
    title: 'DROP … CASCADE',
    why: 'CASCADE silently drops everything that depends on the object: columns of a type or domain, generated columns, defaults, views and materialized views, with their data.',
    alternative: 'Drop or change the dependent objects explicitly first, then drop the object without CASCADE so PostgreSQL refuses if anything still depends on it.',
    check: (op) =>
      op.kind === 'drop' && op.cascade && !OWN_DATA_LOSS_RULE.has(op.object)
        ? `DROP ${op.object.toUpperCase()} ${op.names.map(quote).join(', ')} CASCADE also drops every column, default and view that depends on ${op.names.length > 1 ? 'them' : 'it'}, with their data.`
        : null,
  },
  {
    id: 'drop-partition',
    category: 'data-loss',
    severity: 'approval',
    title: 'DROP or TRUNCATE PARTITION',
    why: "Dropping or truncating a partition deletes every row in it at once, with no WHERE clause to limit it.",
    alternative: 'Exchange the partition into a standalone table (ALTER TABLE … EXCHANGE PARTITION), keep it until the data is verified or archived, then drop that table.',
    dialects: ['mysql', 'mariadb'],
    check: (op, c) =>
      op.kind === 'drop-partition' && !isNewTable(op.table, c)
        ? `${op.truncate ? 'TRUNCATE' : 'DROP'} PARTITION ${op.partitions.map(quote).join(', ')} of ${quote(op.table)} deletes every row in ${op.partitions.length > 1 ? 'them' : 'it'}.`
        : null,
  },
  {
    id: 'replace-table',
    category: 'data-loss',
    severity: 'approval',
    title: 'CREATE OR REPLACE TABLE',
    why: 'MariaDB drops an existing table of that name, with all its rows, before creating the new one.',
    alternative: 'Use CREATE TABLE IF NOT EXISTS, or create the new table under another name, copy the data, and swap with RENAME TABLE.',
    dialects: ['mysql', 'mariadb'],
    check: (op, c) => (op.kind === 'replace-table' && !isNewTable(op.table, c) ? `CREATE OR REPLACE TABLE ${quote(op.table)} drops the existing table and all its rows first.` : null),
  },
  {
    id: 'merge-delete',
    category: 'data-loss',
    severity: 'approval',
    title: 'MERGE … THEN DELETE',
    why: 'A MERGE that deletes removes every matched row (or, WHEN NOT MATCHED BY SOURCE, every row the source lacks), however large the join turns out to be.',
    alternative: 'Write the DELETE out with an explicit WHERE clause (and batches on large tables), or restrict the WHEN clause with AND conditions that are reviewed.',
    dialects: ['postgres'],
    check: (op, c) => {
      if (op.kind !== 'merge' || isNewTable(op.table, c)) return null;
      const what = [op.deletes ? 'deletes every row it matches' : '', op.overwritesUnmatched ? 'overwrites every row the source does not match' : ''].filter(Boolean).join(' and ');
      return `MERGE INTO ${quote(op.table)} ${what}.`;
    },
  },
  {
    id: 'alter-column-using',
    category: 'data-loss',
    severity: 'approval',
    title: 'ALTER COLUMN … TYPE … USING an expression',
    why: 'A USING expression that is not a plain conversion of the column (USING NULL, a constant, arithmetic, another column) replaces the value in every row.',
    alternative: 'Convert with a plain cast (USING col::newtype); compute new values in a new column with a reviewed, batched UPDATE instead.',
    dialects: ['postgres'],
    check: (op, c) =>
      op.kind === 'alter-column-using' && !isNewTable(op.table, c)
        ? `Changing the type of ${quote(op.table)}.${quote(op.column)} with ${op.using} rewrites the value in every row.`
        : null,
  },
  {
    id: 'volatile-storage',
    category: 'data-loss',
    severity: 'approval',
    title: 'Storage that loses data',
    why: 'BLACKHOLE discards every write, MEMORY tables are emptied on restart, and UNLOGGED tables are truncated after a crash and not replicated: moving a table there loses data.',
    alternative: 'Keep tables on a durable engine (InnoDB, logged PostgreSQL tables); use a separate, clearly named cache table for data that may be lost.',
    check: (op, c) => (op.kind === 'volatile-storage' && !isNewTable(op.table, c) ? `${quote(op.table)}: ${op.detail}.` : null),
  },
  {
    id: 'drop-owned',
    category: 'data-loss',
    severity: 'approval',
    title: 'DROP OWNED',
    why: 'DROP OWNED drops every object the role owns in the database, including tables with data.',
    alternative: 'Use REASSIGN OWNED to transfer ownership first; drop specific objects by name.',
    check: (op) => (op.kind === 'drop-owned' ? 'DROP OWNED drops every object the role owns, including tables and their data.' : null),
  },
  {
    id: 'truncate',
    category: 'data-loss',
    severity: 'approval',
    title: 'TRUNCATE',
    why: 'TRUNCATE deletes every row at once and cannot be limited with WHERE.',
    alternative: 'Delete in bounded batches with a WHERE clause, or rename the table and create a fresh one, keeping the old data until verified.',
    check: (op, c) => {
      if (op.kind !== 'truncate') return null;
      const tables = op.tables.filter((t) => !isNewTable(t, c));
      return tables.length ? `TRUNCATE ${tables.map(quote).join(', ')} deletes every row.` : null;
    },
  },
  {
    id: 'delete-without-where',
    category: 'data-loss',
    severity: 'approval',
    title: 'DELETE without WHERE',
    why: 'A DELETE with no WHERE clause, one that is always true, or one that never reads a column of the table (a condition on constants or on other tables only) deletes every row of the table.',
    alternative: 'Add a WHERE clause that selects exactly the rows to remove, and delete in batches on large tables.',
    check: (op, c) =>
      op.kind === 'delete' && op.where !== 'present' && !isNewTable(op.table, c)
        ? `DELETE FROM ${quote(op.table)} ${unlimited(op.where, op.table)}: it deletes every row.`
        : null,
  },
  {
    id: 'update-without-where',
    category: 'data-loss',
    severity: 'approval',
    title: 'UPDATE without WHERE',
    why: 'An UPDATE with no WHERE clause, one that is always true, or one that never reads a column of the table (a condition on constants or on other tables only) overwrites the column in every row. A bulk upsert (INSERT … SELECT … ON CONFLICT DO UPDATE, ON DUPLICATE KEY UPDATE, REPLACE … SELECT) overwrites every existing row its query matches.',
    alternative:
      'Add a WHERE clause that selects exactly the rows to change; backfill large tables in batches. For an upsert, insert new rows only (ON CONFLICT DO NOTHING, INSERT IGNORE) or limit its update (ON CONFLICT … DO UPDATE … WHERE).',
    check: (op, c) =>
      op.kind === 'update' && op.where !== 'present' && !isNewTable(op.table, c)
        ? op.via
          ? `${op.via} into ${quote(op.table)} overwrites every existing row its query matches; the update ${unlimited(op.where, op.table)}.`
          : `UPDATE ${quote(op.table)} ${unlimited(op.where, op.table)}: it rewrites every row.`
        : null,
  },
  {
    id: 'rule-instead-nothing',
    category: 'data-loss',
    severity: 'approval',
    title: 'CREATE RULE … DO INSTEAD NOTHING',
    why: 'A DO INSTEAD NOTHING rule silently discards writes to the table: clients believe they succeeded.',
    alternative: 'Revoke the privilege or use a trigger that raises an error so clients learn the write was refused.',
    check: (op) => (op.kind === 'rule-instead-nothing' ? `A DO INSTEAD NOTHING rule on ${quote(op.table)} silently discards writes.` : null),
  },
];
