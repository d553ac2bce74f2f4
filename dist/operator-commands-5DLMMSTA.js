import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  config
} from "./chunk-DGPZVNIA.js";
import {
  AuditLog,
  SessionStore,
  loadAuditSigner,
  loadKeyEncryption,
  openConfiguredStore,
  retireSigningKey,
  storeOutlivesProcess
} from "./chunk-UTGR6DGG.js";
import "./chunk-555PLDPS.js";
import "./chunk-TQCHCEE6.js";
import "./chunk-F72355UY.js";
import {
  EXIT,
  InputError
} from "./chunk-QSGYCVYZ.js";
import "./chunk-JLUL2CWT.js";
import "./chunk-IL3JVSOA.js";
import "./chunk-YWAC6ZPY.js";
import "./chunk-SUX2IRZQ.js";
import "./chunk-SZ3752GF.js";
import "./chunk-2264ZY6O.js";
import "./chunk-C27VLMH4.js";
import "./chunk-3HL5GMKQ.js";
import "./chunk-3OVZUVT4.js";
import "./chunk-LF3FUY2S.js";

// src/cli/operator-commands.ts
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
var SESSION_USAGE = "usage: migration-guard session list --config gateway.yml [--connection NAME] [--all] [--limit N] [--format text|json]\n       migration-guard session revoke SESSION --config gateway.yml --reason TEXT";
async function sharedStore(cfg) {
  if (!storeOutlivesProcess(cfg.store)) throw new InputError("the gateway's store is in memory (store.driver pglite without data-dir): only that gateway process sees its sessions and keys; use a postgres store");
  return openConfiguredStore(cfg.store);
}
async function auditOf(cfg, store) {
  return new AuditLog(store, void 0, await loadAuditSigner(store, loadKeyEncryption(cfg.keys, true)));
}
var operator = () => {
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
};
async function sessionCommand(args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { config: { type: "string" }, connection: { type: "string" }, all: { type: "boolean", default: false }, limit: { type: "string", default: "50" }, format: { type: "string", default: "text" }, reason: { type: "string" }, debug: { type: "boolean" } }
  });
  const [action, id] = positionals;
  if (action !== "list" && action !== "revoke") throw new InputError(SESSION_USAGE);
  const cfg = await config(values.config);
  if (action === "revoke") {
    if (!id) throw new InputError(SESSION_USAGE);
    if (!values.reason?.trim()) throw new InputError("--reason TEXT is required: a revocation is recorded in the audit trail with why");
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1e4) throw new InputError(`--limit ${values.limit}: expected a whole number from 1 to 10000`);
  if (values.format !== "text" && values.format !== "json") throw new InputError(`--format ${values.format}: expected text or json`);
  const store = await sharedStore(cfg);
  try {
    const sessions = new SessionStore(store);
    if (action === "list") {
      const rows = await sessions.list({ ...values.connection ? { connection: values.connection } : {}, open: !values.all, limit });
      if (values.format === "json") {
        io.stdout(`${JSON.stringify(rows.map((r) => ({ id: r.id, connection: r.connection, status: r.status, scope: r.scope, verdict: r.verdict, plan_digest: r.plan_digest, identity: r.identity, created_at: new Date(r.created_at).toISOString(), expires_at: new Date(r.expires_at).toISOString() })), null, 2)}
`);
      } else if (!rows.length) io.stdout(values.all ? "no sessions\n" : "no open sessions (--all lists ended and expired ones too)\n");
      else {
        for (const r of rows) {
          const who = `${r.identity.repository ?? "?"} run ${r.identity.run_id ?? "?"} (${r.identity.actor ?? "?"}${r.identity.environment ? `, environment ${r.identity.environment}` : ""})`;
          io.stdout(`${r.id}  ${r.connection}  ${r.status.padEnd(14)} ${r.scope.padEnd(4)}  ${r.verdict.padEnd(8)}  expires ${new Date(r.expires_at).toISOString()}  ${who}
`);
        }
      }
      return EXIT.ok;
    }
    const audit = await auditOf(cfg, store);
    const revoked = await sessions.revoke(id, values.reason.trim());
    if (!revoked) {
      const row = await sessions.get(id);
      throw new InputError(row ? `session ${id} has already ended (${row.status}); nothing to revoke` : `no session ${id} in this store (session list shows them)`);
    }
    await audit.append("session.revoked", { session: revoked.id, connection: revoked.connection, previous_status: "open", reason: values.reason.trim(), operator: operator(), identity: revoked.identity });
    io.stdout(`session ${revoked.id} revoked: its token is refused from now on, and the replica running it ends its run or wire connections within seconds
`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
async function retireKey(cfg, kid, io) {
  if (!kid) throw new InputError("usage: migration-guard gateway retire-key KID --config gateway.yml (the kids are in /.well-known/jwks.json)");
  const store = await sharedStore(cfg);
  try {
    const kek = loadKeyEncryption(cfg.keys, true);
    let remaining;
    try {
      ({ remaining } = await retireSigningKey(store, kek, kid));
    } catch (error) {
      throw new InputError(error.message);
    }
    await (await auditOf(cfg, store)).append("key.retired", { kid, signing_now: remaining, operator: operator() });
    io.stdout(`key ${kid} retired: within ${cfg.keyReload}s (sessions.key-reload) every replica signs with ${remaining} and refuses sessions ${kid} signed
`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
async function testIssuer(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", default: "0" },
      audience: { type: "string" },
      repository: { type: "string", default: "acme/shop" },
      ref: { type: "string", default: "refs/heads/main" },
      environment: { type: "string" },
      claims: { type: "string" },
      debug: { type: "boolean" }
    }
  });
  if (!values.audience) throw new InputError("--audience AUD is required: the audience the gateway config names for this issuer (and the apply step asks for)");
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`--port ${values.port}: expected a port number`);
  let extra = {};
  if (values.claims) {
    try {
      extra = JSON.parse(values.claims);
    } catch {
      throw new InputError('--claims: expected a JSON object of claims, e.g. {"actor":"octocat"}');
    }
  }
  const [owner] = values.repository.split("/");
  const { LocalOidcIssuer } = await import("./local-issuer-7JSIAAGH.js");
  const issuer = new LocalOidcIssuer();
  issuer.claims = { repository: values.repository, repository_owner: owner, ref: values.ref, ...values.environment ? { environment: values.environment } : {}, actor: "test-issuer", run_id: "1", run_attempt: "1", workflow: "test-issuer", ...extra };
  await issuer.start(port);
  const token = await issuer.sign({ ...issuer.claims, aud: values.audience });
  const mint = `curl -s -H "Authorization: Bearer ${issuer.requestToken}" "${issuer.url}/token?audience=${encodeURIComponent(values.audience)}"`;
  io.stdout(
    [
      "FOR TESTING ONLY: this issuer signs whatever it is asked to. Never list it in a production gateway's issuers.",
      "",
      "# add to the gateway config (gateway.yml):",
      "issuers:",
      `  - issuer: ${issuer.url}`,
      `    jwks-url: ${issuer.url}/.well-known/jwks`,
      `    audience: ${values.audience}`,
      "",
      `# a token (valid 5 minutes; claims ${JSON.stringify(issuer.claims)}):`,
      token,
      "",
      "# more tokens, one per exchange (each is used once):",
      mint,
      `# e.g. MIGRATION_GUARD_ID_TOKEN=$(${mint} | node -pe 'JSON.parse(require("fs").readFileSync(0)).value') migration-guard run \u2026`,
      ""
    ].join("\n")
  );
  await new Promise((stop) => {
    process.once("SIGINT", () => stop());
    process.once("SIGTERM", () => stop());
  });
  await issuer.stop();
  return EXIT.ok;
}
export {
  retireKey,
  sessionCommand,
  testIssuer
};
