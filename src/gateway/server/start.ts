/** Wiring a gateway from its config: store, keys, issuers, databases, policies, HTTP server. */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { todayOf } from '../../policy/dates.js';
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../../policy/policy.js';
import { AuditLog } from './audit.js';
import { parseGatewayConfig, resolveUrl, storeOutlivesProcess, type ConnectionConfig, type GatewayConfig, type StoreConfig } from './config.js';
import { pgliteDatabase, postgresDatabase, type Database } from './database.js';
import { mysqlDatabase } from './database-mysql.js';
import { Gateway } from './gateway.js';
import { InputError } from '../../errors.js';
import { gatewayHandler, type LogRecord } from './http.js';
import { GatewayMetrics } from './metrics.js';
import { loadSigningKeys } from './keys.js';
import { loadAuditSigner, publicKeysPem, trustedAuditKeys } from './audit-keys.js';
import type { KeyObject } from 'node:crypto';
import { loadKeyEncryption } from './key-encryption.js';
import { openStore, type Store } from './store.js';
import { SubjectTokenVerifier } from './subject-token.js';
import { startWireListener, type WireListener } from './wire/listener.js';
import { startMysqlWireListener } from './mysql-wire/listener.js';

/** How often a replica checks whether sessions it runs were revoked. */
const REVOCATION_CHECK_MS = 2000;

export async function loadGatewayConfig(path: string): Promise<GatewayConfig> {
  return parseGatewayConfig(await readFile(path, 'utf8'), path);
}

export function openConfiguredStore(store: StoreConfig): Promise<Store> {
  return store.driver === 'postgres' ? openStore({ driver: 'postgres', url: resolveUrl(store, 'store') }) : openStore({ driver: 'pglite', dataDir: store.dataDir });
}

/** A connection's target database, with the credential resolved from its environment variable or file. */
export async function openDatabase(connection: ConnectionConfig): Promise<Database> {
  const what = `connection ${connection.name}`;
  if (connection.driver === 'mysql') {
    const ca = connection.tlsCa ? { ca: await readPem(connection.tlsCa, `${what}: tls-ca`) } : {};
    return mysqlDatabase(resolveUrl(connection, what), { allowSuperuser: connection.allowSuperuser, dialect: connection.dialect as 'mysql' | 'mariadb', ...ca });
  }
  return connection.driver === 'postgres' ? postgresDatabase(resolveUrl(connection, what), { allowSuperuser: connection.allowSuperuser }) : await pgliteDatabase(connection.dataDir);
}

export interface RunningGateway {
  url: string;
  gateway: Gateway;
  audit: AuditLog;
  databases: ReadonlyMap<string, Database>;
  /** The audit public keys this gateway's seals verify with. */
  auditKeys: ReadonlyMap<string, KeyObject>;
  /** The wire endpoint's port per connection that has one. */
  wirePorts: Record<string, number>;
  /** Graceful shutdown: stop accepting, let running plans finish up to the grace period, interrupt the rest, close. */
  close(graceSeconds?: number): Promise<{ interrupted: string[] }>;
}

export async function startGateway(config: GatewayConfig, options: { port?: number; wirePorts?: Record<string, number>; log: (record: LogRecord) => void }): Promise<RunningGateway> {
  const tls = config.tls ? { cert: await readPem(config.tls.cert, 'listen.tls.cert'), key: await readPem(config.tls.key, 'listen.tls.key') } : undefined;
  const kek = loadKeyEncryption(config.keys, storeOutlivesProcess(config.store));
  const store = await openConfiguredStore(config.store);
  const metrics = new GatewayMetrics();
  const audit = new AuditLog(store, undefined, await loadAuditSigner(store, kek));
  const auditKeys = await trustedAuditKeys(store, kek);
  audit.observe = (seconds) => metrics.auditAppend.observe(seconds);
  const keys = await loadSigningKeys(store, kek, (message) => options.log({ time: new Date().toISOString(), level: 'warn', msg: message }));
  await audit.sealTail();
  const databases = new Map<string, Database>();
  const policies = new Map<string, Policy>();
  for (const connection of config.connections) {
    databases.set(connection.name, await openDatabase(connection));
    policies.set(connection.name, connection.policy ? parsePolicy(await readFile(connection.policy, 'utf8'), connection.policy, { today: todayOf() }) : DEFAULT_POLICY);
  }
  // Keys rotated or retired on any replica take effect here within `sessions.key-reload` seconds, without a restart.
  const log = (level: string, msg: string, extra: Record<string, unknown> = {}) => options.log({ time: new Date().toISOString(), level, msg, ...extra } as LogRecord);
  const keyReload = setInterval(() => {
    keys
      .reload()
      .then((fresh) => {
        if (fresh.kid !== keys.kid) log('info', 'session-signing key changed', { kid: fresh.kid, was: keys.kid });
        Object.assign(keys, { kid: fresh.kid, privateKey: fresh.privateKey, jwks: fresh.jwks, verifier: fresh.verifier });
      })
      .catch((error: Error) => log('warn', 'session-signing keys could not be re-read; the ones in use stay', { error: error.message.slice(0, 200) }));
  }, config.keyReload * 1000);
  keyReload.unref();
  const gateway = new Gateway({ config, store, audit, keys, auditPublicKeys: publicKeysPem([...auditKeys].map(([kid, publicKey]) => ({ kid, publicKey }))), verifier: new SubjectTokenVerifier(config.issuers), databases, policies, metrics });
  const handler = gatewayHandler(gateway, keys, metrics, options.log);
  // Sessions an operator revoked (on any replica) end here within seconds.
  const revocations = setInterval(() => {
    gateway
      .endRevoked()
      .then((ended) => ended.length && log('info', 'revoked sessions ended', { sessions: ended }))
      .catch((error: Error) => log('warn', 'revoked sessions could not be checked', { error: error.message.slice(0, 200) }));
  }, REVOCATION_CHECK_MS);
  revocations.unref();
  const server: Server = tls ? createTlsServer({ ...tls, minVersion: 'TLSv1.2' }, handler) : createServer(handler);
  // A client that sends its headers or body too slowly is cut off instead of holding a socket forever.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? config.port, config.host, ready);
  });
  const { port } = server.address() as AddressInfo;
  const wires = new Map<string, WireListener>();
  try {
    for (const connection of config.connections) {
      if (!connection.wire) continue;
      const wireTls = connection.wire.tls ? { cert: await readPem(connection.wire.tls.cert, `connection ${connection.name}: wire.tls.cert`), key: await readPem(connection.wire.tls.key, `connection ${connection.name}: wire.tls.key`) } : undefined;
      const common = {
        connection: connection.name,
        host: connection.wire.host,
        port: options.wirePorts?.[connection.name] ?? connection.wire.port,
        ...(wireTls ? { tls: wireTls } : {}),
        limits: connection.wire.limits,
        log: options.log as (record: Record<string, unknown>) => void,
      };
      const listener =
        connection.driver === 'mysql'
          ? await startMysqlWireListener({ ...common, serverVersion: connection.dialect === 'mariadb' ? '10.11.0-MariaDB-migration-guard' : '8.0.0-migration-guard', gateway: { attachMysql: (name, scramble, response) => gateway.attachMysql(name, scramble, response) } })
          : await startWireListener({ ...common, gateway: { attach: (token, name) => gateway.attachWire(token, name) } });
      wires.set(connection.name, listener);
      // The port clients are told to use: the one actually bound (a test or a config may ask for port 0).
      connection.wire.port = listener.port;
    }
  } catch (error) {
    clearInterval(keyReload);
    clearInterval(revocations);
    server.close();
    for (const listener of wires.values()) await listener.close();
    throw error;
  }
  const url = `${tls ? 'https' : 'http'}://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  return {
    url,
    gateway,
    audit,
    databases,
    auditKeys,
    wirePorts: Object.fromEntries([...wires].map(([name, listener]) => [name, listener.port])),
    async close(graceSeconds = config.shutdownGrace) {
      clearInterval(keyReload);
      clearInterval(revocations);
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeIdleConnections();
      const result = await gateway.drain(graceSeconds);
      for (const listener of wires.values()) await listener.close();
      await closed;
      for (const database of databases.values()) await database.close();
      await store.close();
      return result;
    },
  };
}

async function readPem(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new InputError(`${what}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
