/**
 * Which result columns are masked (column-masking.ts): by name, or by the table column the row description names as
 * the source, read from a real catalog (PGlite, and a PostgreSQL server for views, whose sources only pg passes on).
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ColumnMasking } from '../../src/gateway/server/column-masking.js';
import { startPostgres, type PostgresServer } from '../helpers/postgres.js';

const RULES = [
  { columns: ['email'], replacement: '[email]' },
  { columns: ['*SSN*'], replacement: '[ssn]' },
];
let db: PGlite;
let queries = 0;
const query = (sql: string, params?: unknown[]) => {
  queries++;
  return db.query<Record<string, unknown>>(sql, params);
};
const oidOf = async (table: string) => Number((await db.query<{ oid: string }>('SELECT $1::regclass::oid::text AS oid', [table])).rows[0]!.oid);

beforeAll(async () => {
  db = await PGlite.create();
  await db.exec('CREATE TABLE users (id int, email text, tax_ssn text); CREATE VIEW contacts AS SELECT 1 AS n, email FROM users;');
});
afterAll(() => db.close());

describe('ColumnMasking', () => {
  it('masks a column by its name, case-insensitively, with the first rule that matches', () => {
    const masking = new ColumnMasking(RULES);
    expect(masking.replacementFor({ name: 'EMAIL' })).toBe('[email]');
    expect(masking.replacementFor({ name: 'customer_ssn_hash' })).toBe('[ssn]');
    expect(masking.replacementFor({ name: 'e' })).toBeUndefined();
    expect(new ColumnMasking([]).active).toBe(false);
  });

  it('masks a renamed column by its source, read from the catalog: table and view columns', async () => {
    const masking = await ColumnMasking.load(RULES, query);
    const [users, contacts] = [await oidOf('users'), await oidOf('contacts')];
    // users: 1 id, 2 email, 3 tax_ssn; contacts: 1 n, 2 email.
    expect(masking.replacementFor({ name: 'e', tableID: users, columnID: 2 })).toBe('[email]');
    expect(masking.replacementFor({ name: 's', tableID: users, columnID: 3 })).toBe('[ssn]');
    expect(masking.replacementFor({ name: 'x', tableID: users, columnID: 1 })).toBeUndefined();
    expect(masking.replacementFor({ name: 'c', tableID: contacts, columnID: 2 })).toBe('[email]');
    expect(masking.replacementFor({ name: 'n', tableID: contacts, columnID: 1 })).toBeUndefined();
    // A whole row of a table or view with a masked column (column number 0) holds it: masked, with its first one's.
    expect(masking.replacementFor({ name: 'u', tableID: users, columnID: 0 })).toBe('[email]');
    expect(masking.replacementFor({ name: 'c', tableID: contacts, columnID: 0 })).toBe('[email]');
    // A computed column has no source (table OID 0): only its name counts.
    expect(masking.replacementFor({ name: 'lower', tableID: 0, columnID: 0 })).toBeUndefined();
  });

  it('reads table OIDs above 2^31 the way the protocol libraries decode them (signed)', () => {
    const masking = new ColumnMasking(RULES, new Map([['3000000000.2', '[email]']]));
    expect(masking.replacementFor({ name: 'e', tableID: 3000000000 | 0, columnID: 2 })).toBe('[email]');
    expect(masking.replacementFor({ name: 'e', tableID: 3000000000, columnID: 2 })).toBe('[email]');
  });

  it('asks the catalog nothing without rules, and once for names when no column matches', async () => {
    queries = 0;
    expect((await ColumnMasking.load([], query)).active).toBe(false);
    expect(queries).toBe(0);
    const none = await ColumnMasking.load([{ columns: ['no_such_column'], replacement: '*' }], query);
    expect(queries).toBe(1);
    expect(none.replacementFor({ name: 'e', tableID: await oidOf('users'), columnID: 2 })).toBeUndefined();
  });
});

describe('ColumnMasking of views, on a PostgreSQL server', () => {
  let server: PostgresServer;
  let client: pg.Client;
  const catalog = async (sql: string, params?: unknown[]) => {
    const result = await client.query(sql, params);
    return { rows: result.rows, fields: result.fields.map((f) => ({ name: f.name, tableID: f.tableID, columnID: f.columnID })) };
  };
  const oid = async (relation: string) => Number((await client.query('SELECT $1::regclass::oid::int8 AS oid', [relation])).rows[0].oid);

  beforeAll(async () => {
    server = await startPostgres();
    client = new pg.Client({ connectionString: await server.createDatabase('views', 'postgres') }); // CREATE ROLE below
    await client.connect();
    await client.query(`
      CREATE TABLE users (id int PRIMARY KEY, email text, tax_ssn text);
      CREATE TABLE orders (id int, user_id int, total int);
      CREATE TABLE audit_log (id int, note text);
      CREATE RULE log_orders AS ON INSERT TO orders DO ALSO INSERT INTO audit_log SELECT id, email FROM users WHERE id = NEW.user_id;
      CREATE VIEW contacts AS SELECT id, email AS contact, lower(email) AS folded FROM users;
      CREATE VIEW order_contacts (order_id, reach) AS SELECT o.id, c.contact FROM orders o JOIN contacts c ON c.id = o.user_id;
      CREATE MATERIALIZED VIEW tax AS SELECT id AS n, tax_ssn AS t FROM users;
      CREATE VIEW totals AS SELECT id, total FROM orders;
      CREATE SCHEMA private;
      CREATE TABLE private.secrets (id int, ssn text);
      CREATE VIEW secret_view AS SELECT id, ssn AS s FROM private.secrets;
      CREATE ROLE limited;
      GRANT SELECT ON ALL TABLES IN SCHEMA public TO limited;
    `);
  }, 60_000);
  afterAll(async () => {
    await client?.end();
    server?.stop();
  });

  it('masks a view column that reads a masked column under another name, through joins and views of views', async () => {
    const masking = await ColumnMasking.load(RULES, catalog);
    const [contacts, orderContacts, tax, totals] = [await oid('contacts'), await oid('order_contacts'), await oid('tax'), await oid('totals')];
    expect(masking.replacementFor({ name: 'contact', tableID: contacts, columnID: 2 })).toBe('[email]');
    expect(masking.replacementFor({ name: 'id', tableID: contacts, columnID: 1 })).toBeUndefined();
    // A computed view column has no source: matched by its name only, like a computed result column.
    expect(masking.replacementFor({ name: 'folded', tableID: contacts, columnID: 3 })).toBeUndefined();
    expect(masking.replacementFor({ name: 'reach', tableID: orderContacts, columnID: 2 })).toBe('[email]');
    expect(masking.replacementFor({ name: 'order_id', tableID: orderContacts, columnID: 1 })).toBeUndefined();
    expect(masking.replacementFor({ name: 't', tableID: tax, columnID: 2 })).toBe('[ssn]');
    expect(masking.replacementFor({ name: 'c', tableID: contacts, columnID: 0 })).toBe('[email]');
    expect(masking.replacementFor({ name: 'total', tableID: totals, columnID: 2 })).toBeUndefined();
    // A table's own rule reads users too, but the table is no view: its columns are not masked.
    expect(masking.replacementFor({ name: 'total', tableID: await oid('orders'), columnID: 3 })).toBeUndefined();
  });

  it('masks every column of a view whose table a migration holds locked, instead of waiting for it', async () => {
    const migration = new pg.Client({ connectionString: server.url('views') });
    await migration.connect();
    try {
      await migration.query('BEGIN; LOCK TABLE orders IN ACCESS EXCLUSIVE MODE');
      const masking = await ColumnMasking.load(RULES, catalog);
      const orderContacts = await oid('order_contacts');
      expect(masking.replacementFor({ name: 'order_id', tableID: orderContacts, columnID: 1 })).toBe('[email]');
      // What does not read the locked table is resolved as usual; the session's lock timeout is back to its default.
      expect(masking.replacementFor({ name: 'id', tableID: await oid('contacts'), columnID: 1 })).toBeUndefined();
      expect((await client.query('SHOW lock_timeout')).rows).toEqual([{ lock_timeout: '0' }]);
    } finally {
      await migration.end();
    }
  });

  it('masks every column of a view whose query the gateway’s role cannot run', async () => {
    await client.query('SET ROLE limited');
    try {
      const masking = await ColumnMasking.load(RULES, catalog);
      const view = await oid('secret_view');
      expect(masking.replacementFor({ name: 'id', tableID: view, columnID: 1 })).toBe('[ssn]');
      expect(masking.replacementFor({ name: 's', tableID: view, columnID: 2 })).toBe('[ssn]');
      expect(masking.replacementFor({ name: 'id', tableID: await oid('contacts'), columnID: 1 })).toBeUndefined();
    } finally {
      await client.query('RESET ROLE');
    }
  });
});
