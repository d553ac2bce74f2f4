/**
 * The wire endpoint's pure parts: what "the same statement" means, what runs without a plan (per tool), the
 * plan's consumption, the refusal statement (hostile text cannot escape it) and the protocol framer.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadPostgresParser } from '../../src/scan/dialects/postgres.js';
import { Framer, FramingError, refusalStatement } from '../../src/gateway/server/wire/messages.js';
import { parseStatements, sessionSearchPath, unplanned, type RuleOptions, type WireTool } from '../../src/gateway/server/wire/statement-rules.js';
import { WirePlan } from '../../src/gateway/server/wire/wire-plan.js';

beforeAll(() => loadPostgresParser());

const key = (sql: string) => parseStatements(sql)[0]!.key;
const decide = (sql: string, tool: WireTool = 'none', extra: Partial<RuleOptions> = {}) => unplanned(parseStatements(sql)[0]!, { tool, masking: false, ...extra });

describe('the same statement', () => {
  it('ignores whitespace, comments, keyword case and quotes on plain identifiers', () => {
    const planned = key("CREATE TABLE users (id int, name text DEFAULT 'x')");
    expect(key("create  table /* c */ \"users\" (\n  id INT, -- the id\n  name text default 'x')")).toBe(planned);
  });

  it('does not ignore literals, identifiers, quoting that changes a name, or order', () => {
    const planned = key("UPDATE accounts SET plan = 'pro' WHERE id = 1");
    for (const other of ["UPDATE accounts SET plan = 'pro' WHERE id = 2", "UPDATE accounts SET plan = 'free' WHERE id = 1", "UPDATE accounts2 SET plan = 'pro' WHERE id = 1", 'UPDATE "Accounts" SET plan = \'pro\' WHERE id = 1', "UPDATE accounts SET plan = 'pro' WHERE 1 = id"]) {
      expect(key(other), other).not.toBe(planned);
    }
  });

  it('splits a message into its statements with their own text', () => {
    expect(parseStatements('SELECT 1; -- x\nINSERT INTO t VALUES (1);').map((s) => [s.type, s.sql])).toEqual([
      ['SelectStmt', 'SELECT 1'],
      ['InsertStmt', 'INSERT INTO t VALUES (1)'],
    ]);
  });
});

describe('what runs without a plan', () => {
  it.each([
    ['SELECT * FROM users WHERE id = $1', 'read'],
    ['SELECT count(*), max(created_at) FROM pg_catalog.pg_class', 'read'],
    ['SHOW search_path', 'read'],
    ['EXPLAIN DELETE FROM users', 'read'],
    ['EXPLAIN (ANALYZE) SELECT 1', 'read'],
    ['BEGIN', 'transaction'],
    ['ROLLBACK TO SAVEPOINT a', 'transaction'],
    ['COMMIT AND NO CHAIN', 'transaction'],
    ["SET lock_timeout = '5s'", 'session'],
    ['SET search_path = myapp, public', 'session'],
    ['RESET session_replication_role', 'session'],
    ["SET client_encoding = 'UTF8'", 'session'],
    ['SET standard_conforming_strings = on', 'session'],
    ['SET search_path = pg_catalog, app', 'session'],
    ['SET TRANSACTION ISOLATION LEVEL SERIALIZABLE', 'session'],
    ['SET client_min_messages = WARNING', 'session'],
    ['RESET ALL', 'session'],
    ['SELECT pg_advisory_lock(1)', 'read'],
    ['COPY users TO STDOUT', 'read'],
    ["DO $$ BEGIN RAISE NOTICE 'hi'; END $$", 'session'],
  ])('%s runs (%s)', (sql, kind) => {
    expect(decide(sql)).toEqual({ allowed: true, kind });
  });

  it.each([
    ['DELETE FROM users', /DELETE is a change/],
    ['WITH d AS (DELETE FROM users RETURNING *) SELECT * FROM d', /data-modifying/],
    ['SELECT f(1)', /f\(\), which is not a read-only built-in/],
    ['SELECT nextval($$s$$)', /nextval/],
    ['SELECT pg_read_file($$/etc/passwd$$)', /pg_read_file/],
    ['SELECT * INTO t2 FROM users', /SELECT … INTO/],
    ['EXPLAIN ANALYZE DELETE FROM users', /EXPLAIN ANALYZE executes/],
    ['SET ROLE admin', /SET role/],
    ['SET session_replication_role = replica', /session_replication_role/],
    ['SET session_replication_role = origin', /not one of the session settings migration tools send/],
    // Settings under which PostgreSQL would read literals differently from the gateway's parser.
    ["SET client_encoding = 'SJIS'", /would change how the database reads what follows/],
    ["SET NAMES 'GBK'", /client_encoding to GBK/],
    ['SET standard_conforming_strings = off', /standard_conforming_strings to off/],
    ['SET backslash_quote = on', /not one of the session settings/],
    // Built-ins found in a user's schema first.
    ['SET search_path = public, pg_catalog', /search_path to public, pg_catalog/],
    ['SET row_security = off', /not one of the session settings/],
    // Built-ins that run SQL given as text.
    ["SELECT * FROM crosstab('SELECT pg_terminate_backend(pid) FROM pg_stat_activity')", /crosstab\(\)/],
    ["SELECT ts_rewrite('a'::tsquery, 'SELECT 1')", /ts_rewrite\(\)/],
    ['SELECT * FROM orders FOR UPDATE', /locks rows/],
    ['SELECT 1 FROM (SELECT * FROM orders FOR SHARE) o', /locks rows/],
    ['PREPARE TRANSACTION $$t$$', /two-phase/],
    ['COMMIT AND CHAIN', /AND CHAIN starts the next transaction/],
    ['ROLLBACK AND CHAIN', /AND CHAIN starts the next transaction/],
    ["COPY users TO '/tmp/x'", /server file/],
    ["COPY users TO PROGRAM 'sh'", /server file or program/],
    ['COPY users FROM STDIN', /COPY … FROM writes rows/],
    ["DO $$ BEGIN EXECUTE 'DROP TABLE users'; END $$", /DYNEXECUTE/],
    ['DO $$ BEGIN DELETE FROM users; END $$', /DELETE is a change/],
    ["DO LANGUAGE plpython3u $$ import os $$", /plpython3u cannot be checked/],
    ['DECLARE c CURSOR FOR SELECT f()', /f\(\)/],
    ['LOCK TABLE users', /LOCK is a change/],
    ['CREATE TABLE users2 (id int)', /CREATE is a change/],
  ])('%s is refused', (sql, why) => {
    const verdict = decide(sql);
    expect(verdict.allowed).toBe(false);
    expect(verdict.allowed ? '' : verdict.why).toMatch(why);
  });

  it('masks or refuses: COPY … TO STDOUT cannot be masked', () => {
    expect(decide('COPY users TO STDOUT', 'none', { masking: true })).toMatchObject({ allowed: false, why: expect.stringMatching(/cannot be masked/) });
  });
});

describe("the tool's history table: exactly the statements each tool sends, nothing shaped otherwise", () => {
  it.each([
    ['node-pg-migrate', 'CREATE TABLE "public"."pgmigrations" (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)'],
    ['node-pg-migrate', `INSERT INTO "public"."pgmigrations" (name, run_on) VALUES ('1700000000000_create-orders', NOW());`],
    ['node-pg-migrate', `delete from public.pgmigrations where name = '1700000000000_create-orders'`],
    ['dbmate', 'insert into "public"."schema_migrations" (version) values ($1)'],
    ['dbmate', 'delete from "public"."schema_migrations" where version = $1'],
    ['alembic', "UPDATE alembic_version SET version_num='b2' WHERE alembic_version.version_num = 'a1'"],
    ['alembic', "INSERT INTO alembic_version (version_num) VALUES ('0001') RETURNING alembic_version.version_num"],
    ['sqitch', 'CREATE SCHEMA IF NOT EXISTS sqitch'],
    ['sqitch', "COMMENT ON SCHEMA sqitch IS 'registry'"],
    ['sqitch', "COMMENT ON COLUMN sqitch.events.note IS 'Description of the change.'"],
  ] as const)('%s: %s', (tool, sql) => {
    expect(decide(sql, tool)).toEqual({ allowed: true, kind: 'history' });
  });

  it('a VALUES list of any length of one row shape is the same statement (sqitch inserts one row per tag)', () => {
    const tags = (n: number) => `INSERT INTO tags (tag_id, tag, project, change_id, note, committer_name, committer_email, planned_at, planner_name, planner_email) SELECT tid, tg, proj, chid, n, name, email, at, pname, pemail FROM (VALUES ${Array.from({ length: n }, (_, i) => `($${i * 10 + 1}::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::timestamptz, $9::text, $10::text)`).join(', ')}) i(tid, tg, proj, chid, n, name, email, at, pname, pemail) LEFT JOIN tags ON i.tid = tags.tag_id WHERE tags.tag_id IS NULL`;
    for (const n of [1, 3]) expect(decide(tags(n), 'sqitch', { searchPath: ['sqitch'] }).allowed).toBe(true);
  });

  it.each([
    ['dbmate', "COPY schema_migrations FROM PROGRAM 'psql -c \"DROP TABLE customers\"'"],
    ['dbmate', "COPY public.schema_migrations FROM '/etc/passwd'"],
    ['dbmate', 'COPY public.schema_migrations FROM STDIN'],
    ['dbmate', 'CREATE TABLE public.schema_migrations (version varchar(128) primary key) PARTITION BY LIST (version)'],
    ['dbmate', 'ALTER TABLE public.schema_migrations ATTACH PARTITION customers FOR VALUES IN (1)'],
    ['dbmate', 'ALTER TABLE public.schema_migrations DETACH PARTITION customers'],
    ['dbmate', 'ALTER TABLE public.schema_migrations ADD COLUMN x int'],
    ['dbmate', 'CREATE TABLE public.schema_migrations () INHERITS (customers)'],
    ['dbmate', 'CREATE INDEX ON public.schema_migrations (version)'],
    ['dbmate', 'CREATE SEQUENCE public.schema_migrations'],
    ['dbmate', 'update public.schema_migrations set version = $1'],
    ['dbmate', 'delete from public.schema_migrations'],
    ['dbmate', 'delete from public.schema_migrations where version = $1 or true'],
    ['dbmate', 'insert into schema_migrations (version) values ($1)'],
    ['dbmate', 'insert into public.schema_migrations (version) select version from public.customers'],
    ['dbmate', "insert into public.schema_migrations (version) values (pg_read_file('/etc/passwd'))"],
    ['dbmate', 'WITH gone AS (DELETE FROM users RETURNING 1) insert into public.schema_migrations (version) values ($1)'],
    ['dbmate', 'insert into public.schema_migrations (version) values ($1) on conflict (version) do update set version = excluded.version'],
    ['node-pg-migrate', 'INSERT INTO pgmigrations (name) VALUES ($1)'],
    ['node-pg-migrate', `INSERT INTO "public"."pgmigrations" (name, run_on) VALUES ('x', pg_sleep(100))`],
    ['alembic', "DELETE FROM alembic_version WHERE version_num = 'x' OR 1 = 1"],
    ['alembic', "CREATE TABLE alembic_version AS SELECT * FROM users"],
    ['alembic', 'CREATE TEMP TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))'],
    ['sqitch', 'CREATE SCHEMA sqitch AUTHORIZATION attacker'],
    ['sqitch', 'CREATE TABLE sqitch_like AS SELECT * FROM users'],
    ['sqitch', 'INSERT INTO sqitch.events (event) VALUES ($1)'],
    ['sqitch', "COMMENT ON TABLE public.users IS 'x'"],
    ['sqitch', 'CREATE TABLE sqitch.evil (id int)'],
    ['none', 'insert into public.schema_migrations (version) values ($1)'],
  ] as const)('%s refuses %s', (tool, sql) => {
    expect(decide(sql, tool).allowed).toBe(false);
  });

  it("unqualified tables are the tool's schema only while the committed search_path is exactly that schema", () => {
    expect(decide('LOCK TABLE changes IN EXCLUSIVE MODE', 'sqitch').allowed).toBe(false);
    expect(decide('LOCK TABLE changes IN EXCLUSIVE MODE', 'sqitch', { searchPath: ['sqitch'] })).toEqual({ allowed: true, kind: 'history' });
    expect(decide('DELETE FROM changes where change_id = $1', 'sqitch', { searchPath: ['sqitch', 'public'] }).allowed).toBe(false);
    expect(decide('DELETE FROM changes where change_id = $1', 'sqitch', { searchPath: ['public'] }).allowed).toBe(false);
    expect(sessionSearchPath(parseStatements("SET search_path = 'sqitch'")[0]!)).toEqual(['sqitch']);
    expect(sessionSearchPath(parseStatements("SET LOCAL search_path = 'sqitch'")[0]!)).toBeUndefined();
    // What puts search_path back to the default, so that unqualified names no longer mean the tool's schema.
    for (const sql of ['RESET ALL', 'DISCARD ALL', 'RESET search_path']) expect(sessionSearchPath(parseStatements(sql)[0]!), sql).toEqual([]);
    // Whatever a DO block does to search_path outlives it unseen: RESET ALL would leave unqualified names to public.
    for (const body of ['SET search_path = public', 'RESET search_path', 'RESET ALL']) {
      expect(decide(`DO $$ BEGIN ${body}; END $$`, 'sqitch', { searchPath: ['sqitch'] }), body).toMatchObject({ allowed: false, why: expect.stringMatching(/sets or resets search_path/) });
    }
  });
});

describe('the plan of a wire session', () => {
  const statements = ['CREATE TABLE a (id int)', "INSERT INTO a VALUES (1)", "INSERT INTO a VALUES (1)"].map((sql, index) => ({ index, path: 'db/1.sql', sql, digest: `d${index}` }));

  it('lets each planned statement run once, duplicates in order, and frees what rolled back', () => {
    const plan = new WirePlan(statements);
    const insert = key('INSERT INTO a VALUES (1)');
    expect(plan.claim(insert, 1)?.index).toBe(1);
    expect(plan.claim(insert, 2)?.index).toBe(2); // the second, identical statement of the plan
    expect(plan.claim(insert, 1)).toBeUndefined();
    plan.settle(1, false); // connection 1's transaction rolled back
    plan.settle(2, true);
    expect(plan.consumed(insert)).toBe(true);
    expect(plan.claim(insert, 3)?.index).toBe(1);
    plan.settle(3, true);
    expect(plan.report()).toEqual({ ran: [{ index: 1, path: 'db/1.sql' }, { index: 2, path: 'db/1.sql' }], unrun: [{ index: 0, path: 'db/1.sql', sql: 'CREATE TABLE a (id int)' }], refused: [] });
  });

  it('gives back the claims of a message refused as a whole', () => {
    const plan = new WirePlan(statements);
    const claimed = plan.claim(key('CREATE TABLE a (id int)'), 1)!;
    plan.unclaim([claimed]);
    plan.settle(1, true);
    expect(plan.report().ran).toEqual([]);
  });

  const ran = (plan: WirePlan) => plan.report().ran.map((r) => r.index);

  it('gives back what a rollback to a savepoint undid, and only that', () => {
    const plan = new WirePlan(statements);
    const [create, insert] = [key('CREATE TABLE a (id int)'), key('INSERT INTO a VALUES (1)')];
    plan.claim(create, 1); // BEGIN; CREATE …
    plan.savepoint(1, 'TRANS_STMT_SAVEPOINT', 's', plan.position);
    plan.claim(insert, 1); // INSERT … (statement 1)
    plan.claim(insert, 2); // another connection's claim is not touched
    plan.savepoint(1, 'TRANS_STMT_ROLLBACK_TO', 's', plan.position);
    expect(plan.available(insert)).toBe(true);
    expect(plan.claim(insert, 1)?.index).toBe(1); // after the rollback, statement 1 runs again
    plan.savepoint(1, 'TRANS_STMT_ROLLBACK_TO', 's', plan.position); // the savepoint is kept: a second rollback to it
    plan.savepoint(1, 'TRANS_STMT_RELEASE', 's', plan.position);
    plan.savepoint(1, 'TRANS_STMT_ROLLBACK_TO', 's', plan.position); // released: unknown, nothing changes
    plan.settle(1, true);
    plan.settle(2, true);
    expect(ran(plan)).toEqual([0, 2]);
  });

  it('places a savepoint command among the claims of its message: what follows a rollback in it stays', () => {
    const plan = new WirePlan(statements);
    const insert = key('INSERT INTO a VALUES (1)');
    // One message: SAVEPOINT s; INSERT; ROLLBACK TO s; INSERT — applied once the message is let through.
    const savepointAt = plan.position;
    plan.claim(insert, 1);
    const rollbackAt = plan.position;
    plan.claim(insert, 1);
    plan.savepoint(1, 'TRANS_STMT_SAVEPOINT', 's', savepointAt);
    plan.savepoint(1, 'TRANS_STMT_ROLLBACK_TO', 's', rollbackAt);
    plan.settle(1, true);
    expect(ran(plan)).toEqual([2]);
  });

  it('rolls back to the innermost savepoint of a name, releasing the ones inside it', () => {
    const plan = new WirePlan(statements);
    const [create, insert] = [key('CREATE TABLE a (id int)'), key('INSERT INTO a VALUES (1)')];
    plan.savepoint(1, 'TRANS_STMT_SAVEPOINT', 's', plan.position);
    plan.claim(create, 1);
    plan.savepoint(1, 'TRANS_STMT_SAVEPOINT', 's', plan.position);
    plan.claim(insert, 1);
    plan.savepoint(1, 'TRANS_STMT_SAVEPOINT', 't', plan.position);
    plan.claim(insert, 1);
    plan.savepoint(1, 'TRANS_STMT_ROLLBACK_TO', 's', plan.position); // the inner s: both INSERTs, not the CREATE
    plan.savepoint(1, 'TRANS_STMT_ROLLBACK_TO', 't', plan.position); // t went with it: nothing changes
    plan.settle(1, true);
    expect(ran(plan)).toEqual([0]);
    // A new transaction starts without savepoints.
    plan.claim(insert, 1);
    plan.savepoint(1, 'TRANS_STMT_ROLLBACK_TO', 's', plan.position);
    plan.settle(1, true);
    expect(ran(plan)).toEqual([0, 1]);
  });
});

describe('the refusal statement', () => {
  it('is one DO statement whatever the refused text holds', () => {
    for (const hostile of ["'; DROP TABLE users; --", '$$ DROP TABLE users $$', '$mgb$ END $mgb$; DROP TABLE users; DO $mgb$', 'é — \\ \u0001']) {
      const statements = parseStatements(refusalStatement(`refused: ${hostile}`, hostile, hostile));
      expect(statements.map((s) => s.type)).toEqual(['DoStmt']);
      expect(JSON.stringify(statements[0]!.node)).toContain(JSON.stringify(hostile).slice(1, -1).slice(0, 10));
    }
  });
});

describe('the framer', () => {
  it('returns whole messages across chunk boundaries, from views into a larger buffer', () => {
    const message = (type: string, body: string) => {
      const b = Buffer.alloc(5 + body.length);
      b.write(type, 0);
      b.writeInt32BE(4 + body.length, 1);
      b.write(body, 5);
      return b;
    };
    const stream = Buffer.concat([Buffer.from('garbage-before'), message('Q', 'SELECT 1\0'), message('S', ''), message('X', '')]);
    const view = stream.subarray(14); // a view with a byteOffset, like Node's pooled buffers
    const framer = new Framer();
    const first = framer.push(view.subarray(0, 7));
    const rest = framer.push(view.subarray(7));
    expect(first).toEqual([]);
    expect(rest.map((m) => String.fromCharCode(m[0]!))).toEqual(['Q', 'S', 'X']);
    expect(rest[0]!.subarray(5).toString()).toBe('SELECT 1\0');
  });

  it('refuses a message longer than its limit (or with an impossible length) before buffering it', () => {
    const header = (length: number) => {
      const b = Buffer.alloc(5);
      b.write('Q', 0);
      b.writeInt32BE(length, 1);
      return b;
    };
    expect(() => new Framer(1024).push(header(2 ** 30))).toThrow(FramingError);
    expect(() => new Framer(1024).push(header(2))).toThrow(/invalid length/);
    expect(new Framer(1024).push(header(1000))).toEqual([]);
  });

  it('joins a message sent in many small chunks once, when it is whole: the bytes copied grow with the message, not its square', () => {
    const size = 8 * 1024 * 1024;
    const message = Buffer.alloc(size, 0x61);
    message.write('Q', 0);
    message.writeInt32BE(size - 1, 1);
    message[size - 1] = 0;
    const concat = vi.spyOn(Buffer, 'concat');
    let copied = 0;
    concat.mockImplementation((list: readonly Uint8Array[], length?: number) => {
      copied += length ?? list.reduce((n, b) => n + b.length, 0);
      return originalConcat(list, length);
    });
    const framer = new Framer(64 * 1024 * 1024);
    const out: Buffer[] = [];
    try {
      for (let at = 0; at < size; at += 16 * 1024) out.push(...framer.push(message.subarray(at, at + 16 * 1024)));
    } finally {
      concat.mockRestore();
    }
    expect(out).toHaveLength(1);
    expect(out[0]!.equals(message)).toBe(true);
    expect(copied).toBeLessThanOrEqual(2 * size);
  });
});

const originalConcat = Buffer.concat;
