/**
 * MySQL and MariaDB through the gateway over HTTP (driver: mysql), on a real MariaDB server: the same session,
 * approval, re-scan, ledger, masking and audit as PostgreSQL, with DDL that commits on its own. A plan that fails
 * midway says what took effect, and its re-run resumes after it; a run cut off during a statement leaves the ledger
 * saying that statement's outcome is unknown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mysql from 'mysql2/promise';
import { startMariaDb, type MariaDbServer } from '../../bench/lib/mariadb-server.mjs';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway.js';
import { GITHUB_CLAIMS, LocalIssuer } from '../helpers/issuer.js';
import { exchange, exec, planFor, type TestPlan } from '../helpers/plan.js';
import { CLI, ROOT, runNode, tempDir } from '../helpers/run.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const AUDIENCE = 'https://gateway.test';
let maria: MariaDbServer;
let issuer: LocalIssuer;
let gateway: GatewayProcess;
let admin: mysql.Connection;

const plan = (files: Record<string, string>) => planFor(files, undefined, 'mariadb');
const rows = async <T = Record<string, unknown>>(sql: string) => (await admin.query(sql))[0] as T[];

async function run(p: TestPlan, claims: Record<string, unknown> = {}, connection = 'prod') {
  const token = await exchange(gateway.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE, ...claims }), { audience: connection, plan: p });
  expect(token.status, JSON.stringify(token.body)).toBe(200);
  return exec(gateway.url, connection, token.body.access_token!, p);
}

beforeAll(async () => {
  maria = await startMariaDb();
  admin = await mysql.createConnection({ uri: maria.url(), multipleStatements: true });
  // The gateway's account has every privilege on its database and nothing beyond it, as the README asks.
  await admin.query("CREATE DATABASE app; CREATE USER 'app'@'%' IDENTIFIED BY 'app-secret'; GRANT ALL ON app.* TO 'app'@'%'; USE app");
  issuer = await new LocalIssuer().start();
  const boundedPolicy = join(tempDir('mg-policy-'), 'policy.yml');
  writeFileSync(boundedPolicy, 'version: 1\nmax-rows: { delete: 2 }\n');
  const connection = (name: string, env: string) => ({ name, driver: 'mysql', dialect: 'mariadb', 'url-env': env, 'approval-environment': 'production-approval', access: { repository: ['acme/*'] } });
  gateway = await startGatewayProcess(
    {
      version: 1,
      issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }],
      masking: [{ columns: ['email'], replacement: '***' }],
      connections: [connection('prod', 'APP_URL'), connection('root', 'ROOT_URL'), { ...connection('mysqlish', 'APP_URL'), dialect: 'mysql' }, { ...connection('bounded', 'APP_URL'), policy: boundedPolicy }],
    },
    { APP_URL: `mysql://app:app-secret@127.0.0.1:${maria.port}/app`, ROOT_URL: maria.url('app') },
  );
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await issuer?.stop();
  await admin?.end();
  maria?.stop();
});

describe('driver: mysql, over HTTP', () => {
  it('applies a plan: row statements in a transaction, DDL on its own, the ledger in the database', async () => {
    const p = await plan({ 'db/001_users.sql': "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200)) ENGINE=InnoDB;\nINSERT INTO users VALUES (1, 'a@example.com'), (2, 'b@example.com');\nINSERT INTO users VALUES (3, 'c@example.com');\n" });
    expect(p.verdict).toBe('pass');
    const first = await run(p);
    expect(first.body.status, first.body.message as string).toBe('done');
    expect(first.body.results.map((r) => [r.status, r.transaction, r.rows_affected])).toEqual([['ok', 'own', 0], ['ok', 1, 2], ['ok', 1, 1]]);
    expect(first.body.message).toBe('3 statements applied (1 transaction, 1 statement committed on its own).');
    // Measured by the check: the table the DDL created, and the rows the transaction inserted (in a new table: safe).
    const effects = first.body.effects as { measured: Array<{ transaction: unknown; effects: Array<{ kind: string; object: string; rows?: number; rule: string | null }> }>; check_ms: number };
    expect(effects.measured.map((m) => m.transaction)).toEqual(['own', 1]);
    expect(effects.measured[0]!.effects).toContainEqual(expect.objectContaining({ kind: 'relation.created', object: 'users' }));
    expect(effects.measured[1]!.effects).toEqual([expect.objectContaining({ kind: 'rows.inserted', object: 'users', rows: 3 })]);
    expect(await rows('SELECT COUNT(*) AS n FROM users')).toEqual([{ n: 3 }]);
    expect(await rows('SELECT path, statements, applied, pending FROM migration_guard_ledger')).toEqual([{ path: 'db/001_users.sql', statements: 3, applied: 3, pending: null }]);
    const again = await run(p);
    expect(again.body.message).toMatch(/^Nothing to do: this plan was already applied\. 3 statements were already applied and skipped\./);
    expect(await rows('SELECT COUNT(*) AS n FROM users')).toEqual([{ n: 3 }]);
  });

  it('a plan that needs approval runs only from the approval environment, and its rows come back masked', async () => {
    const p = await plan({ 'db/002_drop.sql': 'ALTER TABLE users DROP COLUMN email;\n', 'db/003_read.sql': 'SELECT id, email AS contact FROM users ORDER BY id;\n' });
    expect(p.verdict).toBe('approval');
    const denied = await exchange(gateway.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE }), { audience: 'prod', plan: p });
    expect(denied.body.error_description).toMatch(/needs approval/);
    const reading = await plan({ 'db/003_read.sql': 'SELECT id, email AS contact FROM users ORDER BY id;\n' });
    const read = await run(reading);
    // The alias does not hide the column: the server names its source, and the rule matches it.
    expect(read.body.results[0]).toMatchObject({ status: 'ok', columns: ['id', 'contact'], rows: [{ id: 1, contact: '***' }, { id: 2, contact: '***' }, { id: 3, contact: '***' }] });
    const approved = await run(p, { environment: 'production-approval' });
    expect(approved.body.status, approved.body.message as string).toBe('done');
    expect((await rows("SELECT COUNT(*) AS n FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'app' AND TABLE_NAME = 'users' AND COLUMN_NAME = 'email'"))[0]).toEqual({ n: 0 });
  });

  it('a DDL failure midway says what took effect; the re-run resumes after it and applies nothing twice', async () => {
    const p = await plan({ 'db/010_events.sql': 'CREATE TABLE events (id INT) ENGINE=InnoDB;\nINSERT INTO events VALUES (1);\nALTER TABLE not_yet ADD COLUMN note TEXT;\nINSERT INTO events VALUES (2);\n' });
    const first = await run(p);
    expect(first.body.status).toBe('failed');
    expect(first.body.results.map((r) => r.status)).toEqual(['ok', 'ok', 'failed', 'not_run']);
    expect(first.body.message).toMatch(/^statement 3 \(db\/010_events\.sql\) failed: message withheld by migration-guard: masking rules are set and this message may quote data \(SQLSTATE ER_NO_SUCH_TABLE; the database log has it\); MySQL commits such a statement on its own, so nothing after it ran\. Took effect \(committed, in the ledger\): statements 1, 2\. Not run: statements 4\. A re-run resumes after the last statement that took effect\.$/);
    expect(await rows("SELECT applied, pending FROM migration_guard_ledger WHERE path = 'db/010_events.sql'")).toEqual([{ applied: 2, pending: null }]);
    await admin.query('CREATE TABLE not_yet (id INT)');
    const second = await run(p);
    expect(second.body.status, second.body.message as string).toBe('done');
    expect(second.body.results.map((r) => r.status)).toEqual(['skipped', 'skipped', 'ok', 'ok']);
    expect(await rows('SELECT id FROM events ORDER BY id')).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('a failed row statement rolls its transaction back; what committed before it stays', async () => {
    const p = await plan({ 'db/020_dupes.sql': 'CREATE TABLE tags (id INT PRIMARY KEY) ENGINE=InnoDB;\nINSERT INTO tags VALUES (1);\nINSERT INTO tags VALUES (1);\n' });
    const result = await run(p);
    expect(result.body.results.map((r) => r.status)).toEqual(['ok', 'rolled_back', 'failed']);
    // Masking rules are set: the server's message quotes the value, so it is withheld with its code.
    expect((result.body.results[2]!.error as { message: string; code: string })).toMatchObject({ code: 'ER_DUP_ENTRY', message: expect.stringMatching(/^message withheld by migration-guard/) });
    expect(result.body.message).toMatch(/transaction 1 rolled back \(1 earlier statement in it undone\)\. Took effect \(committed, in the ledger\): statements 1\./);
    expect(await rows('SELECT COUNT(*) AS n FROM tags')).toEqual([{ n: 0 }]);
  });

  it('a connection lost during a statement leaves its outcome unknown in the ledger, and the next run stops there', async () => {
    const p = await plan({ 'db/030_slow.sql': 'CREATE TABLE slow AS SELECT SLEEP(30) AS s;\n' });
    const running = run(p);
    // The server ends the gateway's connection while the statement runs (a failover, an operator's KILL).
    let killed = false;
    for (let i = 0; i < 100 && !killed; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const [victim] = await rows<{ ID: number }>("SELECT ID FROM information_schema.PROCESSLIST WHERE INFO LIKE 'CREATE TABLE slow%'");
      if (victim) killed = !!(await admin.query(`KILL CONNECTION ${victim.ID}`));
    }
    expect(killed).toBe(true);
    const first = await running;
    expect(first.body.status).toBe('failed');
    expect(await rows("SELECT applied, pending FROM migration_guard_ledger WHERE path = 'db/030_slow.sql'")).toEqual([{ applied: 0, pending: 1 }]);
    const second = await run(p);
    expect(second.body.status).toBe('failed');
    expect(second.body.message).toMatch(/^statement 1 of db\/030_slow\.sql was running when session \S+ was cut off, and MySQL commits DDL on its own, so whether it took effect is unknown\. .*UPDATE migration_guard_ledger SET pending = NULL WHERE path = 'db\/030_slow\.sql'\. Nothing was run$/);
    const listed = await runNode(CLI, ['ledger', 'list', '--config', gateway.configPath, '--connection', 'prod'], { cwd: ROOT, env: { APP_URL: `mysql://app:app-secret@127.0.0.1:${maria.port}/app` } });
    expect(listed.stdout).toMatch(/db\/030_slow\.sql .* UNKNOWN OUTCOME of statement 1/);
    expect(listed.stdout + listed.stderr).not.toContain('app-secret');
  });

  it('an account that can reach beyond its database is refused, without its grants or password in the answer', async () => {
    const p = await plan({ 'db/040_noop.sql': 'SELECT 1;\n' });
    const result = await run(p, {}, 'root');
    expect(result.body.status).toBe('failed');
    expect(result.body.message).toMatch(/the gateway's target account can reach beyond its database \(has the global privilege ALL PRIVILEGES\)/);
    expect(JSON.stringify(result.body)).not.toMatch(/PASSWORD|\*[0-9A-F]{40}/);
  });

  it('a plan scanned in another dialect does not match: the digest names the connection\'s dialect', async () => {
    const p = await planFor({ 'db/050_t.sql': 'CREATE TABLE t50 (id INT);\n' });
    const result = await run(p);
    expect(result.status).toBe(403);
    expect(result.body.message).toMatch(/in dialect mariadb, this connection's/);
  });

  it('a connection whose dialect is not its server\'s is refused: MariaDB runs /*M! … */ code the mysql dialect reads as a comment', async () => {
    const p = await planFor({ 'db/060_x.sql': 'SELECT 1 /*M!100000 , 2 */;\n' }, undefined, 'mysql');
    const result = await run(p, {}, 'mysqlish');
    expect(result.body.status).toBe('failed');
    expect(result.body.message).toMatch(/the server is MariaDB but the connection's dialect is mysql: set dialect: mariadb/);
  });

  it('the check: a procedure that drops a table its CALL does not name stops the run (MySQL committed it: said plainly)', async () => {
    await admin.query('CREATE TABLE app.legacy_orders (id INT); CREATE PROCEDURE app.tidy() BEGIN DROP TABLE legacy_orders; END');
    const p = await plan({ 'db/070_tidy.sql': 'CALL tidy();\nCREATE TABLE after_tidy (id INT);\n' });
    expect(p.verdict).toBe('approval'); // a call the scanner cannot see into
    const result = await run(p, { environment: 'production-approval' });
    expect(result.body.status).toBe('failed');
    expect(result.body.message).toMatch(/^statement 1 \(db\/070_tidy\.sql\) did more than the approval covers, and MySQL committed it on its own, so it cannot be undone: it drops .*legacy_orders.*; the ledger records it as applied; nothing after it ran\./);
    expect(result.body.results.map((r) => r.status)).toEqual(['ok', 'not_run']);
    expect(await rows("SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'app' AND TABLE_NAME = 'after_tidy'")).toEqual([{ n: 0 }]);
  });

  it('the check: a transaction that deletes more rows than max-rows allows is rolled back before COMMIT', async () => {
    await admin.query('CREATE TABLE app.big (id INT PRIMARY KEY) ENGINE=InnoDB; INSERT INTO app.big VALUES (1), (2), (3)');
    const p = await plan({ 'db/080_trim.sql': 'DELETE FROM big WHERE id > 0;\n' });
    const result = await run(p, {}, 'bounded');
    expect(result.body.status).toBe('failed');
    expect(result.body.message).toMatch(/^transaction 1 was rolled back before COMMIT because it did more than the approval covers: it deletes 3 rows from big: more than the 2 rows per table the policy allows \(max-rows\.delete\)/);
    expect(await rows('SELECT COUNT(*) AS n FROM app.big')).toEqual([{ n: 3 }]);
  });
});
