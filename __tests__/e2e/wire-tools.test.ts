/**
 * Real migration tools, unchanged, apply an approved plan through the gateway's wire endpoint with
 * `migration-guard run`: psql -f (simple protocol), node-pg-migrate (SQL migrations; its history writes use the
 * extended protocol), dbmate (Go, lib/pq) and sqitch (Perl DBD::Pg for its registry, psql for deploy scripts).
 * Alembic (Python, SQLAlchemy over psycopg2) runs its migrations as code: the plan is its offline `--sql` output.
 * For each: the plan applies and the tool's own history is right; a statement not in the plan is refused and the
 * database is unchanged; a second run is a no-op for the tool and nothing is applied twice.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway.js';
import { GITHUB_CLAIMS, LocalIssuer } from '../helpers/issuer.js';
import { startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { planDigestIn, runTool } from '../helpers/tool-run.js';
import { CLI, ROOT, runNode, workspaceWith } from '../helpers/run.js';
import { endWire, exchange, openWire, planFor } from '../helpers/plan.js';
import { RawWireClient, serialize } from '../helpers/raw-wire.js';

const AUDIENCE = 'https://gateway.test';
const TOOLS = ['none', 'node-pg-migrate', 'dbmate', 'sqitch', 'alembic'] as const;
/** Debian's python3 with python3-alembic and python3-psycopg2 (another python3 may come first on PATH). */
const PYTHON = '/usr/bin/python3';
let pg15: PostgresServer;
let issuer: LocalIssuer;
let gateway: GatewayProcess;
/** The gateway's environment (its database URLs), for the CLI's ledger commands. */
let gatewayEnv: Record<string, string>;

const db = <T = Record<string, unknown>>(name: string, sql: string) => pg15.query<T>(sql, [], name);
const exists = async (database: string, table: string) => (await db<{ present: boolean }>(database, `SELECT to_regclass('${table}') IS NOT NULL AS present`))[0]!.present;

const plan = (cwd: string, patterns: string[] = []) => planDigestIn(cwd, patterns);
const run = async (cwd: string, connection: string, digest: string, command: string[], patterns: string[] = []) => runTool(gateway.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE }), cwd, connection, digest, command, patterns);

beforeAll(async () => {
  pg15 = await startPostgres();
  const env: Record<string, string> = {};
  gatewayEnv = env;
  const connections = [];
  for (const tool of TOOLS) {
    const name = `app_${tool.replace(/-/g, '_')}`;
    env[`URL_${name.toUpperCase()}`] = await pg15.createDatabase(name);
    connections.push({ name, driver: 'postgres', 'url-env': `URL_${name.toUpperCase()}`, access: { repository: ['acme/*'] }, wire: { port: 0, tool } });
  }
  issuer = await new LocalIssuer().start();
  gateway = await startGatewayProcess({ version: 1, issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }], connections }, env);
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await issuer?.stop();
  pg15?.stop();
});

describe('psql -f (tool none)', () => {
  it('applies, refuses an edited file, and re-running the same files is refused, not applied twice', async () => {
    const cwd = workspaceWith({ 'db/001_accounts.sql': 'CREATE TABLE accounts (id int PRIMARY KEY);\nINSERT INTO accounts VALUES (1);\n' });
    const digest = await plan(cwd);
    const applied = await run(cwd, 'app_none', digest, ['psql -X -v ON_ERROR_STOP=1 -f db/001_accounts.sql']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(/^done: 2 planned statements ran, 0 did not, 0 refused/m);
    expect(await db('app_none', 'SELECT id FROM accounts')).toEqual([{ id: 1 }]);

    // psql has no history: a second run sends the same statements again, and a new session's plan has them again;
    // the database refuses the duplicate key, and nothing is applied twice.
    const second = await run(cwd, 'app_none', digest, ['psql -X -v ON_ERROR_STOP=1 -f db/001_accounts.sql']);
    expect(second.code).toBe(1);
    expect(await db('app_none', 'SELECT id FROM accounts')).toEqual([{ id: 1 }]);

    // A hand-added DROP after approval (the runner scans only the approved file, psql runs the edited one).
    appendFileSync(join(cwd, 'db/002_extra.sql'), 'DROP TABLE accounts;\n');
    const tampered = await run(cwd, 'app_none', digest, ['psql -X -v ON_ERROR_STOP=1 -f db/002_extra.sql'], ['db/001_accounts.sql']);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/refused \(not-in-plan\): DROP TABLE accounts/);
    expect(tampered.stderr).toMatch(/migration-guard refused \[not-in-plan\]: DROP TABLE accounts/); // what psql printed
    expect(await exists('app_none', 'accounts')).toBe(true);
  });
});

describe('node-pg-migrate (SQL migrations)', () => {
  const files = {
    '.github/migration-guard.yml': 'version: 1\ntool: node-pg-migrate\n',
    'migrations/1700000000000_create-orders.sql': '-- Up Migration\nCREATE TABLE orders (id int PRIMARY KEY, total numeric);\n\n-- Down Migration\nDROP TABLE orders;\n',
    'migrations/1700000000001_index-orders.sql': '-- Up Migration\nCREATE INDEX orders_total ON orders (total);\n\n-- Down Migration\nDROP INDEX orders_total;\n',
  };
  const up = ['node-pg-migrate', 'up', '--migrations-dir', 'migrations', '--no-check-order'];

  it('applies the approved plan, its pgmigrations table is right, and a second run is a no-op', async () => {
    const cwd = workspaceWith(files);
    const digest = await plan(cwd);
    const applied = await run(cwd, 'app_node_pg_migrate', digest, up);
    expect(applied.code, `${applied.stdout}\n${applied.stderr}`).toBe(0);
    expect(applied.stdout).toMatch(/done: 2 planned statements ran, 0 did not, 0 refused/);
    expect(await db('app_node_pg_migrate', 'SELECT name FROM pgmigrations ORDER BY id')).toEqual([{ name: '1700000000000_create-orders' }, { name: '1700000000001_index-orders' }]);
    expect(await exists('app_node_pg_migrate', 'orders_total')).toBe(true);

    const again = await run(cwd, 'app_node_pg_migrate', digest, up);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/done: Nothing to do: this plan was already applied \(2 statements skipped/);
    expect(await db('app_node_pg_migrate', 'SELECT count(*)::int AS n FROM pgmigrations')).toEqual([{ n: 2 }]);
  });

  it('refuses a migration added after approval; the database and its history are unchanged', async () => {
    const cwd = workspaceWith({ ...files, 'migrations/1700000000002_more.sql': '-- Up Migration\nCREATE TABLE refunds (id int);\n' });
    const digest = await plan(cwd, ['migrations/1700000000002_more.sql']);
    writeFileSync(join(cwd, 'migrations/1700000000003_evil.sql'), '-- Up Migration\nDROP TABLE orders;\n');
    const tampered = await run(cwd, 'app_node_pg_migrate', digest, up, ['migrations/1700000000002_more.sql']);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/refused \(not-in-plan\): DROP TABLE orders/);
    expect(await exists('app_node_pg_migrate', 'orders')).toBe(true);
    expect(await db('app_node_pg_migrate', 'SELECT name FROM pgmigrations WHERE name LIKE $$%evil%$$')).toEqual([]);
  });
});

describe('dbmate', () => {
  const files = {
    '.github/migration-guard.yml': 'version: 1\ntool: dbmate\n',
    'db/migrations/20240101000000_create_users.sql': '-- migrate:up\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\n\n-- migrate:down\nDROP TABLE users;\n',
    'db/migrations/20240102000000_add_name.sql': '-- migrate:up\nALTER TABLE users ADD COLUMN name text;\n\n-- migrate:down\nALTER TABLE users DROP COLUMN name;\n',
  };
  const migrate = ['dbmate', '--no-dump-schema', '--migrations-dir', 'db/migrations', 'migrate'];

  it('applies the approved plan, schema_migrations is right, a second run is a no-op, an added DROP is refused', async () => {
    const cwd = workspaceWith(files);
    const digest = await plan(cwd);
    const applied = await run(cwd, 'app_dbmate', digest, migrate);
    expect(applied.code, `${applied.stdout}\n${applied.stderr}`).toBe(0);
    expect(await db('app_dbmate', 'SELECT version FROM schema_migrations ORDER BY version')).toEqual([{ version: '20240101000000' }, { version: '20240102000000' }]);
    expect(await db('app_dbmate', "SELECT column_name FROM information_schema.columns WHERE table_name = 'users' ORDER BY ordinal_position")).toEqual([{ column_name: 'id' }, { column_name: 'email' }, { column_name: 'name' }]);
    // The ledger says what the session applied (from its end), as after an exec run, and agrees with the files.
    const listed = await runNode(CLI, ['ledger', 'list', '--config', gateway.configPath, '--connection', 'app_dbmate'], { cwd: ROOT, env: gatewayEnv });
    expect(listed.stdout).toMatch(/connection app_dbmate: 2 files applied\n {2}db\/migrations\/20240101000000_create_users\.sql .*\n {2}db\/migrations\/20240102000000_add_name\.sql /);
    const verified = await runNode(CLI, ['ledger', 'verify', '--config', gateway.configPath, '--connection', 'app_dbmate', 'db/migrations'], { cwd, env: { ...gatewayEnv, PATH: process.env.PATH! } });
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);

    const again = await run(cwd, 'app_dbmate', digest, migrate);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/done: Nothing to do: this plan was already applied \(2 statements skipped/);

    writeFileSync(join(cwd, 'db/migrations/20240103000000_evil.sql'), '-- migrate:up\nDROP TABLE users;\n-- migrate:down\n');
    const tampered = await run(cwd, 'app_dbmate', digest, migrate, ['db/migrations/2024010[12]*.sql']);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/refused \(not-in-plan\): DROP TABLE users/);
    expect(await exists('app_dbmate', 'users')).toBe(true);
    expect(await db('app_dbmate', 'SELECT count(*)::int AS n FROM schema_migrations')).toEqual([{ n: 2 }]);
  });
});

describe('sqitch', () => {
  it('applies the approved plan with its registry, a second run is a no-op, an edited deploy script is refused', async () => {
    const cwd = workspaceWith({
      '.github/migration-guard.yml': 'version: 1\ntool: sqitch\n',
      'sqitch.conf': '[core]\n\tengine = pg\n\tplan_file = sqitch.plan\n\ttop_dir = .\n',
      'sqitch.plan': '%syntax-version=1.0.0\n%project=shop\n\nproducts 2024-01-01T00:00:00Z Dev <dev@example.com> # products\n',
      'deploy/products.sql': 'BEGIN;\nCREATE TABLE products (id int PRIMARY KEY, sku text);\nCOMMIT;\n',
      'revert/products.sql': 'BEGIN;\nDROP TABLE products;\nCOMMIT;\n',
    });
    mkdirSync(join(cwd, 'verify'), { recursive: true });
    const digest = await plan(cwd);
    const deploy = ['sqitch', '--chdir', cwd, 'deploy', 'db:pg:'];
    const env = 'SQITCH_FULLNAME=CI SQITCH_EMAIL=ci@example.com';
    const applied = await run(cwd, 'app_sqitch', digest, [`${env} ${deploy.join(' ')}`]);
    expect(applied.code, `${applied.stdout}\n${applied.stderr}`).toBe(0);
    expect(await db('app_sqitch', 'SELECT change, project FROM sqitch.changes')).toEqual([{ change: 'products', project: 'shop' }]);
    expect(await exists('app_sqitch', 'products')).toBe(true);

    const again = await run(cwd, 'app_sqitch', digest, [`${env} ${deploy.join(' ')}`]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/Nothing to deploy \(up-to-date\)\ndone: Nothing to do: this plan was already applied \(1 statement skipped/); // BEGIN and COMMIT are transaction control

    appendFileSync(join(cwd, 'sqitch.plan'), 'cleanup 2024-01-02T00:00:00Z Dev <dev@example.com> # cleanup\n');
    writeFileSync(join(cwd, 'deploy/cleanup.sql'), 'BEGIN;\nDROP TABLE products;\nCOMMIT;\n');
    writeFileSync(join(cwd, 'revert/cleanup.sql'), 'SELECT 1;\n');
    const tampered = await run(cwd, 'app_sqitch', digest, [`${env} ${deploy.join(' ')}`], ['deploy/products.sql']);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/refused \(not-in-plan\): DROP TABLE products/);
    expect(await exists('app_sqitch', 'products')).toBe(true);
    expect(await db('app_sqitch', 'SELECT count(*)::int AS n FROM sqitch.changes')).toEqual([{ n: 1 }]);
  });
});

describe('alembic (migrations in Python; the plan is `alembic upgrade --sql`)', () => {
  const envPy = [
    'import os',
    'from alembic import context',
    'from sqlalchemy import create_engine',
    "url = os.environ.get('DATABASE_URL', 'postgresql://offline/plan')",
    'if context.is_offline_mode():',
    '    context.configure(url=url, literal_binds=True)',
    '    with context.begin_transaction():',
    '        context.run_migrations()',
    'else:',
    '    with create_engine(url).connect() as connection:',
    '        context.configure(connection=connection)',
    '        with context.begin_transaction():',
    '            context.run_migrations()',
    '',
  ].join('\n');
  const revision = (id: string, down: string | null, body: string) =>
    `from alembic import op\nimport sqlalchemy as sa\nrevision = '${id}'\ndown_revision = ${down ? `'${down}'` : 'None'}\nbranch_labels = None\ndepends_on = None\ndef upgrade():\n    ${body}\ndef downgrade():\n    pass\n`;

  it('applies what its offline SQL showed, alembic_version is right, a second run is a no-op, a revision added later is refused', async () => {
    const cwd = workspaceWith({
      '.github/migration-guard.yml': 'version: 1\ntool: alembic\n',
      'alembic.ini': '[alembic]\nscript_location = migrations\n',
      'migrations/env.py': envPy,
      'migrations/versions/0001_accounts.py': revision('0001', null, "op.create_table('accounts', sa.Column('id', sa.Integer, primary_key=True), sa.Column('name', sa.String(50), nullable=False))"),
    });
    // The plan job: the SQL `alembic upgrade head` will send, written by alembic itself (offline mode).
    const offline = spawnSync(PYTHON, ['-m', 'alembic', 'upgrade', 'head', '--sql'], { cwd, encoding: 'utf8' });
    expect(offline.status, offline.stderr).toBe(0);
    mkdirSync(join(cwd, 'plan'));
    writeFileSync(join(cwd, 'plan/upgrade.sql'), offline.stdout);
    expect(offline.stdout).toMatch(/CREATE TABLE accounts/);
    const digest = await plan(cwd, ['plan/upgrade.sql']);

    const upgrade = [`${PYTHON} -m alembic upgrade head`];
    const applied = await run(cwd, 'app_alembic', digest, upgrade, ['plan/upgrade.sql']);
    expect(applied.code, `${applied.stdout}\n${applied.stderr}`).toBe(0);
    expect(await db('app_alembic', 'SELECT version_num FROM alembic_version')).toEqual([{ version_num: '0001' }]);
    expect(await exists('app_alembic', 'accounts')).toBe(true);

    const again = await run(cwd, 'app_alembic', digest, upgrade, ['plan/upgrade.sql']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/done: Nothing to do: this plan was already applied/);

    writeFileSync(join(cwd, 'migrations/versions/0002_cleanup.py'), revision('0002', '0001', "op.drop_table('accounts')"));
    const tampered = await run(cwd, 'app_alembic', digest, upgrade, ['plan/upgrade.sql']);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/refused \(not-in-plan\): DROP TABLE accounts/);
    expect(await exists('app_alembic', 'accounts')).toBe(true);
    expect(await db('app_alembic', 'SELECT version_num FROM alembic_version')).toEqual([{ version_num: '0001' }]);
  });
});

describe('the check before COMMIT, through the wire endpoint', () => {
  // Made by hand in the database, unknown to the repository: a trigger that empties another table.
  const trap = (database: string, table: string, victim: string) =>
    db(database, `CREATE TABLE ${victim} (id int); INSERT INTO ${victim} VALUES (1), (2), (3);
      CREATE TABLE ${table} (id int);
      CREATE FUNCTION ${table}_by_hand() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM ${victim}; RETURN NEW; END $$;
      CREATE TRIGGER by_hand AFTER INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_by_hand();`);
  const count = async (database: string, table: string) => (await db<{ n: number }>(database, `SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

  it('psql -f, each statement outside a transaction: the gateway opens one around it, and rolls it back when a trigger deletes rows the plan never names', async () => {
    await trap('app_none', 'inbox', 'payments');
    const cwd = workspaceWith({ 'db/010_inbox.sql': 'INSERT INTO inbox VALUES (1);\n' });
    const digest = await plan(cwd);
    const refused = await run(cwd, 'app_none', digest, ['psql -X -v ON_ERROR_STOP=1 -f db/010_inbox.sql']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/ERROR: {2}migration-guard refused \[effects-beyond-approval\]: INSERT INTO inbox VALUES \(1\) — it did more than the approval covers: it deletes 3 rows from public\.payments: no statement of the plan deletes rows of public\.payments/);
    expect(refused.stdout).toMatch(/refused \(effects-beyond-approval\)/);
    expect([await count('app_none', 'inbox'), await count('app_none', 'payments')]).toEqual([0, 3]);
  });

  it('psql -f, a later statement (its BEGIN and mark sent with it in one round trip): rolled back when a trigger deletes rows the plan never names; the ones before it stay', async () => {
    await trap('app_none', 'mailbox', 'invoices');
    await db('app_none', 'CREATE TABLE notes (id int)');
    const cwd = workspaceWith({ 'db/012_mailbox.sql': 'INSERT INTO notes VALUES (1);\nINSERT INTO notes VALUES (2);\nINSERT INTO mailbox VALUES (1);\n' });
    const digest = await plan(cwd);
    const refused = await run(cwd, 'app_none', digest, ['psql -X -v ON_ERROR_STOP=1 -f db/012_mailbox.sql']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/migration-guard refused \[effects-beyond-approval\]: INSERT INTO mailbox VALUES \(1\) — it did more than the approval covers: it deletes 3 rows from public\.invoices/);
    expect([await count('app_none', 'notes'), await count('app_none', 'mailbox'), await count('app_none', 'invoices')]).toEqual([2, 0, 3]);
  });

  it('psql --single-transaction: the COMMIT is refused, the transaction rolls back', async () => {
    await trap('app_none', 'outbox', 'refunds');
    const cwd = workspaceWith({ 'db/011_outbox.sql': 'INSERT INTO outbox VALUES (1);\nINSERT INTO outbox VALUES (2);\n' });
    const digest = await plan(cwd);
    const refused = await run(cwd, 'app_none', digest, ['psql -X -1 -v ON_ERROR_STOP=1 -f db/011_outbox.sql']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/migration-guard refused \[effects-beyond-approval\]: COMMIT — the transaction did more than the approval covers: it deletes 3 rows from public\.refunds/);
    expect([await count('app_none', 'outbox'), await count('app_none', 'refunds')]).toEqual([0, 3]);
  });

  it('a deferred constraint trigger made by hand, which would delete rows at COMMIT, fires before the check: psql -f and psql -1 are both refused', async () => {
    await db('app_none', `CREATE TABLE ledger (id int); INSERT INTO ledger VALUES (1), (2);
      CREATE TABLE signups (id int);
      CREATE FUNCTION drain() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM ledger; RETURN NULL; END $$;
      CREATE CONSTRAINT TRIGGER later AFTER INSERT ON signups DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION drain();`);
    const cwd = workspaceWith({ 'db/014_signups.sql': 'INSERT INTO signups VALUES (1);\n' });
    const digest = await plan(cwd);
    for (const psql of ['psql -X -v ON_ERROR_STOP=1 -f db/014_signups.sql', 'psql -X -1 -v ON_ERROR_STOP=1 -f db/014_signups.sql']) {
      const refused = await run(cwd, 'app_none', digest, [psql]);
      expect(refused.code, psql).toBe(1);
      expect(refused.stderr, psql).toMatch(/migration-guard refused \[effects-beyond-approval\]: .* it deletes 2 rows from public\.ledger/);
      expect([await count('app_none', 'signups'), await count('app_none', 'ledger')], psql).toEqual([0, 2]);
    }
  });

  it('a deferred foreign key the transaction breaks: the COMMIT fails with the database\'s own error as it would without the gateway, nothing committed', async () => {
    await db('app_none', 'CREATE TABLE parents (id int PRIMARY KEY); CREATE TABLE kids (parent int REFERENCES parents DEFERRABLE INITIALLY DEFERRED);');
    const cwd = workspaceWith({ 'db/015_kids.sql': 'INSERT INTO kids VALUES (42);\n' });
    const digest = await plan(cwd);
    for (const psql of ['psql -X -v ON_ERROR_STOP=1 -f db/015_kids.sql', 'psql -X -1 -v ON_ERROR_STOP=1 -f db/015_kids.sql']) {
      const failed = await run(cwd, 'app_none', digest, [psql]);
      expect(failed.code, psql).toBe(1);
      expect(failed.stderr, psql).toMatch(/failed at its deferred constraints, fired before COMMIT .*violates foreign key constraint "kids_parent_fkey"/);
      expect(await count('app_none', 'kids'), psql).toBe(0);
    }
  });

  it('a large text value (stored out of line, in the table\'s TOAST table) is a row write, not a catalog change: it commits', async () => {
    await db('app_none', 'CREATE TABLE documents (body text)');
    const cwd = workspaceWith({ 'db/016_documents.sql': "INSERT INTO documents SELECT string_agg(md5(i::text), '') FROM generate_series(1, 20000) i;\n" });
    const digest = await plan(cwd);
    const applied = await run(cwd, 'app_none', digest, ['psql -X -1 -v ON_ERROR_STOP=1 -f db/016_documents.sql']);
    expect(applied.code, `${applied.stdout}${applied.stderr}`).toBe(0);
    expect(await count('app_none', 'documents')).toBe(1);
  });

  it('psql -1: an event trigger made by hand that adds a table to a publication whenever a table is made in public: the COMMIT is refused, naming the catalog written', async () => {
    await db('app_none', 'CREATE TABLE cards (pan text)');
    await pg15.query(
      `CREATE PUBLICATION outbound;
       CREATE FUNCTION publish_cards() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
         BEGIN IF EXISTS (SELECT FROM pg_event_trigger_ddl_commands() WHERE schema_name = 'public') THEN ALTER PUBLICATION outbound ADD TABLE public.cards; END IF; END $$;
       CREATE EVENT TRIGGER publish_cards ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION publish_cards();`,
      [],
      'app_none',
      'postgres',
    );
    try {
      const cwd = workspaceWith({ 'db/018_wishlist.sql': 'CREATE TABLE wishlist (id int);\nINSERT INTO wishlist VALUES (1);\n' });
      const digest = await plan(cwd);
      const refused = await run(cwd, 'app_none', digest, ['psql -X -1 -v ON_ERROR_STOP=1 -f db/018_wishlist.sql']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/migration-guard refused \[effects-beyond-approval\]: COMMIT — the transaction did more than the approval covers: it inserts 1 row into pg_catalog\.pg_publication_rel \(the tables of publications\)/);
      expect(await exists('app_none', 'wishlist')).toBe(false);
      expect(await db('app_none', "SELECT tablename FROM pg_catalog.pg_publication_tables WHERE pubname = 'outbound'")).toEqual([]);
    } finally {
      await pg15.query('DROP EVENT TRIGGER publish_cards', [], 'app_none', 'postgres');
    }
  });

  it('a statement PostgreSQL runs outside any transaction (CREATE INDEX CONCURRENTLY) is checked once it ran: an event trigger made by hand that grants a table to PUBLIC ends the session', async () => {
    await db('app_none', 'CREATE TABLE secrets (id int); CREATE TABLE items (id int);');
    await pg15.query(
      `CREATE FUNCTION widen() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN GRANT ALL ON secrets TO PUBLIC; END $$;
       CREATE EVENT TRIGGER widen ON ddl_command_end WHEN TAG IN ('CREATE INDEX') EXECUTE FUNCTION widen();`,
      [],
      'app_none',
      'postgres',
    );
    try {
      const cwd = workspaceWith({ 'db/012_index.sql': 'CREATE INDEX CONCURRENTLY items_id ON items (id);\nCREATE TABLE never_made (id int);\n' });
      const digest = await plan(cwd);
      const stopped = await run(cwd, 'app_none', digest, ['psql -X -v ON_ERROR_STOP=1 -f db/012_index.sql']);
      expect(stopped.code).toBe(1);
      expect(stopped.stderr).toMatch(/FATAL: {2}migration-guard refused \[effects-beyond-approval\]: CREATE INDEX CONCURRENTLY items_id ON items \(id\) — it ran outside a transaction and did more than the approval covers, which cannot be undone: it changes the privileges on table public\.secrets/);
      expect(stopped.stdout, stopped.stdout).toMatch(/refused \(effects-beyond-approval\)/);
      expect(await exists('app_none', 'never_made')).toBe(false);
    } finally {
      await pg15.query('DROP EVENT TRIGGER widen', [], 'app_none', 'postgres');
    }
  });

  it('a client that sends BEGIN, a write and ROLLBACK without waiting for answers: the write stays in its transaction and rolls back with it', async () => {
    await db('app_none', 'CREATE TABLE piped (id int)');
    const plan = await planFor({ 'db/013_piped.sql': 'INSERT INTO piped VALUES (1);\n' });
    const token = (await exchange(gateway.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE }), { audience: 'app_none', plan, scope: 'wire' })).body.access_token!;
    const opened = await openWire(gateway.url, 'app_none', token, plan);
    const client = await RawWireClient.connect(opened.body.wire!.port, token, 'app_none');
    try {
      client.send(serialize.query('BEGIN'), serialize.query('INSERT INTO piped VALUES (1)'), serialize.query('ROLLBACK'));
      const answers = await client.roundTrips(3);
      expect(answers.filter((m) => m.name === 'commandComplete').map((m) => m.text)).toEqual(['BEGIN', 'INSERT 0 1', 'ROLLBACK']);
      expect(answers.filter((m) => m.name === 'error' || m.name === 'notice')).toEqual([]);
    } finally {
      client.end();
    }
    expect(await count('app_none', 'piped')).toBe(0);
    await endWire(gateway.url, 'app_none', token);
  });

  it('what a transaction the client rolled back did (unchecked, its statistics not yet flushed) is not counted against the next one', async () => {
    await trap('app_none', 'drafts', 'archive');
    await db('app_none', 'CREATE TABLE journal (id int)');
    const plan = await planFor({ 'db/017_journal.sql': 'INSERT INTO journal VALUES (1);\nINSERT INTO drafts VALUES (1);\nINSERT INTO journal VALUES (2);\n' });
    const token = (await exchange(gateway.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE }), { audience: 'app_none', plan, scope: 'wire' })).body.access_token!;
    const opened = await openWire(gateway.url, 'app_none', token, plan);
    const client = await RawWireClient.connect(opened.body.wire!.port, token, 'app_none');
    try {
      // A checked write first (its statistics flushed at its end), then within the second PostgreSQL waits between
      // flushes of its own: a transaction whose trigger deletes rows, rolled back by the client, then a write again.
      for (const sql of ['INSERT INTO journal VALUES (1)', 'BEGIN', 'INSERT INTO drafts VALUES (1)', 'ROLLBACK', 'INSERT INTO journal VALUES (2)']) client.send(serialize.query(sql));
      const answers = await client.roundTrips(5);
      expect(answers.filter((m) => m.name === 'error' || m.name === 'commandComplete').map((m) => m.text ?? m.message)).toEqual(['INSERT 0 1', 'BEGIN', 'INSERT 0 1', 'ROLLBACK', 'INSERT 0 1']);
      expect(answers.filter((m) => m.name === 'error')).toEqual([]);
    } finally {
      client.end();
    }
    expect([await count('app_none', 'journal'), await count('app_none', 'drafts'), await count('app_none', 'archive')]).toEqual([2, 0, 3]);
    // What the check cost, over the session's connections (this one closed before the end): in the answer.
    const ended = await endWire(gateway.url, 'app_none', token);
    expect(ended.body.check_ms).toBeGreaterThan(0);
  });

  it('node-pg-migrate: the migration and its history row roll back together; a migration within the approval commits', async () => {
    await trap('app_node_pg_migrate', 'jobs', 'invoices');
    const files = { '.github/migration-guard.yml': 'version: 1\ntool: node-pg-migrate\n', 'migrations/1700000000100_jobs.sql': '-- Up Migration\nINSERT INTO jobs VALUES (1);\n' };
    const cwd = workspaceWith(files);
    const digest = await plan(cwd, ['migrations/1700000000100_jobs.sql']);
    const up = ['node-pg-migrate', 'up', '--migrations-dir', 'migrations', '--no-check-order'];
    const refused = await run(cwd, 'app_node_pg_migrate', digest, up, ['migrations/1700000000100_jobs.sql']);
    expect(refused.code).toBe(1);
    expect(`${refused.stdout}${refused.stderr}`).toMatch(/effects-beyond-approval/);
    expect([await count('app_node_pg_migrate', 'jobs'), await count('app_node_pg_migrate', 'invoices')]).toEqual([0, 3]);
    expect(await db('app_node_pg_migrate', "SELECT name FROM pgmigrations WHERE name = '1700000000100_jobs'")).toEqual([]);

    await db('app_node_pg_migrate', 'DROP TRIGGER by_hand ON jobs');
    const applied = await run(cwd, 'app_node_pg_migrate', digest, up, ['migrations/1700000000100_jobs.sql']);
    expect(applied.code, `${applied.stdout}${applied.stderr}`).toBe(0);
    expect([await count('app_node_pg_migrate', 'jobs'), await count('app_node_pg_migrate', 'invoices')]).toEqual([1, 3]);
  });
});
