/**
 * The key-encryption key: the one secret the gateway's store never holds. The session-signing and audit-signing
 * private keys are kept in the store only sealed with it (AES-256-GCM, the key's id in the clear, the row's own name as
 * associated data so a sealed key cannot be moved to another row), so whoever reads or writes the store — a DBA, a
 * backup, a leaked store URL — can neither sign sessions nor seal audit records. The secret comes from a file or an
 * environment variable named in the config; `KeyEncryption` is the seam where a KMS adapter would plug in.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { InputError } from '../../errors.js';
import { sha256Hex } from '../../sha256.js';
import type { SqlClient } from './store.js';

/** A private key as the store holds it. */
export interface SealedKey {
  v: 1;
  /** Which key-encryption key sealed it (its id, not the key). */
  kek: string;
  iv: string;
  ct: string;
  tag: string;
}

export interface KeyEncryption {
  /** Names the key-encryption key, so a store sealed with another one says so instead of failing obscurely. */
  readonly id: string;
  seal(plaintext: Uint8Array, context: string): SealedKey;
  /** Throws `SealError` when the key was sealed with another key-encryption key or was altered. */
  open(sealed: SealedKey, context: string): Buffer;
}

export class SealError extends Error {}

export function isSealed(value: unknown): value is SealedKey {
  return !!value && typeof value === 'object' && (value as SealedKey).v === 1 && typeof (value as SealedKey).ct === 'string';
}

/** AES-256-GCM under a key derived (HKDF-SHA256) from the secret; the id is derived too, and reveals nothing of it. */
export function localKeyEncryption(secret: Buffer): KeyEncryption {
  const key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'migration-guard key-encryption v1', 32));
  const id = sha256Hex(Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'migration-guard key-encryption id v1', 32)).toString('hex')).slice(0, 16);
  return {
    id,
    seal(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context));
      const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return { v: 1, kek: id, iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
    },
    open(sealed, context) {
      if (sealed.kek !== id) throw new SealError(`sealed with key-encryption key ${sealed.kek}, not with the configured one (${id})`);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
        decipher.setAAD(Buffer.from(context));
        decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
        return Buffer.concat([decipher.update(Buffer.from(sealed.ct, 'base64')), decipher.final()]);
      } catch {
        throw new SealError('its ciphertext does not authenticate (altered, or moved from another row)');
      }
    },
  };
}

/** A new secret for `keys.encryption-key-file`: 32 random bytes, base64. */
export function newEncryptionSecret(): string {
  return randomBytes(32).toString('base64');
}

/** The secret as written in its file or variable: base64 or hex of at least 32 bytes. */
export function parseSecret(text: string, where: string): Buffer {
  const value = text.trim();
  const bytes = /^[0-9a-f]+$/i.test(value) && value.length % 2 === 0 ? Buffer.from(value, 'hex') : /^[A-Za-z0-9+/]+={0,2}$/.test(value) ? Buffer.from(value, 'base64') : Buffer.alloc(0);
  if (bytes.length < 32) throw new InputError(`${where} must hold a key-encryption key of at least 32 bytes, base64 or hex (make one with \`migration-guard gateway new-encryption-key\`)`);
  return bytes;
}

export interface KeyEncryptionSource {
  file?: string;
  env?: string;
}

/**
 * The configured key-encryption key. Without one, a store that outlives the process (PostgreSQL, or PGlite with a
 * data directory) is refused; an in-memory store gets a key that lives and dies with it.
 */
export function loadKeyEncryption(source: KeyEncryptionSource | undefined, storeOutlivesProcess: boolean): KeyEncryption {
  if (source?.file) {
    let text: string;
    try {
      text = readFileSync(source.file, 'utf8');
    } catch (error) {
      throw new InputError(`keys.encryption-key-file ${source.file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    return localKeyEncryption(parseSecret(text, `keys.encryption-key-file ${source.file}`));
  }
  if (source?.env) {
    const text = process.env[source.env];
    if (!text) throw new InputError(`keys.encryption-key-env: environment variable ${source.env} is not set`);
    return localKeyEncryption(parseSecret(text, `environment variable ${source.env}`));
  }
  if (storeOutlivesProcess) {
    throw new InputError(
      'the gateway needs a key-encryption key: its store keeps the session-signing and audit-signing keys sealed with it, so that the store alone cannot sign sessions or rewrite the audit trail. Make one with `migration-guard gateway new-encryption-key > /etc/migration-guard/encryption.key`, keep it out of the store and its backups, and set `keys: { encryption-key-file: /etc/migration-guard/encryption.key }` (or `encryption-key-env: NAME`)',
    );
  }
  return localKeyEncryption(randomBytes(32));
}

/**
 * Re-seals, in the caller's transaction, every sealed private key of a key table under another key-encryption key
 * (a key that is not sealed is left as it is). Returns how many were re-sealed.
 */
export async function resealKeys(
  tx: SqlClient,
  table: 'mg_keys' | 'mg_audit_keys',
  column: 'private_jwk' | 'private_enc',
  context: (kid: string) => string,
  from: KeyEncryption,
  to: KeyEncryption,
): Promise<number> {
  const rows = (await tx.query<{ kid: string; sealed: unknown }>(`SELECT kid, ${column} AS sealed FROM ${table}`)).rows;
  let count = 0;
  for (const row of rows) {
    if (!isSealed(row.sealed)) continue;
    await tx.query(`UPDATE ${table} SET ${column} = $2 WHERE kid = $1`, [row.kid, JSON.stringify(to.seal(from.open(row.sealed, context(row.kid)), context(row.kid)))]);
    count++;
  }
  return count;
}
