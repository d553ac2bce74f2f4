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
} from "./chunk-W3P2MTMX.js";
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

// src/effects/rehearse.ts
import { createHash } from "node:crypto";

// src/effects/model.ts
var keyOf = (object) => `${object.kind}:${object.id}`;

// src/effects/diff.ts
var NOT_EFFECTS = /* @__PURE__ */ new Set(["filenode"]);
var RELKINDS = { r: "table", p: "partitioned table", v: "view", m: "materialized view", f: "foreign table", S: "sequence", i: "index", I: "partitioned index" };
function describeObject(object) {
  if (object.kind === "relation") return `${RELKINDS[String(object.attrs.relkind)] ?? "relation"} ${object.name}`;
  if (object.kind === "membership" || object.kind === "default_acl" || object.kind === "setting") return object.name;
  if (object.kind === "trigger" || object.kind === "rule" || object.kind === "policy" || object.kind === "constraint") return object.name.replace(/ (trigger|rule|policy|constraint) /, ` $1 `);
  return `${object.kind.replace("_", " ")} ${object.name}`;
}
function diffSnapshots(before, after, baseline, rowsChanged) {
  const existed = (object) => baseline.objects.has(keyOf(object)) || object.parent !== void 0 && baseline.objects.has(`relation:${object.parent}`);
  const effects = [];
  const droppedRelations = new Set([...before.objects.values()].filter((o) => o.kind === "relation" && !after.objects.has(keyOf(o))).map((o) => o.id));
  const rebuilt = /* @__PURE__ */ new Map();
  const byName = (o) => `${o.kind}|${o.parent ?? ""}|${o.name}`;
  const created = new Map([...after.objects.values()].filter((o) => !before.objects.has(keyOf(o))).map((o) => [byName(o), o]));
  for (const [key, old] of before.objects) {
    const twin = !after.objects.has(key) && old.parent !== void 0 ? created.get(byName(old)) : void 0;
    if (twin) rebuilt.set(key, twin);
  }
  const pairedAfter = new Set([...rebuilt.values()].map(keyOf));
  for (const [key, old] of before.objects) {
    const now = after.objects.get(key) ?? rebuilt.get(key);
    if (!now && old.parent !== void 0 && droppedRelations.has(old.parent)) continue;
    if (!now) {
      effects.push({ kind: `${old.kind}.dropped`, object: old.name, preexisting: existed(old), description: `drops ${describeObject(old)}${rowsOf(before, old)}` });
      continue;
    }
    if (now.name !== old.name) effects.push({ kind: `${old.kind}.renamed`, object: old.name, before: old.name, after: now.name, preexisting: existed(old), description: `renames ${describeObject(old)} to ${now.name}` });
    for (const attribute of /* @__PURE__ */ new Set([...Object.keys(old.attrs), ...Object.keys(now.attrs)])) {
      if (NOT_EFFECTS.has(attribute) || old.kind === "relation" && (attribute === "schema" || attribute === "name")) continue;
      const [was, is] = [old.attrs[attribute] ?? null, now.attrs[attribute] ?? null];
      if (JSON.stringify(was) === JSON.stringify(is)) continue;
      effects.push({ kind: `${old.kind}.changed`, object: now.name, attribute, before: was, after: is, preexisting: existed(old), description: describeChange(now, attribute, was, is) });
    }
  }
  for (const [key, now] of after.objects) {
    if (!before.objects.has(key) && !pairedAfter.has(key)) effects.push({ kind: `${now.kind}.created`, object: now.name, preexisting: existed(now), description: `creates ${describeObject(now)}` });
  }
  for (const [id, count] of before.rows) {
    const table = after.objects.get(`relation:${id}`) ?? before.objects.get(`relation:${id}`);
    const stats = rowsChanged?.get(id);
    const lost = Math.max(stats?.deleted ?? 0, count - (after.rows.get(id) ?? 0) + (stats?.inserted ?? 0));
    const preexisting = baseline.objects.has(`relation:${id}`);
    if (!after.objects.has(`relation:${id}`)) continue;
    if (lost > 0) effects.push({ kind: "rows.deleted", object: table.name, rows: lost, preexisting, description: `deletes ${plural(lost, "row")} from ${table.name}` });
    if ((stats?.updated ?? 0) > 0) effects.push({ kind: "rows.updated", object: table.name, rows: stats.updated, preexisting, description: `updates ${plural(stats.updated, "row")} of ${table.name}` });
    if ((stats?.inserted ?? 0) > 0) effects.push({ kind: "rows.inserted", object: table.name, rows: stats.inserted, preexisting, description: `inserts ${plural(stats.inserted, "row")} into ${table.name}` });
  }
  return effects;
}
function rowsOf(snapshot, object) {
  const rows = object.kind === "relation" ? snapshot.rows.get(object.id) : void 0;
  return rows === void 0 ? "" : ` (${plural(rows, "row")})`;
}
function plural(n, noun) {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}
var show = (value) => value === null || value === void 0 || value === "" ? "none" : typeof value === "string" ? value : JSON.stringify(value);
function describeChange(object, attribute, was, is) {
  const what = describeObject(object);
  const state = (value) => TRIGGER_STATES[String(value)] ?? show(value);
  switch (`${object.kind}.${attribute}`) {
    case "column.type":
      return `changes ${what} from ${show(was)} to ${show(is)}`;
    case "relation.partition_of":
      return is ? `attaches ${what} as a partition of ${show(is)}` : `detaches ${what} from ${show(was)} (its rows leave ${show(was)})`;
    case "relation.inherits":
      return `makes ${what} inherit from ${show(is)} (was ${show(was)})`;
    case "relation.rls":
      return is ? `enables row-level security on ${what}` : `disables row-level security on ${what}`;
    case "relation.rls_forced":
      return is ? `forces row-level security on ${what}` : `stops forcing row-level security on ${what} (its owner bypasses it)`;
    case "trigger.enabled":
    case "rule.enabled":
      return `sets ${what} to ${state(is)} (was ${state(was)})`;
    case "function.security_definer":
      return is ? `makes ${what} run with its owner's privileges (SECURITY DEFINER)` : `makes ${what} run with the caller's privileges`;
    case "role.password":
      return `sets the password of role ${object.name}`;
    case "membership.admin":
      return `${is ? "grants" : "revokes"} the admin option of ${object.name}`;
  }
  if (object.kind === "role" && typeof is === "boolean") return is ? `gives role ${object.name} ${attribute.toUpperCase()}` : `takes ${attribute.toUpperCase()} from role ${object.name}`;
  if (attribute === "acl") return `changes the privileges on ${what} from ${show(was)} to ${show(is)}`;
  return `changes the ${attribute.replace(/_/g, " ")} of ${what} from ${show(was)} to ${show(is)}`;
}
var TRIGGER_STATES = { O: "enabled", D: "disabled", R: "fire only on replicas (ENABLE REPLICA: not on this database)", A: "always enabled" };

// src/effects/judge.ts
var rule = (id) => ({ rule: id });
var safe = (why) => ({ safe: why });
var TABLE = {
  "relation.dropped": rule("effect-data-loss"),
  "column.dropped": rule("effect-data-loss"),
  "rows.deleted": rule("effect-data-loss"),
  "rows.updated": rule("effect-rows-updated"),
  "rows.inserted": safe("adds rows; nothing that was there changes"),
  "relation.changed:partition_of": rule("effect-data-loss"),
  "relation.changed:inherits": rule("effect-data-loss"),
  "relation.changed:persistence": rule("effect-data-loss"),
  // UNLOGGED: emptied after a crash, not replicated
  "relation.renamed": rule("effect-incompatible"),
  "relation.changed:definition": rule("effect-incompatible"),
  "column.renamed": rule("effect-incompatible"),
  "column.changed:name": rule("effect-incompatible"),
  "column.changed:type": rule("effect-lossy-cast"),
  // judged again below: a widening is safe
  "column.changed:default": safe("a default applies to rows inserted later; existing rows keep their values"),
  "column.changed:not_null": safe("NOT NULL added restricts later writes; dropped, it accepts NULL from now on: no existing value changes"),
  "column.changed:generated": rule("effect-data-loss"),
  "column.changed:acl": rule("effect-privilege"),
  "column.created": safe("a new column: existing rows and columns keep their values"),
  "relation.created": safe("a new table, view, sequence or index"),
  "constraint.created": safe("a new constraint only restricts later writes"),
  "constraint.dropped": rule("effect-safeguard"),
  "constraint.changed:validated": safe("a constraint validated (or its new definition) restricts, it does not remove data"),
  "constraint.changed:definition": rule("effect-safeguard"),
  "constraint.renamed": safe("a constraint renamed enforces the same rule"),
  "relation.changed:owner": rule("effect-privilege"),
  "relation.changed:acl": rule("effect-privilege"),
  "relation.changed:rls": rule("effect-privilege"),
  "relation.changed:rls_forced": rule("effect-privilege"),
  "policy.created": rule("effect-privilege"),
  "policy.dropped": rule("effect-privilege"),
  "policy.changed:permissive": rule("effect-privilege"),
  "policy.changed:command": rule("effect-privilege"),
  "policy.changed:roles": rule("effect-privilege"),
  "policy.changed:using": rule("effect-privilege"),
  "policy.changed:check": rule("effect-privilege"),
  "policy.renamed": safe("a policy renamed enforces the same rule"),
  "trigger.created": rule("effect-safeguard"),
  "trigger.dropped": rule("effect-safeguard"),
  "trigger.changed:enabled": rule("effect-safeguard"),
  "trigger.changed:definition": rule("effect-safeguard"),
  "trigger.renamed": safe("a trigger renamed fires as before"),
  "rule.created": rule("effect-safeguard"),
  "rule.dropped": rule("effect-safeguard"),
  "rule.changed:enabled": rule("effect-safeguard"),
  "rule.changed:definition": rule("effect-safeguard"),
  "function.dropped": rule("effect-incompatible"),
  "function.renamed": rule("effect-incompatible"),
  "function.changed:body": rule("effect-safeguard"),
  "function.changed:security_definer": rule("effect-privilege"),
  "function.changed:owner": rule("effect-privilege"),
  "function.changed:acl": rule("effect-privilege"),
  "function.changed:config": rule("effect-privilege"),
  "function.changed:language": rule("effect-safeguard"),
  "function.changed:volatility": safe("volatility tells the planner how to call it; the function does the same"),
  "function.changed:leakproof": rule("effect-privilege"),
  "function.created": safe("a new function runs only when something calls it (a trigger or policy that calls it is judged on its own)"),
  "schema.dropped": rule("effect-data-loss"),
  "schema.renamed": rule("effect-incompatible"),
  "schema.changed:owner": rule("effect-privilege"),
  "schema.changed:acl": rule("effect-privilege"),
  "schema.created": safe("a new schema"),
  "type.dropped": rule("effect-incompatible"),
  "type.renamed": rule("effect-incompatible"),
  "type.changed:labels": rule("effect-incompatible"),
  // judged again below: values added at the end are safe
  "type.changed:owner": rule("effect-privilege"),
  "type.changed:acl": rule("effect-privilege"),
  "type.created": safe("a new type"),
  "extension.created": rule("effect-privilege"),
  // its install script runs with the installer's privileges
  "extension.dropped": rule("effect-data-loss"),
  "extension.changed:version": rule("effect-privilege"),
  "extension.changed:schema": rule("effect-incompatible"),
  "role.created": rule("effect-privilege"),
  "role.changed:superuser": rule("effect-privilege"),
  "role.changed:inherit": rule("effect-privilege"),
  "role.changed:createrole": rule("effect-privilege"),
  "role.changed:createdb": rule("effect-privilege"),
  "role.changed:login": rule("effect-privilege"),
  "role.changed:replication": rule("effect-privilege"),
  "role.changed:bypassrls": rule("effect-privilege"),
  "role.changed:password": rule("effect-privilege"),
  "role.changed:valid_until": rule("effect-privilege"),
  "role.changed:connection_limit": safe("a connection limit restricts how many sessions a role opens, not what it may do"),
  "role.dropped": rule("effect-privilege"),
  "role.renamed": rule("effect-privilege"),
  "membership.created": rule("effect-privilege"),
  "membership.dropped": safe("a membership revoked takes privileges away"),
  "membership.changed:admin": rule("effect-privilege"),
  "default_acl.created": rule("effect-privilege"),
  "default_acl.changed:acl": rule("effect-privilege"),
  "default_acl.dropped": safe("default privileges removed grant less to objects created later"),
  "setting.created": rule("effect-privilege"),
  "setting.changed:config": rule("effect-privilege"),
  "setting.dropped": rule("effect-privilege"),
  "database.changed:owner": rule("effect-privilege"),
  "database.changed:acl": rule("effect-privilege")
};
var WIDENINGS = [
  [/^smallint$/, /^(integer|bigint|numeric|real|double precision|text|character varying)$/],
  [/^integer$/, /^(bigint|numeric|double precision|text|character varying)$/],
  [/^bigint$/, /^(numeric|text|character varying)$/],
  [/^real$/, /^double precision$/],
  [/^(character varying|character|text)$/, /^text$/],
  [/^timestamp without time zone$/, /^timestamp with time zone$/],
  [/^date$/, /^(timestamp without time zone|timestamp with time zone)$/],
  [/^json$/, /^jsonb$/],
  [/^(uuid|inet|cidr|boolean|date|json|jsonb)$/, /^text$/]
];
function isWidening(from, to) {
  if (from === to) return true;
  const base = (t) => t.replace(/\(.*\)/, "").trim();
  const mods = (t) => (/\(([^)]*)\)/.exec(t)?.[1] ?? "").split(",").filter(Boolean).map(Number);
  const [b1, b2] = [base(from), base(to)];
  if (b1 === b2 && !from.endsWith("[]") && (b1 === "character varying" || b1 === "character" || b1 === "bit varying")) {
    const [n1, n2] = [mods(from)[0], mods(to)[0]];
    return n2 === void 0 || n1 !== void 0 && n2 >= n1;
  }
  if (b1 === b2 && b1 === "numeric") {
    const [[p1, s1 = 0], [p2, s2 = 0]] = [mods(from), mods(to)];
    if (p2 === void 0) return true;
    return p1 !== void 0 && s2 >= s1 && p2 - s2 >= p1 - s1;
  }
  if (b1 === "character varying" && b2 === "text") return true;
  return WIDENINGS.some(([a, b]) => a.test(from) && b.test(to));
}
function judge(effect) {
  if (!effect.preexisting && !effect.kind.startsWith("role.") && !effect.kind.startsWith("membership.") && !effect.kind.startsWith("default_acl.") && !effect.kind.startsWith("setting.")) {
    return { effect, rule: null, safe: "on an object this change created" };
  }
  const entry = TABLE[effect.attribute ? `${effect.kind}:${effect.attribute}` : effect.kind];
  if (!entry) return { effect, rule: "effect-unclassified" };
  if ("safe" in entry) return { effect, rule: null, safe: entry.safe };
  if (effect.kind === "column.changed" && effect.attribute === "type" && isWidening(String(effect.before), String(effect.after))) return { effect, rule: null, safe: "a wider type keeps every value" };
  if (effect.kind === "type.changed" && effect.attribute === "labels" && String(effect.after).startsWith(String(effect.before))) return { effect, rule: null, safe: "enum values added; the existing ones are unchanged" };
  if (effect.kind === "rows.deleted" && !effect.preexisting) return { effect, rule: null, safe: "rows of a table this change created" };
  if (effect.kind === "relation.dropped" && /^(partitioned )?index /.test(effect.description.replace(/^drops /, ""))) return { effect, rule: null, safe: "an index dropped loses no data (queries that used it may slow down)" };
  return { effect, rule: entry.rule };
}

// src/effects/snapshot-postgres.ts
var USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'`;
var SNAPSHOT_SQL = `
SELECT 'relation' AS kind, c.oid::text AS id, n.nspname || '.' || c.relname AS name,
  (SELECT x.indrelid::text FROM pg_catalog.pg_index x WHERE x.indexrelid = c.oid) AS parent,
  pg_catalog.jsonb_build_object('relkind', c.relkind::text, 'schema', n.nspname, 'name', c.relname, 'owner', pg_catalog.pg_get_userbyid(c.relowner),
    'acl', c.relacl::text, 'rls', c.relrowsecurity, 'rls_forced', c.relforcerowsecurity, 'persistence', c.relpersistence::text,
    'partition_of', (SELECT i.inhparent::pg_catalog.regclass::text FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid AND c.relispartition),
    'inherits', (SELECT pg_catalog.string_agg(i.inhparent::pg_catalog.regclass::text, ',' ORDER BY i.inhseqno) FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid AND NOT c.relispartition),
    'filenode', c.relfilenode::text, 'definition', CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.md5(pg_catalog.pg_get_viewdef(c.oid)) END) AS attrs
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S', 'i', 'I')
UNION ALL
SELECT 'column', a.attrelid::text || '.' || a.attnum::text, n.nspname || '.' || c.relname || '.' || a.attname, a.attrelid::text,
  pg_catalog.jsonb_build_object('name', a.attname, 'type', pg_catalog.format_type(a.atttypid, a.atttypmod), 'not_null', a.attnotnull,
    'default', pg_catalog.pg_get_expr(d.adbin, d.adrelid), 'generated', a.attgenerated::text, 'acl', a.attacl::text)
FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT 'function', p.oid::text, n.nspname || '.' || p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', NULL,
  pg_catalog.jsonb_build_object('owner', pg_catalog.pg_get_userbyid(p.proowner), 'security_definer', p.prosecdef, 'acl', p.proacl::text,
    'body', pg_catalog.md5(coalesce(p.prosrc, '') || coalesce(p.probin, '')), 'language', (SELECT l.lanname FROM pg_catalog.pg_language l WHERE l.oid = p.prolang),
    'config', p.proconfig::text, 'volatility', p.provolatile::text, 'leakproof', p.proleakproof)
FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE ${USER_SCHEMAS}
UNION ALL
SELECT 'trigger', t.oid::text, n.nspname || '.' || c.relname || ' trigger ' || t.tgname, t.tgrelid::text,
  pg_catalog.jsonb_build_object('enabled', t.tgenabled::text, 'definition', pg_catalog.pg_get_triggerdef(t.oid))
FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND ${USER_SCHEMAS}
UNION ALL
SELECT 'rule', r.oid::text, n.nspname || '.' || c.relname || ' rule ' || r.rulename, r.ev_class::text,
  pg_catalog.jsonb_build_object('enabled', r.ev_enabled::text, 'definition', pg_catalog.pg_get_ruledef(r.oid))
FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN' AND ${USER_SCHEMAS}
UNION ALL
SELECT 'policy', p.oid::text, n.nspname || '.' || c.relname || ' policy ' || p.polname, p.polrelid::text,
  pg_catalog.jsonb_build_object('permissive', p.polpermissive, 'command', p.polcmd::text, 'roles', (SELECT pg_catalog.string_agg(CASE WHEN r = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(r) END, ',' ORDER BY 1) FROM pg_catalog.unnest(p.polroles) r),
    'using', pg_catalog.pg_get_expr(p.polqual, p.polrelid), 'check', pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid))
FROM pg_catalog.pg_policy p JOIN pg_catalog.pg_class c ON c.oid = p.polrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ${USER_SCHEMAS}
UNION ALL
SELECT 'constraint', k.oid::text, n.nspname || '.' || c.relname || ' constraint ' || k.conname, k.conrelid::text,
  pg_catalog.jsonb_build_object('type', k.contype::text, 'definition', pg_catalog.pg_get_constraintdef(k.oid), 'validated', k.convalidated)
FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid = k.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ${USER_SCHEMAS} AND k.contype <> 'n'
UNION ALL
SELECT 'schema', n.oid::text, n.nspname, NULL, pg_catalog.jsonb_build_object('owner', pg_catalog.pg_get_userbyid(n.nspowner), 'acl', n.nspacl::text)
FROM pg_catalog.pg_namespace n WHERE ${USER_SCHEMAS}
UNION ALL
SELECT 'role', a.oid::text, a.rolname, NULL,
  pg_catalog.jsonb_build_object('superuser', a.rolsuper, 'inherit', a.rolinherit, 'createrole', a.rolcreaterole, 'createdb', a.rolcreatedb, 'login', a.rolcanlogin,
    'replication', a.rolreplication, 'bypassrls', a.rolbypassrls, 'connection_limit', a.rolconnlimit, 'valid_until', a.rolvaliduntil::text,
    'password', CASE WHEN a.rolpassword IS NULL THEN 'none' ELSE pg_catalog.md5(a.rolpassword) END)
FROM pg_catalog.pg_authid a WHERE a.rolname NOT LIKE 'pg\\_%'
UNION ALL
SELECT 'membership', m.roleid::text || ':' || m.member::text, pg_catalog.pg_get_userbyid(m.member) || ' in ' || pg_catalog.pg_get_userbyid(m.roleid), NULL,
  pg_catalog.jsonb_build_object('admin', m.admin_option)
FROM pg_catalog.pg_auth_members m
UNION ALL
SELECT 'default_acl', d.oid::text, 'default privileges of ' || pg_catalog.pg_get_userbyid(d.defaclrole) || coalesce(' in schema ' || (SELECT nspname FROM pg_catalog.pg_namespace WHERE oid = d.defaclnamespace), '') || ' on ' || d.defaclobjtype::text, NULL,
  pg_catalog.jsonb_build_object('acl', d.defaclacl::text)
FROM pg_catalog.pg_default_acl d
UNION ALL
SELECT 'extension', e.oid::text, e.extname, NULL, pg_catalog.jsonb_build_object('version', e.extversion, 'schema', (SELECT nspname FROM pg_catalog.pg_namespace WHERE oid = e.extnamespace))
FROM pg_catalog.pg_extension e
UNION ALL
SELECT 'type', t.oid::text, n.nspname || '.' || t.typname, NULL,
  pg_catalog.jsonb_build_object('type', t.typtype::text, 'owner', pg_catalog.pg_get_userbyid(t.typowner), 'acl', t.typacl::text,
    'labels', (SELECT pg_catalog.string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid))
FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE ${USER_SCHEMAS} AND t.typtype IN ('e', 'd', 'r', 'm', 'b') AND t.typelem = 0 AND (t.typrelid = 0)
UNION ALL
SELECT 'setting', s.setrole::text || ':' || s.setdatabase::text, 'settings of ' || CASE WHEN s.setrole = 0 THEN 'every role' ELSE 'role ' || pg_catalog.pg_get_userbyid(s.setrole) END || CASE WHEN s.setdatabase = 0 THEN '' ELSE ' in this database' END, NULL,
  pg_catalog.jsonb_build_object('config', s.setconfig::text)
FROM pg_catalog.pg_db_role_setting s
UNION ALL
SELECT 'database', d.oid::text, d.datname, NULL, pg_catalog.jsonb_build_object('owner', pg_catalog.pg_get_userbyid(d.datdba), 'acl', d.datacl::text)
FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database()`;
var HOLDS_ROWS = /* @__PURE__ */ new Set(["r", "m"]);
async function snapshotPostgres(query) {
  const rows = await query(SNAPSHOT_SQL);
  const objects = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const attrs = typeof row.attrs === "string" ? JSON.parse(row.attrs) : row.attrs;
    const object = { kind: row.kind, id: row.id, name: row.name, attrs, ...row.parent ? { parent: row.parent } : {} };
    objects.set(keyOf(object), object);
  }
  return { objects, rows: await countRows(query, objects) };
}
async function countRows(query, objects) {
  const tables = [...objects.values()].filter((o) => o.kind === "relation" && HOLDS_ROWS.has(String(o.attrs.relkind)));
  const counts = /* @__PURE__ */ new Map();
  for (let at = 0; at < tables.length; at += 200) {
    const chunk = tables.slice(at, at + 200);
    const sql = chunk.map((t) => `SELECT '${t.id}' AS id, count(*)::int AS n FROM ONLY ${quoteIdent(String(t.attrs.schema))}.${quoteIdent(String(t.attrs.name))}`).join(" UNION ALL ");
    for (const row of await query(sql)) counts.set(row.id, Number(row.n));
  }
  return counts;
}
function quoteIdent(name) {
  return `"${name.replace(/"/g, '""')}"`;
}
var TRANSACTION_ROWS_SQL = "SELECT relid::text AS id, n_tup_ins::int AS inserted, n_tup_upd::int AS updated, n_tup_del::int AS deleted FROM pg_catalog.pg_stat_xact_user_tables";

// src/effects/rehearse.ts
function historyKey(history) {
  const hash = createHash("sha256").update("migration-guard shadow v1\n");
  for (const file of history) hash.update(`${file.path}
${file.text.length}
${file.text}
`);
  return hash.digest("hex");
}
var BEGINS = /^\s*(BEGIN|START\s+TRANSACTION)\b/i;
var ENDS = /^\s*(COMMIT|END)\b(?!\s+PREPARED)/i;
var ROLLS_BACK = /^\s*(ROLLBACK|ABORT)\b(?!\s+(TO|PREPARED)\b)(?!\s+\w+\s+TO\b)/i;
async function rehearse(shadow, history, change, onProgress) {
  const started = performance.now();
  const key = historyKey(history);
  if (await shadow.restore?.(key)) onProgress?.(`the shadow database starts from the cached state of these ${history.length} earlier migration files`);
  else {
    onProgress?.(`replaying ${history.length} earlier migration file${history.length === 1 ? "" : "s"} into the shadow database`);
    for (const file of history) {
      try {
        await shadow.exec(file.text);
      } catch (error) {
        return { status: "not-rehearsed", why: `the history does not replay on the shadow database: ${file.path}: ${message(error)}` };
      }
    }
    await shadow.save?.(key).catch((error) => onProgress?.(`the replayed history could not be cached (${error.message.slice(0, 200)})`));
  }
  onProgress?.(`history ready in ${((performance.now() - started) / 1e3).toFixed(1)}s; rehearsing ${change.length} statement${change.length === 1 ? "" : "s"} of the change`);
  const baseline = await snapshotPostgres(shadow.query.bind(shadow));
  let previous = baseline;
  let inTransaction = false;
  let counted;
  let transaction = [];
  const statements = [];
  for (const [n, statement] of change.entries()) {
    const record = { path: statement.path, index: statement.index, effects: [] };
    try {
      if (BEGINS.test(statement.sql)) {
        await shadow.exec(statement.sql);
        inTransaction = true;
        transaction = [];
      } else if (ENDS.test(statement.sql) || ROLLS_BACK.test(statement.sql)) {
        await shadow.exec(statement.sql);
        if (ROLLS_BACK.test(statement.sql)) for (const undone of transaction) undone.effects = [];
        inTransaction = false;
        transaction = [];
        previous = await snapshotPostgres(shadow.query.bind(shadow));
      } else {
        const ownTransaction = !inTransaction;
        if (ownTransaction) await shadow.exec("BEGIN");
        counted = await rowCounts(shadow);
        try {
          await shadow.exec(statement.sql);
        } catch (error) {
          if (!ownTransaction || error.code !== "25001") throw error;
          await shadow.exec("ROLLBACK");
          await shadow.exec(statement.sql);
          const after2 = await snapshotPostgres(shadow.query.bind(shadow));
          record.effects = diffSnapshots(previous, after2, baseline).map(judge);
          previous = after2;
          statements.push(record);
          continue;
        }
        const now = await rowCounts(shadow);
        const after = await snapshotPostgres(shadow.query.bind(shadow));
        if (ownTransaction) await shadow.exec("COMMIT");
        record.effects = diffSnapshots(previous, after, baseline, delta(counted, now)).map(judge);
        previous = after;
        if (inTransaction) transaction.push(record);
      }
    } catch (error) {
      record.error = message(error);
      statements.push(record);
      const next = change[n + 1];
      return { status: "rehearsed", statements, historyFiles: history.length, ...next ? { notRehearsed: { from: next, why: `the shadow database refused ${statement.path} statement ${statement.index + 1}` } } : {} };
    }
    statements.push(record);
  }
  return { status: "rehearsed", statements, historyFiles: history.length };
}
async function rowCounts(shadow) {
  const rows = await shadow.query(TRANSACTION_ROWS_SQL);
  return new Map(rows.map((r) => [r.id, { inserted: Number(r.inserted), updated: Number(r.updated), deleted: Number(r.deleted) }]));
}
function delta(before, now) {
  const out = /* @__PURE__ */ new Map();
  for (const [id, n] of now) {
    const b = before.get(id) ?? { inserted: 0, updated: 0, deleted: 0 };
    out.set(id, { inserted: n.inserted - b.inserted, updated: n.updated - b.updated, deleted: n.deleted - b.deleted });
  }
  return out;
}
function message(error) {
  return (error.message ?? String(error)).slice(0, 500);
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
    const { policy, dialect, history } = request;
    if (policy.rehearse === "off") return { summary: { status: "off" } };
    const not = (why) => {
      request.onProgress?.(`not rehearsed: ${why}`);
      return { summary: { status: "not-rehearsed", why } };
    };
    if (dialect !== "postgres") return not(`no shadow database for ${dialect} yet: the static check alone judged the change`);
    if (!history.length) return not("no history: every migration of the plan is part of the change (scan with --base, or changed-only in the action, so that the earlier files build the shadow)");
    const change = files.flatMap((file) => file.statements.map((statement) => ({ path: file.path, index: statement.index, sql: statement.sql })));
    if (!change.length) return { summary: { status: "rehearsed", historyFiles: history.length } };
    const shadowUrl = request.shadowUrl ?? policy.shadowUrl;
    const shadowName = shadowUrl ? "postgres (shadow-url)" : "pglite";
    let shadow;
    try {
      shadow = shadowUrl ? await (await import("./shadow-postgres-SDMWC4UK.js")).postgresShadow(shadowUrl) : await (await import("./shadow-pglite-V3YJERGO.js")).pgliteShadow(shadowCacheDir());
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
      await shadow.close();
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
  const universe = changed ? discovered : request.patterns.length > 0 && policy.migrations.length > 0 ? await discoverFiles(request.cwd, policy.migrations) : [];
  const inChange = new Set(files);
  const historyFiles = selectedForTool(request, tool, universe.filter((file) => !inChange.has(file)), false);
  request.onProgress?.(`scanning ${files.length} file${files.length === 1 ? "" : "s"} as ${dialect}${tool === "none" ? "" : ` (tool ${tool})`}`);
  const sources = (await readSources(request.cwd, files, request.maxFileBytes ?? policy.maxFileBytes)).map((source) => {
    const up = upSection(tool, source.text);
    if (up.blanked) request.onProgress?.(`${source.path}: ${up.blanked} line${up.blanked === 1 ? "" : "s"} of down section not scanned (${tool} runs the up section)`);
    return { ...source, text: up.text };
  });
  if (tool === "none") {
    const guess = detectTool(sources);
    if (guess) request.onProgress?.(`hint: ${guess.because}, as with ${guess.tool}: set \`tool: ${guess.tool}\` in the policy (or --tool ${guess.tool}) so that only what it runs is scanned and planned`);
  }
  const history = (await readSources(request.cwd, historyFiles, request.maxFileBytes ?? policy.maxFileBytes)).map((source) => ({ path: source.path, text: upSection(tool, source.text).text }));
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
