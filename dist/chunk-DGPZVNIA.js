import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  AuditLog,
  addSigningKey,
  ledgerExists,
  loadAuditSigner,
  loadGatewayConfig,
  loadKeyEncryption,
  newEncryptionSecret,
  openAuditKeys,
  openConfiguredStore,
  openDatabase,
  publicKeysFromPem,
  publicKeysPem,
  readLedger,
  resealAuditKeys,
  resealSigningKeys,
  startGateway,
  storeOutlivesProcess,
  trustedAuditKeys
} from "./chunk-UTGR6DGG.js";
import {
  runScan
} from "./chunk-F72355UY.js";
import {
  ConfigError,
  EXIT,
  InputError,
  fileDigest,
  sha256Hex
} from "./chunk-QSGYCVYZ.js";

// src/cli/gateway-commands.ts
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { readFileSync as readFileSync2 } from "node:fs";

// src/cli/gateway-health.ts
import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { connect as tcpConnect } from "node:net";
import { connect as tlsConnect } from "node:tls";
var TIMEOUT_MS = 5e3;
function probeHost(host) {
  if (host === "0.0.0.0" || host === "") return "127.0.0.1";
  if (host === "::") return "::1";
  return host;
}
function certificateDer(path) {
  return new X509Certificate(readFileSync(path)).raw;
}
async function probeGateway(config2, port = config2.port) {
  const probes = [await probeHttp(config2, port)];
  for (const connection of config2.connections) {
    if (connection.wire && connection.wire.port !== 0) probes.push(await probeWire(connection.name, probeHost(connection.wire.host), connection.wire.port, connection.wire.tls?.cert));
  }
  return probes;
}
function probeHttp(config2, port) {
  const host = probeHost(config2.host);
  const url = `${config2.tls ? "https" : "http"}://${host.includes(":") ? `[${host}]` : host}:${port}/healthz`;
  const pinned = config2.tls ? certificateDer(config2.tls.cert) : void 0;
  return new Promise((done) => {
    const finish = (ok, detail) => done({ what: `http ${url}`, ok, detail });
    const req = (config2.tls ? httpsRequest : httpRequest)(url, { method: "GET", timeout: TIMEOUT_MS, ...config2.tls ? { rejectUnauthorized: false } : {} }, (res) => {
      const presented = res.socket.getPeerCertificate?.()?.raw;
      res.resume();
      if (pinned && !(presented && pinned.equals(presented))) return finish(false, "the certificate presented is not the configured listen.tls.cert");
      finish(res.statusCode === 200, `HTTP ${res.statusCode}`);
    });
    req.on("timeout", () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1e3}s`)));
    req.on("error", (error) => finish(false, error.code ?? error.message));
    req.end();
  });
}
function probeWire(name, host, port, certPath) {
  const what = `wire ${name} ${host.includes(":") ? `[${host}]` : host}:${port}`;
  return new Promise((done) => {
    let settled = false;
    const socket = tcpConnect({ host, port });
    const finish = (ok, detail) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      done({ what, ok, detail });
    };
    socket.setTimeout(TIMEOUT_MS, () => finish(false, `no answer within ${TIMEOUT_MS / 1e3}s`));
    socket.on("error", (error) => finish(false, error.code ?? error.message));
    socket.on("connect", () => {
      const request = Buffer.alloc(8);
      request.writeInt32BE(8, 0);
      request.writeInt32BE(80877103, 4);
      socket.write(request);
    });
    socket.once("data", (answer) => {
      const code = String.fromCharCode(answer[0] ?? 0);
      if (!certPath) return finish(code === "N", code === "N" ? "answers (no TLS, loopback)" : `unexpected answer ${JSON.stringify(code)}`);
      if (code !== "S") return finish(false, "TLS is configured but the endpoint does not offer it");
      socket.removeAllListeners("data");
      const secure = tlsConnect({ socket, rejectUnauthorized: false }, () => {
        const presented = secure.getPeerCertificate()?.raw;
        const ok = !!presented && certificateDer(certPath).equals(presented);
        secure.destroy();
        finish(ok, ok ? "answers with TLS and the configured certificate" : "the certificate presented is not the configured wire.tls.cert");
      });
      secure.on("error", (error) => finish(false, error.code ?? error.message));
    });
  });
}

// src/cli/gateway-commands.ts
async function config(path) {
  if (!path) throw new InputError("--config FILE is required (the gateway configuration)");
  try {
    return await loadGatewayConfig(path);
  } catch (error) {
    if (error instanceof ConfigError) throw new InputError(`invalid gateway config: ${error.message}`);
    if (error.code === "ENOENT") throw new InputError(`${path}: no such file`);
    throw error;
  }
}
function kidAsPositional(args, options) {
  const at = args.indexOf("retire-key");
  if (at < 0) return args;
  for (let i = at + 1; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") return args;
    const option = /^--([^=]+)(=.*)?$/.exec(arg);
    if (option && options[option[1]]) {
      if (options[option[1]].type === "string" && option[2] === void 0) i++;
      continue;
    }
    if (!arg.startsWith("-")) return args;
    return [...args.slice(0, i), ...args.slice(i + 1), "--", arg];
  }
  return args;
}
async function gatewayCommand(args, io) {
  if (args[0] === "test-issuer") return (await import("./operator-commands-5DLMMSTA.js")).testIssuer(args.slice(1), io);
  const options = { config: { type: "string" }, port: { type: "string" }, "new-key-file": { type: "string" }, "log-format": { type: "string" }, debug: { type: "boolean" } };
  const { values, positionals } = parseArgs({ args: kidAsPositional(args, options), allowPositionals: true, options });
  if (positionals[0] === "new-encryption-key") {
    io.stdout(`${newEncryptionSecret()}
`);
    return 0;
  }
  if (positionals[0] === "reviewer-token") {
    const token = `mgr_${randomBytes(32).toString("base64url")}`;
    io.stdout(`reviewer token (give it to the reviewer; it is shown once):
  ${token}
for the gateway config:
  token-sha256: ${sha256Hex(token)}
`);
    return 0;
  }
  const cfg = await config(values.config);
  if (positionals[0] === "health") {
    const probes = await probeGateway(cfg, values.port === void 0 ? void 0 : Number(values.port));
    for (const probe of probes) io.stdout(`${probe.ok ? "ok" : "FAILED"}: ${probe.what}: ${probe.detail}
`);
    return probes.every((p) => p.ok) ? 0 : EXIT.findings;
  }
  if (positionals[0] === "rotate-encryption-key") return rotateEncryptionKey(cfg, values["new-key-file"], io);
  if (positionals[0] === "retire-key") return (await import("./operator-commands-5DLMMSTA.js")).retireKey(cfg, positionals[1], io);
  if (positionals[0] === "rotate-key") {
    const kek = loadKeyEncryption(cfg.keys, storeOutlivesProcess(cfg.store));
    const store = await openConfiguredStore(cfg.store);
    try {
      const kid = await addSigningKey(store, kek);
      io.stdout(`new session-signing key ${kid} stored; every replica signs with it within ${cfg.keyReload}s (sessions.key-reload), and keeps accepting sessions the older keys signed until they are retired (gateway retire-key)
`);
    } finally {
      await store.close();
    }
    return 0;
  }
  const port = values.port === void 0 ? void 0 : Number(values.port);
  if (port !== void 0 && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new InputError(`--port ${values.port}: expected a port number`);
  const format = values["log-format"];
  if (format !== void 0 && format !== "json" && format !== "text") throw new InputError(`--log-format ${format}: expected json or text`);
  const record = (entry) => io.stderr(`${format === "text" ? textLine(entry) : JSON.stringify(entry)}
`);
  const startup = (msg, extra = {}) => io.stdout(`${format === "json" ? JSON.stringify({ time: (/* @__PURE__ */ new Date()).toISOString(), level: "info", msg: msg.trim(), ...extra }) : msg}
`);
  let running;
  try {
    running = await startGateway(cfg, { port, log: record });
  } catch (error) {
    throw new InputError(`the gateway could not start: ${error.message}`);
  }
  for (const c of cfg.connections) {
    startup(`  connection ${c.name}: ${c.driver}${c.driver === "pglite" ? ` (${c.dataDir ?? "in memory"})` : ` (URL from ${c.urlEnv ? `$${c.urlEnv}` : c.urlFile})`}, approval environment ${c.approvalEnvironment}${c.requireReview ? ", gateway-side review" : ""}`, { connection: c.name, driver: c.driver });
  }
  startup(`  store: ${cfg.store.driver}${cfg.store.dataDir ? ` (${cfg.store.dataDir})` : cfg.store.driver === "pglite" ? " (in memory)" : ""}; sessions last ${cfg.sessionTtl}s`, { store: cfg.store.driver });
  for (const [name, wirePort] of Object.entries(running.wirePorts)) startup(`migration-guard wire endpoint for connection ${name} on port ${wirePort}`, { connection: name, port: wirePort });
  startup(`migration-guard gateway listening on ${running.url}`, { url: running.url });
  const signal = await new Promise((stop) => {
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
  const log = (msg, extra = {}) => record({ time: (/* @__PURE__ */ new Date()).toISOString(), level: "info", msg, ...extra });
  log("shutting down: no new plans; running plans may finish", { signal, grace_seconds: cfg.shutdownGrace, running: running.gateway.running.size });
  const { interrupted } = await running.close();
  log("stopped", interrupted.length ? { interrupted_sessions: interrupted } : {});
  return 0;
}
function textLine(entry) {
  const { time, level, msg, ...rest } = entry;
  const fields = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === "string" && /^[\w./:@-]+$/.test(v) ? v : JSON.stringify(v)}`);
  return [time, String(level ?? "info").toUpperCase(), msg, ...fields].join(" ");
}
async function rotateEncryptionKey(cfg, newKeyFile, io) {
  if (!newKeyFile) throw new InputError("usage: migration-guard gateway rotate-encryption-key --config gateway.yml --new-key-file FILE (make FILE with `gateway new-encryption-key`)");
  const from = loadKeyEncryption(cfg.keys, true);
  const to = loadKeyEncryption({ file: newKeyFile }, true);
  const store = await openConfiguredStore(cfg.store);
  try {
    const [sessionKeys, auditKeys] = await store.transaction(async (tx) => [await resealSigningKeys(tx, from, to), await resealAuditKeys(tx, from, to)]);
    io.stdout(`re-sealed ${sessionKeys} session-signing and ${auditKeys} audit key(s) with key-encryption key ${to.id} (was ${from.id}). Point keys.encryption-key-file at ${newKeyFile} on every replica and restart them; the old key opens nothing any more.
`);
    return 0;
  } finally {
    await store.close();
  }
}
async function auditCommand(args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      config: { type: "string" },
      format: { type: "string", default: "jsonl" },
      "public-key": { type: "string", multiple: true },
      witness: { type: "string", multiple: true },
      "witness-file": { type: "string" },
      "after-seq": { type: "string", default: "0" },
      follow: { type: "boolean", default: false },
      "through-seq": { type: "string" },
      debug: { type: "boolean" }
    }
  });
  const action = positionals[0];
  if (action !== "verify" && action !== "export" && action !== "key" && action !== "prune") {
    throw new InputError("usage: migration-guard audit verify|export|key|prune --config gateway.yml [--format jsonl] [--after-seq N] [--follow] [--through-seq N] [--public-key FILE ...] [--witness SEQ:HASH ...] [--witness-file FILE]");
  }
  const cfg = await config(values.config);
  const afterSeq = Number(values["after-seq"]);
  if (!Number.isSafeInteger(afterSeq) || afterSeq < 0) throw new InputError(`--after-seq ${values["after-seq"]}: expected a record's sequence number (0: from the start)`);
  const store = await openConfiguredStore(cfg.store);
  try {
    if (action === "prune") return await pruneAudit(cfg, store, values["through-seq"], io);
    const audit = new AuditLog(store);
    if (action === "export") {
      if (values.format !== "jsonl") throw new InputError(`--format ${values.format}: only jsonl is supported`);
      return await exportAudit(audit, afterSeq, values.follow === true, io);
    }
    if (action === "key") {
      const keys = await openAuditKeys(store, loadKeyEncryption(cfg.keys, storeOutlivesProcess(cfg.store)));
      io.stdout(`# the audit public keys of this gateway (give them to auditors: audit verify --public-key FILE)
${publicKeysPem(keys).map((k) => `# kid ${k.kid}
${k.pem}`).join("")}`);
      return 0;
    }
    const trusted = await trustedKeys(values["public-key"], cfg, store);
    const witnesses = [...values.witness ?? [], ...values["witness-file"] ? readText(values["witness-file"]).split(/\s+/).filter(Boolean) : []].map(parseWitness);
    const result = await audit.verify(trusted, witnesses);
    if (result.problems.length === 0) {
      const attested = result.attested ? `; records ${result.attested.from}\u2013${result.attested.through} were written before records were sealed and are attested as they were at the upgrade` : "";
      const pruned = result.prunedThrough ? `; records through ${result.prunedThrough} were pruned, verified from the checkpoint` : "";
      io.stdout(`audit trail intact: ${result.records} records, head ${result.head ?? "(empty)"}, sealed through record ${result.sealedThrough} by ${trusted.size} trusted audit key${trusted.size === 1 ? "" : "s"}${witnesses.length ? `, ${witnesses.length} witness${witnesses.length === 1 ? "" : "es"} found` : ""}${attested}${pruned}
`);
      return 0;
    }
    io.stdout(`audit trail TAMPERED (${result.records} records):
${result.problems.map((p) => `  - ${p}`).join("\n")}
`);
    return 1;
  } finally {
    await store.close();
  }
}
async function exportAudit(audit, afterSeq, follow, io) {
  let last = afterSeq;
  const drain = async () => {
    for (; ; ) {
      const batch = await audit.records(last, 1e3);
      for (const record of batch) io.stdout(`${JSON.stringify(record)}
`);
      if (batch.length) last = batch[batch.length - 1].seq;
      if (batch.length < 1e3) return;
    }
  };
  await drain();
  if (!follow) return 0;
  let stopped = false;
  const stop = () => void (stopped = true);
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  while (!stopped) {
    await new Promise((r) => setTimeout(r, AUDIT_FOLLOW_MS));
    await drain();
  }
  return 0;
}
var AUDIT_FOLLOW_MS = 500;
async function pruneAudit(cfg, store, through, io) {
  const seq = Number(through);
  if (through === void 0 || !Number.isSafeInteger(seq) || seq < 1) throw new InputError("usage: migration-guard audit prune --through-seq N --config gateway.yml (export the records first: audit export > archive.jsonl)");
  const audit = new AuditLog(store, void 0, await loadAuditSigner(store, loadKeyEncryption(cfg.keys, storeOutlivesProcess(cfg.store))));
  let pruned;
  try {
    pruned = await audit.prune(seq);
  } catch (error) {
    throw new InputError(error.message);
  }
  io.stdout(`pruned ${pruned.deleted} audit records through ${pruned.checkpoint.seq}; the chain is verified from checkpoint ${pruned.checkpoint.seq}:${pruned.checkpoint.hash}, which the sealed audit.pruned record names
`);
  return 0;
}
async function trustedKeys(files, cfg, store) {
  if (files?.length) {
    const keys = new Map(files.flatMap((file) => [...publicKeysFromPem(readText(file))]));
    if (!keys.size) throw new InputError(`--public-key: no PEM public key in ${files.join(", ")}`);
    return keys;
  }
  if (!cfg.keys && storeOutlivesProcess(cfg.store)) throw new InputError("audit verify needs the keys seals are checked with: --public-key FILE (from `audit key`, or /.well-known/migration-guard-audit-keys), or the gateway config with its key-encryption key");
  return trustedAuditKeys(store, loadKeyEncryption(cfg.keys, storeOutlivesProcess(cfg.store)));
}
function parseWitness(text) {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match) throw new InputError(`witness ${JSON.stringify(text.slice(0, 80))}: expected SEQ:HASH (an apply step's audit-head output)`);
  return { seq: Number(match[1]), hash: match[2] };
}
function readText(path) {
  try {
    return readFileSync2(path, "utf8");
  } catch (error) {
    throw new InputError(`${path}: cannot read (${error.code ?? "error"})`);
  }
}
async function reviewCommand(args, io) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { gateway: { type: "string" }, comment: { type: "string" }, debug: { type: "boolean" } } });
  const [decision, session] = positionals;
  if (!["approve", "reject", "show"].includes(decision ?? "") || !session) throw new InputError("usage: migration-guard review approve|reject|show <session-id> --gateway URL [--comment TEXT] (reviewer token in MIGRATION_GUARD_REVIEWER_TOKEN)");
  const gateway = values.gateway ?? process.env.MIGRATION_GUARD_GATEWAY_URL;
  if (!gateway) throw new InputError("--gateway URL is required (or MIGRATION_GUARD_GATEWAY_URL)");
  const token = process.env.MIGRATION_GUARD_REVIEWER_TOKEN;
  if (!token) throw new InputError("set MIGRATION_GUARD_REVIEWER_TOKEN to your reviewer token (it is never taken as an argument)");
  const base = gateway.replace(/\/+$/, "");
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const response = decision === "show" ? await fetch(`${base}/v1/sessions/${encodeURIComponent(session)}`, { headers }) : await fetch(`${base}/v1/sessions/${encodeURIComponent(session)}/review`, { method: "POST", headers, body: JSON.stringify({ decision, comment: values.comment }) });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    io.stderr(`migration-guard: the gateway refused: ${String(body.error_description ?? body.message ?? response.status)}
`);
    return 1;
  }
  if (decision === "show") {
    io.stdout(`session ${session}: ${body.status} (verdict ${body.verdict}, plan ${body.plan_digest})
identity: ${JSON.stringify(body.identity)}
`);
    for (const s of body.statements ?? []) io.stdout(`
-- ${s.path}
${s.sql};
`);
  } else io.stdout(`session ${session}: ${body.status} by ${body.reviewer}
`);
  return 0;
}
var LEDGER_USAGE = "usage: migration-guard ledger list|verify --config gateway.yml --connection NAME [--format text|json] [MIGRATIONS ...]";
async function ledgerCommand(args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { config: { type: "string" }, connection: { type: "string" }, format: { type: "string", default: "text" }, debug: { type: "boolean" } }
  });
  const [action, ...patterns] = positionals;
  if (action !== "list" && action !== "verify") throw new InputError(LEDGER_USAGE);
  if (values.format !== "text" && values.format !== "json") throw new InputError(`--format ${values.format}: expected text or json`);
  const cfg = await config(values.config);
  const connection = values.connection ? cfg.connections.find((c) => c.name === values.connection) : cfg.connections.length === 1 ? cfg.connections[0] : void 0;
  if (!connection) throw new InputError(`--connection NAME is required: one of ${cfg.connections.map((c) => c.name).join(", ")}`);
  if (connection.driver === "pglite" && !connection.dataDir) throw new InputError(`connection ${connection.name} is an in-memory PGlite database: its ledger lives only inside the running gateway`);
  const database = await openDatabase(connection);
  let ledger;
  try {
    const session = await database.session();
    try {
      ledger = await ledgerExists(session) ? await readLedger(session) : /* @__PURE__ */ new Map();
    } finally {
      await session.release();
    }
  } finally {
    await database.close();
  }
  if (action === "list") {
    const entries = [...ledger.values()];
    if (values.format === "json") io.stdout(`${JSON.stringify(entries, null, 2)}
`);
    else if (entries.length === 0) io.stdout(`connection ${connection.name}: nothing applied through the gateway yet
`);
    else {
      io.stdout(`connection ${connection.name}: ${entries.length} file${entries.length === 1 ? "" : "s"} applied
`);
      for (const e of entries) {
        const partial = e.applied < e.statements ? ` PARTIAL (${e.applied} of ${e.statements} statements)` : "";
        const unknown = e.pending === void 0 ? "" : ` UNKNOWN OUTCOME of statement ${e.pending} (the run was cut off while it ran; the next run stops here until it is settled)`;
        io.stdout(`  ${e.path}  ${e.appliedAt}  session ${e.session}  ${e.identity.repository ?? "?"} run ${e.identity.run_id ?? "?"} (${e.identity.actor ?? "?"})${partial}${unknown}
`);
      }
    }
    return 0;
  }
  const report = await runScan({ cwd: io.cwd, patterns, dialect: connection.dialect, rehearse: "off" });
  const rows = report.files.filter((f) => f.statements.length > 0).map((f) => {
    const entry = ledger.get(f.path);
    const digest = fileDigest(f.statements.map((s) => s.digest));
    const state = !entry ? "pending" : entry.fileDigest !== digest ? "changed" : entry.applied < entry.statements ? "partial" : "applied";
    return { path: f.path, state, ...entry ? { appliedAt: entry.appliedAt, session: entry.session } : {} };
  });
  const changed = rows.filter((r) => r.state === "changed");
  if (values.format === "json") io.stdout(`${JSON.stringify({ connection: connection.name, files: rows }, null, 2)}
`);
  else {
    for (const r of rows) io.stdout(`  ${r.state.padEnd(8)} ${r.path}${r.appliedAt ? `  (applied ${r.appliedAt}, session ${r.session})` : ""}
`);
    io.stdout(
      changed.length ? `${changed.length} applied file${changed.length === 1 ? " has" : "s have"} changed since: restore ${changed.length === 1 ? "it" : "them"} and add the change as a new migration.
` : `ledger of ${connection.name} agrees with these migrations (${rows.filter((r) => r.state === "pending").length} pending).
`
    );
  }
  return changed.length ? EXIT.findings : EXIT.ok;
}

export {
  config,
  gatewayCommand,
  auditCommand,
  reviewCommand,
  ledgerCommand
};
