/**
 * A local stand-in for GitHub's OIDC issuer (a JWKS at /.well-known/jwks, RS256 ID tokens) and for the
 * runner's token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL), so the real `core.getIDToken` code path runs
 * on one machine. Used by the demo and by the tests.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

export interface SignOptions {
  key?: CryptoKey;
  kid?: string;
  /** Seconds from `issuedAt` to `exp` (default 300, like GitHub's tokens). */
  expiresIn?: number;
  /** `iat` in seconds since the epoch (default now). */
  issuedAt?: number;
}

export class LocalOidcIssuer {
  /** Claims the token endpoint puts in the tokens it issues (repository, ref, environment, …). */
  claims: Record<string, unknown> = {};
  /** The request token the runner would give the job (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  readonly requestToken = randomBytes(24).toString('base64url');
  readonly kid = 'local-key-1';
  privateKey!: CryptoKey;
  publicJwk!: JWK;
  private server?: Server;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** What the runner puts in the job's environment so `core.getIDToken()` asks this issuer. */
  runnerEnv(): Record<string, string> {
    return { ACTIONS_ID_TOKEN_REQUEST_URL: `${this.url}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.requestToken };
  }

  /** `port`: where to listen on loopback (default: any free port). */
  async start(port = 0): Promise<this> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    this.privateKey = privateKey;
    this.publicJwk = { ...(await exportJWK(publicKey)), kid: this.kid, alg: 'RS256', use: 'sig' };
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', this.url);
      if (url.pathname === '/.well-known/jwks') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [this.publicJwk] }));
      if (url.pathname === '/.well-known/openid-configuration') {
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ issuer: this.url, jwks_uri: `${this.url}/.well-known/jwks` }));
      }
      if (url.pathname === '/token') {
        // The runner's endpoint: Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>, ?audience=… → {"value": "<jwt>"}
        if (req.headers.authorization !== `Bearer ${this.requestToken}`) return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"bad request token"}');
        void this.sign({ ...this.claims, aud: url.searchParams.get('audience') ?? this.url }).then((value) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: 1, value })));
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((ready, fail) => {
      this.server!.once('error', fail);
      this.server!.listen(port, '127.0.0.1', ready);
    });
    return this;
  }

  stop(): Promise<void> {
    return new Promise((done) => (this.server ? this.server.close(() => done()) : done()));
  }

  /** Signs an ID token like GitHub's: RS256 with a kid, iss, aud, sub, iat, nbf, exp, jti. */
  sign(claims: Record<string, unknown>, options: SignOptions = {}): Promise<string> {
    const now = options.issuedAt ?? Math.floor(Date.now() / 1000);
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? this.kid, typ: 'JWT' })
      .setIssuer(String(claims.iss ?? this.url))
      .setSubject(String(claims.sub ?? `repo:${String(claims.repository ?? 'unknown')}:environment:${String(claims.environment ?? 'none')}`))
      .setIssuedAt(now)
      .setNotBefore(now - 5)
      .setExpirationTime(now + (options.expiresIn ?? 300))
      .setJti(String(claims.jti ?? randomUUID()))
      .sign(options.key ?? this.privateKey);
  }
}
