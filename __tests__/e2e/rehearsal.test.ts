/**
 * The plan judges a change by what it does: `migration-guard scan --base` on a git repository whose earlier
 * migrations build a shadow database (the embedded PGlite, or a real PostgreSQL server with --shadow-url), each change
 * run on it. Statements whose text looks harmless are gated with their effect named; harmless look-alikes pass.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { startMariaDb, type MariaDbServer } from '../../bench/lib/mariadb-server.mjs';
import { CLI, runNode, tempDir, workspaceWith } from '../helpers/run.js';

/** One shadow cache for the suite's scans: the same history replays once, then starts from its dump. */
const SHADOW_CACHE = { MIGRATION_GUARD_SHADOW_CACHE: tempDir('mg-shadow-cache-') };

const HISTORY = `CREATE TABLE users (id int PRIMARY KEY, email varchar(200) NOT NULL, amount numeric(12,2));
INSERT INTO users VALUES (1, 'a@example.com', 10.50), (2, 'b@example.com', 3.25);
CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users (id) ON DELETE CASCADE);
INSERT INTO orders VALUES (10, 1), (11, 2);
CREATE ROLE app_reader NOLOGIN;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER audit_users AFTER UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
`;

/** A repository whose history is committed, with `change` added on top, scanned as a pull request would be. */
async function scanChange(change: string, extra: string[] = [], policy = '') {
  const dir = workspaceWith({ '.github/migration-guard.yml': `version: 1\nmigrations: ["db/*.sql"]\n${policy}`, 'db/001_init.sql': HISTORY });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('-c', 'user.email=ci@example.com', '-c', 'user.name=CI', 'add', '.');
  git('-c', 'user.email=ci@example.com', '-c', 'user.name=CI', 'commit', '-q', '-m', 'history');
  writeFileSync(join(dir, 'db/002_change.sql'), change);
  const scanned = await runNode(CLI, ['scan', '--base', 'HEAD', '--format', 'json', ...extra], { cwd: dir, env: SHADOW_CACHE });
  const report = JSON.parse(scanned.stdout) as {
    verdict: string;
    rehearsal?: { status: string; shadow?: string; historyFiles?: number; why?: string };
    files: Array<{ path: string; statements: Array<{ findings: Array<{ rule: string; message: string }>; effects?: Array<{ description: string; rule: string | null }> }> }>;
  };
  const findings = report.files.flatMap((f) => f.statements.flatMap((s) => s.findings));
  return { report, findings, stderr: scanned.stderr, dir };
}

describe('rehearsal on the embedded PGlite', () => {
  it('a statement that runs past rehearse-timeout is stopped (PGlite runs in a worker thread): it is a finding, and the rest is not rehearsed', async () => {
    // The loop never ends by itself: the scan finishes only because the worker is ended.
    const { report, findings } = await scanChange('DO $$ BEGIN LOOP PERFORM 1; END LOOP; END $$;\nDROP TABLE orders;\n', [], 'rehearse-timeout: 5\n');
    expect(report.rehearsal).toMatchObject({ status: 'rehearsed', why: expect.stringMatching(/the shadow database refused db\/002_change\.sql statement 1/) });
    expect(findings.filter((f) => f.rule === 'rehearsal-failed').map((f) => f.message)).toEqual([expect.stringMatching(/^It ran longer than the policy's rehearse-timeout on the shadow database and was stopped, so what it does is unknown/)]);
    expect(report.verdict).not.toBe('pass');
  });

  it.each([
    ['an unqualified DROP after a temporary table that is gone at commit', 'CREATE TEMP TABLE users (id int) ON COMMIT DROP;\nDROP TABLE users CASCADE;\n', 'effect-data-loss', /drops table public\.users \(2 rows\)/],
    ['a lossy cast', 'ALTER TABLE users ALTER COLUMN amount TYPE integer;\n', 'effect-lossy-cast', /It changes column public\.users\.amount from numeric\(12,2\) to integer/],
    ['a DELETE whose cascade empties another table', 'DELETE FROM users WHERE id = 1;\n', 'effect-data-loss', /deletes 1 row from public\.orders/],
    ['SECURITY DEFINER on an existing function', 'ALTER FUNCTION touch() SECURITY DEFINER;\n', 'effect-privilege', /SECURITY DEFINER/],
    ['a password set on an existing role', "ALTER ROLE app_reader PASSWORD 'secret';\n", 'effect-privilege', /sets the password of role app_reader/],
    ['ENABLE REPLICA on an existing trigger', 'ALTER TABLE users ENABLE REPLICA TRIGGER audit_users;\n', 'effect-safeguard', /to fire only on replicas/],
    ['row-level security switched off', 'ALTER TABLE users DISABLE ROW LEVEL SECURITY;\n', 'effect-privilege', /disables row-level security on table public\.users/],
    ['a string that hides a statement once standard_conforming_strings is off', "SET standard_conforming_strings = off;\nSELECT 'a\\\\'; DROP TABLE orders; SELECT '';\n", 'effect-data-loss', /drops table public\.orders/],
  ])('%s is gated, its effect named', async (_, change, rule, effect) => {
    const { report, findings } = await scanChange(change);
    expect(report.rehearsal).toMatchObject({ status: 'rehearsed', shadow: 'pglite', historyFiles: 1 });
    expect(report.verdict).not.toBe('pass');
    expect(findings.filter((f) => f.rule === rule).map((f) => f.message).join('\n')).toMatch(effect);
  });

  it.each([
    ['a new table, filled and changed', 'CREATE TABLE invoices (id int PRIMARY KEY, total numeric);\nINSERT INTO invoices VALUES (1, 2);\nALTER TABLE invoices ALTER COLUMN total TYPE integer;\n'],
    ['a column added and a wider type', 'ALTER TABLE users ADD COLUMN nickname text;\nALTER TABLE users ALTER COLUMN email TYPE varchar(300);\n'],
    ['a DELETE that matches nothing', 'DELETE FROM orders WHERE id = 999;\n'],
  ])('%s passes', async (_, change) => {
    const { report, findings } = await scanChange(change);
    expect(report.rehearsal?.status).toBe('rehearsed');
    expect(findings.filter((f) => f.rule.startsWith('effect-') || f.rule === 'rehearsal-failed')).toEqual([]);
  });

  it('says what the change does in the text report, and a statement the shadow refuses is a finding with its error', async () => {
    const { dir } = await scanChange('DELETE FROM users WHERE id = 2;\n');
    const text = await runNode(CLI, ['scan', '--base', 'HEAD'], { cwd: dir, env: SHADOW_CACHE });
    expect(text.stdout).toMatch(/What this change does \(to what existed before it\):\n( {2}.*\n)* {2}db\/002_change\.sql:1 {2}deletes 1 row from public\.users {2}\[effect-data-loss\]/);
    expect(text.stdout).toMatch(/ {2}db\/002_change\.sql:1 {2}deletes 1 row from public\.orders {2}\[effect-data-loss\]/);
    expect(text.stdout).toMatch(/rehearsed on a shadow database \(pglite\) built from 1 earlier migration file/);
    const { findings } = await scanChange('ALTER TABLE missing ADD COLUMN x int;\n');
    expect(findings.map((f) => [f.rule, f.message])).toContainEqual(['rehearsal-failed', expect.stringMatching(/The shadow database refused it: relation "missing" does not exist/)]);
  });

  it('without a history there is nothing to rehearse on: it says so, and rehearse: required makes that a finding', async () => {
    const dir = workspaceWith({ 'db/001.sql': 'DROP TABLE users;\n' });
    const plain = JSON.parse((await runNode(CLI, ['scan', 'db', '--format', 'json'], { cwd: dir })).stdout);
    expect(plain.rehearsal).toMatchObject({ status: 'not-rehearsed', why: expect.stringMatching(/no history/) });
    const required = JSON.parse((await runNode(CLI, ['scan', 'db', '--format', 'json', '--rehearse', 'required'], { cwd: dir })).stdout);
    expect(required.files[0].statements[0].findings.map((f: { rule: string }) => f.rule)).toContain('not-rehearsed');
    const off = JSON.parse((await runNode(CLI, ['scan', 'db', '--format', 'json', '--rehearse', 'off'], { cwd: dir })).stdout);
    expect(off.rehearsal).toEqual({ status: 'off' });
  });
});

describe('rehearsal on SQLite (sql.js, in-process)', () => {
  const SQLITE_HISTORY = 'CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\nINSERT INTO users VALUES (1, \'a@example.com\'), (2, \'b@example.com\');\nCREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id) ON DELETE CASCADE);\nINSERT INTO orders VALUES (10, 1), (11, 2);\n';

  async function scanSqlite(change: string) {
    const dir = workspaceWith({ '.github/migration-guard.yml': 'version: 1\ndialect: sqlite\nmigrations: ["db/*.sql"]\n', 'db/001_init.sql': SQLITE_HISTORY });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=CI', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'history');
    writeFileSync(join(dir, 'db/002_change.sql'), change);
    const report = JSON.parse((await runNode(CLI, ['scan', '--base', 'HEAD', '--format', 'json'], { cwd: dir })).stdout);
    return { report, findings: report.files.flatMap((f: { statements: Array<{ findings: Array<{ rule: string; message: string }> }> }) => f.statements.flatMap((s) => s.findings)) as Array<{ rule: string; message: string }> };
  }

  it('a DELETE by rowid, and its cascade, are named', async () => {
    const { report, findings } = await scanSqlite('DELETE FROM users WHERE rowid = 1;\n');
    expect(report.rehearsal).toMatchObject({ status: 'rehearsed', shadow: 'sqlite' });
    const lost = findings.filter((f) => f.rule === 'effect-data-loss').map((f) => f.message).join('\n');
    expect(lost).toMatch(/deletes 1 row from main\.users/);
    expect(lost).toMatch(/deletes 1 row from main\.orders/);
  });

  it("SQLite's table rebuild keeps every row and passes; a rename is named as a move", async () => {
    const rebuild = 'PRAGMA foreign_keys = OFF;\nCREATE TABLE users_new (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT);\nINSERT INTO users_new (id, email) SELECT id, email FROM users;\nDROP TABLE users;\nALTER TABLE users_new RENAME TO users;\nPRAGMA foreign_keys = ON;\n';
    const rebuilt = await scanSqlite(rebuild);
    expect(rebuilt.findings.filter((f) => f.rule.startsWith('effect-') && f.rule !== 'effect-rows-updated')).toEqual([]);
    const renamed = await scanSqlite('ALTER TABLE orders RENAME TO purchases;\n');
    expect(renamed.findings.filter((f) => f.rule.startsWith('effect-')).map((f) => [f.rule, f.message])).toEqual([['effect-incompatible', expect.stringMatching(/moves table main\.orders to main\.purchases/)]]);
  });
});

describe('rehearsal on a real MariaDB server (--shadow-url mysql://)', () => {
  let maria: MariaDbServer;
  beforeAll(async () => {
    maria = await startMariaDb();
  }, 60_000);
  afterAll(() => maria?.stop());

  const MARIADB_HISTORY = "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL) ENGINE=InnoDB;\nINSERT INTO users VALUES (1, 'a@example.com'), (2, 'b@example.com');\nCREATE TABLE orders (id INT PRIMARY KEY, user_id INT, FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE) ENGINE=InnoDB;\nINSERT INTO orders VALUES (10, 1), (11, 2);\n";

  async function scanMariaDb(change: string, shadow = true) {
    const dir = workspaceWith({ '.github/migration-guard.yml': 'version: 1\ndialect: mariadb\nmigrations: ["db/*.sql"]\n', 'db/001_init.sql': MARIADB_HISTORY });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=CI', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'history');
    writeFileSync(join(dir, 'db/002_change.sql'), change);
    const report = JSON.parse((await runNode(CLI, ['scan', '--base', 'HEAD', '--format', 'json', ...(shadow ? ['--shadow-url', maria.url()] : [])], { cwd: dir })).stdout);
    return { report, findings: report.files.flatMap((f: { statements: Array<{ findings: Array<{ rule: string; message: string }> }> }) => f.statements.flatMap((s) => s.findings)) as Array<{ rule: string; message: string }> };
  }

  it('REPLACE INTO whose delete cascades through a foreign key is named; an INSERT of a new row passes; the shadow database is dropped', async () => {
    const replaced = await scanMariaDb("REPLACE INTO users (id, email) VALUES (1, 'x@example.com');\n");
    expect(replaced.report.rehearsal).toMatchObject({ status: 'rehearsed', shadow: 'mariadb (shadow-url)' });
    expect(replaced.findings.filter((f) => f.rule === 'effect-data-loss').map((f) => f.message).join('\n')).toMatch(/deletes 1 row from orders/);
    const inserted = await scanMariaDb("INSERT INTO users (id, email) VALUES (3, 'c@example.com');\n");
    expect(inserted.findings.filter((f) => f.rule.startsWith('effect-'))).toEqual([]);
    const mysql = await import('mysql2/promise');
    const c = await mysql.createConnection(maria.url());
    expect((await c.query("SHOW DATABASES LIKE 'mg\\_shadow\\_%'"))[0]).toEqual([]);
    await c.end();
  });

  it('a table converted to a smaller character set is a lossy change of its text columns (the type reads the same); to a larger one it passes', async () => {
    const narrowed = await scanMariaDb('ALTER TABLE users CONVERT TO CHARACTER SET ascii;\n');
    expect(narrowed.findings.filter((f) => f.rule === 'effect-lossy-cast').map((f) => f.message).join('\n')).toMatch(/changes the character set of column users\.email from (latin1|utf8mb4) to ascii/);
    const kept = await scanMariaDb('ALTER TABLE users CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;\n');
    expect(kept.findings.filter((f) => f.rule.startsWith('effect-'))).toEqual([]);
  });

  it('without a shadow-url, MariaDB is not rehearsed, and the report says what to set', async () => {
    const { report } = await scanMariaDb('DELETE FROM users WHERE id = 1;\n', false);
    expect(report.rehearsal).toMatchObject({ status: 'not-rehearsed', why: expect.stringMatching(/set shadow-url to a throwaway mariadb server/) });
  });
});

describe('rehearsal on a real PostgreSQL server (--shadow-url)', () => {
  let pg: PostgresServer;
  beforeAll(async () => {
    pg = await startPostgres();
  }, 60_000);
  afterAll(() => pg?.stop());

  it('builds the shadow in a database of its own there, finds the same effect, and drops it afterwards', async () => {
    const { report, findings } = await scanChange('ALTER TABLE users ALTER COLUMN amount TYPE integer;\n', ['--shadow-url', pg.url('postgres')]);
    expect(report.rehearsal).toMatchObject({ status: 'rehearsed', shadow: 'postgres (shadow-url)' });
    expect(findings.map((f) => f.rule)).toContain('effect-lossy-cast');
    expect(await pg.query("SELECT count(*)::int AS n FROM pg_database WHERE datname LIKE 'mg\\_shadow\\_%'")).toEqual([{ n: 0 }]);
  });
});
