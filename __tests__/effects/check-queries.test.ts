/**
 * The queries of rehearsal and of the check before COMMIT run on a database the change under check has just written
 * to. A change may put a schema of its own ahead of pg_catalog in search_path, with operators, functions and types
 * that answer what it likes; so no name in these queries may be left to search_path. This parses each one with
 * PostgreSQL's own parser and fails on any unqualified function, operator or type, and on the constructs that look
 * an operator up by name without letting it be qualified (IN lists, LIKE, CASE x WHEN, NULLIF, IS DISTINCT FROM).
 */
import { parseSync, loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { countRowsSql, pinnedSnapshot, snapshotQuery, TRANSACTION_COUNTERS_SQL } from '../../src/effects/snapshot-postgres.js';
import { PROBE_SQL, SETTLE_DEFERRED_SQL, TRANSACTION_STATE_SQL } from '../../src/gateway/server/effects-watch.js';

type Node = Record<string, unknown>;
const names = (list: unknown): string[] => ((list as Array<{ String?: { sval?: string } }>) ?? []).map((n) => n.String?.sval ?? '?');

/** Every name PostgreSQL would look up through search_path, as `kind name`. */
function unqualified(sql: string): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    for (const [kind, node] of Object.entries(value as Node)) {
      const n = node as Node;
      if (kind === 'FuncCall' && names(n.funcname)[0] !== 'pg_catalog') found.push(`function ${names(n.funcname).join('.')}`);
      // A cast holds its type under `typeName`, without the TypeName wrapper.
      if ((kind === 'TypeName' || kind === 'typeName') && names(n.names)[0] !== 'pg_catalog') found.push(`type ${names(n.names).join('.')}`);
      if (kind === 'A_Expr') {
        if (n.kind !== 'AEXPR_OP' && n.kind !== 'AEXPR_OP_ANY' && n.kind !== 'AEXPR_OP_ALL') found.push(`construct ${String(n.kind)}`);
        else if (names(n.name)[0] !== 'pg_catalog') found.push(`operator ${names(n.name).join('.')}`);
      }
      if (kind === 'CaseExpr' && n.arg) found.push('construct CASE x WHEN');
      if (kind === 'SubLink' && n.subLinkType === 'ANY_SUBLINK' && !n.operName) found.push('construct IN (SELECT …)');
      walk(node);
    }
  };
  walk(parseSync(sql));
  return found;
}

beforeAll(async () => {
  await loadModule();
});

describe('the queries of rehearsal and of the check leave nothing to search_path', () => {
  const table = { kind: 'relation' as const, id: '16400', name: 'public.t', attrs: { schema: 'public', name: 't', relkind: 'r' } };
  const queries: Record<string, string> = {
    'the snapshot (pg_authid)': snapshotQuery(),
    'the snapshot (pg_roles)': snapshotQuery({ withoutPasswords: true }),
    'the search_path pinned around the snapshot': pinnedSnapshot().join(';\n'),
    'the transaction counters': TRANSACTION_COUNTERS_SQL,
    'the row counts': countRowsSql([table, { ...table, id: '16401' }]),
    'the probe': PROBE_SQL,
    'deferred triggers': `${SETTLE_DEFERRED_SQL}; ${TRANSACTION_STATE_SQL}`,
  };
  for (const [what, sql] of Object.entries(queries)) {
    it(what, () => {
      expect(unqualified(sql)).toEqual([]);
    });
  }

  it('the walk finds what it looks for', () => {
    expect(unqualified("SELECT count(*)::text FROM pg_catalog.pg_class c WHERE c.relkind IN ('r') AND c.relname LIKE 'x%' AND c.oid = 1 AND NULLIF(1, 2) = 1 AND CASE c.relkind WHEN 'r' THEN true END")).toEqual(
      expect.arrayContaining(['function count', 'type text', 'construct AEXPR_IN', 'construct AEXPR_LIKE', 'operator =', 'operator =', 'construct AEXPR_NULLIF', 'construct CASE x WHEN']),
    );
  });
});
