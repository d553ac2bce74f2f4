/**
 * Group commit of the audit chain, on a real PGlite store: concurrent appends share transactions, each caller's
 * records stay contiguous and in order, and one caller's unwritable record fails only that caller.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/gateway/server/audit.js';
import { openStore, type Store } from '../../src/gateway/server/store.js';

let store: Store;
beforeAll(async () => {
  store = await openStore({ driver: 'pglite' });
}, 60_000);
afterAll(() => store?.close());

describe('audit group commit', () => {
  it('writes concurrent appends as one chain, each caller’s records contiguous, and isolates a failing caller', async () => {
    const audit = new AuditLog(store);
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
    const verified = await audit.verify();
    expect(verified).toMatchObject({ records: 38, problems: [] });
  });
});
