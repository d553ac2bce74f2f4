import { execFileSync } from 'node:child_process';
import { cpSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, runNode, tempDir, workspaceWith } from '../helpers/run.js';

const FIXTURES = join(ROOT, '__tests__/fixtures/migrations');

const workspace = workspaceWith;

describe('migration-guard scan (exit codes)', () => {
  it('exits 0 when nothing reaches --fail-on', async () => {
    const dir = workspace({ 'm.sql': 'CREATE TABLE a (id int);' });
    const result = await runNode(CLI, ['scan', '.'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/verdict: pass/);
  });

  it('exits 1 on approval findings by default, 0 with --fail-on block', async () => {
    const dir = workspace({ 'm.sql': 'ALTER TABLE users DROP COLUMN legacy;' });
    expect((await runNode(CLI, ['scan', 'm.sql'], { cwd: dir })).code).toBe(1);
    expect((await runNode(CLI, ['scan', 'm.sql', '--fail-on', 'block'], { cwd: dir })).code).toBe(0);
    expect((await runNode(CLI, ['scan', 'm.sql', '--fail-on', 'none'], { cwd: dir })).code).toBe(0);
  });

  it('exits 1 on block even with --fail-on block', async () => {
    const dir = workspace({ 'm.sql': 'DROP DATABASE prod;' });
    expect((await runNode(CLI, ['scan', '--fail-on', 'block', 'm.sql'], { cwd: dir })).code).toBe(1);
  });

  it('exits 1, not 2, on unparseable SQL: it is a finding', async () => {
    const dir = workspace({ 'm.sql': 'THIS IS NOT SQL;' });
    const result = await runNode(CLI, ['scan', 'm.sql', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).files[0].statements[0].findings[0].rule).toBe('unparseable');
  });

  it('exits 2 on usage errors and missing files, with a message that says what to do', async () => {
    const dir = workspace({});
    const missing = await runNode(CLI, ['scan', 'nope.sql'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.sql: no such file or directory/);
    expect((await runNode(CLI, ['scan', '--dialect', 'oracle'], { cwd: dir })).code).toBe(2);
    expect((await runNode(CLI, ['scan', '--format', 'xml'], { cwd: dir })).code).toBe(2);
    expect((await runNode(CLI, ['scan', '--bogus'], { cwd: dir })).code).toBe(2);
    expect((await runNode(CLI, ['frobnicate'], { cwd: dir })).code).toBe(2);
  });

  it('refuses files over 5 MiB, binary files and symlinks leaving the working directory', async () => {
    const outside = workspace({ 'secret.sql': 'DROP TABLE x;' });
    const dir = workspace({ 'big.sql': `-- ${'x'.repeat(5 * 1024 * 1024)}\n`, 'bin.sql': 'SELECT 1;\u0000\u0001' });
    symlinkSync(join(outside, 'secret.sql'), join(dir, 'link.sql'));
    const big = await runNode(CLI, ['scan', 'big.sql'], { cwd: dir });
    expect([big.code, big.stderr]).toEqual([2, expect.stringMatching(/larger than the 5 MiB limit/)]);
    const binary = await runNode(CLI, ['scan', 'bin.sql'], { cwd: dir });
    expect([binary.code, binary.stderr]).toEqual([2, expect.stringMatching(/binary/)]);
    const link = await runNode(CLI, ['scan', 'link.sql'], { cwd: dir });
    expect([link.code, link.stderr]).toEqual([2, expect.stringMatching(/outside the working directory/)]);
    symlinkSync(outside, join(dir, 'linkdir'));
    const throughDirectory = await runNode(CLI, ['scan', 'linkdir/secret.sql'], { cwd: dir });
    expect([throughDirectory.code, throughDirectory.stderr]).toEqual([2, expect.stringMatching(/outside the working directory/)]);
  });

  it('raises the size limit with --max-file-size or the policy, and refuses bad sizes', async () => {
    // A baseline just over the default limit, ending in a statement the scanner must still see.
    const baseline = `${'-- pg_dump baseline\nINSERT INTO t VALUES (1);\n'.repeat(1_000)}/* ${'x'.repeat(5 * 1024 * 1024)} */\nDROP TABLE legacy;\n`;
    const dir = workspace({ 'baseline.sql': baseline, 'policy.yml': 'version: 1\nmax-file-size: 8 MiB\n', 'small.yml': 'version: 1\nmax-file-size: 1KiB\n' });
    expect((await runNode(CLI, ['scan', 'baseline.sql'], { cwd: dir })).code).toBe(2);
    for (const args of [['--max-file-size', '8MiB'], ['--config', 'policy.yml']]) {
      const result = await runNode(CLI, ['scan', 'baseline.sql', '--format', 'json', ...args], { cwd: dir });
      expect(result.code, result.stderr).toBe(1);
      const statements = JSON.parse(result.stdout).files[0].statements;
      expect(statements.at(-1).findings.map((f: { rule: string }) => f.rule)).toContain('drop-table');
    }
    const lowered = await runNode(CLI, ['scan', 'baseline.sql', '--config', 'small.yml'], { cwd: dir });
    expect([lowered.code, lowered.stderr]).toEqual([2, expect.stringMatching(/larger than the 1 KiB limit/)]);
    const flagWins = await runNode(CLI, ['scan', 'baseline.sql', '--config', 'policy.yml', '--max-file-size', '1MiB'], { cwd: dir });
    expect([flagWins.code, flagWins.stderr]).toEqual([2, expect.stringMatching(/larger than the 1 MiB limit.*max-file-size/)]);
    const bad = await runNode(CLI, ['scan', 'baseline.sql', '--max-file-size', 'huge'], { cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/--max-file-size huge: expected a size/)]);
    writeFileSync(join(dir, 'bad.yml'), 'version: 1\nmax-file-size: 2 TiB\n');
    const badPolicy = await runNode(CLI, ['scan', 'baseline.sql', '--config', 'bad.yml'], { cwd: dir });
    expect([badPolicy.code, badPolicy.stderr]).toEqual([2, expect.stringMatching(/bad\.yml:2:\d+.*max-file-size/)]);
  });

  it('follows symlinks that stay inside the working directory', async () => {
    const dir = workspace({ 'real/m.sql': 'DROP TABLE x;' });
    symlinkSync(join(dir, 'real/m.sql'), join(dir, 'link.sql'));
    const result = await runNode(CLI, ['scan', 'link.sql', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(result.stdout).files[0].path).toBe('link.sql');
  });
});

describe('migration-guard scan (inputs and formats)', () => {
  it('walks directories for *.sql, in path order, with paths relative to the working directory', async () => {
    const dir = workspace({ 'db/b/2.sql': 'SELECT 2;', 'db/a/1.sql': 'SELECT 1;', 'db/notes.txt': 'DROP TABLE x;' });
    const report = JSON.parse((await runNode(CLI, ['scan', 'db', '--format', 'json'], { cwd: dir })).stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['db/a/1.sql', 'db/b/2.sql']);
  });

  it('expands globs', async () => {
    const dir = workspace({ 'db/1.up.sql': 'SELECT 1;', 'db/1.down.sql': 'DROP TABLE t;', 'other/x.sql': 'SELECT 3;' });
    const report = JSON.parse((await runNode(CLI, ['scan', 'db/*.up.sql', '--format', 'json'], { cwd: dir })).stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['db/1.up.sql']);
  });

  it('writes the JSON report of the contract', async () => {
    const dir = tempDir();
    cpSync(FIXTURES, join(dir, 'migrations'), { recursive: true });
    const result = await runNode(CLI, ['scan', 'migrations', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ version: 1, tool: { name: 'migration-guard' }, dialect: 'postgres', verdict: 'block' });
    expect(report.planDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(report.exemptions).toEqual({ applied: [], expired: [], unused: [], refused: [] });
    expect(report.files.map((f: { path: string; verdict: string }) => [f.path, f.verdict])).toEqual([
      ['migrations/001_create_users.sql', 'pass'],
      ['migrations/002_drop_legacy.sql', 'approval'],
      ['migrations/003_wipe.sql', 'block'],
    ]);
    const drop = report.files[1].statements[1];
    expect(drop).toMatchObject({ index: 1, line: 2, column: 1, endLine: 2, endColumn: 40, sql: 'ALTER TABLE users DROP COLUMN legacy_id' });
    expect(drop.findings).toEqual([{ rule: 'drop-column', category: 'data-loss', severity: 'approval', message: expect.stringContaining('legacy_id'), exemption: null }]);
  });

  it('changes the plan digest when any statement changes, and only then', async () => {
    const dir = workspace({ 'm.sql': 'ALTER TABLE users DROP COLUMN a;' });
    const digest = async () => JSON.parse((await runNode(CLI, ['scan', 'm.sql', '--format', 'json'], { cwd: dir })).stdout).planDigest;
    const first = await digest();
    expect(await digest()).toBe(first);
    writeFileSync(join(dir, 'm.sql'), 'ALTER TABLE users DROP COLUMN b;');
    expect(await digest()).not.toBe(first);
  });

  it('renders text, markdown and sarif', async () => {
    const dir = workspace({ 'm.sql': 'DROP TABLE users;' });
    const text = await runNode(CLI, ['scan', 'm.sql'], { cwd: dir });
    expect(text.stdout).toMatch(/m\.sql:1:1 {2}APPROVAL {2}drop-table/);
    expect(text.stdout).not.toMatch(/^ {2}instead: /m); // the long explanations are behind --explain
    expect(text.stdout).toMatch(/by rule:\n {2}drop-table +1 {2}approval\n {2}missing-lock-timeout +1 {2}warning\n {2}why each rule matters and what to do instead: migration-guard rules drop-table \(or scan --explain\)/);
    expect(text.stdout).not.toContain(String.fromCharCode(27)); // not a TTY: no colour
    const explained = await runNode(CLI, ['scan', 'm.sql', '--explain'], { cwd: dir });
    expect(explained.stdout).toMatch(/^ {2}instead: /m);
    expect(explained.stdout).toMatch(/to opt out, add to the policy file:/);
    const markdown = await runNode(CLI, ['scan', 'm.sql', '--format', 'markdown'], { cwd: dir });
    expect(markdown.stdout).toMatch(/^## migration-guard: ⚠️ \*\*approval required\*\*/);
    const sarif = JSON.parse((await runNode(CLI, ['scan', 'm.sql', '--format', 'sarif'], { cwd: dir })).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'drop-table', level: 'error' });
  });

  it('compact: one line per finding (path:line:column: severity rule: message), the per-rule summary and the verdict', async () => {
    const dir = workspace({ 'a.sql': 'DROP TABLE users;\nALTER TABLE t DROP COLUMN c;\n', 'b.sql': 'DROP TABLE orders;\n' });
    const run = await runNode(CLI, ['scan', '.', '--format', 'compact'], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      expect.stringMatching(/^a\.sql:1:1: approval drop-table: DROP TABLE `users` deletes it/),
      expect.stringMatching(/^a\.sql:2:1: approval drop-column: /),
      expect.stringMatching(/^b\.sql:1:1: approval drop-table: DROP TABLE `orders` deletes it/),
    ]);
    expect(run.stdout).toMatch(/by rule:\n {2}drop-table +2 {2}approval\n {2}drop-column +1 {2}approval\n/);
    expect(run.stdout).toMatch(/verdict: approval {2}\(2 files, 3 statements; 0 block, 3 approval/);
  });

  it('rules RULE says what the rule catches, why and what to do instead; an unknown one gets a suggestion', async () => {
    const known = await runNode(CLI, ['rules', 'drop-column'], { cwd: ROOT });
    expect(known.code).toBe(0);
    expect(known.stdout).toMatch(/^drop-column {2}\(data-loss, default approval\)\n {2}.+\n {2}why: .+\n {2}instead: .+\n$/);
    const typo = await runNode(CLI, ['rules', 'drop-colum'], { cwd: ROOT });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/no rule drop-colum \(did you mean "drop-column"\?\)/);
  });

  it('reads dialect and rule overrides from the policy file', async () => {
    const dir = workspace({
      '.github/migration-guard.yml': 'version: 1\ndialect: mysql\nmigrations: ["db/**/*.sql"]\nrules:\n  drop-table: block\n  drop-index: off\n',
      'db/1.sql': 'DROP TABLE `users`;\nDROP INDEX i ON t;',
    });
    const report = JSON.parse((await runNode(CLI, ['scan', '--format', 'json'], { cwd: dir })).stdout);
    expect(report.dialect).toBe('mysql');
    expect(report.policy).toBe('.github/migration-guard.yml');
    expect(report.verdict).toBe('block');
    expect(report.files[0].statements.map((s: { findings: Array<{ rule: string }> }) => s.findings.map((f) => f.rule))).toEqual([['drop-table'], []]);
  });

  it('rejects an invalid policy with file, line and column (exit 2)', async () => {
    const dir = workspace({ '.github/migration-guard.yml': 'version: 1\nrulez:\n  drop-table: off\n', 'm.sql': 'SELECT 1;' });
    const result = await runNode(CLI, ['scan', 'm.sql'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.github\/migration-guard\.yml:2:1: unknown key `rulez`/);
  });

  it('--base scans only files changed since a git ref', async () => {
    const dir = workspace({ 'db/1.sql': 'DROP TABLE old;' });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(join(dir, 'db/2.sql'), 'SELECT 2;');
    writeFileSync(join(dir, 'db/1.sql'), 'DROP TABLE old;\n');
    git('add', 'db/2.sql');
    git('commit', '-qm', 'next');
    const report = JSON.parse((await runNode(CLI, ['scan', 'db', '--base', 'HEAD~1', '--format', 'json'], { cwd: dir })).stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['db/1.sql', 'db/2.sql']);
    const onlyNew = JSON.parse((await runNode(CLI, ['scan', 'db', '--base', 'HEAD', '--format', 'json'], { cwd: dir })).stdout);
    expect(onlyNew.files.map((f: { path: string }) => f.path)).toEqual(['db/1.sql']);
    const bad = await runNode(CLI, ['scan', 'db', '--base', 'deadbeef'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/commit not found/);
  });

  it('runs from a copy of dist/ alone, loading the parser WebAssembly from the bundle', async () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'm.sql'), 'DO $$ BEGIN DELETE FROM t; END $$;');
    const result = await runNode(join(dir, 'dist/cli.js'), ['scan', 'm.sql', '--format', 'json'], { cwd: dir });
    expect(result.stderr).not.toMatch(/Cannot find|ENOENT/);
    expect(JSON.parse(result.stdout).files[0].statements[0].findings[0].rule).toBe('delete-without-where');
  });

  it('lists the rule catalog, and docs/rules.md is generated from it', async () => {
    const { readFileSync } = await import('node:fs');
    const markdown = await runNode(CLI, ['rules', '--format', 'markdown'], { cwd: ROOT });
    expect(readFileSync(join(ROOT, 'docs/rules.md'), 'utf8')).toBe(markdown.stdout);
    const text = await runNode(CLI, ['rules'], { cwd: ROOT });
    expect(text.stdout).toMatch(/^drop-database\s+data-loss\s+block/m);
  });
});

describe('migration-guard scan --tool (the plan is what the migration tool runs)', () => {
  const scanJson = async (dir: string, args: string[]) => {
    const run = await runNode(CLI, ['scan', ...args, '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    return { report: JSON.parse(run.stdout) as { verdict: string; files: Array<{ path: string; statements: Array<{ line: number; findings: Array<{ rule: string }> }> }> }, stderr: run.stderr };
  };

  it('dbmate and node-pg-migrate: the down section is not scanned, and findings keep their lines', async () => {
    const dir = workspace({
      'db/migrations/20240101_users.sql': '-- migrate:up\nALTER TABLE users ADD COLUMN nickname text;\n\n-- migrate:down\nALTER TABLE users DROP COLUMN nickname;\n',
      'migrations/1700000000000_orders.sql': '-- Up Migration\nALTER TABLE orders DROP COLUMN legacy;\n-- Down Migration\nDROP TABLE orders;\n',
    });
    const dbmate = await scanJson(dir, ['db', '--tool', 'dbmate']);
    expect(dbmate.report.verdict).toBe('pass');
    expect(dbmate.stderr).toMatch(/db\/migrations\/20240101_users\.sql: 2 lines of down section not scanned \(dbmate runs the up section\)/);
    const withoutTool = await scanJson(dir, ['db']);
    expect(withoutTool.report.verdict).toBe('approval'); // the DROP COLUMN of the down section, scanned as if it ran
    expect(withoutTool.stderr).toMatch(/hint: files have a -- migrate:down section, as with dbmate: set `tool: dbmate` in the policy \(or --tool dbmate\)/);
    writeFileSync(join(dir, '.github-policy.yml'), 'version: 1\ntool: node-pg-migrate\n');
    const pgm = await scanJson(dir, ['migrations', '--config', '.github-policy.yml']);
    const [file] = pgm.report.files;
    expect(file!.statements.map((s) => [s.line, s.findings.map((f) => f.rule).includes('drop-column'), s.findings.map((f) => f.rule).includes('drop-table')])).toEqual([[2, true, false]]);
  });

  it('dbmate: a file without `-- migrate:up` (which dbmate refuses to run) is a finding at block, not silently the whole file', async () => {
    const dir = workspace({ 'db/migrations/20240102_orders.sql': 'CREATE TABLE orders (id int);\n' });
    const { report } = await scanJson(dir, ['db', '--tool', 'dbmate']);
    expect(report.verdict).toBe('block');
    expect(report.files[0]!.statements[0]!.findings.map((f) => f.rule)).toEqual(['tool-file-not-run']);
    const marked = workspace({ 'db/migrations/20240102_orders.sql': '-- migrate:up\nCREATE TABLE orders (id int);\n' });
    expect((await scanJson(marked, ['db', '--tool', 'dbmate'])).report.verdict).toBe('pass');
  });

  it('flyway, golang-migrate, sqitch and prisma: only the files the tool runs, in its order', async () => {
    const dir = workspace({
      'flyway/V2__b.sql': 'CREATE TABLE b (id int);\n',
      'flyway/V10__c.sql': 'CREATE TABLE c (id int);\n',
      'flyway/V1__a.sql': 'CREATE TABLE a (id int);\n',
      'flyway/U1__a.sql': 'DROP TABLE a;\n',
      'go/1_a.up.sql': 'CREATE TABLE a (id int);\n',
      'go/1_a.down.sql': 'DROP TABLE a;\n',
      'sq/sqitch.plan': '%project=shop\nzeta 2024-01-01T00:00:00Z A <a@x>\nalpha 2024-01-02T00:00:00Z A <a@x>\n',
      'sq/deploy/alpha.sql': 'CREATE TABLE alpha (id int);\n',
      'sq/deploy/zeta.sql': 'CREATE TABLE zeta (id int);\n',
      'sq/revert/zeta.sql': 'DROP TABLE zeta;\n',
      'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "User" (id int);\n',
      'prisma/scratch.sql': 'DROP TABLE "User";\n',
    });
    const paths = async (target: string, tool: string) => (await scanJson(dir, [target, '--tool', tool])).report;
    const flyway = await paths('flyway', 'flyway');
    expect(flyway.files.map((f) => f.path)).toEqual(['flyway/V1__a.sql', 'flyway/V2__b.sql', 'flyway/V10__c.sql']);
    expect(flyway.verdict).toBe('pass');
    expect((await paths('go', 'golang-migrate')).files.map((f) => f.path)).toEqual(['go/1_a.up.sql']);
    expect((await paths('sq', 'sqitch')).files.map((f) => f.path)).toEqual(['sq/deploy/zeta.sql', 'sq/deploy/alpha.sql']);
    const prisma = await paths('prisma', 'prisma');
    expect(prisma.files.map((f) => f.path)).toEqual(['prisma/migrations/20240101000000_init/migration.sql']);
    expect(prisma.verdict).toBe('pass');
    const bad = await runNode(CLI, ['scan', 'flyway', '--tool', 'liquibase'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--tool liquibase: expected one of prisma, flyway, golang-migrate, dbmate, node-pg-migrate, sqitch, rails, alembic, knex, none/);
  });
});

describe('--help for every command', () => {
  it('prints the command\'s usage and exits 0, before anything runs (demo --help does not run the demo)', async () => {
    for (const command of ['scan', 'rules', 'policy', 'exemptions', 'gateway', 'audit', 'ledger', 'run', 'review', 'demo']) {
      const result = await runNode(CLI, [command, '--help'], { cwd: tempDir() });
      expect(result.code, `${command}: ${result.stderr}`).toBe(0);
      expect(result.stdout, command).toMatch(new RegExp(`^Usage: migration-guard ${command} …\\n\\n {2}${command}\\b`));
      expect(result.stdout, command).toMatch(/^Exit codes: /m);
    }
    expect((await runNode(CLI, ['scan', '-h'], { cwd: tempDir() })).stdout).toMatch(/^Scan options:\n {2}--dialect D/m);
    expect((await runNode(CLI, ['help', 'ledger'], { cwd: tempDir() })).stdout).toMatch(/ledger list\|verify --config gateway\.yml/);
  });

  it('after -- the flag belongs to the migration tool: run -- psql --help is not the CLI\'s help', async () => {
    const result = await runNode(CLI, ['run', '--', 'psql', '--help'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--gateway, --connection and --plan-digest are required/);
  });
});
