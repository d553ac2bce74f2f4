/**
 * The README's quick start works as written: its shell block runs in an empty directory, with `migration-guard` (this
 * build) and `dbmate` on PATH, as a new user would run it: TLS gateway, test issuer, plan, apply with dbmate through
 * the wire endpoint, ledger and audit.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, tempDir } from '../helpers/run.js';

describe('README quick start', () => {
  it('runs as written, from an empty directory to a verified audit trail', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const script = /<!-- quickstart -->\n```sh\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(script).toBeDefined();
    const dir = tempDir('mg-quickstart-');
    const bin = join(dir, '.bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'migration-guard'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(join(bin, 'migration-guard'), 0o755);
    symlinkSync(join(ROOT, 'node_modules/.bin/dbmate'), join(bin, 'dbmate'));
    const work = join(dir, 'try');
    mkdirSync(work);
    writeFileSync(join(work, 'quickstart.sh'), script!);
    const run = spawnSync('bash', ['quickstart.sh'], { cwd: work, encoding: 'utf8', timeout: 120_000, env: { PATH: `${bin}:${process.env.PATH}`, HOME: dir } });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(run.stdout).toMatch(/verdict: pass/);
    expect(run.stdout).toMatch(/Applied: 20260101000000_accounts\.sql/);
    expect(run.stdout).toMatch(/done: 1 planned statement ran, 0 did not, 0 refused/);
    expect(run.stdout).toMatch(/connection app: 1 file applied\n {2}db\/migrations\/20260101000000_accounts\.sql /);
    expect(run.stdout).toMatch(/audit trail intact: \d+ records/);
  }, 150_000);
});
