/**
 * The MySQL wire endpoint's pure parts: what runs without a plan (closed-world), the plan key (the parse tree), the
 * native-password check of the token, and packet framing across the 16 MiB boundary.
 */
import { describe, expect, it } from 'vitest';
import { nativeStage2, scrambleFor, verifyNative } from '../../src/gateway/server/mysql-wire/auth.js';
import { MAX_PACKET_PAYLOAD, packetsOf, PacketReader, PacketTooLarge } from '../../src/gateway/server/mysql-wire/packets.js';
import { mysqlPlanKey, mysqlUnplanned, parseMysqlStatements } from '../../src/gateway/server/mysql-wire/statements.js';

const rules = { tool: 'dbmate' as const, dialect: 'mariadb' as const, database: 'app' };
const verdict = (sql: string) => {
  const [statement] = parseMysqlStatements(sql, 'mariadb');
  return mysqlUnplanned(statement!, rules);
};

describe('without a plan (closed-world)', () => {
  it.each([
    ['SELECT id FROM users WHERE id = 1', 'read'],
    ['select true from information_schema.schemata where schema_name = ?', 'read'],
    ["show tables like 'schema_migrations'", 'read'],
    ['SHOW COLUMNS FROM users', 'read'],
    ['select @@version_comment limit 1', 'read'],
    ['SET NAMES utf8mb4', 'session'],
    ['SET autocommit = 0', 'session'],
    ["SET time_zone = '+00:00'", 'session'],
    ['SET @x = 1', 'session'],
    ['START TRANSACTION', 'transaction'],
    ['COMMIT', 'transaction'],
    ['USE app', 'session'],
    ['create table if not exists `schema_migrations` (version varchar(128) primary key)', 'history'],
    ['insert into `schema_migrations` (version) values (?)', 'history'],
    ["insert into `schema_migrations` (version) values ('20260101000000')", 'history'],
  ])('%s runs (%s)', (sql, kind) => {
    expect(verdict(sql)).toEqual({ allowed: true, kind });
  });

  it.each([
    ['DELETE FROM users', /DELETE is a change/],
    ['insert into `schema_migrations` (version, extra) values (?, 1)', /INSERT is a change/],
    ['insert into other.`schema_migrations` (version) values (?)', /INSERT is a change/],
    ['SELECT * FROM users FOR UPDATE', /locks rows/],
    ["SELECT * FROM users INTO OUTFILE '/tmp/x'", /INTO writes a file/],
    ['SELECT authentication_string FROM mysql.user', /mysql schema/],
    ['SHOW GRANTS', /not one of the SHOW forms/],
    ['SHOW PROCESSLIST', /not one of the SHOW forms/],
    ['SHOW TABLES WHERE SLEEP(1)', /expression/],
    ['SELECT SLEEP(10)', /sleep\(\)/i],
    ['SELECT LOAD_FILE(\'/etc/passwd\')', /load_file\(\)/i],
    ["SET sql_mode = 'ANSI_QUOTES'", /sql_mode/],
    ['SET GLOBAL max_connections = 1', /GLOBAL/],
    ['SET foreign_key_checks = 0', /not one of the session settings/],
    ['SET autocommit = (SELECT 1)', /expression/],
    ['SET NAMES gbk', /character set/],
    ['USE mysql', /reaches database app only/],
    ['SELECT 1 /*!99999 , 2 */', /runs or skips by its version/],
  ])('%s is refused', (sql, why) => {
    const result = verdict(sql);
    expect(result.allowed).toBe(false);
    expect((result as { why: string }).why).toMatch(why);
  });

  it('what the parser cannot read is refused with its message, except the two token shapes it lacks', () => {
    expect(() => parseMysqlStatements('SELEC 1', 'mariadb')).toThrow(/cannot parse "SELEC 1"/);
    expect(() => parseMysqlStatements('DELIMITER //', 'mariadb')).toThrow(/DELIMITER/);
    expect(() => parseMysqlStatements('COMMIT AND CHAIN', 'mariadb')).toThrow(/cannot parse/);
    expect(parseMysqlStatements("SHOW TABLES LIKE 'x'; SET NAMES utf8mb4", 'mariadb').map((s) => s.type)).toEqual(['show', 'set-names']);
  });
});

describe('the plan key is the parse tree', () => {
  it('whitespace, comments and keyword case do not count; literals and names do', () => {
    const key = mysqlPlanKey('CREATE TABLE t (id INT)', 'mariadb')!.key;
    expect(mysqlPlanKey('create   table t (id int) -- note', 'mariadb')!.key).toBe(key);
    expect(mysqlPlanKey('CREATE TABLE u (id INT)', 'mariadb')!.key).not.toBe(key);
    expect(mysqlPlanKey("INSERT INTO t VALUES (1)", 'mariadb')!.key).not.toBe(mysqlPlanKey('INSERT INTO t VALUES (2)', 'mariadb')!.key);
    expect(mysqlPlanKey('INSERT INTO t VALUES (?)', 'mariadb')!.key).not.toBe(mysqlPlanKey('INSERT INTO t VALUES (1)', 'mariadb')!.key);
    expect(mysqlPlanKey('CREATE TABLE a (id INT); CREATE TABLE b (id INT)', 'mariadb')).toBeUndefined();
    expect(mysqlPlanKey('START TRANSACTION', 'mariadb')).toMatchObject({ transaction: true });
  });
});

describe('the token as a native password', () => {
  it('a client that knows the token answers the scramble; one that does not, or an old scramble, fails', () => {
    const token = 'eyJ.session.token';
    const scramble = Buffer.from('abcdefghijklmnopqrst');
    const stage2 = nativeStage2(token);
    expect(verifyNative(scramble, scrambleFor('mysql_native_password', token, scramble), stage2)).toBe(true);
    expect(verifyNative(scramble, scrambleFor('mysql_native_password', `${token}x`, scramble), stage2)).toBe(false);
    expect(verifyNative(Buffer.from('ABCDEFGHIJKLMNOPQRST'), scrambleFor('mysql_native_password', token, scramble), stage2)).toBe(false);
    expect(verifyNative(scramble, Buffer.alloc(0), stage2)).toBe(false);
  });
});

describe('packets', () => {
  it('a payload of 16 MiB − 1 or more continues in the next packet, and is read back whole', () => {
    const payload = Buffer.alloc(MAX_PACKET_PAYLOAD + 10, 7);
    const { bytes, count } = packetsOf(3, payload);
    expect(count).toBe(2);
    const reader = new PacketReader(64 * 1024 * 1024);
    const packets = [...reader.push(bytes.subarray(0, 1000)), ...reader.push(bytes.subarray(1000))];
    expect(packets).toHaveLength(1);
    expect(packets[0]!.seq).toBe(3);
    expect(packets[0]!.payload.equals(payload)).toBe(true);
    expect(packets[0]!.raw.equals(bytes)).toBe(true);
  });

  it('a packet larger than the limit is refused from its header, before its bytes are held', () => {
    const reader = new PacketReader(1024);
    expect(() => reader.push(packetsOf(0, Buffer.alloc(2000)).bytes.subarray(0, 4))).toThrow(PacketTooLarge);
  });
});
