import { describe, expect, it } from 'vitest';
import { codeBlock, escapeMarkdown, inlineCode } from '../../src/report/escape.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildReport } from '../../src/report/report.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { RULES } from '../../src/scan/rules/catalog.js';
import { scanSql } from '../helpers/scan.js';

async function reportOf(sql: string) {
  return buildReport('postgres', [await scanSql(sql, 'postgres', 'db/m.sql')], { source: 'defaults' });
}

describe('markdown escaping', () => {
  it('neutralises mentions, HTML and table pipes in prose', () => {
    const escaped = escapeMarkdown('@admins <script>x</script> | [link](http://x)');
    expect(escaped).not.toMatch(/@admins|<script>|\||\[link\]/);
  });

  it('makes code fences longer than any backtick run inside', () => {
    expect(codeBlock('a ```` b')).toBe('`````sql\na ```` b\n`````');
  });

  it('bounds the size of hostile input', () => {
    expect(inlineCode('x'.repeat(10_000)).length).toBeLessThan(300);
    expect(codeBlock('x'.repeat(100_000)).length).toBeLessThan(4_200);
  });
});

describe('renderers', () => {
  it('markdown starts with the verdict and shows why and the safer alternative', async () => {
    const markdown = renderMarkdown(await reportOf('TRUNCATE audit;'), { environment: 'prod-approval', today: '2026-01-01' });
    expect(markdown.split('\n')[0]).toBe('## migration-guard: ⚠️ **approval required**: a reviewer must approve this plan before it runs');
    expect(markdown).toContain('Instead: Delete in bounded batches');
    expect(markdown).toContain('<code>prod-approval</code>');
  });

  it('text colours only when asked', async () => {
    const report = await reportOf('DROP TABLE x;');
    const escape = String.fromCharCode(27);
    expect(renderText(report, { color: true, today: '2026-01-01' })).toContain(`${escape}[31mAPPROVAL`);
    expect(renderText(report, { color: false, today: '2026-01-01' })).not.toContain(escape);
  });

  it('sarif carries every rule with help, and results point at the statement', async () => {
    const sarif = JSON.parse(renderSarif(await reportOf('SELECT 1;\n  DROP TABLE x;')));
    const driver = sarif.runs[0].tool.driver;
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of driver.rules) expect(rule.help.text.length).toBeGreaterThan(20);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'drop-table');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'db/m.sql', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 15 },
    });
    expect(driver.rules[result.ruleIndex].id).toBe('drop-table');
  });
});

describe('SARIF 2.1.0 schema', () => {
  it('validates against the official schema, with suppressions for exempted findings', async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    type Validator = ((data: unknown) => boolean) & { errors?: unknown };
    const Ajv = require('ajv-draft-04') as new (options: object) => { compile(schema: object): Validator };
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    // unicodeRegExp: false because the schema's language pattern is not valid in unicode mode.
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    const report = await reportOf("SET lock_timeout = '1s';\nDROP TABLE x;\nDO $$ BEGIN EXECUTE 'x' || y; END $$;\nSELEC 1;");
    const first = report.files[0]!.statements[1]!.findings[0]!;
    first.exemption = { id: 'OPS-1', source: 'policy', owner: '@data', reason: 'archived first', expires: '2026-12-01' };
    const sarif = JSON.parse(renderSarif(report));
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'drop-table').suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'OPS-1: archived first' },
    ]);
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false); // the validator does reject bad logs
  });
});

describe('pull request comment size', () => {
  it('stays under GitHub\'s 65,536-character limit with a note when the report is huge', async () => {
    const { renderPrComment, COMMENT_LIMIT } = await import('../../src/report/pr-comment.js');
    const sql = Array.from({ length: 3000 }, (_, i) => `ALTER TABLE t${i} DROP COLUMN c${i};`).join('\n');
    const body = renderPrComment(await reportOf(sql), { workflow: 'w', job: 'j', today: '2026-01-01', reportPath: '/tmp/report.json' });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/^<!-- migration-guard:sticky workflow="w" job="j" -->\n## migration-guard: ⚠️/);
    expect(body).toContain('truncated to stay under GitHub\'s size limit. The full report is in the job summary and in <code>/tmp/report.json</code>');
  });
});
