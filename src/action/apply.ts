/**
 * The apply step: re-scan, insist on the approved plan digest, exchange the job's OIDC token for a
 * gateway session, run exactly the approved statements through the gateway, and report. The job
 * never holds a database credential; the session token stays in memory and is masked in logs.
 */
import * as core from '@actions/core';
import { ReferenceGatewayClient } from '../gateway/client/reference.js';
import { type ExecOutcome, type GatewayClient, type GatewaySession, type PlanExtras, type PlanStatement } from '../gateway/client/gateway-client.js';
import { isAlreadyApplied } from '../plan/execution.js';
import { planOf } from '../plan/plan.js';
import { applyFailureMessage, planChangedMessage, renderApplySummary, renderWireSection, resultLines, wireFailureMessage } from '../report/apply-summary.js';
import { runThroughWire } from '../gateway/client/wire-run.js';
import { gatewayTrust, INSECURE_WARNING, type GatewayTrust } from '../gateway/client/trust.js';
import { tmpdir } from 'node:os';
import { reviewTimeoutMessage, waitForReview } from '../gateway/client/review-wait.js';
import { exec } from '@actions/exec';
import type { Report } from '../report/report.js';
import { GatewayError, InputError } from '../errors.js';
import { readEvent } from './event.js';
import { scanFromInputs } from './inputs.js';

const TERMINAL = new Set(['done', 'failed', 'blocked', 'rejected']);

export interface ApplyInputs {
  report: Report;
  planDigest: string;
  planFiles?: string;
  gatewayUrl: string;
  gateway: string;
  connection: string;
  audience: string;
  reviewTimeoutMinutes: number;
  /** A migration tool's command: it applies the plan through the gateway's wire endpoint. */
  run?: string;
  /** How the gateway's certificates are verified (HTTPS and the wire endpoint). */
  trust?: GatewayTrust;
}

/** The apply step's inputs, validated. */
export async function applyFromInputs(): Promise<void> {
  const required = (name: string) => {
    const value = core.getInput(name);
    if (!value) throw new InputError(`input ${name} is required for command: apply`);
    return value;
  };
  const gatewayUrl = required('gateway-url');
  const planDigest = required('plan-digest');
  const connection = required('connection');
  const reviewTimeout = Number(core.getInput('review-timeout') || '30');
  if (!Number.isFinite(reviewTimeout) || reviewTimeout <= 0) throw new InputError('input review-timeout: expected a number of minutes');
  await ensureOidcAvailable(); // before any work: forks and missing permissions fail with the reason
  await apply({
    report: await scanFromInputs(),
    planDigest,
    planFiles: core.getInput('plan-files') || undefined,
    gatewayUrl,
    gateway: core.getInput('gateway') || 'reference',
    connection,
    audience: core.getInput('audience') || gatewayUrl,
    reviewTimeoutMinutes: reviewTimeout,
    run: core.getInput('run') || undefined,
    trust: gatewayTrust(core.getInput('gateway-ca') || undefined, booleanInput('insecure-skip-tls-verify'), process.env.RUNNER_TEMP || tmpdir()),
  });
}

/** true or false (absent: false); anything else is an error rather than a guess. */
function booleanInput(name: string): boolean {
  const value = core.getInput(name).toLowerCase();
  if (value !== '' && value !== 'true' && value !== 'false') throw new InputError(`input ${name}: expected true or false, got ${JSON.stringify(value.slice(0, 20))}`);
  return value === 'true';
}

export function gatewayClientFor(kind: string, url: string, trust: GatewayTrust = { insecure: false }): GatewayClient {
  switch (kind) {
    case 'reference':
      return new ReferenceGatewayClient({ url, trust, log: (line) => core.info(line) });
    default:
      throw new InputError(`input gateway "${kind}": supported gateways are: reference`);
  }
}

export async function apply(inputs: ApplyInputs): Promise<void> {
  const { report } = inputs;
  if (report.planDigest !== inputs.planDigest) throw new InputError(planChangedMessage(report, inputs));
  if (report.verdict === 'block') throw new InputError('the plan is blocked: nothing runs. Change the statements or add a valid exemption, then plan again.');
  const trust = inputs.trust ?? { insecure: false };
  if (trust.insecure) core.warning(INSECURE_WARNING);
  const client = gatewayClientFor(inputs.gateway, inputs.gatewayUrl, trust);

  const idToken = await oidcToken(inputs.audience);
  core.setSecret(idToken);
  const session = await client.exchange({ idToken, connection: inputs.connection, planDigest: report.planDigest, verdict: report.verdict, scope: inputs.run ? 'wire' : 'exec' });
  core.setSecret(session.accessToken);
  core.setOutput('session-id', session.sessionId);
  core.info(`gateway session ${session.sessionId} for connection ${inputs.connection} (expires in ${session.expiresIn}s)`);

  const statements: PlanStatement[] = report.files.flatMap((f) => f.statements.map((s) => ({ path: f.path, line: s.line, sql: s.sql, digest: s.digest })));
  const { exemptions, effects } = planOf(report.dialect, report.files);
  const extras = { exemptions, effects };
  if (inputs.run) return applyWithTool(client, session, inputs, statements, extras);
  core.info(`sending ${statements.length} statement${statements.length === 1 ? '' : 's'} (plan ${report.planDigest})`);
  let outcome = await whileWaiting(`running ${statements.length} statement${statements.length === 1 ? '' : 's'} at the gateway`, () =>
    client.exec(session, inputs.connection, report.planDigest, statements, extras),
  );
  if (outcome.status === 'review_pending') outcome = await waitForDecision(client, session, inputs.reviewTimeoutMinutes);

  for (const line of resultLines(outcome, statements)) core.info(line);
  const applied = outcome.results.filter((r) => r.status === 'ok').length;
  core.setOutput('status', outcome.status);
  // Statements that stayed applied: rolled-back ones report `rolled_back`, not `ok`.
  core.setOutput('statements-applied', String(applied));
  core.setOutput('statements-skipped', String(outcome.results.filter(isAlreadyApplied).length));
  setAuditHead(outcome);
  await core.summary.addRaw(renderApplySummary(outcome, statements, report, inputs), true).write();
  if (outcome.status !== 'done') core.setFailed(applyFailureMessage(outcome, statements));
}

/** `run:` — the team's migration tool applies the plan through the wire endpoint; the gateway enforces it. */
async function applyWithTool(client: GatewayClient, session: GatewaySession, inputs: ApplyInputs, statements: PlanStatement[], extras: PlanExtras): Promise<void> {
  const { outcome, exitCode } = await runThroughWire({
    client,
    session,
    connection: inputs.connection,
    planDigest: inputs.report.planDigest,
    statements,
    extras,
    command: inputs.run!,
    trust: inputs.trust ?? { insecure: false },
    reviewTimeoutMinutes: inputs.reviewTimeoutMinutes,
    log: (line) => core.info(line),
    // The session token reaches only this command's environment: never GITHUB_ENV, never a file.
    runCommand: (command, env) => exec('bash', ['-e', '-c', command], { env: { ...(process.env as Record<string, string>), ...env }, ignoreReturnCode: true }),
  });
  const ran = outcome.results.filter((r) => r.status === 'ok').length;
  core.info(`${outcome.status}: ${outcome.message}`);
  for (const r of outcome.refused ?? []) core.error(`refused by the gateway (${r.rule}): ${r.sql} — ${r.reason}`);
  core.setOutput('status', outcome.status);
  core.setOutput('statements-applied', String(ran));
  core.setOutput('statements-skipped', '0');
  setAuditHead(outcome);
  await core.summary.addRaw(renderApplySummary(outcome, statements, inputs.report, inputs) + renderWireSection(outcome, inputs.run!, exitCode), true).write();
  const failure = wireFailureMessage(outcome, exitCode);
  if (failure) core.setFailed(failure);
}

/**
 * The audit record the run ended at, `SEQ:HASH`: kept in GitHub's log and outputs, outside the gateway's store, it is
 * a witness that `audit verify --witness` checks the trail still holds (cutting the tail cannot hide from it).
 */
function setAuditHead(outcome: { auditSeq?: number; auditHash?: string }): void {
  if (outcome.auditSeq === undefined || !outcome.auditHash) return;
  const head = `${outcome.auditSeq}:${outcome.auditHash}`;
  core.setOutput('audit-head', head);
  core.info(`audit head: ${head} (a witness for \`migration-guard audit verify --witness ${head}\`)`);
}

async function ensureOidcAvailable(): Promise<void> {
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    const event = await readEvent().catch(() => ({}) as Awaited<ReturnType<typeof readEvent>>);
    const head = event.pull_request?.head?.repo?.full_name;
    if (event.pull_request && head && head !== event.repository?.full_name) {
      throw new InputError('this is a pull request from a fork: GitHub gives fork pull requests no OIDC token, so apply never runs for them (by design). Apply runs on the default branch after the change is merged.');
    }
    throw new InputError('no OIDC token available: the job needs the `id-token: write` permission to prove its identity to the gateway. Add to the apply job:\n  permissions:\n    id-token: write\n    contents: read');
  }
}

/** The job's OIDC token; `applyFromInputs` has already checked that the runner offers one. */
async function oidcToken(audience: string): Promise<string> {
  try {
    return await core.getIDToken(audience);
  } catch (error) {
    throw new GatewayError(`could not get an OIDC token from GitHub for audience ${audience}: ${(error as Error).message}`, 'oidc');
  }
}

/** After approval the gateway runs the plan itself: wait until it has finished (or refused, or was rejected). */
async function waitForDecision(client: GatewayClient, session: GatewaySession, timeoutMinutes: number): Promise<ExecOutcome> {
  const { outcome, timedOut } = await waitForReview(client, session, { timeoutMinutes, settled: (status) => TERMINAL.has(status), log: (line) => core.info(line) });
  return timedOut ? { ...outcome, status: 'failed', message: reviewTimeoutMessage(timeoutMinutes), results: [] } : outcome;
}

/** Long migrations answer late: say every 15 seconds that the step is still waiting, and for how long. */
async function whileWaiting<T>(what: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const ticker = setInterval(() => core.info(`${what}: still running after ${Math.round((Date.now() - started) / 1000)}s`), 15_000);
  try {
    return await work();
  } finally {
    clearInterval(ticker);
  }
}
