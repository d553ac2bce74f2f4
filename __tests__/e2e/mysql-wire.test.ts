/**
 * The MySQL wire endpoint on a real MariaDB: teams keep their tools. `migration-guard run` opens a wire session and
 * runs dbmate (Go's MySQL driver: multi-statement queries, prepared statements for its history) and the mariadb
 * client (`mariadb < file`) against the gateway; mysql2 (a JavaScript tool's driver) checks statement by statement
 * what is let through, what is refused, the native-password check of the token and masking in both row formats.
 */
import { appendFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mysql from 'mysql2/promise';
import { startMariaDb, type MariaDbServer } from '../../bench/lib/mariadb-server.mjs';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway.js';
import { GITHUB_CLAIMS, LocalIssuer } from '../helpers/issuer.js';
import { endWire, exchange, openWire, planFor, type TestPlan } from '../helpers/plan.js';
import { planDigestIn, runTool } from '../helpers/tool-run.js';
import { ROOT, tempDir, workspaceWith } from '../helpers/run.js';
import { privateCertificateAuthority } from '../helpers/tls.js';
import { readFileSync } from 'node:fs';

const AUDIENCE = 'https://gateway.test';
let maria: MariaDbServer;
let issuer: LocalIssuer;
let gateway: GatewayProcess;
let admin: mysql.Connection;

const rows = async <T = Record<string, unknown>>(sql: string) => (await admin.query(sql))[0] as T[];
const POLICY = 'version: 1\ndialect: mariadb\n';

const plan = (cwd: string, patterns: string[] = []) => planDigestIn(cwd, patterns);
const run = async (cwd: string, connection: string, digest: string, command: string[], patterns: string[] = []) => runTool(gateway.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE }), cwd, connection, digest, command, patterns);

/** A wire session for a plan, opened directly (as `run` does), and a mysql2 connection to it. */
async function session(connection: string, p: TestPlan, claims: Record<string, unknown> = {}) {
  const token = await exchange(gateway.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE, ...claims }), { audience: connection, plan: p, scope: 'wire' });
  expect(token.status, JSON.stringify(token.body)).toBe(200);
  const opened = await openWire(gateway.url, connection, token.body.access_token!, p);
  expect(opened.body.status, JSON.stringify(opened.body)).toBe('wire_open');
  expect(opened.body.wire).toMatchObject({ protocol: 'mysql', database: connection, user: 'session' });
  const connect = (password = token.body.access_token!, multipleStatements = false, ssl?: { ca: Buffer }) => mysql.createConnection({ host: '127.0.0.1', port: opened.body.wire!.port, user: 'session', password, database: connection, multipleStatements, ...(ssl ? { ssl } : {}) });
  return { token: token.body.access_token!, port: opened.body.wire!.port, connect, end: () => endWire(gateway.url, connection, token.body.access_token!) };
}

let authority: ReturnType<typeof privateCertificateAuthority>;

beforeAll(async () => {
  // The server offers TLS: the gateway's connection with tls-ca verifies it; the others do not use it.
  authority = privateCertificateAuthority();
  maria = await startMariaDb({ tls: { cert: authority.cert, key: authority.key } });
  admin = await mysql.createConnection({ uri: maria.url(), multipleStatements: true });
  await admin.query("CREATE USER 'app'@'%' IDENTIFIED BY 'app-secret'");
  const env: Record<string, string> = {};
  const connections = [];
  const boundedPolicy = join(tempDir('mg-policy-'), 'policy.yml');
  writeFileSync(boundedPolicy, 'version: 1\nmax-rows: { delete: 1 }\n');
  for (const [name, tool] of [['tools', 'dbmate'], ['shop', 'none'], ['secure', 'none'], ['js', 'knex'], ['bounded', 'none']] as const) {
    await admin.query(`CREATE DATABASE ${name}; GRANT ALL ON ${name}.* TO 'app'@'%'`);
    env[`URL_${name.toUpperCase()}`] = `mysql://app:app-secret@127.0.0.1:${maria.port}/${name}`;
    const secure = name === 'secure' ? { 'tls-ca': authority.ca } : {};
    connections.push({ name, driver: 'mysql', dialect: 'mariadb', 'url-env': `URL_${name.toUpperCase()}`, ...secure, ...(name === 'bounded' ? { policy: boundedPolicy } : {}), access: { repository: ['acme/*'] }, wire: { port: 0, tool, ...(name === 'secure' ? { tls: { cert: authority.cert, key: authority.key } } : {}) } });
  }
  issuer = await new LocalIssuer().start();
  gateway = await startGatewayProcess({ version: 1, issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }], masking: [{ columns: ['email'], replacement: '***' }], connections }, env);
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await issuer?.stop();
  await admin?.end();
  maria?.stop();
});

describe('dbmate through the MySQL wire endpoint', () => {
  const files = {
    '.github/migration-guard.yml': `${POLICY}tool: dbmate\n`,
    'db/migrations/20260101000000_users.sql': '-- migrate:up\nCREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200)) ENGINE=InnoDB;\nINSERT INTO users VALUES (1, \'a@example.com\');\n\n-- migrate:down\nDROP TABLE users;\n',
    'db/migrations/20260102000000_orders.sql': '-- migrate:up\nCREATE TABLE orders (id INT PRIMARY KEY, user_id INT) ENGINE=InnoDB;\n\n-- migrate:down\nDROP TABLE orders;\n',
  };
  const migrate = ['dbmate', '--no-dump-schema', '--migrations-dir', 'db/migrations', 'migrate'];

  it('applies the approved plan, its schema_migrations is right, and a second run applies nothing', async () => {
    const cwd = workspaceWith(files);
    const digest = await plan(cwd);
    const applied = await run(cwd, 'tools', digest, migrate);
    expect(applied.code, `${applied.stdout}\n${applied.stderr}`).toBe(0);
    expect(applied.stdout).toMatch(/done: 3 planned statements ran, 0 did not, 0 refused/);
    expect(await rows('SELECT version FROM tools.schema_migrations ORDER BY version')).toEqual([{ version: '20260101000000' }, { version: '20260102000000' }]);
    expect(await rows('SELECT id FROM tools.users')).toEqual([{ id: 1 }]);

    const again = await run(cwd, 'tools', digest, migrate);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/done: Nothing to do: this plan was already applied \(3 statements skipped; ended by the client\)\./);
    expect(await rows('SELECT COUNT(*) AS n FROM tools.users')).toEqual([{ n: 1 }]);
  });

  it('refuses a migration added after approval: the database and its history are unchanged', async () => {
    const cwd = workspaceWith({ ...files, 'db/migrations/20260103000000_more.sql': '-- migrate:up\nCREATE TABLE refunds (id INT);\n-- migrate:down\nDROP TABLE refunds;\n' });
    const digest = await plan(cwd, ['db/migrations/20260103000000_more.sql']);
    writeFileSync(join(cwd, 'db/migrations/20260104000000_evil.sql'), '-- migrate:up\nDROP TABLE users;\n-- migrate:down\n');
    const tampered = await run(cwd, 'tools', digest, migrate, ['db/migrations/20260103000000_more.sql']);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/refused \(not-in-plan\): DROP TABLE users/);
    expect(tampered.stderr).toMatch(/migration-guard refused "DROP TABLE users"/); // what dbmate printed
    expect(await rows("SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'tools' AND TABLE_NAME = 'users'")).toEqual([{ n: 1 }]);
    expect(await rows("SELECT version FROM tools.schema_migrations WHERE version = '20260104000000'")).toEqual([]);
  });
});

describe('knex (a JavaScript tool; its migrations run SQL files)', () => {
  // The knex migration runs its .sql file as one multi-statement query; the plan is the .sql files.
  const files = {
    '.github/migration-guard.yml': `${POLICY}migrations: ["migrations/*.sql"]\n`,
    'knexfile.cjs': "module.exports = { client: 'mysql2', connection: `${process.env.DATABASE_URL}${process.env.DATABASE_URL.includes('?') ? '&' : '?'}multipleStatements=true`, migrations: { directory: './migrations', loadExtensions: ['.cjs'] } };\n",
    'migrations/20260101000000_products.sql': 'CREATE TABLE products (id INT PRIMARY KEY, name VARCHAR(100)) ENGINE=InnoDB;\nINSERT INTO products VALUES (1, \'lamp\');\n',
    'migrations/20260101000000_products.cjs': "const { readFileSync } = require('node:fs');\nexports.up = (knex) => knex.raw(readFileSync(__filename.replace(/\\.cjs$/, '.sql'), 'utf8'));\nexports.down = () => undefined;\n",
  };
  const latest = ['knex --knexfile knexfile.cjs migrate:latest'];

  it('applies the approved plan, its knex_migrations is right, and a second run applies nothing', async () => {
    const cwd = workspaceWith(files);
    symlinkSync(join(ROOT, 'node_modules'), join(cwd, 'node_modules'));
    const digest = await plan(cwd);
    const applied = await run(cwd, 'js', digest, latest);
    expect(applied.code, `${applied.stdout}\n${applied.stderr}`).toBe(0);
    expect(applied.stdout).toMatch(/done: 2 planned statements ran, 0 did not, 0 refused/);
    expect(await rows('SELECT name FROM js.knex_migrations')).toEqual([{ name: '20260101000000_products.cjs' }]);
    expect(await rows('SELECT is_locked FROM js.knex_migrations_lock')).toEqual([{ is_locked: 0 }]);
    const again = await run(cwd, 'js', digest, latest);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/done: Nothing to do: this plan was already applied \(2 statements skipped/);
    expect(await rows('SELECT COUNT(*) AS n FROM js.products')).toEqual([{ n: 1 }]);
  });

  it('a knex history write shaped otherwise (another table, another column) is refused', async () => {
    const p = await planFor({ 'db/090.sql': 'SELECT 4;\n' }, undefined, 'mariadb');
    const s = await session('js', p);
    const c = await s.connect();
    await expect(c.query("insert into `knex_migrations` (`batch`, `migration_time`, `name`, `id`) values (1, '2026-01-01', 'x', 99)")).rejects.toThrow(/INSERT is a change/);
    await expect(c.query('update `knex_migrations_lock` set `is_locked` = 0, `index` = 5')).rejects.toThrow(/UPDATE is a change/);
    await c.query('update `knex_migrations_lock` set `is_locked` = 0');
    await c.end();
    await s.end();
  });
});

describe('the mariadb client through the MySQL wire endpoint', () => {
  it('mariadb < file applies the plan; a statement added after approval is refused before it reaches the server', async () => {
    const cwd = workspaceWith({ '.github/migration-guard.yml': POLICY, 'db/001_accounts.sql': 'CREATE TABLE accounts (id INT PRIMARY KEY, email VARCHAR(100));\nINSERT INTO accounts VALUES (1, \'x@example.com\');\n' });
    const digest = await plan(cwd);
    const client = ['mariadb --no-defaults --protocol=TCP -u session shop < db/001_accounts.sql'];
    const applied = await run(cwd, 'shop', digest, client);
    expect(applied.code, `${applied.stdout}\n${applied.stderr}`).toBe(0);
    expect(applied.stdout).toMatch(/done: 2 planned statements ran, 0 did not, 0 refused/);
    expect(await rows('SELECT id FROM shop.accounts')).toEqual([{ id: 1 }]);

    appendFileSync(join(cwd, 'db/002_extra.sql'), 'DELETE FROM accounts;\n');
    const tampered = await run(cwd, 'shop', digest, ['mariadb --no-defaults --protocol=TCP -u session shop < db/002_extra.sql'], ['db/001_accounts.sql']);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toMatch(/ERROR 1227 \(42000\).*migration-guard refused "DELETE FROM accounts"/);
    expect(await rows('SELECT COUNT(*) AS n FROM shop.accounts')).toEqual([{ n: 1 }]);
  });
});

describe('what the endpoint lets through (mysql2, as a JavaScript tool connects)', () => {
  it('a wrong token is refused at login; the right one opens the session', async () => {
    const p = await planFor({ 'db/010.sql': 'CREATE TABLE t10 (id INT);\n' }, undefined, 'mariadb');
    const s = await session('shop', p);
    await expect(s.connect(`${s.token}x`)).rejects.toThrow(/access denied: the password is not the token of a wire session/);
    const c = await s.connect();
    await c.query('CREATE TABLE t10 (id INT)');
    await c.end();
    const ended = await s.end();
    expect(ended.body.results.map((r) => r.status)).toEqual(['ok']);
  });

  it('each planned statement runs once; reads run without a plan; changes, writes to mysql.* and lexing settings are refused', async () => {
    const p = await planFor({ 'db/020.sql': "CREATE TABLE t20 (id INT PRIMARY KEY, email VARCHAR(100));\nINSERT INTO t20 VALUES (1, 'secret@example.com');\n" }, undefined, 'mariadb');
    const s = await session('shop', p);
    const c = await s.connect();
    // Whitespace and comments do not matter; the parse tree does.
    await c.query('create   table t20 (id INT PRIMARY KEY, email VARCHAR(100)) -- the same statement\n');
    await expect(c.query('CREATE TABLE t20 (id INT PRIMARY KEY, email VARCHAR(100))')).rejects.toThrow(/has already run in this session/);
    await expect(c.query("INSERT INTO t20 VALUES (2, 'other@example.com')")).rejects.toThrow(/not a statement of the approved plan .* INSERT is a change/);
    await expect(c.query('SELECT User, Password FROM mysql.user')).rejects.toThrow(/mysql schema holds accounts/);
    await expect(c.query("SET sql_mode = 'NO_BACKSLASH_ESCAPES'")).rejects.toThrow(/SET sql_mode is not one of the session settings/);
    await expect(c.query('SHOW GRANTS')).rejects.toThrow(/SHOW GRANTS is not one of the SHOW forms/);
    await expect(c.query('SELECT SLEEP(5)')).rejects.toThrow(/sleep\(\), which is not a read-only built-in/i);
    // Code in /*!NNNNN … */ runs or not by the server's version: never without a plan.
    await expect(c.query('SELECT 1 /*!99999 , 2 */')).rejects.toThrow(/holds \/\*! … \*\/ code, which the server runs or skips by its version/);
    await expect(c.query('THIS IS NOT SQL')).rejects.toThrow(/cannot parse/);
    // The planned INSERT, prepared: claimed when executed, masked when read back in both row formats.
    await c.execute("INSERT INTO t20 VALUES (1, 'secret@example.com')");
    const [text] = await c.query('SELECT id, email AS contact FROM t20');
    const [binary] = await c.execute('SELECT id, email FROM t20 WHERE id = ?', [1]);
    expect(text).toEqual([{ id: 1, contact: '***' }]);
    expect(binary).toEqual([{ id: 1, email: '***' }]);
    await c.end();
    const ended = await s.end();
    expect(ended.body.results.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(ended.body.refused.map((r) => r.rule)).toEqual(['already-ran', 'not-in-plan', 'not-in-plan', 'not-in-plan', 'not-in-plan', 'not-in-plan', 'not-in-plan', 'unparseable']);
    expect(await rows('SELECT id, email FROM shop.t20')).toEqual([{ id: 1, email: 'secret@example.com' }]);
  });

  it('a planned statement rolled back is free to run again; one committed is not', async () => {
    const p = await planFor({ 'db/030.sql': 'CREATE TABLE t30 (id INT) ENGINE=InnoDB;\nINSERT INTO t30 VALUES (1);\n' }, undefined, 'mariadb');
    const s = await session('shop', p);
    const c = await s.connect();
    await c.query('CREATE TABLE t30 (id INT) ENGINE=InnoDB');
    await c.query('START TRANSACTION');
    await c.query('INSERT INTO t30 VALUES (1)');
    await c.query('ROLLBACK');
    await c.query('START TRANSACTION');
    await c.query('INSERT INTO t30 VALUES (1)');
    await c.query('COMMIT');
    await expect(c.query('INSERT INTO t30 VALUES (1)')).rejects.toThrow(/already run/);
    await c.end();
    const ended = await s.end();
    expect(ended.body.results.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(await rows('SELECT id FROM shop.t30')).toEqual([{ id: 1 }]);
  });

  it('a connection closed inside a transaction gives its claims back (the server rolled them back)', async () => {
    const p = await planFor({ 'db/040.sql': 'INSERT INTO t30 VALUES (2);\n' }, undefined, 'mariadb');
    const s = await session('shop', p);
    const c = await s.connect();
    await c.query('START TRANSACTION');
    await c.query('INSERT INTO t30 VALUES (2)');
    c.destroy();
    await new Promise((r) => setTimeout(r, 300));
    const ended = await s.end();
    expect(ended.body.results.map((r) => r.status)).toEqual(['not_run']);
    expect(await rows('SELECT id FROM shop.t30 ORDER BY id')).toEqual([{ id: 1 }]);
  });

  it('in a packet of several statements, a COMMIT (or autocommit) settles only what ran before it', async () => {
    await admin.query('CREATE TABLE shop.t95 (id INT PRIMARY KEY) ENGINE=InnoDB; INSERT INTO shop.t95 VALUES (2)');
    const p = await planFor({ 'db/095.sql': 'INSERT INTO t95 VALUES (1);\nINSERT INTO t95 VALUES (2);\n' }, undefined, 'mariadb');
    const s = await session('shop', p);
    const c = await s.connect(undefined, true);
    // The first commits on its own; the second fails (duplicate key): it did not run, and is not reported as run.
    await expect(c.query('INSERT INTO t95 VALUES (1); INSERT INTO t95 VALUES (2)')).rejects.toThrow();
    await c.end();
    const ended = await s.end();
    expect(ended.body.results.map((r) => r.status)).toEqual(['ok', 'not_run']);
  });

  it('a command too short for its fields ends that connection; the gateway serves the next one', async () => {
    const p = await planFor({ 'db/096.sql': 'SELECT 5;\n' }, undefined, 'mariadb');
    const s = await session('shop', p);
    const c = await s.connect();
    const raw = (c as unknown as { connection: { stream: import('node:net').Socket } }).connection.stream;
    const closed = new Promise((r) => raw.once('close', r));
    raw.write(Buffer.from([1, 0, 0, 0, 0x19])); // COM_STMT_CLOSE without its statement id
    await closed;
    const again = await s.connect();
    expect((await again.query('SELECT 5 AS five'))[0]).toEqual([{ five: 5 }]);
    await again.end();
    await s.end();
  });

  it('unknown commands end the connection; a client on a multibyte character set that can hide a quote is refused', async () => {
    const p = await planFor({ 'db/050.sql': 'SELECT 1;\n' }, undefined, 'mariadb');
    const s = await session('shop', p);
    await expect(mysql.createConnection({ host: '127.0.0.1', port: s.port, user: 'session', password: s.token, database: 'shop', charset: 'GBK_CHINESE_CI' })).rejects.toThrow(/connect with character set utf8mb4/);
    const c = await s.connect();
    // COM_FIELD_LIST (0x04), which no tool of ours sends: the connection ends with an error.
    const raw = (c as unknown as { connection: { stream: import('node:net').Socket } }).connection.stream;
    const closed = new Promise((r) => raw.once('close', r));
    raw.write(Buffer.from([5, 0, 0, 0, 0x04, 0x74, 0x31, 0x30, 0x00]));
    await closed;
    await s.end();
  });

  it('a planned SET that makes the server read statements differently ends the connection before anything else is read', async () => {
    const p = await planFor({ 'db/060.sql': "SET sql_mode = 'NO_BACKSLASH_ESCAPES';\n" }, undefined, 'mariadb');
    const s = await session('shop', p);
    await admin.query('CREATE TABLE shop.keep60 (id INT)');
    const c = await s.connect(undefined, true);
    c.on('error', () => undefined);
    await c.query("SET sql_mode = 'NO_BACKSLASH_ESCAPES'");
    // Under that mode the server would end the string at \' and run the DROP: the gateway reads no further.
    await expect(c.query("SELECT '\\'; DROP TABLE keep60; -- '")).rejects.toThrow();
    const ended = await s.end();
    expect(ended.body.results.map((r) => r.status)).toEqual(['ok']);
    expect(await rows("SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'shop' AND TABLE_NAME = 'keep60'")).toEqual([{ n: 1 }]);
  });

  it("a server whose sql_mode the gateway cannot lex under is refused at login, saying which flag", async () => {
    const p = await planFor({ 'db/070.sql': 'SELECT 3;\n' }, undefined, 'mariadb');
    const s = await session('shop', p);
    const [[{ mode }]] = (await admin.query('SELECT @@GLOBAL.sql_mode AS mode')) as unknown as [[{ mode: string }]];
    await admin.query("SET GLOBAL sql_mode = CONCAT(@@GLOBAL.sql_mode, ',ANSI_QUOTES')");
    try {
      await expect(s.connect()).rejects.toThrow(/sql_mode has ANSI_QUOTES, under which the database reads statements differently from the gateway/);
    } finally {
      await admin.query('SET GLOBAL sql_mode = ?', [mode]);
    }
    await s.end();
  });
});

describe('TLS on both legs', () => {
  it('with wire.tls a client without TLS is refused; a verifying client connects, and the gateway reaches the server over verified TLS (tls-ca)', async () => {
    const p = await planFor({ 'db/080.sql': 'CREATE TABLE over_tls (id INT);\n' }, undefined, 'mariadb');
    const s = await session('secure', p);
    await expect(s.connect()).rejects.toThrow(/this endpoint requires TLS/);
    const c = await s.connect(undefined, false, { ca: readFileSync(authority.ca) });
    await c.query('CREATE TABLE over_tls (id INT)');
    // The server's view of the gateway's connection: a TLS cipher.
    const [status] = await c.query("SHOW SESSION STATUS LIKE 'Ssl_cipher'");
    expect((status as Array<{ Value: string }>)[0]!.Value).not.toBe('');
    await c.end();
    const ended = await s.end();
    expect(ended.body.results.map((r) => r.status)).toEqual(['ok']);
  });
});

describe('the check on the MySQL wire endpoint', () => {
  it('a planned CALL whose procedure drops a table it does not name ends the session: committed, so said and stopped', async () => {
    await admin.query('CREATE TABLE bounded.audit_log (id INT); CREATE PROCEDURE bounded.tidy() BEGIN DROP TABLE audit_log; END');
    const p = await planFor({ 'db/100.sql': 'CALL tidy();\nCREATE TABLE after_tidy (id INT);\n' }, undefined, 'mariadb');
    const s = await session('bounded', p, { environment: 'production-approval' });
    const c = await s.connect();
    c.on('error', () => undefined);
    await c.query('CALL tidy()');
    await expect(c.query('CREATE TABLE after_tidy (id INT)')).rejects.toThrow();
    const ended = await s.end();
    expect(ended.body.status).toBe('failed');
    expect(ended.body.refused).toContainEqual(expect.objectContaining({ rule: 'effects-beyond-approval', reason: expect.stringMatching(/cannot be undone on MySQL: it drops .*audit_log/) }));
    expect(await rows("SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'bounded' AND TABLE_NAME = 'after_tidy'")).toEqual([{ n: 0 }]);
  });

  it('a transaction that deletes more rows than max-rows allows: its COMMIT is refused, and it can only roll back', async () => {
    await admin.query('CREATE TABLE bounded.big (id INT PRIMARY KEY) ENGINE=InnoDB; INSERT INTO bounded.big VALUES (1), (2), (3)');
    const p = await planFor({ 'db/110.sql': 'DELETE FROM big WHERE id > 1;\n' }, undefined, 'mariadb');
    const s = await session('bounded', p);
    const c = await s.connect();
    await c.query('START TRANSACTION');
    await c.query('DELETE FROM big WHERE id > 1');
    await expect(c.query('COMMIT')).rejects.toThrow(/migration-guard refused "COMMIT": the transaction did more than the approval covers, so it is not committed: it deletes 2 rows from big: more than the 1 rows per table the policy allows/);
    await c.query('ROLLBACK');
    await c.end();
    const ended = await s.end();
    expect(ended.body.results.map((r) => r.status)).toEqual(['not_run']);
    expect(ended.body.check_ms).toBeGreaterThan(0);
    expect(await rows('SELECT COUNT(*) AS n FROM bounded.big')).toEqual([{ n: 3 }]);
  });

  it('in autocommit, rows beyond max-rows are already committed: the session ends and says so', async () => {
    await admin.query('CREATE TABLE bounded.big2 (id INT PRIMARY KEY) ENGINE=InnoDB; INSERT INTO bounded.big2 VALUES (1), (2), (3)');
    const p = await planFor({ 'db/120.sql': 'DELETE FROM big2 WHERE id > 1;\nDELETE FROM big2;\n' }, undefined, 'mariadb');
    const s = await session('bounded', p, { environment: 'production-approval' });
    const c = await s.connect();
    c.on('error', () => undefined);
    await c.query('DELETE FROM big2 WHERE id > 1');
    await expect(c.query('DELETE FROM big2')).rejects.toThrow();
    const ended = await s.end();
    expect(ended.body.refused).toContainEqual(expect.objectContaining({ rule: 'effects-beyond-approval', reason: expect.stringMatching(/cannot be undone on MySQL: it deletes 2 rows from big2: more than the 1 rows per table/) }));
    expect(await rows('SELECT id FROM bounded.big2')).toEqual([{ id: 1 }]);
  });
});
