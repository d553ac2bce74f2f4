/**
 * Values PostgreSQL quotes in its errors (error-redaction.ts), on errors a real PostgreSQL (PGlite) raises: the value
 * is gone from every field, what says where the error is (columns, constraint, table) is kept. And against the whole
 * catalog of PostgreSQL's message templates (the msgids of Debian's postgresql translations): whatever a template's
 * placeholders hold, a value never leaves except in a placeholder the closed table keeps as a catalog name.
 */
import { PGlite } from '@electric-sql/pglite';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_FORMS, DETAIL_WITHHELD, MESSAGE_FORMS, messageWithheld, redactContext, redactDetail, redactFields, redactMessage } from '../../src/gateway/server/error-redaction.js';

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

interface PgError {
  message: string;
  code?: string;
  detail?: string;
  hint?: string;
  where?: string;
  routine?: string;
  column?: string;
}

/** The fields of the error PostgreSQL raises for `sql`. */
async function errorOf(sql: string, params: unknown[] = []): Promise<PgError> {
  const error = await db.query(sql, params).then(
    () => undefined,
    (e: PgError) => e,
  );
  if (!error) throw new Error(`no error from ${sql}`);
  return error;
}

/** The error as protocol fields, redacted, and back. */
function redacted(error: PgError): Record<string, string> {
  const fields = new Map<string, string>([['C', error.code ?? ''], ['M', error.message], ...(error.detail ? [['D', error.detail] as [string, string]] : []), ...(error.hint ? [['H', error.hint] as [string, string]] : []), ...(error.where ? [['W', error.where] as [string, string]] : []), ...(error.column ? [['c', error.column] as [string, string]] : []), ['R', error.routine ?? '']]);
  return Object.fromEntries(redactFields(fields));
}

describe('error redaction on errors PostgreSQL raises', () => {
  it.each([
    ['a unique key', 'INSERT INTO people VALUES (2, $1, 1)', [SECRET], /^Key \(email\)=\(\(masked\)\) already exists\.$/],
    ['a unique index built on duplicates', 'CREATE UNIQUE INDEX ON dupes (lower(email))', [], /^Key \(lower\(email\)\)=\(\(masked\)\) is duplicated\.$/],
    ['a failing row (NOT NULL)', 'INSERT INTO people VALUES (3, $1, NULL)', [SECRET], /^Failing row contains \(\(masked\)\)\.$/],
    ['a failing row (CHECK)', 'INSERT INTO people VALUES (3, $1, -1)', [SECRET], /^Failing row contains \(\(masked\)\)\.$/],
    ['a foreign key', 'INSERT INTO orders VALUES (1, 99)', [], /^Key \(person\)=\(\(masked\)\) is not present in table "people"\.$/],
    ['an exclusion constraint', "INSERT INTO stays VALUES ('[2,3)')", [], /^Key \(during\)=\(\(masked\)\)\.$/],
    ['a partition key', 'INSERT INTO parts VALUES ($1)', [SECRET], /^Partition key of the failing row contains \(region\) = \(\(masked\)\)\.$/],
  ])('%s: the DETAIL keeps its columns, not the value; the message keeps its constraint', async (_, sql, params, expected) => {
    const error = await errorOf(sql, params);
    expect(error.detail).toContain(sql.includes('$1') || sql.includes('dupes') ? 'example.com' : ')=(');
    const out = redacted(error);
    expect(out.D).toMatch(expected);
    expect(out.M).not.toMatch(/withheld/);
    expect(JSON.stringify(out)).not.toContain('example.com');
  });

  it.each([
    ['a cast of the value', 'SELECT email::int FROM people', 'invalid input syntax for type (masked): "(masked)"'],
    ['an enum', 'SELECT email::mood FROM people', 'invalid input value for enum (masked): "(masked)"'],
    ['an array literal', 'SELECT email::int[] FROM people', 'malformed array literal: "(masked)"'],
    ['a number out of range', "SELECT (length(email)::text || '0000000000')::int FROM people", 'value "(masked)" is out of range for type (masked)'],
    ['a value cast to regclass', "SELECT ('r' || id || '_x')::regclass FROM people", 'relation "(masked)" does not exist'],
    ['a value cast to regtype', "SELECT ('t' || id)::regtype FROM people", 'type "(masked)" does not exist'],
    ['a value cast to regproc', "SELECT ('f' || id)::regproc FROM people", 'function (masked) does not exist'],
    ['a value cast to regnamespace', "SELECT ('s' || id)::regnamespace FROM people", 'schema "(masked)" does not exist'],
    ['a value cast to regrole', "SELECT ('r' || id)::regrole FROM people", 'role "(masked)" does not exist'],
    ['a setting named by a value', "SELECT current_setting('x' || id) FROM people", 'unrecognized configuration parameter "(masked)"'],
  ])('%s: the message keeps its form, not the value', async (_, sql, expected) => {
    const error = await errorOf(sql);
    expect(error.message).not.toBe(expected); // the database's own message carries the value
    expect(redacted(error).M).toBe(expected);
  });

  it('a form it does not know is withheld with its SQLSTATE; a RAISE of the client is withheld whole', async () => {
    const unknown = await errorOf("SELECT date_part(email, now()) FROM people");
    expect(unknown.message).toContain('example.com');
    expect(redacted(unknown).M).toBe(messageWithheld(unknown.code));
    const raised = await errorOf(`DO $$ BEGIN RAISE EXCEPTION 'duplicate key value violates unique constraint "%"', (SELECT email FROM people LIMIT 1) USING DETAIL = (SELECT email FROM people LIMIT 1), HINT = (SELECT email FROM people LIMIT 1), COLUMN = (SELECT email FROM people LIMIT 1); END $$`);
    expect(raised.routine).toBe('exec_stmt_raise');
    const out = redacted(raised);
    expect(JSON.stringify(out)).not.toContain('example.com');
    expect(out).toMatchObject({ M: messageWithheld('P0001'), D: DETAIL_WITHHELD });
    expect(out.H).toBeUndefined();
  });

  it('a JSON error: the token and the context line', async () => {
    const error = await errorOf('SELECT email::json FROM people');
    const out = redacted(error);
    expect(out.D).toBe(DETAIL_WITHHELD);
    expect(out.W).toBe('JSON data, line (masked): (masked)');
    expect(out.C).toBe('22P02');
  });

  it('a DETAIL of a form it does not know is withheld, not guessed; a context line too', () => {
    expect(redactDetail('Some new form with a@example.com in it.')).toBe(DETAIL_WITHHELD);
    expect(redactContext('some new context line a@example.com', 'server')).not.toContain('example.com');
  });

  it('names in a message are masked (another form could have put a value there); the error keeps them in its own fields', async () => {
    const error = await errorOf('INSERT INTO people VALUES (4, NULL, NULL)');
    expect(redacted(error)).toMatchObject({ M: 'null value in column "(masked)" of relation "(masked)" violates not-null constraint', c: 'age' });
    // A message whose form holds only a placeholder (`%s`) puts a value exactly where a known form has a name.
    expect(redactMessage('relation "a@example.com" already exists', 'server')).toBe('relation "(masked)" already exists');
  });
});

/** The msgids of PostgreSQL's message catalogs (the server's and PL/pgSQL's): every translatable message template. */
function catalogTemplates(): string[] {
  const templates = new Set<string>();
  for (const locale of existsSync('/usr/share/locale') ? readdirSync('/usr/share/locale') : []) {
    const dir = join('/usr/share/locale', locale, 'LC_MESSAGES');
    for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => /^(postgres|plpgsql)-\d+\.mo$/.test(f)) : []) {
      const mo = readFileSync(join(dir, file));
      const little = mo.readUInt32LE(0) === 0x950412de;
      const u32 = (at: number) => (little ? mo.readUInt32LE(at) : mo.readUInt32BE(at));
      const count = u32(8);
      const table = u32(12);
      for (let i = 0; i < count; i++) {
        const text = mo.toString('utf8', u32(table + i * 8 + 4), u32(table + i * 8 + 4) + u32(table + i * 8)).split('\0')[0]!;
        if (text) templates.add(text);
      }
    }
  }
  return [...templates];
}

describe("against PostgreSQL's message catalog", () => {
  const templates = catalogTemplates();
  const CONVERSION = /%(?:\.\*|\*)?(?:ll|l|z)?[sdiucxXm]/g;
  const secretText = 'zq"x: "SECRET@example.com" at or near "';
  const secretNumber = '7326149';
  /** The template with every placeholder a secret. */
  const instantiate = (template: string) => template.replace(CONVERSION, (conversion) => (/s$/.test(conversion) ? secretText : secretNumber));

  it('holds the catalog of the PostgreSQL server the tests run (Debian postgresql installs its translations)', () => {
    expect(templates.length).toBeGreaterThan(3000);
  });

  it('no template lets a value through as a message, a context line or a RAISE', () => {
    const leaks: string[] = [];
    for (const template of templates) {
      if (!CONVERSION.test(template)) continue;
      CONVERSION.lastIndex = 0;
      for (const origin of ['server', 'raise', 'unknown'] as const) {
        const text = instantiate(template);
        const outputs = [redactMessage(text, origin, 'XX000'), redactContext(text, origin)];
        if (outputs.some((out) => out.includes('SECRET') || out.includes(secretNumber))) leaks.push(`${origin}: ${template}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('every form of the closed table is a template of the catalog (or of PostgreSQL 16+)', () => {
    const catalog = new Set(templates);
    // Forms the table writes as PostgreSQL prints them where the catalog splits them (scanner errors, COPY line numbers).
    const printed = new Set(['COPY %s, line %llu, column %s: "%s"', 'COPY %s, line %llu, column %s', 'COPY %s, line %llu: "%s"', 'COPY %s, line %llu', 'PL/pgSQL function %s line %d at SQL statement', 'JSON data, line %d: %s', 'bigint out of range', 'smallint out of range']);
    const unknown = [...MESSAGE_FORMS, ...CONTEXT_FORMS].filter((form) => !catalog.has(form) && !printed.has(form));
    expect(unknown, `not in the catalog: ${unknown.join(' | ')}`).toEqual([]);
  });
});
