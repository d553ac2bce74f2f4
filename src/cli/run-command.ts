/**
 * `migration-guard run … -- <command>`: the `run:` apply outside GitHub Actions. Scans the migrations, insists on
 * the approved plan digest, exchanges an OIDC token for a wire session and runs the migration tool through the
 * gateway's wire endpoint. The OIDC token comes from MIGRATION_GUARD_ID_TOKEN (any CI's OIDC token the gateway
 * trusts), or from GitHub's runner when there is one.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import * as core from '@actions/core';
import { EXIT, GatewayError, InputError } from '../errors.js';
import { ReferenceGatewayClient } from '../gateway/client/reference.js';
import { runThroughWire } from '../gateway/client/wire-run.js';
import { gatewayTrust, INSECURE_WARNING } from '../gateway/client/trust.js';
import { tmpdir } from 'node:os';
import { planOf } from '../plan/plan.js';
import { isMigrationTool, TOOLS, type MigrationTool } from '../plan/tools.js';
import { planChangedMessage, wireFailureMessage } from '../report/apply-summary.js';
import { runScan } from '../workspace/plan-run.js';
import type { CliIO } from './main.js';

const USAGE = 'usage: migration-guard run [MIGRATIONS ...] --gateway URL --connection NAME --plan-digest D [--config FILE] [--tool TOOL] [--audience A] [--ca-file PEM] [--insecure-skip-tls-verify] -- <command>';

export async function runCommand(args: string[], io: CliIO): Promise<number> {
  const separator = args.indexOf('--');
  if (separator < 0 || separator === args.length - 1) throw new InputError(`the migration tool's command goes after --\n${USAGE}`);
  const command = args.slice(separator + 1);
  const { values, positionals } = parseArgs({
    args: args.slice(0, separator),
    allowPositionals: true,
    options: {
      gateway: { type: 'string' },
      connection: { type: 'string' },
      'plan-digest': { type: 'string' },
      config: { type: 'string' },
      tool: { type: 'string' },
      audience: { type: 'string' },
      'review-timeout': { type: 'string', default: '30' },
      'ca-file': { type: 'string' },
      'insecure-skip-tls-verify': { type: 'boolean' },
      debug: { type: 'boolean' },
    },
  });
  if (!values.gateway || !values.connection || !values['plan-digest']) throw new InputError(`--gateway, --connection and --plan-digest are required\n${USAGE}`);
  if (values.tool !== undefined && !isMigrationTool(values.tool)) throw new InputError(`--tool ${values.tool}: expected one of ${TOOLS.join(', ')}.`);
  const reviewTimeout = Number(values['review-timeout']);
  if (!Number.isFinite(reviewTimeout) || reviewTimeout <= 0) throw new InputError('--review-timeout: expected a number of minutes');

  const report = await runScan({ cwd: io.cwd, patterns: positionals, config: values.config, tool: values.tool as MigrationTool | undefined, onProgress: (m) => io.stderr(`migration-guard: ${m}\n`) });
  if (report.planDigest !== values['plan-digest']) throw new InputError(planChangedMessage(report, { planDigest: values['plan-digest'] }));
  if (report.verdict === 'block') throw new InputError('the plan is blocked: nothing runs. Change the statements or add a valid exemption, then plan again.');

  const trust = gatewayTrust(values['ca-file'], values['insecure-skip-tls-verify'] ?? false, tmpdir());
  if (trust.insecure) io.stderr(`migration-guard: warning: ${INSECURE_WARNING}\n`);
  const client = new ReferenceGatewayClient({ url: values.gateway, trust, log: (line) => io.stderr(`migration-guard: ${line}\n`) });
  const idToken = await oidcToken(values.audience ?? values.gateway);
  const session = await client.exchange({ idToken, connection: values.connection, planDigest: report.planDigest, verdict: report.verdict, scope: 'wire' });
  const statements = report.files.flatMap((f) => f.statements.map((s) => ({ path: f.path, line: s.line, sql: s.sql, digest: s.digest })));
  const { outcome, exitCode } = await runThroughWire({
    client,
    session,
    connection: values.connection,
    planDigest: report.planDigest,
    statements,
    extras: planOf(report.dialect, report.files),
    command: command.join(' '),
    trust,
    reviewTimeoutMinutes: reviewTimeout,
    log: (line) => io.stderr(`migration-guard: ${line}\n`),
    runCommand: (_, env) => spawnCommand(command, env, io.cwd),
  });
  io.stdout(`${outcome.status}: ${outcome.message}\n`);
  if (outcome.auditSeq !== undefined && outcome.auditHash) io.stdout(`audit head: ${outcome.auditSeq}:${outcome.auditHash}\n`);
  for (const r of outcome.refused ?? []) io.stdout(`refused (${r.rule}): ${r.sql} — ${r.reason}\n`);
  for (const u of outcome.unrun ?? []) io.stdout(`never ran: ${u.path}: ${u.sql.replace(/\s+/g, ' ').slice(0, 120)}\n`);
  const failure = wireFailureMessage(outcome, exitCode);
  if (failure) {
    io.stderr(`migration-guard: ${failure}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

/** One argument after -- is a shell command line; several are a program and its arguments, run without a shell. */
function spawnCommand(command: string[], env: Record<string, string>, cwd: string): Promise<number> {
  const [program, ...rest] = command;
  const child = command.length === 1 ? spawn(program!, { shell: true, stdio: 'inherit', env: { ...process.env, ...env }, cwd }) : spawn(program!, rest, { stdio: 'inherit', env: { ...process.env, ...env }, cwd });
  return new Promise((done, fail) => {
    child.once('error', (error) => fail(new InputError(`could not start ${program}: ${error.message}`)));
    child.once('exit', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

async function oidcToken(audience: string): Promise<string> {
  const fromEnv = process.env.MIGRATION_GUARD_ID_TOKEN;
  if (fromEnv) return fromEnv;
  if (process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    try {
      const token = await core.getIDToken(audience);
      core.setSecret(token);
      return token;
    } catch (error) {
      throw new GatewayError(`could not get an OIDC token from GitHub for audience ${audience}: ${(error as Error).message}`, 'oidc');
    }
  }
  throw new InputError('no OIDC token: set MIGRATION_GUARD_ID_TOKEN to an OIDC token the gateway trusts (your CI issues one), or run inside GitHub Actions with `id-token: write`');
}
