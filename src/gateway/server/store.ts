/**
 * Where the gateway keeps shared state (signing keys, used token ids, sessions, the audit chain):
 * a PostgreSQL database so replicas can share it, or the embedded PGlite by default.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openPglite } from './data-dir-lock.js';

export interface SqlClient {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[]; rowCount: number }>;
}

export interface Store extends SqlClient {
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The store's schema, version by version: each step runs once, in order, under the store lock, and the version is
 * recorded in `mg_schema`. Version 1 is the schema of the releases before versions were recorded (every statement
 * idempotent, so a store made by any of them is brought to it); later steps are forward-only.
 */
export const STORE_MIGRATIONS: readonly string[] = [
  `
CREATE TABLE IF NOT EXISTS mg_keys (kid text PRIMARY KEY, private_jwk jsonb NOT NULL, public_jwk jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS mg_used_jti (jti text NOT NULL, issuer text NOT NULL, expires_at timestamptz NOT NULL, PRIMARY KEY (issuer, jti));
CREATE TABLE IF NOT EXISTS mg_sessions (
  id text PRIMARY KEY, connection text NOT NULL, plan_digest text NOT NULL, verdict text NOT NULL,
  identity jsonb NOT NULL, status text NOT NULL, review jsonb, request jsonb, results jsonb, message text,
  created_at timestamptz NOT NULL DEFAULT now(), expires_at timestamptz NOT NULL);
ALTER TABLE mg_sessions ADD COLUMN IF NOT EXISTS scope text NOT NULL DEFAULT 'exec';
CREATE TABLE IF NOT EXISTS mg_audit (seq bigint PRIMARY KEY, at text NOT NULL, kind text NOT NULL, data jsonb NOT NULL, prev_hash text NOT NULL, hash text NOT NULL);
CREATE TABLE IF NOT EXISTS mg_audit_head (id int PRIMARY KEY CHECK (id = 1), seq bigint NOT NULL, hash text NOT NULL);
-- The seal of the chain's head after a write (audit-keys.ts), on that write's last record.
ALTER TABLE mg_audit ADD COLUMN IF NOT EXISTS seal text;
ALTER TABLE mg_audit ADD COLUMN IF NOT EXISTS seal_kid text;
CREATE TABLE IF NOT EXISTS mg_audit_keys (kid text PRIMARY KEY, public_key text NOT NULL, private_enc jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
-- The chain's start, for a new store only: a store with records and no head keeps none (audit verify says so).
INSERT INTO mg_audit_head (id, seq, hash) SELECT 1, 0, repeat('0', 64) WHERE NOT EXISTS (SELECT FROM mg_audit) ON CONFLICT (id) DO NOTHING
`,
  // 2: signing keys can be retired (gateway retire-key); sessions listed by when they were made; the audit trail
  // pruned through a checkpoint (audit prune).
  `
ALTER TABLE mg_keys ADD COLUMN IF NOT EXISTS retired_at timestamptz;
CREATE INDEX IF NOT EXISTS mg_sessions_created ON mg_sessions (created_at);
CREATE TABLE IF NOT EXISTS mg_audit_checkpoint (id int PRIMARY KEY CHECK (id = 1), seq bigint NOT NULL, hash text NOT NULL, pruned_at timestamptz NOT NULL DEFAULT now())
`,
];

export const STORE_SCHEMA_VERSION = STORE_MIGRATIONS.length;

/** Serialises schema creation and audit appends across replicas sharing one database. */
export const STORE_LOCK = 7_245_101;

export async function openStore(options: { driver: 'pglite'; dataDir?: string } | { driver: 'postgres'; url: string }): Promise<Store> {
  const store = options.driver === 'postgres' ? postgresStore(options.url) : await pgliteStore(options.dataDir);
  try {
    await migrateStore(store);
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}

/** Brings the store to this release's schema (forward only); refuses a store a newer release made. Returns the versions. */
export async function migrateStore(store: Store): Promise<{ from: number; to: number }> {
  return store.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [STORE_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS mg_schema (id int PRIMARY KEY CHECK (id = 1), version int NOT NULL, migrated_at timestamptz NOT NULL DEFAULT now())');
    const from = (await tx.query<{ version: number }>('SELECT version FROM mg_schema WHERE id = 1')).rows[0]?.version ?? 0;
    if (from > STORE_SCHEMA_VERSION) {
      throw new Error(`the store's schema is version ${from}, made by a newer release of migration-guard than this one (which knows up to ${STORE_SCHEMA_VERSION}): run the newer release, or restore the store's backup from before the upgrade`);
    }
    for (let version = from + 1; version <= STORE_SCHEMA_VERSION; version++) {
      for (const statement of STORE_MIGRATIONS[version - 1]!.split(';').map((s) => s.trim()).filter(Boolean)) await tx.query(statement);
    }
    if (from < STORE_SCHEMA_VERSION) await tx.query('INSERT INTO mg_schema (id, version) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, migrated_at = now()', [STORE_SCHEMA_VERSION]);
    return { from, to: STORE_SCHEMA_VERSION };
  });
}

async function pgliteStore(dataDir?: string): Promise<Store> {
  const { db, close } = await openPglite(dataDir);
  const query = async <T>(client: Pick<PGlite, 'query'>, sql: string, params?: unknown[]) => {
    const result = await client.query<T>(sql, params);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  };
  return {
    query: (sql, params) => query(db, sql, params),
    transaction: (fn) => db.transaction((tx) => fn({ query: (sql, params) => query(tx, sql, params) })),
    close,
  };
}

function postgresStore(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => undefined); // idle client errors surface on the next query
  const query = async <T>(client: pg.Pool | pg.PoolClient, sql: string, params?: unknown[]) => {
    const result = await client.query(sql, params);
    return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
  };
  return {
    query: (sql, params) => query(pool, sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: (sql, params) => query(client, sql, params) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
