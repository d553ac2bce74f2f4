/**
 * Rehearsal on the embedded PGlite: a history replayed, then a change whose text looks harmless or whose harm depends
 * on the database's state; what it did is named, and judged by the closed table of effects.
 */
import { describe, expect, it } from 'vitest';
import { loadPostgresParser } from '../../src/scan/dialects/postgres.js';
import { rehearse, type ChangeStatement } from '../../src/effects/rehearse.js';
import { pgliteShadow } from '../../src/effects/shadow-pglite.js';
import { parseStatements } from '../../src/gateway/server/wire/statement-rules.js';
import { tempDir } from '../helpers/run.js';

/** The history replays once; each case starts from its cached state (what a CI cache does between runs). */
const SHADOW_CACHE = tempDir('mg-shadow-cache-');

const HISTORY = `
CREATE TABLE users (id int PRIMARY KEY, email varchar(200), amount numeric(12,2));
INSERT INTO users VALUES (1, 'a@example.com', 10.50), (2, 'b@example.com', 3.25);
CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users(id) ON DELETE CASCADE);
INSERT INTO orders VALUES (10, 1), (11, 2);
CREATE ROLE app LOGIN;
CREATE FUNCTION audit_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER audit AFTER INSERT ON users FOR EACH ROW EXECUTE FUNCTION audit_fn();
CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO events VALUES (1, '2024-05-01');
CREATE TYPE mood AS ENUM ('a');
SELECT lo_from_bytea(0, 'scan'::bytea);
CREATE EXTENSION citext;
CREATE DOMAIN positive AS int CONSTRAINT positive_check CHECK (VALUE > 0);
CREATE TABLE contacts (id int, phone text);
CREATE VIEW contact_phones WITH (security_barrier) AS SELECT id, phone FROM contacts;
CREATE TABLE totals (a int, doubled int GENERATED ALWAYS AS (a * 2) STORED);
INSERT INTO totals VALUES (1);
CREATE AGGREGATE total(int) (SFUNC = int4pl, STYPE = int);
CREATE SEQUENCE invoice_no;
SELECT nextval('invoice_no'), nextval('invoice_no');
`;

async function effectsOf(change: string) {
  await loadPostgresParser();
  const statements: ChangeStatement[] = parseStatements(change).map((s, index) => ({ path: 'db/change.sql', index, sql: s.sql }));
  const shadow = await pgliteShadow(SHADOW_CACHE, `${HISTORY}\n${change}`);
  try {
    const result = await rehearse(shadow, [{ path: 'db/001.sql', text: HISTORY }], statements);
    if (result.status !== 'rehearsed') throw new Error(result.why);
    return result.statements.flatMap((s) => [...s.effects.map((e) => ({ rule: e.rule, what: e.effect.description })), ...(s.error ? [{ rule: 'rehearsal-failed', what: s.error }] : [])]);
  } finally {
    await shadow.close();
  }
}

describe('rehearsal on PGlite', () => {
  it.each([
    ['a temporary table gone at commit, then an unqualified DROP', 'CREATE TEMP TABLE users (id int) ON COMMIT DROP; DROP TABLE users CASCADE;', /drops table public\.users \(2 rows\)/],
    ['a lossy cast', 'ALTER TABLE users ALTER COLUMN amount TYPE integer;', /changes column public\.users\.amount from numeric\(12,2\) to integer/],
    ['a shorter varchar', 'ALTER TABLE users ALTER COLUMN email TYPE varchar(5) USING email::varchar(5);', /from character varying\(200\) to character varying\(5\)/],
    ['SECURITY DEFINER', 'ALTER FUNCTION audit_fn() SECURITY DEFINER;', /SECURITY DEFINER/],
    ['a password on an existing role', "ALTER ROLE app PASSWORD 'x';", /sets the password of role app/],
    ['a cascade through a foreign key', 'DELETE FROM users WHERE id = 1;', /deletes 1 row from public\.orders/],
    ['a trigger that fires only on replicas', 'ALTER TABLE users ENABLE REPLICA TRIGGER audit;', /to fire only on replicas/],
    ['a partition detached', 'ALTER TABLE events DETACH PARTITION events_2024;', /detaches table public\.events_2024 from (public\.)?events/],
    ['a table made a member of an extension (pg_dump then leaves its rows out)', 'ALTER EXTENSION citext ADD TABLE users;', /makes table public\.users a member of extension citext \(pg_dump leaves it out; DROP EXTENSION drops it\)/],
    ['a domain\'s check dropped', 'ALTER DOMAIN positive DROP CONSTRAINT positive_check;', /drops public\.positive constraint positive_check/],
    ['the database made a template (any role that may create databases copies it)', 'ALTER DATABASE postgres IS_TEMPLATE true;', /makes database postgres a template \(any role that may create databases can copy it\)/],
    ['a generated column computed anew for every row (SET EXPRESSION)', 'ALTER TABLE totals ALTER COLUMN doubled SET EXPRESSION AS (a * 3);', /changes the expression of generated column public\.totals\.doubled from \(a \* 2\) to \(a \* 3\)/],
    ['an aggregate made to compute something else', 'CREATE OR REPLACE AGGREGATE total(int) (SFUNC = int4mi, STYPE = int);', /updates 1 row of pg_catalog\.pg_aggregate \(aggregates' functions\)/],
    ['foreign keys no longer enforced (their system triggers switched off)', 'ALTER TABLE orders DISABLE TRIGGER ALL;', /switches off 2 system triggers of table public\.orders \(its foreign keys are no longer enforced\)/],
    ['a view that no longer guards against leaky functions', 'ALTER VIEW contact_phones RESET (security_barrier);', /changes the options of view public\.contact_phones from \{security_barrier=true\} to none/],
    ['a view that reads with its owner\'s privileges again', 'ALTER VIEW contact_phones SET (security_invoker = false);', /changes the options of view public\.contact_phones/],
    ['a sequence restarted (ids it handed out come again)', 'ALTER SEQUENCE invoice_no RESTART;', /sets sequence public\.invoice_no back from 2 to its start/],
    ['a sequence set back', "SELECT setval('invoice_no', 1);", /sets sequence public\.invoice_no back from 2 to 1/],
    ['a sequence turned round', 'ALTER SEQUENCE invoice_no INCREMENT BY -1;', /changes the increment of sequence public\.invoice_no from 1 to -1/],
    ['large objects unlinked', 'SELECT lo_unlink(oid) FROM pg_largeobject_metadata;', /deletes 1 row from pg_catalog\.pg_largeobject_metadata/],
    ['default privileges to PUBLIC', 'ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC;', /default privileges of postgres on r/],
    ['standard_conforming_strings off hides a statement', "SET standard_conforming_strings = off; SELECT 'a\\\\'; DROP TABLE orders; SELECT '';", /drops table public\.orders/],
  ])('%s', async (_, change, expected) => {
    const effects = await effectsOf(change);
    const flagged = effects.filter((e) => e.rule !== null);
    expect(flagged.map((e) => e.what).join('\n')).toMatch(expected);
  });

  it('a change that moves search_path away from public: the catalog is read under one fixed search_path, so nothing else seems to change', async () => {
    const effects = await effectsOf('CREATE SCHEMA elsewhere; SET search_path = elsewhere, pg_catalog; CREATE TABLE notes (id int, feeling public.mood);');
    expect(effects.filter((e) => e.rule !== null)).toEqual([]);
    expect(effects.map((e) => e.what)).toEqual(['creates schema elsewhere', 'creates table elsewhere.notes', 'creates column elsewhere.notes.id', 'creates column elsewhere.notes.feeling']);
  });

  it("Prisma's patterns are judged by what they leave: a foreign key dropped and added again, an enum swapped for a new one", async () => {
    const fk = await effectsOf('ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey; ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;');
    expect(fk.filter((e) => e.rule !== null)).toEqual([]);
    const enumSwap = await effectsOf("ALTER TYPE mood RENAME TO mood_old; CREATE TYPE mood AS ENUM ('a', 'b'); DROP TYPE mood_old;");
    const dropped = await effectsOf('DROP TYPE mood;');
    expect(dropped.filter((e) => e.rule !== null).map((e) => e.what)).toEqual(['drops type public.mood']);
    expect(enumSwap.filter((e) => e.rule !== null)).toEqual([]);
    const renamed = await effectsOf('ALTER TABLE orders RENAME TO purchases;');
    expect(renamed.filter((e) => e.rule !== null).map((e) => e.what)).toEqual(['renames table public.orders to public.purchases']);
  });

  it('writes to catalogs the snapshot does not read are effects, by catalog: a cast, a table added to a publication; an extension\'s are its own install script\'s', async () => {
    const effects = await effectsOf(`CREATE CAST (text AS int) WITH INOUT;
      CREATE PUBLICATION feed; ALTER PUBLICATION feed ADD TABLE orders;
      CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
      CREATE EXTENSION hstore;`);
    const flagged = effects.filter((e) => e.rule !== null).map((e) => `${e.rule}: ${e.what}`);
    expect(flagged).toEqual([
      'effect-incompatible: inserts 1 row into pg_catalog.pg_cast (casts)',
      'effect-privilege: inserts 1 row into pg_catalog.pg_publication (publications)',
      'effect-privilege: inserts 1 row into pg_catalog.pg_publication_rel (the tables of publications)',
    ]);
    expect(effects).toEqual(expect.arrayContaining([{ rule: null, what: 'inserts 1 row into pg_catalog.pg_collation (collations)' }, { rule: null, what: expect.stringMatching(/^inserts \d+ rows into pg_catalog\.pg_operator \(operators\)$/) }]));
  });

  it('a sequence that moves on (nextval, inserts that use it) is no effect', async () => {
    const effects = await effectsOf("SELECT nextval('invoice_no'); SELECT setval('invoice_no', 50);");
    expect(effects).toEqual([]);
  });

  it('what the change itself created is free', async () => {
    const effects = await effectsOf('CREATE TABLE t2 (id int); INSERT INTO t2 VALUES (1); DELETE FROM t2; ALTER TABLE t2 ALTER COLUMN id TYPE smallint; DROP TABLE t2;');
    expect(effects.filter((e) => e.rule !== null)).toEqual([]);
  });
});

describe('contrib extensions of PGlite', () => {
  it('loads those the history creates (pgcrypto, uuid-ossp, citext), so such a history replays', async () => {
    await loadPostgresParser();
    const history = 'CREATE EXTENSION IF NOT EXISTS pgcrypto;\nCREATE EXTENSION "uuid-ossp";\nCREATE EXTENSION citext;\nCREATE TABLE keys (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), email citext, h text DEFAULT encode(digest(\'x\', \'sha256\'), \'hex\'));\nINSERT INTO keys (email) VALUES (\'A@example.com\');\n';
    const change = 'DROP EXTENSION citext CASCADE;';
    const shadow = await pgliteShadow(undefined, `${history}\n${change}`);
    try {
      const result = await rehearse(shadow, [{ path: 'db/001.sql', text: history }], parseStatements(change).map((s, index) => ({ path: 'db/002.sql', index, sql: s.sql })));
      expect(result.status).toBe('rehearsed');
      const flagged = result.status === 'rehearsed' ? result.statements.flatMap((s) => s.effects.filter((e) => e.rule).map((e) => `${e.rule} ${e.effect.description}`)) : [];
      expect(flagged.join('\n')).toMatch(/effect-data-loss drops extension citext/);
      expect(flagged.join('\n')).toMatch(/effect-data-loss drops column public\.keys\.email/);
    } finally {
      await shadow.close();
    }
  });
});
