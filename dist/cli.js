#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  effectLines,
  exemptionSnippet,
  failsOn,
  parseFailOn,
  rehearsalLine,
  renderJson,
  renderMarkdown,
  renderSarif
} from "./chunk-PSIZWIYK.js";
import "./chunk-HHNHS3CX.js";
import {
  loadPolicy,
  runScan
} from "./chunk-F72355UY.js";
import {
  CATEGORIES,
  DEFAULT_MAX_EXEMPTION_DAYS,
  DEFAULT_MAX_FILE_BYTES,
  DIALECTS,
  EXEMPTION_KEYS,
  EXIT,
  InputError,
  MAX_EXEMPTION_DAYS_CEILING,
  MAX_FILE_BYTES_CEILING,
  REQUIRED_EXEMPTION_KEYS,
  RULES,
  SEVERITIES,
  TOOLS,
  TOOL_VERSION,
  TOP_LEVEL_KEYS,
  countBySeverity,
  didYouMean,
  entryOf,
  failureOf,
  flaggedFindings,
  formatSize,
  isMigrationTool,
  normalizeDialect,
  parseSize,
  ruleById,
  statementCount,
  todayOf
} from "./chunk-QSGYCVYZ.js";
import "./chunk-IL3JVSOA.js";
import "./chunk-3HL5GMKQ.js";
import "./chunk-LF3FUY2S.js";

// src/cli/main.ts
import { writeFile } from "node:fs/promises";

// src/policy/schema.ts
function policyJsonSchema() {
  const ruleSettings = {
    type: "object",
    description: "Rule id \u2192 severity (or off).",
    propertyNames: { enum: RULES.map((r) => r.id) },
    additionalProperties: { enum: [...SEVERITIES, "off"] }
  };
  const globs = { type: "array", minItems: 1, items: { type: "string" } };
  const exemptionProperties = {
    id: { type: "string", minLength: 1, description: "A unique id, e.g. the ticket that justifies the opt-out." },
    rule: { enum: RULES.map((r) => r.id) },
    statement: { type: "string", pattern: "^sha256:[0-9a-f]{64}$", description: "Digest of the exact statement, as the report prints it." },
    reason: { type: "string", minLength: 1 },
    owner: { type: "string", minLength: 1, description: 'Team or person answerable for it, e.g. "@data-platform".' },
    expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: `Last day it applies; at most max-exemption-days (default ${DEFAULT_MAX_EXEMPTION_DAYS}) ahead.` },
    ticket: { type: "string" },
    revoked: { type: "boolean", description: "Revoke in one edit: a revoked exemption never applies." }
  };
  const topLevel = {
    version: { const: 1 },
    dialect: { enum: [...DIALECTS, "postgresql"] },
    migrations: { ...globs, description: "Globs of the migration files to scan." },
    rules: ruleSettings,
    overrides: {
      type: "array",
      description: "Per-path rule settings; the last matching override wins.",
      items: { type: "object", required: ["paths"], additionalProperties: false, properties: { paths: globs, rules: ruleSettings } }
    },
    "inline-exemptions": { type: "boolean", default: false, description: "Honour `-- migration-guard: allow \u2026` comments in migration files." },
    "max-exemption-days": { type: "integer", minimum: 1, maximum: MAX_EXEMPTION_DAYS_CEILING, default: DEFAULT_MAX_EXEMPTION_DAYS },
    "allow-block-exemptions": { type: "boolean", default: false, description: "Allow exemptions to lower findings at `block`." },
    "max-file-size": {
      type: ["string", "integer"],
      pattern: "^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]|[bB])?\\s*$",
      default: formatSize(DEFAULT_MAX_FILE_BYTES),
      description: `Largest migration file scanned (e.g. "50 MiB" for a pg_dump baseline); larger files are refused. At most ${formatSize(MAX_FILE_BYTES_CEILING)}.`
    },
    tool: {
      enum: [...TOOLS],
      default: "none",
      description: "The migration tool that applies these files: only the files and sections it runs are the plan (Flyway V*/R__ in version order, never U*; golang-migrate *.up.sql; dbmate and node-pg-migrate up sections; sqitch deploy/ in sqitch.plan order; Prisma */migration.sql)."
    },
    rehearse: {
      enum: ["auto", "required", "off"],
      default: "auto",
      description: "Run the change on a shadow database built from the earlier migrations and judge what it does (auto: when there is a history; required: not rehearsed is the finding not-rehearsed; off)."
    },
    "shadow-url": {
      type: "string",
      pattern: "^(postgres(ql)?|mysql)://",
      description: "A throwaway server to rehearse on: PostgreSQL (postgres://) instead of the embedded PGlite, or MySQL/MariaDB (mysql://), which have no embedded shadow. A database is created and dropped on it for each rehearsal."
    },
    "rehearse-timeout": {
      type: "number",
      exclusiveMinimum: 0,
      maximum: 3600,
      default: 60,
      description: "Seconds one statement may run on the shadow database (history or change) before it is stopped; the rehearsal then stops and the statement is the finding rehearsal-failed. SQLite (in-process) is not limited."
    },
    "max-rows": {
      type: "object",
      additionalProperties: false,
      properties: Object.fromEntries(["insert", "update", "delete"].map((k) => [k, { type: "integer", minimum: 0 }])),
      description: "The most rows one run through the gateway may insert, update or delete per table (measured before COMMIT; a run above it is rolled back). The plan shows the bounds to reviewers."
    },
    exemptions: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [...REQUIRED_EXEMPTION_KEYS],
        properties: Object.fromEntries(EXEMPTION_KEYS.map((k) => [k, exemptionProperties[k]]))
      }
    }
  };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://github.com/migration-guard/migration-guard/blob/main/schema/migration-guard.schema.json",
    title: "migration-guard policy",
    type: "object",
    required: ["version"],
    additionalProperties: false,
    properties: Object.fromEntries(TOP_LEVEL_KEYS.map((k) => [k, topLevel[k]]))
  };
}

// src/cli/main.ts
import { parseArgs as parseArgs2 } from "node:util";

// src/report/text.ts
var ANSI = { red: "\x1B[31m", yellow: "\x1B[33m", cyan: "\x1B[36m", dim: "\x1B[2m", bold: "\x1B[1m", reset: "\x1B[0m" };
function renderText(report, options) {
  const paint = (color, text) => options.color ? `${ANSI[color]}${text}${ANSI.reset}` : text;
  const severityColor = { block: "red", approval: "red", warning: "yellow", info: "cyan" };
  const lines = [];
  const flagged = flaggedFindings(report);
  for (const { file, statement, finding } of flagged) {
    const rule = ruleById(finding.rule);
    const where = `${file}:${finding.line ?? statement.line}:${finding.line ? 1 : statement.column}`;
    if (options.compact) {
      const exempted = finding.exemption ? ` (exempted by ${finding.exemption.id})` : "";
      lines.push(`${where}: ${paint(severityColor[finding.severity], finding.severity)} ${finding.rule}: ${oneLine(finding.message)}${exempted}`);
      continue;
    }
    lines.push(`${paint("bold", where)}  ${paint(severityColor[finding.severity], finding.severity.toUpperCase())}  ${finding.rule}`);
    lines.push(`  ${finding.message}`);
    lines.push(paint("dim", `  > ${oneLine(statement.sql)}`));
    if (rule && options.explain) {
      lines.push(`  why: ${rule.why}`);
      lines.push(`  instead: ${rule.alternative}`);
    }
    if (finding.exemption) {
      lines.push(paint("cyan", `  exempted by ${finding.exemption.id} (${finding.exemption.owner}) until ${finding.exemption.expires}: ${finding.exemption.reason}`));
    } else if (options.explain && (finding.severity === "approval" || finding.severity === "block")) {
      lines.push(paint("dim", `  to opt out, add to the policy file:
${indent(exemptionSnippet(finding.rule, statement.digest, options.today), 4)}`));
    }
    lines.push(paint("dim", `  statement ${statement.digest}`));
    lines.push("");
  }
  if (options.compact && flagged.length) lines.push("");
  const byRule = ruleSummary(flagged.map((f) => f.finding));
  if (byRule.length) {
    lines.push(paint("bold", "by rule:"));
    for (const r of byRule) lines.push(`  ${r.rule.padEnd(Math.max(...byRule.map((x) => x.rule.length)))}  ${String(r.count).padStart(5)}  ${paint(severityColor[r.severity], r.severity)}${r.exempted ? paint("dim", ` (${r.exempted} exempted)`) : ""}`);
    if (!options.explain) lines.push(paint("dim", `  why each rule matters and what to do instead: migration-guard rules ${byRule[0].rule} (or scan --explain)`));
    lines.push("");
  }
  const { applied, expired, unused, refused } = report.exemptions;
  for (const e of applied) lines.push(`exemption ${e.id} (${e.owner}, ${e.daysLeft} days left) lowered ${e.rule} at ${e.matches?.map((m) => `${m.path}:${m.line}`).join(", ")}: ${e.reason}`);
  for (const e of expired) lines.push(paint("yellow", `exemption ${e.id} (${e.owner}) expired on ${e.expires} and no longer applies (${e.file}:${e.line})`));
  for (const e of refused) lines.push(paint("yellow", `exemption ${e.id} (${e.owner}) was not applied: ${e.why}`));
  for (const e of unused) lines.push(paint("dim", `exemption ${e.id} (${e.owner}) matched nothing: remove it (${e.file}:${e.line})`));
  if (applied.length + expired.length + refused.length + unused.length > 0) lines.push("");
  const effects = effectLines(report);
  if (effects.lines.length) {
    lines.push(paint("bold", "What this change does (to what existed before it):"));
    for (const e of effects.lines) lines.push(`  ${e.file}:${e.line}  ${e.description}  ${paint(e.rule ? "yellow" : "dim", e.rule ? `[${e.rule}]` : `[safe: ${e.safe}]`)}`);
    if (effects.more) lines.push(`  \u2026 and ${effects.more} more (JSON report: statements[].effects)`);
    lines.push("");
  }
  const counts = countBySeverity(report);
  const verdictColor = report.verdict === "pass" ? "cyan" : report.verdict === "approval" ? "yellow" : "red";
  lines.push(
    `${paint("bold", "verdict:")} ${paint(verdictColor, report.verdict)}  (${report.files.length} file${report.files.length === 1 ? "" : "s"}, ${statementCount(report)} statements; ${counts.block} block, ${counts.approval} approval, ${counts.warning} warning, ${counts.info} info)`
  );
  lines.push(`plan digest: ${report.planDigest}`);
  const rehearsed = rehearsalLine(report);
  if (rehearsed) lines.push(rehearsed);
  lines.push(`policy: ${report.policy === "defaults" ? "none found, catalog defaults apply" : report.policy}`);
  return `${lines.join("\n")}
`;
}
function ruleSummary(findings) {
  const order = { block: 0, approval: 1, warning: 2, info: 3 };
  const rules = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const entry = rules.get(f.rule) ?? { rule: f.rule, count: 0, severity: f.severity, exempted: 0 };
    entry.count++;
    if (f.exemption) entry.exempted++;
    if (order[f.severity] < order[entry.severity]) entry.severity = f.severity;
    rules.set(f.rule, entry);
  }
  return [...rules.values()].sort((a, b) => order[a.severity] - order[b.severity] || b.count - a.count || a.rule.localeCompare(b.rule));
}
function indent(text, spaces) {
  return text.replace(/^/gm, " ".repeat(spaces));
}
function oneLine(sql) {
  const flat = sql.replace(/\s+/g, " ").trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}

// src/cli/exemptions-list.ts
import { parseArgs } from "node:util";
var EXPIRING_WITHIN_DAYS = 7;
async function exemptionsCommand(args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { config: { type: "string" }, format: { type: "string", default: "text" }, dialect: { type: "string" }, debug: { type: "boolean" } }
  });
  if (!["text", "json"].includes(values.format)) throw new InputError(`--format ${values.format}: expected text or json.`);
  const today = todayOf();
  const policy = await loadPolicy(io.cwd, values.config, today);
  const report = await runScan({ cwd: io.cwd, patterns: positionals, config: values.config, today, rehearse: "off" });
  const listed = [
    ...report.exemptions.applied.map((e) => ({ ...e, state: e.daysLeft < EXPIRING_WITHIN_DAYS ? "expiring" : "active" })),
    ...report.exemptions.refused.map((e) => ({ ...e, state: e.daysLeft < EXPIRING_WITHIN_DAYS ? "expiring" : "active" })),
    ...report.exemptions.expired.map((e) => ({ ...e, state: "expired" })),
    ...report.exemptions.unused.map((e) => ({ ...e, state: "unused" })),
    ...policy.exemptions.filter((e) => e.revoked).map((e) => ({ ...entryOf(e, today), state: "revoked" }))
  ];
  if (values.format === "json") io.stdout(`${JSON.stringify({ today, exemptions: listed }, null, 2)}
`);
  else io.stdout(renderList(listed));
  return listed.some((e) => e.state === "expired") ? 1 : 0;
}
function renderList(listed) {
  if (listed.length === 0) return "no exemptions\n";
  const rows = listed.map((e) => [e.state, e.id, e.rule, e.owner, e.state === "expired" ? `expired ${-e.daysLeft}d ago` : `${e.daysLeft}d left`, `${e.file}:${e.line}`, e.reason]);
  const widths = rows[0].map((_, k) => Math.min(40, Math.max(...rows.map((r) => r[k].length))));
  const line = (r) => r.map((cell, k) => k === r.length - 1 ? cell : cell.padEnd(widths[k])).join("  ");
  return `${line(["STATE", "ID", "RULE", "OWNER", "EXPIRES", "WHERE", "REASON"])}
${rows.map(line).join("\n")}
`;
}

// src/cli/rules-doc.ts
function renderRulesMarkdown() {
  const out = [
    "# Rules",
    "",
    "<!-- Generated by `migration-guard rules --format markdown` from src/scan/rules/. Do not edit by hand: run `npm run docs`. -->",
    "",
    "Severities: `block` fails the plan, `approval` needs a reviewer, `warning` and `info` are reported only.",
    "Override any of them in the policy file (`rules: { <id>: <severity|off> }`).",
    "",
    "| Rule | Category | Default | Dialects |",
    "|---|---|---|---|"
  ];
  for (const rule of RULES) {
    out.push(`| [\`${rule.id}\`](#${rule.id}) | ${rule.category} | ${rule.severity} | ${rule.dialects ? rule.dialects.join(", ") : "all"} |`);
  }
  for (const category of CATEGORIES) {
    out.push("", `## ${category}`);
    for (const rule of RULES.filter((r) => r.category === category)) {
      out.push("", `### ${rule.id}`, "", `**${rule.title}** \xB7 default severity \`${rule.severity}\``, "", `**Why it matters.** ${rule.why}`, "", `**Safer alternative.** ${rule.alternative}`);
    }
  }
  return `${out.join("\n")}
`;
}
function renderRulesText() {
  const width = Math.max(...RULES.map((r) => r.id.length));
  return `${RULES.map((r) => `${r.id.padEnd(width)}  ${r.category.padEnd(21)}  ${r.severity.padEnd(8)}  ${r.title}`).join("\n")}
`;
}

// src/cli/main.ts
var USAGE = `Usage: migration-guard <command> [options]

Commands:
  demo                   Run the whole loop locally: plan, approval, gateway, audit
  scan [PATH|GLOB ...]   Scan migration files and report findings
  rules [RULE ...] [--format text|markdown]
                         List the rule catalog, or say what each RULE catches, why, and what to do instead
  policy check [--config FILE]
                         Validate the policy file (exit 2 when invalid)
  policy schema          Print the policy file's JSON Schema
  exemptions list [--config FILE] [--format text|json]
                         Every exemption with owner, days left and state;
                         exit 1 when any has expired
  gateway --config gateway.yml [--port N] [--log-format json|text]
                         Run the reference gateway (records as JSON lines on stderr; json: start-up lines too)
  gateway reviewer-token Make a reviewer credential and its hash for the config
  gateway test-issuer --audience AUD [--repository R] [--environment E] [--claims JSON] [--port N]
                         FOR TESTING ONLY: a local OIDC issuer, its config lines and tokens, to try a gateway before
                         GitHub is wired
  gateway health --config gateway.yml [--port N]
                         Probe the gateway's listeners as configured (TLS included): exit 1 if one fails
  gateway new-encryption-key
                         Print a new key-encryption key (for keys.encryption-key-file)
  gateway rotate-encryption-key --config gateway.yml --new-key-file FILE
                         Re-seal the store's keys with a new key-encryption key
  gateway rotate-key --config gateway.yml
                         Store a new session-signing key (replicas sign with it within sessions.key-reload seconds)
  gateway retire-key KID --config gateway.yml
                         Retire a session-signing key: replicas stop signing with it and refuse what it signed
  session list|revoke --config gateway.yml [SESSION --reason TEXT] [--connection NAME] [--all]
                         The open sessions of a deployment; revoke one (its token refused, its run or connections ended)
  audit verify|export|key|prune --config gateway.yml [--format jsonl] [--after-seq N] [--follow]
        [--through-seq N] [--public-key FILE] [--witness SEQ:HASH]
                         Check the sealed audit chain (exit 1 if tampered), export it (--follow: as records commit,
                         resumable with --after-seq), print its public keys, or prune it through a checkpoint
  ledger list|verify --config gateway.yml [--connection NAME] [MIGRATIONS ...]
                         What a connection's database has applied; verify: exit 1 if an applied file changed
  run [MIGRATIONS ...] --gateway URL --connection NAME --plan-digest D -- <command>
                         Apply with your migration tool through the gateway's wire endpoint
                         (OIDC token in MIGRATION_GUARD_ID_TOKEN, or GitHub's runner)
  review approve|reject|show <session> --gateway URL [--comment TEXT]
                         Gateway-side review (token in MIGRATION_GUARD_REVIEWER_TOKEN)

Scan options:
  --dialect D            postgres (default), mysql, mariadb, sqlite
  --config FILE          Policy file (default .github/migration-guard.yml)
  --format F             text (default), compact (one line per finding), json, sarif, markdown
  --explain              With each finding in text: why the rule matters, what to do instead, how to opt out
  --output FILE          Write the report to FILE instead of stdout
  --fail-on LEVEL        approval (default), block, none
  --base GIT_REF         Only scan files changed since GIT_REF
  --max-file-size SIZE   Largest file to scan (default 5MiB, or the policy's max-file-size)
  --rehearse MODE        auto (default, or the policy's rehearse): run the change on a shadow database built from
                         the earlier migrations and judge what it does; required (not rehearsed is a finding); off
  --shadow-url URL       A throwaway PostgreSQL server to rehearse on instead of the embedded PGlite
  --tool TOOL            The migration tool that applies the files (policy key tool): prisma, flyway, golang-migrate,
                         dbmate, node-pg-migrate, sqitch, rails, alembic, knex, none; only what it runs is scanned
  --debug                Show stack traces on internal errors

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it (or a refusal by the gateway),
2 usage, configuration or input error, 3 internal error (a bug: please report it).
`;
function commandHelp(command) {
  const lines = USAGE.split("\n");
  const commands = lines.slice(lines.indexOf("Commands:") + 1, lines.indexOf("Scan options:"));
  const entries = [];
  for (const line of commands) {
    if (/^ {2}\S/.test(line)) entries.push([line]);
    else if (/^ {3,}\S/.test(line)) entries[entries.length - 1]?.push(line);
  }
  const own = entries.filter((entry) => entry[0].trim().split(/\s+/)[0] === command).flat();
  if (!own.length) return void 0;
  const options = command === "scan" ? ["", ...lines.slice(lines.indexOf("Scan options:"), lines.findIndex((l) => l.startsWith("Exit codes:")) - 1)] : [];
  const exits = lines.slice(lines.findIndex((l) => l.startsWith("Exit codes:"))).filter(Boolean);
  return [`Usage: migration-guard ${command} \u2026`, "", ...own, ...options, "", ...exits, ""].join("\n");
}
async function runCli(argv, io) {
  const [command, ...rest] = argv;
  const debug = rest.includes("--debug");
  const beforeSeparator = rest.includes("--") ? rest.slice(0, rest.indexOf("--")) : rest;
  const helpFor = command === "help" ? rest[0] : beforeSeparator.some((a) => a === "--help" || a === "-h") ? command : void 0;
  if (helpFor) {
    const help = commandHelp(helpFor);
    if (help) {
      io.stdout(help);
      return EXIT.ok;
    }
  }
  try {
    switch (command) {
      case "scan":
        return await scanCommand(rest, io);
      case "rules":
        return rulesCommand(rest, io);
      case "policy":
        return await policyCommand(rest, io);
      // The gateway, its embedded PostgreSQL and the demo load only when asked for: scans start faster and lighter.
      case "demo":
        return await (await import("./demo-PDELQ3PH.js")).runDemo((line) => io.stdout(`${line}
`));
      case "gateway":
        return await (await import("./gateway-commands-SYYQXWAO.js")).gatewayCommand(rest, io);
      case "audit":
        return await (await import("./gateway-commands-SYYQXWAO.js")).auditCommand(rest, io);
      case "review":
        return await (await import("./gateway-commands-SYYQXWAO.js")).reviewCommand(rest, io);
      case "ledger":
        return await (await import("./gateway-commands-SYYQXWAO.js")).ledgerCommand(rest, io);
      case "session":
        return await (await import("./operator-commands-5DLMMSTA.js")).sessionCommand(rest, io);
      case "run":
        return await (await import("./run-command-BLKOJ5BM.js")).runCommand(rest, io);
      case "exemptions":
        if (rest[0] !== "list") throw new InputError("usage: migration-guard exemptions list [--config FILE] [--format text|json]");
        return await exemptionsCommand(rest.slice(1), io);
      case "--version":
      case "-v":
        io.stdout(`${TOOL_VERSION}
`);
        return EXIT.ok;
      case void 0:
      case "--help":
      case "-h":
      case "help":
        io.stdout(USAGE);
        return command === void 0 ? EXIT.usage : EXIT.ok;
      default:
        io.stderr(`migration-guard: unknown command "${command}".

${USAGE}`);
        return EXIT.usage;
    }
  } catch (error) {
    const failure = failureOf(error);
    const hint = !failure.internal ? "" : debug ? `${error.stack}
` : "Run again with --debug for a stack trace, and report it.\n";
    io.stderr(`migration-guard: ${failure.message}
${hint}`);
    return failure.exitCode;
  }
}
async function scanCommand(args, io) {
  const { values, positionals } = parseArgs2({
    args,
    allowPositionals: true,
    options: {
      dialect: { type: "string" },
      config: { type: "string" },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      "fail-on": { type: "string", default: "approval" },
      base: { type: "string" },
      "max-file-size": { type: "string" },
      tool: { type: "string" },
      rehearse: { type: "string" },
      "shadow-url": { type: "string" },
      explain: { type: "boolean", default: false },
      debug: { type: "boolean", default: false }
    }
  });
  const rehearse = values.rehearse;
  if (rehearse !== void 0 && rehearse !== "auto" && rehearse !== "required" && rehearse !== "off") throw new InputError(`--rehearse ${rehearse}: expected auto, required or off.`);
  if (values["shadow-url"] !== void 0 && !/^(postgres(ql)?|mysql):\/\//.test(values["shadow-url"])) throw new InputError("--shadow-url: expected a postgres:// or mysql:// URL of a throwaway server.");
  const maxFileBytes = values["max-file-size"] === void 0 ? void 0 : parseSize(values["max-file-size"]);
  if (values["max-file-size"] !== void 0 && maxFileBytes === void 0) {
    throw new InputError(`--max-file-size ${values["max-file-size"]}: expected a size such as "50MiB", at most ${formatSize(MAX_FILE_BYTES_CEILING)}.`);
  }
  const dialect = values.dialect === void 0 ? void 0 : normalizeDialect(values.dialect);
  if (values.dialect !== void 0 && !dialect) throw new InputError(`--dialect ${values.dialect}: expected postgres, mysql, mariadb or sqlite.`);
  const format = values.format;
  if (!["text", "compact", "json", "sarif", "markdown"].includes(format)) throw new InputError(`--format ${format}: expected text, compact, json, sarif or markdown.`);
  const failOn = parseFailOn(values["fail-on"], "--fail-on");
  if (values.tool !== void 0 && !isMigrationTool(values.tool)) throw new InputError(`--tool ${values.tool}: expected one of ${TOOLS.join(", ")}.`);
  const tool = values.tool;
  const report = await runScan({
    cwd: io.cwd,
    patterns: positionals,
    dialect,
    config: values.config,
    base: values.base,
    maxFileBytes,
    tool,
    ...rehearse ? { rehearse } : {},
    ...values["shadow-url"] ? { shadowUrl: values["shadow-url"] } : {},
    onProgress: (message) => io.stderr(`migration-guard: ${message}
`)
  });
  const rendered = render(report, format, { color: io.isTTY && !values.output, today: todayOf(), explain: values.explain === true });
  if (values.output) await writeFile(values.output, rendered);
  else io.stdout(rendered);
  return failsOn(report.verdict, failOn) ? EXIT.findings : EXIT.ok;
}
function render(report, format, options) {
  switch (format) {
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report);
    case "markdown":
      return renderMarkdown(report, { today: options.today });
    case "compact":
      return renderText(report, { ...options, compact: true });
    default:
      return renderText(report, options);
  }
}
function rulesCommand(args, io) {
  const { values, positionals } = parseArgs2({ args, allowPositionals: true, options: { format: { type: "string", default: "text" }, debug: { type: "boolean" } } });
  if (positionals.length) {
    for (const id of positionals) {
      const rule = ruleById(id);
      if (!rule) throw new InputError(`no rule ${id}${didYouMean(id, RULES.map((r) => r.id))}; \`migration-guard rules\` lists them.`);
      io.stdout(`${rule.id}  (${rule.category}, default ${rule.severity})
  ${rule.title}
  why: ${rule.why}
  instead: ${rule.alternative}
`);
    }
    return EXIT.ok;
  }
  if (values.format === "markdown") io.stdout(renderRulesMarkdown());
  else if (values.format === "text") io.stdout(renderRulesText());
  else throw new InputError(`--format ${values.format}: expected text or markdown.`);
  return EXIT.ok;
}
async function policyCommand(args, io) {
  const { values, positionals } = parseArgs2({ args, allowPositionals: true, options: { config: { type: "string" }, debug: { type: "boolean" } } });
  if (positionals[0] === "schema") {
    io.stdout(`${JSON.stringify(policyJsonSchema(), null, 2)}
`);
    return EXIT.ok;
  }
  if (positionals[0] !== "check") throw new InputError("usage: migration-guard policy check|schema [--config FILE]");
  const policy = await loadPolicy(io.cwd, values.config, todayOf());
  if (policy.source === "defaults") {
    io.stdout("no policy file found (.github/migration-guard.yml): the catalog defaults apply\n");
    return EXIT.ok;
  }
  io.stdout(
    `${policy.source}: valid (dialect ${policy.dialect ?? "postgres (default)"}, ${Object.keys(policy.rules).length} rule overrides, ${policy.overrides.length} path overrides, ${policy.exemptions.length} exemptions, inline exemptions ${policy.inlineExemptions ? "honoured" : "ignored"})
`
  );
  return EXIT.ok;
}

// src/cli.ts
var code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: !!process.stdout.isTTY && !process.env.NO_COLOR
});
process.exitCode = code;
