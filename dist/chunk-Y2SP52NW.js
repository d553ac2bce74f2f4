import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  SignJWT,
  exportJWK,
  generateKeyPair
} from "./chunk-555PLDPS.js";

// src/demo/local-issuer.ts
import { randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";
var LocalOidcIssuer = class {
  /** Claims the token endpoint puts in the tokens it issues (repository, ref, environment, …). */
  claims = {};
  /** The request token the runner would give the job (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  requestToken = randomBytes(24).toString("base64url");
  kid = "local-key-1";
  privateKey;
  publicJwk;
  server;
  get url() {
    return `http://127.0.0.1:${this.server.address().port}`;
  }
  /** What the runner puts in the job's environment so `core.getIDToken()` asks this issuer. */
  runnerEnv() {
    return { ACTIONS_ID_TOKEN_REQUEST_URL: `${this.url}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.requestToken };
  }
  /** `port`: where to listen on loopback (default: any free port). */
  async start(port = 0) {
    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
    this.privateKey = privateKey;
    this.publicJwk = { ...await exportJWK(publicKey), kid: this.kid, alg: "RS256", use: "sig" };
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? "/", this.url);
      if (url.pathname === "/.well-known/jwks") return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [this.publicJwk] }));
      if (url.pathname === "/.well-known/openid-configuration") {
        return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ issuer: this.url, jwks_uri: `${this.url}/.well-known/jwks` }));
      }
      if (url.pathname === "/token") {
        if (req.headers.authorization !== `Bearer ${this.requestToken}`) return void res.writeHead(401, { "content-type": "application/json" }).end('{"message":"bad request token"}');
        void this.sign({ ...this.claims, aud: url.searchParams.get("audience") ?? this.url }).then((value) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ count: 1, value })));
        return;
      }
      res.writeHead(404, { "content-type": "application/json" }).end("{}");
    });
    await new Promise((ready, fail) => {
      this.server.once("error", fail);
      this.server.listen(port, "127.0.0.1", ready);
    });
    return this;
  }
  stop() {
    return new Promise((done) => this.server ? this.server.close(() => done()) : done());
  }
  /** Signs an ID token like GitHub's: RS256 with a kid, iss, aud, sub, iat, nbf, exp, jti. */
  sign(claims, options = {}) {
    const now = options.issuedAt ?? Math.floor(Date.now() / 1e3);
    return new SignJWT({ ...claims }).setProtectedHeader({ alg: "RS256", kid: options.kid ?? this.kid, typ: "JWT" }).setIssuer(String(claims.iss ?? this.url)).setSubject(String(claims.sub ?? `repo:${String(claims.repository ?? "unknown")}:environment:${String(claims.environment ?? "none")}`)).setIssuedAt(now).setNotBefore(now - 5).setExpirationTime(now + (options.expiresIn ?? 300)).setJti(String(claims.jti ?? randomUUID())).sign(options.key ?? this.privateKey);
  }
};

export {
  LocalOidcIssuer
};
