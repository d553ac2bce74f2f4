/**
 * MySQL authentication, both ways. Toward clients the gateway speaks `mysql_native_password`: the session token is
 * the password, and the gateway keeps only SHA1(SHA1(token)) of each open wire session, which is what the scramble
 * check needs; the token itself never crosses the wire, TLS or not. Toward the database it answers the server's
 * plugin with the gateway's own credential (native, or caching_sha2_password).
 */
import { createHash, publicEncrypt, constants, timingSafeEqual } from 'node:crypto';

const sha1 = (...parts: Buffer[]) => createHash('sha1').update(Buffer.concat(parts)).digest();
const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const xor = (a: Buffer, b: Buffer) => Buffer.from(a.map((byte, i) => byte ^ b[i % b.length]!));

/** What the gateway keeps of a password to check native scrambles: SHA1(SHA1(password)). */
export function nativeStage2(password: string): Buffer {
  return sha1(sha1(Buffer.from(password, 'utf8')));
}

/** Whether `response` is the native scramble of the password whose stage 2 hash is `stage2`, for `scramble`. */
export function verifyNative(scramble: Buffer, response: Buffer, stage2: Buffer): boolean {
  if (response.length !== 20) return false;
  const stage1 = xor(response, sha1(scramble, stage2));
  return timingSafeEqual(sha1(stage1), stage2);
}

/** The client's answer to a scramble for a plugin the gateway can speak as a client. */
export function scrambleFor(plugin: string, password: string, scramble: Buffer): Buffer {
  const pw = Buffer.from(password, 'utf8');
  if (!pw.length) return Buffer.alloc(0);
  if (plugin === 'mysql_native_password') return xor(sha1(pw), sha1(scramble, sha1(sha1(pw))));
  if (plugin === 'caching_sha2_password') return xor(sha256(pw), sha256(sha256(sha256(pw)), scramble));
  throw new Error(`the database asks for authentication plugin ${plugin}, which the gateway does not speak (use mysql_native_password or caching_sha2_password for its account)`);
}

/** caching_sha2_password's full authentication without TLS: the password sealed with the server's RSA key. */
export function sealPassword(password: string, scramble: Buffer, publicKeyPem: string): Buffer {
  return publicEncrypt({ key: publicKeyPem, padding: constants.RSA_PKCS1_OAEP_PADDING }, xor(Buffer.from(`${password}\0`, 'utf8'), scramble));
}
