/** Wiring a gateway from its config: store, keys, issuers, databases, policies, HTTP server. */
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { todayOf } from '../../policy/dates.js';
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../../policy/policy.js';
import { AuditLog } from './audit.js';
import { parseGatewayConfig, resolveUrl, type ConnectionConfig, type GatewayConfig, type StoreConfig } from './config.js';
import { pgliteDatabase, postgresDatabase, type Database } from './database.js';
import { Gateway } from './gateway.js';
import { createGatewayServer } from './http.js';
import { loadSigningKeys } from './keys.js';
import { openStore, type Store } from './store.js';
import { SubjectTokenVerifier } from './subject-token.js';

export async function loadGatewayConfig(path: string): Promise<GatewayConfig> {
  return parseGatewayConfig(await readFile(path, 'utf8'), path);
}

export function openConfiguredStore(store: StoreConfig): Promise<Store> {
  return store.driver === 'postgres' ? openStore({ driver: 'postgres', url: resolveUrl(store, 'store') }) : openStore({ driver: 'pglite', dataDir: store.dataDir });
}

/** A connection's target database, with the credential resolved from its environment variable or file. */
export async function openDatabase(connection: ConnectionConfig): Promise<Database> {
  return connection.driver === 'postgres' ? postgresDatabase(resolveUrl(connection, `connection ${connection.name}`)) : await pgliteDatabase(connection.dataDir);
}

export interface RunningGateway {
  url: string;
  gateway: Gateway;
  audit: AuditLog;
  databases: ReadonlyMap<string, Database>;
  close(): Promise<void>;
}

export async function startGateway(config: GatewayConfig, options: { port?: number; log: (line: string) => void }): Promise<RunningGateway> {
  const store = await openConfiguredStore(config.store);
  const audit = new AuditLog(store);
  const keys = await loadSigningKeys(store);
  const databases = new Map<string, Database>();
  const policies = new Map<string, Policy>();
  for (const connection of config.connections) {
    databases.set(connection.name, await openDatabase(connection));
    policies.set(connection.name, connection.policy ? parsePolicy(await readFile(connection.policy, 'utf8'), connection.policy, { today: todayOf() }) : DEFAULT_POLICY);
  }
  const gateway = new Gateway({ config, store, audit, keys, verifier: new SubjectTokenVerifier(config.issuers), databases, policies });
  const server: Server = createGatewayServer(gateway, keys, options.log);
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? config.port, config.host, ready);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  return {
    url,
    gateway,
    audit,
    databases,
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      await Promise.allSettled([...gateway.background]);
      for (const database of databases.values()) await database.close();
      await store.close();
    },
  };
}
