import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayOf } from '../../src/policy/dates.js';
import { GitHubApi } from '../helpers/github-api.js';
import { CLI, runNode, workspaceWith } from '../helpers/run.js';
import { runAction } from '../helpers/runner.js';

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };

const workspace = workspaceWith;

/** A git repository whose first commit has db/001.sql (risky) and whose second adds db/002.sql. */
function twoCommits(second: string): { dir: string; base: string } {
  const dir = workspace({ 'db/001.sql': 'DROP TABLE old;' });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: GIT_ENV }).toString().trim();
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'first');
  const base = git('rev-parse', 'HEAD');
  writeFileSync(join(dir, 'db/002.sql'), second);
  git('add', '.');
  git('commit', '-qm', 'second');
  return { dir, base };
}

describe('action plan step (dist/index.js as the runner runs it)', () => {
  it('sets outputs, writes the summary, reports and annotations for an approval plan', async () => {
    const dir = workspace({ 'db/001.sql': 'CREATE TABLE a (id int);', 'db/002.sql': 'SELECT 1;\nALTER TABLE users DROP COLUMN ssn;' });
    const run = await runAction(dir, { migrations: 'db/**/*.sql', 'approval-environment': 'prod-approval', environment: 'prod' });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('approval');
    expect(run.outputs.environment).toBe('prod-approval');
    const cli = JSON.parse((await runNode(CLI, ['scan', 'db', '--format', 'json'], { cwd: dir })).stdout);
    expect(run.outputs['plan-digest']).toBe(cli.planDigest);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.planDigest).toBe(cli.planDigest);
    expect(JSON.parse(readFileSync(run.outputs.sarif!, 'utf8')).version).toBe('2.1.0');
    expect(run.stdout).toContain('::error title=migration-guard drop-column (approval),file=db/002.sql,line=2,endLine=2,col=1,endColumn=34::');
    expect(run.summary).toMatch(/approval required/);
    expect(run.summary).toContain('<code>db/002.sql:2</code>');
    expect(run.summary).toContain('prod-approval');
  });

  it('passes with the normal environment when nothing is flagged', async () => {
    const dir = workspace({ 'db/001.sql': 'CREATE TABLE a (id int);' });
    const run = await runAction(dir, { migrations: 'db' });
    expect([run.code, run.outputs.verdict, run.outputs.environment]).toEqual([0, 'pass', 'production']);
  });

  it('fails the step on block, and on approval only with fail-on: approval', async () => {
    const blocked = await runAction(workspace({ 'm.sql': 'DROP DATABASE prod;' }), { migrations: 'm.sql' });
    expect(blocked.code).toBe(1);
    expect(blocked.outputs.verdict).toBe('block');
    expect(blocked.stdout).toMatch(/::error::migration-guard: the plan is blocked/);
    const approval = workspace({ 'm.sql': 'TRUNCATE users;' });
    expect((await runAction(approval, { migrations: 'm.sql' })).code).toBe(0);
    expect((await runAction(approval, { migrations: 'm.sql', 'fail-on': 'approval' })).code).toBe(1);
    // `none` never fails the plan step, as documented (the apply step and the gateway still refuse a blocked plan).
    const unfailing = await runAction(workspace({ 'm.sql': 'DROP DATABASE prod;' }), { migrations: 'm.sql', 'fail-on': 'none' });
    expect(unfailing.code).toBe(0);
    expect(unfailing.outputs.verdict).toBe('block');
    const invalid = await runAction(approval, { migrations: 'm.sql', 'fail-on': 'sometimes' });
    expect(invalid.stdout).toMatch(/::error::input fail-on "sometimes": expected approval, block or none/);
  });

  it('fails with a clear message on invalid inputs', async () => {
    const run = await runAction(workspace({}), { dialect: 'oracle' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::input dialect "oracle"/);
  });

  it('reports exemptions: used ones as notices, expired ones as warnings on the policy line, both in the summary', async () => {
    const dir = workspace({ 'db/1.sql': "SET lock_timeout = '5s';\nALTER TABLE users DROP COLUMN a;\nALTER TABLE users DROP COLUMN b;\n" });
    const report = JSON.parse((await runNode(CLI, ['scan', 'db', '--format', 'json'], { cwd: dir })).stdout);
    const [, dropA, dropB] = report.files[0].statements.map((s: { digest: string }) => s.digest);
    const entry = (id: string, statement: string, expires: string) =>
      `  - id: ${id}\n    rule: drop-column\n    statement: ${statement}\n    reason: reviewed\n    owner: "@data"\n    expires: ${expires}\n`;
    writeFileSync(join(dir, 'policy.yml'), `version: 1\nexemptions:\n${entry('OPS-1', dropA, addDays(todayOf(), 20))}${entry('OPS-2', dropB, addDays(todayOf(), -1))}`);
    const run = await runAction(dir, { migrations: 'db', config: 'policy.yml' });
    expect(run.outputs.verdict).toBe('approval'); // OPS-2 expired: dropping b needs approval again
    expect(run.stdout).toContain('::notice title=migration-guard%3A exemption used,file=policy.yml,line=3::Exemption OPS-1 (owner @data');
    expect(run.stdout).toContain('::warning title=migration-guard%3A expired exemption,file=policy.yml,line=9::Exemption OPS-2 (owner @data) expired');
    expect(run.summary).toContain('### Exemptions');
    expect(run.summary).toMatch(/<code>OPS-2<\/code> .*\*\*expired\*\*/);
    expect(run.summary).toMatch(/~~approval~~ exempted/);
  });

  it('escapes hostile statement text in the job summary', async () => {
    const dir = workspace({ 'm.sql': "DROP TABLE \"</details><img src=x onerror=alert(1)> @org/admins ```\";\n" });
    const run = await runAction(dir, { migrations: 'm.sql' });
    // Inside a fence longer than any backtick run the SQL stays literal (GitHub renders no HTML or mentions there)…
    const fence = /^(`{4,})sql\n([\s\S]*?)\n\1$/m.exec(run.summary);
    expect(fence?.[2]).toBe('DROP TABLE "</details><img src=x onerror=alert(1)> @org/admins ```"');
    // …and everywhere else it is escaped.
    const outside = run.summary.replace(fence![0], '');
    expect(outside).not.toContain('<img');
    expect(outside).not.toMatch(/@org\/admins/);
    expect(outside.match(/<\/details>/g)).toHaveLength(1);
  });

  it('on pull requests scans only the files the PR changed (git, base commit present)', async () => {
    const { dir, base } = twoCommits('CREATE TABLE n (id int);');
    const event = join(dir, '..', `${dir.split('/').pop()}-event.json`);
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: base } }, repository: { name: 'r', owner: { login: 'o' } } }));
    const run = await runAction(dir, { migrations: 'db' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
    expect(run.outputs.verdict).toBe('pass');
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['db/002.sql']);
    const all = await runAction(dir, { migrations: 'db', 'changed-only': 'false' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
    expect(all.outputs.verdict).toBe('approval');
  });

  it('on pushes scans only the files the push changed, so plan and apply after a merge see the same files', async () => {
    const { dir, base: before } = twoCommits('CREATE TABLE merged (id int);');
    const event = join(dir, '..', `${dir.split('/').pop()}-push.json`);
    writeFileSync(event, JSON.stringify({ before, repository: { name: 'r', owner: { login: 'o' } } }));
    const run = await runAction(dir, { migrations: 'db' }, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event });
    expect(JSON.parse(readFileSync(run.outputs.report!, 'utf8')).files.map((f: { path: string }) => f.path)).toEqual(['db/002.sql']);
    expect(run.outputs.verdict).toBe('pass');
  });

  describe('with a shallow clone (base commit missing)', () => {
    let api: GitHubApi;
    beforeAll(async () => (api = await new GitHubApi().start()));
    afterAll(() => api.stop());

    it('asks the pull request files API, following pagination', async () => {
      api.files = [
        { filename: 'db/002.sql', status: 'added' },
        ...Array.from({ length: 100 }, (_, i) => ({ filename: `docs/${i}.md`, status: 'modified' })),
        { filename: 'db/003.sql', status: 'modified' },
        { filename: 'db/001.sql', status: 'removed' },
      ];
      const dir = workspace({ 'db/001.sql': 'DROP TABLE old;', 'db/002.sql': 'SELECT 2;', 'db/003.sql': 'TRUNCATE t;', 'db/004.sql': 'DROP TABLE x;' });
      execFileSync('git', ['init', '-q'], { cwd: dir });
      const event = join(dir, '..', `${dir.split('/').pop()}-event.json`);
      writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: 'a'.repeat(40) } }, repository: { name: 'r', owner: { login: 'o' } } }));
      const run = await runAction(dir, { migrations: 'db', 'github-token': 'test-token', comment: 'never' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: api.url });
      expect(run.stderr).toBe('');
      const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
      expect(report.files.map((f: { path: string }) => f.path)).toEqual(['db/002.sql', 'db/003.sql']);
      expect(api.requests).toEqual(['GET /repos/o/r/pulls/7/files?per_page=100', 'GET /repos/o/r/pulls/7/files?per_page=100&page=2']);
    });
  });
});
