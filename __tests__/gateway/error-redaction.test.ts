/**
 * Values PostgreSQL quotes in its errors (error-redaction.ts), on errors a real PostgreSQL (PGlite) raises: the value
 * is gone from every field, what says where the error is (columns, constraint, table) is kept.
 */
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DETAIL_WITHHELD, redactDetail, redactField, redactMessage } from '../../src/gateway/server/error-redaction.js';

const SECRET = 'Sec(ret) "quoted")=(x@example.com';
let db: PGlite;

beforeAll(async () => {
  db = await PGlite.create();
  await db.exec(`
    CREATE TABLE people (id int PRIMARY KEY, email text UNIQUE, age int NOT NULL, CHECK (age >= 0));
    CREATE TABLE orders (id int, person int REFERENCES people (id));
    CREATE TABLE stays (during int4range, EXCLUDE USING gist (during WITH &&));
    CREATE TABLE parts (region text) PARTITION BY LIST (region);
    CREATE TABLE parts_eu PARTITION OF parts FOR VALUES IN ('eu');
    CREATE TYPE mood AS ENUM ('ok');
    CREATE TABLE dupes (email text);`);
  await db.query('INSERT INTO people VALUES (1, $1, 30)', [SECRET]);
  await db.query('INSERT INTO dupes VALUES ($1), ($1)', [SECRET]);
  await db.query("INSERT INTO stays VALUES ('[1,5)')");
});
afterAll(() => db.close());

/** The fields of the error PostgreSQL raises for `sql`. */
async function errorOf(sql: string, params: unknown[] = []): Promise<{ message: string; detail?: string; where?: string }> {
  const error = await db.query(sql, params).then(
    () => undefined,
    (e: { message: string; detail?: string; where?: string }) => e,
  );
  if (!error) throw new Error(`no error from ${sql}`);
  return error;
}

describe('error redaction', () => {
  it.each([
    ['a unique key', 'INSERT INTO people VALUES (2, $1, 1)', [SECRET], /^Key \(email\)=\(\(masked\)\) already exists\.$/],
    ['a unique index built on duplicates', 'CREATE UNIQUE INDEX ON dupes (lower(email))', [], /^Key \(lower\(email\)\)=\(\(masked\)\) is duplicated\.$/],
    ['a failing row (NOT NULL)', 'INSERT INTO people VALUES (3, $1, NULL)', [SECRET], /^Failing row contains \(\(masked\)\)\.$/],
    ['a failing row (CHECK)', 'INSERT INTO people VALUES (3, $1, -1)', [SECRET], /^Failing row contains \(\(masked\)\)\.$/],
    ['a foreign key', 'INSERT INTO orders VALUES (1, 99)', [], /^Key \(person\)=\(\(masked\)\) is not present in table "people"\.$/],
    ['an exclusion constraint', "INSERT INTO stays VALUES ('[2,3)')", [], /^Key \(during\)=\(\(masked\)\)\.$/],
    ['a partition key', 'INSERT INTO parts VALUES ($1)', [SECRET], /^Partition key of the failing row contains \(region\) = \(\(masked\)\)\.$/],
  ])('%s: the DETAIL keeps its columns, not the value', async (_, sql, params, expected) => {
    const error = await errorOf(sql, params);
    expect(error.detail).toContain(sql.includes('$1') || sql.includes('dupes') ? 'example.com' : ')=(');
    const detail = redactDetail(error.detail ?? '');
    expect(detail).toMatch(expected);
    expect(detail).not.toContain('example.com');
    expect(redactMessage(error.message)).not.toContain('example.com');
  });

  it.each([
    ['a cast of the value', 'SELECT email::int FROM people', 'invalid input syntax for type integer: "(masked)"'],
    ['an enum', 'SELECT email::mood FROM people', 'invalid input value for enum mood: "(masked)"'],
    ['an array literal', 'SELECT email::int[] FROM people', 'malformed array literal: "(masked)"'],
    ['a number out of range', "SELECT (length(email)::text || '0000000000')::int FROM people", 'value "(masked)" is out of range for type integer'],
  ])('%s: the message keeps its form, not the value', async (_, sql, expected) => {
    const error = await errorOf(sql);
    expect(error.message).not.toBe(expected); // the database's own message carries the value
    expect(redactMessage(error.message)).toBe(expected);
  });

  it('a JSON error: the token and the context line', async () => {
    const error = await errorOf('SELECT email::json FROM people');
    expect(redactDetail(error.detail ?? '')).toBe(DETAIL_WITHHELD);
    expect(redactField('W', error.where ?? '')).toBe('JSON data, line 1: (masked)');
    expect(redactField('C', '22P02')).toBe('22P02');
  });

  it('a DETAIL of a form it does not know is withheld, not guessed', () => {
    expect(redactDetail('Some new form with a@example.com in it.')).toBe(DETAIL_WITHHELD);
    expect(redactMessage('relation "people" does not exist')).toBe('relation "people" does not exist');
  });
});
