/** The gateway's own session-signing key (ES256), shared by replicas through the store and published as a JWKS. */
import { calculateJwkThumbprint, createLocalJWKSet, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK, type JSONWebKeySet } from 'jose';
import type { Store } from './store.js';

export interface SigningKeys {
  kid: string;
  privateKey: CryptoKey;
  jwks: JSONWebKeySet;
  verifier: ReturnType<typeof createLocalJWKSet>;
}

export const SESSION_ALG = 'ES256';

/**
 * The newest stored key signs; every stored public key verifies (so sessions signed before a rotation, or by a
 * replica not yet restarted, stay valid).
 */
export async function loadSigningKeys(store: Store): Promise<SigningKeys> {
  let row = (await store.query<{ kid: string; private_jwk: JWK }>('SELECT kid, private_jwk FROM mg_keys ORDER BY created_at DESC, kid LIMIT 1')).rows[0];
  if (!row) {
    // Replicas racing here converge on whichever key was stored first.
    await addSigningKey(store);
    row = (await store.query<{ kid: string; private_jwk: JWK }>('SELECT kid, private_jwk FROM mg_keys ORDER BY created_at, kid LIMIT 1')).rows[0]!;
  }
  const publics = (await store.query<{ public_jwk: JWK }>('SELECT public_jwk FROM mg_keys')).rows.map((r) => r.public_jwk);
  const jwks = { keys: publics };
  return { kid: row.kid, privateKey: (await importJWK(row.private_jwk, SESSION_ALG)) as CryptoKey, jwks, verifier: createLocalJWKSet(jwks) };
}

/** Stores a new signing key (`gateway rotate-key`): replicas sign with it once restarted. Returns its kid. */
export async function addSigningKey(store: Store): Promise<string> {
  const { privateKey, publicKey } = await generateKeyPair(SESSION_ALG, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const privateJwk = await exportJWK(privateKey);
  await store.query('INSERT INTO mg_keys (kid, private_jwk, public_jwk, created_at) VALUES ($1, $2, $3, clock_timestamp()) ON CONFLICT DO NOTHING', [
    kid,
    JSON.stringify(privateJwk),
    JSON.stringify({ ...publicJwk, kid, alg: SESSION_ALG, use: 'sig' }),
  ]);
  return kid;
}
