/**
 * The audit trail's signing key (Ed25519): the gateway seals the chain's head after each write with it, so records
 * that someone with write access to the store deletes, edits, reorders or re-chains no longer match a seal. The
 * private key is in the store only sealed with the key-encryption key; the public key is published (`audit key`,
 * `/.well-known/migration-guard-audit-keys`) so that auditors verify without holding any secret.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { isSealed, resealKeys, type KeyEncryption } from './key-encryption.js';
import type { SqlClient, Store } from './store.js';

export interface AuditSigner {
  kid: string;
  /** The seal of the chain's head at record `seq` with hash `hash`. */
  seal(seq: number, hash: string): string;
}

/** The text a seal signs: the record's place in the chain and its hash (which covers every record before it). */
export function sealMessage(seq: number, hash: string): Buffer {
  return Buffer.from(`migration-guard audit seal v1\n${seq}\n${hash}`);
}

export function verifySeal(publicKey: KeyObject, seq: number, hash: string, seal: string): boolean {
  try {
    return verify(null, sealMessage(seq, hash), publicKey, Buffer.from(seal, 'base64'));
  } catch {
    return false;
  }
}

const context = (kid: string) => `mg_audit_keys:${kid}`;

function kidOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

/** The audit keys of the store that open with this key-encryption key, by kid, newest first. */
export async function openAuditKeys(store: SqlClient, kek: KeyEncryption): Promise<Array<{ kid: string; privateKey: KeyObject; publicKey: KeyObject }>> {
  const rows = (await store.query<{ kid: string; private_enc: unknown }>('SELECT kid, private_enc FROM mg_audit_keys ORDER BY created_at DESC, kid')).rows;
  const opened = [];
  for (const row of rows) {
    if (!isSealed(row.private_enc)) continue;
    try {
      const privateKey = createPrivateKey({ key: kek.open(row.private_enc, context(row.kid)), format: 'der', type: 'pkcs8' });
      const publicKey = createPublicKey(privateKey);
      if (kidOf(publicKey) === row.kid) opened.push({ kid: row.kid, privateKey, publicKey });
    } catch {
      // sealed with another key-encryption key, or altered: not trusted
    }
  }
  return opened;
}

/** The public keys seals are checked with: those of the store's audit keys that open with the key-encryption key. */
export async function trustedAuditKeys(store: SqlClient, kek: KeyEncryption): Promise<Map<string, KeyObject>> {
  return new Map((await openAuditKeys(store, kek)).map(({ kid, publicKey }) => [kid, publicKey]));
}

/** The newest audit key that opens, made on first use. */
export async function loadAuditSigner(store: Store, kek: KeyEncryption): Promise<AuditSigner> {
  let keys = await openAuditKeys(store, kek);
  if (!keys.length) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const kid = kidOf(publicKey);
    const sealed = kek.seal(privateKey.export({ type: 'pkcs8', format: 'der' }), context(kid));
    await store.query('INSERT INTO mg_audit_keys (kid, public_key, private_enc, created_at) VALUES ($1, $2, $3, clock_timestamp()) ON CONFLICT DO NOTHING', [kid, publicKey.export({ type: 'spki', format: 'pem' }), JSON.stringify(sealed)]);
    keys = await openAuditKeys(store, kek);
  }
  const { kid, privateKey } = keys[0]!;
  return { kid, seal: (seq, hash) => sign(null, sealMessage(seq, hash), privateKey).toString('base64') };
}

/** Public keys as auditors are given them (PEM), by kid. */
export function publicKeysPem(keys: ReadonlyArray<{ kid: string; publicKey: KeyObject }>): Array<{ kid: string; pem: string }> {
  return keys.map(({ kid, publicKey }) => ({ kid, pem: String(publicKey.export({ type: 'spki', format: 'pem' })) }));
}

/** Trusted public keys from PEM text (a file an auditor was given): each PEM block one key. */
export function publicKeysFromPem(text: string): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  for (const block of text.match(/-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g) ?? []) {
    const key = createPublicKey(block);
    keys.set(kidOf(key), key);
  }
  return keys;
}

/** Re-seals every audit key with another key-encryption key (`gateway rotate-encryption-key`). */
export function resealAuditKeys(tx: SqlClient, from: KeyEncryption, to: KeyEncryption): Promise<number> {
  return resealKeys(tx, 'mg_audit_keys', 'private_enc', context, from, to);
}
