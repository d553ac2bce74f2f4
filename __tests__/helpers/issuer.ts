/**
 * A local OIDC issuer speaking GitHub Actions' formats: a JWKS at /.well-known/jwks, ID tokens
 * signed with jose, and the runner's token request endpoint (ACTIONS_ID_TOKEN_REQUEST_URL).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

export const GITHUB_CLAIMS = {
  sub: 'repo:acme/shop:environment:production',
  repository: 'acme/shop',
  repository_owner: 'acme',
  ref: 'refs/heads/main',
  sha: 'abc123',
  workflow: 'migrations',
  job_workflow_ref: 'acme/shop/.github/workflows/migrations.yml@refs/heads/main',
  run_id: '4242',
  run_attempt: '1',
  actor: 'octocat',
  event_name: 'push',
  environment: 'production',
};

export class LocalIssuer {
  privateKey!: CryptoKey;
  publicJwk!: JWK;
  kid = 'test-key-1';
  requests: string[] = [];
  /** The request token the runner would give the job (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  readonly requestToken = `runner-${randomUUID()}`;
  /** Claims the token endpoint puts in the next ID tokens it issues. */
  claims: Record<string, unknown> = { ...GITHUB_CLAIMS };
  private server?: Server;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    this.privateKey = privateKey;
    this.publicJwk = { ...(await exportJWK(publicKey)), kid: this.kid, alg: 'RS256', use: 'sig' };
    this.server = createServer((req, res) => {
      const url = new URL(req.url!, this.url);
      this.requests.push(`${req.method} ${url.pathname}`);
      if (url.pathname === '/.well-known/jwks') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [this.publicJwk] }));
      if (url.pathname === '/.well-known/openid-configuration') {
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ issuer: this.url, jwks_uri: `${this.url}/.well-known/jwks` }));
      }
      if (url.pathname === '/token') {
        // The runner's endpoint: Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>, ?audience=…
        if (req.headers.authorization !== `Bearer ${this.requestToken}`) return void res.writeHead(401).end('{"message":"bad request token"}');
        void this.sign({ ...this.claims, aud: url.searchParams.get('audience') ?? this.url }).then((value) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: 1, value })));
        return;
      }
      res.writeHead(404).end('{}');
    });
    await new Promise<void>((ready) => this.server!.listen(0, '127.0.0.1', ready));
    return this;
  }

  stop(): Promise<void> {
    return new Promise((done) => (this.server ? this.server.close(() => done()) : done()));
  }

  /** Signs an ID token like GitHub's: RS256, iss, aud, iat, nbf, exp, jti. */
  async sign(claims: Record<string, unknown>, options: { key?: CryptoKey; kid?: string; expiresIn?: number; issuedAt?: number } = {}): Promise<string> {
    const now = options.issuedAt ?? Math.floor(Date.now() / 1000);
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? this.kid, typ: 'JWT' })
      .setIssuer(String(claims.iss ?? this.url))
      .setIssuedAt(now)
      .setNotBefore(now - 5)
      .setExpirationTime(now + (options.expiresIn ?? 300))
      .setJti(String(claims.jti ?? randomUUID()))
      .sign(options.key ?? this.privateKey);
  }
}
