/**
 * For the demo only: a local stand-in for GitHub's OIDC issuer and the runner's token endpoint
 * (ACTIONS_ID_TOKEN_REQUEST_URL), so the real `core.getIDToken` code path runs on one machine.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

export class DemoIssuer {
  /** Claims of the next tokens, as GitHub would set them for the job (repository, ref, environment, …). */
  claims: Record<string, string> = {};
  readonly requestToken = randomBytes(24).toString('base64url');
  private server?: Server;
  private key!: CryptoKey;
  private jwk!: JWK;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** What the runner puts in the job's environment so `core.getIDToken()` asks this issuer. */
  runnerEnv(): Record<string, string> {
    return { ACTIONS_ID_TOKEN_REQUEST_URL: `${this.url}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.requestToken };
  }

  async start(): Promise<this> {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    this.key = privateKey;
    this.jwk = { ...(await exportJWK(publicKey)), kid: 'demo', alg: 'RS256', use: 'sig' };
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', this.url);
      if (url.pathname === '/.well-known/jwks') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [this.jwk] }));
      if (url.pathname === '/token' && req.headers.authorization === `Bearer ${this.requestToken}`) {
        void this.sign(url.searchParams.get('audience') ?? this.url).then((value) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value })));
        return;
      }
      res.writeHead(404).end('{}');
    });
    await new Promise<void>((ready) => this.server!.listen(0, '127.0.0.1', ready));
    return this;
  }

  sign(audience: string): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ ...this.claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'demo', typ: 'JWT' })
      .setIssuer(this.url)
      .setAudience(audience)
      .setSubject(`repo:${this.claims.repository}:environment:${this.claims.environment ?? 'none'}`)
      .setIssuedAt(now)
      .setNotBefore(now - 5)
      .setExpirationTime(now + 300)
      .setJti(randomUUID())
      .sign(this.key);
  }

  stop(): Promise<void> {
    return new Promise((done) => (this.server ? this.server.close(() => done()) : done()));
  }
}
