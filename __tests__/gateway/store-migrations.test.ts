/**
 * The gateway's store has a schema version and forward migrations run at start: a store made by the previous release
 * (its tables, no version recorded) opens under this one with its data kept, twice is a no-op, and a store made by a
 * newer release is refused with what to do.
 */
import { PGlite } from '@electric-sql/pglite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, STORE_MIGRATIONS, STORE_SCHEMA_VERSION } from '../../src/gateway/server/store.js';
import { tempDir } from '../helpers/run.js';

/** A store as the release before schema versions left it: version 1's tables, a session, no mg_schema. */
async function previousReleaseStore(): Promise<string> {
  const dataDir = join(tempDir('mg-store-'), 'data');
  const db = await PGlite.create({ dataDir });
  for (const statement of STORE_MIGRATIONS[0]!.split(';').map((s) => s.trim()).filter(Boolean)) await db.query(statement);
  await db.query(`INSERT INTO mg_sessions (id, connection, plan_digest, verdict, identity, status, expires_at) VALUES ('s-1', 'prod', 'sha256:x', 'pass', '{}', 'done', now())`);
  await db.close();
  return dataDir;
}

describe('store schema versions', () => {
  it('a store made by the previous release opens under this one: migrated forward, its data kept, the version recorded', async () => {
    const dataDir = await previousReleaseStore();
    const store = await openStore({ driver: 'pglite', dataDir });
    try {
      expect((await store.query('SELECT version FROM mg_schema')).rows).toEqual([{ version: STORE_SCHEMA_VERSION }]);
      expect((await store.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'mg_keys' AND column_name = 'retired_at'")).rows).toHaveLength(1);
      expect((await store.query("SELECT id, status FROM mg_sessions")).rows).toEqual([{ id: 's-1', status: 'done' }]);
    } finally {
      await store.close();
    }
    // Opening again migrates nothing.
    const again = await openStore({ driver: 'pglite', dataDir });
    expect((await again.query('SELECT version FROM mg_schema')).rows).toEqual([{ version: STORE_SCHEMA_VERSION }]);
    await again.close();
  });

  it('a store made by a newer release is refused, saying so', async () => {
    const dataDir = await previousReleaseStore();
    const store = await openStore({ driver: 'pglite', dataDir });
    await store.query('UPDATE mg_schema SET version = $1', [STORE_SCHEMA_VERSION + 1]);
    await store.close();
    await expect(openStore({ driver: 'pglite', dataDir })).rejects.toThrow(new RegExp(`schema is version ${STORE_SCHEMA_VERSION + 1}, made by a newer release of migration-guard than this one`));
  });
});
