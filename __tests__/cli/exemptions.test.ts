import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, todayOf } from '../../src/policy/dates.js';
import { CLI, ROOT, runNode, workspaceWith } from '../helpers/run.js';

const today = todayOf();
const MIGRATION = "SET lock_timeout = '5s';\nALTER TABLE users DROP COLUMN legacy;\nTRUNCATE sessions;\n";

async function digests(dir: string): Promise<string[]> {
  const report = JSON.parse((await runNode(CLI, ['scan', 'db', '--format', 'json', '--fail-on', 'none'], { cwd: dir })).stdout);
  return report.files[0].statements.map((s: { digest: string }) => s.digest);
}

function policy(exemptions: Array<Record<string, string | boolean>>, extra = ''): string {
  const items = exemptions.map((e) => `  - ${Object.entries(e).map(([k, v]) => `${k}: ${typeof v === 'string' ? JSON.stringify(v) : v}`).join('\n    ')}`);
  return `version: 1\nmigrations: ["db/**/*.sql"]\n${extra}exemptions:\n${items.join('\n')}\n`;
}

describe('exemptions through the CLI', () => {
  it('scan applies an exemption, shows it in the JSON report, and the snippet for what is not exempted', async () => {
    const dir = workspaceWith({ 'db/1.sql': MIGRATION });
    const [, drop] = await digests(dir);
    const base = { rule: 'drop-column', statement: drop!, reason: 'backfilled', owner: '@data', expires: addDays(today, 10) };
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/migration-guard.yml'), policy([{ id: 'OPS-1', ...base }]));
    const result = await runNode(CLI, ['scan', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(result.stdout);
    const findings = report.files[0].statements.map((s: { findings: Array<{ rule: string; exemption: unknown }> }) => s.findings);
    expect(findings[1][0]).toMatchObject({ rule: 'drop-column', exemption: { id: 'OPS-1', owner: '@data', reason: 'backfilled', expires: base.expires, source: 'policy' } });
    expect(report.exemptions.applied).toEqual([expect.objectContaining({ id: 'OPS-1', daysLeft: 10, file: '.github/migration-guard.yml', line: 4 })]);
    expect(report.verdict).toBe('approval'); // TRUNCATE is not exempted
    const text = await runNode(CLI, ['scan', '--explain'], { cwd: dir });
    expect(text.stdout).toContain('exempted by OPS-1 (@data)');
    // The snippet to paste comes with --explain (the job summary and the PR comment always have it).
    expect(text.stdout).toContain(`    exemptions:\n      - id: TICKET-123`);
    expect((await runNode(CLI, ['scan'], { cwd: dir })).stdout).not.toContain('- id: TICKET-123');
    const truncate = (await digests(dir))[2]!;
    expect(text.stdout).toContain(`rule: truncate\n        statement: ${truncate}\n`);
  });

  it('exemptions list shows owner, days left and state, and exits 1 when one has expired', async () => {
    const dir = workspaceWith({ 'db/1.sql': MIGRATION });
    const [, drop, truncate] = await digests(dir);
    mkdirSync(join(dir, '.github'));
    const write = (entries: Array<Record<string, string | boolean>>) => writeFileSync(join(dir, '.github/migration-guard.yml'), policy(entries));
    const common = { reason: 'reviewed', owner: '@data' };
    const entries = [
      { id: 'ACTIVE', rule: 'drop-column', statement: drop!, expires: addDays(today, 30), ...common },
      { id: 'SOON', rule: 'truncate', statement: truncate!, expires: addDays(today, 3), ...common },
      { id: 'UNUSED', rule: 'truncate', statement: `sha256:${'0'.repeat(64)}`, expires: addDays(today, 30), ...common },
      { id: 'REVOKED', rule: 'drop-column', statement: drop!, expires: addDays(today, 30), revoked: true, ...common },
    ];
    write(entries);
    const ok = await runNode(CLI, ['exemptions', 'list', '--format', 'json'], { cwd: dir });
    expect(ok.code).toBe(0);
    const states = Object.fromEntries(JSON.parse(ok.stdout).exemptions.map((e: { id: string; state: string }) => [e.id, e.state]));
    expect(states).toEqual({ ACTIVE: 'active', SOON: 'expiring', UNUSED: 'unused', REVOKED: 'revoked' });
    write([...entries, { id: 'OLD', rule: 'drop-column', statement: drop!, expires: addDays(today, -1), ...common }]);
    const expired = await runNode(CLI, ['exemptions', 'list'], { cwd: dir });
    expect(expired.code).toBe(1);
    expect(expired.stdout).toMatch(/^expired\s+OLD\s+drop-column\s+@data\s+expired 1d ago/m);
    expect(expired.stdout).toMatch(/^expiring\s+SOON\s+truncate\s+@data\s+3d left/m);
  });

  it('policy check validates (exit 0) or names the line of the problem (exit 2)', async () => {
    const good = await runNode(CLI, ['policy', 'check', '--config', join(ROOT, 'examples/policy.yml')], { cwd: ROOT });
    expect([good.code, good.stdout]).toEqual([0, expect.stringMatching(/valid/)]);
    const dir = workspaceWith({ '.github/migration-guard.yml': 'version: 1\nexemptions:\n  - id: X\n    rule: truncate\n' });
    const bad = await runNode(CLI, ['policy', 'check'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.github\/migration-guard\.yml:3:5: exemption `X` is missing `statement`, `reason`, `owner`, `expires`/);
  });

  it('publishes the JSON Schema generated from the parser', async () => {
    const schema = await runNode(CLI, ['policy', 'schema'], { cwd: ROOT });
    expect(readFileSync(join(ROOT, 'schema/migration-guard.schema.json'), 'utf8')).toBe(schema.stdout);
    const parsed = JSON.parse(schema.stdout);
    expect(parsed.properties.exemptions.items.required).toEqual(['id', 'rule', 'statement', 'reason', 'owner', 'expires']);
  });
});
