/** Rules for statements that hold locks long enough to cause downtime (PostgreSQL). */
import { isNewTable, quote, type RuleDefinition } from './rule.js';

const postgres = ['postgres'] as const;

export const lockRules: RuleDefinition[] = [
  {
    id: 'create-index-non-concurrently',
    category: 'lock',
    severity: 'warning',
    title: 'CREATE INDEX without CONCURRENTLY',
    why: 'Building an index without CONCURRENTLY blocks all writes to the table for the whole build.',
    alternative: 'Use CREATE INDEX CONCURRENTLY, in its own migration outside a transaction.',
    dialects: postgres,
    check: (op, c) =>
      op.kind === 'create-index' && !op.concurrently && !isNewTable(op.table, c)
        ? `Creating an index on ${quote(op.table)} without CONCURRENTLY blocks writes until the build ends.`
        : null,
  },
  {
    id: 'constraint-without-not-valid',
    category: 'lock',
    severity: 'warning',
    title: 'Constraint added without NOT VALID',
    why: 'Adding a foreign key or check constraint validates every existing row while holding a lock that blocks writes.',
    alternative: 'Add the constraint with NOT VALID, then run ALTER TABLE … VALIDATE CONSTRAINT in a separate statement.',
    dialects: postgres,
    check: (op, c) =>
      op.kind === 'add-constraint' && !op.notValid && !isNewTable(op.table, c)
        ? `Adding a ${op.constraint === 'check' ? 'check constraint' : 'foreign key'} to ${quote(op.table)} without NOT VALID scans the whole table under lock.`
        : null,
  },
  {
    id: 'set-not-null',
    category: 'lock',
    severity: 'warning',
    title: 'SET NOT NULL',
    why: 'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock to check for NULLs.',
    alternative: 'Add CHECK (col IS NOT NULL) NOT VALID, validate it, then SET NOT NULL (PostgreSQL 12+ uses the constraint and skips the scan).',
    dialects: postgres,
    check: (op, c) =>
      op.kind === 'set-not-null' && !isNewTable(op.table, c)
        ? `SET NOT NULL on ${quote(op.table)}.${quote(op.column)} scans the table under an ACCESS EXCLUSIVE lock.`
        : null,
  },
  {
    id: 'alter-column-type',
    category: 'lock',
    severity: 'warning',
    title: 'ALTER COLUMN TYPE',
    why: 'Changing a column type usually rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.',
    alternative: 'Add a new column with the new type, backfill in batches, switch reads and writes, then drop the old column.',
    dialects: postgres,
    check: (op, c) =>
      op.kind === 'alter-column-type' && !isNewTable(op.table, c)
        ? `Changing the type of ${quote(op.table)}.${quote(op.column)} may rewrite the table under an ACCESS EXCLUSIVE lock.`
        : null,
  },
  {
    id: 'add-column-volatile-default',
    category: 'lock',
    severity: 'warning',
    title: 'Column added with a volatile default',
    why: 'A default that differs per row (random(), gen_random_uuid(), clock_timestamp(), serial) forces a full table rewrite under lock.',
    alternative: 'Add the column without a default (or with a constant one), then backfill in batches and set the default afterwards.',
    dialects: postgres,
    check: (op, c) =>
      op.kind === 'add-column' && op.volatileDefault && !isNewTable(op.table, c)
        ? `Adding ${quote(op.table)}.${quote(op.column)} with default ${op.volatileDefault} rewrites the whole table under lock.`
        : null,
  },
  {
    id: 'table-rewrite',
    category: 'lock',
    severity: 'warning',
    title: 'Table rewrite or rebuild under lock',
    why: 'VACUUM FULL, CLUSTER, SET TABLESPACE, SET (UN)LOGGED, REFRESH MATERIALIZED VIEW and REINDEX rewrite or rebuild data under a lock that blocks reads or writes until done.',
    alternative: 'Use plain VACUUM, REINDEX / REFRESH … CONCURRENTLY, or an online tool such as pg_repack.',
    dialects: postgres,
    check: (op) => (op.kind === 'rewrite-table' ? `${op.command} on ${quote(op.table)} rewrites it under an ACCESS EXCLUSIVE lock.` : null),
  },
  {
    id: 'missing-lock-timeout',
    category: 'lock',
    severity: 'warning',
    title: 'ACCESS EXCLUSIVE lock without lock_timeout',
    why: 'A statement waiting for an ACCESS EXCLUSIVE lock queues every later query on the table behind it: a long wait is an outage.',
    alternative: "Start the migration with SET lock_timeout = '5s' (and retry on failure) so it gives up instead of queueing traffic.",
    dialects: postgres,
    check: (op, c) => {
      if (op.kind !== 'access-exclusive' || c.lockTimeoutSet || c.lockTimeoutReported || isNewTable(op.table, c)) return null;
      c.lockTimeoutReported = true; // once per file: the fix is one SET at the top
      return `${op.command} on ${quote(op.table)} takes an ACCESS EXCLUSIVE lock and no lock_timeout was set earlier in the file.`;
    },
  },
];
