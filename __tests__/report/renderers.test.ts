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
