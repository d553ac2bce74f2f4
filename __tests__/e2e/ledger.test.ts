/**
 * Nothing runs twice: the gateway's ledger (in the target database, written in the same transaction as the
 * statements) against a real PostgreSQL server, with the gateway as a process. Re-runs, a mid-plan failure,
 * an edited applied file, two concurrent runs, and the `ledger list|verify` commands.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway.js';
import { GITHUB_CLAIMS, LocalIssuer } from '../helpers/issuer.js';
import { exchange, exec, planFor, type TestPlan } from '../helpers/plan.js';
import { startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { CLI, runNode, tempDir } from '../helpers/run.js';

const AUDIENCE = 'https://gateway.test';
let pg: PostgresServer;
let issuer: LocalIssuer;
let gateway: GatewayProcess;
let appUrl: string;

const app = <T = Record<string, unknown>>(sql: string) => pg.query<T>(sql, [], 'app');
const count = async (table: string) => Number((await app<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

/** A new session for the plan (as a re-run of the workflow gets), then exec. */
async function run(plan: TestPlan, claims: Record<string, unknown> = {}) {
  const token = await exchange(gateway.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE, ...claims }), { audience: 'prod', plan });
  expect(token.status, JSON.stringify(token.body)).toBe(200);
  return exec(gateway.url, 'prod', token.body.access_token!, plan);
}

beforeAll(async () => {
  pg = await startPostgres();
  appUrl = await pg.createDatabase('app');
  issuer = await new LocalIssuer().start();
  gateway = await startGatewayProcess(
    {
      version: 1,
      issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }],
      connections: [{ name: 'prod', driver: 'postgres', 'url-env': 'APP_URL', 'approval-environment': 'production-approval', access: { repository: ['acme/*'] } }],
    },
    { APP_URL: appUrl },
  );
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await issuer?.stop();
  pg?.stop();
});

describe('the ledger: nothing runs twice', () => {
  it('a re-run after success applies nothing and says which files it skipped', async () => {
    const plan = await planFor({ 'db/101_events.sql': 'CREATE TABLE events (id int);\nINSERT INTO events VALUES (1), (2);\n', 'db/102_backfill.sql': "DELETE FROM events WHERE id = 1;\nINSERT INTO events VALUES (3);\n" });
    const first = await run(plan);
    expect(first.body.status).toBe('done');
    expect(await count('events')).toBe(2);
    const second = await run(plan);
    expect(second.status).toBe(200);
    expect(second.body.status).toBe('done');
    expect(second.body.message).toMatch(/^Nothing to do: this plan was already applied\. 4 statements were already applied and skipped \(db\/101_events\.sql, db\/102_backfill\.sql\)/);
    expect(second.body.results.map((r) => r.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    expect(second.body.results[0]!.note).toMatch(/^already applied on \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ by session [0-9a-f-]{36}$/);
    expect(await count('events')).toBe(2); // the INSERT did not run again
    const ledger = await app<{ path: string; applied: number; statements: number }>('SELECT path, applied, statements FROM migration_guard.ledger ORDER BY path');
    expect(ledger.filter((r) => r.path.startsWith('db/10'))).toEqual([
      { path: 'db/101_events.sql', applied: 2, statements: 2 },
      { path: 'db/102_backfill.sql', applied: 2, statements: 2 },
    ]);
  });

  it('a re-run after a mid-plan failure applies exactly the rest, even inside a file split by a non-transactional statement', async () => {
    const plan = await planFor({
      'db/201_orders.sql': 'CREATE TABLE orders (id int);\n',
      'db/202_lines.sql': 'CREATE TABLE lines (id int);\nCREATE INDEX CONCURRENTLY lines_id ON lines (id);\nINSERT INTO lines VALUES (1);\nINSERT INTO not_yet_there VALUES (1);\n',
    });
    const first = await run(plan);
    expect(first.body.status).toBe('failed');
    // Transaction 1 (orders, lines) and the CONCURRENTLY index committed; the last transaction rolled back.
    expect(first.body.results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'rolled_back', 'failed']);
    expect(await count('lines')).toBe(0);
    expect(await app('SELECT path, applied FROM migration_guard.ledger WHERE path LIKE $$db/20%$$ ORDER BY path')).toEqual([
      { path: 'db/201_orders.sql', applied: 1 },
      { path: 'db/202_lines.sql', applied: 2 },
    ]);
    await app('CREATE TABLE not_yet_there (id int)'); // the operator fixes what was missing
    const second = await run(plan);
    expect(second.body.status, String(second.body.message)).toBe('done');
    expect(second.body.results.map((r) => r.status)).toEqual(['skipped', 'skipped', 'skipped', 'ok', 'ok']);
    expect(await count('lines')).toBe(1);
    expect(await count('not_yet_there')).toBe(1);
    expect(await app("SELECT applied, statements FROM migration_guard.ledger WHERE path = 'db/202_lines.sql'")).toEqual([{ applied: 4, statements: 4 }]);
  });

  it('refuses a plan in which an applied file has been edited, naming it and when it was applied; nothing runs', async () => {
    const original = await planFor({ 'db/301_flags.sql': 'CREATE TABLE flags (id int);\n' });
    expect((await run(original)).body.status).toBe('done');
    const edited = await planFor({ 'db/301_flags.sql': 'CREATE TABLE flags (id int);\nDROP TABLE events;\n', 'db/302_more.sql': 'CREATE TABLE more_flags (id int);\n' });
    expect(edited.verdict).toBe('approval'); // approved by a reviewer, even so the ledger refuses it
    const refused = await run(edited, { environment: 'production-approval' });
    expect(refused.body.status).toBe('failed');
    expect(refused.body.message).toMatch(/^db\/301_flags\.sql was applied on \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(session [0-9a-f-]{36}, plan sha256:[0-9a-f]{64}\) and has changed since: an applied migration must not be edited/);
    expect(refused.body.results.every((r) => r.status === 'not_run')).toBe(true);
    expect(await count('events')).toBe(2);
    expect(await app("SELECT to_regclass('more_flags') IS NULL AS absent")).toEqual([{ absent: true }]);
  });

  it('applies a plan once when two runs of it race', async () => {
    // The sleep keeps the first run inside the ledger's lock while the second one asks for it.
    const plan = await planFor({ 'db/401_counter.sql': 'CREATE TABLE counter (id int);\nINSERT INTO counter VALUES (1);\nSELECT pg_sleep(0.5);\n' });
    const [a, b] = await Promise.all([run(plan), run(plan)]);
    expect([a.body.status, b.body.status]).toEqual(['done', 'done']);
    const applied = [a, b].map((r) => r.body.results.filter((x) => x.status === 'ok').length).sort();
    expect(applied).toEqual([0, 3]); // one run applied the three statements; the other waited for it and skipped them
    expect(await count('counter')).toBe(1);
  });
});

describe('migration-guard ledger', () => {
  it('lists what was applied and verifies migration files against it (exit 1 when an applied file changed)', async () => {
    const env = { APP_URL: appUrl };
    const list = await runNode(CLI, ['ledger', 'list', '--config', gateway.configPath, '--connection', 'prod'], { cwd: tempDir(), env });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/db\/101_events\.sql {2}\d{4}-\d\d-\d\dT[\d:]+Z {2}session [0-9a-f-]{36} {2}acme\/shop run \d+ \(/);
    expect(list.stdout).not.toContain(appUrl);

    const dir = tempDir();
    mkdirSync(join(dir, 'db'));
    writeFileSync(join(dir, 'db/101_events.sql'), 'CREATE TABLE events (id int);\nINSERT INTO events VALUES (1), (2);\n');
    writeFileSync(join(dir, 'db/102_backfill.sql'), 'DELETE FROM events WHERE id = 1;\nINSERT INTO events VALUES (3);\n');
    writeFileSync(join(dir, 'db/999_new.sql'), 'CREATE TABLE later (id int);\n');
    const agrees = await runNode(CLI, ['ledger', 'verify', 'db', '--config', gateway.configPath, '--connection', 'prod'], { cwd: dir, env });
    expect(agrees.code, agrees.stdout + agrees.stderr).toBe(0);
    expect(agrees.stdout).toMatch(/applied {2}db\/101_events\.sql/);
    expect(agrees.stdout).toMatch(/pending {2}db\/999_new\.sql/);

    writeFileSync(join(dir, 'db/102_backfill.sql'), 'DELETE FROM events;\n');
    const changed = await runNode(CLI, ['ledger', 'verify', 'db', '--config', gateway.configPath, '--connection', 'prod', '--format', 'json'], { cwd: dir, env });
    expect(changed.code).toBe(1);
    expect(JSON.parse(changed.stdout).files).toContainEqual(expect.objectContaining({ path: 'db/102_backfill.sql', state: 'changed' }));
  });
});
