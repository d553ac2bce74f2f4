/** What a PostgreSQL statement says it changes (the gateway's check before COMMIT allows that much, by name). */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPostgresParser } from '../../src/scan/dialects/postgres.js';
import { postgresTargets } from '../../src/scan/dialects/postgres-targets.js';

beforeAll(() => loadPostgresParser());

const rows = (sql: string) => postgresTargets(sql).rows.map(({ op, table }) => `${op} ${table.schema ? `${table.schema}.` : ''}${table.name}`);

describe('postgresTargets', () => {
  it('row writes, wherever they are in the statement', () => {
    expect(rows('INSERT INTO t VALUES (1) ON CONFLICT (id) DO UPDATE SET n = 2')).toEqual(['insert t', 'update t']);
    expect(rows('INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING')).toEqual(['insert t']);
    expect(rows('WITH gone AS (DELETE FROM app.sessions RETURNING id) INSERT INTO archive SELECT id FROM gone')).toEqual(['insert archive', 'delete app.sessions']);
    expect(rows('MERGE INTO stock s USING incoming i ON s.id = i.id WHEN MATCHED THEN DELETE')).toEqual(['insert stock', 'update stock', 'delete stock']);
    expect(rows('TRUNCATE a, b.c')).toEqual(['truncate a', 'truncate b.c']);
    expect(rows("COPY t FROM STDIN")).toEqual(['insert t']);
    expect(rows("COPY t TO STDOUT")).toEqual([]);
    expect(rows('SELECT f()')).toEqual([]);
  });

  it('DDL names its relations and every other name; DML names none beyond its row writes', () => {
    expect(postgresTargets('ALTER TABLE app.accounts DROP COLUMN legacy').relations).toEqual([{ schema: 'app', name: 'accounts' }]);
    expect(postgresTargets('DROP TABLE accounts, app.orders').names).toEqual(['accounts', 'app', 'orders']);
    expect(postgresTargets('ALTER ROLE app CREATEROLE').names).toEqual(['app']);
    expect(postgresTargets('DELETE FROM t WHERE id IN (SELECT id FROM u)')).toEqual({ rows: [{ op: 'delete', table: { name: 't' } }], relations: [], rebuilds: [], names: [], catalogs: [] });
    expect(postgresTargets('not sql at all')).toEqual({ rows: [], relations: [], rebuilds: [], names: [], catalogs: [] });
    expect(postgresTargets('ALTER TABLE t ALTER COLUMN c TYPE bigint').rebuilds).toEqual([{ name: 't' }]);
    expect(postgresTargets('GRANT SELECT ON t TO PUBLIC').rebuilds).toEqual([]);
  });

  it('the catalogs a snapshot does not read that a statement writes by its kind; any, for an extension or DROP OWNED', () => {
    const catalogs = (sql: string) => postgresTargets(sql).catalogs;
    expect(catalogs('CREATE CAST (text AS int) WITH INOUT')).toEqual(['pg_cast']);
    expect(catalogs('CREATE OR REPLACE AGGREGATE total(int) (SFUNC = int4mi, STYPE = int)')).toEqual(['pg_aggregate']);
    expect(catalogs('DROP CAST (text AS int)')).toEqual(['pg_cast']);
    expect(catalogs('CREATE OPERATOR public.+ (LEFTARG = int, RIGHTARG = int, FUNCTION = int4pl)')).toEqual(['pg_operator']);
    expect(catalogs('ALTER OPERATOR public.+ (int, int) OWNER TO app')).toEqual(['pg_operator']);
    expect(catalogs('ALTER PUBLICATION feed ADD TABLE orders')).toEqual(['pg_publication', 'pg_publication_rel', 'pg_publication_namespace']);
    expect(catalogs('GRANT SET ON PARAMETER work_mem TO app')).toEqual(['pg_parameter_acl']);
    expect(catalogs("CREATE USER MAPPING FOR app SERVER remote OPTIONS (user 'a')")).toEqual(['pg_user_mapping']);
    expect(catalogs('CREATE EXTENSION citext')).toEqual(['*']);
    expect(catalogs('DROP OWNED BY app')).toEqual(['*']);
    expect(catalogs('GRANT SELECT ON t TO app')).toEqual([]);
    expect(catalogs('CREATE TABLE t (id int)')).toEqual([]);
    expect(catalogs('INSERT INTO t VALUES (1)')).toEqual([]);
  });
});
