/**
 * The gateway's check before COMMIT, on a real PostgreSQL server: what a run's transaction did to the real database
 * (its rows, its catalog) is measured before COMMIT and compared with what the plan says and what reviewers
 * approved; anything beyond is rolled back, refused and audited. The database holds objects made by hand that the
 * repository's history does not know (a trigger, a rule, a function), as production databases do.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway.js';
import { GITHUB_CLAIMS, LocalIssuer } from '../helpers/issuer.js';
import { exchange, exec, planFor, type TestPlan } from '../helpers/plan.js';
import { startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { tempDir } from '../helpers/run.js';

let pg: PostgresServer;
let issuer: LocalIssuer;
let gateway: GatewayProcess;

const app = <T = Record<string, unknown>>(sql: string) => pg.query<T>(sql, [], 'app');
const count = async (table: string) => (await app<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
const audit = (kind: string, session: string) => pg.query<{ data: Record<string, unknown> }>("SELECT data FROM mg_audit WHERE kind = $1 AND data->>'session' = $2", [kind, session], 'gateway_store');

/** Plans `files`, exchanges a token for it (in the approval environment when `approved`) and runs it over HTTP. */
async function run(plan: TestPlan, approved = false) {
  const claims = approved ? { ...GITHUB_CLAIMS, environment: 'production-approval' } : GITHUB_CLAIMS;
  const token = await exchange(gateway.url, await issuer.sign({ ...claims, aud: 'https://gateway.test' }), { audience: 'prod', plan });
  expect(token.status, JSON.stringify(token.body)).toBe(200);
  return (await exec(gateway.url, 'prod', token.body.access_token!, plan)).body as Record<string, unknown> & {
    session_id: string;
    status: string;
    message: string;
    results: Array<{ status: string }>;
    effects?: { approved: string[]; measured: Array<{ transaction: number | 'own'; effects: Array<{ kind: string; object: string; description: string; rows?: number; beyond?: string; after?: { index: number; path: string } }> }> };
  };
}

beforeAll(async () => {
  pg = await startPostgres();
  const appUrl = await pg.createDatabase('app');
  const storeUrl = await pg.createDatabase('gateway_store');
  issuer = await new LocalIssuer().start();
  const dir = tempDir();
  // The gateway's own policy: at most 3 rows deleted per table per run.
  writeFileSync(join(dir, 'policy.yml'), 'version: 1\nmax-rows:\n  delete: 3\n');
  gateway = await startGatewayProcess(
    {
      version: 1,
      issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: 'https://gateway.test' }],
      store: { driver: 'postgres', 'url-env': 'STORE_URL' },
      connections: [{ name: 'prod', driver: 'postgres', 'url-env': 'APP_URL', policy: join(dir, 'policy.yml'), access: { repository: ['acme/*'] } }],
    },
    { APP_URL: appUrl, STORE_URL: storeUrl },
  );
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await issuer?.stop();
  pg?.stop();
});

describe('the check before COMMIT (HTTP exec, PostgreSQL)', () => {
  it('a trigger that exists only in the database deletes rows when an insert-only plan runs: rolled back, refused, audited with the counts', async () => {
    await app(`CREATE TABLE orders (id int PRIMARY KEY);
      INSERT INTO orders SELECT generate_series(1, 5);
      CREATE TABLE audit_queue (what text);
      CREATE FUNCTION wipe_orders() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM orders; RETURN NEW; END $$;
      CREATE TRIGGER by_hand AFTER INSERT ON audit_queue FOR EACH ROW EXECUTE FUNCTION wipe_orders();`);
    const plan = await planFor({ 'db/1.sql': "INSERT INTO audit_queue VALUES ('hello');\n" });
    expect(plan.verdict).toBe('pass');
    const body = await run(plan);
    expect(body.status).toBe('failed');
    expect(body.message).toMatch(/transaction 1 was rolled back before COMMIT because it did more than the approval covers: it deletes 5 rows from public\.orders \(after statement 1, db\/1\.sql\): no statement of the plan deletes rows of public\.orders/);
    expect(body.results.map((r) => r.status)).toEqual(['rolled_back']);
    expect(await count('orders')).toBe(5);
    expect(await count('audit_queue')).toBe(0);
    const [refused] = await audit('exec.effects_refused', body.session_id);
    expect(refused!.data).toMatchObject({ transaction: 1, statements: [0], effects: expect.arrayContaining([expect.objectContaining({ kind: 'rows.deleted', object: 'public.orders', rows: 5, beyond: expect.any(String) })]) });
  });

  it('in a transaction of several statements, the refusal names the statement after which the effect appeared', async () => {
    await app(`CREATE TABLE plain (id int); CREATE TABLE trap (id int); CREATE TABLE victims (id int); INSERT INTO victims VALUES (1), (2);
      CREATE FUNCTION spring() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM victims; RETURN NEW; END $$;
      CREATE TRIGGER by_hand AFTER INSERT ON trap FOR EACH ROW EXECUTE FUNCTION spring();`);
    const body = await run(await planFor({ 'db/1.sql': 'INSERT INTO plain VALUES (1);\n', 'db/2.sql': 'INSERT INTO trap VALUES (1);\nINSERT INTO plain VALUES (2);\n' }));
    expect(body.message).toMatch(/it deletes 2 rows from public\.victims \(after statement 2, db\/2\.sql\)/);
    expect(body.results.map((r) => r.status)).toEqual(['rolled_back', 'rolled_back', 'rolled_back']);
    expect([await count('plain'), await count('victims')]).toEqual([0, 2]);
  });

  it('a rule that exists only in the database (DO ALSO DELETE) is caught the same way', async () => {
    await app(`CREATE TABLE invoices (id int PRIMARY KEY); INSERT INTO invoices SELECT generate_series(1, 4);
      CREATE TABLE notes (body text);
      CREATE RULE by_hand AS ON INSERT TO notes DO ALSO DELETE FROM invoices;`);
    const body = await run(await planFor({ 'db/1.sql': "INSERT INTO notes VALUES ('x');\n" }));
    expect(body.status).toBe('failed');
    expect(body.message).toMatch(/it deletes 4 rows from public\.invoices/);
    expect(await count('invoices')).toBe(4);
  });

  it('a function made by hand, called by an approved statement, that truncates a table: its replaced storage is caught', async () => {
    await app(`CREATE TABLE ledger_lines (id int); INSERT INTO ledger_lines SELECT generate_series(1, 7);
      CREATE FUNCTION tidy() RETURNS int LANGUAGE plpgsql AS $$ BEGIN TRUNCATE ledger_lines; RETURN 1; END $$;`);
    const body = await run(await planFor({ 'db/1.sql': 'SELECT tidy();\n' }), true);
    expect(body.status).toBe('failed');
    expect(body.message).toMatch(/it replaces the storage of table public\.ledger_lines \(a TRUNCATE empties it; a rewrite keeps its rows\)/);
    expect(await count('ledger_lines')).toBe(7);
  });

  it('a DELETE … WHERE that matches more real rows than the policy bound (max-rows) is rolled back, although it names its table', async () => {
    await app('CREATE TABLE sessions (id int, expired boolean); INSERT INTO sessions SELECT g, true FROM generate_series(1, 10) g;');
    const body = await run(await planFor({ 'db/1.sql': 'DELETE FROM sessions WHERE expired;\n' }));
    expect(body.status).toBe('failed');
    expect(body.message).toMatch(/it deletes 10 rows from public\.sessions \(after statement 1, db\/1\.sql\): more than the 3 rows per table the policy allows \(max-rows\.delete\)/);
    expect(await count('sessions')).toBe(10);
  });

  it('a plan whose measured effects are within the approval commits, and the answer and the audit trail report them', async () => {
    await app('CREATE TABLE carts (id int, stale boolean); INSERT INTO carts SELECT g, g <= 2 FROM generate_series(1, 6) g;');
    const body = await run(await planFor({ 'db/1.sql': 'DELETE FROM carts WHERE stale;\nALTER TABLE carts ADD COLUMN note text;\nINSERT INTO carts VALUES (7, false, null);\n' }));
    expect(body.status, body.message).toBe('done');
    expect(await count('carts')).toBe(5);
    const measured = body.effects!.measured.flatMap((t) => t.effects.map((e) => e.description));
    expect(measured).toEqual(expect.arrayContaining(['deletes 2 rows from public.carts', 'inserts 1 row into public.carts', 'creates column public.carts.note']));
    expect(body.effects!.measured.flatMap((t) => t.effects).some((e) => e.beyond)).toBe(false);
    const [end] = await audit('exec.end', body.session_id);
    expect(end!.data.effects).toMatchObject({ approved: [], measured: [expect.objectContaining({ transaction: 1, statements: [0, 1, 2] })] });
  });

  it('an effect the rehearsal showed and reviewers approved (a cascade through a foreign key of the history) commits; the same run without it declared is refused', async () => {
    const history = { 'db/1_schema.sql': 'CREATE TABLE customers (id int PRIMARY KEY);\nCREATE TABLE addresses (customer int REFERENCES customers ON DELETE CASCADE);\n' };
    await app(`${history['db/1_schema.sql']} INSERT INTO customers VALUES (1), (2); INSERT INTO addresses VALUES (1), (1), (2);`);
    const change = { 'db/2_forget.sql': 'DELETE FROM customers WHERE id = 1;\n' };
    const rehearsed = await planFor(change, history);
    expect(rehearsed.effects).toEqual([]); // nothing to cascade to in the shadow: no rows there
    await app('INSERT INTO customers VALUES (3)');
    const seeded = await planFor(change, { ...history, 'db/1b_seed.sql': 'INSERT INTO customers VALUES (1);\nINSERT INTO addresses VALUES (1);\n' });
    expect(seeded.effects).toEqual([
      ['db/2_forget.sql', 0, 'rows.deleted public.addresses'],
      ['db/2_forget.sql', 0, 'rows.deleted public.customers'],
    ]);
    expect(seeded.verdict).toBe('approval');
    // Without the declared cascade (no seed in the history), the real database's cascade is beyond the approval.
    const refused = await run(rehearsed);
    expect(refused.message).toMatch(/it deletes 2 rows from public\.addresses/);
    expect(await count('addresses')).toBe(3);
    const done = await run(seeded, true);
    expect(done.status, done.message).toBe('done');
    expect(done.effects!.approved).toEqual(['rows.deleted public.addresses', 'rows.deleted public.customers']);
    expect(await count('addresses')).toBe(1);
  });

  it('a deferred constraint trigger made by hand, which would delete rows at COMMIT, fires before the check and is caught', async () => {
    await app(`CREATE TABLE wallets (id int); INSERT INTO wallets VALUES (1), (2);
      CREATE TABLE signups (id int);
      CREATE FUNCTION drain() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM wallets; RETURN NULL; END $$;
      CREATE CONSTRAINT TRIGGER later AFTER INSERT ON signups DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION drain();`);
    const body = await run(await planFor({ 'db/deferred.sql': 'INSERT INTO signups VALUES (1);\n' }));
    expect(body.status).toBe('failed');
    expect(body.message).toMatch(/it deletes 2 rows from public\.wallets/);
    expect([await count('wallets'), await count('signups')]).toEqual([2, 0]);
  });

  it('a deferred foreign key the transaction breaks fails the run with the database\'s own error, nothing committed', async () => {
    await app(`CREATE TABLE parents (id int PRIMARY KEY);
      CREATE TABLE children (parent int REFERENCES parents DEFERRABLE INITIALLY DEFERRED);`);
    const body = await run(await planFor({ 'db/deferred_fk.sql': 'INSERT INTO children VALUES (42);\n' }));
    expect(body.status).toBe('failed');
    expect(body.message).toMatch(/violates foreign key constraint/);
    expect(await count('children')).toBe(0);
  });

  it('a row whose value is stored out of line (TOAST) is a row write, not a catalog change', async () => {
    await app('CREATE TABLE documents (id int, body text);');
    const big = Array.from({ length: 4000 }, (_, i) => `w${(i * 7919) % 10007}`).join(' ');
    const body = await run(await planFor({ 'db/toasted.sql': `INSERT INTO documents VALUES (1, '${big}');\n` }));
    expect(body.status, body.message).toBe('done');
    expect(await app<{ external: boolean }>("SELECT pg_column_size(body) < octet_length(body) AS external FROM documents")).toEqual([{ external: true }]);
  });

  it('the check cannot be steered: operators and types made by the plan ahead of pg_catalog in search_path do not hide a trigger\'s deletions', async () => {
    await app(`CREATE TABLE bank (id int); INSERT INTO bank VALUES (1), (2), (3);
      CREATE TABLE mailbag (id int);
      CREATE FUNCTION rob() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM bank; RETURN NEW; END $$;
      CREATE TRIGGER by_hand AFTER INSERT ON mailbag FOR EACH ROW EXECUTE FUNCTION rob();`);
    // Every operator the check could use on its counters, made to answer "nothing happened".
    const steer = [
      'CREATE SCHEMA decoy;',
      "CREATE FUNCTION decoy.nothing(bigint, bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT 0::bigint';",
      "CREATE FUNCTION decoy.never(bigint, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT false';",
      "CREATE FUNCTION decoy.never(bigint, bigint) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT false';",
      'CREATE OPERATOR decoy.+ (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = decoy.nothing);',
      'CREATE OPERATOR decoy.> (LEFTARG = bigint, RIGHTARG = integer, FUNCTION = decoy.never);',
      'CREATE OPERATOR decoy.> (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = decoy.never);',
      'SET search_path = decoy, public, pg_catalog;',
      'INSERT INTO public.mailbag VALUES (1);',
    ];
    const body = await run(await planFor({ 'db/steer.sql': `${steer.join('\n')}\n` }), true);
    expect(body.status).toBe('failed');
    expect(body.message).toMatch(/it deletes 3 rows from public\.bank/);
    expect(await count('bank')).toBe(3);
  });

  it('a function running as a superuser that switches row statistics off before deleting: the check cannot count, so it rolls back', async () => {
    await app(`CREATE TABLE vault (id int); INSERT INTO vault VALUES (1), (2);
      CREATE TABLE letters (id int);`);
    // Made by hand by a superuser, as some production functions are: SECURITY DEFINER runs it as its owner.
    await pg.query(
      `CREATE FUNCTION quiet_wipe() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
         BEGIN PERFORM pg_catalog.set_config('track_counts', 'off', true); DELETE FROM public.vault; RETURN NEW; END $$;
       CREATE TRIGGER by_hand AFTER INSERT ON letters FOR EACH ROW EXECUTE FUNCTION quiet_wipe();`,
      [],
      'app',
      'postgres',
    );
    const body = await run(await planFor({ 'db/quiet.sql': 'INSERT INTO letters VALUES (1);\n' }));
    expect(body.status).toBe('failed');
    expect(body.message).toMatch(/the check before COMMIT of transaction 1 could not run \(row statistics are switched off \(track_counts is off\)/);
    expect([await count('vault'), await count('letters')]).toEqual([2, 0]);

    // The same from a deferred trigger, which fires only when the check fires the deferred ones.
    await app('CREATE TABLE parcels (id int);');
    await pg.query('CREATE CONSTRAINT TRIGGER later AFTER INSERT ON parcels DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION quiet_wipe();', [], 'app', 'postgres');
    const deferred = await run(await planFor({ 'db/quiet_later.sql': 'INSERT INTO parcels VALUES (1);\n' }));
    expect(deferred.status).toBe('failed');
    expect(deferred.message).toMatch(/could not run \(row statistics are switched off \(track_counts is off\)/);
    expect([await count('vault'), await count('parcels')]).toEqual([2, 0]);
  });

  it('a plan that moves search_path away from public: what the catalog says is read under one fixed search_path, so nothing seems to change that did not', async () => {
    await app(`CREATE TYPE mood AS ENUM ('ok', 'meh'); CREATE TABLE diary (id int, feeling mood DEFAULT 'ok', day date DEFAULT now());
      CREATE TABLE ledger_p (id int, at date) PARTITION BY RANGE (at); CREATE TABLE ledger_2026 PARTITION OF ledger_p FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
      CREATE SCHEMA IF NOT EXISTS elsewhere;`);
    const body = await run(await planFor({ 'db/path.sql': 'SET search_path = elsewhere, pg_catalog;\nCREATE TABLE elsewhere.notes (id int);\n' }));
    expect(body.status, body.message).toBe('done');
    expect(body.effects?.measured.flatMap((t) => t.effects.map((e) => e.kind))).toEqual(['relation.created', 'column.created']);
  });

  it('large objects are data: a trigger made by hand that unlinks them (as contrib lo_manage does) is caught, although they live in system catalogs', async () => {
    await app(`SELECT pg_catalog.lo_from_bytea(0, 'scan of a signed contract'::bytea);
      CREATE TABLE uploads (id int);
      CREATE FUNCTION forget() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_catalog.lo_unlink(oid) FROM pg_catalog.pg_largeobject_metadata; RETURN NEW; END $$;
      CREATE TRIGGER by_hand AFTER INSERT ON uploads FOR EACH ROW EXECUTE FUNCTION forget();`);
    const body = await run(await planFor({ 'db/uploads.sql': 'INSERT INTO uploads VALUES (1);\n' }));
    expect(body.status).toBe('failed');
    expect(body.message).toMatch(/it deletes 1 row from pg_catalog\.pg_largeobject_metadata/);
    expect((await app<{ n: number }>('SELECT count(*)::int AS n FROM pg_catalog.pg_largeobject_metadata'))[0]!.n).toBe(1);
  });

  it('a DELETE on a partitioned table whose name needs quotes (as Prisma names them) may delete from its partitions', async () => {
    await app(`CREATE TABLE "Ledger" (id int, at date) PARTITION BY RANGE (at);
      CREATE TABLE "Ledger_2026" PARTITION OF "Ledger" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
      INSERT INTO "Ledger" VALUES (1, '2026-02-01'), (2, '2026-03-01');`);
    const body = await run(await planFor({ 'db/ledger.sql': 'DELETE FROM "Ledger" WHERE id = 1;\n' }));
    expect(body.status, body.message).toBe('done');
    expect(body.effects?.measured.flatMap((t) => t.effects.map((e) => e.description))).toEqual(['deletes 1 row from public.Ledger_2026']);
  });

  it('an event trigger made by hand that adds a table to a publication whenever a table is created: the catalog write is named, refused and rolled back; a plan that publishes on purpose commits', async () => {
    // The gateway keeps its ledger in the target database: made (CREATE TABLE) by a first run, before the trigger is.
    expect((await run(await planFor({ 'db/0.sql': 'SELECT 1;\n' }))).status).toBe('done');
    await pg.query(
      `CREATE TABLE cards (pan text); CREATE PUBLICATION outbound;
       CREATE FUNCTION publish_cards() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN ALTER PUBLICATION outbound ADD TABLE public.cards; END $$;
       CREATE EVENT TRIGGER publish_cards ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION publish_cards();`,
      [],
      'app',
      'postgres',
    );
    const published = async () => (await app<{ t: string }>("SELECT tablename AS t FROM pg_catalog.pg_publication_tables WHERE pubname = 'outbound' ORDER BY 1")).map((r) => r.t);
    try {
      const body = await run(await planFor({ 'db/wishlist.sql': 'CREATE TABLE wishlist (id int);\n' }));
      expect(body.status).toBe('failed');
      expect(body.message).toMatch(/it inserts 1 row into pg_catalog\.pg_publication_rel \(the tables of publications\) \(after statement 1, db\/wishlist\.sql\): no statement of the plan names pg_catalog\.pg_publication_rel/);
      expect(await published()).toEqual([]);
      expect((await app<{ r: string | null }>("SELECT to_regclass('public.wishlist')::text AS r"))[0]!.r).toBeNull();
    } finally {
      await pg.query('DROP EVENT TRIGGER publish_cards', [], 'app', 'postgres');
    }
    // The same catalog written by a statement that says so (reviewed: ALTER PUBLICATION needs approval).
    await app('CREATE TABLE feed_items (id int); CREATE PUBLICATION ours;');
    const body = await run(await planFor({ 'db/publish.sql': 'ALTER PUBLICATION ours ADD TABLE feed_items;\n' }), true);
    expect(body.status, body.message).toBe('done');
    expect(body.effects?.measured.flatMap((t) => t.effects.map((e) => e.description))).toEqual(['inserts 1 row into pg_catalog.pg_publication_rel (the tables of publications)']);
    expect((await app<{ t: string }>("SELECT tablename AS t FROM pg_catalog.pg_publication_tables WHERE pubname = 'ours'")).map((r) => r.t)).toEqual(['feed_items']);
  });

  it('declared effects never lower the bar: a plan that declares a deletion needs the approval environment, and a digest without them does not match', async () => {
    await app('CREATE TABLE tags (id int); INSERT INTO tags VALUES (1);');
    const plan = await planFor({ 'db/1.sql': 'INSERT INTO tags VALUES (2);\n' });
    const inflated = { ...plan, effects: [['db/1.sql', 0, 'rows.deleted public.tags']] as TestPlan['effects'] };
    const token = await exchange(gateway.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: 'https://gateway.test' }), { audience: 'prod', plan });
    // The session was issued for the plan's digest without effects: declaring one changes the digest.
    const mismatch = await exec(gateway.url, 'prod', token.body.access_token!, inflated);
    expect(mismatch.body.message).toMatch(/digest mismatch/);
    const { planDigest } = await import('../../src/plan/plan.js');
    const digest = planDigest({ version: 1, dialect: 'postgres', files: [{ path: 'db/1.sql', statements: plan.statements.map((s) => s.digest) }], exemptions: [], effects: inflated.effects });
    const second = await exchange(gateway.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: 'https://gateway.test' }), { audience: 'prod', plan: { ...inflated, digest } });
    const needs = await exec(gateway.url, 'prod', second.body.access_token!, { ...inflated, digest });
    expect(needs.body.message).toMatch(/the gateway policy requires approval for this plan/);
    expect(await count('tags')).toBe(1);
  });
});
