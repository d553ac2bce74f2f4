import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  GatewayError,
  InputError
} from "./chunk-QSGYCVYZ.js";

// src/gateway/client/trust.ts
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { request as httpsRequest } from "node:https";
import { join } from "node:path";
var SYSTEM_BUNDLES = ["/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/cert.pem", "/opt/homebrew/etc/ca-certificates/cert.pem"];
function gatewayTrust(ca, insecure, tempDir) {
  if (!ca) return { insecure };
  let file = ca;
  if (ca.trimStart().startsWith("-----BEGIN")) {
    file = join(tempDir, "migration-guard-gateway-ca.pem");
    writeFileSync(file, ca.endsWith("\n") ? ca : `${ca}
`);
  }
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(`the gateway CA file ${file} cannot be read (${error.code ?? "error"}): give the path of a PEM file, or the PEM text itself`);
  }
  if (!text.includes("-----BEGIN CERTIFICATE-----")) throw new InputError(`the gateway CA file ${file} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
  return { caFile: file, insecure };
}
function trustedFetch(trust) {
  if (!trust.caFile && !trust.insecure) return fetch;
  const ca = trust.caFile ? readFileSync(trust.caFile) : void 0;
  return (async (input, init = {}) => {
    const url = new URL(String(input));
    if (url.protocol !== "https:") return fetch(input, init);
    return new Promise((done, fail) => {
      const req = httpsRequest(url, { method: init.method ?? "GET", headers: init.headers, ...ca ? { ca } : {}, rejectUnauthorized: !trust.insecure }, (res) => {
        const chunks = [];
        res.on("data", (chunk) => chunks.push(chunk));
        res.on("end", () => done(new Response(Buffer.concat(chunks), { status: res.statusCode ?? 500, headers: res.headers })));
        res.on("error", (error) => fail(Object.assign(new TypeError("fetch failed"), { cause: error })));
      });
      req.on("error", (error) => fail(Object.assign(new TypeError("fetch failed"), { cause: error })));
      init.signal?.addEventListener("abort", () => req.destroy(Object.assign(new Error("aborted"), { code: "ABORT_ERR" })), { once: true });
      req.end(init.body === void 0 || init.body === null ? void 0 : String(init.body));
    });
  });
}
var CERTIFICATE_ERRORS = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ALTNAME|ERR_TLS|ERR_SSL/;
function isCertificateError(code) {
  return CERTIFICATE_ERRORS.test(code);
}
function certificateError(url, code) {
  return new GatewayError(
    `the gateway's TLS certificate at ${url} could not be verified (${code}); nothing was sent. If it is signed by a private CA, give that CA's PEM: input gateway-ca (the action) or --ca-file (the CLI), or NODE_EXTRA_CA_CERTS. If the name does not match, use the URL the certificate was issued for.`,
    "certificate"
  );
}
function wireTls(trust) {
  if (trust.insecure) return { sslmode: "require" };
  const rootCert = trust.caFile ?? SYSTEM_BUNDLES.find((path) => existsSync(path));
  if (!rootCert) throw new InputError("no CA bundle to verify the gateway's wire endpoint with: give the CA's PEM (input gateway-ca, or --ca-file)");
  return { sslmode: "verify-full", rootCert };
}
var INSECURE_WARNING = "TLS verification of the gateway is OFF (insecure-skip-tls-verify): the session token goes to whoever answers at the gateway's address. Use it only in a lab; give gateway-ca instead.";

// src/gateway/client/reference.ts
var TRANSIENT_STATUS = /* @__PURE__ */ new Set([502, 503, 504]);
var ReferenceGatewayClient = class {
  base;
  attempts;
  backoffMs;
  fetch;
  log;
  sleep;
  constructor(options) {
    this.base = options.url.replace(/\/+$/, "");
    this.attempts = options.attempts ?? 4;
    this.backoffMs = options.backoffMs ?? 500;
    this.fetch = options.fetch ?? trustedFetch(options.trust ?? { insecure: false });
    this.log = options.log ?? (() => void 0);
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }
  reviewHint(sessionId) {
    return `migration-guard review show ${sessionId} --gateway ${this.base}  (then: review approve|reject ${sessionId})`;
  }
  /**
   * Sends a request, retrying only when it cannot have had an effect: the connection failed or a proxy
   * answered 502/503/504 for the token exchange. An exec is never retried once it may have reached the gateway.
   */
  async request(path, init, retrySafe) {
    let lastError = "";
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      let response;
      try {
        response = await this.fetch(`${this.base}${path}`, { ...init, signal: AbortSignal.timeout(15 * 6e4) });
      } catch (error) {
        lastError = networkErrorCode(error);
        if (isCertificateError(lastError)) throw certificateError(this.base, lastError);
        if (attempt === this.attempts) break;
        const wait = this.backoffMs * 2 ** (attempt - 1);
        this.log(`gateway ${this.base} unreachable (${lastError}); retrying in ${(wait / 1e3).toFixed(1)}s (attempt ${attempt + 1} of ${this.attempts})`);
        await this.sleep(wait);
        continue;
      }
      const body = await response.json().catch(() => ({}));
      if (TRANSIENT_STATUS.has(response.status) && retrySafe && attempt < this.attempts) {
        lastError = `HTTP ${response.status}`;
        const wait = this.backoffMs * 2 ** (attempt - 1);
        this.log(`gateway answered ${response.status}; retrying in ${(wait / 1e3).toFixed(1)}s`);
        await this.sleep(wait);
        continue;
      }
      return { status: response.status, body };
    }
    throw new GatewayError(`the gateway at ${this.base} is unreachable (${lastError}) after ${this.attempts} attempts; nothing was run. Check gateway-url and that the gateway is up, then re-run the job.`, "unreachable", true);
  }
  async exchange(request) {
    const { status, body } = await this.request(
      "/v1/token",
      {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "urn:ietf:params:oauth:grant-type:token-exchange",
          subject_token: request.idToken,
          subject_token_type: "urn:ietf:params:oauth:token-type:jwt",
          audience: request.connection,
          scope: request.scope ?? "exec",
          plan_digest: request.planDigest,
          verdict: request.verdict
        })
      },
      true
    );
    if (status !== 200 || typeof body.access_token !== "string") {
      throw new GatewayError(`the gateway refused the token exchange: ${String(body.error_description ?? `HTTP ${status}`)} (${String(body.error ?? status)})`, String(body.error ?? status));
    }
    return { accessToken: body.access_token, sessionId: String(body.session_id ?? ""), expiresIn: Number(body.expires_in ?? 0) };
  }
  async exec(session, connection, planDigest, statements, extras) {
    const { status, body } = await this.postPlan(session, connection, "exec", planDigest, statements, extras);
    return this.outcome(status, body, session);
  }
  async openWire(session, connection, planDigest, statements, extras) {
    const { status, body } = await this.postPlan(session, connection, "wire", planDigest, statements, extras);
    if (status === 404) throw new GatewayError(`the gateway has no wire endpoint for connection ${connection}: ${String(body.error_description ?? "")}. Enable \`wire:\` for it in the gateway config, or apply without run:.`, "not_found");
    return { ...this.outcome(status, body, session), ...body.wire ? { wire: body.wire } : {} };
  }
  async endWire(session, connection) {
    const { status, body } = await this.request(`/v1/connections/${encodeURIComponent(connection)}/wire/end`, { method: "POST", headers: { authorization: `Bearer ${session.accessToken}` } }, true);
    return { ...this.outcome(status, body, session), refused: body.refused ?? [], unrun: body.unrun ?? [] };
  }
  get host() {
    return new URL(this.base).hostname.replace(/^\[|\]$/g, "");
  }
  async status(session) {
    const { status, body } = await this.request(`/v1/sessions/${encodeURIComponent(session.sessionId)}`, { headers: { authorization: `Bearer ${session.accessToken}` } }, true);
    return this.outcome(status, body, session);
  }
  /** A plan sent to one of the connection's routes (`exec`, `wire`): not retried once it may have reached the gateway. */
  postPlan(session, connection, route, planDigest, statements, extras) {
    return this.request(
      `/v1/connections/${encodeURIComponent(connection)}/${route}`,
      {
        method: "POST",
        headers: { authorization: `Bearer ${session.accessToken}`, "content-type": "application/json" },
        // Approved effects only when there are any: a plan without them is the version-1 body, unchanged.
        body: JSON.stringify({ plan_digest: planDigest, statements, exemptions: extras.exemptions, ...extras.effects.length ? { effects: extras.effects } : {} })
      },
      false
    );
  }
  outcome(status, body, session) {
    if (status === 401) {
      const description = String(body.error_description ?? "the session token was refused");
      throw new GatewayError(/expired/.test(description) ? `the gateway session expired before the plan ran (${description}); nothing more will run under it. Re-run the apply job.` : `the gateway refused the session: ${description}`, "invalid_token");
    }
    if (typeof body.status !== "string") throw new GatewayError(`unexpected answer from the gateway (HTTP ${status}): ${String(body.error_description ?? body.message ?? "")}`, String(status));
    return {
      sessionId: String(body.session_id ?? session.sessionId),
      status: body.status,
      message: String(body.message ?? ""),
      results: body.results ?? [],
      identity: body.identity,
      auditSeq: typeof body.audit_seq === "number" ? body.audit_seq : void 0,
      auditHash: typeof body.audit_hash === "string" && /^[0-9a-f]{64}$/.test(body.audit_hash) ? body.audit_hash : void 0,
      findings: body.findings,
      ...isRunEffects(body.effects) ? { effects: body.effects } : {}
    };
  }
};
function networkErrorCode(error) {
  const cause = error.cause;
  return cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? error.message;
}
function isRunEffects(value) {
  const effects = value;
  return !!effects && Array.isArray(effects.approved) && Array.isArray(effects.measured) && effects.measured.every((t) => Array.isArray(t?.effects) && t.effects.every((e) => typeof e?.description === "string"));
}

export {
  gatewayTrust,
  wireTls,
  INSECURE_WARNING,
  ReferenceGatewayClient
};
