/**
 * The classification tables are closed: every statement kind the parsers can produce has an entry (a rule or a
 * reviewed reason it is safe), taken from the parsers' own node lists, and whatever is not in a table is a
 * finding (`unclassified`), never a pass.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import mariadb from 'node-sql-parser/build/mariadb.js';
import mysql from 'node-sql-parser/build/mysql.js';
import sqlite from 'node-sql-parser/build/sqlite.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEADING_KEYWORDS } from '../../src/scan/dialects/keyword-fallback.js';
import { analyzePostgresTree, loadPostgresParser } from '../../src/scan/dialects/postgres.js';
import { ALTER_TABLE_COMMANDS, OBJECT_NAMES, STATEMENTS } from '../../src/scan/dialects/postgres-statements.js';
import { analyzeSqlParserAst, SQLPARSER_STATEMENTS } from '../../src/scan/dialects/sqlparser.js';
import { rulesIn, scanSql } from '../helpers/scan.js';

/** The AST type declarations shipped with the libpg-query the scanner runs (its own dependency, resolved from it). */
function parserTypes(file: 'types.d.ts' | 'enums.d.ts'): string {
  const fromParser = createRequire(createRequire(import.meta.url).resolve('libpg-query'));
  return readFileSync(join(dirname(fromParser.resolve('@pgsql/types/package.json')), file), 'utf8');
}

function unionMembers(source: string, typeName: string): string[] {
  const match = new RegExp(`export type ${typeName} = ([^;]+);`).exec(source);
  return match ? [...match[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!) : [];
}

describe('PostgreSQL: every node of the parser is classified', () => {
  beforeAll(() => loadPostgresParser());

  it('has an entry for every statement node type in libpg-query', () => {
    const union = /export type Node =([\s\S]*?)\n};/.exec(parserTypes('types.d.ts'))![1]!;
    const statements = [...union.matchAll(/^ {4}([A-Z]\w*Stmt):/gm)].map((m) => m[1]!);
    expect(statements.length).toBeGreaterThan(100);
    expect(statements.filter((type) => !(type in STATEMENTS))).toEqual([]);
  });

  it('has an entry for every ALTER TABLE sub-command and every object type', () => {
    const enums = parserTypes('enums.d.ts');
    const subcommands = unionMembers(enums, 'AlterTableType');
    const objects = unionMembers(enums, 'ObjectType');
    expect(subcommands.length).toBeGreaterThan(60);
    expect(subcommands.filter((s) => !(s in ALTER_TABLE_COMMANDS))).toEqual([]);
    expect(objects.filter((o) => !(o in OBJECT_NAMES))).toEqual([]);
  });

  it('reports a statement node the tables do not know (as after a parser upgrade) as unclassified', () => {
    const ops = analyzePostgresTree('FROBNICATE', { stmts: [{ stmt: { FrobnicateStmt: { relation: { relname: 'users' } } } }] });
    expect(ops.map((o) => o.op)).toEqual([{ kind: 'unclassified', what: 'statement FrobnicateStmt' }]);
  });

  it('reports an ALTER TABLE sub-command the table does not know as unclassified', () => {
    const tree = { stmts: [{ stmt: { AlterTableStmt: { relation: { relname: 'users' }, objtype: 'OBJECT_TABLE', cmds: [{ AlterTableCmd: { subtype: 'AT_Frobnicate' } }] } } }] };
    expect(analyzePostgresTree('ALTER TABLE users FROBNICATE', tree).map((o) => o.op)).toContainEqual({ kind: 'unclassified', what: 'ALTER TABLE sub-command AT_Frobnicate' });
  });

  it('reports sub-commands PostgreSQL only produces internally as unclassified rather than passing them', () => {
    const tree = { stmts: [{ stmt: { AlterTableStmt: { relation: { relname: 'users' }, objtype: 'OBJECT_TABLE', cmds: [{ AlterTableCmd: { subtype: 'AT_ReAddIndex' } }] } } }] };
    expect(analyzePostgresTree('-', tree).map((o) => o.op.kind)).toContain('unclassified');
  });
});

/** One statement of every kind the node-sql-parser grammars accept (those they reject go to the lexical table). */
const PROBES = [
  'SELECT 1', 'WITH a AS (SELECT 1) SELECT * FROM a', 'INSERT INTO t VALUES (1)', 'REPLACE INTO t VALUES (1)', 'UPDATE t SET a = 1 WHERE b = 2',
  'DELETE FROM t WHERE a = 1', 'CREATE TABLE t (a int)', 'CREATE TEMPORARY TABLE t (a int)', 'CREATE INDEX i ON t (a)', 'CREATE VIEW v AS SELECT 1',
  'CREATE DATABASE d', 'CREATE SCHEMA s', 'CREATE ROLE r', 'DROP TABLE t', 'DROP VIEW v', 'DROP INDEX i ON t', 'ALTER TABLE t ADD COLUMN b int',
  'TRUNCATE TABLE t', 'RENAME TABLE a TO b', 'USE d', 'SET a = 1', 'CALL p()', 'GRANT SELECT ON t TO u', 'SHOW TABLES', 'DESC t', 'EXPLAIN SELECT 1',
  'LOCK TABLES t WRITE', 'UNLOCK TABLES', "LOAD DATA INFILE 'x' INTO TABLE t", 'BEGIN', 'COMMIT', 'ROLLBACK', 'START TRANSACTION',
  "ATTACH DATABASE 'x' AS y", 'ANALYZE t', 'CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1',
];
const PARSERS = { mysql: new mysql.Parser(), mariadb: new mariadb.Parser(), sqlite: new sqlite.Parser() };

describe('MySQL, MariaDB, SQLite: every statement type of node-sql-parser is classified', () => {
  for (const [dialect, parser] of Object.entries(PARSERS)) {
    it(`knows every statement type the ${dialect} grammar produces for the probes`, () => {
      const types = new Set<string>();
      for (const probe of PROBES) {
        let ast: unknown;
        try {
          ast = parser.astify(probe);
        } catch {
          continue; // rejected: the lexical table decides
        }
        for (const node of [ast].flat() as { type: string }[]) types.add(node.type);
      }
      expect(types.size).toBeGreaterThan(15);
      expect([...types].filter((type) => !(type in SQLPARSER_STATEMENTS))).toEqual([]);
    });
  }

  it('reports a statement type the table does not know as unclassified', () => {
    expect(analyzeSqlParserAst({ type: 'frobnicate' }, 'mysql')).toEqual([{ kind: 'unclassified', what: 'mysql statement type frobnicate' }]);
  });

  it('reports an ALTER TABLE action the table does not know as unclassified', async () => {
    expect(await rulesIn('ALTER TABLE t DISCARD TABLESPACE', 'mysql')).not.toEqual([]);
    expect(analyzeSqlParserAst({ type: 'alter', table: [{ table: 't' }], expr: [{ action: 'frobnicate', resource: 'column' }] }, 'mysql')).toContainEqual({
      kind: 'unclassified',
      what: 'ALTER TABLE action FROBNICATE COLUMN',
    });
  });
});

describe('lexical fallback: leading keywords', () => {
  it('has a reviewed entry for every keyword it accepts, and rejects others as unparseable', async () => {
    expect(Object.keys(LEADING_KEYWORDS).length).toBeGreaterThan(40);
    const file = await scanSql('FROBNICATE TABLE users', 'mysql');
    expect(file.statements[0]!.findings.map((f) => f.rule)).toEqual(['unparseable']);
  });

  it('classifies ALTER targets it knows and reports the others', async () => {
    expect(await rulesIn('ALTER TABLESPACE ts ADD DATAFILE x', 'mysql')).toContain('unclassified');
    expect(await rulesIn('ALTER EVENT nightly DISABLE', 'mysql')).toContain('server-administration');
  });
});
