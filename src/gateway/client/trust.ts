/**
 * How the apply step trusts the gateway it sends a session token to: over HTTPS to the gateway's URL, and through
 * the migration tool to its wire endpoint. The certificate is verified against the system's CAs, or the CA the user
 * names (a private CA); skipping verification is an explicit, loudly warned opt-out. A certificate that does not
 * verify is never retried as if the gateway were down: the message says what to set.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { GatewayError, InputError } from '../../errors.js';

export interface GatewayTrust {
  /** The PEM file of the CA that signed the gateway's certificates, when it is not one the system trusts. */
  caFile?: string;
  /** Send the token without verifying who receives it (tests, a lab): never the default. */
  insecure: boolean;
}

/** Where Debian, Ubuntu (GitHub's runners), Alpine, Fedora and macOS's Homebrew keep the system's CA bundle. */
const SYSTEM_BUNDLES = ['/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt', '/etc/ssl/cert.pem', '/opt/homebrew/etc/ca-certificates/cert.pem'];

/**
 * The trust the user configured: `ca` is a PEM file's path or the PEM text itself (a secret's value); the text is
 * written to `tempDir` (a CA certificate is public) because libpq tools read the CA from a file.
 */
export function gatewayTrust(ca: string | undefined, insecure: boolean, tempDir: string): GatewayTrust {
  if (!ca) return { insecure };
  let file = ca;
  if (ca.trimStart().startsWith('-----BEGIN')) {
    file = join(tempDir, 'migration-guard-gateway-ca.pem');
    writeFileSync(file, ca.endsWith('\n') ? ca : `${ca}\n`);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`the gateway CA file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): give the path of a PEM file, or the PEM text itself`);
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) throw new InputError(`the gateway CA file ${file} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
  return { caFile: file, insecure };
}

/** fetch() for the gateway's URL with this trust: the global fetch when the system's CAs are enough. */
export function trustedFetch(trust: GatewayTrust): typeof fetch {
  if (!trust.caFile && !trust.insecure) return fetch;
  const ca = trust.caFile ? readFileSync(trust.caFile) : undefined;
  return (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(String(input));
    if (url.protocol !== 'https:') return fetch(input, init);
    return new Promise<Response>((done, fail) => {
      const req = httpsRequest(url, { method: init.method ?? 'GET', headers: init.headers as Record<string, string>, ...(ca ? { ca } : {}), rejectUnauthorized: !trust.insecure }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(new Response(Buffer.concat(chunks), { status: res.statusCode ?? 500, headers: res.headers as Record<string, string> })));
        res.on('error', (error) => fail(Object.assign(new TypeError('fetch failed'), { cause: error })));
      });
      req.on('error', (error) => fail(Object.assign(new TypeError('fetch failed'), { cause: error })));
      init.signal?.addEventListener('abort', () => req.destroy(Object.assign(new Error('aborted'), { code: 'ABORT_ERR' })), { once: true });
      req.end(init.body === undefined || init.body === null ? undefined : String(init.body));
    });
  }) as typeof fetch;
}

const CERTIFICATE_ERRORS = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ALTNAME|ERR_TLS|ERR_SSL/;

/** Whether a connection failed because the gateway's certificate did not verify (not because it is down). */
export function isCertificateError(code: string): boolean {
  return CERTIFICATE_ERRORS.test(code);
}

export function certificateError(url: string, code: string): GatewayError {
  return new GatewayError(
    `the gateway's TLS certificate at ${url} could not be verified (${code}); nothing was sent. If it is signed by a private CA, give that CA's PEM: input gateway-ca (the action) or --ca-file (the CLI), or NODE_EXTRA_CA_CERTS. If the name does not match, use the URL the certificate was issued for.`,
    'certificate',
  );
}

/**
 * libpq's `sslmode` and root certificate for the wire endpoint: `verify-full` against the CA given, else the
 * system's bundle; `require` (encrypted, unverified) only with the explicit opt-out.
 */
export function wireTls(trust: GatewayTrust): { sslmode: string; rootCert?: string } {
  if (trust.insecure) return { sslmode: 'require' };
  const rootCert = trust.caFile ?? SYSTEM_BUNDLES.find((path) => existsSync(path));
  if (!rootCert) throw new InputError("no CA bundle to verify the gateway's wire endpoint with: give the CA's PEM (input gateway-ca, or --ca-file)");
  return { sslmode: 'verify-full', rootCert };
}

export const INSECURE_WARNING = "TLS verification of the gateway is OFF (insecure-skip-tls-verify): the session token goes to whoever answers at the gateway's address. Use it only in a lab; give gateway-ca instead.";
