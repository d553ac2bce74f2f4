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
  detectTool,
  evaluate,
  formatSize,
  parsePolicy,
  require_picomatch,
  selectForTool,
  todayOf,
  upSection
} from "./chunk-QSGYCVYZ.js";
import {
  rehearse
} from "./chunk-IL3JVSOA.js";
import {
  __toESM
} from "./chunk-LF3FUY2S.js";

// src/workspace/plan-run.ts
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { join as join3, relative as relativePath, resolve as resolvePath } from "node:path";

// src/workspace/files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
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
    const path = resolve(cwd, pattern);
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
import { resolve as resolve2 } from "node:path";
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
  for (const name of `${out}\0${untracked}`.split("\0")) if (name) files.add(resolve2(top, name));
  return files;
}

// src/workspace/policy-file.ts
import { readFile } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";
var DEFAULT_POLICY_PATHS = [".github/migration-guard.yml", ".github/migration-guard.yaml"];
async function loadPolicy(cwd, configPath, today) {
  const candidates = configPath ? [configPath] : DEFAULT_POLICY_PATHS;
  for (const candidate of candidates) {
    const text = await readFile(resolve3(cwd, candidate), "utf8").catch((error) => {
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

// src/workspace/rehearsal.ts
import { join as join2 } from "node:path";
function shadowCacheDir() {
  const configured = process.env.MIGRATION_GUARD_SHADOW_CACHE;
  if (configured === "off") return void 0;
  if (configured) return configured;
  return process.env.RUNNER_TEMP ? join2(process.env.RUNNER_TEMP, "migration-guard-shadow") : void 0;
}
function rehearsalOf(request) {
  return async (files) => {
    const { policy, dialect } = request;
    if (policy.rehearse === "off") return { summary: { status: "off" } };
    const not = (why) => {
      request.onProgress?.(`not rehearsed: ${why}`);
      return { summary: { status: "not-rehearsed", why } };
    };
    const shadowUrl = request.shadowUrl ?? policy.shadowUrl;
    const mysqlFamily = dialect === "mysql" || dialect === "mariadb";
    if (mysqlFamily && !shadowUrl?.startsWith("mysql://")) return not(`${dialect} is rehearsed on a server of its own: set shadow-url to a throwaway ${dialect} server (mysql://\u2026; in GitHub Actions a services: container)`);
    const history = await request.history();
    if (!history.length) return not("no history: every migration of the plan is part of the change (scan with --base, or changed-only in the action, so that the earlier files build the shadow)");
    const change = files.flatMap((file) => file.statements.map((statement) => ({ path: file.path, index: statement.index, sql: statement.sql })));
    if (!change.length) return { summary: { status: "rehearsed", historyFiles: history.length } };
    const shadowName = dialect === "sqlite" ? "sqlite" : mysqlFamily ? `${dialect} (shadow-url)` : shadowUrl ? "postgres (shadow-url)" : "pglite";
    let shadow;
    try {
      const timeoutMs = policy.rehearseTimeout * 1e3;
      if (dialect === "sqlite") shadow = await (await import("./shadow-sqlite-3MHSR3FL.js")).sqliteShadow();
      else if (mysqlFamily) shadow = await (await import("./shadow-mysql-TWFL2Q2N.js")).mysqlShadow(shadowUrl, timeoutMs);
      else if (shadowUrl) shadow = await (await import("./shadow-postgres-KOCEXE3D.js")).postgresShadow(shadowUrl, timeoutMs);
      else shadow = await (await import("./shadow-pglite-VOAIRE72.js")).pgliteShadow(shadowCacheDir(), [...history.map((f) => f.text), ...change.map((s) => s.sql)].join("\n"), timeoutMs);
    } catch (error) {
      return not(`the shadow database could not be opened: ${error.message.slice(0, 300)}`);
    }
    const started = performance.now();
    try {
      const rehearsal = await rehearse(shadow, history, change, request.onProgress);
      if (rehearsal.status === "not-rehearsed") return not(rehearsal.why);
      request.onProgress?.(`rehearsed in ${((performance.now() - started) / 1e3).toFixed(1)}s on ${shadowName}${rehearsal.notRehearsed ? `; stopped: ${rehearsal.notRehearsed.why}` : ""}`);
      return { summary: { status: "rehearsed", shadow: shadowName, historyFiles: history.length, ...rehearsal.notRehearsed ? { why: rehearsal.notRehearsed.why } : {} }, rehearsal };
    } finally {
      await shadow.close().catch(() => void 0);
    }
  };
}

// src/workspace/plan-run.ts
async function runScan(request) {
  const today = request.today ?? todayOf();
  const policy = await loadPolicy(request.cwd, request.config, today);
  const dialect = request.dialect ?? policy.dialect ?? "postgres";
  const patterns = request.patterns.length > 0 ? request.patterns : policy.migrations.length > 0 ? policy.migrations : ["."];
  const discovered = await discoverFiles(request.cwd, patterns);
  let files = discovered;
  const changed = request.changed ?? (request.base ? await changedFilesSince(request.cwd, request.base) : void 0);
  if (changed) files = files.filter((file) => changed.has(file));
  const tool = request.tool ?? policy.tool;
  files = selectedForTool(request, tool, files, true);
  request.onProgress?.(`scanning ${files.length} file${files.length === 1 ? "" : "s"} as ${dialect}${tool === "none" ? "" : ` (tool ${tool})`}`);
  const sources = (await readSources(request.cwd, files, request.maxFileBytes ?? policy.maxFileBytes)).map((source) => {
    const up = upSection(tool, source.text);
    if (up.blanked) request.onProgress?.(`${source.path}: ${up.blanked} line${up.blanked === 1 ? "" : "s"} of down section not scanned (${tool} runs the up section)`);
    return { ...source, text: up.text, ...up.problem ? { toolProblem: up.problem } : {} };
  });
  if (tool === "none") {
    const guess = detectTool(sources);
    if (guess) request.onProgress?.(`hint: ${guess.because}, as with ${guess.tool}: set \`tool: ${guess.tool}\` in the policy (or --tool ${guess.tool}) so that only what it runs is scanned and planned`);
  }
  const inChange = new Set(files);
  const history = async () => {
    const universe = changed ? discovered : request.patterns.length > 0 && policy.migrations.length > 0 ? await discoverFiles(request.cwd, policy.migrations) : [];
    const historyFiles = selectedForTool(request, tool, universe.filter((file) => !inChange.has(file)), false);
    return (await readSources(request.cwd, historyFiles, request.maxFileBytes ?? policy.maxFileBytes)).map((source) => ({ path: source.path, text: upSection(tool, source.text).text }));
  };
  const rehearsePolicy = { ...policy, rehearse: request.rehearse ?? policy.rehearse };
  const rehearse2 = rehearsalOf({ policy: rehearsePolicy, dialect, history, ...request.shadowUrl ? { shadowUrl: request.shadowUrl } : {}, ...request.onProgress ? { onProgress: request.onProgress } : {} });
  return evaluate({ sources, policy: rehearsePolicy, dialect, today, partial: changed !== void 0, rehearse: rehearse2 });
}
function selectedForTool(request, tool, files, report) {
  if (tool === "none") return files;
  const paths = files.map((file) => toPosix(relativePath(request.cwd, file)));
  const selection = selectForTool(tool, paths, readSqitchPlan(request.cwd, paths, tool));
  if (report) for (const { path, why } of selection.skipped) request.onProgress?.(`not part of the plan: ${path} (${why})`);
  return selection.files.map((path) => resolvePath(request.cwd, path));
}
function readSqitchPlan(cwd, paths, tool) {
  if (tool !== "sqitch") return void 0;
  const deploy = paths.find((p) => /(^|\/)deploy\//.test(p));
  if (!deploy) return void 0;
  const plan = join3(cwd, deploy.replace(/(^|\/)deploy\/.*$/, "$1"), "sqitch.plan");
  return existsSync(plan) ? readFileSync2(plan, "utf8") : void 0;
}

export {
  fetchCommit,
  changedFilesSince,
  loadPolicy,
  runScan
};
