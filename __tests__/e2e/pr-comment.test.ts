/** The sticky PR comment, posted by the built action through the real @actions/github client to a local GitHub API. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApi } from '../helpers/github-api.js';
import { tempDir, workspaceWith } from '../helpers/run.js';
import { runAction } from '../helpers/runner.js';

const HEAD = 'c0ffee'.padEnd(40, '0');
let api: GitHubApi;
beforeEach(async () => (api = await new GitHubApi().start()));
afterEach(() => api.stop());

function pullRequestEnv(extra: Record<string, string> = {}) {
  const event = join(tempDir('mg-event-'), 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: { number: 42, base: { sha: 'b'.repeat(40) }, head: { sha: HEAD, repo: { full_name: 'o/r' } } },
      repository: { name: 'r', full_name: 'o/r', html_url: 'https://github.example/o/r', owner: { login: 'o' } },
    }),
  );
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: api.url, GITHUB_WORKFLOW: 'migrations', GITHUB_JOB: 'plan', GITHUB_RUN_ID: '99', GITHUB_SERVER_URL: 'https://github.example', ...extra };
}

const plan = (dir: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  runAction(dir, { migrations: 'db', 'changed-only': 'false', 'github-token': 'ghs_test', ...inputs }, pullRequestEnv(env));

const ours = () => api.comments.filter((c) => c.body.includes('<!-- migration-guard:sticky'));

describe('sticky pull request comment', () => {
  it('is created on the first finding, updated in place on every push, and turns all-clear when fixed', async () => {
    const dir = workspaceWith({ 'db/001.sql': "SET lock_timeout = '5s';\nALTER TABLE users DROP COLUMN ssn;\n" });
    const first = await plan(dir);
    expect(first.code).toBe(0);
    expect(ours()).toHaveLength(1);
    const [comment] = ours();
    const lines = comment!.body.split('\n');
    expect(lines[0]).toBe('<!-- migration-guard:sticky workflow="migrations" job="plan" -->');
    expect(lines[1]).toMatch(/^## migration-guard: ⚠️ \*\*approval required\*\*/);
    expect(comment!.body).toContain(`[<code>db/001.sql:2</code>](https://github.example/o/r/blob/${HEAD}/db/001.sql#L2)`);
    expect(comment!.body).toContain('statement: sha256:');
    expect(comment!.body).toContain('[Full report in the job summary](https://github.example/o/r/actions/runs/99)');

    writeFileSync(join(dir, 'db/001.sql'), "SET lock_timeout = '5s';\nALTER TABLE users DROP COLUMN ssn, DROP COLUMN dob;\n");
    await plan(dir);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).toBe(comment!.id);
    expect(ours()[0]!.body).toContain('dob');

    writeFileSync(join(dir, 'db/001.sql'), 'CREATE TABLE ok (id int);\n');
    await plan(dir);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).toBe(comment!.id);
    expect(ours()[0]!.body).toMatch(/all clear/);
    expect(api.requests.filter((r) => r.startsWith('POST'))).toHaveLength(1);
  });

  it('posts nothing for a clean PR in auto mode, an all-clear in always mode, and nothing in never mode', async () => {
    const dir = workspaceWith({ 'db/001.sql': 'CREATE TABLE ok (id int);\n' });
    await plan(dir);
    expect(ours()).toHaveLength(0);
    await plan(dir, { comment: 'always' });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toMatch(/all clear/);
    const risky = workspaceWith({ 'db/001.sql': 'TRUNCATE users;\n' });
    const before = api.requests.length;
    await plan(risky, { comment: 'never' });
    expect(api.requests.length).toBe(before);
  });

  it('gives another job its own comment and finds ours among many pages of others', async () => {
    for (let i = 0; i < 150; i++) api.addComment(`comment ${i}`);
    const dir = workspaceWith({ 'db/001.sql': 'TRUNCATE users;\n' });
    await plan(dir);
    await plan(dir, {}, { GITHUB_JOB: 'plan-replica' });
    expect(ours().map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- migration-guard:sticky workflow="migrations" job="plan" -->',
      '<!-- migration-guard:sticky workflow="migrations" job="plan-replica" -->',
    ]);
    writeFileSync(join(dir, 'db/001.sql'), 'TRUNCATE users, sessions;\n');
    await plan(dir);
    expect(ours()).toHaveLength(2);
    expect(api.requests).toContain('GET /repos/o/r/issues/42/comments?per_page=100&page=2');
  });

  it('degrades on a fork: a read-only token gets no comment, the step keeps its verdict, the summary is written', async () => {
    api.readOnly = true;
    const dir = workspaceWith({ 'db/001.sql': 'DROP DATABASE prod;\n' });
    const run = await plan(dir);
    expect(run.code).toBe(1); // blocked: the verdict, not the comment failure, decides
    expect(run.outputs.verdict).toBe('block');
    expect(run.stdout).toMatch(/::warning::No pull request comment posted: the token cannot write to #42 \(HTTP 403\)\. Pull requests from forks get a read-only GITHUB_TOKEN/);
    expect(run.summary).toMatch(/blocked/);
    expect(api.comments).toHaveLength(0);
  });

  it('retries a transient server error', async () => {
    api.failures = 1;
    const run = await plan(workspaceWith({ 'db/001.sql': 'TRUNCATE users;\n' }));
    expect(run.code).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(api.requests.filter((r) => r.startsWith('GET /repos/o/r/issues/42/comments'))).toHaveLength(2);
  });

  it('escapes hostile statement text, file names and mentions in the posted body', async () => {
    const dir = workspaceWith({ 'db/x<b>@evil.sql': 'DROP TABLE "@org/admins </details><script>alert(1)</script>";\n' });
    await plan(dir);
    const body = ours()[0]!.body;
    const fence = /^(`{3,})sql\n([\s\S]*?)\n\1$/m.exec(body)!;
    const outside = body.replace(fence[0], '');
    expect(outside).not.toMatch(/<script>|<b>|@org\/admins|@evil/);
    expect(outside.match(/<\/details>/g)).toHaveLength(1);
    expect(fence[2]).toBe('DROP TABLE "@org/admins </details><script>alert(1)</script>"');
  });
});
