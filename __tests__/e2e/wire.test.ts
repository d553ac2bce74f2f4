/**
 * The PostgreSQL wire endpoint, end to end: the gateway runs as a process in front of a real PostgreSQL server,
 * real clients (psql, node-postgres) connect with a session token as password, and only the approved plan, reads,
 * session settings and the tool's history table get through. Refusals arrive as PostgreSQL errors (42501).
 */
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway.js';
import { GITHUB_CLAIMS, LocalIssuer } from '../helpers/issuer.js';
import { endWire, exchange, exec, openWire, planFor, type TestPlan } from '../helpers/plan.js';
import { startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { CLI, ROOT, runNode, tempDir } from '../helpers/run.js';
import { selfSignedCertificate } from '../helpers/tls.js';

const AUDIENCE = 'https://gateway.test';
const REVIEWER_TOKEN = `mgr_${randomUUID()}`;
let pg15: PostgresServer;
let issuer: LocalIssuer;
let gateway: GatewayProcess;
let storeUrl: string;
const tokens: string[] = [];

const db = <T = Record<string, unknown>>(sql: string) => pg15.query<T>(sql, [], 'wire_app');

export interface WireSession {
  token: string;
  port: number;
  sessionId: string;
}

/** Exchange (scope wire) and open the session for the plan, as `run:` does. */
async function open(plan: TestPlan, claims: Record<string, unknown> = {}, connection = 'prod'): Promise<WireSession> {
  const exchanged = await exchange(gateway.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE, ...claims }), { audience: connection, plan, scope: 'wire' });
  expect(exchanged.status, JSON.stringify(exchanged.body)).toBe(200);
  const opened = await openWire(gateway.url, connection, exchanged.body.access_token!, plan);
  expect(opened.body.status, JSON.stringify(opened.body)).toBe('wire_open');
  tokens.push(exchanged.body.access_token!);
  return { token: exchanged.body.access_token!, port: opened.body.wire!.port, sessionId: String(opened.body.session_id) };
}

function psql(session: WireSession, args: string[], extraEnv: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return client('psql', session, ['-X', '-v', 'ON_ERROR_STOP=1', ...args], extraEnv);
}

/** A libpq client (psql, pgbench) connected to the session's wire endpoint. */
function client(command: string, session: WireSession, args: string[], extraEnv: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, {
      env: { PATH: process.env.PATH, PGHOST: '127.0.0.1', PGPORT: String(session.port), PGUSER: 'session', PGPASSWORD: session.token, PGDATABASE: 'prod', PGSSLMODE: 'disable', ...extraEnv },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('exit', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

function sqlFile(text: string): string {
  const path = join(tempDir('mg-wire-'), 'migration.sql');
  writeFileSync(path, text);
  return path;
}

beforeAll(async () => {
  pg15 = await startPostgres();
  const url = await pg15.createDatabase('wire_app');
  storeUrl = await pg15.createDatabase('wire_store');
  issuer = await new LocalIssuer().start();
  gateway = await startGatewayProcess(
    {
      version: 1,
      issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }],
      store: { driver: 'postgres', 'url-env': 'STORE_URL' },
      masking: [{ columns: ['email'], replacement: '***' }],
      reviewers: [{ name: 'alice', 'token-sha256': createHash('sha256').update(REVIEWER_TOKEN).digest('hex') }],
      connections: [
        { name: 'prod', driver: 'postgres', 'url-env': 'APP_URL', access: { repository: ['acme/*'] }, wire: { port: 0 } },
        { name: 'reviewed', driver: 'postgres', 'url-env': 'APP_URL', access: { repository: ['acme/*'] }, 'require-review': true, wire: { port: 0 } },
      ],
    },
    { APP_URL: url, STORE_URL: storeUrl },
  );
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await issuer?.stop();
  pg15?.stop();
});

describe('psql through the wire endpoint (simple protocol)', () => {
  it('applies the approved plan, and a second run of it is refused statement by statement; nothing runs twice', async () => {
    const text = 'CREATE TABLE customers (id int PRIMARY KEY, email text);\n-- seed\nINSERT INTO customers VALUES (1, $$a@example.com$$), (2, $$b@example.com$$);\n';
    const plan = await planFor({ 'db/001_customers.sql': text });
    const session = await open(plan);
    const first = await psql(session, ['-f', sqlFile(text)]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(await db('SELECT count(*)::int AS n FROM customers')).toEqual([{ n: 2 }]);

    const again = await psql(session, ['-f', sqlFile(text)]);
    expect(again.code).toBe(3); // psql: a statement failed under ON_ERROR_STOP
    expect(again.stderr).toMatch(/ERROR: {2}migration-guard refused \[already-ran\]: CREATE TABLE customers .* each planned statement runs once/);
    expect(await db('SELECT count(*)::int AS n FROM customers')).toEqual([{ n: 2 }]);

    const ended = await endWire(gateway.url, 'prod', session.token);
    expect(ended.body.status).toBe('failed'); // a refusal happened in the session
    expect(ended.body.results.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(ended.body.unrun).toEqual([]);
    expect(ended.body.refused).toHaveLength(1);
  });

  it('refuses a statement that is not in the plan before it reaches the database, and rolls back the transaction it was in', async () => {
    const approved = 'BEGIN;\nCREATE TABLE invoices (id int);\nCOMMIT;\n';
    const plan = await planFor({ 'db/002_invoices.sql': 'CREATE TABLE invoices (id int);\n' });
    const session = await open(plan);
    const tampered = await psql(session, ['-f', sqlFile(approved.replace('COMMIT;', 'DROP TABLE customers;\nCOMMIT;'))]);
    expect(tampered.code).toBe(3);
    expect(tampered.stderr).toMatch(/ERROR: {2}migration-guard refused \[not-in-plan\]: DROP TABLE customers — it is not a statement of the approved plan sha256:[0-9a-f]{64}, and DROP is a change/);
    expect(tampered.stderr).toMatch(/HINT: {2}Only the approved plan runs through this session/);
    expect(await db("SELECT to_regclass('invoices') IS NULL AS absent, to_regclass('customers') IS NULL AS customers_gone")).toEqual([{ absent: true, customers_gone: false }]);

    // The planned CREATE rolled back with the transaction, so it is free to run again in this session.
    const fixed = await psql(session, ['-f', sqlFile(approved)]);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(await db("SELECT to_regclass('invoices') IS NOT NULL AS present")).toEqual([{ present: true }]);
    const ended = await endWire(gateway.url, 'prod', session.token);
    expect(ended.body.results).toEqual([{ index: 0, path: 'db/002_invoices.sql', status: 'ok', transaction: null }]);
  });

  it('a literal or identifier changed after approval is a different statement; whitespace and comments are not', async () => {
    const plan = await planFor({ 'db/003_rates.sql': "CREATE TABLE rates (id int, label text DEFAULT 'std');\n" });
    const session = await open(plan);
    const changed = await psql(session, ['-c', "CREATE TABLE rates (id int, label text DEFAULT 'vip')"]);
    expect(changed.stderr).toMatch(/not-in-plan/);
    const renamed = await psql(session, ['-c', "CREATE TABLE rates2 (id int, label text DEFAULT 'std')"]);
    expect(renamed.stderr).toMatch(/not-in-plan/);
    const reformatted = await psql(session, ['-c', "create   table \"rates\" ( id int, /* why */ label text default 'std' )"]);
    expect(reformatted.code, reformatted.stderr).toBe(0);
    await endWire(gateway.url, 'prod', session.token);
  });

  it('lets reads, session settings, transaction control and advisory locks through without a plan, and nothing else', async () => {
    const session = await open(await planFor({ 'db/004_noop.sql': 'CREATE TABLE noop (id int);\n' }));
    const reads = await psql(session, ['-A', '-t', '-c', "SET statement_timeout = '5s'", '-c', 'SHOW statement_timeout', '-c', 'SELECT pg_try_advisory_lock(42)', '-c', 'SELECT count(*) FROM pg_catalog.pg_class WHERE relname = $$customers$$', '-c', 'EXPLAIN DELETE FROM customers']);
    expect(reads.code, reads.stderr).toBe(0);
    expect(reads.stdout).toMatch(/^SET\n5s\nt\n1\nDelete on customers/);
    for (const [sql, why] of [
      ['WITH gone AS (DELETE FROM customers RETURNING id) SELECT count(*) FROM gone', /data-modifying/],
      ['SELECT pg_terminate_backend(1)', /pg_terminate_backend\(\), which is not a read-only built-in/],
      ["SELECT setval('x', 1)", /setval\(\)/],
      ['SET ROLE postgres', /SET role is not one of the session settings migration tools send/],
      ['EXPLAIN ANALYZE DELETE FROM customers', /EXPLAIN ANALYZE executes its statement/],
      ['SELECT * INTO copy_of_customers FROM customers', /SELECT … INTO creates a table/],
      ['PREPARE TRANSACTION $$x$$', /two-phase/],
      ['COPY customers TO STDOUT', /cannot be masked/],
      ['SELEC 1', /unparseable/],
    ] as const) {
      const refused = await psql(session, ['-c', sql]);
      expect(refused.stderr, sql).toMatch(why);
      expect(refused.stderr, sql).toMatch(/ERROR: {2}migration-guard refused/);
    }
    expect(await db('SELECT count(*)::int AS n FROM customers')).toEqual([{ n: 2 }]);
    const ended = await endWire(gateway.url, 'prod', session.token);
    expect(ended.body.refused.map((r) => r.rule)).toEqual(['not-in-plan', 'not-in-plan', 'not-in-plan', 'not-in-plan', 'not-in-plan', 'not-in-plan', 'not-in-plan', 'not-in-plan', 'unparseable']);
    expect(ended.body.unrun).toEqual([{ index: 0, path: 'db/004_noop.sql', sql: 'CREATE TABLE noop (id int)' }]);
  });

  it('relays COPY … FROM STDIN of a planned statement with its data', async () => {
    const plan = await planFor({ 'db/006_items.sql': 'CREATE TABLE items (id int, label text);\nCOPY items (id, label) FROM STDIN;\n' });
    const session = await open(plan);
    expect((await psql(session, ['-c', 'CREATE TABLE items (id int, label text)'])).code).toBe(0);
    const loaded = await new Promise<number>((done) => {
      const child = spawn('psql', ['-X', '-v', 'ON_ERROR_STOP=1', '-c', 'COPY items (id, label) FROM STDIN'], { env: { PATH: process.env.PATH, PGHOST: '127.0.0.1', PGPORT: String(session.port), PGUSER: 'session', PGPASSWORD: session.token, PGDATABASE: 'prod', PGSSLMODE: 'disable' } });
      child.stdin.end('1\tone\n2\ttwo\n');
      child.on('exit', (code) => done(code ?? -1));
    });
    expect(loaded).toBe(0);
    expect(await db('SELECT id, label FROM items ORDER BY id')).toEqual([{ id: 1, label: 'one' }, { id: 2, label: 'two' }]);
    const ended = await endWire(gateway.url, 'prod', session.token);
    expect(ended.body.results.map((r) => r.status)).toEqual(['ok', 'ok']);
  });

  it('a COPY … FROM STDIN whose rows are in the file: exactly the approved rows load; changed rows fail the COPY', async () => {
    const text = 'CREATE TABLE prices (sku text, cents int);\nCOPY prices (sku, cents) FROM stdin;\nA-1\t100\nB-2\t250\n\\.\n';
    const plan = await planFor({ 'db/007_prices.sql': text });
    expect(plan.statements.map((s) => s.sql)).toEqual(['CREATE TABLE prices (sku text, cents int)', 'COPY prices (sku, cents) FROM stdin;\nA-1\t100\nB-2\t250\n\\.']);
    const session = await open(plan);
    const tampered = await psql(session, ['-1', '-f', sqlFile(text.replace('250', '1'))]);
    expect(tampered.code).toBe(3);
    expect(tampered.stderr).toMatch(/migration-guard refused \[copy-data-changed\]: the rows sent differ from the rows approved in the plan/);
    expect(await db("SELECT to_regclass('prices') IS NULL AS absent")).toEqual([{ absent: true }]); // psql -1: all rolled back
    const loaded = await psql(session, ['-1', '-f', sqlFile(text)]);
    expect(loaded.code, loaded.stderr).toBe(0);
    expect(await db('SELECT sku, cents FROM prices ORDER BY sku')).toEqual([{ sku: 'A-1', cents: 100 }, { sku: 'B-2', cents: 250 }]);
    const ended = await endWire(gateway.url, 'prod', session.token);
    expect(ended.body.results.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(ended.body.refused.map((r) => r.rule)).toEqual(['copy-data-changed']);

    // The HTTP executor cannot send inline rows: such a plan is refused there, before anything runs.
    const viaExec = await exchange(gateway.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE }), { audience: 'prod', plan });
    const refused = await exec(gateway.url, 'prod', viaExec.body.access_token!, plan);
    expect(refused.body).toMatchObject({ status: 'blocked', message: expect.stringMatching(/statement 2 \(db\/007_prices\.sql\) is COPY … FROM STDIN with its rows inline, which only psql can send: apply this plan with run:/) });
  });

  it('a planned statement undone by ROLLBACK TO SAVEPOINT has not run: it may run again, else the end says so', async () => {
    const plan = await planFor({ 'db/006_savepoints.sql': 'CREATE TABLE sp (id int);\nINSERT INTO sp VALUES (1);\nINSERT INTO sp VALUES (2);\nINSERT INTO sp VALUES (3);\n' });
    const session = await open(plan);
    // psql, one statement per message; then all in one message.
    const script = 'BEGIN;\nCREATE TABLE sp (id int);\nSAVEPOINT s;\nINSERT INTO sp VALUES (1);\nROLLBACK TO SAVEPOINT s;\nCOMMIT;\n';
    const first = await psql(session, ['-v', 'ON_ERROR_STOP=1', '-f', sqlFile(script)]);
    expect(first.code, first.stderr).toBe(0);
    const again = await psql(session, ['-v', 'ON_ERROR_STOP=1', '-c', 'BEGIN; SAVEPOINT s; INSERT INTO sp VALUES (1); RELEASE s; SAVEPOINT t; INSERT INTO sp VALUES (3); ROLLBACK TO t; COMMIT;']);
    expect(again.code, again.stderr).toBe(0);
    // node-postgres, savepoints as prepared statements (the extended protocol).
    const client = new pg.Client({ host: '127.0.0.1', port: session.port, user: 'session', password: session.token, database: 'prod' });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query({ name: 'savepoint', text: 'SAVEPOINT u' });
      await client.query({ name: 'insert-2', text: 'INSERT INTO sp VALUES (2)' });
      await client.query({ name: 'rollback-to', text: 'ROLLBACK TO SAVEPOINT u' });
      await client.query('INSERT INTO sp VALUES (2)');
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    const before = await endWire(gateway.url, 'prod', session.token);
    expect(before.body.results.map((r) => [r.index, r.status])).toEqual([[0, 'ok'], [1, 'ok'], [2, 'ok'], [3, 'not_run']]);
    expect(before.body.refused).toEqual([]);
    expect(await db('SELECT id FROM sp ORDER BY id')).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('a COMMIT inside a message ends what was claimed before it: a later error in the message does not undo it', async () => {
    const plan = await planFor({ 'db/006_commit_inside.sql': 'CREATE TABLE ci (id int);\nINSERT INTO ci VALUES (1);\n' });
    const session = await open(plan);
    // One message, as dbmate sends a file: the transaction commits, then a statement fails.
    const sent = await psql(session, ['-c', 'BEGIN; CREATE TABLE ci (id int); INSERT INTO ci VALUES (1); COMMIT; SELECT 1 / 0']);
    expect(sent.stderr).toMatch(/ERROR: {2}division by zero/);
    const ended = await endWire(gateway.url, 'prod', session.token);
    expect(ended.body.results.map((r) => [r.index, r.status])).toEqual([[0, 'ok'], [1, 'ok']]);
    expect(await db('SELECT id FROM ci')).toEqual([{ id: 1 }]);
  });

  it('in a pipeline of the extended protocol (pgbench), a COMMIT after other statements of its round trip is refused: what the transaction did cannot be checked before it; in a round trip of its own it commits', async () => {
    const plan = await planFor({ 'db/006_pipeline.sql': 'CREATE TABLE pl (id int);\nINSERT INTO pl VALUES (1);\n' });
    const session = await open(plan);
    expect((await psql(session, ['-c', 'CREATE TABLE pl (id int)'])).code).toBe(0);
    // One round trip: Parse/Bind/Execute of BEGIN, the INSERT, COMMIT and a failing SELECT, then one Sync.
    const script = sqlFile('\\startpipeline\nBEGIN;\nINSERT INTO pl VALUES (1);\nCOMMIT;\nSELECT 1 / 0;\n\\endpipeline\n');
    const piped = await client('pgbench', session, ['-n', '-M', 'extended', '-t', '1', '-f', script]);
    expect(piped.stderr).toMatch(/migration-guard refused \[effects-unchecked\]: COMMIT — a COMMIT sent together with other statements: send COMMIT on its own/);
    expect(piped.stderr).not.toMatch(/already a transaction/);
    expect(await db('SELECT id FROM pl')).toEqual([]);
    // The INSERT rolled back, so it may run again: BEGIN and the INSERT in one round trip, COMMIT in the next.
    const separate = sqlFile('\\startpipeline\nBEGIN;\nINSERT INTO pl VALUES (1);\n\\endpipeline\nCOMMIT;\n');
    const committed = await client('pgbench', session, ['-n', '-M', 'extended', '-t', '1', '-f', separate]);
    expect(committed.stderr, committed.stderr).toBe('');
    const ended = await endWire(gateway.url, 'prod', session.token);
    expect(ended.body.results.map((r) => [r.index, r.status])).toEqual([[0, 'ok'], [1, 'ok']]);
    expect(await db('SELECT id FROM pl')).toEqual([{ id: 1 }]);
  });

  it('masks configured columns in the rows it relays', async () => {
    const UNIQUE_EMAIL = 'CREATE UNIQUE INDEX customers_email ON customers (email);\nINSERT INTO customers VALUES (3, $$a@example.com$$);\n';
    // A view's row description names the view: its column is masked by what the view's own query reads.
    await db('CREATE VIEW customer_reach AS SELECT id AS n, email AS reach FROM customers; CREATE VIEW reach_of_reach AS SELECT reach AS r FROM customer_reach');
    const session = await open(await planFor({ 'db/005_unique_email.sql': UNIQUE_EMAIL }));
    const rows = await psql(session, ['-A', '-t', '-c', 'SELECT id, email FROM customers ORDER BY id']);
    expect(rows.stdout).toBe('1|***\n2|***\n');
    // Renamed on the way out, a column is still masked by its source (the table column the row description names):
    // an alias, an ORM's table-prefixed alias, a FROM alias list, a subquery, a CTE column list; a whole row too.
    const renamed = [
      'SELECT email AS e FROM customers WHERE id = 1',
      'SELECT "customers"."email" AS "customers_email" FROM customers WHERE id = 1',
      'SELECT e FROM customers AS c(i, e) WHERE i = 1',
      'SELECT x FROM (SELECT id, email AS x FROM customers) s WHERE id = 1',
      'WITH t(k, x) AS (SELECT id, email FROM customers) SELECT x FROM t WHERE k = 1',
      'SELECT c FROM customers c WHERE id = 1',
      'SELECT (c).email FROM customers c WHERE id = 1',
      'SELECT reach FROM customer_reach WHERE n = 1',
      'SELECT r FROM reach_of_reach LIMIT 1',
    ];
    for (const sql of renamed) expect((await psql(session, ['-A', '-t', '-c', sql])).stdout, sql).toBe('***\n');
    expect((await psql(session, ['-A', '-t', '-c', 'SELECT n FROM customer_reach WHERE n = 1'])).stdout).toBe('1\n');
    // A computed column has no source column: only its name can match (the limit the README states).
    expect((await psql(session, ['-A', '-t', '-c', 'SELECT id AS ident, upper(email) AS shout FROM customers WHERE id = 1'])).stdout).toMatch(/^1\|[^*]+@/);
    // Values an error quotes are masked too: in the message, the DETAIL and the context, and in the audit trail.
    const cast = await psql(session, ['-c', 'SELECT email::int FROM customers']);
    expect(cast.stderr).toMatch(/ERROR: {2}invalid input syntax for type \(masked\): "\(masked\)"/);
    const duplicate = await psql(session, ['-v', 'ON_ERROR_STOP=1', '-f', sqlFile(UNIQUE_EMAIL)]);
    expect(duplicate.stderr).toMatch(/ERROR: {2}duplicate key value violates unique constraint "\(masked\)"\nDETAIL: {2}Key \(email\)=\(\(masked\)\) already exists\./);
    for (const output of [cast.stderr, duplicate.stderr]) expect(output).not.toContain('@example.com');
    const trail = (await runNode(CLI, ['audit', 'export', '--format', 'jsonl', '--config', gateway.configPath], { cwd: ROOT, env: { STORE_URL: storeUrl } })).stdout;
    const ofSession = trail.split('\n').filter((line) => line.includes(session.sessionId));
    expect(ofSession.filter((line) => line.includes('wire.result')).length).toBeGreaterThan(1);
    expect(ofSession.join('\n')).not.toContain('@example.com');
    // The extended protocol: rows matched to the portal that produced them, described before or not.
    const client = new pg.Client({ host: '127.0.0.1', port: session.port, user: 'session', password: session.token, database: 'prod' });
    await client.connect();
    try {
      expect((await client.query('SELECT email, id FROM customers WHERE id = $1', [1])).rows).toEqual([{ email: '***', id: 1 }]);
      expect((await client.query('SELECT email AS contact, id FROM customers WHERE id = $1', [1])).rows).toEqual([{ contact: '***', id: 1 }]);
      expect((await client.query({ name: 'by-id', text: 'SELECT id, email FROM customers WHERE id = $1', values: [2] })).rows).toEqual([{ id: 2, email: '***' }]);
      expect((await client.query({ name: 'by-id', text: 'SELECT id, email FROM customers WHERE id = $1', values: [1] })).rows).toEqual([{ id: 1, email: '***' }]);
    } finally {
      await client.end();
    }
    await endWire(gateway.url, 'prod', session.token);
  });
});

describe('node-postgres through the wire endpoint (extended protocol)', () => {
  it('runs parameterised reads, refuses an unplanned parameterised write, and the connection stays usable', async () => {
    const plan = await planFor({ 'db/010_tags.sql': 'CREATE TABLE tags (id int);\n' });
    const session = await open(plan);
    const client = new pg.Client({ host: '127.0.0.1', port: session.port, user: 'session', password: session.token, database: 'prod' });
    await client.connect();
    try {
      expect((await client.query('SELECT $1::int + 1 AS n', [41])).rows).toEqual([{ n: 42 }]);
      const error = await client.query('DELETE FROM customers WHERE id = $1', [1]).catch((e: pg.DatabaseError) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as pg.DatabaseError).code).toBe('42501');
      expect((error as pg.DatabaseError).message).toMatch(/migration-guard refused \[not-in-plan\]: DELETE FROM customers WHERE id = \$1/);
      expect((await client.query('SELECT count(*)::int AS n FROM customers WHERE id = $1', [1])).rows).toEqual([{ n: 1 }]);
      await client.query('CREATE TABLE tags (id int)');
      expect((await client.query("SELECT to_regclass('tags') IS NOT NULL AS present")).rows).toEqual([{ present: true }]);
    } finally {
      await client.end();
    }
    const ended = await endWire(gateway.url, 'prod', session.token);
    expect(ended.body.results.map((r) => r.status)).toEqual(['ok']);
  });

  it('claims a planned statement when it is executed: a named prepared statement runs once', async () => {
    const plan = await planFor({ 'db/012_audit.sql': 'CREATE TABLE audit_events (id int);\nINSERT INTO audit_events VALUES (1);\n' });
    const session = await open(plan);
    const client = new pg.Client({ host: '127.0.0.1', port: session.port, user: 'session', password: session.token, database: 'prod' });
    await client.connect();
    try {
      await client.query('CREATE TABLE audit_events (id int)');
      await client.query({ name: 'seed', text: 'INSERT INTO audit_events VALUES (1)' });
      const again = await client.query({ name: 'seed', text: 'INSERT INTO audit_events VALUES (1)' }).catch((e: pg.DatabaseError) => e);
      expect((again as pg.DatabaseError).code).toBe('42501');
      expect((again as pg.DatabaseError).message).toMatch(/migration-guard refused \[already-ran\]: INSERT INTO audit_events VALUES \(1\)/);
      expect((await client.query('SELECT count(*)::int AS n FROM audit_events')).rows).toEqual([{ n: 1 }]);
    } finally {
      await client.end();
    }
    const ended = await endWire(gateway.url, 'prod', session.token);
    expect(ended.body.results.map((r) => r.status)).toEqual(['ok', 'ok']);
  });

  it('refuses a fast-path FunctionCall (a function called by OID cannot be checked)', async () => {
    const session = await open(await planFor({ 'db/013_x.sql': 'SELECT 1;\n' }));
    const client = new pg.Client({ host: '127.0.0.1', port: session.port, user: 'session', password: session.token, database: 'prod' });
    client.on('error', () => undefined);
    await client.connect();
    try {
      const connection = (client as unknown as { connection: { stream: { write(b: Buffer): void }; once(e: string, f: (m: { code?: string; message?: string }) => void): void } }).connection;
      const refused = new Promise<{ code?: string; message?: string }>((done) => connection.once('errorMessage', done));
      const body = Buffer.alloc(10); // function OID 1 (any), no argument formats, no arguments, text result
      body.writeInt32BE(1, 0);
      const call = Buffer.concat([Buffer.from('F'), Buffer.from([0, 0, 0, 14]), body]);
      connection.stream.write(call);
      const error = await refused;
      expect(error.code).toBe('42501');
      expect(error.message).toMatch(/migration-guard refused \[function-call\]/);
    } finally {
      await client.end();
    }
    await endWire(gateway.url, 'prod', session.token);
  });

  it('cancels a running statement with the gateway-issued cancel key', async () => {
    const plan = await planFor({ 'db/011_slow.sql': 'SELECT pg_sleep(30);\n' });
    const session = await open(plan);
    const client = new pg.Client({ host: '127.0.0.1', port: session.port, user: 'session', password: session.token, database: 'prod' });
    await client.connect();
    try {
      const started = Date.now();
      const running = client.query('SELECT pg_sleep(30)').catch((e: pg.DatabaseError) => e);
      await new Promise((r) => setTimeout(r, 300));
      // node-postgres sends a CancelRequest on a new connection with the key the server (the gateway) gave it.
      const canceller = new pg.Client({ host: '127.0.0.1', port: session.port, user: 'session', password: session.token, database: 'prod' });
      const { processID, secretKey } = client as unknown as { processID: number; secretKey: number };
      await new Promise<void>((done) => {
        const connection = (canceller as unknown as { connection: { cancel(p: number, s: number): void; connect(port: number, host: string): void; on(e: string, f: () => void): void } }).connection;
        connection.on('connect', () => {
          connection.cancel(processID, secretKey);
        });
        connection.on('end', () => done());
        connection.connect(session.port, '127.0.0.1');
      });
      const error = (await running) as pg.DatabaseError;
      expect(error.code).toBe('57014'); // query_canceled
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await client.end();
    }
    await endWire(gateway.url, 'prod', session.token);
  });
});

describe('connecting', () => {
  it('refuses a token that is not an open wire session, with a clear error', async () => {
    const plan = await planFor({ 'db/020_x.sql': 'CREATE TABLE x20 (id int);\n' });
    const exchanged = await exchange(gateway.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE }), { audience: 'prod', plan, scope: 'wire' });
    const port = (await open(plan)).port;
    const notOpened = await psql({ token: exchanged.body.access_token!, port, sessionId: '' }, ['-c', 'SELECT 1']);
    expect(notOpened.code).toBe(2);
    expect(notOpened.stderr).toMatch(/FATAL: {2}migration-guard: session [0-9a-f-]{36} is issued; open it first/);
    const forged = await psql({ token: `${exchanged.body.access_token!.slice(0, -4)}AAAA`, port, sessionId: '' }, ['-c', 'SELECT 1']);
    expect(forged.stderr).toMatch(/FATAL: {2}migration-guard: the session token is invalid/);
    const wrongDatabase = await psql({ token: exchanged.body.access_token!, port, sessionId: '' }, ['-c', 'SELECT 1'], { PGDATABASE: 'postgres' });
    expect(wrongDatabase.stderr).toMatch(/database "postgres" is not served here: connect to database prod/);
  });

  it('when the database drops the connection, the client is told and the endpoint keeps serving', async () => {
    const plan = await planFor({ 'db/022_x.sql': 'CREATE TABLE x22 (id int);\n' });
    const session = await open(plan);
    const client = new pg.Client({ host: '127.0.0.1', port: session.port, user: 'session', password: session.token, database: 'prod' });
    await client.connect();
    const lost = new Promise<Error>((done) => client.on('error', done));
    const { pid } = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!;
    await pg15.query('SELECT pg_terminate_backend($1)', [pid]);
    expect((await lost).message).toMatch(/terminating connection|connection to the database was lost/);
    const next = await psql(session, ['-c', 'CREATE TABLE x22 (id int)']);
    expect(next.code, next.stderr).toBe(0);
    await endWire(gateway.url, 'prod', session.token);
  });

  it('after the session ends, its token no longer connects and open connections are closed', async () => {
    const plan = await planFor({ 'db/021_x.sql': 'CREATE TABLE x21 (id int);\n' });
    const session = await open(plan);
    const client = new pg.Client({ host: '127.0.0.1', port: session.port, user: 'session', password: session.token, database: 'prod' });
    await client.connect();
    const closed = new Promise<Error>((done) => client.on('error', done));
    await endWire(gateway.url, 'prod', session.token);
    expect((await closed).message).toMatch(/the session ended/);
    const after = await psql(session, ['-c', 'SELECT 1']);
    expect(after.stderr).toMatch(/FATAL: {2}migration-guard: session [0-9a-f-]{36} is (done|failed)/);
  });
});

describe('gateway-side review of a wire session', () => {
  it('waits for a reviewer; once approved, the session opens and the plan runs through the endpoint', async () => {
    const plan = await planFor({ 'db/050_drop.sql': 'ALTER TABLE IF EXISTS customers DROP COLUMN IF EXISTS legacy;\n' });
    expect(plan.verdict).toBe('approval');
    const exchanged = await exchange(gateway.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE, environment: 'production-approval' }), { audience: 'reviewed', plan, scope: 'wire' });
    expect(exchanged.status, JSON.stringify(exchanged.body)).toBe(200);
    const pending = await openWire(gateway.url, 'reviewed', exchanged.body.access_token!, plan);
    expect(pending.status).toBe(202);
    expect(pending.body).toMatchObject({ status: 'review_pending', wire: { database: 'reviewed' } });
    const session = { token: exchanged.body.access_token!, port: pending.body.wire!.port, sessionId: String(pending.body.session_id) };
    const early = await psql(session, ['-c', 'ALTER TABLE IF EXISTS customers DROP COLUMN IF EXISTS legacy'], { PGDATABASE: 'reviewed' });
    expect(early.stderr).toMatch(/FATAL: {2}migration-guard: session [0-9a-f-]{36} is waiting for a reviewer/);
    const review = await fetch(`${gateway.url}/v1/sessions/${session.sessionId}/review`, { method: 'POST', headers: { authorization: `Bearer ${REVIEWER_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ decision: 'approve', comment: 'ok' }) });
    expect(await review.json()).toMatchObject({ status: 'approved', reviewer: 'alice' });
    const status = await (await fetch(`${gateway.url}/v1/sessions/${session.sessionId}`, { headers: { authorization: `Bearer ${session.token}` } })).json();
    expect(status.status).toBe('wire_open');
    const applied = await psql(session, ['-c', 'ALTER TABLE IF EXISTS customers DROP COLUMN IF EXISTS legacy'], { PGDATABASE: 'reviewed' });
    expect(applied.code, applied.stderr).toBe(0);
    const ended = await endWire(gateway.url, 'reviewed', session.token);
    expect(ended.body).toMatchObject({ status: 'done', results: [{ index: 0, status: 'ok' }] });
  });
});

describe('TLS, expiry and where the endpoint may listen', () => {
  it('with wire.tls, a client without TLS is refused and a verifying client connects', async () => {
    const tls = selfSignedCertificate();
    const secure = await startGatewayProcess(
      {
        version: 1,
        issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }],
        connections: [{ name: 'prod', driver: 'postgres', 'url-env': 'APP_URL', access: { repository: ['acme/*'] }, wire: { port: 0, tls: { cert: tls.cert, key: tls.key } } }],
      },
      { APP_URL: await pg15.createDatabase('wire_tls') },
    );
    try {
      const plan = await planFor({ 'db/030_tls.sql': 'CREATE TABLE over_tls (id int);\n' });
      const exchanged = await exchange(secure.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE }), { audience: 'prod', plan, scope: 'wire' });
      const opened = await openWire(secure.url, 'prod', exchanged.body.access_token!, plan);
      expect(opened.body.wire).toEqual({ protocol: 'postgres', port: expect.any(Number), tls: true, database: 'prod', user: 'session' });
      const session = { token: exchanged.body.access_token!, port: opened.body.wire!.port, sessionId: '' };
      const plain = await psql(session, ['-c', 'SELECT 1']);
      expect(plain.code).toBe(2);
      expect(plain.stderr).toMatch(/SSL connection is required/);
      const verified = await psql(session, ['-c', 'CREATE TABLE over_tls (id int)'], { PGSSLMODE: 'verify-full', PGSSLROOTCERT: tls.cert });
      expect(verified.code, verified.stderr).toBe(0);
      expect(await pg15.query("SELECT to_regclass('over_tls') IS NOT NULL AS present", [], 'wire_tls')).toEqual([{ present: true }]);
    } finally {
      await secure.stop();
    }
  });

  it('refuses to start a wire endpoint on a non-loopback address without TLS', async () => {
    const refused = await startGatewayProcess({
      version: 1,
      issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }],
      connections: [{ name: 'prod', driver: 'pglite', access: { repository: ['acme/*'] }, wire: { host: '0.0.0.0', port: 0 } }],
    }).catch((error: Error) => error);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toMatch(/a wire endpoint on 0\.0\.0\.0 without TLS would receive session tokens in clear text: set `wire\.tls`/);
  });

  it('closes an open connection when its session expires, and an expired token cannot connect', async () => {
    const shortLived = await startGatewayProcess(
      {
        version: 1,
        issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }],
        sessions: { ttl: 5 },
        connections: [{ name: 'prod', driver: 'postgres', 'url-env': 'APP_URL', access: { repository: ['acme/*'] }, wire: { port: 0 } }],
      },
      { APP_URL: await pg15.createDatabase('wire_expiry') },
    );
    try {
      const plan = await planFor({ 'db/031_x.sql': 'CREATE TABLE x31 (id int);\n' });
      const exchanged = await exchange(shortLived.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE }), { audience: 'prod', plan, scope: 'wire' });
      const opened = await openWire(shortLived.url, 'prod', exchanged.body.access_token!, plan);
      const client = new pg.Client({ host: '127.0.0.1', port: opened.body.wire!.port, user: 'session', password: exchanged.body.access_token!, database: 'prod' });
      await client.connect();
      const closed = new Promise<Error>((done) => client.on('error', done));
      expect((await closed).message).toMatch(/migration-guard: the session (expired|ended \(the session expired\))/);
      const late = await psql({ token: exchanged.body.access_token!, port: opened.body.wire!.port, sessionId: '' }, ['-c', 'SELECT 1']);
      expect(late.stderr).toMatch(/FATAL: {2}migration-guard: the session has expired; run the apply step again/);
      expect(await pg15.query("SELECT to_regclass('x31') IS NULL AS absent", [], 'wire_expiry')).toEqual([{ absent: true }]);
    } finally {
      await shortLived.stop();
    }
  }, 20_000);
});

describe('the audit trail of wire sessions', () => {
  it('holds every relayed statement, every refusal and each session end with the identity, and no token', async () => {
    const audit = (...args: string[]) => runNode(CLI, ['audit', ...args, '--config', gateway.configPath], { cwd: ROOT, env: { STORE_URL: storeUrl } });
    expect((await audit('verify')).stdout).toMatch(/audit trail intact/);
    const exported = (await audit('export', '--format', 'jsonl')).stdout;
    const records = exported.trim().split('\n').map((line) => JSON.parse(line) as { kind: string; data: Record<string, unknown> });
    const kinds = new Set(records.map((r) => r.kind));
    for (const kind of ['wire.open', 'wire.connect', 'wire.result', 'wire.refused', 'wire.end']) expect(kinds).toContain(kind);
    const drop = records.find((r) => r.kind === 'wire.refused' && String(r.data.sql).startsWith('DROP TABLE customers'));
    expect(drop?.data).toMatchObject({ rule: 'not-in-plan', actor: GITHUB_CLAIMS.actor, repository: GITHUB_CLAIMS.repository, run_id: GITHUB_CLAIMS.run_id });
    const opened = records.find((r) => r.kind === 'wire.open' && JSON.stringify(r.data).includes('db/001_customers.sql'));
    expect(opened?.data).toMatchObject({ statements: [{ index: 0, path: 'db/001_customers.sql' }, { index: 1, path: 'db/001_customers.sql' }], identity: { actor: GITHUB_CLAIMS.actor } });
    const ran = records.find((r) => r.kind === 'wire.result' && JSON.stringify(r.data).includes('db/001_customers.sql'));
    expect(ran?.data).toMatchObject({ statements: [{ class: 'planned', index: 0, path: 'db/001_customers.sql' }], answers: ['CREATE TABLE'], transaction: 'I', actor: GITHUB_CLAIMS.actor });
    expect(tokens.length).toBeGreaterThan(5);
    for (const token of tokens) expect(exported).not.toContain(token.split('.')[2]);
    for (const token of tokens) expect(gateway.stderr()).not.toContain(token.split('.')[2]);
  });
});

describe('the embedded PGlite behind the wire endpoint', () => {
  it('a reviewer approving while another connection holds PGlite is told to try again; the session still waits', async () => {
    const embedded = await startGatewayProcess({
      version: 1,
      issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }],
      masking: [{ columns: ['secret'], replacement: '***' }],
      reviewers: [{ name: 'alice', 'token-sha256': createHash('sha256').update(REVIEWER_TOKEN).digest('hex') }],
      connections: [{ name: 'prod', driver: 'pglite', access: { repository: ['acme/*'] }, 'require-review': true, wire: { port: 0 } }],
    });
    const review = (id: string) => fetch(`${embedded.url}/v1/sessions/${id}/review`, { method: 'POST', headers: { authorization: `Bearer ${REVIEWER_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ decision: 'approve' }) });
    try {
      const reading = await planFor({ 'db/060_read.sql': 'SELECT 1;\n' });
      const holder = await exchange(embedded.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE }), { audience: 'prod', plan: reading, scope: 'wire' });
      const port = (await openWire(embedded.url, 'prod', holder.body.access_token!, reading)).body.wire!.port;
      const dropping = await planFor({ 'db/061_drop.sql': 'DROP TABLE IF EXISTS gone;\n' });
      const reviewed = await exchange(embedded.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE, environment: 'production-approval' }), { audience: 'prod', plan: dropping, scope: 'wire' });
      const pending = await openWire(embedded.url, 'prod', reviewed.body.access_token!, dropping);
      expect(pending.status).toBe(202);
      const id = String(pending.body.session_id);
      const client = new pg.Client({ host: '127.0.0.1', port, user: 'session', password: holder.body.access_token!, database: 'prod' });
      await client.connect();
      try {
        const busy = await review(id);
        expect([busy.status, await busy.json()]).toEqual([503, { error: 'unavailable', error_description: expect.stringMatching(/^the columns to mask could not be read from database prod \(the embedded PGlite serves one connection at a time.*approve it again$/) }]);
      } finally {
        await client.end();
      }
      const status = async () => (await (await fetch(`${embedded.url}/v1/sessions/${id}`, { headers: { authorization: `Bearer ${reviewed.body.access_token!}` } })).json()).status;
      expect(await status()).toBe('review_pending');
      expect(await (await review(id)).json()).toMatchObject({ status: 'approved', reviewer: 'alice' });
      expect(await status()).toBe('wire_open');
    } finally {
      await embedded.stop();
    }
  });

  it('relays to PGlite: the plan runs, a refusal arrives as an error, and the next connection works', async () => {
    const embedded = await startGatewayProcess({
      version: 1,
      issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }],
      masking: [{ columns: ['secret'], replacement: '***' }],
      connections: [{ name: 'prod', driver: 'pglite', access: { repository: ['acme/*'] }, wire: { port: 0, tool: 'dbmate' } }],
    });
    try {
      const plan = await planFor({ 'db/040_embedded.sql': "CREATE TABLE embedded (id int, secret text);\nINSERT INTO embedded VALUES (7, 's3');\n" });
      const exchanged = await exchange(embedded.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE }), { audience: 'prod', plan, scope: 'wire' });
      const opened = await openWire(embedded.url, 'prod', exchanged.body.access_token!, plan);
      const session = { token: exchanged.body.access_token!, port: opened.body.wire!.port, sessionId: '' };
      const applied = await psql(session, ['-f', sqlFile("CREATE TABLE embedded (id int, secret text);\nINSERT INTO embedded VALUES (7, 's3');\n")]);
      expect(applied.code, applied.stderr).toBe(0);
      const refused = await psql(session, ['-c', 'DROP TABLE embedded']);
      expect(refused.stderr).toMatch(/ERROR: {2}migration-guard refused \[not-in-plan\]: DROP TABLE embedded/);
      const client = new pg.Client({ host: '127.0.0.1', port: session.port, user: 'session', password: session.token, database: 'prod' });
      await client.connect();
      try {
        expect((await client.query('SELECT id FROM embedded WHERE id = $1', [7])).rows).toEqual([{ id: 7 }]);
        // dbmate's history statements, as dbmate sends them.
        await client.query('create table if not exists public.schema_migrations (version varchar(128) primary key)');
        await client.query('insert into public.schema_migrations (version) values ($1)', ['20240101']);
        const second = await psql(session, ['-c', 'SELECT 1']);
        expect(second.stderr).toMatch(/FATAL: {2}migration-guard: the database cannot be reached through the gateway \(the embedded PGlite serves one connection at a time/);
        // Nor can another session open meanwhile: it cannot read which columns to mask, says so, and stays unused.
        const other = await exchange(embedded.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE }), { audience: 'prod', plan, scope: 'wire' });
        const busy = await openWire(embedded.url, 'prod', other.body.access_token!, plan);
        expect([busy.status, busy.body.status, busy.body.message]).toEqual([503, 'issued', expect.stringMatching(/^the columns to mask could not be read from database prod \(the embedded PGlite serves one connection at a time.*the session is unused/)]);
      } finally {
        await client.end();
      }
      const ended = await endWire(embedded.url, 'prod', session.token);
      expect(ended.body.results.map((r) => r.status)).toEqual(['ok', 'ok']);
      // A session opened once the table exists masks its column renamed, by its source in PGlite's catalog too.
      const readPlan = await planFor({ 'db/041_read.sql': 'SELECT 1;\n' });
      const reader = await exchange(embedded.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE }), { audience: 'prod', plan: readPlan, scope: 'wire' });
      const readerPort = (await openWire(embedded.url, 'prod', reader.body.access_token!, readPlan)).body.wire!.port;
      const read = await psql({ token: reader.body.access_token!, port: readerPort, sessionId: '' }, ['-A', '-t', '-c', 'SELECT id, secret, secret AS s FROM embedded']);
      expect(read.stdout, read.stderr).toBe('7|***|***\n');
      await endWire(embedded.url, 'prod', reader.body.access_token!);
    } finally {
      await embedded.stop();
    }
  });
});
