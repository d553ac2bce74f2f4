import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../src/scan/statement-splitter.js';
import { scanSql } from '../helpers/scan.js';

/** Rule ids of a statement, leaving out missing-lock-timeout, which these tests do not exercise. */
const rules = (statement: { findings: Array<{ rule: string }> }) => statement.findings.map((f) => f.rule).filter((r) => r !== 'missing-lock-timeout');

const sqlOf = (text: string, dialect: Parameters<typeof splitStatements>[1]) =>
  splitStatements(text, dialect)
    .filter((s) => s.kind === 'sql')
    .map((s) => text.slice(s.start, s.end));

describe('statement splitting', () => {
  it('ignores semicolons in strings, quoted identifiers, dollar quotes and comments (postgres)', () => {
    const text = `SELECT 'a;b', "c;d";\nSELECT $$ x; y $$; -- z;\n/* w; /* nested; */ */ SELECT E'\\';';\nSELECT $tag$ $$; $tag$`;
    expect(sqlOf(text, 'postgres')).toEqual([`SELECT 'a;b', "c;d"`, 'SELECT $$ x; y $$', `SELECT E'\\';'`, 'SELECT $tag$ $$; $tag$']);
  });

  it('keeps BEGIN ATOMIC function bodies together', () => {
    const text = 'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END; SELECT 3';
    expect(sqlOf(text, 'postgres')).toHaveLength(2);
  });

  it('honours DELIMITER, # comments, backticks and backslash escapes (mysql)', () => {
    const text = "# c;\nSELECT 'it\\'s;', `a;b`;\nDELIMITER //\nCREATE PROCEDURE p() BEGIN DELETE FROM t WHERE id = 1; END//\nDELIMITER ;\nCALL p();";
    expect(sqlOf(text, 'mysql')).toEqual(["SELECT 'it\\'s;', `a;b`", 'CREATE PROCEDURE p() BEGIN DELETE FROM t WHERE id = 1; END', 'CALL p()']);
  });

  it('does not take MySQL arithmetic `--1` for a comment (a comment needs a space after --)', async () => {
    const file = await scanSql('SELECT 1--1; DROP TABLE users;\n-- a real comment; DROP TABLE ignored\nSELECT 2;', 'mysql');
    expect(file.statements.map((s) => s.sql)).toEqual(['SELECT 1--1', 'DROP TABLE users', 'SELECT 2']);
  });

  it('follows NO_BACKSLASH_ESCAPES: a backslash no longer escapes the quote', async () => {
    const file = await scanSql("SET sql_mode = 'NO_BACKSLASH_ESCAPES';\nSELECT '\\'; DROP TABLE users; SELECT '';", 'mysql');
    expect(file.statements.map((s) => s.findings.map((f) => f.rule))).toEqual([[], [], ['drop-table'], []]);
  });

  it("treats MariaDB's /*M! … */ executable comments as code", async () => {
    const file = await scanSql('/*M!100100 DROP TABLE users */;', 'mariadb');
    expect(file.statements[0]!.findings.map((f) => f.rule)).toEqual(['drop-table']);
  });

  it('treats MySQL executable comments as code', async () => {
    const file = await scanSql('/*!40000 DROP TABLE users */;\n/* DROP TABLE ignored */ SELECT 1;', 'mysql');
    expect(file.statements).toHaveLength(2);
    expect(file.statements[0]!.findings.map((f) => f.rule)).toEqual(['drop-table']);
    expect(file.statements[1]!.findings).toEqual([]);
  });

  it('recognises psql meta-commands without failing the rest of the file', async () => {
    const file = await scanSql('\\set ON_ERROR_STOP on\nCREATE TABLE a (id int);\n\\copy a FROM data.csv\nDROP TABLE users;');
    expect(file.statements.map((s) => s.sql)).toEqual(['\\set ON_ERROR_STOP on', 'CREATE TABLE a (id int)', '\\copy a FROM data.csv', 'DROP TABLE users']);
    expect(rules(file.statements[3]!)).toEqual(['drop-table']);
  });

  it("keeps a COPY … FROM STDIN's inline rows (pg_dump style) with the statement, so they are part of its digest", async () => {
    const text = 'CREATE TABLE t (id int, note text);\nCOPY t (id, note) FROM stdin;\n1\tDROP TABLE users;\n2\t\\N\n\\.\nDELETE FROM users;\n';
    const file = await scanSql(text);
    expect(file.statements.map((s) => s.sql)).toEqual(['CREATE TABLE t (id int, note text)', 'COPY t (id, note) FROM stdin;\n1\tDROP TABLE users;\n2\t\\N\n\\.', 'DELETE FROM users']);
    expect(file.statements.map((s) => [s.line, s.endLine])).toEqual([[1, 1], [2, 5], [6, 6]]);
    expect(rules(file.statements[1]!)).toEqual([]); // the rows are data, not SQL
    expect(rules(file.statements[2]!)).toEqual(['delete-without-where']);
    const edited = await scanSql(text.replace('1\tDROP', '9\tDROP'));
    expect(edited.statements[1]!.digest).not.toBe(file.statements[1]!.digest);
    // Without rows after it, the COPY reads psql's stdin and is the statement alone.
    expect((await scanSql('COPY t FROM STDIN;\n')).statements.map((s) => s.sql)).toEqual(['COPY t FROM STDIN']);
  });

  it('trusts \\i of a file that is part of the same scan', async () => {
    const { scanSources } = await import('../../src/scan/scanner.js');
    const [main] = await scanSources(
      [
        { path: 'db/main.sql', text: '\\ir other.sql\n\\i db/missing.sql' },
        { path: 'db/other.sql', text: 'SELECT 1;' },
      ],
      { dialect: 'postgres' },
    );
    expect(main!.statements.map((s) => s.findings.map((f) => f.rule))).toEqual([[], ['unscanned-include']]);
  });
});

describe('positions', () => {
  it('reports exact line and column of each statement', async () => {
    const file = await scanSql('-- header\nSELECT 1;\n\n   DROP TABLE users;\nALTER TABLE t\n  DROP COLUMN c;');
    expect(file.statements.map((s) => [s.line, s.column, s.endLine, s.endColumn])).toEqual([
      [2, 1, 2, 9],
      [4, 4, 4, 20],
      [5, 1, 6, 16],
    ]);
  });

  it('keeps positions right with a UTF-8 BOM, CRLF line endings and multi-byte characters', async () => {
    const file = await scanSql('\ufeff-- é ü 中文\r\nSELECT \'ü\';\r\n  DROP TABLE "ünïcödé";\r\n');
    expect(file.statements.map((s) => [s.line, s.column, s.sql])).toEqual([
      [2, 1, "SELECT 'ü'"],
      [3, 3, 'DROP TABLE "ünïcödé"'],
    ]);
    expect(rules(file.statements[1]!)).toEqual(['drop-table']);
  });

  it('gives the same digest for CRLF and LF versions of a statement', async () => {
    const lf = await scanSql('ALTER TABLE t\n  DROP COLUMN c;');
    const crlf = await scanSql('ALTER TABLE t\r\n  DROP COLUMN c;');
    expect(crlf.statements[0]!.digest).toBe(lf.statements[0]!.digest);
    expect(lf.statements[0]!.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('PL/pgSQL', () => {
  it('analyses DO blocks and points at the line inside the block', async () => {
    const file = await scanSql('SELECT 1;\nDO $$\nBEGIN\n  IF true THEN\n    DELETE FROM sessions;\n  END IF;\nEND\n$$;');
    const finding = file.statements[1]!.findings[0]!;
    expect(finding.rule).toBe('delete-without-where');
    expect(finding.line).toBe(5);
    expect(finding.message).toMatch(/DO block/);
  });

  it('analyses functions created in the file, including trigger functions', async () => {
    const sql = `CREATE FUNCTION purge() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.updated_at = now();
  TRUNCATE audit_log;
  RETURN NEW;
END
$fn$;`;
    const file = await scanSql(sql);
    expect(file.statements[0]!.findings.filter((f) => f.rule !== 'missing-lock-timeout').map((f) => [f.rule, f.line])).toEqual([['truncate', 4]]);
  });

  it('analyses SQL-language function bodies', async () => {
    expect(await scanSql("CREATE FUNCTION wipe() RETURNS void LANGUAGE sql AS 'DELETE FROM t'").then((f) => f.statements[0]!.findings.map((x) => x.rule))).toEqual(['delete-without-where']);
  });

  it('parses EXECUTE of a constant string and analyses what it runs', async () => {
    const file = await scanSql("DO $$ BEGIN EXECUTE 'ALTER TABLE users DROP COLUMN ssn'; END $$");
    expect(file.statements[0]!.findings.map((f) => f.rule)).toContain('drop-column');
    expect(file.statements[0]!.findings.map((f) => f.rule)).not.toContain('dynamic-sql');
  });

  it('treats EXECUTE of a computed string as unverifiable', async () => {
    const file = await scanSql("DO $$ DECLARE t text := 'users'; BEGIN EXECUTE 'DROP TABLE ' || t; END $$");
    expect(file.statements[0]!.findings.map((f) => f.rule)).toEqual(['dynamic-sql']);
  });
});

describe('fail closed', () => {
  it('reports a statement nobody understood as unparseable, and keeps scanning the rest', async () => {
    const file = await scanSql('SELECT 1;\nALTER TABLE users FROBNICATE;\nDROP TABLE x;');
    expect(file.statements.map(rules)).toEqual([[], ['unparseable'], ['drop-table']]);
  });

  it('lets the lexical classifier decide what the parser rejected when the leading tokens are certain', async () => {
    // node-sql-parser does not know DROP TABLE … CASCADE in MySQL; the lexical classifier does.
    const file = await scanSql('DROP TABLE a CASCADE;', 'mysql');
    expect(file.statements[0]!.findings.map((f) => f.rule)).toEqual(['drop-table']);
  });

  it('analyses statements inside MySQL routines', async () => {
    const sql = 'DELIMITER //\nCREATE PROCEDURE cleanup()\nBEGIN\n  IF EXISTS (SELECT 1) THEN\n    ALTER TABLE t DROP COLUMN c;\n  END IF;\n  DELETE FROM logs;\nEND//\nDELIMITER ;';
    const file = await scanSql(sql, 'mysql');
    expect(file.statements[0]!.findings.map((f) => f.rule).sort()).toEqual(['delete-without-where', 'drop-column']);
  });

  it('gives empty files a verdict with no statements', async () => {
    expect((await scanSql('')).statements).toEqual([]);
    expect((await scanSql('-- only a comment\n')).statements).toEqual([]);
  });
});
