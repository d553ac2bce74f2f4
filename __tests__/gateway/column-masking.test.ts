/**
 * Which result columns are masked (column-masking.ts): by name, or by the table column the row description names as
 * the source, read from a real catalog (PGlite).
 */
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ColumnMasking } from '../../src/gateway/server/column-masking.js';

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
