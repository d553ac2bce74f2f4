/** A self-signed certificate for 127.0.0.1 made with openssl, as an operator would for a test. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './run.js';

export function selfSignedCertificate(): { cert: string; key: string; pem: Buffer } {
  const dir = tempDir('mg-tls-');
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
  return { cert, key, pem: readFileSync(cert) };
}

/**
 * A private CA and a server certificate it signed for `altNames` (e.g. `IP:127.0.0.1`), as an organisation's
 * internal CA issues them: the CA's PEM is what clients are given.
 */
export function privateCertificateAuthority(altNames = 'IP:127.0.0.1'): { ca: string; cert: string; key: string } {
  const dir = tempDir('mg-ca-');
  const at = (name: string) => join(dir, name);
  const run = (args: string[]) => {
    const made = spawnSync('openssl', args, { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`openssl ${args[0]} failed: ${made.stderr}`);
  };
  run(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', at('ca.key'), '-out', at('ca.pem'), '-days', '1', '-subj', '/CN=migration-guard test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign']);
  run(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', at('key.pem'), '-out', at('server.csr'), '-subj', '/CN=gateway']);
  writeFileSync(at('ext.cnf'), `subjectAltName=${altNames}\nbasicConstraints=CA:FALSE\n`);
  run(['x509', '-req', '-in', at('server.csr'), '-CA', at('ca.pem'), '-CAkey', at('ca.key'), '-CAcreateserial', '-out', at('cert.pem'), '-days', '1', '-extfile', at('ext.cnf')]);
  return { ca: at('ca.pem'), cert: at('cert.pem'), key: at('key.pem') };
}
