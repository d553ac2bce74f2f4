import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/scan/rules/catalog.js';
import type { Dialect } from '../../src/scan/types.js';
import { rulesIn } from '../helpers/scan.js';

type Case = [sql: string, dialect?: Dialect];

/** Each rule: statements that must trigger it, statements that must not, and look-alikes hiding keywords in strings, identifiers and comments. */
const CASES: Record<string, { positive: Case[]; negative: Case[] }> = {
  'drop-database': {
    positive: [['DROP DATABASE prod'], ['DROP DATABASE IF EXISTS prod', 'mysql']],
    negative: [["SELECT 'DROP DATABASE prod'"], ['-- DROP DATABASE prod\nSELECT 1'], ['SELECT 1 AS "DROP DATABASE x"']],
  },
  'drop-schema': {
    positive: [['DROP SCHEMA billing CASCADE'], ['DROP SCHEMA s', 'mysql']],
    negative: [['CREATE SCHEMA billing'], ["COMMENT ON TABLE t IS 'DROP SCHEMA billing'"]],
  },
  'drop-table': {
    positive: [['DROP TABLE users'], ['DROP TABLE IF EXISTS a, b CASCADE'], ['DROP TABLE `users`', 'mysql'], ['DROP TABLE users', 'sqlite'], ['DROP TABLE users', 'mariadb'], ['CREATE TABLE IF NOT EXISTS users (id int); DROP TABLE users'], ['CREATE TABLE IF NOT EXISTS users (id int); DROP TABLE users', 'mysql'], ["DO $$ BEGIN IF false THEN CREATE TABLE users (id int); END IF; END $$; DROP TABLE users"]],
    negative: [['CREATE TABLE tmp (id int); DROP TABLE tmp'], ["SELECT $$DROP TABLE users$$"], ['/* DROP TABLE users */ SELECT 1'], ["INSERT INTO log VALUES ('DROP TABLE users')", 'mysql'], ['# DROP TABLE users\nSELECT 1', 'mysql']],
  },
  'drop-column': {
    positive: [['ALTER TABLE users DROP COLUMN legacy'], ['ALTER TABLE users DROP legacy'], ['ALTER TABLE users ADD COLUMN a int, DROP COLUMN b'], ['ALTER TABLE users DROP COLUMN legacy', 'mysql'], ['ALTER TABLE users DROP legacy', 'mysql'], ['ALTER TABLE users DROP COLUMN legacy', 'sqlite']],
    negative: [['ALTER TABLE users DROP CONSTRAINT fk'], ['ALTER TABLE users DROP INDEX idx', 'mysql'], ['ALTER TABLE users ADD COLUMN "DROP COLUMN x" int'], ['CREATE TABLE n (a int); ALTER TABLE n DROP COLUMN a']],
  },
  'drop-sequence': { positive: [['DROP SEQUENCE users_id_seq']], negative: [['CREATE SEQUENCE s'], ["SELECT 'DROP SEQUENCE s'"]] },
  'drop-materialized-view': { positive: [['DROP MATERIALIZED VIEW stats']], negative: [['REFRESH MATERIALIZED VIEW stats'], ['DROP VIEW stats']] },
  'drop-extension-cascade': { positive: [['DROP EXTENSION postgis CASCADE']], negative: [['DROP EXTENSION postgis'], ["SELECT 'DROP EXTENSION x CASCADE'"]] },
  'drop-owned': { positive: [['DROP OWNED BY app_user']], negative: [['REASSIGN OWNED BY a TO b']] },
  truncate: {
    positive: [['TRUNCATE users'], ['TRUNCATE TABLE ONLY users RESTART IDENTITY CASCADE'], ['TRUNCATE TABLE users', 'mysql']],
    negative: [["SELECT 'TRUNCATE users'"], ['CREATE TABLE t (a int); TRUNCATE t'], ['SELECT 1 AS truncate_count']],
  },
  'delete-without-where': {
    positive: [['DELETE FROM users'], ['DELETE FROM users WHERE true'], ['DELETE FROM users WHERE 1 = 1'], ["DELETE FROM users WHERE 'a' = 'a'"], ['DELETE FROM users WHERE id = 1 OR true'], ['WITH gone AS (DELETE FROM users RETURNING id) SELECT count(*) FROM gone'], ['DELETE FROM users USING orgs'], ['DELETE FROM users', 'mysql'], ['DELETE FROM users WHERE 1', 'mysql'], ['DELETE FROM users', 'sqlite'], ['EXPLAIN ANALYZE DELETE FROM users'], ['DELETE FROM users WHERE true IS TRUE'], ['DELETE FROM users WHERE EXISTS (SELECT 1 FROM b WHERE b.x = 1)'], ['DELETE FROM users USING orgs WHERE orgs.id = 1'], ['DELETE FROM users u USING orgs o WHERE o.id = 1 AND EXISTS (SELECT 1 FROM t WHERE id = 2)'], ['DELETE FROM users WHERE EXISTS (SELECT 1 FROM b WHERE b.x = 1)', 'mysql'], ['DELETE u FROM users u JOIN b ON true WHERE b.x = 1', 'mysql'], ['CREATE TABLE x (id int);\nDELETE x, users FROM x JOIN users', 'mariadb'], ['DELETE FROM users WHERE 2 > 1 AND (SELECT count(*) FROM b) > 0', 'sqlite']],
    negative: [['DELETE FROM users WHERE id = 1'], ['DELETE FROM users WHERE 1 = 0 OR id = 2'], ["SELECT 'DELETE FROM users'"], ['DELETE FROM users WHERE id = 1', 'mysql'], ['EXPLAIN DELETE FROM users'], ["DO $$ BEGIN RAISE NOTICE 'DELETE FROM users'; END $$"], ['DELETE FROM users WHERE id IN (SELECT user_id FROM banned)'], ['DELETE FROM users u USING orgs o WHERE o.id = u.org_id AND o.closed'], ['DELETE FROM users WHERE EXISTS (SELECT 1 FROM b WHERE b.user_id = users.id)'], ["DO $$ DECLARE c CURSOR FOR SELECT * FROM t; BEGIN OPEN c; FETCH c; DELETE FROM t WHERE CURRENT OF c; END $$"], ['DELETE u FROM users u JOIN banned b ON b.user_id = u.id', 'mysql'], ['DELETE FROM users WHERE id IN (SELECT user_id FROM banned)', 'sqlite']],
  },
  'update-without-where': {
    positive: [['UPDATE users SET active = false'], ['UPDATE users SET a = 1 FROM orgs'], ['UPDATE users SET a = 1 WHERE 2 = 2'], ['WITH x AS (UPDATE users SET a = 1 RETURNING 1) SELECT 1'], ['UPDATE users SET a = 1', 'mysql'], ['UPDATE users SET a = 1', 'sqlite'], ['UPDATE users SET a = 1 FROM orgs WHERE orgs.id = 1'], ['UPDATE a JOIN b ON true SET b.x = 1 WHERE a.y = 2', 'mysql'], ['INSERT INTO users (id, a) SELECT id, a FROM staging ON CONFLICT (id) DO UPDATE SET a = EXCLUDED.a'], ['INSERT INTO users (id, a) SELECT id, a FROM staging ON DUPLICATE KEY UPDATE a = VALUES(a)', 'mysql'], ['REPLACE INTO users SELECT * FROM staging', 'mariadb']],
    negative: [['UPDATE users SET active = false WHERE id = 7'], ['UPDATE users SET a = 1 FROM orgs WHERE orgs.id = users.org_id'], ["SELECT 'UPDATE users SET a = 1'"], ['UPDATE users SET a = 1 WHERE id = 2', 'mysql'], ['UPDATE a JOIN b ON a.id = b.id SET b.x = 1', 'mysql'], ['INSERT INTO users (id, a) VALUES (1, 2) ON CONFLICT (id) DO UPDATE SET a = EXCLUDED.a'], ['INSERT INTO users (id, a) SELECT id, a FROM staging ON CONFLICT (id) DO UPDATE SET a = EXCLUDED.a WHERE users.a IS NULL'], ['INSERT INTO users (id, a) SELECT id, a FROM staging ON CONFLICT (id) DO NOTHING'], ['INSERT INTO users VALUES (1, 2) ON DUPLICATE KEY UPDATE a = 2', 'mysql'], ['CREATE TABLE t (id int);\nREPLACE INTO t SELECT * FROM staging', 'mariadb']],
  },
  'rule-instead-nothing': {
    positive: [['CREATE RULE no_delete AS ON DELETE TO users DO INSTEAD NOTHING']],
    negative: [['CREATE RULE r AS ON INSERT TO t DO ALSO NOTIFY t'], ["SELECT 'DO INSTEAD NOTHING'"]],
  },
  'dynamic-sql': {
    positive: [["DO $$ BEGIN EXECUTE 'DROP ' || 'TABLE x'; END $$"], ["DO $$ DECLARE r record; BEGIN FOR r IN EXECUTE format('SELECT %I', 'a') LOOP END LOOP; END $$"], ['SELECT format($$DROP TABLE %I$$, tablename) FROM pg_tables\n\\gexec'], ['PREPARE stmt FROM @sql', 'mysql'], ['EXECUTE stmt', 'mysql']],
    negative: [["DO $$ BEGIN EXECUTE 'SELECT 1'; END $$"], ["SELECT 'EXECUTE x'"], ['PREPARE q AS SELECT 1']],
  },
  'unscanned-include': { positive: [['\\i other/file.sql']], negative: [["SELECT '\\i other.sql'"]] },
  unparseable: {
    positive: [['SELEC 1'], ['FROBNICATE users', 'mysql'], ["DO $$ BEGIN SELEC 1; END $$"]],
    negative: [['SELECT 1'], ['SET NAMES utf8mb4', 'mysql'], ['/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */', 'mysql'], ['PRAGMA foreign_keys = off', 'sqlite']],
  },
  'psql-meta-command': { positive: [['\\set ON_ERROR_STOP on']], negative: [["SELECT E'\\\\set'"]] },
  'grant-to-public': {
    positive: [['GRANT SELECT ON users TO PUBLIC'], ['GRANT USAGE ON SCHEMA s TO public']],
    negative: [['GRANT SELECT ON users TO reader'], ['REVOKE ALL ON users FROM PUBLIC'], ["SELECT 'GRANT SELECT ON x TO PUBLIC'"]],
  },
  'grant-all': {
    positive: [['GRANT ALL ON users TO app'], ['GRANT ALL PRIVILEGES ON TABLE users TO app'], ["GRANT ALL ON db.* TO 'u'@'%'", 'mysql']],
    negative: [['GRANT SELECT, INSERT ON users TO app'], ['REVOKE ALL ON users FROM app']],
  },
  'role-superuser': {
    positive: [['CREATE ROLE admin SUPERUSER'], ['ALTER ROLE app WITH BYPASSRLS'], ['ALTER USER app SUPERUSER']],
    negative: [['ALTER ROLE app NOSUPERUSER'], ['CREATE ROLE app LOGIN'], ["COMMENT ON ROLE app IS 'SUPERUSER'"]],
  },
  'create-index-non-concurrently': {
    positive: [['CREATE INDEX idx ON users (email)'], ['CREATE UNIQUE INDEX idx ON users (email)']],
    negative: [['CREATE INDEX CONCURRENTLY idx ON users (email)'], ['CREATE TABLE t (a int); CREATE INDEX ON t (a)'], ['CREATE INDEX idx ON users (email)', 'mysql']],
  },
  'constraint-without-not-valid': {
    positive: [['ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id)'], ['ALTER TABLE orders ADD CONSTRAINT c CHECK (total > 0)']],
    negative: [['ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID'], ['ALTER TABLE orders VALIDATE CONSTRAINT fk'], ['ALTER TABLE orders ADD CONSTRAINT u UNIQUE (a)']],
  },
  'set-not-null': { positive: [['ALTER TABLE users ALTER COLUMN email SET NOT NULL']], negative: [['ALTER TABLE users ALTER COLUMN email DROP NOT NULL']] },
  'alter-column-type': { positive: [['ALTER TABLE users ALTER COLUMN id TYPE bigint']], negative: [['ALTER TABLE users ALTER COLUMN id SET DEFAULT 0']] },
  'add-column-volatile-default': {
    positive: [['ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid()'], ['ALTER TABLE users ADD COLUMN n bigserial'], ['ALTER TABLE users ADD COLUMN r float DEFAULT random()']],
    negative: [['ALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT now()'], ["ALTER TABLE users ADD COLUMN s text DEFAULT 'random()'"], ['ALTER TABLE users ADD COLUMN n int DEFAULT 0']],
  },
  'table-rewrite': { positive: [['VACUUM FULL users'], ['CLUSTER users USING users_pkey']], negative: [['VACUUM users'], ['VACUUM ANALYZE users']] },
  'missing-lock-timeout': {
    positive: [['ALTER TABLE users ADD COLUMN a int'], ['TRUNCATE users']],
    negative: [["SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN a int"], ['CREATE TABLE t (a int); ALTER TABLE t ADD COLUMN b int'], ['ALTER TABLE users VALIDATE CONSTRAINT c']],
  },
  'rename-table': { positive: [['ALTER TABLE users RENAME TO customers'], ['RENAME TABLE users TO customers', 'mysql'], ['ALTER TABLE users RENAME TO customers', 'sqlite']], negative: [['ALTER INDEX a RENAME TO b'], ["SELECT 'ALTER TABLE users RENAME TO customers'"]] },
  'rename-column': { positive: [['ALTER TABLE users RENAME COLUMN name TO full_name'], ['ALTER TABLE users CHANGE name full_name varchar(10)', 'mysql']], negative: [['ALTER TABLE users RENAME CONSTRAINT a TO b'], ['ALTER TABLE users CHANGE name name varchar(20)', 'mysql']] },
  'drop-view': { positive: [['DROP VIEW active_users'], ['DROP VIEW v', 'mysql']], negative: [['CREATE VIEW v AS SELECT 1']] },
  'drop-function': { positive: [['DROP FUNCTION f(int)'], ['DROP PROCEDURE p'], ['DROP PROCEDURE IF EXISTS p', 'mysql']], negative: [['CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$']] },
  'drop-type': { positive: [['DROP TYPE mood'], ['DROP DOMAIN email']], negative: [["CREATE TYPE mood AS ENUM ('DROP TYPE')"]] },
  'drop-index': { positive: [['DROP INDEX idx'], ['DROP INDEX CONCURRENTLY idx'], ['DROP INDEX idx ON t', 'mysql']], negative: [['CREATE INDEX CONCURRENTLY idx ON t (a)']] },
  'drop-cascade': {
    positive: [['DROP TYPE mood CASCADE'], ['DROP DOMAIN email CASCADE'], ['DROP FUNCTION f(int) CASCADE'], ['DROP VIEW v CASCADE'], ['DROP VIEW v CASCADE', 'mysql']],
    negative: [['DROP TYPE mood'], ['DROP VIEW v RESTRICT'], ["SELECT 'DROP TYPE x CASCADE'"], ['DROP EXTENSION postgis CASCADE']],
  },
  'drop-partition': {
    positive: [['ALTER TABLE events DROP PARTITION p2019', 'mysql'], ['ALTER TABLE events TRUNCATE PARTITION p2019', 'mysql'], ['ALTER TABLE events DROP PARTITION p1, p2', 'mariadb']],
    negative: [['ALTER TABLE events ADD PARTITION (PARTITION p2030 VALUES LESS THAN (2031))', 'mysql'], ['ALTER TABLE events DROP COLUMN p', 'mysql'], ["SELECT 'ALTER TABLE t DROP PARTITION p'", 'mysql']],
  },
  'replace-table': {
    positive: [['CREATE OR REPLACE TABLE users (id int)', 'mariadb'], ['CREATE OR REPLACE TABLE users (id int)', 'mysql']],
    negative: [['CREATE TABLE IF NOT EXISTS users (id int)', 'mariadb'], ['CREATE OR REPLACE VIEW v AS SELECT 1', 'mariadb'], ['CREATE TABLE users (id int); CREATE OR REPLACE TABLE users (id int)', 'mariadb']],
  },
  'merge-delete': {
    positive: [['MERGE INTO users u USING stale s ON u.id = s.id WHEN MATCHED THEN DELETE'], ['MERGE INTO users u USING keep k ON u.id = k.id WHEN NOT MATCHED BY SOURCE THEN DELETE'], ['MERGE INTO users u USING src s ON u.id = s.id WHEN NOT MATCHED BY SOURCE THEN UPDATE SET active = false']],
    negative: [['MERGE INTO users u USING src s ON u.id = s.id WHEN MATCHED THEN UPDATE SET name = s.name WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id)'], ["SELECT 'MERGE … THEN DELETE'"]],
  },
  'alter-column-using': {
    positive: [['ALTER TABLE users ALTER COLUMN email TYPE text USING NULL'], ['ALTER TABLE users ALTER COLUMN n TYPE int USING 0'], ['ALTER TABLE users ALTER COLUMN n TYPE bigint USING other_column'], ['ALTER TABLE users ALTER COLUMN n TYPE int USING n * 0']],
    negative: [['ALTER TABLE users ALTER COLUMN n TYPE bigint'], ['ALTER TABLE users ALTER COLUMN n TYPE bigint USING n::bigint'], ['ALTER TABLE users ALTER COLUMN n TYPE text USING CAST(n AS text)'], ['CREATE TABLE t (n int); ALTER TABLE t ALTER COLUMN n TYPE text USING NULL']],
  },
  'volatile-storage': {
    positive: [['ALTER TABLE users ENGINE=BLACKHOLE', 'mysql'], ['ALTER TABLE users ENGINE = MEMORY', 'mariadb'], ['ALTER TABLE users SET UNLOGGED']],
    negative: [['ALTER TABLE users ENGINE=InnoDB', 'mysql'], ['ALTER TABLE users SET LOGGED'], ["COMMENT ON TABLE users IS 'ENGINE=BLACKHOLE'"]],
  },
  'grant-role': {
    positive: [['GRANT pg_write_server_files TO app'], ['GRANT admin TO bob WITH ADMIN OPTION'], ['CREATE ROLE bob IN ROLE admin'], ["GRANT 'admin' TO 'bob'", 'mysql']],
    negative: [['REVOKE admin FROM bob'], ['GRANT SELECT ON users TO bob'], ["SELECT 'GRANT admin TO bob'"]],
  },
  'row-security-weakened': {
    positive: [['ALTER TABLE accounts DISABLE ROW LEVEL SECURITY'], ['ALTER TABLE accounts NO FORCE ROW LEVEL SECURITY'], ['DROP POLICY tenant_isolation ON accounts']],
    negative: [['ALTER TABLE accounts ENABLE ROW LEVEL SECURITY'], ['ALTER TABLE accounts FORCE ROW LEVEL SECURITY'], ['CREATE POLICY p ON accounts USING (tenant_id = 1)']],
  },
  'server-access': {
    positive: [["COPY users FROM PROGRAM 'curl https://example.test/x'"], ["COPY users TO '/tmp/users.csv'"], ["SELECT pg_read_file('/etc/passwd')"], ["LOAD 'plugin'"], ['CREATE FUNCTION f() RETURNS int LANGUAGE plpython3u AS $$ return 1 $$'], ['CREATE EXTENSION dblink'], ["SELECT * FROM users INTO OUTFILE '/tmp/x'", 'mysql'], ["LOAD DATA INFILE '/tmp/x' INTO TABLE users", 'mysql'], ["SELECT load_extension('/tmp/evil.so')", 'sqlite'], ["ATTACH DATABASE '/var/www/x.php' AS x", 'sqlite'], ["VACUUM INTO '/tmp/copy.db'", 'sqlite']],
    negative: [['COPY users FROM STDIN'], ['COPY (SELECT 1) TO STDOUT'], ["LOAD DATA LOCAL INFILE 'x.csv' INTO TABLE users", 'mysql'], ["SELECT 'COPY users FROM PROGRAM x'"], ['CREATE EXTENSION IF NOT EXISTS pgcrypto']],
  },
  'server-administration': {
    positive: [["ALTER SYSTEM SET work_mem = '1GB'"], ['SELECT pg_terminate_backend(pid) FROM pg_stat_activity'], ["CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'x')"], ['CREATE PUBLICATION p FOR ALL TABLES'], ['GRANT ALTER SYSTEM ON PARAMETER shared_preload_libraries TO app'], ['GRANT SET ON PARAMETER work_mem TO app'], ["ALTER USER 'app'@'%' IDENTIFIED BY 'known'", 'mariadb'], ["ALTER USER 'root'@'localhost' IDENTIFIED BY 'known'", 'mysql'], ["CREATE USER 'backdoor'@'%' IDENTIFIED BY 'pw'", 'mysql'], ["CREATE USER 'backdoor'@'%'", 'mariadb'], ["GRANT PROXY ON 'root'@'localhost' TO 'app'@'%'", 'mariadb'], ['SET GLOBAL max_connections = 1', 'mysql'], ["GRANT SUPER ON *.* TO 'app'@'%'", 'mysql'], ['UPDATE pg_catalog.pg_class SET relname = relname WHERE oid = 1'], ["UPDATE mysql.user SET Super_priv = 'Y' WHERE User = 'app'", 'mysql'], ["UPDATE sqlite_master SET sql = 'x' WHERE name = 't'", 'sqlite']],
    negative: [["SET statement_timeout = '5s'"], ['SELECT pg_backend_pid()'], ['REVOKE SET ON PARAMETER work_mem FROM app'], ['GRANT SELECT ON users TO app'], ["ALTER ROLE app PASSWORD 'x'"], ['CREATE ROLE reader LOGIN'], ["GRANT SELECT ON shop.* TO 'app'@'%'", 'mariadb'], ['GRANT SELECT ON db.* TO app', 'mysql'], ['UPDATE users SET name = 1 WHERE id = 2']],
  },
  'disable-safeguard': {
    positive: [['SET session_replication_role = replica'], ['SET LOCAL track_counts = off'], ["SELECT set_config('track_counts', 'off', true)"], ['ALTER TABLE orders DISABLE TRIGGER ALL'], ['ALTER TABLE orders DISABLE TRIGGER audit_orders'], ['SET ROLE admin'], ['SET sql_log_bin = 0', 'mysql'], ['PRAGMA writable_schema = ON', 'sqlite']],
    negative: [['SET session_replication_role = origin'], ['ALTER TABLE orders ENABLE TRIGGER ALL'], ['RESET ROLE'], ['SET FOREIGN_KEY_CHECKS = 0', 'mysql'], ['PRAGMA foreign_keys = OFF', 'sqlite']],
  },
  'rename-object': {
    positive: [['ALTER VIEW active_users RENAME TO live_users'], ['ALTER FUNCTION f(int) RENAME TO g'], ["ALTER TYPE mood RENAME VALUE 'sad' TO 'blue'"], ['ALTER SCHEMA billing RENAME TO invoicing']],
    negative: [['ALTER INDEX a RENAME TO b'], ['ALTER TABLE t RENAME CONSTRAINT a TO b'], ["ALTER TYPE mood ADD VALUE 'ok'"]],
  },
  'drop-object': {
    positive: [['DROP TRIGGER audit ON orders'], ['DROP ROLE analyst'], ['DROP EXTENSION postgis'], ['DROP TRIGGER audit', 'mysql']],
    negative: [['DROP TABLE IF EXISTS x'], ['DROP INDEX idx'], ["SELECT 'DROP TRIGGER x'"]],
  },
  unclassified: {
    positive: [['SELECT do_cleanup()'], ['CALL purge_accounts()'], ['CALL purge(1)', 'mysql'], ['CREATE EXTENSION mystery_ext'], ['SET my_unknown_setting = 1'], ['ALTER TABLE t ENGINE=FEDERATED', 'mysql'], ['PRAGMA mystery_pragma = 1', 'sqlite'], ['CREATE INDEX ON users (my_fn(email))'], ["SELECT set_config(current_setting('x'), 'y', false)"]],
    negative: [['CREATE FUNCTION cleanup() RETURNS void LANGUAGE sql AS $$ SELECT 1 $$; SELECT cleanup()'], ["SELECT lower('X'), now(), gen_random_uuid()"], ['CREATE VIEW v AS SELECT my_fn(1)'], ['CREATE TRIGGER t BEFORE INSERT ON users FOR EACH ROW EXECUTE PROCEDURE audit()'], ["SELECT 'CALL purge()'"], ["SELECT pg_catalog.set_config('search_path', '', false)"], ['SET app.tenant = 7']],
  },
};

describe('rule catalog', () => {
  it('has a test case table for every rule, and every rule documents why and the alternative', () => {
    // exemption-invalid is emitted by the policy evaluator, not by statements: __tests__/policy/exemptions.test.ts covers it.
    // The effect rules come from rehearsal, not from a statement's text: __tests__/effects and __tests__/e2e/rehearsal.
    // tool-file-not-run comes from the tool's reading of a file (a dbmate file without an up block): __tests__/cli/cli.test.ts.
    const fromStatements = RULES.map((r) => r.id).filter((id) => id !== 'exemption-invalid' && !id.startsWith('effect-') && id !== 'rehearsal-failed' && id !== 'not-rehearsed' && id !== 'tool-file-not-run');
    expect(Object.keys(CASES).sort()).toEqual(fromStatements.sort());
    for (const rule of RULES) {
      expect(rule.why.length, rule.id).toBeGreaterThan(20);
      expect(rule.alternative.length, rule.id).toBeGreaterThan(20);
    }
  });
});

for (const [rule, { positive, negative }] of Object.entries(CASES)) {
  describe(rule, () => {
    for (const [sql, dialect = 'postgres'] of positive) {
      it(`flags (${dialect}) ${JSON.stringify(sql)}`, async () => {
        expect(await rulesIn(sql, dialect)).toContain(rule);
      });
    }
    for (const [sql, dialect = 'postgres'] of negative) {
      it(`does not flag (${dialect}) ${JSON.stringify(sql)}`, async () => {
        expect(await rulesIn(sql, dialect)).not.toContain(rule);
      });
    }
  });
}
