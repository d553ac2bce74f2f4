/**
 * The gateway's own session-signing key (ES256), shared by replicas through the store and published as a JWKS. The
 * store holds each private key sealed with the key-encryption key (key-encryption.ts); a key is trusted, to sign or
 * to verify, only if its sealed private key opens, and its public key is the one derived from that private key: a
 * key someone wrote into the store (a public key of their own, a plaintext private key) is never trusted.
 */
import { calculateJwkThumbprint, createLocalJWKSet, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK, type JSONWebKeySet } from 'jose';
import { isSealed, SealError, resealKeys, type KeyEncryption } from './key-encryption.js';
import type { SqlClient, Store } from './store.js';

export interface SigningKeys {
  kid: string;
  privateKey: CryptoKey;
  jwks: JSONWebKeySet;
  verifier: ReturnType<typeof createLocalJWKSet>;
  /** Reads the store again (a key another replica stored since). */
  reload(): Promise<SigningKeys>;
}

export const SESSION_ALG = 'ES256';

const context = (kid: string) => `mg_keys:${kid}`;

/**
 * The newest key that opens signs; every key that opens verifies (so sessions signed before a rotation, or by a
 * replica not yet restarted, stay valid). Keys stored in clear by an earlier version are deleted: anyone who could
 * read the store could sign with them.
 */
export async function loadSigningKeys(store: Store, kek: KeyEncryption, log: (message: string) => void = () => undefined): Promise<SigningKeys> {
  const removed = await store.query("DELETE FROM mg_keys WHERE NOT (private_jwk ? 'ct')");
  if (removed.rowCount) log(`removed ${removed.rowCount} session-signing key(s) an earlier version stored in clear; sessions they signed are no longer accepted`);
  let keys = await openKeys(store, kek);
  if (!keys.length) {
    const unopened = (await store.query<{ n: number }>('SELECT count(*)::int AS n FROM mg_keys WHERE retired_at IS NULL')).rows[0]!.n;
    if (unopened) throw new SealError(`none of the ${unopened} session-signing keys in the store opens with the configured key-encryption key (${kek.id}): start with the key they were sealed with, or re-seal them (gateway rotate-encryption-key)`);
    // Replicas racing here converge: each trusts every key that opens.
    await addSigningKey(store, kek);
    keys = await openKeys(store, kek);
  }
  const jwks = { keys: keys.map((k) => k.publicJwk) };
  const newest = keys[0]!;
  return { kid: newest.kid, privateKey: newest.privateKey, jwks, verifier: createLocalJWKSet(jwks), reload: () => loadSigningKeys(store, kek, log) };
}

interface OpenedKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

/** The stored keys that open with this key-encryption key and whose kid is their public key's thumbprint, newest first. */
async function openKeys(store: SqlClient, kek: KeyEncryption): Promise<OpenedKey[]> {
  const rows = (await store.query<{ kid: string; private_jwk: unknown }>('SELECT kid, private_jwk FROM mg_keys WHERE retired_at IS NULL ORDER BY created_at DESC, kid')).rows;
  const opened: OpenedKey[] = [];
  for (const row of rows) {
    if (!isSealed(row.private_jwk)) continue;
    let jwk: JWK;
    try {
      jwk = JSON.parse(kek.open(row.private_jwk, context(row.kid)).toString('utf8')) as JWK;
    } catch {
      continue; // sealed with another key-encryption key, or altered: not trusted
    }
    const { d: _d, ...publicPart } = jwk;
    if ((await calculateJwkThumbprint(publicPart)) !== row.kid) continue;
    opened.push({ kid: row.kid, privateKey: (await importJWK(jwk, SESSION_ALG)) as CryptoKey, publicJwk: { ...publicPart, kid: row.kid, alg: SESSION_ALG, use: 'sig' } });
  }
  return opened;
}

/** Stores a new signing key, sealed (`gateway rotate-key`): replicas sign with it once restarted. Returns its kid. */
export async function addSigningKey(store: SqlClient, kek: KeyEncryption): Promise<string> {
  const { privateKey, publicKey } = await generateKeyPair(SESSION_ALG, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const sealed = kek.seal(Buffer.from(JSON.stringify(await exportJWK(privateKey))), context(kid));
  await store.query('INSERT INTO mg_keys (kid, private_jwk, public_jwk, created_at) VALUES ($1, $2, $3, clock_timestamp()) ON CONFLICT DO NOTHING', [
    kid,
    JSON.stringify(sealed),
    JSON.stringify({ ...publicJwk, kid, alg: SESSION_ALG, use: 'sig' }),
  ]);
  return kid;
}

/**
 * Retires a session-signing key (`gateway retire-key`): no replica signs with it or accepts what it signed once it
 * has re-read its keys (every `sessions.key-reload` seconds). The last key that signs cannot be retired: rotate first.
 */
export async function retireSigningKey(store: Store, kek: KeyEncryption, kid: string): Promise<{ remaining: string }> {
  return store.transaction(async (tx) => {
    await tx.query('SELECT kid FROM mg_keys FOR UPDATE');
    const found = (await tx.query<{ retired: boolean }>('SELECT retired_at IS NOT NULL AS retired FROM mg_keys WHERE kid = $1', [kid])).rows[0];
    if (!found) throw new Error(`no session-signing key ${kid} in the store (the JWKS at /.well-known/jwks.json lists the kids)`);
    if (found.retired) throw new Error(`key ${kid} is already retired`);
    const others = (await openKeys(tx, kek)).filter((k) => k.kid !== kid);
    if (!others.length) throw new Error(`key ${kid} is the only key that signs: run \`gateway rotate-key\` first, so replicas have another to sign with`);
    await tx.query('UPDATE mg_keys SET retired_at = now() WHERE kid = $1', [kid]);
    return { remaining: others[0]!.kid };
  });
}

/** Re-seals every session-signing key with another key-encryption key (`gateway rotate-encryption-key`). */
export function resealSigningKeys(tx: SqlClient, from: KeyEncryption, to: KeyEncryption): Promise<number> {
  return resealKeys(tx, 'mg_keys', 'private_jwk', context, from, to);
}
