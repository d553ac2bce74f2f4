/** SARIF 2.1.0 for GitHub code scanning: rule metadata with help, one result per finding. */
import { RULES } from '../scan/rules/catalog.js';
import type { Severity } from '../scan/types.js';
import { flaggedFindings, type Report } from './report.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { block: 'error', approval: 'error', warning: 'warning', info: 'note' };
/** GitHub orders code scanning alerts by this property (0.0–10.0). */
const SECURITY_SEVERITY: Record<Severity, string> = { block: '9.0', approval: '7.0', warning: '4.0', info: '1.0' };

export function renderSarif(report: Report): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            informationUri: 'https://github.com/migration-guard/migration-guard',
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.title,
              shortDescription: { text: rule.title },
              fullDescription: { text: rule.why },
              help: {
                text: `${rule.why}\n\nSafer alternative: ${rule.alternative}`,
                markdown: `**Why:** ${rule.why}\n\n**Safer alternative:** ${rule.alternative}`,
              },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { category: rule.category, tags: [rule.category, 'sql', 'migration'], 'security-severity': SECURITY_SEVERITY[rule.severity] },
            })),
          },
        },
        automationDetails: { id: `migration-guard/${report.dialect}/` },
        results: flaggedFindings(report).map(({ file, statement, finding }) => ({
          ruleId: finding.rule,
          ruleIndex: ruleIndex.get(finding.rule) ?? 0,
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
                region: finding.line
                  ? { startLine: finding.line }
                  : { startLine: statement.line, startColumn: statement.column, endLine: statement.endLine, endColumn: statement.endColumn },
              },
            },
          ],
          partialFingerprints: { 'statementDigest/v1': `${finding.rule}:${statement.digest}` },
          properties: { severity: finding.severity, category: finding.category, statementDigest: statement.digest },
          ...(finding.exemption
            ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `${finding.exemption.id}: ${finding.exemption.reason}` }] }
            : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
