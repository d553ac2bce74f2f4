/** The plan is what the migration tool runs: per tool, which files, in which order, and which part of each. */
import { describe, expect, it } from 'vitest';
import { detectTool, selectForTool, sqitchChanges, upSection } from '../../src/plan/tools.js';
import { scanSql } from '../helpers/scan.js';

describe('selectForTool', () => {
  it('flyway: versioned files in version order (1.1 < 2 < 10), then repeatables; never undo files', () => {
    const paths = ['db/R__views.sql', 'db/U2__undo.sql', 'db/V10__ten.sql', 'db/V2__two.sql', 'db/V1_1__one_one.sql', 'db/V1__one.sql', 'db/notes.sql', 'db/R__a_functions.sql'];
    const selection = selectForTool('flyway', paths);
    expect(selection.files).toEqual(['db/V1__one.sql', 'db/V1_1__one_one.sql', 'db/V2__two.sql', 'db/V10__ten.sql', 'db/R__a_functions.sql', 'db/R__views.sql']);
    expect(selection.skipped).toEqual([
      { path: 'db/U2__undo.sql', why: 'a Flyway undo migration (U…): `flyway migrate` never runs it' },
      { path: 'db/notes.sql', why: 'not a Flyway migration name (V<version>__… or R__…)' },
    ]);
  });

  it('golang-migrate: up files only, by numeric version', () => {
    const selection = selectForTool('golang-migrate', ['m/10_c.up.sql', 'm/2_b.down.sql', 'm/2_b.up.sql', 'm/1_a.up.sql']);
    expect(selection.files).toEqual(['m/1_a.up.sql', 'm/2_b.up.sql', 'm/10_c.up.sql']);
    expect(selection.skipped.map((s) => s.path)).toEqual(['m/2_b.down.sql']);
  });

  it('prisma: only <migration>/migration.sql', () => {
    const selection = selectForTool('prisma', ['prisma/migrations/20240101_init/migration.sql', 'prisma/seed.sql']);
    expect(selection.files).toEqual(['prisma/migrations/20240101_init/migration.sql']);
    expect(selection.skipped).toEqual([{ path: 'prisma/seed.sql', why: 'Prisma runs only <migration>/migration.sql' }]);
  });

  it('sqitch: deploy/ only, in sqitch.plan order', () => {
    const plan = '%syntax-version=1.0.0\n%project=shop\n\nusers 2024-01-01T00:00:00Z Ann <ann@x> # users\n@v1 2024-01-02T00:00:00Z Ann <ann@x>\nappschema [users] 2024-01-03T00:00:00Z Ann <ann@x>\n';
    expect(sqitchChanges(plan)).toEqual(['users', 'appschema']);
    const selection = selectForTool('sqitch', ['deploy/appschema.sql', 'deploy/users.sql', 'revert/users.sql', 'verify/users.sql'], plan);
    expect(selection.files).toEqual(['deploy/users.sql', 'deploy/appschema.sql']);
    expect(selection.skipped.map((s) => s.path)).toEqual(['revert/users.sql', 'verify/users.sql']);
  });
});

describe('upSection', () => {
  it('dbmate: blanks the down section, keeping every line where it was', () => {
    const text = '-- migrate:up\nCREATE TABLE a (id int);\n\n-- migrate:down\nDROP TABLE a;\n';
    const { text: up, blanked } = upSection('dbmate', text);
    expect(up.split('\n')).toHaveLength(text.split('\n').length);
    expect(up).toContain('CREATE TABLE a (id int);');
    expect(up).not.toContain('DROP');
    expect(blanked).toBe(2);
  });

  it('node-pg-migrate: -- Up Migration / -- Down Migration, and up again after a down', () => {
    const text = '-- Up Migration\nCREATE TABLE a (id int);\n-- Down Migration\nDROP TABLE a;\n-- Up Migration\nCREATE TABLE b (id int);\n';
    const { text: up } = upSection('node-pg-migrate', text);
    expect(up).toContain('CREATE TABLE b');
    expect(up).not.toContain('DROP TABLE a');
  });

  it('leaves files of other tools as they are', () => {
    expect(upSection('flyway', '-- migrate:down\nDROP TABLE a;').text).toBe('-- migrate:down\nDROP TABLE a;');
  });

  it('a statement of the up section keeps its line after the cut', async () => {
    const { text } = upSection('dbmate', '-- migrate:down\nDROP TABLE a;\n-- migrate:up\nALTER TABLE users DROP COLUMN legacy;\n');
    const file = await scanSql(text);
    expect(file.statements).toHaveLength(1);
    expect(file.statements[0]!.line).toBe(4);
    expect(file.statements[0]!.findings.map((f) => f.rule)).toContain('drop-column');
    expect(file.statements[0]!.findings.map((f) => f.rule)).not.toContain('drop-table');
  });
});

describe('detectTool (a hint when no tool is set)', () => {
  const file = (path: string, text = 'SELECT 1;') => ({ path, text });
  it('recognises each layout, and says nothing when nothing is telling', () => {
    expect(detectTool([file('m/1_a.up.sql'), file('m/1_a.down.sql')])?.tool).toBe('golang-migrate');
    expect(detectTool([file('db/V1__a.sql'), file('db/V2__b.sql')])?.tool).toBe('flyway');
    expect(detectTool([file('db/1.sql', '-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;')])?.tool).toBe('dbmate');
    expect(detectTool([file('m/1.sql', '-- Up Migration\nSELECT 1;\n-- Down Migration\nSELECT 2;')])?.tool).toBe('node-pg-migrate');
    expect(detectTool([file('deploy/a.sql'), file('revert/a.sql')])?.tool).toBe('sqitch');
    expect(detectTool([file('db/001_init.sql'), file('db/002_users.sql')])).toBeUndefined();
  });
});
