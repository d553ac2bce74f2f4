// What the gateway benches share: a local OIDC issuer in GitHub's format, and the built gateway as a process with
// a postgres store and one connection `app`. MG_PROFILE=DIR writes a CPU profile of the gateway there.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/** A JWKS endpoint and `idToken()`: a fresh token (new jti) with these claims for audience `bench`. */
export async function startIssuer(claims) {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const server = createServer((req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${server.address().port}`;
  const idToken = () => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(url).setAudience('bench').setSubject('repo:acme/shop:ref:refs/heads/main')
      .setIssuedAt(now).setExpirationTime(now + 300).setJti(randomUUID()).sign(privateKey);
  };
  return { url, idToken, close: () => server.close() };
}

/** Whether the build of `cli` keeps its keys sealed with a key-encryption key (its config knows `keys`). */
function sealsKeys(cli) {
  const dist = dirname(cli);
  return readdirSync(dist).some((file) => file.endsWith('.js') && readFileSync(join(dist, file), 'utf8').includes('encryption-key-file'));
}

/**
 * The gateway of `cli` with connection `app` (APP_URL, `driver`) and a postgres store (STORE_URL; `store: null` for
 * the embedded one); `top` adds lines to the
 * config's top level, `connection` to the connection's entry. Resolves with its URL, its work directory and the
 * child process.
 */
export async function startGateway({ cli, issuer, env, top = [], connection = [], prefix, driver = 'postgres', store = 'store: { driver: postgres, url-env: STORE_URL }' }) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, 'encryption.key'), randomBytes(32).toString('base64'));
  writeFileSync(join(dir, 'gateway.yml'), [
    'version: 1',
    'issuers:',
    `  - issuer: ${issuer}`,
    `    jwks-url: ${issuer}/jwks`,
    '    audience: bench',
    ...(store ? [store] : []),
    // A build before key-encryption keys refuses the `keys` section it does not know (--against an older build).
    ...(sealsKeys(cli) ? [`keys: { encryption-key-file: ${join(dir, 'encryption.key')} }`] : []),
    ...top,
    'connections:',
    '  - name: app',
    `    driver: ${driver}`,
    '    url-env: APP_URL',
    '    access: { repository: [acme/shop] }',
    ...connection.map((line) => `    ${line}`),
  ].join('\n'));
  const profile = process.env.MG_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.MG_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, cli, 'gateway', '--config', join(dir, 'gateway.yml'), '--port', '0'], { env: { PATH: process.env.PATH, ...env } });
  child.once('exit', () => rmSync(dir, { recursive: true, force: true })); // its config, nothing else
  const url = await new Promise((done, fail) => {
    let out = '';
    child.stderr.on('data', (c) => { if (process.env.MG_PROFILE) process.stderr.write(c); });
    child.stdout.on('data', (c) => {
      out += c;
      const m = /listening on (\S+)/.exec(out);
      if (m) done(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`gateway exited ${code}`)));
  });
  return { url, dir, child };
}
