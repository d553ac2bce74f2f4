/**
 * The apply step end to end: the built action (dist/index.js) run as the runner runs it, getting its
 * OIDC token through the real @actions/core code path from a local issuer that emulates GitHub's token
 * endpoint, talking to the gateway process, which runs on a real PostgreSQL server.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway.js';
import { GITHUB_CLAIMS, LocalIssuer } from '../helpers/issuer.js';
import { startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { tempDir, workspaceWith } from '../helpers/run.js';
import { runAction } from '../helpers/runner.js';
import { privateCertificateAuthority } from '../helpers/tls.js';
import { readFileSync } from 'node:fs';

let pg: PostgresServer;
let issuer: LocalIssuer;
let gateway: GatewayProcess;
let slowReview: GatewayProcess;
const app = <T = Record<string, unknown>>(sql: string) => pg.query<T>(sql, [], 'app');
const columnExists = async (table: string, column: string) => (await app<{ n: number }>(`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = '${table}' AND column_name = '${column}'`))[0]!.n === 1;
const tableExists = async (name: string) => (await app<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = '${name}'`))[0]!.n === 1;

function gatewayConfig(extra: Record<string, unknown> = {}, connection: Record<string, unknown> = {}) {
  return {
    version: 1,
    issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: 'migration-guard' }],
    connections: [{ name: 'prod', driver: 'postgres', 'url-env': 'APP_URL', 'approval-environment': 'production-approval', access: { repository: ['acme/shop'], ref: ['refs/heads/main'] }, ...connection }],
    ...extra,
  };
}

beforeAll(async () => {
  pg = await startPostgres();
  const appUrl = await pg.createDatabase('app');
  await app("CREATE TABLE customers (id int PRIMARY KEY, email text, legacy_ref text); INSERT INTO customers VALUES (1, 'a@x', 'r1')");
  issuer = await new LocalIssuer().start();
  gateway = await startGatewayProcess(gatewayConfig(), { APP_URL: appUrl });
  slowReview = await startGatewayProcess(gatewayConfig({ sessions: { ttl: 5 } }, { 'require-review': true }), { APP_URL: appUrl });
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await slowReview?.stop();
  await issuer?.stop();
  pg?.stop();
});

beforeEach(() => {
  issuer.claims = { ...GITHUB_CLAIMS };
});

const runnerEnv = () => issuer.runnerEnv();
const plan = (dir: string) => runAction(dir, { command: 'plan', migrations: 'db' });
const apply = (dir: string, planRun: { outputs: Record<string, string> }, inputs: Record<string, string> = {}, env: Record<string, string> = runnerEnv(), gatewayUrl = gateway.url) =>
  runAction(dir, { command: 'apply', migrations: 'db', 'gateway-url': gatewayUrl, audience: 'migration-guard', connection: 'prod', 'plan-digest': planRun.outputs['plan-digest']!, 'plan-files': planRun.outputs['plan-files'] ?? '', ...inputs }, env);

describe('apply step', () => {
  it('applies a safe plan through the gateway and reports what ran, under which identity', async () => {
    const dir = workspaceWith({ 'db/001_orders.sql': 'CREATE TABLE orders (id int PRIMARY KEY);\nINSERT INTO orders VALUES (1), (2);\n' });
    const planned = await plan(dir);
    expect(planned.outputs.verdict).toBe('pass');
    const applied = await apply(dir, planned);
    expect(applied.code, applied.stdout).toBe(0);
    expect(applied.outputs).toMatchObject({ status: 'done', 'statements-applied': '2', 'session-id': expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(await app('SELECT count(*)::int AS n FROM orders')).toEqual([{ n: 2 }]);
    expect(applied.stdout).toContain('[2/2] db/001_orders.sql:2 ok');
    expect(applied.summary).toMatch(/## migration-guard apply: ✅ done/);
    expect(applied.summary).toContain('repository <code>acme/shop</code>');
    expect(applied.summary).toMatch(/audit record #\d+/);
    // Tokens reach the runner only in ::add-mask:: commands (so it hides them), never in the log itself.
    const visible = applied.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    expect(applied.stdout.match(/^::add-mask::/gm)?.length).toBeGreaterThanOrEqual(2);
    expect(visible).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/);
  });

  it('a re-run of the apply job (GitHub "Re-run jobs") applies nothing and lists the files it skipped', async () => {
    const dir = workspaceWith({ 'db/001_rerun.sql': 'CREATE TABLE rerun_log (id int);\nINSERT INTO rerun_log VALUES (1);\n' });
    const planned = await plan(dir);
    expect((await apply(dir, planned)).outputs['statements-applied']).toBe('2');
    const again = await apply(dir, planned);
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs).toMatchObject({ status: 'done', 'statements-applied': '0', 'statements-skipped': '2' });
    expect(again.summary).toMatch(/Already applied, skipped \(the gateway's ledger; nothing runs twice\): <code>db\/001&#95;rerun\.sql<\/code> \(already applied on /);
    expect(again.stdout).toMatch(/\[2\/2\] db\/001_rerun\.sql:2 skipped \(already applied on /);
    expect(await app('SELECT count(*)::int AS n FROM rerun_log')).toEqual([{ n: 1 }]);
  });

  it('applies a plan that holds a file without statements (the gateway recomputes the same digest)', async () => {
    const dir = workspaceWith({ 'db/001_down_only.sql': '-- migrate:down\n-- nothing to undo\n', 'db/002_items.sql': 'CREATE TABLE items_with_empty_sibling (id int);\n' });
    const planned = await plan(dir);
    const applied = await apply(dir, planned);
    expect(applied.code, applied.stdout).toBe(0);
    expect(applied.outputs.status).toBe('done');
    expect(await tableExists('items_with_empty_sibling')).toBe(true);
  });

  it('after a merge, plans and applies only the migrations the push added (changed-only on push events)', async () => {
    const dir = workspaceWith({ 'db/001_already_applied.sql': 'CREATE TABLE applied_long_ago (id int);\n' });
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env }).toString().trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'old');
    const before = git('rev-parse', 'HEAD');
    writeFileSync(join(dir, 'db/002_new.sql'), 'CREATE TABLE merged_by_push (id int);\n');
    git('add', '.');
    git('commit', '-qm', 'merge');
    const event = join(tempDir('mg-event-'), 'push.json');
    writeFileSync(event, JSON.stringify({ before, repository: { name: 'shop', full_name: 'acme/shop', owner: { login: 'acme' } } }));
    const push = { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event };
    const planned = await runAction(dir, { command: 'plan', migrations: 'db' }, push);
    const applied = await apply(dir, planned, {}, { ...runnerEnv(), ...push });
    expect([applied.code, applied.outputs.status, applied.outputs['statements-applied']]).toEqual([0, 'done', '1']);
    expect(await tableExists('merged_by_push')).toBe(true);
    expect(await tableExists('applied_long_ago')).toBe(false);
  });

  it('the job summary shows what the run did, measured before COMMIT; a trigger made by hand that goes beyond the approval fails the step and nothing stays', async () => {
    await app(`CREATE TABLE jobs (id int); CREATE TABLE joblog (id int); INSERT INTO joblog VALUES (1), (2);
      CREATE FUNCTION clear_log() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM joblog; RETURN NEW; END $$;
      CREATE TRIGGER by_hand AFTER INSERT ON jobs FOR EACH ROW EXECUTE FUNCTION clear_log();`);
    const dir = workspaceWith({ 'db/003_jobs.sql': 'INSERT INTO jobs VALUES (1);\n' });
    const planned = await plan(dir);
    const refused = await apply(dir, planned);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/::error::.*rolled back before COMMIT because it did more than the approval covers: it deletes 2 rows from public\.joblog/);
    expect(refused.summary).toMatch(/### What the run did \(measured before COMMIT\)/);
    expect(refused.summary).toMatch(/- ⛔ It deletes 2 rows from public\.joblog \(transaction 1, after statement 1\): \*\*beyond the approval\*\*/);
    expect(await app('SELECT (SELECT count(*) FROM jobs)::int AS jobs, (SELECT count(*) FROM joblog)::int AS log')).toEqual([{ jobs: 0, log: 2 }]);
    await app('DROP TRIGGER by_hand ON jobs');
    const applied = await apply(dir, planned);
    expect([applied.code, applied.outputs.status]).toEqual([0, 'done']);
    expect(applied.summary).toMatch(/- It inserts 1 row into public\.jobs \(transaction 1\)/);
  });

  it('refuses an approval plan without the approval environment claim, and applies it with it', async () => {
    const dir = workspaceWith({ 'db/002_drop_legacy.sql': "SET lock_timeout = '5s';\nALTER TABLE customers DROP COLUMN legacy_ref;\n" });
    const planned = await plan(dir);
    expect([planned.outputs.verdict, planned.outputs.environment]).toEqual(['approval', 'production-approval']);
    const refused = await apply(dir, planned);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/::error::the gateway refused the token exchange: the plan needs approval, but the token's environment claim is "production", not the approval environment "production-approval" \(access_denied\)/);
    expect(await columnExists('customers', 'legacy_ref')).toBe(true);
    issuer.claims = { ...GITHUB_CLAIMS, environment: 'production-approval', sub: 'repo:acme/shop:environment:production-approval' };
    const applied = await apply(dir, planned);
    expect([applied.code, applied.outputs.status]).toEqual([0, 'done']);
    expect(await columnExists('customers', 'legacy_ref')).toBe(false);
  });

  it('refuses a plan whose files changed after approval, naming them', async () => {
    const dir = workspaceWith({ 'db/003_a.sql': 'CREATE TABLE approved_only (id int);\n', 'db/004_b.sql': 'SELECT 1;\n' });
    const planned = await plan(dir);
    writeFileSync(join(dir, 'db/003_a.sql'), 'CREATE TABLE approved_only (id int);\nDROP TABLE customers;\n');
    writeFileSync(join(dir, 'db/005_c.sql'), 'SELECT 2;\n');
    const applied = await apply(dir, planned);
    expect(applied.code).toBe(1);
    expect(applied.stdout).toMatch(/::error::the migrations changed since the plan was approved: .*Since the plan was approved, files were changed: db\/003_a\.sql; added: db\/005_c\.sql\./);
    expect(await tableExists('approved_only')).toBe(false);
    expect(await tableExists('customers')).toBe(true);
  });

  it('never runs a blocked plan', async () => {
    const dir = workspaceWith({ 'db/006.sql': 'DROP DATABASE app;\n' });
    const planned = await plan(dir);
    expect([planned.code, planned.outputs.verdict]).toEqual([1, 'block']);
    const applied = await apply(dir, planned);
    expect(applied.code).toBe(1);
    expect(applied.stdout).toMatch(/::error::the plan is blocked: nothing runs/);
    expect(await tableExists('customers')).toBe(true);
  });

  it('stops at a failing statement, names it, and the transaction rolls back', async () => {
    const dir = workspaceWith({ 'db/007.sql': 'CREATE TABLE partial (id int);\nINSERT INTO partial VALUES (1);\nINSERT INTO no_such_table VALUES (1);\n' });
    const applied = await apply(dir, await plan(dir));
    expect([applied.code, applied.outputs.status, applied.outputs['statements-applied']]).toEqual([1, 'failed', '0']);
    expect(applied.stdout).toMatch(/::error::the migration failed at db\/007\.sql:3: relation "no_such_table" does not exist\. .*transaction 1 rolled back/);
    expect(await tableExists('partial')).toBe(false);
  });

  it('fails closed when the session expires while waiting for gateway-side review', async () => {
    const dir = workspaceWith({ 'db/008.sql': 'UPDATE customers SET email = email;\n' });
    issuer.claims = { ...GITHUB_CLAIMS, environment: 'production-approval' };
    const applied = await apply(dir, await plan(dir), {}, runnerEnv(), slowReview.url);
    expect(applied.code).toBe(1);
    expect(applied.stdout).toMatch(/Approve with:\n\s+migration-guard review show [0-9a-f-]+ --gateway http/);
    expect(applied.stdout).toMatch(/::error::the gateway session expired before the plan ran/);
  }, 60_000);

  it('says it is still running while a long statement runs', async () => {
    const dir = workspaceWith({ 'db/012_slow.sql': 'SELECT pg_sleep(16);\n' });
    const applied = await apply(dir, await plan(dir));
    expect(applied.outputs.status).toBe('done');
    expect(applied.stdout).toMatch(/running 1 statement at the gateway: still running after 15s/);
  }, 60_000);

  it('explains the missing id-token permission, naming the line to add', async () => {
    const dir = workspaceWith({ 'db/009.sql': 'SELECT 1;\n' });
    const applied = await apply(dir, await plan(dir), {}, {});
    expect(applied.code).toBe(1);
    expect(applied.stdout).toMatch(/::error::no OIDC token available: the job needs the `id-token: write` permission.*%0A {2}permissions:%0A {4}id-token: write/);
  });

  it('explains why apply never runs for a pull request from a fork', async () => {
    const dir = workspaceWith({ 'db/010.sql': 'SELECT 1;\n' });
    const event = join(tempDir('mg-event-'), 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 1, head: { repo: { full_name: 'mallory/shop' } } }, repository: { full_name: 'acme/shop' } }));
    const applied = await apply(dir, await plan(dir), {}, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
    expect(applied.stdout).toMatch(/::error::this is a pull request from a fork: GitHub gives fork pull requests no OIDC token/);
  });

  it('retries an unreachable gateway with backoff, then fails closed', async () => {
    const dir = workspaceWith({ 'db/011.sql': 'CREATE TABLE unreachable (id int);\n' });
    const closed = createServer();
    await new Promise<void>((ready) => closed.listen(0, '127.0.0.1', ready));
    const { port } = closed.address() as AddressInfo;
    await new Promise((done) => closed.close(done));
    const applied = await apply(dir, await plan(dir), {}, runnerEnv(), `http://127.0.0.1:${port}`);
    expect(applied.code).toBe(1);
    expect(applied.stdout).toMatch(/unreachable \(ECONNREFUSED\); retrying in/);
    expect(applied.stdout).toMatch(/::error::the gateway at http:\/\/127\.0\.0\.1:\d+ is unreachable \(ECONNREFUSED\) after 4 attempts; nothing was run/);
  });
});

describe('apply step against a gateway whose certificate a private CA signed', () => {
  it('with gateway-ca (the PEM text, as from a secret) applies; without it stops at once naming the input; a malformed boolean is an input error', async () => {
    const pki = privateCertificateAuthority('IP:127.0.0.1');
    const tls = await startGatewayProcess(gatewayConfig({ listen: { host: '127.0.0.1', tls: { cert: pki.cert, key: pki.key } } }), { APP_URL: pg.url('app', 'mg_app') });
    try {
      const dir = workspaceWith({ 'db/001_private_ca.sql': 'CREATE TABLE private_ca (id int);\n' });
      const planned = await plan(dir);
      const refused = await apply(dir, planned, {}, runnerEnv(), tls.url);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toMatch(/the gateway's TLS certificate at https:\/\/127\.0\.0\.1:\d+ could not be verified .*input gateway-ca/);
      expect(refused.stdout).not.toMatch(/retrying/);
      expect(await tableExists('private_ca')).toBe(false);
      const malformed = await apply(dir, planned, { 'insecure-skip-tls-verify': 'yes' }, runnerEnv(), tls.url);
      expect(malformed.stdout).toMatch(/input insecure-skip-tls-verify: expected true or false/);
      const applied = await apply(dir, planned, { 'gateway-ca': readFileSync(pki.ca, 'utf8') }, runnerEnv(), tls.url);
      expect(applied.code, applied.stdout).toBe(0);
      expect(await tableExists('private_ca')).toBe(true);
    } finally {
      await tls.stop();
    }
  });
});
