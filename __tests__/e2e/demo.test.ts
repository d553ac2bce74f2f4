import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, runNode, tempDir } from '../helpers/run.js';

describe('migration-guard demo', () => {
  it('runs the whole loop on one machine, every step holds, and it leaves nothing behind', async () => {
    const tmp = tempDir('mg-demo-tmp-');
    const result = await runNode(CLI, ['demo'], { cwd: ROOT, env: { TMPDIR: tmp } });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const steps = result.stdout.split('\n').filter((line) => /^[✓✗] \d\./.test(line));
    expect(steps.map((line) => line.slice(0, 4))).toEqual(['✓ 1.', '✓ 2.', '✓ 3.', '✓ 4.', '✓ 5.', '✓ 6.', '✓ 7.', '✓ 8.']);
    expect(result.stdout).toMatch(/✓ 2\. DROP COLUMN: verdict approval .* the gateway refused a token without that environment/);
    expect(result.stdout).toMatch(/✓ 6\. node-pg-migrate applied the approved plan through the wire endpoint .* its pgmigrations history has 1 row/);
    expect(result.stdout).toMatch(/✓ 7\. a migration added after approval \(DROP TABLE accounts\) was refused at the wire endpoint/);
    expect(result.stdout).toMatch(/✓ 8\. audit verify: intact/);
    expect(result.stdout).toMatch(/^demo complete in \d+\.\ds$/m);
    expect(readdirSync(tmp)).toEqual([]);
  }, 120_000);
});
