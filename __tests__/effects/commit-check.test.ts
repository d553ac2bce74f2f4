/**
 * The check before COMMIT (src/effects/commit-check.ts through the gateway's EffectsWatch) on the embedded PGlite:
 * what a transaction did is allowed when its statements name it, refused when something else did it.
 */
import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPostgresParser } from '../../src/scan/dialects/postgres.js';
import { EffectsWatch } from '../../src/gateway/server/effects-watch.js';

let db: PGlite;
const queries = async (sqls: readonly string[]) => {
  const results = [];
  for (const sql of sqls) results.push((await db.query(sql)).rows as Array<Record<string, unknown>>);
  return results;
};

beforeAll(async () => {
  await loadPostgresParser();
  db = new PGlite({ extensions: { citext } });
  await db.exec(`CREATE TABLE accounts (id int, legacy_ref text); INSERT INTO accounts VALUES (1, 'a'), (2, 'b');
    CREATE TABLE orders (id int); INSERT INTO orders VALUES (1), (2), (3);
    CREATE FUNCTION purge() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM orders; RETURN NEW; END $$;
    CREATE TABLE inbox (id int); CREATE TRIGGER purge AFTER INSERT ON inbox FOR EACH ROW EXECUTE FUNCTION purge();`);
});
afterAll(() => db.close());

/** Runs `sqls` in a transaction (rolled back), checked as the gateway checks it; `approved`: effect keys. */
async function checked(sqls: string[], approved: string[] = [], bounds = {}) {
  const watch = await EffectsWatch.open(queries, { approved: new Set(approved), bounds });
  await db.exec('BEGIN');
  try {
    const mark = await watch.mark();
    for (const sql of sqls) await db.exec(sql);
    return await watch.check(mark, sqls);
  } finally {
    await db.exec('ROLLBACK');
  }
}

const described = (check: Awaited<ReturnType<typeof checked>>) => check.beyond.map((b) => `${b.effect.description}: ${b.why}`);

describe('the check before COMMIT', () => {
  it('allows what the statements name: a column dropped by ALTER TABLE, rows deleted by DELETE, a table truncated by TRUNCATE', async () => {
    expect(described(await checked(['ALTER TABLE accounts DROP COLUMN legacy_ref']))).toEqual([]);
    expect(described(await checked(['DELETE FROM public.orders WHERE id > 1']))).toEqual([]);
    expect(described(await checked(['TRUNCATE orders']))).toEqual([]);
    expect(described(await checked(['DROP TABLE accounts']))).toEqual([]);
  });

  it('refuses what something else did: rows a trigger deleted, a table the statements never name', async () => {
    expect(described(await checked(['INSERT INTO inbox VALUES (1)']))).toEqual(['deletes 3 rows from public.orders: no statement of the plan deletes rows of public.orders, and the approved effects do not include it']);
    expect(described(await checked(['DELETE FROM accounts WHERE id = 1', 'DROP TABLE orders']).then((c) => ({ ...c, beyond: c.beyond })))).toEqual([]);
  });

  it('a TRUNCATE … CASCADE empties tables the statement does not name: covered only when rehearsal showed their rows deleted and reviewers approved it', async () => {
    await db.exec('CREATE TABLE parent (id int PRIMARY KEY); CREATE TABLE child (p int REFERENCES parent); INSERT INTO parent VALUES (1); INSERT INTO child VALUES (1);');
    expect(described(await checked(['TRUNCATE parent CASCADE']))).toEqual([expect.stringMatching(/^replaces the storage of table public\.child .*: no statement of the plan names public\.child/)]);
    expect(described(await checked(['TRUNCATE parent CASCADE'], ['rows.deleted public.child']))).toEqual([]);
  });

  it('new storage (a TRUNCATE leaves no other sign) is covered by a statement that rebuilds the table, not by one that merely names it', async () => {
    await db.exec(`CREATE TABLE ledger (id int, note varchar(20)); INSERT INTO ledger VALUES (1, 'a');
      CREATE FUNCTION clear_ledger() RETURNS int LANGUAGE plpgsql AS $$ BEGIN TRUNCATE ledger; RETURN 1; END $$;`);
    expect(described(await checked(["COMMENT ON TABLE ledger IS 'kept'", 'SELECT clear_ledger()']))).toEqual([expect.stringMatching(/^replaces the storage of table public\.ledger .*: no statement of the plan names public\.ledger/)]);
    // The GRANT covers the privileges it changes on ledger, not the truncation.
    expect(described(await checked(['GRANT SELECT ON ledger TO PUBLIC', 'SELECT clear_ledger()']))).toEqual([expect.stringMatching(/^replaces the storage of table public\.ledger/)]);
    expect(described(await checked(['ALTER TABLE ledger ALTER COLUMN note TYPE text USING note || \'\'']))).toEqual([]);
  });

  it('writes to catalogs the snapshot does not read are effects of their own: refused unless a statement of that kind or an approved effect covers them', async () => {
    await db.exec(`CREATE TABLE secrets (id int); CREATE TABLE notes (id int); CREATE PUBLICATION feed;
      CREATE FUNCTION leak() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ALTER PUBLICATION feed ADD TABLE secrets; RETURN NEW; END $$;
      CREATE TRIGGER leak AFTER INSERT ON notes FOR EACH ROW EXECUTE FUNCTION leak();`);
    const leak = 'inserts 1 row into pg_catalog.pg_publication_rel (the tables of publications): no statement of the plan names pg_catalog.pg_publication_rel, and the approved effects do not include it';
    // In a transaction with DDL (the catalog is expected to change) and in one of row writes only.
    expect(described(await checked(['CREATE TABLE extra (id int)', 'INSERT INTO notes VALUES (1)']))).toEqual([leak]);
    expect(described(await checked(['INSERT INTO notes VALUES (1)']))).toEqual(expect.arrayContaining([leak]));
    expect(described(await checked(['CREATE TABLE extra (id int)', 'INSERT INTO notes VALUES (1)'], ['catalog.inserted:pg_publication_rel pg_catalog.pg_publication_rel']))).toEqual([]);
    // A statement whose kind writes that catalog covers it; another kind does not.
    expect(described(await checked(['ALTER PUBLICATION feed ADD TABLE notes']))).toEqual([]);
    expect(described(await checked(['CREATE CAST (text AS int) WITH INOUT']))).toEqual([]);
    expect(described(await checked(['CREATE TABLE extra (id int)', "DO $$ BEGIN EXECUTE 'CREATE CAST (text AS int) WITH INOUT'; END $$"]))).toEqual([
      'inserts 1 row into pg_catalog.pg_cast (casts): no statement of the plan names pg_catalog.pg_cast, and the approved effects do not include it',
    ]);
    // An extension's install script may write any of them.
    expect(described(await checked(['CREATE EXTENSION IF NOT EXISTS citext']))).toEqual([]);
  });

  it('a pre-existing table made a member of an extension (pg_dump leaves it out, DROP EXTENSION drops it) by something the plan does not name', async () => {
    await db.exec('CREATE EXTENSION IF NOT EXISTS citext; CREATE TABLE keepsakes (id int);');
    expect(described(await checked(['CREATE TABLE extra (id int)', "DO $$ BEGIN EXECUTE 'ALTER EXTENSION citext ADD TABLE keepsakes'; END $$"]))).toEqual([
      'makes table public.keepsakes a member of extension citext (pg_dump leaves it out; DROP EXTENSION drops it): no statement of the plan names public.keepsakes, and the approved effects do not include it',
    ]);
    expect(described(await checked(['ALTER EXTENSION citext ADD TABLE keepsakes']))).toEqual([]);
  });

  it('a transaction that changes the catalog starts from the catalog at its BEGIN, not as this connection last left it: what another session made in between and this one drops is seen', async () => {
    const watch = await EffectsWatch.open(queries, { approved: new Set(), bounds: {} });
    const run = async (sqls: string[]) => {
      await db.exec('BEGIN');
      const mark = await watch.mark();
      for (const sql of sqls) await db.exec(sql);
      const check = await watch.check(mark, sqls);
      await db.exec('COMMIT');
      return check.beyond.map((b) => b.effect.description);
    };
    expect(await run(['CREATE TABLE first_step (id int)'])).toEqual([]);
    // Another session makes a table while this one is between transactions.
    await db.exec('CREATE TABLE made_meanwhile (id int); INSERT INTO made_meanwhile VALUES (1);');
    expect(await run(['CREATE TABLE second_step (id int)', "DO $$ BEGIN EXECUTE 'DROP TABLE made_meanwhile'; END $$"])).toEqual(['drops table public.made_meanwhile']);
  });

  it('an approved effect covers it, and a row bound applies to everything', async () => {
    expect(described(await checked(['INSERT INTO inbox VALUES (1)'], ['rows.deleted public.orders']))).toEqual([]);
    expect(described(await checked(['DELETE FROM orders'], [], { delete: 2 }))).toEqual(['deletes 3 rows from public.orders: more than the 2 rows per table the policy allows (max-rows.delete)']);
  });

  it('reads the catalog at the start of a transaction that may change it, and again only when the transaction wrote to it', async () => {
    await db.exec(`CREATE TABLE victims (id int); CREATE TABLE doorbell (id int);
      CREATE FUNCTION ring() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DROP TABLE victims; RETURN NEW; END $$;
      CREATE TRIGGER ring AFTER INSERT ON doorbell FOR EACH ROW EXECUTE FUNCTION ring();`);
    const watch = await EffectsWatch.open(queries, { approved: new Set(), bounds: {} });
    const transaction = async (sql: string, commit: boolean, catalog = true) => {
      await db.exec('BEGIN');
      const mark = await watch.mark([], { catalog });
      await db.exec(sql);
      const check = await watch.check(mark, [sql]);
      await db.exec(commit ? 'COMMIT' : 'ROLLBACK');
      return check.measured.map((m) => `${m.effect.description}${m.rule ? ` [${m.rule}]` : ''}`);
    };
    expect(await transaction('CREATE TABLE fresh (id int)', true)).toEqual(['creates table public.fresh', 'creates column public.fresh.id']);
    expect(await transaction('INSERT INTO fresh VALUES (1)', true)).toEqual(['inserts 1 row into public.fresh']);
    // fresh existed before this one (its rows are never counted here).
    expect(await transaction('DROP TABLE fresh', false)).toEqual(['drops table public.fresh [effect-data-loss]']);
    // A row written (no catalog change) by a trigger that drops a table: the catalog's own statistics give it away.
    expect(await transaction('INSERT INTO doorbell VALUES (1)', false)).toEqual(expect.arrayContaining(['drops table public.victims [effect-data-loss]', 'inserts 1 row into public.doorbell']));
    // Marked without the catalog (row writes only, as the gateway marks them): the change itself is the finding.
    expect(await transaction('INSERT INTO doorbell VALUES (1)', false, false)).toEqual(['inserts 1 row into public.doorbell', 'changes the catalog (a trigger, rule or function ran DDL) in a transaction whose statements change none [effect-unclassified]']);
    expect(await transaction('INSERT INTO fresh VALUES (2)', false, false)).toEqual(['inserts 1 row into public.fresh']);
  });
});

