/**
 * The audit chain's writes: group commit on a real PGlite store (concurrent appends share one write, each caller's
 * records stay contiguous and in order, and one caller's unwritable record fails only that caller), canonical
 * JSON, and two replicas appending to one chain on a real PostgreSQL server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, canonicalJson, recordHash } from '../../src/gateway/server/audit.js';
import { openStore, STORE_LOCK, type Store } from '../../src/gateway/server/store.js';
import { replicaStores } from '../helpers/replica-stores.js';
import { sealedAudit, trustedKeys } from '../helpers/audit.js';

let store: Store;
beforeAll(async () => {
  store = await openStore({ driver: 'pglite' });
}, 60_000);
afterAll(() => store?.close());

describe('audit group commit', () => {
  it('writes concurrent appends as one chain, each caller’s records contiguous, and isolates a failing caller', async () => {
    const audit = await sealedAudit(store);
    const callers = Array.from({ length: 20 }, (_, n) =>
      audit.appendMany([
        { kind: 'statement.start', data: { caller: n, part: 1, sql: n === 7 ? 'SELECT 1 -- \u0000 cannot be stored in jsonb' : `SELECT ${n}` } },
        { kind: 'statement.result', data: { caller: n, part: 2, rows_affected: undefined } },
      ]),
    );
    const settled = await Promise.allSettled(callers);
    expect(settled.filter((s) => s.status === 'rejected').map((_, i) => i)).toHaveLength(1);
    expect(settled[7]!.status).toBe('rejected');
    for (const [n, outcome] of settled.entries()) {
      if (n === 7) continue;
      const records = (outcome as PromiseFulfilledResult<Awaited<(typeof callers)[number]>>).value;
      expect(records.map((r) => [r.data.caller, r.data.part])).toEqual([[n, 1], [n, 2]]);
      expect(records[1]!.seq).toBe(records[0]!.seq + 1);
    }
    const verified = await audit.verify(await trustedKeys(store));
    expect(verified).toMatchObject({ records: 38, problems: [] });
  });

  it('stores every record exactly as written, whatever its text holds (records travel to the store as lines)', () => storesAwkwardRecords(store));
});

/** Records whose text holds what could break their transport as lines: each is stored exactly as written. */
async function storesAwkwardRecords(on: Store) {
  const audit = await sealedAudit(on);
  const awkward = ['CREATE TABLE t (\n  id int\n);\r\n', 'a\\nb \\\\ "q" \t', 'line\u2028sep\u2029para', '{"not":"an object"}\n', 'é 🐘 \u0001'];
  const entries = awkward.map((sql, n) => ({ kind: n % 2 ? 'kind\nwith a newline' : 'statement.start', data: { n, sql, nested: { lines: sql.split('\n') } } }));
  const written = await audit.appendMany(entries);
  const stored = (await audit.records()).slice(-entries.length);
  expect(stored.map(({ kind, data }) => ({ kind, data }))).toEqual(entries);
  expect(stored).toEqual(written);
  expect((await audit.verify(await trustedKeys(on))).problems).toEqual([]);
}

describe('canonical JSON', () => {
  it('sorts keys at every level whether or not they arrive sorted, and writes what JSON.stringify writes otherwise', () => {
    const at = new Date('2026-11-27T00:00:00Z');
    expect(canonicalJson({ b: 1, a: { d: [3, undefined, () => 1], c: 'x' }, e: undefined, f: Symbol('s') })).toBe('{"a":{"c":"x","d":[3,null,null]},"b":1}');
    expect(canonicalJson({ a: { c: 'x', d: [3, undefined] }, b: 1, e: undefined })).toBe('{"a":{"c":"x","d":[3,null]},"b":1}');
    expect(canonicalJson({ at, '10': 1, '9': 2 })).toBe('{"10":1,"9":2,"at":"2026-11-27T00:00:00.000Z"}');
    expect(canonicalJson({ z: { toJSON: () => ({ y: 1, x: 2 }) } })).toBe('{"z":{"x":2,"y":1}}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson('a\u2028"')).toBe(JSON.stringify('a\u2028"'));
  });
});

describe('replicas appending to one chain', () => {
  const stores = replicaStores('audit_replicas');

  it('interleave without a lost or forked record: a replica whose head is stale writes nothing and retries from the new head', async () => {
    // Counts the appends that found the head moved (they insert no row).
    let stale = 0;
    const counted = stores.map((s): Store => ({ ...s, query: async <T,>(sql: string, params?: unknown[]) => {
      const result = await s.query<T>(sql, params);
      if (sql.includes('INSERT INTO mg_audit ') && result.rowCount === 0) stale++;
      return result;
    } }));
    const [one, two] = await Promise.all(counted.map((s) => sealedAudit(s)));
    await one!.append('first', {});
    await two!.append('second', {}); // one's cached head is now behind
    expect((await one!.append('third', {})).seq).toBe(3);
    expect(stale).toBe(1);

    const appends = Array.from({ length: 60 }, (_, n) => (n % 2 ? two! : one!).appendMany([{ kind: 'a', data: { n, part: 1 } }, { kind: 'b', data: { n, part: 2 } }]));
    const written = await Promise.all(appends);
    for (const [n, records] of written.entries()) {
      expect(records.map((r) => [r.data.n, r.data.part])).toEqual([[n, 1], [n, 2]]);
      expect(records[1]!.prev_hash).toBe(records[0]!.hash);
    }
    expect(new Set(written.flat().map((r) => r.seq)).size).toBe(120);
    expect(await one!.verify(await trustedKeys(stores[0]!))).toMatchObject({ records: 123, problems: [] });
  });

  it('waits for a replica of the earlier version, which appends under the store lock in its own transaction', async () => {
    const audit = await sealedAudit(stores[0]!);
    await audit.append('before', {}); // the head is cached
    let appended: Promise<unknown> | undefined;
    await stores[1]!.transaction(async (tx) => {
      // What the earlier version did: lock, read the head, insert, move the head, commit.
      await tx.query('SELECT pg_advisory_xact_lock($1)', [STORE_LOCK]);
      const head = (await tx.query<{ seq: string; hash: string }>('SELECT seq, hash FROM mg_audit_head')).rows[0]!;
      appended = audit.append('new version', {});
      await new Promise((r) => setTimeout(r, 200)); // the new version's append is now waiting for the lock
      const seq = Number(head.seq) + 1;
      const at = new Date().toISOString();
      const hash = recordHash(head.hash, seq, at, 'earlier version', {});
      await tx.query('INSERT INTO mg_audit (seq, at, kind, data, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6)', [seq, at, 'earlier version', '{}', head.hash, hash]);
      await tx.query('UPDATE mg_audit_head SET seq = $1, hash = $2', [seq, hash]);
    });
    await appended;
    const records = await audit.records();
    expect(records.slice(-2).map((r) => r.kind)).toEqual(['earlier version', 'new version']);
    expect((await audit.verify(await trustedKeys(stores[0]!))).problems).toEqual([]);
  });

  it('stores every record exactly as written on a real PostgreSQL server too', () => storesAwkwardRecords(stores[1]!));

  it('refuses to append when the head row is gone, and audit verify says so', async () => {
    await stores[0]!.query('DELETE FROM mg_audit_head');
    await expect((await sealedAudit(stores[0]!)).append('c', { n: 1 })).rejects.toThrow(/audit head is missing/);
    expect((await new AuditLog(stores[1]!).verify(await trustedKeys(stores[1]!))).problems).toContain('the audit head is missing');
  });
});
