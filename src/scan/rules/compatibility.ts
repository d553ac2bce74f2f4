/** Rules for changes that break clients still running the previous application version. */
import type { Operation } from '../types.js';
import { isNewTable, quote, type RuleDefinition } from './rule.js';

/** Objects with a DROP rule of their own; every other DROP is `drop-object`. */
const OWN_DROP_RULE = new Set(['database', 'schema', 'table', 'sequence', 'materialized view', 'view', 'function', 'procedure', 'routine', 'aggregate', 'type', 'domain', 'index', 'policy']);

function dropped(objects: string[], op: Operation): string | null {
  if (op.kind !== 'drop' || !objects.includes(op.object)) return null;
  return `DROP ${op.object.toUpperCase()} ${op.names.map(quote).join(', ')}: clients that still use ${op.names.length > 1 ? 'them' : 'it'} will fail.`;
}

export const compatibilityRules: RuleDefinition[] = [
  {
    id: 'rename-table',
    category: 'backward-incompatible',
    severity: 'warning',
    title: 'Rename table',
    why: 'The running application version still uses the old name and fails as soon as the rename commits.',
    alternative: 'Create the new table (or a view with the new name), migrate code to it, then drop the old name in a later release.',
    check: (op, c) =>
      op.kind === 'rename' && op.object === 'table' && !isNewTable(op.table, c) ? `Renames table ${quote(op.from)} to ${quote(op.to)}.` : null,
  },
  {
    id: 'rename-column',
    category: 'backward-incompatible',
    severity: 'warning',
    title: 'Rename column',
    why: 'Queries of the running application version that name the old column fail as soon as the rename commits.',
    alternative: 'Add the new column, write to both, backfill, switch reads, then drop the old column in a later release.',
    check: (op, c) =>
      op.kind === 'rename' && op.object === 'column' && !isNewTable(op.table, c)
        ? `Renames column ${quote(op.table)}.${quote(op.from)} to ${quote(op.to)}.`
        : null,
  },
  {
    id: 'drop-view',
    category: 'backward-incompatible',
    severity: 'warning',
    title: 'DROP VIEW',
    why: 'Clients and other views that select from the view fail once it is gone.',
    alternative: 'Confirm nothing reads the view (pg_stat_statements, logs), then drop it in a release after the code stopped using it.',
    check: (op) => dropped(['view'], op),
  },
  {
    id: 'drop-function',
    category: 'backward-incompatible',
    severity: 'warning',
    title: 'DROP FUNCTION / PROCEDURE',
    why: 'Callers, triggers and defaults that use the routine fail once it is gone.',
    alternative: 'Remove every caller first; keep the old signature as a wrapper for a release when changing it.',
    check: (op) => dropped(['function', 'procedure', 'routine', 'aggregate'], op),
  },
  {
    id: 'drop-type',
    category: 'backward-incompatible',
    severity: 'warning',
    title: 'DROP TYPE / DOMAIN',
    why: 'Columns, functions and casts that use the type fail or are dropped with it.',
    alternative: 'Move columns to the replacement type first, then drop the old type without CASCADE.',
    check: (op) => dropped(['type', 'domain'], op),
  },
  {
    id: 'drop-index',
    category: 'backward-incompatible',
    severity: 'warning',
    title: 'DROP INDEX',
    why: 'Queries that relied on the index can become full scans and time out; dropping a unique index also removes a guarantee.',
    alternative: 'Check pg_stat_user_indexes that the index is unused; use DROP INDEX CONCURRENTLY to avoid blocking writes.',
    check: (op) => dropped(['index'], op),
  },
  {
    id: 'rename-object',
    category: 'backward-incompatible',
    severity: 'warning',
    title: 'Rename or move a view, routine, type, schema or role',
    why: 'Clients, other views and routines refer to these objects by name: the running application version fails as soon as the rename commits.',
    alternative: 'Create the new name alongside the old one (a view, a wrapper function), move callers over, then remove the old name in a later release.',
    check: (op) => (op.kind === 'rename-object' ? `Renames ${op.object} ${quote(op.from)} to ${quote(op.to)}.` : null),
  },
  {
    id: 'drop-object',
    category: 'backward-incompatible',
    severity: 'warning',
    title: 'DROP of another object (trigger, role, rule, server, …)',
    why: 'Whatever uses the object stops working; without CASCADE PostgreSQL refuses while dependent objects exist, so no data is dropped with it.',
    alternative: 'Confirm nothing uses the object any more (triggers that enforce or audit, roles that connect) before dropping it.',
    check: (op) =>
      op.kind === 'drop' && !OWN_DROP_RULE.has(op.object) && !(op.object === 'extension' && op.cascade)
        ? `DROP ${op.object.toUpperCase()} ${op.names.map(quote).join(', ')}: whatever uses ${op.names.length > 1 ? 'them' : 'it'} stops working.`
        : null,
  },
];
