/**
 * Session creation under load: concurrent token exchanges are written as groups (one statement for many), and each
 * subject token still creates at most one session, within a group, across groups and across replicas sharing a
 * real PostgreSQL store.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionStore, type NewSession } from '../../src/gateway/server/sessions.js';
import { openStore, type Store } from '../../src/gateway/server/store.js';
import { replicaStores } from '../helpers/replica-stores.js';

const ISSUER = 'https://token.actions.githubusercontent.com';
const session = (identity: NewSession['identity'] = { repository: 'acme/shop' }): NewSession => ({
  id: randomUUID(), connection: 'app', planDigest: `sha256:${'a'.repeat(64)}`, verdict: 'pass', identity, expiresAt: new Date(Date.now() + 600_000), scope: 'exec',
});
const use = (jti: string) => ({ jti, issuer: ISSUER, expiresAtEpoch: Math.floor(Date.now() / 1000) + 300 });

/** The store, counting the statements that create sessions. */
function counting(store: Store): { store: Store; creations: () => number } {
  let creations = 0;
  return {
    store: { ...store, query: (sql, params) => {
      if (sql.includes('INSERT INTO mg_sessions')) creations++;
      return store.query(sql, params);
    } },
    creations: () => creations,
  };
}

describe('session group commit (PGlite store)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ driver: 'pglite' });
  }, 60_000);
  afterAll(() => store?.close());

  it('creates one session per fresh token in few statements and refuses every replay, within a group and across groups', async () => {
    const { store: counted, creations } = counting(store);
    const sessions = new SessionStore(counted);
    const first = session();
    expect(await sessions.createFor(use('used-before'), first)).toBe(true);

    // 10 fresh tokens, each presented 3 times at once, and the token used before.
    const attempts = [...Array.from({ length: 30 }, (_, n) => ({ jti: `fresh-${n % 10}`, row: session() })), { jti: 'used-before', row: session() }];
    const before = creations();
    const outcomes = await Promise.all(attempts.map((a) => sessions.createFor(use(a.jti), a.row)));

    const created = attempts.filter((_, i) => outcomes[i]);
    expect(created.map((a) => a.jti).sort()).toEqual(Array.from({ length: 10 }, (_, n) => `fresh-${n}`));
    expect(outcomes[30]).toBe(false);
    // What the store holds: exactly the sessions reported created.
    const { rows } = await store.query<{ id: string }>("SELECT id FROM mg_sessions WHERE identity->>'repository' = 'acme/shop'");
    expect(rows.map((r) => r.id).sort()).toEqual([first.id, ...created.map((a) => a.row.id)].sort());
    // Grouped: what is submitted in one turn of the event loop is one statement.
    expect(creations() - before).toBe(1);
  });

  it('fails only the caller whose row cannot be stored', async () => {
    const sessions = new SessionStore(store);
    const rows = [session({ repository: 'acme/a' }), session({ repository: 'acme/\u0000b' }), session({ repository: 'acme/c' }), session({ repository: 'acme/d' })];
    const outcomes = await Promise.allSettled(rows.map((row) => sessions.createFor(use(randomUUID()), row)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(outcomes.filter((o) => o.status === 'fulfilled').map((o) => (o as PromiseFulfilledResult<boolean>).value)).toEqual([true, true, true]);
    const { rows: stored } = await store.query<{ id: string }>('SELECT id FROM mg_sessions WHERE id = ANY($1)', [rows.map((r) => r.id)]);
    expect(stored.map((r) => r.id).sort()).toEqual([rows[0]!.id, rows[2]!.id, rows[3]!.id].sort());
  });
});

describe('session group commit (replicas on PostgreSQL)', () => {
  const stores = replicaStores('session_replicas');

  it('claims each token once when two replicas receive the same tokens at the same time', async () => {
    const replicas = stores.map((s) => counting(s));
    const [one, two] = replicas.map((r) => new SessionStore(r.store));
    const jtis = Array.from({ length: 40 }, () => randomUUID());
    const outcomes = await Promise.all(jtis.flatMap((jti) => [one!.createFor(use(jti), session()), two!.createFor(use(jti), session())]));
    for (let n = 0; n < jtis.length; n++) expect(Number(outcomes[2 * n]) + Number(outcomes[2 * n + 1])).toBe(1);
    const { rows } = await stores[0]!.query<{ count: string }>('SELECT count(*) FROM mg_sessions');
    expect(Number(rows[0]!.count)).toBe(jtis.length);
    // 80 exchanges, far fewer statements: each replica groups what arrives while its previous write is in flight.
    expect(replicas[0]!.creations() + replicas[1]!.creations()).toBeLessThan(40);
  });
});
