/**
 * Where the wire endpoint's closed-world allowances come from (src/gateway/server/wire/history-writes.ts, and the
 * session settings of statement-rules.ts): each real migration tool applies, re-applies and reverts migrations
 * directly against PostgreSQL with `log_statement = all`, and every statement it sent other than the migrations' own
 * must run without a plan — a write only as one of that tool's history statements, with the search_path its session
 * had; reads, settings and DO blocks by the endpoint's rules. A tool release that sends something new fails here, and
 * the tables are extended from what it really sends.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPostgresParser } from '../../src/scan/dialects/postgres.js';
import { isHistoryStatement, type WireTool } from '../../src/gateway/server/wire/history-writes.js';
import { parseStatements, sessionSearchPath, unplanned } from '../../src/gateway/server/wire/statement-rules.js';
import { startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { ROOT, workspaceWith } from '../helpers/run.js';

const PYTHON = '/usr/bin/python3';
const BIN = join(ROOT, 'node_modules/.bin');
/** Statement kinds that only read, or set up the session: never history writes. */
const NOT_WRITES = new Set(['SelectStmt', 'VariableSetStmt', 'VariableShowStmt', 'TransactionStmt', 'DoStmt', 'DiscardStmt', 'DeallocateStmt']);
let pg: PostgresServer;

beforeAll(async () => {
  await loadPostgresParser();
  pg = await startPostgres();
  await pg.query("ALTER SYSTEM SET log_statement = 'all'");
  await pg.query("ALTER SYSTEM SET log_line_prefix = '@%d|%c@ '");
  await pg.query('SELECT pg_reload_conf()');
}, 60_000);
afterAll(() => pg?.stop());

function sh(command: string, cwd: string, env: Record<string, string>): void {
  const ran = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', env: { PATH: `${BIN}:${process.env.PATH}`, HOME: cwd, ...env } });
  expect(ran.status, `${command}\n${ran.stdout}\n${ran.stderr}`).toBe(0);
}

/** What each session of `database` sent, in order, with the search_path it had set. */
function sent(database: string): Array<{ sql: string; searchPath?: string[] }> {
  const records: string[] = [];
  for (const line of pg.log().split('\n')) {
    if (line.startsWith('\t') && records.length) records[records.length - 1] += `\n${line.slice(1)}`;
    else records.push(line);
  }
  const paths = new Map<string, string[]>();
  const out: Array<{ sql: string; searchPath?: string[] }> = [];
  for (const record of records) {
    const match = /^[^@]*@([^|]*)\|([^@]*)@ LOG: {2}(?:statement|execute [^:]*): ([\s\S]*)$/.exec(record);
    if (!match || match[1] !== database) continue;
    for (const statement of parseStatements(match[3]!)) {
      const path = sessionSearchPath(statement);
      if (path) paths.set(match[2]!, path);
      out.push({ sql: statement.sql, ...(paths.has(match[2]!) ? { searchPath: paths.get(match[2]!) } : {}) });
    }
  }
  return out;
}

/**
 * What a tool sent, other than the migrations' own statements, that the wire endpoint would refuse without a plan: its
 * history writes must be in the table, and its reads, session settings and DO blocks must pass the same rules.
 */
function refusedWithoutPlan(database: string, tool: WireTool, migrations: string[]): string[] {
  const own = new Set(migrations.flatMap((sql) => parseStatements(sql).map((s) => s.key)));
  return sent(database).flatMap(({ sql, searchPath }) =>
    parseStatements(sql)
      .filter((s) => !own.has(s.key))
      .filter((s) => {
        if (!NOT_WRITES.has(s.type) && !isHistoryStatement({ [s.type]: s.node }, tool, searchPath)) return true;
        return !unplanned(s, { tool, masking: false, ...(searchPath ? { searchPath } : {}) }).allowed;
      })
      .map((s) => s.sql),
  );
}

describe('the history statements of each tool, as it sends them', () => {
  it('node-pg-migrate: up, up again, down', async () => {
    const migrations = ['CREATE TABLE orders (id int);', 'CREATE INDEX o ON orders (id);', 'DROP INDEX o;'];
    const cwd = workspaceWith({ 'migrations/1700000000000_a.sql': `-- Up Migration\n${migrations[0]}\n-- Down Migration\nDROP TABLE orders;\n`, 'migrations/1700000000001_b.sql': `-- Up Migration\n${migrations[1]}\n-- Down Migration\n${migrations[2]}\n` });
    const env = { DATABASE_URL: await pg.createDatabase('h_npm') };
    for (const command of ['up', 'up', 'down']) sh(`node-pg-migrate ${command} --migrations-dir migrations --no-check-order`, cwd, env);
    expect(sent('h_npm').some((s) => /pgmigrations/.test(s.sql))).toBe(true);
    expect(refusedWithoutPlan('h_npm', 'node-pg-migrate', migrations)).toEqual([]);
  });

  it('dbmate: migrate, migrate again, rollback', async () => {
    const cwd = workspaceWith({ 'db/migrations/20240101000000_a.sql': '-- migrate:up\nCREATE TABLE users (id int);\n-- migrate:down\nDROP TABLE users;\n' });
    const env = { DATABASE_URL: `${await pg.createDatabase('h_dbmate')}?sslmode=disable` };
    for (const command of ['migrate', 'migrate', 'rollback']) sh(`dbmate --no-dump-schema --migrations-dir db/migrations ${command}`, cwd, env);
    expect(refusedWithoutPlan('h_dbmate', 'dbmate', ['CREATE TABLE users (id int);', 'DROP TABLE users;'])).toEqual([]);
  });

  it('sqitch: deploy (registry, changes, dependencies, tags), deploy again, revert', async () => {
    const cwd = workspaceWith({
      'sqitch.conf': '[core]\n\tengine = pg\n\tplan_file = sqitch.plan\n\ttop_dir = .\n',
      'sqitch.plan': '%syntax-version=1.0.0\n%project=shop\n\nproducts 2024-01-01T00:00:00Z Dev <dev@example.com> # products\nmore [products] 2024-01-02T00:00:00Z Dev <dev@example.com> # more\n@v1 2024-01-03T00:00:00Z Dev <dev@example.com> # tag\n',
      'deploy/products.sql': 'BEGIN;\nCREATE TABLE products (id int);\nCOMMIT;\n',
      'revert/products.sql': 'BEGIN;\nDROP TABLE products;\nCOMMIT;\n',
      'deploy/more.sql': 'CREATE TABLE more (id int);\n',
      'revert/more.sql': 'DROP TABLE more;\n',
      'verify/products.sql': 'SELECT 1;\n',
      'verify/more.sql': 'SELECT 1;\n',
    });
    const target = (await pg.createDatabase('h_sqitch')).replace('postgres://', 'db:pg://');
    const env = { SQITCH_FULLNAME: 'CI', SQITCH_EMAIL: 'ci@example.com' };
    for (const command of ['deploy', 'deploy', 'revert -y --to @HEAD^', 'deploy']) sh(`sqitch ${command} ${target}`, cwd, env);
    expect(refusedWithoutPlan('h_sqitch', 'sqitch', ['CREATE TABLE products (id int);', 'DROP TABLE products;', 'CREATE TABLE more (id int);', 'DROP TABLE more;'])).toEqual([]);
  });

  it('alembic: upgrade step by step, downgrade to base', async () => {
    const envPy = ['import os', 'from alembic import context', 'from sqlalchemy import create_engine', "with create_engine(os.environ['DATABASE_URL']).connect() as connection:", '    context.configure(connection=connection)', '    with context.begin_transaction():', '        context.run_migrations()', ''].join('\n');
    const revision = (id: string, down: string | null, table: string) => `from alembic import op\nimport sqlalchemy as sa\nrevision = '${id}'\ndown_revision = ${down ? `'${down}'` : 'None'}\nbranch_labels = None\ndepends_on = None\ndef upgrade():\n    op.create_table('${table}', sa.Column('id', sa.Integer, primary_key=True))\ndef downgrade():\n    op.drop_table('${table}')\n`;
    const cwd = workspaceWith({ 'alembic.ini': '[alembic]\nscript_location = migrations\n', 'migrations/env.py': envPy, 'migrations/versions/0001_a.py': revision('0001', null, 'accounts'), 'migrations/versions/0002_b.py': revision('0002', '0001', 'ledgers') });
    const env = { DATABASE_URL: (await pg.createDatabase('h_alembic')).replace('postgres://', 'postgresql://') };
    for (const command of ['upgrade 0001', 'upgrade head', 'downgrade 0001', 'downgrade base']) sh(`${PYTHON} -m alembic ${command}`, cwd, env);
    const own = ['CREATE TABLE accounts (id SERIAL NOT NULL, PRIMARY KEY (id))', 'CREATE TABLE ledgers (id SERIAL NOT NULL, PRIMARY KEY (id))', 'DROP TABLE ledgers', 'DROP TABLE accounts'];
    expect(refusedWithoutPlan('h_alembic', 'alembic', own)).toEqual([]);
  });
});
