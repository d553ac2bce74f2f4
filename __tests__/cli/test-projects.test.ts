/**
 * The README's second command passes on a fresh clone anywhere: without ../shared/corpus beside the repository (a
 * user's clone), the corpus project is left out with one line that says so; with it (CI), both projects run.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/run.js';

function projectsIn(withCorpus: boolean, env: Record<string, string> = {}) {
  const root = tempDir('mg-clone-');
  mkdirSync(join(root, 'repo/scripts'), { recursive: true });
  copyFileSync(join(ROOT, 'scripts/test-projects.sh'), join(root, 'repo/scripts/test-projects.sh'));
  if (withCorpus) mkdirSync(join(root, 'shared/corpus'), { recursive: true });
  return spawnSync('bash', [join(root, 'repo/scripts/test-projects.sh')], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
}

describe('scripts/test-projects.sh (what scripts/test.sh runs)', () => {
  it('leaves the corpus project out, saying why, when ../shared/corpus is missing', () => {
    const run = projectsIn(false);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('--project suite');
    expect(run.stderr.trim()).toBe('../shared/corpus is not there: the corpus project (__tests__/e2e/corpus*.test.ts, real migrations from ../shared/corpus) is excluded from this run');
  });

  it('runs both projects when the corpus is there, unless MG_WITHOUT_CORPUS=1', () => {
    expect(projectsIn(true).stdout).toBe('');
    const named = projectsIn(true, { MG_WITHOUT_CORPUS: '1' });
    expect(named.stdout.trim()).toBe('--project suite');
    expect(named.stderr).toMatch(/^MG_WITHOUT_CORPUS=1: the corpus project/);
  });
});
