/** An audit log that seals its writes, as the gateway's does, with a key-encryption key fixed for the tests. */
import { loadAuditSigner, trustedAuditKeys } from '../../src/gateway/server/audit-keys.js';
import { AuditLog } from '../../src/gateway/server/audit.js';
import { localKeyEncryption } from '../../src/gateway/server/key-encryption.js';
import type { Store } from '../../src/gateway/server/store.js';

export const TEST_KEK = localKeyEncryption(Buffer.alloc(32, 7));

export async function sealedAudit(store: Store): Promise<AuditLog> {
  return new AuditLog(store, undefined, await loadAuditSigner(store, TEST_KEK));
}

/** The audit public keys the test key-encryption key opens in this store. */
export function trustedKeys(store: Store) {
  return trustedAuditKeys(store, TEST_KEK);
}
