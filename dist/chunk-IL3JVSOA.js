import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  keyOf
} from "./chunk-3HL5GMKQ.js";

// src/effects/rehearse.ts
import { createHash } from "node:crypto";

// src/effects/catalog-writes.ts
var MODELED = /* @__PURE__ */ new Set([
  "pg_class",
  "pg_attribute",
  "pg_attrdef",
  "pg_constraint",
  "pg_index",
  "pg_inherits",
  "pg_partitioned_table",
  "pg_trigger",
  "pg_rewrite",
  "pg_policy",
  "pg_proc",
  "pg_namespace",
  "pg_authid",
  "pg_auth_members",
  "pg_default_acl",
  "pg_extension",
  "pg_init_privs",
  "pg_type",
  "pg_enum",
  "pg_range",
  "pg_db_role_setting",
  "pg_database",
  "pg_sequence",
  "pg_depend",
  "pg_shdepend",
  "pg_description",
  "pg_shdescription",
  "pg_statistic",
  "pg_statistic_ext",
  "pg_statistic_ext_data"
]);
var incompatible = (holds, inserted) => ({ holds, rule: "effect-incompatible", ...inserted ? { inserted } : {} });
var privilege = (holds) => ({ holds, rule: "effect-privilege" });
var safeguard = (holds) => ({ holds, rule: "effect-safeguard" });
var UNUSED_UNTIL_NAMED = "a new object there is used only where a later statement names it";
var CATALOGS_NOT_READ = {
  // An aggregate's functions live here, not in its pg_proc row: CREATE OR REPLACE AGGREGATE changes what it computes.
  pg_aggregate: incompatible("aggregates' functions", UNUSED_UNTIL_NAMED),
  pg_cast: incompatible("casts"),
  pg_operator: incompatible("operators"),
  pg_opclass: incompatible("operator classes"),
  pg_opfamily: incompatible("operator families"),
  pg_amop: incompatible("operator families' operators"),
  pg_amproc: incompatible("operator families' support functions"),
  pg_am: incompatible("access methods"),
  pg_conversion: incompatible("encoding conversions"),
  pg_transform: incompatible("transforms"),
  pg_collation: incompatible("collations", UNUSED_UNTIL_NAMED),
  pg_ts_config: incompatible("text search configurations", UNUSED_UNTIL_NAMED),
  pg_ts_config_map: incompatible("text search configurations' mappings"),
  pg_ts_dict: incompatible("text search dictionaries", UNUSED_UNTIL_NAMED),
  pg_ts_parser: incompatible("text search parsers", UNUSED_UNTIL_NAMED),
  pg_ts_template: incompatible("text search templates", UNUSED_UNTIL_NAMED),
  pg_event_trigger: safeguard("event triggers"),
  pg_replication_origin: safeguard("replication origins"),
  pg_language: privilege("procedural languages"),
  pg_publication: privilege("publications"),
  pg_publication_rel: privilege("the tables of publications"),
  pg_publication_namespace: privilege("the schemas of publications"),
  pg_subscription: privilege("subscriptions"),
  pg_subscription_rel: privilege("the tables of subscriptions"),
  pg_foreign_data_wrapper: privilege("foreign-data wrappers"),
  pg_foreign_server: privilege("foreign servers"),
  pg_foreign_table: { ...privilege("foreign tables' servers and options"), inserted: "a new foreign table reads only what its server (judged on its own) lets it" },
  pg_user_mapping: privilege("user mappings (credentials for foreign servers)"),
  pg_parameter_acl: privilege("privileges on server parameters"),
  pg_seclabel: privilege("security labels"),
  pg_shseclabel: privilege("security labels of shared objects"),
  pg_tablespace: privilege("tablespaces")
};
var VERBS = { inserted: ["inserts", "into"], updated: ["updates", "of"], deleted: ["deletes", "from"] };
var isCatalogWrite = (kind) => /^catalog\.(inserted|updated|deleted)$/.test(kind);
function catalogWriteEffects(writes) {
  const effects = [];
  for (const [name, n] of [...writes].sort(([a], [b]) => a.localeCompare(b))) {
    const [schema, relname] = name.split(".", 2);
    if (schema === "pg_toast" || schema === "pg_catalog" && MODELED.has(relname)) continue;
    const attribute = schema === "pg_catalog" ? relname : name;
    const holds = CATALOGS_NOT_READ[attribute] ? ` (${CATALOGS_NOT_READ[attribute].holds})` : ", a catalog the effects model does not know";
    for (const operation of ["deleted", "updated", "inserted"]) {
      const rows = n[operation];
      if (rows <= 0) continue;
      const [verb, preposition] = VERBS[operation];
      effects.push({ kind: `catalog.${operation}`, attribute, object: name, rows, preexisting: true, description: `${verb} ${rows.toLocaleString("en-US")} row${rows === 1 ? "" : "s"} ${preposition} ${name}${holds}` });
    }
  }
  return effects;
}

// src/effects/diff.ts
var NOT_EFFECTS = /* @__PURE__ */ new Set(["filenode", "type_id"]);
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
      const rows = old.kind === "relation" ? before.rows.get(old.id) : void 0;
      effects.push({ kind: `${old.kind}.dropped`, object: old.name, key, ...rows !== void 0 ? { rows } : {}, preexisting: existed(old), description: `drops ${describeObject(old)}${rowsOf(before, old)}` });
      continue;
    }
    if (now.name !== old.name && !onlyTableRenamed(old, now, before, after)) effects.push({ kind: `${old.kind}.renamed`, object: old.name, key, before: old.name, after: now.name, preexisting: existed(old), description: `renames ${describeObject(old)} to ${now.name}` });
    for (const attribute of /* @__PURE__ */ new Set([...Object.keys(old.attrs), ...Object.keys(now.attrs)])) {
      if (NOT_EFFECTS.has(attribute) || attribute === "name" || old.kind === "relation" && attribute === "schema") continue;
      if (attribute === "type" && old.attrs.type_id !== void 0 && old.attrs.type_id === now.attrs.type_id) continue;
      const [was, is] = [old.attrs[attribute] ?? null, now.attrs[attribute] ?? null];
      if (JSON.stringify(was) === JSON.stringify(is)) continue;
      if (attribute === "last_value" && movedOn(was, is, now.attrs.increment)) continue;
      effects.push({ kind: `${old.kind}.changed`, object: now.name, attribute, before: was, after: is, key, preexisting: existed(old), description: describeChange(now, attribute, was, is) });
    }
  }
  for (const [key, now] of after.objects) {
    if (!before.objects.has(key) && !pairedAfter.has(key)) effects.push({ kind: `${now.kind}.created`, object: now.name, key, preexisting: existed(now), description: `creates ${describeObject(now)}` });
  }
  for (const id of /* @__PURE__ */ new Set([...before.rows.keys(), ...rowsChanged?.keys() ?? []])) {
    const table = after.objects.get(`relation:${id}`) ?? before.objects.get(`relation:${id}`);
    if (!table) continue;
    const stats = rowsChanged?.get(id);
    const count = before.rows.get(id);
    const lost = count === void 0 ? stats?.deleted ?? 0 : Math.max(stats?.deleted ?? 0, count - (after.rows.get(id) ?? 0) + (stats?.inserted ?? 0));
    const preexisting = baseline.objects.has(`relation:${id}`);
    if (!after.objects.has(`relation:${id}`)) continue;
    const key = `relation:${id}`;
    if (lost > 0) effects.push({ kind: "rows.deleted", object: table.name, rows: lost, key, preexisting, description: `deletes ${plural(lost, "row")} from ${table.name}` });
    if ((stats?.updated ?? 0) > 0) effects.push({ kind: "rows.updated", object: table.name, rows: stats.updated, key, preexisting, description: `updates ${plural(stats.updated, "row")} of ${table.name}` });
    if ((stats?.inserted ?? 0) > 0) effects.push({ kind: "rows.inserted", object: table.name, rows: stats.inserted, key, preexisting, description: `inserts ${plural(stats.inserted, "row")} into ${table.name}` });
  }
  return effects;
}
function movedOn(was, is, increment) {
  if (was === null) return true;
  if (is === null) return false;
  const step = BigInt(String(increment ?? 1));
  const [before, after] = [BigInt(String(was)), BigInt(String(is))];
  return step > 0n ? after > before : after < before;
}
function onlyTableRenamed(old, now, before, after) {
  if (old.parent === void 0) return false;
  const [was, is] = [before.objects.get(`relation:${old.parent}`)?.name, after.objects.get(`relation:${now.parent}`)?.name];
  return was !== void 0 && is !== void 0 && was !== is && old.name.replace(was, "") === now.name.replace(is, "");
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
    case "relation.extension":
    case "function.extension":
    case "type.extension":
      return is ? `makes ${what} a member of extension ${show(is)} (pg_dump leaves it out; DROP EXTENSION drops it)` : `releases ${what} from extension ${show(was)}`;
    case "column.expression":
      return `changes the expression of generated ${what} from ${show(was)} to ${show(is)} (every existing row's value is computed again)`;
    case "relation.checks_off":
      return is === "0" ? `switches the foreign-key triggers of ${what} on again` : `switches off ${show(is)} system trigger${is === "1" ? "" : "s"} of ${what} (its foreign keys are no longer enforced)`;
    case "relation.view_options":
      return `changes the options of ${what} from ${show(was)} to ${show(is)} (security_barrier, security_invoker and check_option decide whose privileges it reads with and what it lets through)`;
    case "column.charset":
      return `changes the character set of ${what} from ${show(was)} to ${show(is)} (a character ${show(is)} cannot code is lost, unless the server's SQL mode is strict)`;
    case "relation.last_value":
      return `sets ${what} back from ${show(was)}${is === null ? " to its start" : ` to ${show(is)}`} (later inserts may be given ids it handed out before)`;
    case "database.is_template":
      return is ? `makes ${what} a template (any role that may create databases can copy it)` : `makes ${what} no longer a template`;
    case "database.allow_connections":
      return is ? `allows connections to ${what} again` : `refuses every new connection to ${what}`;
    case "membership.admin":
      return `${is ? "grants" : "revokes"} the admin option of ${object.name}`;
  }
  if (object.kind === "role" && typeof is === "boolean") return is ? `gives role ${object.name} ${attribute.toUpperCase()}` : `takes ${attribute.toUpperCase()} from role ${object.name}`;
  if (attribute === "acl") return `changes the privileges on ${what} from ${show(was)} to ${show(is)}`;
  if (attribute === "definition" && object.kind === "relation" || attribute === "body") return `${attribute === "body" ? "replaces the body of" : "redefines"} ${what}`;
  return `changes the ${attribute.replace(/_/g, " ")} of ${what} from ${show(was)} to ${show(is)}`;
}
var TRIGGER_STATES = { O: "enabled", D: "disabled", R: "fire only on replicas (ENABLE REPLICA: not on this database)", A: "always enabled" };

// src/effects/judge.ts
var rule = (id) => ({ rule: id });
var safe = (why) => ({ safe: why });
var CATALOG_WRITES = Object.fromEntries(
  Object.entries(CATALOGS_NOT_READ).flatMap(([catalog, { rule: id, inserted }]) => [
    [`catalog.inserted:${catalog}`, inserted ? safe(inserted) : rule(id)],
    [`catalog.updated:${catalog}`, rule(id)],
    [`catalog.deleted:${catalog}`, rule(id)]
  ])
);
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
  // Measured only by the gateway before COMMIT: a TRUNCATE leaves no row statistics, only new storage.
  "relation.rewritten": rule("effect-data-loss"),
  "relation.renamed": rule("effect-incompatible"),
  // A sequence set back or turned round: ids it handed out come again (diff.ts leaves out a sequence that moved on).
  "relation.changed:last_value": rule("effect-incompatible"),
  "relation.changed:increment": rule("effect-incompatible"),
  // A member of an extension: pg_dump leaves it out, and DROP EXTENSION drops it (judged again below: released, safe).
  "relation.changed:extension": rule("effect-data-loss"),
  "function.changed:extension": rule("effect-incompatible"),
  "type.changed:extension": rule("effect-incompatible"),
  "relation.changed:definition": rule("effect-incompatible"),
  // The system triggers that enforce foreign keys, switched off (DISABLE TRIGGER ALL); judged again below: on again, safe.
  "relation.changed:checks_off": rule("effect-safeguard"),
  // security_barrier, security_invoker, check_option: whose privileges a view reads with, and what it lets through.
  "relation.changed:view_options": rule("effect-privilege"),
  "column.renamed": rule("effect-incompatible"),
  "column.changed:name": rule("effect-incompatible"),
  "column.changed:type": rule("effect-lossy-cast"),
  // judged again below: a widening is safe
  "column.changed:charset": rule("effect-lossy-cast"),
  // MySQL/MariaDB; judged again below: to a larger set is safe
  "column.changed:default": safe("a default applies to rows inserted later; existing rows keep their values"),
  "column.changed:not_null": safe("NOT NULL added restricts later writes; dropped, it accepts NULL from now on: no existing value changes"),
  "column.changed:generated": rule("effect-data-loss"),
  // A generated column's expression changed (SET EXPRESSION): every existing row's value is computed again.
  "column.changed:expression": rule("effect-data-loss"),
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
  "database.changed:acl": rule("effect-privilege"),
  "database.changed:allow_connections": rule("effect-incompatible"),
  // judged again below: allowing them again is safe
  "database.changed:is_template": rule("effect-privilege"),
  // a template: any role that may create databases copies it
  "database.changed:connection_limit": safe("a connection limit restricts how many sessions may open, not what they may do"),
  ...CATALOG_WRITES
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
function codesEvery(from, to) {
  if (from === "null" || to === "utf8mb4") return true;
  if (to === "utf8mb3" || to === "utf8") return ["ascii", "latin1", "utf8mb3", "utf8"].includes(from);
  return from === "ascii" && to === "latin1";
}
function ruleOf(kind, attribute) {
  const entry = TABLE[attribute ? `${kind}:${attribute}` : kind];
  if (!entry) return "effect-unclassified";
  return "safe" in entry ? null : entry.rule;
}
function judge(effect) {
  if (!effect.preexisting && !effect.kind.startsWith("role.") && !effect.kind.startsWith("membership.") && !effect.kind.startsWith("default_acl.") && !effect.kind.startsWith("setting.")) {
    return { effect, rule: null, safe: "on an object this change created" };
  }
  const entry = TABLE[effect.attribute ? `${effect.kind}:${effect.attribute}` : effect.kind];
  if (!entry) return { effect, rule: "effect-unclassified" };
  if ("safe" in entry) return { effect, rule: null, safe: entry.safe };
  if (effect.kind === "column.changed" && effect.attribute === "type" && isWidening(String(effect.before), String(effect.after))) return { effect, rule: null, safe: "a wider type keeps every value" };
  if (effect.kind === "column.changed" && effect.attribute === "charset" && codesEvery(String(effect.before), String(effect.after))) return { effect, rule: null, safe: "the new character set codes every character the old one did" };
  if (effect.kind === "type.changed" && effect.attribute === "labels" && String(effect.after).startsWith(String(effect.before))) return { effect, rule: null, safe: "enum values added; the existing ones are unchanged" };
  if (effect.kind === "database.changed" && (effect.attribute === "allow_connections" && effect.after === true || effect.attribute === "is_template" && effect.after === false)) return { effect, rule: null, safe: "connections allowed again, or no longer a template" };
  if (effect.kind === "relation.changed" && effect.attribute === "checks_off" && effect.after === "0") return { effect, rule: null, safe: "its foreign keys are enforced again" };
  if (effect.attribute === "extension" && effect.after === null) return { effect, rule: null, safe: "released from its extension: dumped and dropped like any other object" };
  if (effect.kind === "rows.deleted" && !effect.preexisting) return { effect, rule: null, safe: "rows of a table this change created" };
  if (effect.kind === "relation.dropped" && /^(partitioned )?index /.test(effect.description.replace(/^drops /, ""))) return { effect, rule: null, safe: "an index dropped loses no data (queries that used it may slow down)" };
  if (effect.kind === "relation.dropped" && (effect.rows === 0 || !/^drops (partitioned )?table /.test(effect.description))) return { effect, rule: "effect-incompatible" };
  return { effect, rule: entry.rule };
}

// src/effects/rehearse.ts
function historyKey(history) {
  const hash = createHash("sha256").update("migration-guard shadow v13\n");
  for (const file of history) hash.update(`${file.path}
${file.text.length}
${file.text}
`);
  return hash.digest("hex");
}
var BEGINS = /^\s*(BEGIN|START\s+TRANSACTION)\b/i;
var ENDS = /^\s*(COMMIT|END)\b(?!\s+PREPARED)/i;
var ROLLS_BACK = /^\s*(ROLLBACK|ABORT)\b(?!\s+(TO|PREPARED)\b)(?!\s+\w+\s+TO\b)/i;
var NOT_COUNTED = { rows: /* @__PURE__ */ new Map(), catalogs: /* @__PURE__ */ new Map() };
function writtenTo(rows) {
  return new Set([...rows].filter(([, n]) => n.inserted || n.updated || n.deleted).map(([id]) => id));
}
async function rehearse(shadow, history, change, onProgress) {
  const started = performance.now();
  const key = historyKey(history);
  const restored = await shadow.restore?.(key) ?? false;
  let replayed = false;
  if (restored) onProgress?.(`the shadow database starts from the cached state of these ${history.length} earlier migration files`);
  else {
    onProgress?.(`replaying ${history.length} earlier migration file${history.length === 1 ? "" : "s"} into the shadow database`);
    await shadow.open?.();
    for (const file of history) {
      try {
        await shadow.exec(file.text);
      } catch (error) {
        return { status: "not-rehearsed", why: `the history does not replay on the shadow database: ${file.path}: ${message(error)}` };
      }
    }
    replayed = true;
  }
  const snapshotAlone = () => inOwnTransaction((sql) => shadow.exec(sql), () => shadow.snapshot());
  const baseline = restored && restored.baseline || await snapshotAlone();
  if (replayed) await shadow.save?.(key, baseline).catch((error) => onProgress?.(`the replayed history could not be cached (${error.message.slice(0, 200)})`));
  onProgress?.(`history ready in ${((performance.now() - started) / 1e3).toFixed(1)}s; rehearsing ${change.length} statement${change.length === 1 ? "" : "s"} of the change`);
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
        previous = await snapshotAlone();
      } else {
        const ownTransaction = !inTransaction && !/^\s*PRAGMA\b/i.test(statement.sql);
        if (ownTransaction) await shadow.exec("BEGIN");
        counted = await shadow.transactionRows?.() ?? NOT_COUNTED;
        try {
          await shadow.exec(statement.sql);
        } catch (error) {
          const outsideOnly = error.code === "25001" || /within a transaction/i.test(message(error));
          if (!ownTransaction || !outsideOnly) throw error;
          await shadow.exec("ROLLBACK");
          await shadow.exec(statement.sql);
          const after2 = await snapshotAlone();
          record.effects = diffSnapshots(previous, after2, baseline).map(judge);
          previous = after2;
          statements.push(record);
          continue;
        }
        const now = await shadow.transactionRows?.() ?? NOT_COUNTED;
        const rows = delta(counted.rows, now.rows);
        const after = await shadow.snapshot(shadow.transactionRows ? writtenTo(rows) : void 0);
        if (ownTransaction) await shadow.exec("COMMIT");
        const diffed = diffSnapshots(previous, after, baseline, rows);
        const installed = diffed.find((e) => e.kind === "extension.created" && !e.preexisting);
        const catalogWrites = catalogWriteEffects(delta(counted.catalogs, now.catalogs));
        record.effects = [...diffed.map(judge), ...catalogWrites.map((e) => installed ? judgedSafe(e, `written by the install script of extension ${installed.object}, which this statement creates`) : judge(e))];
        previous = after;
        if (inTransaction) transaction.push(record);
      }
    } catch (error) {
      record.error = message(error);
      if (timedOut(error)) record.timedOut = true;
      statements.push(record);
      const next = change[n + 1];
      recreated(statements, baseline, previous);
      await shadow.reconcile?.(statements).catch(() => void 0);
      return { status: "rehearsed", statements, historyFiles: history.length, ...next ? { notRehearsed: { from: next, why: `the shadow database refused ${statement.path} statement ${statement.index + 1}` } } : {} };
    }
    statements.push(record);
  }
  recreated(statements, baseline, previous);
  await shadow.reconcile?.(statements);
  return { status: "rehearsed", statements, historyFiles: history.length };
}
var REBUILT = /* @__PURE__ */ new Set(["constraint.dropped", "trigger.dropped", "rule.dropped", "policy.dropped", "relation.dropped:index", "function.dropped", "type.dropped", "type.renamed"]);
function recreated(statements, baseline, final) {
  const at = (snapshot, object) => {
    const parent = object.parent ? snapshot.objects.get(`relation:${object.parent}`)?.name : "";
    return `${object.kind}|${parent ?? ""}|${object.name}`;
  };
  const finalNames = new Set([...final.objects.values()].map((o) => at(final, o)));
  const baselineByName = new Map([...baseline.objects.values()].map((o) => [o.name, o]));
  for (const statement of statements) {
    statement.effects = statement.effects.map((judged) => {
      const kind = judged.effect.kind === "relation.dropped" && /^drops (partitioned )?index /.test(judged.effect.description) ? "relation.dropped:index" : judged.effect.kind;
      if (!judged.rule || !REBUILT.has(kind)) return judged;
      const old = (judged.effect.key ? baseline.objects.get(judged.effect.key) : void 0) ?? baselineByName.get(judged.effect.object);
      return old && finalNames.has(at(baseline, old)) ? judgedSafe(judged.effect, "dropped and created again under its name by the end of the change") : judged;
    });
  }
}
function judgedSafe(effect, why) {
  return { effect, rule: null, safe: why };
}
async function inOwnTransaction(exec, work) {
  await exec("BEGIN");
  try {
    return await work();
  } finally {
    await exec("COMMIT").catch(() => void 0);
  }
}
function delta(before, now) {
  const out = /* @__PURE__ */ new Map();
  for (const [id, n] of now) {
    const b = before.get(id) ?? { inserted: 0, updated: 0, deleted: 0 };
    out.set(id, { inserted: n.inserted - b.inserted, updated: n.updated - b.updated, deleted: n.deleted - b.deleted });
  }
  return out;
}
function timedOut(error) {
  const code = String(error.code ?? "");
  return code === "MG_TIMEOUT" || code === "57014" || code === "ER_STATEMENT_TIMEOUT" || /max_statement_time|maximum statement execution time/i.test(message(error));
}
function message(error) {
  return (error.message ?? String(error)).slice(0, 500);
}

export {
  isCatalogWrite,
  catalogWriteEffects,
  describeObject,
  diffSnapshots,
  ruleOf,
  judge,
  rehearse,
  judgedSafe,
  inOwnTransaction,
  delta
};
