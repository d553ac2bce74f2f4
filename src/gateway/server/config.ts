/**
 * The gateway configuration file. Credentials are never inline: database URLs come from an
 * environment variable or a file, reviewer credentials are stored as SHA-256 hashes.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { YamlReader } from '../../config/yaml-reader.js';
import { InputError } from '../../errors.js';
import { WIRE_TOOLS, type WireTool } from './wire/statement-rules.js';
import { MYSQL_WIRE_TOOLS, type MysqlWireTool } from './mysql-wire/statements.js';

export interface IssuerConfig {
  issuer: string;
  jwksUrl?: string;
  jwksFile?: string;
  audience: string;
  /** Oldest `iat` accepted, in seconds. */
  maxTokenAge: number;
}

export type AccessClaim = 'repository' | 'repository_owner' | 'ref' | 'environment' | 'job_workflow_ref';
export const ACCESS_CLAIMS: readonly AccessClaim[] = ['repository', 'repository_owner', 'ref', 'environment', 'job_workflow_ref'];

export interface ConnectionConfig {
  name: string;
  driver: 'postgres' | 'pglite' | 'mysql';
  /** The SQL dialect plans for this connection are scanned in: postgres, or mysql/mariadb for a mysql driver. */
  dialect: 'postgres' | 'mysql' | 'mariadb';
  /** mysql: PEM file of the CA the server's certificate must chain to (then the connection is verified TLS). */
  tlsCa?: string;
  /** Where the database URL comes from; resolved at start, never logged. */
  urlEnv?: string;
  urlFile?: string;
  dataDir?: string;
  policy?: string;
  approvalEnvironment: string;
  requireReview: boolean;
  lockTimeout: string;
  statementTimeout: string;
  access: Partial<Record<AccessClaim, string[]>>;
  /**
   * Run with a target role that can reach the server's OS (superuser, pg_execute_server_program, pg_read/write_server_files,
   * CREATEROLE before PostgreSQL 16). Off by default: such a role is refused when a connection opens.
   */
  allowSuperuser: boolean;
  /** The PostgreSQL wire endpoint, when enabled: migration tools connect to it with a session token. */
  wire?: WireConfig;
}

export interface WireConfig {
  host: string;
  port: number;
  /** PEM files; without them the endpoint listens on loopback only (the password is the session token). */
  tls?: { cert: string; key: string };
  /** The migration tool whose history table may be written without being planned (validated per driver). */
  tool: WireTool | MysqlWireTool;
  limits: WireLimits;
}

/** Bounds on what one client may hold of the endpoint, before and after it authenticates. */
export interface WireLimits {
  /** The largest message a client may send once authenticated (a Query holds a whole migration file at most). */
  maxMessageBytes: number;
  /** Seconds from connecting to being authenticated (SSL negotiation, startup message, session token). */
  authTimeout: number;
  /** Seconds a client may leave a transaction open without sending anything; 0: no limit. */
  idleInTransactionTimeout: number;
  /** Client connections at once, authenticated or not, and per session. */
  maxConnections: number;
  maxConnectionsPerSession: number;
}

export const WIRE_LIMIT_DEFAULTS: WireLimits = { maxMessageBytes: 64 * 1024 * 1024, authTimeout: 10, idleInTransactionTimeout: 300, maxConnections: 64, maxConnectionsPerSession: 8 };

export interface StoreConfig {
  driver: 'pglite' | 'postgres';
  dataDir?: string;
  urlEnv?: string;
  urlFile?: string;
}

export interface GatewayConfig {
  host: string;
  port: number;
  /** PEM files the gateway serves HTTPS with; plain HTTP only on loopback unless `allowInsecureHttp`. */
  tls?: { cert: string; key: string };
  /** Plain HTTP on a non-loopback address, for a TLS-terminating proxy in front (documented risk). */
  allowInsecureHttp: boolean;
  /** Seconds running plans may take to finish after SIGTERM before they are interrupted (and roll back). */
  shutdownGrace: number;
  issuers: IssuerConfig[];
  sessionTtl: number;
  /** Seconds between re-reads of the session-signing keys (a key rotated or retired on another replica). */
  keyReload: number;
  store: StoreConfig;
  reviewers: Array<{ name: string; tokenSha256: string }>;
  masking: Array<{ columns: string[]; replacement: string }>;
  /**
   * What an exec run records before and after its statements: a record per statement (`statement.start`,
   * `statement.result`), or one per transaction naming all of its statements (`statements.start`, `statements.result`).
   */
  auditGranularity: AuditGranularity;
  /** Where the key-encryption key comes from (key-encryption.ts): never the store. */
  keys?: { file?: string; env?: string };
  connections: ConnectionConfig[];
  /** The directory relative paths in the file are resolved against. */
  baseDir: string;
}

export const AUDIT_GRANULARITIES = ['statement', 'transaction'] as const;
export type AuditGranularity = (typeof AUDIT_GRANULARITIES)[number];

export const DEFAULT_SESSION_TTL = 600;
export const MAX_SESSION_TTL = 3600;
const DURATION = /^\d+(ms|s|min|h)$/;


export function parseGatewayConfig(text: string, file: string): GatewayConfig {
  const y = new YamlReader(text, file);
  const baseDir = dirname(resolve(file));
  const top = y.entries(y.root, 'the gateway config', ['version', 'listen', 'issuers', 'sessions', 'store', 'keys', 'reviewers', 'masking', 'audit', 'connections'], ['version', 'issuers', 'connections']);
  if (y.integer(top.get('version'), 1, 1) !== 1) throw y.error(top.get('version')!.value, 'unsupported `version`: expected 1');

  const listen = top.get('listen') ? y.entries(top.get('listen')!.value, '`listen`', ['host', 'port', 'tls', 'allow-insecure-http', 'shutdown-grace']) : new Map();
  const config: GatewayConfig = {
    host: y.string(listen.get('host')) ?? '127.0.0.1',
    port: y.integer(listen.get('port'), 0, 65535) ?? 8080,
    allowInsecureHttp: y.boolean(listen.get('allow-insecure-http')) ?? false,
    shutdownGrace: y.integer(listen.get('shutdown-grace'), 0, 3600) ?? 30,
    issuers: [],
    sessionTtl: DEFAULT_SESSION_TTL,
    keyReload: 10,
    store: { driver: 'pglite' },
    reviewers: [],
    masking: [],
    auditGranularity: 'statement',
    connections: [],
    baseDir,
  };

  if (listen.get('tls')) {
    const t = y.entries(listen.get('tls')!.value, '`listen.tls`', ['cert', 'key'], ['cert', 'key']);
    config.tls = { cert: resolve(baseDir, y.string(t.get('cert'))!), key: resolve(baseDir, y.string(t.get('key'))!) };
  }
  if (!config.tls && !config.allowInsecureHttp && !isLoopback(config.host)) {
    throw y.error(listen.get('host')!.value, `listening on ${config.host} without TLS would send session tokens in clear text: set \`listen.tls\` (cert and key), or \`allow-insecure-http: true\` when a TLS-terminating proxy is in front`);
  }

  for (const node of y.list(top.get('issuers'))) {
    const e = y.entries(node, 'an issuer', ['issuer', 'jwks-url', 'jwks-file', 'audience', 'max-token-age'], ['issuer', 'audience']);
    const issuer: IssuerConfig = { issuer: y.string(e.get('issuer'))!, audience: y.string(e.get('audience'))!, maxTokenAge: y.integer(e.get('max-token-age'), 30, 86_400) ?? 900 };
    const jwksUrl = y.string(e.get('jwks-url'));
    const jwksFile = y.string(e.get('jwks-file'));
    if (!!jwksUrl === !!jwksFile) throw y.error(node, 'an issuer needs exactly one of `jwks-url` or `jwks-file`');
    if (jwksUrl) {
      if (!/^https?:\/\//.test(jwksUrl)) throw y.error(e.get('jwks-url')!.value, '`jwks-url` must be an http(s) URL');
      issuer.jwksUrl = jwksUrl;
    }
    if (jwksFile) issuer.jwksFile = resolve(baseDir, jwksFile);
    config.issuers.push(issuer);
  }
  if (config.issuers.length === 0) throw y.error(top.get('issuers')!.value, '`issuers` must list at least one trusted issuer');

  if (top.get('sessions')) {
    const s = y.entries(top.get('sessions')!.value, '`sessions`', ['ttl', 'key-reload']);
    config.sessionTtl = y.integer(s.get('ttl'), 5, MAX_SESSION_TTL) ?? DEFAULT_SESSION_TTL;
    config.keyReload = y.integer(s.get('key-reload'), 1, 3600) ?? config.keyReload;
  }

  if (top.get('store')) {
    const s = y.entries(top.get('store')!.value, '`store`', ['driver', 'data-dir', 'url-env', 'url-file'], ['driver']);
    const driver = y.string(s.get('driver'));
    if (driver !== 'pglite' && driver !== 'postgres') throw y.error(s.get('driver')!.value, '`store.driver` must be pglite or postgres');
    config.store = { driver, ...source(y, s, baseDir, driver === 'postgres', 'store') };
  }

  for (const node of y.list(top.get('reviewers'))) {
    const e = y.entries(node, 'a reviewer', ['name', 'token-sha256'], ['name', 'token-sha256']);
    const hash = y.string(e.get('token-sha256'))!;
    if (!/^[0-9a-f]{64}$/.test(hash)) throw y.error(e.get('token-sha256')!.value, '`token-sha256` must be the hex SHA-256 of the reviewer token (never the token itself)');
    config.reviewers.push({ name: y.string(e.get('name'))!, tokenSha256: hash });
  }

  if (top.get('keys')) {
    const k = y.entries(top.get('keys')!.value, '`keys`', ['encryption-key-file', 'encryption-key-env']);
    const file = y.string(k.get('encryption-key-file'));
    const env = y.string(k.get('encryption-key-env'));
    if (!!file === !!env) throw y.error(top.get('keys')!.value, '`keys` needs exactly one of `encryption-key-file` or `encryption-key-env`');
    config.keys = file ? { file: resolve(baseDir, file) } : { env: env! };
  }

  for (const node of y.list(top.get('masking'))) {
    const e = y.entries(node, 'a masking rule', ['columns', 'replacement'], ['columns']);
    config.masking.push({ columns: y.strings(e.get('columns'))!, replacement: y.string(e.get('replacement')) ?? '****' });
  }

  if (top.get('audit')) {
    const a = y.entries(top.get('audit')!.value, '`audit`', ['granularity'], ['granularity']);
    const granularity = y.string(a.get('granularity'))!;
    if (!(AUDIT_GRANULARITIES as readonly string[]).includes(granularity)) throw y.error(a.get('granularity')!.value, `\`audit.granularity\` must be one of ${AUDIT_GRANULARITIES.join(', ')}`);
    config.auditGranularity = granularity as AuditGranularity;
  }

  const names = new Set<string>();
  for (const node of y.list(top.get('connections'))) {
    const e = y.entries(
      node,
      'a connection',
      ['name', 'driver', 'dialect', 'url-env', 'url-file', 'tls-ca', 'data-dir', 'policy', 'approval-environment', 'require-review', 'lock-timeout', 'statement-timeout', 'access', 'allow-superuser', 'wire'],
      ['name', 'driver', 'access'],
    );
    const name = y.string(e.get('name'))!;
    if (!/^[a-z0-9][a-z0-9_-]*$/i.test(name)) throw y.error(e.get('name')!.value, '`name` may contain letters, digits, `-` and `_`');
    if (names.has(name)) throw y.error(e.get('name')!.value, `duplicate connection \`${name}\``);
    names.add(name);
    const driver = y.string(e.get('driver'));
    if (driver !== 'postgres' && driver !== 'pglite' && driver !== 'mysql') throw y.error(e.get('driver')!.value, '`driver` must be postgres, pglite or mysql (MySQL 8 and MariaDB 10.6+)');
    const dialect = y.string(e.get('dialect')) ?? (driver === 'mysql' ? 'mysql' : 'postgres');
    const dialects = driver === 'mysql' ? ['mysql', 'mariadb'] : ['postgres'];
    if (!dialects.includes(dialect)) throw y.error(e.get('dialect')!.value, `\`dialect\` of a ${driver} connection must be ${dialects.join(' or ')}: plans are scanned and their digest computed in it`);
    if (e.get('tls-ca') && driver !== 'mysql') throw y.error(e.get('tls-ca')!.keyNode, '`tls-ca` is for the mysql driver (a postgres URL says sslmode and sslrootcert itself)');
    const access: ConnectionConfig['access'] = {};
    const rules = y.entries(e.get('access')!.value, '`access`', ACCESS_CLAIMS);
    for (const claim of ACCESS_CLAIMS) {
      const patterns = y.strings(rules.get(claim));
      if (patterns) access[claim] = patterns;
    }
    if (!access.repository && !access.repository_owner) throw y.error(e.get('access')!.value, '`access` must restrict `repository` or `repository_owner`: a connection open to every repository is refused');
    const duration = (key: string, fallback: string) => {
      const value = y.string(e.get(key)) ?? fallback;
      if (!DURATION.test(value)) throw y.error(e.get(key)!.value, `\`${key}\` must be a duration like 500ms, 5s, 2min or 1h`);
      return value;
    };
    config.connections.push({
      name,
      driver,
      dialect: dialect as ConnectionConfig['dialect'],
      ...source(y, e, baseDir, driver !== 'pglite', `connection ${name}`),
      ...(e.get('tls-ca') ? { tlsCa: resolve(baseDir, y.string(e.get('tls-ca'))!) } : {}),
      ...(e.get('policy') ? { policy: resolve(baseDir, y.string(e.get('policy'))!) } : {}),
      approvalEnvironment: y.string(e.get('approval-environment')) ?? 'production-approval',
      requireReview: y.boolean(e.get('require-review')) ?? false,
      lockTimeout: duration('lock-timeout', '5s'),
      statementTimeout: duration('statement-timeout', '15min'),
      access,
      allowSuperuser: y.boolean(e.get('allow-superuser')) ?? false,
      ...(e.get('wire') ? { wire: wireConfig(y, e.get('wire')!.value, baseDir, config.host, name, driver) } : {}),
    });
  }
  if (config.connections.length === 0) throw y.error(top.get('connections')!.value, '`connections` must list at least one connection');
  return config;
}

function wireConfig(y: YamlReader, node: Parameters<YamlReader['entries']>[0], baseDir: string, defaultHost: string, name: string, driver: string): WireConfig {
  const w = y.entries(node, `connection ${name}: \`wire\``, ['host', 'port', 'tls', 'tool', 'limits'], ['port']);
  const tool = y.string(w.get('tool')) ?? 'none';
  const tools: readonly string[] = driver === 'mysql' ? MYSQL_WIRE_TOOLS : WIRE_TOOLS;
  if (!tools.includes(tool)) {
    throw y.error(
      w.get('tool')!.value,
      `\`wire.tool\` must be one of ${tools.join(', ')}${driver === 'mysql' ? ' on a mysql connection' : ''}: these are the tools whose history statements were captured, and only those run without a plan (another tool's history writes would be refused)`,
    );
  }
  const limits = { ...WIRE_LIMIT_DEFAULTS };
  if (w.get('limits')) {
    const l = y.entries(w.get('limits')!.value, '`wire.limits`', ['max-message', 'auth-timeout', 'idle-in-transaction-timeout', 'max-connections', 'max-connections-per-session']);
    if (l.get('max-message')) limits.maxMessageBytes = parseSize(y.string(l.get('max-message'))!, y, l.get('max-message')!.value);
    limits.authTimeout = y.integer(l.get('auth-timeout'), 1, 600) ?? limits.authTimeout;
    limits.idleInTransactionTimeout = y.integer(l.get('idle-in-transaction-timeout'), 0, 86_400) ?? limits.idleInTransactionTimeout;
    limits.maxConnections = y.integer(l.get('max-connections'), 1, 10_000) ?? limits.maxConnections;
    limits.maxConnectionsPerSession = y.integer(l.get('max-connections-per-session'), 1, 1000) ?? limits.maxConnectionsPerSession;
  }
  const wire: WireConfig = { host: y.string(w.get('host')) ?? defaultHost, port: y.integer(w.get('port'), 0, 65535)!, tool: tool as WireTool | MysqlWireTool, limits };
  if (w.get('tls')) {
    const t = y.entries(w.get('tls')!.value, '`wire.tls`', ['cert', 'key'], ['cert', 'key']);
    wire.tls = { cert: resolve(baseDir, y.string(t.get('cert'))!), key: resolve(baseDir, y.string(t.get('key'))!) };
  }
  if (!wire.tls && !isLoopback(wire.host)) {
    throw y.error((w.get('host') ?? w.get('port'))!.value, `connection ${name}: a wire endpoint on ${wire.host} without TLS would receive session tokens in clear text: set \`wire.tls\` (cert and key)`);
  }
  return wire;
}

/** `64MiB`, `512KiB`, `1000000`: a message size between 1 KiB and 1 GiB. */
function parseSize(text: string, y: YamlReader, node: Parameters<YamlReader['error']>[0]): number {
  const match = /^(\d+)\s*(B|KiB|MiB|GiB)?$/i.exec(text.trim());
  const unit = { b: 1, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 }[(match?.[2] ?? 'b').toLowerCase() as 'b'];
  const bytes = match ? Number(match[1]) * unit : NaN;
  if (!(bytes >= 1024 && bytes <= 1024 ** 3)) throw y.error(node, '`wire.limits.max-message` must be a size like 64MiB, between 1KiB and 1GiB');
  return bytes;
}

function source(y: YamlReader, e: Map<string, import('../../config/yaml-reader.js').Entry>, baseDir: string, needsUrl: boolean, what: string) {
  const urlEnv = y.string(e.get('url-env'));
  const urlFile = y.string(e.get('url-file'));
  const dataDir = y.string(e.get('data-dir'));
  if (needsUrl) {
    if (!!urlEnv === !!urlFile) throw y.error(e.get('url-env')?.keyNode ?? e.get('driver')!.value, `${what}: a ${y.string(e.get('driver'))} driver needs exactly one of \`url-env\` or \`url-file\` (database URLs are never written in the config)`);
    if (dataDir) throw y.error(e.get('data-dir')!.keyNode, `${what}: \`data-dir\` is for the pglite driver`);
    return urlEnv ? { urlEnv } : { urlFile: resolve(baseDir, urlFile!) };
  }
  if (urlEnv || urlFile) throw y.error((e.get('url-env') ?? e.get('url-file'))!.keyNode, `${what}: the pglite driver takes \`data-dir\`, not a URL`);
  return dataDir ? { dataDir: resolve(baseDir, dataDir) } : {};
}

/** Whether the store outlives the gateway process (then its keys must be sealed with a configured key). */
export function storeOutlivesProcess(store: StoreConfig): boolean {
  return store.driver === 'postgres' || store.dataDir !== undefined;
}

/** Reads a database URL from where the config says; the error never includes the URL. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function resolveUrl(where: { urlEnv?: string; urlFile?: string }, what: string): string {
  if (where.urlEnv) {
    const url = process.env[where.urlEnv];
    if (!url) throw new InputError(`${what}: environment variable ${where.urlEnv} is not set`);
    return url;
  }
  try {
    return readFileSync(where.urlFile!, 'utf8').trim();
  } catch (error) {
    throw new InputError(`${what}: cannot read the URL file ${where.urlFile} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
