/**
 * Two gateway stores on one database of a real PostgreSQL server, as two replicas see it: opened before the
 * calling describe block's tests and closed after them. The array is filled in place once they are open.
 */
import { afterAll, beforeAll } from 'vitest';
import { openStore, type Store } from '../../src/gateway/server/store.js';
import { startPostgres, type PostgresServer } from './postgres.js';

export function replicaStores(database: string): Store[] {
  const stores: Store[] = [];
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    server = await startPostgres();
    const url = await server.createDatabase(database);
    stores.push(await openStore({ driver: 'postgres', url }), await openStore({ driver: 'postgres', url }));
  }, 120_000);
  afterAll(async () => {
    for (const s of stores) await s.close();
    server?.stop();
  });
  return stores;
}
