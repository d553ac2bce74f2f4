/** CLI adapters for the reference gateway: run it, verify and export its audit trail, review sessions. */
import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../sha256.js';
import { parseArgs } from 'node:util';
import { AuditLog } from '../gateway/server/audit.js';
import { addSigningKey, resealSigningKeys } from '../gateway/server/keys.js';
import { loadAuditSigner, openAuditKeys, publicKeysFromPem, publicKeysPem, resealAuditKeys, trustedAuditKeys } from '../gateway/server/audit-keys.js';
import { loadKeyEncryption, newEncryptionSecret } from '../gateway/server/key-encryption.js';
import { storeOutlivesProcess } from '../gateway/server/config.js';
import { readFileSync } from 'node:fs';
import { ledgerExists, readLedger, type LedgerEntry } from '../gateway/server/ledger.js';
import { loadGatewayConfig, openConfiguredStore, openDatabase, startGateway } from '../gateway/server/start.js';
import { ConfigError, EXIT, InputError } from '../errors.js';
import { fileDigest } from '../plan/plan.js';
import { runScan } from '../workspace/plan-run.js';
import type { CliIO } from './main.js';
import { probeGateway } from './gateway-health.js';

/** The gateway config a CLI command names with --config; its problems as input errors (exit 2). */
export async function config(path: string | undefined) {
  if (!path) throw new InputError('--config FILE is required (the gateway configuration)');
  try {
    return await loadGatewayConfig(path);
  } catch (error) {
    if (error instanceof ConfigError) throw new InputError(`invalid gateway config: ${error.message}`);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(`${path}: no such file`);
    throw error;
  }
}

/**
 * A kid is a base64url thumbprint and may begin with `-` (one in 64 does): after `retire-key`, the first word that is
 * neither an option nor an option's value is the kid, passed after `--` so that it is never read as an option.
 */
function kidAsPositional(args: string[], options: Record<string, { type: 'string' | 'boolean' }>): string[] {
  const at = args.indexOf('retire-key');
  if (at < 0) return args;
  for (let i = at + 1; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return args;
    const option = /^--([^=]+)(=.*)?$/.exec(arg);
    if (option && options[option[1]!]) {
      if (options[option[1]!]!.type === 'string' && option[2] === undefined) i++; // its value
      continue;
    }
    if (!arg.startsWith('-')) return args;
    return [...args.slice(0, i), ...args.slice(i + 1), '--', arg];
  }
  return args;
}

export async function gatewayCommand(args: string[], io: CliIO): Promise<number> {
  if (args[0] === 'test-issuer') return (await import('./operator-commands.js')).testIssuer(args.slice(1), io);
  const options = { config: { type: 'string' }, port: { type: 'string' }, 'new-key-file': { type: 'string' }, 'log-format': { type: 'string' }, debug: { type: 'boolean' } } as const;
  const { values, positionals } = parseArgs({ args: kidAsPositional(args, options), allowPositionals: true, options });
  if (positionals[0] === 'new-encryption-key') {
    io.stdout(`${newEncryptionSecret()}\n`);
    return 0;
  }
  if (positionals[0] === 'reviewer-token') {
    const token = `mgr_${randomBytes(32).toString('base64url')}`;
    io.stdout(`reviewer token (give it to the reviewer; it is shown once):\n  ${token}\nfor the gateway config:\n  token-sha256: ${sha256Hex(token)}\n`);
    return 0;
  }
  const cfg = await config(values.config);
  if (positionals[0] === 'health') {
    const probes = await probeGateway(cfg, values.port === undefined ? undefined : Number(values.port));
    for (const probe of probes) io.stdout(`${probe.ok ? 'ok' : 'FAILED'}: ${probe.what}: ${probe.detail}\n`);
    return probes.every((p) => p.ok) ? 0 : EXIT.findings;
  }
  if (positionals[0] === 'rotate-encryption-key') return rotateEncryptionKey(cfg, values['new-key-file'], io);
  if (positionals[0] === 'retire-key') return (await import('./operator-commands.js')).retireKey(cfg, positionals[1], io);
  if (positionals[0] === 'rotate-key') {
    const kek = loadKeyEncryption(cfg.keys, storeOutlivesProcess(cfg.store));
    const store = await openConfiguredStore(cfg.store);
    try {
      const kid = await addSigningKey(store, kek);
      io.stdout(`new session-signing key ${kid} stored; every replica signs with it within ${cfg.keyReload}s (sessions.key-reload), and keeps accepting sessions the older keys signed until they are retired (gateway retire-key)\n`);
    } finally {
      await store.close();
    }
    return 0;
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new InputError(`--port ${values.port}: expected a port number`);
  const format = values['log-format'];
  if (format !== undefined && format !== 'json' && format !== 'text') throw new InputError(`--log-format ${format}: expected json or text`);
  // Records (requests, refusals, shutdown) go to stderr as JSON lines unless --log-format text; the start-up lines to
  // stdout as text unless --log-format json, then as records too.
  const record = (entry: Record<string, unknown>) => io.stderr(`${format === 'text' ? textLine(entry) : JSON.stringify(entry)}\n`);
  const startup = (msg: string, extra: Record<string, unknown> = {}) => io.stdout(`${format === 'json' ? JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: msg.trim(), ...extra }) : msg}\n`);
  let running;
  try {
    running = await startGateway(cfg, { port, log: record });
  } catch (error) {
    throw new InputError(`the gateway could not start: ${(error as Error).message}`);
  }
  for (const c of cfg.connections) {
    startup(`  connection ${c.name}: ${c.driver}${c.driver === 'pglite' ? ` (${c.dataDir ?? 'in memory'})` : ` (URL from ${c.urlEnv ? `$${c.urlEnv}` : c.urlFile})`}, approval environment ${c.approvalEnvironment}${c.requireReview ? ', gateway-side review' : ''}`, { connection: c.name, driver: c.driver });
  }
  startup(`  store: ${cfg.store.driver}${cfg.store.dataDir ? ` (${cfg.store.dataDir})` : cfg.store.driver === 'pglite' ? ' (in memory)' : ''}; sessions last ${cfg.sessionTtl}s`, { store: cfg.store.driver });
  for (const [name, wirePort] of Object.entries(running.wirePorts)) startup(`migration-guard wire endpoint for connection ${name} on port ${wirePort}`, { connection: name, port: wirePort });
  startup(`migration-guard gateway listening on ${running.url}`, { url: running.url });
  const signal = await new Promise<string>((stop) => {
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  const log = (msg: string, extra: Record<string, unknown> = {}) => record({ time: new Date().toISOString(), level: 'info', msg, ...extra });
  log('shutting down: no new plans; running plans may finish', { signal, grace_seconds: cfg.shutdownGrace, running: running.gateway.running.size });
  const { interrupted } = await running.close();
  log('stopped', interrupted.length ? { interrupted_sessions: interrupted } : {});
  return 0;
}

/** A log record as one line of text: time, level, message, then key=value (values JSON-quoted when not plain). */
function textLine(entry: Record<string, unknown>): string {
  const { time, level, msg, ...rest } = entry;
  const fields = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === 'string' && /^[\w./:@-]+$/.test(v) ? v : JSON.stringify(v)}`);
  return [time, String(level ?? 'info').toUpperCase(), msg, ...fields].join(' ');
}

/**
 * `gateway rotate-encryption-key --new-key-file FILE`: every sealed key in the store (session and audit signing) is
 * opened with the configured key-encryption key and sealed with the new one, in one transaction.
 */
async function rotateEncryptionKey(cfg: Awaited<ReturnType<typeof config>>, newKeyFile: string | undefined, io: CliIO): Promise<number> {
  if (!newKeyFile) throw new InputError('usage: migration-guard gateway rotate-encryption-key --config gateway.yml --new-key-file FILE (make FILE with `gateway new-encryption-key`)');
  const from = loadKeyEncryption(cfg.keys, true);
  const to = loadKeyEncryption({ file: newKeyFile }, true);
  const store = await openConfiguredStore(cfg.store);
  try {
    const [sessionKeys, auditKeys] = await store.transaction(async (tx) => [await resealSigningKeys(tx, from, to), await resealAuditKeys(tx, from, to)]);
    io.stdout(`re-sealed ${sessionKeys} session-signing and ${auditKeys} audit key(s) with key-encryption key ${to.id} (was ${from.id}). Point keys.encryption-key-file at ${newKeyFile} on every replica and restart them; the old key opens nothing any more.\n`);
    return 0;
  } finally {
    await store.close();
  }
}

export async function auditCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      format: { type: 'string', default: 'jsonl' },
      'public-key': { type: 'string', multiple: true },
      witness: { type: 'string', multiple: true },
      'witness-file': { type: 'string' },
      'after-seq': { type: 'string', default: '0' },
      follow: { type: 'boolean', default: false },
      'through-seq': { type: 'string' },
      debug: { type: 'boolean' },
    },
  });
  const action = positionals[0];
  if (action !== 'verify' && action !== 'export' && action !== 'key' && action !== 'prune') {
    throw new InputError('usage: migration-guard audit verify|export|key|prune --config gateway.yml [--format jsonl] [--after-seq N] [--follow] [--through-seq N] [--public-key FILE ...] [--witness SEQ:HASH ...] [--witness-file FILE]');
  }
  const cfg = await config(values.config);
  const afterSeq = Number(values['after-seq']);
  if (!Number.isSafeInteger(afterSeq) || afterSeq < 0) throw new InputError(`--after-seq ${values['after-seq']}: expected a record's sequence number (0: from the start)`);
  const store = await openConfiguredStore(cfg.store);
  try {
    if (action === 'prune') return await pruneAudit(cfg, store, values['through-seq'], io);
    const audit = new AuditLog(store);
    if (action === 'export') {
      if (values.format !== 'jsonl') throw new InputError(`--format ${values.format}: only jsonl is supported`);
      return await exportAudit(audit, afterSeq, values.follow === true, io);
    }
    if (action === 'key') {
      const keys = await openAuditKeys(store, loadKeyEncryption(cfg.keys, storeOutlivesProcess(cfg.store)));
      io.stdout(`# the audit public keys of this gateway (give them to auditors: audit verify --public-key FILE)\n${publicKeysPem(keys).map((k) => `# kid ${k.kid}\n${k.pem}`).join('')}`);
      return 0;
    }
    const trusted = await trustedKeys(values['public-key'], cfg, store);
    const witnesses = [...(values.witness ?? []), ...(values['witness-file'] ? readText(values['witness-file']).split(/\s+/).filter(Boolean) : [])].map(parseWitness);
    const result = await audit.verify(trusted, witnesses);
    if (result.problems.length === 0) {
      const attested = result.attested ? `; records ${result.attested.from}–${result.attested.through} were written before records were sealed and are attested as they were at the upgrade` : '';
      const pruned = result.prunedThrough ? `; records through ${result.prunedThrough} were pruned, verified from the checkpoint` : '';
      io.stdout(`audit trail intact: ${result.records} records, head ${result.head ?? '(empty)'}, sealed through record ${result.sealedThrough} by ${trusted.size} trusted audit key${trusted.size === 1 ? '' : 's'}${witnesses.length ? `, ${witnesses.length} witness${witnesses.length === 1 ? '' : 'es'} found` : ''}${attested}${pruned}\n`);
      return 0;
    }
    io.stdout(`audit trail TAMPERED (${result.records} records):\n${result.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return 1;
  } finally {
    await store.close();
  }
}

/**
 * Prints the records after `afterSeq` as JSON lines; with `follow`, then each record as it commits, until SIGINT or
 * SIGTERM. Each line carries its `seq`: a consumer that stops resumes with --after-seq LAST and misses nothing.
 */
async function exportAudit(audit: AuditLog, afterSeq: number, follow: boolean, io: CliIO): Promise<number> {
  let last = afterSeq;
  const drain = async () => {
    for (;;) {
      const batch = await audit.records(last, 1000);
      for (const record of batch) io.stdout(`${JSON.stringify(record)}\n`);
      if (batch.length) last = batch[batch.length - 1]!.seq;
      if (batch.length < 1000) return;
    }
  };
  await drain();
  if (!follow) return 0;
  let stopped = false;
  const stop = () => void (stopped = true);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  while (!stopped) {
    await new Promise((r) => setTimeout(r, AUDIT_FOLLOW_MS));
    await drain();
  }
  return 0;
}

const AUDIT_FOLLOW_MS = 500;

/** `audit prune --through-seq N`: retention that keeps `audit verify` meaningful (AuditLog.prune). */
async function pruneAudit(cfg: Awaited<ReturnType<typeof config>>, store: Awaited<ReturnType<typeof openConfiguredStore>>, through: string | undefined, io: CliIO): Promise<number> {
  const seq = Number(through);
  if (through === undefined || !Number.isSafeInteger(seq) || seq < 1) throw new InputError('usage: migration-guard audit prune --through-seq N --config gateway.yml (export the records first: audit export > archive.jsonl)');
  const audit = new AuditLog(store, undefined, await loadAuditSigner(store, loadKeyEncryption(cfg.keys, storeOutlivesProcess(cfg.store))));
  let pruned;
  try {
    pruned = await audit.prune(seq);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  io.stdout(`pruned ${pruned.deleted} audit records through ${pruned.checkpoint.seq}; the chain is verified from checkpoint ${pruned.checkpoint.seq}:${pruned.checkpoint.hash}, which the sealed audit.pruned record names\n`);
  return 0;
}

/** The audit public keys seals must verify with: the auditor's files, else those the key-encryption key opens. */
async function trustedKeys(files: string[] | undefined, cfg: Awaited<ReturnType<typeof config>>, store: Awaited<ReturnType<typeof openConfiguredStore>>) {
  if (files?.length) {
    const keys = new Map(files.flatMap((file) => [...publicKeysFromPem(readText(file))]));
    if (!keys.size) throw new InputError(`--public-key: no PEM public key in ${files.join(', ')}`);
    return keys;
  }
  if (!cfg.keys && storeOutlivesProcess(cfg.store)) throw new InputError('audit verify needs the keys seals are checked with: --public-key FILE (from `audit key`, or /.well-known/migration-guard-audit-keys), or the gateway config with its key-encryption key');
  return trustedAuditKeys(store, loadKeyEncryption(cfg.keys, storeOutlivesProcess(cfg.store)));
}

function parseWitness(text: string): { seq: number; hash: string } {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match) throw new InputError(`witness ${JSON.stringify(text.slice(0, 80))}: expected SEQ:HASH (an apply step's audit-head output)`);
  return { seq: Number(match[1]), hash: match[2]! };
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

export async function reviewCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { gateway: { type: 'string' }, comment: { type: 'string' }, debug: { type: 'boolean' } } });
  const [decision, session] = positionals;
  if (!['approve', 'reject', 'show'].includes(decision ?? '') || !session) throw new InputError('usage: migration-guard review approve|reject|show <session-id> --gateway URL [--comment TEXT] (reviewer token in MIGRATION_GUARD_REVIEWER_TOKEN)');
  const gateway = values.gateway ?? process.env.MIGRATION_GUARD_GATEWAY_URL;
  if (!gateway) throw new InputError('--gateway URL is required (or MIGRATION_GUARD_GATEWAY_URL)');
  const token = process.env.MIGRATION_GUARD_REVIEWER_TOKEN;
  if (!token) throw new InputError('set MIGRATION_GUARD_REVIEWER_TOKEN to your reviewer token (it is never taken as an argument)');
  const base = gateway.replace(/\/+$/, '');
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const response =
    decision === 'show'
      ? await fetch(`${base}/v1/sessions/${encodeURIComponent(session)}`, { headers })
      : await fetch(`${base}/v1/sessions/${encodeURIComponent(session)}/review`, { method: 'POST', headers, body: JSON.stringify({ decision, comment: values.comment }) });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    io.stderr(`migration-guard: the gateway refused: ${String(body.error_description ?? body.message ?? response.status)}\n`);
    return 1;
  }
  if (decision === 'show') {
    io.stdout(`session ${session}: ${body.status} (verdict ${body.verdict}, plan ${body.plan_digest})\nidentity: ${JSON.stringify(body.identity)}\n`);
    for (const s of (body.statements as Array<{ path: string; sql: string }> | undefined) ?? []) io.stdout(`\n-- ${s.path}\n${s.sql};\n`);
  } else io.stdout(`session ${session}: ${body.status} by ${body.reviewer}\n`);
  return 0;
}

const LEDGER_USAGE = 'usage: migration-guard ledger list|verify --config gateway.yml --connection NAME [--format text|json] [MIGRATIONS ...]';

/**
 * `ledger list` prints what a connection's database has applied; `ledger verify` compares migration files with it
 * (like `flyway validate`): exit 1 when an applied file has changed since.
 */
export async function ledgerCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { config: { type: 'string' }, connection: { type: 'string' }, format: { type: 'string', default: 'text' }, debug: { type: 'boolean' } },
  });
  const [action, ...patterns] = positionals;
  if (action !== 'list' && action !== 'verify') throw new InputError(LEDGER_USAGE);
  if (values.format !== 'text' && values.format !== 'json') throw new InputError(`--format ${values.format}: expected text or json`);
  const cfg = await config(values.config);
  const connection = values.connection ? cfg.connections.find((c) => c.name === values.connection) : cfg.connections.length === 1 ? cfg.connections[0] : undefined;
  if (!connection) throw new InputError(`--connection NAME is required: one of ${cfg.connections.map((c) => c.name).join(', ')}`);
  if (connection.driver === 'pglite' && !connection.dataDir) throw new InputError(`connection ${connection.name} is an in-memory PGlite database: its ledger lives only inside the running gateway`);
  const database = await openDatabase(connection);
  let ledger: Map<string, LedgerEntry>;
  try {
    const session = await database.session();
    try {
      ledger = (await ledgerExists(session)) ? await readLedger(session) : new Map();
    } finally {
      await session.release();
    }
  } finally {
    await database.close();
  }
  if (action === 'list') {
    const entries = [...ledger.values()];
    if (values.format === 'json') io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
    else if (entries.length === 0) io.stdout(`connection ${connection.name}: nothing applied through the gateway yet\n`);
    else {
      io.stdout(`connection ${connection.name}: ${entries.length} file${entries.length === 1 ? '' : 's'} applied\n`);
      for (const e of entries) {
        const partial = e.applied < e.statements ? ` PARTIAL (${e.applied} of ${e.statements} statements)` : '';
        const unknown = e.pending === undefined ? '' : ` UNKNOWN OUTCOME of statement ${e.pending} (the run was cut off while it ran; the next run stops here until it is settled)`;
        io.stdout(`  ${e.path}  ${e.appliedAt}  session ${e.session}  ${e.identity.repository ?? '?'} run ${e.identity.run_id ?? '?'} (${e.identity.actor ?? '?'})${partial}${unknown}\n`);
      }
    }
    return 0;
  }
  const report = await runScan({ cwd: io.cwd, patterns, dialect: connection.dialect, rehearse: 'off' });
  const rows = report.files
    .filter((f) => f.statements.length > 0)
    .map((f) => {
      const entry = ledger.get(f.path);
      const digest = fileDigest(f.statements.map((s) => s.digest));
      const state = !entry ? 'pending' : entry.fileDigest !== digest ? 'changed' : entry.applied < entry.statements ? 'partial' : 'applied';
      return { path: f.path, state, ...(entry ? { appliedAt: entry.appliedAt, session: entry.session } : {}) };
    });
  const changed = rows.filter((r) => r.state === 'changed');
  if (values.format === 'json') io.stdout(`${JSON.stringify({ connection: connection.name, files: rows }, null, 2)}\n`);
  else {
    for (const r of rows) io.stdout(`  ${r.state.padEnd(8)} ${r.path}${r.appliedAt ? `  (applied ${r.appliedAt}, session ${r.session})` : ''}\n`);
    io.stdout(
      changed.length
        ? `${changed.length} applied file${changed.length === 1 ? ' has' : 's have'} changed since: restore ${changed.length === 1 ? 'it' : 'them'} and add the change as a new migration.\n`
        : `ledger of ${connection.name} agrees with these migrations (${rows.filter((r) => r.state === 'pending').length} pending).\n`,
    );
  }
  return changed.length ? EXIT.findings : EXIT.ok;
}
