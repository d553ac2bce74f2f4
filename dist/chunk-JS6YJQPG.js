import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  ConfigError,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_POLICY,
  InputError,
  RULES,
  addDays,
  countBySeverity,
  evaluate,
  flaggedFindings,
  formatSize,
  parsePolicy,
  require_picomatch,
  ruleById,
  statementCount,
  todayOf
} from "./chunk-VNVHXNHZ.js";
import {
  __toESM
} from "./chunk-LF3FUY2S.js";

// src/workspace/policy-file.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var DEFAULT_POLICY_PATHS = [".github/migration-guard.yml", ".github/migration-guard.yaml"];
async function loadPolicy(cwd, configPath, today) {
  const candidates = configPath ? [configPath] : DEFAULT_POLICY_PATHS;
  for (const candidate of candidates) {
    const text = await readFile(resolve(cwd, candidate), "utf8").catch((error) => {
      if (error.code === "ENOENT" && !configPath) return void 0;
      throw new InputError(`${candidate}: cannot read the policy file (${error.code ?? error.message}).`);
    });
    if (text === void 0) continue;
    try {
      return parsePolicy(text, candidate, { today });
    } catch (error) {
      if (error instanceof ConfigError) throw new InputError(`invalid policy: ${error.message}`);
      throw error;
    }
  }
  return DEFAULT_POLICY;
}

// src/workspace/files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve as resolve2, sep } from "node:path";
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules"]);
var toPosix = (path) => path.split(sep).join("/");
function isInside(root, path) {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function walk(directory, out) {
  const entries = readdirSync(directory, { withFileTypes: true });
  for (const entry of entries) {
    if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.toLowerCase().endsWith(".sql")) out.push(path);
  }
}
function statOrUndefined(path) {
  try {
    return statSync(path);
  } catch {
    return void 0;
  }
}
var isGlob = (pattern) => /[*?[\]{}]/.test(pattern);
async function discoverFiles(cwd, patterns) {
  const found = /* @__PURE__ */ new Set();
  let everything;
  for (const pattern of patterns) {
    if (isGlob(pattern)) {
      if (!everything) {
        everything = [];
        walk(cwd, everything);
      }
      const matches = (0, import_picomatch.default)(toPosix(pattern).replace(/^\.\//, ""), { dot: false });
      for (const file of everything) if (matches(toPosix(relative(cwd, file)))) found.add(file);
      continue;
    }
    const path = resolve2(cwd, pattern);
    const info = statOrUndefined(path);
    if (!info) throw new InputError(`${pattern}: no such file or directory. Pass migration files, directories or globs that exist.`);
    if (info.isDirectory()) {
      const files = [];
      walk(path, files);
      for (const file of files) found.add(file);
    } else found.add(path);
  }
  return [...found].sort((a, b) => toPosix(relative(cwd, a)) < toPosix(relative(cwd, b)) ? -1 : 1);
}
async function readSources(cwd, files, maxFileBytes = DEFAULT_MAX_FILE_BYTES) {
  const root = realpathSync.native(cwd);
  const sources = [];
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (const file of files) {
    const display = toPosix(relative(cwd, file));
    let target;
    try {
      target = realpathSync.native(file);
    } catch {
      throw new InputError(`${display}: cannot resolve the file (broken symlink?).`);
    }
    if (isInside(cwd, file) && !isInside(root, target)) {
      throw new InputError(`${display}: resolves to ${target}, outside the working directory (through a symlink); refusing to scan it. Copy the file into the repository instead.`);
    }
    const info = statSync(target);
    if (!info.isFile()) throw new InputError(`${display}: not a regular file.`);
    if (info.size > maxFileBytes) {
      throw new InputError(
        `${display}: ${formatSize(info.size)} is larger than the ${formatSize(maxFileBytes)} limit for a migration file; split it into smaller migrations, or raise the limit with \`max-file-size\` in the policy file (or --max-file-size) if it is a legitimate baseline such as a pg_dump.`
      );
    }
    const bytes = readFileSync(target);
    if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${display}: looks binary (contains NUL bytes); migration files must be UTF-8 text.`);
    let text;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new InputError(`${display}: is not valid UTF-8; re-encode it as UTF-8 before scanning.`);
    }
    sources.push({ path: display, text });
  }
  return sources;
}

// src/workspace/git.ts
import { execFile } from "node:child_process";
import { resolve as resolve3 } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function git(cwd, args) {
  const { stdout } = await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}
async function hasCommit(cwd, ref) {
  return git(cwd, ["cat-file", "-e", `${ref}^{commit}`]).then(
    () => true,
    () => false
  );
}
async function fetchCommit(cwd, ref) {
  if (await hasCommit(cwd, ref)) return true;
  await git(cwd, ["fetch", "--no-tags", "--depth=1", "origin", ref]).catch(() => void 0);
  return hasCommit(cwd, ref);
}
async function changedFilesSince(cwd, base) {
  if (!/^[\w./@^~{}-]+$/.test(base) || base.startsWith("-")) throw new InputError(`--base ${JSON.stringify(base)} is not a valid git ref.`);
  if (!await hasCommit(cwd, base)) {
    throw new InputError(`--base ${base}: commit not found in this clone. Fetch it first (git fetch origin ${base}) or use a full clone (fetch-depth: 0).`);
  }
  const top = (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  const out = await git(cwd, ["diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMRT", base, "--"]);
  const untracked = await git(cwd, ["ls-files", "-z", "--others", "--exclude-standard"]);
  const files = /* @__PURE__ */ new Set();
  for (const name of `${out}\0${untracked}`.split("\0")) if (name) files.add(resolve3(top, name));
  return files;
}

// src/workspace/plan-run.ts
async function runScan(request) {
  const today = request.today ?? todayOf();
  const policy = await loadPolicy(request.cwd, request.config, today);
  const dialect = request.dialect ?? policy.dialect ?? "postgres";
  const patterns = request.patterns.length > 0 ? request.patterns : policy.migrations.length > 0 ? policy.migrations : ["."];
  let files = await discoverFiles(request.cwd, patterns);
  const changed = request.changed ?? (request.base ? await changedFilesSince(request.cwd, request.base) : void 0);
  if (changed) files = files.filter((file) => changed.has(file));
  request.onProgress?.(`scanning ${files.length} file${files.length === 1 ? "" : "s"} as ${dialect}`);
  const sources = await readSources(request.cwd, files, request.maxFileBytes ?? policy.maxFileBytes);
  return evaluate({ sources, policy, dialect, today, partial: changed !== void 0 });
}

// src/report/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/escape.ts
function escapeMarkdown(text, maxLength = 500) {
  return bound(text, maxLength).replace(/[\\`*_{}[\]()#+!|~<>&]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/@/g, "@\u200B").replace(/\r?\n/g, " ");
}
function codeBlock(code, language = "sql", maxLength = 4e3) {
  const content = bound(code, maxLength);
  const longest = Math.max(2, ...Array.from(content.matchAll(/`+/g), (m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}
${content}
${fence}`;
}
function inlineCode(text, maxLength = 120) {
  const content = bound(text.replace(/\s+/g, " "), maxLength);
  return `<code>${content.replace(/[&<>|\\`*_[\]]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/@/g, "@\u200B")}</code>`;
}
function bound(text, maxLength) {
  return text.length > maxLength ? `${text.slice(0, maxLength)}\u2026 (${text.length - maxLength} more characters)` : text;
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
  out.push(...exemptionSection(report));
  out.push(`Plan digest: ${inlineCode(report.planDigest, 80)}`);
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
  escapeMarkdown,
  inlineCode,
  bound,
  fetchCommit,
  changedFilesSince,
  loadPolicy,
  runScan,
  renderJson,
  exemptionSnippet,
  renderMarkdown,
  renderSarif,
  parseFailOn,
  failsOn
};
