/**
 * Releases you can pin: the package's version has its CHANGELOG section (the release workflow publishes it as the
 * release notes and refuses a tag without one), and the release workflow checks the tag, dist/ and the suite.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/run.js';

const notes = (tag: string) => spawnSync(process.execPath, [join(ROOT, 'scripts/release-notes.mjs'), tag], { encoding: 'utf8' });

describe('releases', () => {
  it('the package version has its CHANGELOG section, which release-notes prints without its link line', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    const run = notes(`v${version}`);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(200);
    expect(run.stdout).not.toMatch(/^## \[/m);
    expect(run.stdout).not.toMatch(/^\[\d+\.\d+\.\d+\]: /m);
  });

  it('a tag without a CHANGELOG section is refused, saying what to write', () => {
    const run = notes('v99.0.0');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/CHANGELOG\.md has no section "## \[99\.0\.0\]": write it before tagging v99\.0\.0/);
  });

  it('the release workflow checks the tag against the package, dist/ against the build, runs the suite, and moves the major tag only for a release', () => {
    const workflow = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')) as { on: { push: { tags: string[] } }; jobs: { release: { steps: Array<{ name?: string; run?: string; if?: string }> } } };
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+*']);
    const steps = workflow.jobs.release.steps;
    const step = (name: string) => steps.find((s) => s.name === name);
    expect(step('The tag is the package\'s version')?.run).toContain('$GITHUB_REF_NAME');
    expect(step('dist/ is the build of this commit')?.run).toBe('npm run build && git diff --exit-code --stat -- dist');
    expect(step('Tests')?.run).toBe('bash scripts/test.sh');
    expect(step('Move the major tag')?.if).toBe("${{ !contains(github.ref_name, '-') }}");
    const order = ['The tag is the package\'s version', 'dist/ is the build of this commit', 'Release notes from CHANGELOG.md', 'Tests', 'Publish the release', 'Move the major tag'].map((n) => steps.findIndex((s) => s.name === n));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
