/**
 * `run:` — a migration tool applies the approved plan through the gateway's wire endpoint. The job opens a wire
 * session for the plan, runs the tool's command with DATABASE_URL and the PG* variables pointing at the endpoint
 * (the session token is the password, in that command's environment only), and ends the session, which reports
 * what ran, what the gateway refused and which planned statements never ran. Shared by the action and the CLI.
 */
import { GatewayError, InputError } from '../../errors.js';
import type { GatewayClient, GatewaySession, PlanExtras, PlanStatement, WireEndpoint, WireOutcome } from './gateway-client.js';
import { reviewTimeoutMessage, waitForReview } from './review-wait.js';
import { wireTls, type GatewayTrust } from './trust.js';

export interface WireRunRequest {
  client: GatewayClient;
  session: GatewaySession;
  connection: string;
  planDigest: string;
  statements: PlanStatement[];
  extras: PlanExtras;
  command: string;
  /** How the tool verifies the wire endpoint's certificate. */
  trust: GatewayTrust;
  reviewTimeoutMinutes: number;
  log(line: string): void;
  /** Runs the command with these variables added to its environment; resolves with its exit code. */
  runCommand(command: string, env: Record<string, string>): Promise<number>;
  sleep?: (ms: number) => Promise<void>;
}

export interface WireRunResult {
  outcome: WireOutcome;
  /** The command's exit code; undefined when it never started (the session did not open). */
  exitCode?: number;
}

export async function runThroughWire(request: WireRunRequest): Promise<WireRunResult> {
  const { client, session, connection } = request;
  if (!client.openWire || !client.endWire || !client.host) throw new InputError('this gateway adapter has no wire endpoint: run: needs the reference gateway (or an adapter that supports it)');
  let opened = await client.openWire(session, connection, request.planDigest, request.statements, request.extras);
  if (opened.status === 'review_pending') opened = await waitForWireReview(request, opened);
  if (opened.status !== 'wire_open' || !opened.wire) return { outcome: opened };
  request.log(`wire session ${session.sessionId} open: running \`${request.command}\` against ${client.host}:${opened.wire.port}/${opened.wire.database}`);
  let exitCode: number | undefined;
  let failure: unknown;
  try {
    exitCode = await request.runCommand(request.command, wireEnvironment(client.host, opened.wire, session.accessToken, request.trust));
  } catch (error) {
    failure = error;
  }
  // Always ended, even if the command could not start: the report of what ran is the gateway's.
  const ended = await client.endWire(session, connection);
  if (failure) throw failure;
  return { outcome: ended, exitCode };
}

/**
 * The variables libpq, node-postgres, Go drivers, Prisma and sqitch read; nothing else is changed. With TLS the
 * tool verifies the endpoint's certificate and name (`verify-full`) before it sends the token: libpq reads
 * PGSSLROOTCERT, node-postgres and Go's lib/pq the URL's `sslrootcert`.
 */
export function wireEnvironment(host: string, wire: WireEndpoint, token: string, trust: GatewayTrust): Record<string, string> {
  const tls = wire.tls ? wireTls(trust) : { sslmode: 'disable' };
  const hostPart = host.includes(':') ? `[${host}]` : host;
  if (wire.protocol === 'mysql') return mysqlEnvironment(host, hostPart, wire, token, tls);
  const query = new URLSearchParams({ sslmode: tls.sslmode, ...(tls.rootCert ? { sslrootcert: tls.rootCert } : {}) });
  return {
    DATABASE_URL: `postgresql://${encodeURIComponent(wire.user)}:${encodeURIComponent(token)}@${hostPart}:${wire.port}/${encodeURIComponent(wire.database)}?${query}`,
    PGHOST: host,
    PGPORT: String(wire.port),
    PGUSER: wire.user,
    PGPASSWORD: token,
    PGDATABASE: wire.database,
    PGSSLMODE: tls.sslmode,
    ...(tls.rootCert ? { PGSSLROOTCERT: tls.rootCert } : {}),
  };
}

/**
 * For a MySQL endpoint: the URL dbmate and other Go tools read (`tls=true` verifies the endpoint against the system's
 * CAs), and the variables the mysql/mariadb client reads (MYSQL_HOST, MYSQL_TCP_PORT, MYSQL_PWD); the client's user
 * and database are `-u session DATABASE` on its command line. MG_WIRE_CA names the CA file for tools given one.
 */
function mysqlEnvironment(host: string, hostPart: string, wire: WireEndpoint, token: string, tls: { sslmode: string; rootCert?: string }): Record<string, string> {
  const query = wire.tls ? '?tls=true' : '';
  return {
    DATABASE_URL: `mysql://${encodeURIComponent(wire.user)}:${encodeURIComponent(token)}@${hostPart}:${wire.port}/${encodeURIComponent(wire.database)}${query}`,
    MYSQL_HOST: host,
    MYSQL_TCP_PORT: String(wire.port),
    MYSQL_PWD: token,
    MYSQL_DATABASE: wire.database,
    ...(tls.rootCert ? { MG_WIRE_CA: tls.rootCert } : {}),
  };
}

async function waitForWireReview(request: WireRunRequest, pending: WireOutcome): Promise<WireOutcome> {
  const { client, session, reviewTimeoutMinutes } = request;
  const { outcome, timedOut } = await waitForReview(client, session, { timeoutMinutes: reviewTimeoutMinutes, settled: (status) => status !== 'review_pending', log: request.log, ...(request.sleep ? { sleep: request.sleep } : {}) });
  if (timedOut) throw new GatewayError(reviewTimeoutMessage(reviewTimeoutMinutes), 'review_timeout');
  return outcome.status === 'wire_open' ? { ...outcome, wire: pending.wire } : outcome;
}
