import { describe, expect, it } from 'vitest';
import { applyExemptions } from '../../src/policy/exemptions.js';
import { DEFAULT_POLICY, type Policy, type PolicyExemption } from '../../src/policy/policy.js';
import { planDigest, planOf } from '../../src/plan/plan.js';
import { buildReport } from '../../src/report/report.js';
import { scanSql } from '../helpers/scan.js';

const TODAY = '2026-11-24';
const SQL = 'SET lock_timeout = 1000;\nALTER TABLE users DROP COLUMN legacy;\nDROP DATABASE old;\n';

async function evaluate(policy: Partial<Policy>, sql = SQL) {
  const file = await scanSql(sql);
  const full: Policy = { ...DEFAULT_POLICY, source: 'policy.yml', ...policy };
  const { files, exemptions } = applyExemptions([file], full, TODAY);
  const report = buildReport('postgres', files, full, exemptions);
  const finding = (rule: string) => files[0]!.statements.flatMap((s) => s.findings).find((f) => f.rule === rule)!;
  return { file, files, exemptions, report, finding };
}

async function digestOf(sql: string, index: number) {
  return (await scanSql(SQL)).statements[index]!.digest;
}

const exemption = async (over: Partial<PolicyExemption> = {}): Promise<PolicyExemption> => ({
  id: 'OPS-1',
  rule: 'drop-column',
  statement: await digestOf(SQL, 1),
  reason: 'backfilled into profiles',
  owner: '@data',
  expires: '2026-12-31',
  revoked: false,
  source: 'policy',
  file: 'policy.yml',
  line: 7,
  ...over,
});

describe('policy exemptions', () => {
  it('active: lowers exactly the named finding on the named statement to pass, and says so', async () => {
    const { report, finding, exemptions } = await evaluate({ exemptions: [await exemption()] });
    expect(finding('drop-column').exemption).toEqual({ id: 'OPS-1', source: 'policy', owner: '@data', reason: 'backfilled into profiles', expires: '2026-12-31' });
    expect(finding('drop-database').exemption).toBeNull();
    expect(exemptions.applied).toEqual([expect.objectContaining({ id: 'OPS-1', daysLeft: 37, matches: [{ path: 'migration.sql', line: 2 }] })]);
    expect(report.files[0]!.verdict).toBe('block'); // DROP DATABASE still blocks
  });

  it('active: the file verdict passes when every approval finding is exempted', async () => {
    const { report } = await evaluate({ exemptions: [await exemption()] }, 'SET lock_timeout = 1000;\nALTER TABLE users DROP COLUMN legacy;\n');
    expect(report.verdict).toBe('pass');
  });

  it('expiring today: still applies (expires is the last day)', async () => {
    const { finding, exemptions } = await evaluate({ exemptions: [await exemption({ expires: TODAY })] });
    expect(finding('drop-column').exemption?.id).toBe('OPS-1');
    expect(exemptions.applied[0]!.daysLeft).toBe(0);
  });

  it('expired by one day: stops applying, the finding returns to its severity, and it is reported', async () => {
    const { finding, exemptions, report } = await evaluate({ exemptions: [await exemption({ expires: '2026-11-23' })] }, 'SET lock_timeout = 1000;\nALTER TABLE users DROP COLUMN legacy;\n');
    expect(finding('drop-column').exemption).toBeNull();
    expect(exemptions.expired).toEqual([expect.objectContaining({ id: 'OPS-1', daysLeft: -1, file: 'policy.yml', line: 7 })]);
    expect(report.verdict).toBe('approval');
  });

  it('revoked: never applies', async () => {
    const { finding, exemptions } = await evaluate({ exemptions: [await exemption({ revoked: true })] });
    expect(finding('drop-column').exemption).toBeNull();
    expect(exemptions).toEqual({ applied: [], expired: [], unused: [], refused: [] });
  });

  it('unused and wrong digest: matches nothing, applies to nothing, and is listed as unused', async () => {
    const { finding, exemptions } = await evaluate({ exemptions: [await exemption({ id: 'OPS-2', statement: `sha256:${'0'.repeat(64)}` })] });
    expect(finding('drop-column').exemption).toBeNull();
    expect(exemptions.unused.map((e) => e.id)).toEqual(['OPS-2']);
  });

  it('wrong rule on the right statement: does not apply', async () => {
    const { finding, exemptions } = await evaluate({ exemptions: [await exemption({ rule: 'truncate' })] });
    expect(finding('drop-column').exemption).toBeNull();
    expect(exemptions.unused).toHaveLength(1);
  });

  it('block without permission: refused; with allow-block-exemptions: applied', async () => {
    const blockExemption = await exemption({ id: 'OPS-9', rule: 'drop-database', statement: await digestOf(SQL, 2) });
    const refused = await evaluate({ exemptions: [blockExemption] });
    expect(refused.finding('drop-database').exemption).toBeNull();
    expect(refused.exemptions.refused).toEqual([expect.objectContaining({ id: 'OPS-9', why: expect.stringMatching(/allow-block-exemptions/) })]);
    const allowed = await evaluate({ exemptions: [blockExemption], allowBlockExemptions: true });
    expect(allowed.finding('drop-database').exemption?.id).toBe('OPS-9');
  });

  it('is part of the plan digest: approving a plan approves the exemptions it uses', async () => {
    const without = await evaluate({});
    const withOne = await evaluate({ exemptions: [await exemption()] });
    const otherReason = await evaluate({ exemptions: [await exemption({ reason: 'something else' })] });
    const unused = await evaluate({ exemptions: [await exemption({ rule: 'truncate' })] });
    expect(withOne.report.planDigest).not.toBe(without.report.planDigest);
    expect(otherReason.report.planDigest).not.toBe(withOne.report.planDigest);
    expect(unused.report.planDigest).toBe(without.report.planDigest);
    expect(planDigest(planOf('postgres', without.files))).toBe(without.report.planDigest);
  });
});

describe('inline exemptions', () => {
  const inline = (comment: string) => `SET lock_timeout = 1000;\n${comment}\nALTER TABLE users DROP COLUMN legacy;\n`;

  it('allowed: applies to the statement directly below', async () => {
    const { finding, exemptions } = await evaluate({ inlineExemptions: true }, inline('-- migration-guard: allow drop-column until=2026-12-01 reason="moved to profiles" owner=@data ticket=OPS-3'));
    expect(finding('drop-column').exemption).toEqual({ id: 'inline:migration.sql:2', source: 'inline', owner: '@data', reason: 'moved to profiles', expires: '2026-12-01', ticket: 'OPS-3' });
    expect(exemptions.applied.map((e) => e.id)).toEqual(['inline:migration.sql:2']);
  });

  it('allowed but expired: does not apply and is listed as expired', async () => {
    const { finding, exemptions } = await evaluate({ inlineExemptions: true }, inline('-- migration-guard: allow drop-column until=2026-11-01 reason="x" owner=@data'));
    expect(finding('drop-column').exemption).toBeNull();
    expect(exemptions.expired.map((e) => e.id)).toEqual(['inline:migration.sql:2']);
  });

  it('disallowed by the policy: exempts nothing and is a finding', async () => {
    const { finding } = await evaluate({ inlineExemptions: false }, inline('-- migration-guard: allow drop-column until=2026-12-01 reason="x" owner=@data'));
    expect(finding('drop-column').exemption).toBeNull();
    expect(finding('exemption-invalid')).toMatchObject({ severity: 'warning', line: 2, message: expect.stringMatching(/not honoured by this policy/) });
  });

  it('malformed: exempts nothing and is a finding that says what is wrong', async () => {
    const cases: Array<[string, RegExp]> = [
      ['-- migration-guard: allow drop-column reason="x" owner=@data', /missing `until=`/],
      ['-- migration-guard: allow drop-column until=2027-06-01 reason="x" owner=@data', /days ahead; exemptions may last at most 90 days/],
      ['-- migration-guard: allow drop-colum until=2026-12-01 reason="x" owner=@data', /unknown rule `drop-colum`/],
      ['-- migration-guard: please allow everything', /expected `allow <rule>/],
      ['-- migration-guard: allow drop-column until=2026-12-01 reason="x" owner=@data color=red', /unknown field `color`/],
    ];
    for (const [comment, message] of cases) {
      const { finding } = await evaluate({ inlineExemptions: true }, inline(comment));
      expect(finding('drop-column').exemption, comment).toBeNull();
      expect(finding('exemption-invalid')?.message, comment).toMatch(message);
    }
  });

  it('only counts when directly above the statement', async () => {
    const { finding } = await evaluate({ inlineExemptions: true }, 'SET lock_timeout = 1000;\n-- migration-guard: allow drop-column until=2026-12-01 reason="x" owner=@data\n\nALTER TABLE users DROP COLUMN legacy;\n');
    expect(finding('drop-column').exemption).toBeNull();
  });
});
