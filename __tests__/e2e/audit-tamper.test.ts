/**
 * The gateway's store is not a master key. An insider with nothing but the store's credential (a DBA, a backup, a
 * leaked URL) tries what issue 29 found possible, on a real PostgreSQL store: rewrite the audit chain and its head,
 * cut its tail, mint a session token. Each is detected or refused; a gateway without its key-encryption key does not
 * start; a store written before records were sealed upgrades and still verifies; the key-encryption key rotates.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { recordHash } from '../../src/gateway/server/audit.js';
import { startGatewayProcess, TEST_ENCRYPTION_KEY } from '../helpers/gateway.js';
import { GITHUB_CLAIMS, LocalIssuer } from '../helpers/issuer.js';
import { exec, exchange, planFor } from '../helpers/plan.js';
import { startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { CLI, ROOT, runNode, tempDir, workspaceWith } from '../helpers/run.js';
import { runAction } from '../helpers/runner.js';

const AUDIENCE = 'migration-guard';
let pg: PostgresServer;
let issuer: LocalIssuer;
let appUrl: string;
let witness: string;

/** The gateway's config; `keys` as given (null: none at all), else the suite's key-encryption key (helpers/gateway). */
const config = (keys?: Record<string, unknown> | null) => ({
  version: 1,
  issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }],
  store: { driver: 'postgres', 'url-env': 'STORE_URL' },
  ...(keys === undefined ? {} : { keys }),
  connections: [{ name: 'prod', driver: 'postgres', 'url-env': 'APP_URL', access: { repository: ['acme/*'] } }],
});

/** A config file for the CLI's audit commands on `database`, with the suite's key-encryption key or without any. */
function cliConfig(database: string, withKey = true): { path: string; env: Record<string, string> } {
  const dir = tempDir('mg-audit-cli-');
  writeFileSync(join(dir, 'encryption.key'), TEST_ENCRYPTION_KEY);
  writeFileSync(join(dir, 'gateway.yml'), stringify(config(withKey ? { 'encryption-key-file': join(dir, 'encryption.key') } : undefined)));
  return { path: join(dir, 'gateway.yml'), env: { STORE_URL: pg.url(database, 'mg_app'), APP_URL: appUrl, PATH: process.env.PATH ?? '' } };
}

function audit(database: string, ...args: string[]) {
  const { path, env } = cliConfig(database);
  return runNode(CLI, ['audit', ...args, '--config', path], { cwd: ROOT, env });
}

/** A copy of the store as it is now, to tamper with (the template must have no open connection). */
async function copyOf(template: string, name: string): Promise<string> {
  await pg.query(`CREATE DATABASE "${name}" TEMPLATE "${template}" OWNER mg_app`);
  return name;
}

/** Rewrites the chain from record `from` on, as someone with write access to the store can: new hashes, new head. */
async function rechain(database: string, from: number): Promise<void> {
  const rows = await pg.query<{ seq: string; at: string; kind: string; data: Record<string, unknown>; hash: string }>('SELECT seq, at, kind, data, hash FROM mg_audit ORDER BY seq', [], database);
  let prev = rows.find((r) => Number(r.seq) === from - 1)?.hash ?? '0'.repeat(64);
  let seq = from - 1;
  for (const row of rows.filter((r) => Number(r.seq) >= from)) {
    seq++;
    const hash = recordHash(prev, seq, row.at, row.kind, row.data);
    await pg.query('UPDATE mg_audit SET seq = $1, prev_hash = $2, hash = $3 WHERE seq = $4', [seq, prev, hash, Number(row.seq)], database);
    prev = hash;
  }
  await pg.query('UPDATE mg_audit_head SET seq = $1, hash = $2', [seq, prev], database);
}

beforeAll(async () => {
  pg = await startPostgres();
  appUrl = await pg.createDatabase('app');
  await pg.createDatabase('store');
  issuer = await new LocalIssuer().start();
  const gateway = await startGatewayProcess(config(), { APP_URL: appUrl, STORE_URL: pg.url('store', 'mg_app') });
  try {
    // Two apply runs through the action: their outputs are the witnesses kept outside the store.
    for (const n of [1, 2]) {
      const dir = workspaceWith({ [`db/00${n}.sql`]: `CREATE TABLE t${n} (id int);\n` });
      const planned = await runAction(dir, { command: 'plan', migrations: 'db' });
      const applied = await runAction(dir, { command: 'apply', migrations: 'db', 'gateway-url': gateway.url, audience: AUDIENCE, connection: 'prod', 'plan-digest': planned.outputs['plan-digest']! }, issuer.runnerEnv());
      expect(applied.code, applied.stdout).toBe(0);
      expect(applied.outputs['audit-head']).toMatch(/^\d+:[0-9a-f]{64}$/);
      expect(applied.summary).toContain(`audit verify --witness ${applied.outputs['audit-head']}`);
      if (n === 1) witness = applied.outputs['audit-head']!;
    }
  } finally {
    await gateway.stop();
  }
}, 180_000);

afterAll(async () => {
  await issuer?.stop();
  pg?.stop();
});

describe('the audit trail against someone who can write the store', () => {
  it('is intact as the gateway wrote it, sealed to its last record, and holds the witness', async () => {
    const verified = await audit('store', 'verify', '--witness', witness);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/^audit trail intact: (\d+) records, head [0-9a-f]{64}, sealed through record \1 by 1 trusted audit key, 1 witness found/);
  });

  it('detects a deleted record and an edited actor even when every later record is re-chained and the head moved', async () => {
    const db = await copyOf('store', 'rewritten');
    const accepted = await pg.query<{ seq: string }>("SELECT seq FROM mg_audit WHERE kind = 'token.accepted' ORDER BY seq LIMIT 1", [], db);
    const first = Number(accepted[0]!.seq);
    await pg.query("UPDATE mg_audit SET data = jsonb_set(data, '{actor}', '\"someone-else\"') WHERE seq = $1", [first], db);
    await pg.query('DELETE FROM mg_audit WHERE seq = $1', [first + 1], db);
    await rechain(db, first);
    const verified = await audit(db, 'verify');
    expect(verified.code).toBe(1);
    expect(verified.stdout).toMatch(/audit trail TAMPERED/);
    expect(verified.stdout).toMatch(/seal does not verify: it or a record before it was changed after the gateway sealed it/);
    // Removing the seals too leaves records no trusted key sealed.
    await pg.query('UPDATE mg_audit SET seal = NULL, seal_kid = NULL WHERE seq >= $1', [first], db);
    expect((await audit(db, 'verify')).stdout).toMatch(/records \d+–\d+ are not sealed by a trusted key/);
  });

  it('a seal made with another key is not trusted', async () => {
    const db = await copyOf('store', 'foreign_seal');
    await pg.query("UPDATE mg_audit SET seal_kid = 'attacker' WHERE seal IS NOT NULL", [], db);
    expect((await audit(db, 'verify')).stdout).toMatch(/sealed with audit key attacker, which is not one of the trusted keys/);
  });

  it('a tail cut back to an earlier seal is invisible from inside the store, and detected against a witness from an apply run', async () => {
    const db = await copyOf('store', 'truncated');
    const cut = Number(witness.split(':')[0]) - 1;
    const sealed = await pg.query<{ seq: string; hash: string }>('SELECT seq, hash FROM mg_audit WHERE seal IS NOT NULL AND seq <= $1 ORDER BY seq DESC LIMIT 1', [cut], db);
    await pg.query('DELETE FROM mg_audit WHERE seq > $1', [Number(sealed[0]!.seq)], db);
    await pg.query('UPDATE mg_audit_head SET seq = $1, hash = $2', [Number(sealed[0]!.seq), sealed[0]!.hash], db);
    expect((await audit(db, 'verify')).code).toBe(0);
    const file = join(tempDir('mg-witness-'), 'witnesses.txt');
    writeFileSync(file, `${witness}\n`);
    const witnessed = await audit(db, 'verify', '--witness-file', file);
    expect(witnessed.code).toBe(1);
    expect(witnessed.stdout).toMatch(new RegExp(`witnessed record ${witness.split(':')[0]} is missing: the trail was cut back to record ${sealed[0]!.seq}`));
  });

  it('an auditor verifies with the published public key alone, without any secret', async () => {
    const key = await audit('store', 'key');
    expect(key.stdout).toMatch(/-----BEGIN PUBLIC KEY-----/);
    const pem = join(tempDir('mg-auditor-'), 'audit-key.pem');
    writeFileSync(pem, key.stdout);
    const { path, env } = cliConfig('store', false);
    const verified = await runNode(CLI, ['audit', 'verify', '--config', path, '--public-key', pem, '--witness', witness], { cwd: ROOT, env });
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    const without = await runNode(CLI, ['audit', 'verify', '--config', path], { cwd: ROOT, env });
    expect([without.code, without.stderr]).toEqual([2, expect.stringMatching(/--public-key FILE/)]);
  });
});

describe('session-signing keys the store cannot use', () => {
  it('holds only sealed private keys; a key written into the store is never trusted, and a token signed with it is refused', async () => {
    const gateway = await startGatewayProcess(config(), { APP_URL: appUrl, STORE_URL: pg.url('store', 'mg_app') });
    try {
      const stored = await pg.query<{ private_jwk: Record<string, unknown> }>('SELECT private_jwk FROM mg_keys', [], 'store');
      expect(stored.length).toBeGreaterThan(0);
      for (const row of stored) expect(Object.keys(row.private_jwk).sort()).toEqual(['ct', 'iv', 'kek', 'tag', 'v']);
      // The insider adds a key of their own, in clear as an earlier version stored keys, and signs a session with it.
      const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
      const publicJwk = await exportJWK(publicKey);
      const kid = await calculateJwkThumbprint(publicJwk);
      await pg.query('INSERT INTO mg_keys (kid, private_jwk, public_jwk) VALUES ($1, $2, $3)', [kid, JSON.stringify(await exportJWK(privateKey)), JSON.stringify({ ...publicJwk, kid, alg: 'ES256' })], 'store');
      const plan = await planFor({ 'db/9.sql': 'CREATE TABLE minted (id int);\n' });
      const genuine = await exchange(gateway.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE }), { audience: 'prod', plan });
      const claims = JSON.parse(Buffer.from(genuine.body.access_token!.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
      // The very claims of a genuine session, signed with the insider's key: only the key differs.
      const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' }).sign(privateKey);
      const ran = await exec(gateway.url, 'prod', forged, plan);
      expect([ran.status, ran.body.error]).toEqual([401, 'invalid_token']);
      expect(await pg.query("SELECT to_regclass('minted') AS t", [], 'app')).toEqual([{ t: null }]);
      expect((await exec(gateway.url, 'prod', genuine.body.access_token!, plan)).body.status).toBe('done');
      const jwks = (await (await fetch(`${gateway.url}/.well-known/jwks.json`)).json()) as { keys: Array<{ kid: string }> };
      expect(jwks.keys.map((k) => k.kid)).not.toContain(kid);
    } finally {
      await gateway.stop();
    }
  });

  it('a gateway without its key-encryption key refuses to start, saying how to make one', async () => {
    await expect(startGatewayProcess(config(null), { APP_URL: appUrl, STORE_URL: pg.url('store', 'mg_app') })).rejects.toThrow(/needs a key-encryption key.*gateway new-encryption-key.*encryption-key-file/s);
  });

  it('the key-encryption key rotates: the store is re-sealed, the new key opens it, the old one no longer does', async () => {
    const db = await copyOf('store', 'rotated');
    const dir = tempDir('mg-rotate-');
    const fresh = await runNode(CLI, ['gateway', 'new-encryption-key'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } });
    writeFileSync(join(dir, 'new.key'), fresh.stdout);
    const { path, env } = cliConfig(db);
    const rotated = await runNode(CLI, ['gateway', 'rotate-encryption-key', '--config', path, '--new-key-file', join(dir, 'new.key')], { cwd: ROOT, env });
    expect(rotated.code, rotated.stderr).toBe(0);
    expect(rotated.stdout).toMatch(/re-sealed 1 session-signing and 1 audit key\(s\)/);
    const withNew = await startGatewayProcess(config({ 'encryption-key-file': join(dir, 'new.key') }), { APP_URL: appUrl, STORE_URL: pg.url(db, 'mg_app') });
    await withNew.stop();
    await expect(startGatewayProcess(config(), { APP_URL: appUrl, STORE_URL: pg.url(db, 'mg_app') })).rejects.toThrow(/none of the \d+ session-signing keys in the store opens with the configured key-encryption key/);
  });
});

describe('a store written before records were sealed', () => {
  it('upgrades: plaintext keys are dropped, the old chain is sealed as it was at the upgrade, and it all verifies', async () => {
    await pg.createDatabase('old_store');
    const old = (sql: string, params: unknown[] = []) => pg.query(sql, params, 'old_store');
    // The schema and records as the previous release wrote them: an unkeyed chain, a session key in clear.
    await old("CREATE TABLE mg_keys (kid text PRIMARY KEY, private_jwk jsonb NOT NULL, public_jwk jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now()); CREATE TABLE mg_audit (seq bigint PRIMARY KEY, at text NOT NULL, kind text NOT NULL, data jsonb NOT NULL, prev_hash text NOT NULL, hash text NOT NULL); CREATE TABLE mg_audit_head (id int PRIMARY KEY CHECK (id = 1), seq bigint NOT NULL, hash text NOT NULL)");
    let prev = '0'.repeat(64);
    for (const [seq, kind] of [[1, 'token.accepted'], [2, 'exec.start'], [3, 'exec.end']] as const) {
      const at = new Date().toISOString();
      const hash = recordHash(prev, seq, at, kind, { seq });
      await old('INSERT INTO mg_audit VALUES ($1, $2, $3, $4, $5, $6)', [seq, at, kind, JSON.stringify({ seq }), prev, hash]);
      prev = hash;
    }
    await old('INSERT INTO mg_audit_head VALUES (1, 3, $1)', [prev]);
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    await old('INSERT INTO mg_keys (kid, private_jwk, public_jwk) VALUES ($1, $2, $3)', ['old', JSON.stringify(await exportJWK(privateKey)), JSON.stringify(await exportJWK(publicKey))]);

    const gateway = await startGatewayProcess(config(), { APP_URL: appUrl, STORE_URL: pg.url('old_store', 'mg_app') });
    await gateway.stop();
    expect(gateway.stderr()).toMatch(/removed 1 session-signing key\(s\) an earlier version stored in clear/);
    expect(await old("SELECT count(*)::int AS n FROM mg_keys WHERE kid = 'old'")).toEqual([{ n: 0 }]);
    expect(await old("SELECT seq::int, kind, data->>'through' AS through, seal IS NOT NULL AS sealed FROM mg_audit WHERE seq = 4")).toEqual([{ seq: 4, kind: 'audit.sealed', through: '3', sealed: true }]);
    const verified = await audit('old_store', 'verify');
    expect(verified.code, verified.stdout).toBe(0);
    expect(verified.stdout).toMatch(/records 1–3 were written before records were sealed and are attested as they were at the upgrade/);
    // An old record changed after the upgrade no longer matches the seal that attested it.
    await old("UPDATE mg_audit SET data = '{\"seq\": 99}' WHERE seq = 2");
    await rechain('old_store', 2);
    expect((await audit('old_store', 'verify')).stdout).toMatch(/seal does not verify/);
  });
});
