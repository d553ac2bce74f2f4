import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  codeBlock,
  escapeMarkdown,
  inlineCode
} from "./chunk-HHNHS3CX.js";
import {
  InputError,
  RULES,
  addDays,
  countBySeverity,
  flaggedFindings,
  ruleById,
  statementCount
} from "./chunk-QSGYCVYZ.js";

// src/report/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/effects-summary.ts
function effectLines(report, max = 200) {
  const lines = [];
  let free = 0;
  for (const file of report.files) {
    for (const statement of file.statements) {
      for (const effect of statement.effects ?? []) {
        if (!effect.rule && effect.safe === "on an object this change created") {
          free++;
          continue;
        }
        lines.push({ file: file.path, line: statement.line, description: effect.description, rule: effect.rule, ...effect.safe ? { safe: effect.safe } : {} });
      }
    }
  }
  return { lines: lines.slice(0, max), more: Math.max(0, lines.length - max), free };
}
function rehearsalLine(report) {
  const r = report.rehearsal;
  if (!r) return void 0;
  if (r.status === "off") return "rehearsal: off (policy)";
  if (r.status === "not-rehearsed") return `not rehearsed: ${r.why ?? "no shadow database"}`;
  return `rehearsed on a shadow database (${r.shadow}) built from ${r.historyFiles} earlier migration file${r.historyFiles === 1 ? "" : "s"}${r.why ? `; ${r.why}` : ""}`;
}

// src/report/snippet.ts
function exemptionSnippet(rule, digest, today) {
  return [
    "exemptions:",
    "  - id: TICKET-123            # the change or ticket that justifies it",
    `    rule: ${rule}`,
    `    statement: ${digest}`,
    '    reason: "why this is safe"',
    '    owner: "@your-team"',
    `    expires: ${addDays(today, 30)}`
  ].join("\n");
}

// src/report/markdown.ts
var VERDICT_LINE = {
  pass: "\u2705 **pass**: nothing needs a human",
  approval: "\u26A0\uFE0F **approval required**: a reviewer must approve this plan before it runs",
  block: "\u26D4 **blocked**: this plan must not run as it is"
};
function renderMarkdown(report, options) {
  const counts = countBySeverity(report);
  const out = [];
  out.push(`## migration-guard: ${VERDICT_LINE[report.verdict]}`);
  out.push("");
  out.push(
    `${report.files.length} file${report.files.length === 1 ? "" : "s"}, ${statementCount(report)} statements (${report.dialect}) \xB7 ${counts.block} block \xB7 ${counts.approval} approval \xB7 ${counts.warning} warning \xB7 ${counts.info} info`
  );
  out.push("");
  const flagged = flaggedFindings(report);
  if (flagged.length > 0) {
    out.push("| Where | Rule | Severity | Why |");
    out.push("|---|---|---|---|");
    for (const { file, statement, finding } of flagged) {
      const rule = ruleById(finding.rule);
      const severity = finding.exemption ? `~~${finding.severity}~~ exempted` : finding.severity;
      const line = finding.line ?? statement.line;
      const where = inlineCode(`${file}:${line}`);
      out.push(
        `| ${options.linkTo ? `[${where}](${options.linkTo(file, line)})` : where} | ${inlineCode(finding.rule)} | ${severity} | ${escapeMarkdown(finding.message, 300)}${rule ? ` ${escapeMarkdown(rule.why, 300)}` : ""} |`
      );
    }
    out.push("");
    const maxDetails = options.maxDetails ?? 50;
    const statements = new Map(flagged.map(({ file, statement }) => [`${file}#${statement.index}`, { file, statement }]));
    let rendered = 0;
    for (const { file, statement } of statements.values()) {
      if (rendered++ >= maxDetails) {
        out.push(`_${statements.size - maxDetails} more flagged statements are in the job summary and the JSON report._`, "");
        break;
      }
      out.push("<details>");
      out.push(`<summary>${inlineCode(`${file}:${statement.line}`)} ${statement.findings.map((f) => inlineCode(f.rule)).join(" ")}</summary>`);
      out.push("");
      out.push(codeBlock(statement.sql));
      out.push("");
      for (const finding of statement.findings) {
        const rule = ruleById(finding.rule);
        out.push(`- **${escapeMarkdown(finding.rule)}** (${finding.severity}): ${escapeMarkdown(finding.message, 500)}`);
        if (rule) out.push(`  - Instead: ${escapeMarkdown(rule.alternative, 500)}`);
        if (finding.exemption) {
          const e = finding.exemption;
          out.push(`  - Exempted by ${inlineCode(e.id)} (owner ${escapeMarkdown(e.owner, 80)}, until ${e.expires}): ${escapeMarkdown(e.reason, 300)}`);
        }
      }
      const opt = statement.findings.find((f) => !f.exemption && (f.severity === "approval" || f.severity === "block"));
      if (opt) {
        out.push("", "To opt out (explicit, owned, expiring), add to the policy file:", "", codeBlock(exemptionSnippet(opt.rule, statement.digest, options.today), "yaml"));
      }
      out.push("");
      out.push(`Statement digest: ${inlineCode(statement.digest, 80)}`);
      out.push("</details>");
      out.push("");
    }
  }
  const effects = effectLines(report, 50);
  if (effects.lines.length) {
    out.push("### What this change does", "", "| Where | Effect | Judged |", "|---|---|---|");
    for (const e of effects.lines) out.push(`| ${inlineCode(`${e.file}:${e.line}`)} | ${escapeMarkdown(e.description, 300)} | ${e.rule ? inlineCode(e.rule) : `safe: ${escapeMarkdown(e.safe ?? "", 200)}`} |`);
    if (effects.more) out.push("", `_${effects.more} more effects are in the JSON report._`);
    out.push("");
  }
  out.push(...exemptionSection(report));
  out.push(`Plan digest: ${inlineCode(report.planDigest, 80)}`);
  const rehearsed = rehearsalLine(report);
  if (rehearsed) out.push(`
${escapeMarkdown(rehearsed.charAt(0).toUpperCase() + rehearsed.slice(1), 600)}.`);
  if (options.environment) out.push(`
The apply job will run in environment ${inlineCode(options.environment)}.`);
  out.push(`
Policy: ${report.policy === "defaults" ? "no policy file found, the catalog defaults apply" : inlineCode(report.policy)}.`);
  return `${out.join("\n")}
`;
}
function exemptionSection(report) {
  const { applied, expired, unused, refused } = report.exemptions;
  if (applied.length + expired.length + unused.length + refused.length === 0) return [];
  const row = (e, state) => `| ${inlineCode(e.id)} | ${inlineCode(e.rule)} | ${escapeMarkdown(e.owner, 80)} | ${e.expires} (${e.daysLeft} days) | ${state} | ${escapeMarkdown(e.reason, 300)} |`;
  return [
    "### Exemptions",
    "",
    "| Exemption | Rule | Owner | Expires | State | Reason |",
    "|---|---|---|---|---|---|",
    ...applied.map((e) => row(e, `applied at ${e.matches?.map((m) => inlineCode(`${m.path}:${m.line}`)).join(", ")}`)),
    ...refused.map((e) => row(e, `**not applied**: ${escapeMarkdown(e.why ?? "", 200)}`)),
    ...expired.map((e) => row(e, "**expired**: no longer applies")),
    ...unused.map((e) => row(e, "unused: matched nothing, remove it")),
    ""
  ];
}

// src/report/sarif.ts
var LEVEL = { block: "error", approval: "error", warning: "warning", info: "note" };
var SECURITY_SEVERITY = { block: "9.0", approval: "7.0", warning: "4.0", info: "1.0" };
function renderSarif(report) {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            informationUri: "https://github.com/migration-guard/migration-guard",
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.title,
              shortDescription: { text: rule.title },
              fullDescription: { text: rule.why },
              help: {
                text: `${rule.why}

Safer alternative: ${rule.alternative}`,
                markdown: `**Why:** ${rule.why}

**Safer alternative:** ${rule.alternative}`
              },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { category: rule.category, tags: [rule.category, "sql", "migration"], "security-severity": SECURITY_SEVERITY[rule.severity] }
            }))
          }
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
                artifactLocation: { uri: file, uriBaseId: "%SRCROOT%" },
                region: finding.line ? { startLine: finding.line } : { startLine: statement.line, startColumn: statement.column, endLine: statement.endLine, endColumn: statement.endColumn }
              }
            }
          ],
          partialFingerprints: { "statementDigest/v1": `${finding.rule}:${statement.digest}` },
          properties: { severity: finding.severity, category: finding.category, statementDigest: statement.digest },
          ...finding.exemption ? { suppressions: [{ kind: "external", status: "accepted", justification: `${finding.exemption.id}: ${finding.exemption.reason}` }] } : {}
        }))
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

// src/core/fail-on.ts
var LEVELS = ["approval", "block", "none"];
function parseFailOn(value, where) {
  if (!LEVELS.includes(value)) throw new InputError(`${where} ${JSON.stringify(value)}: expected approval, block or none.`);
  return value;
}
function failsOn(verdict, failOn) {
  if (failOn === "none") return false;
  if (failOn === "block") return verdict === "block";
  return verdict !== "pass";
}

export {
  renderJson,
  effectLines,
  rehearsalLine,
  exemptionSnippet,
  renderMarkdown,
  renderSarif,
  parseFailOn,
  failsOn
};
