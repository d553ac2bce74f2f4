/**
 * The closed table of effects: every effect on something that existed before the change maps to a rule, or to a
 * reviewed reason why it is safe; an effect the table does not know is a finding that names it (effect-unclassified).
 * Effects on what the change itself created are free. Pure.
 */
import { CATALOGS_NOT_READ } from './catalog-writes.js';
import type { Effect } from './model.js';

export type EffectRule = 'effect-data-loss' | 'effect-lossy-cast' | 'effect-privilege' | 'effect-safeguard' | 'effect-incompatible' | 'effect-rows-updated' | 'effect-unclassified';

/** A rule id, or why the effect is safe. */
type Entry = { rule: EffectRule } | { safe: string };

const rule = (id: EffectRule): Entry => ({ rule: id });
const safe = (why: string): Entry => ({ safe: why });

/**
 * Catalogs the snapshot does not read as objects (catalog-writes.ts): any write by what their rows do, and a row
 * inserted as a new object where that is all an insert there can be.
 */
const CATALOG_WRITES: Record<string, Entry> = Object.fromEntries(
  Object.entries(CATALOGS_NOT_READ).flatMap(([catalog, { rule: id, inserted }]) => [
    [`catalog.inserted:${catalog}`, inserted ? safe(inserted) : rule(id)],
    [`catalog.updated:${catalog}`, rule(id)],
    [`catalog.deleted:${catalog}`, rule(id)],
  ]),
);

/** By effect kind, or `kind:attribute` for a changed attribute. */
const TABLE: Record<string, Entry> = {
  'relation.dropped': rule('effect-data-loss'),
  'column.dropped': rule('effect-data-loss'),
  'rows.deleted': rule('effect-data-loss'),
  'rows.updated': rule('effect-rows-updated'),
  'rows.inserted': safe('adds rows; nothing that was there changes'),
  'relation.changed:partition_of': rule('effect-data-loss'),
  'relation.changed:inherits': rule('effect-data-loss'),
  'relation.changed:persistence': rule('effect-data-loss'), // UNLOGGED: emptied after a crash, not replicated
  // Measured only by the gateway before COMMIT: a TRUNCATE leaves no row statistics, only new storage.
  'relation.rewritten': rule('effect-data-loss'),
  'relation.renamed': rule('effect-incompatible'),
  // A sequence set back or turned round: ids it handed out come again (diff.ts leaves out a sequence that moved on).
  'relation.changed:last_value': rule('effect-incompatible'),
  'relation.changed:increment': rule('effect-incompatible'),
  // A member of an extension: pg_dump leaves it out, and DROP EXTENSION drops it (judged again below: released, safe).
  'relation.changed:extension': rule('effect-data-loss'),
  'function.changed:extension': rule('effect-incompatible'),
  'type.changed:extension': rule('effect-incompatible'),
  'relation.changed:definition': rule('effect-incompatible'),
  // The system triggers that enforce foreign keys, switched off (DISABLE TRIGGER ALL); judged again below: on again, safe.
  'relation.changed:checks_off': rule('effect-safeguard'),
  // security_barrier, security_invoker, check_option: whose privileges a view reads with, and what it lets through.
  'relation.changed:view_options': rule('effect-privilege'),
  'column.renamed': rule('effect-incompatible'),
  'column.changed:name': rule('effect-incompatible'),
  'column.changed:type': rule('effect-lossy-cast'), // judged again below: a widening is safe
  'column.changed:charset': rule('effect-lossy-cast'), // MySQL/MariaDB; judged again below: to a larger set is safe
  'column.changed:default': safe('a default applies to rows inserted later; existing rows keep their values'),
  'column.changed:not_null': safe('NOT NULL added restricts later writes; dropped, it accepts NULL from now on: no existing value changes'),
  'column.changed:generated': rule('effect-data-loss'),
  // A generated column's expression changed (SET EXPRESSION): every existing row's value is computed again.
  'column.changed:expression': rule('effect-data-loss'),
  'column.changed:acl': rule('effect-privilege'),
  'column.created': safe('a new column: existing rows and columns keep their values'),
  'relation.created': safe('a new table, view, sequence or index'),
  'constraint.created': safe('a new constraint only restricts later writes'),
  'constraint.dropped': rule('effect-safeguard'),
  'constraint.changed:validated': safe('a constraint validated (or its new definition) restricts, it does not remove data'),
  'constraint.changed:definition': rule('effect-safeguard'),
  'constraint.renamed': safe('a constraint renamed enforces the same rule'),
  'relation.changed:owner': rule('effect-privilege'),
  'relation.changed:acl': rule('effect-privilege'),
  'relation.changed:rls': rule('effect-privilege'),
  'relation.changed:rls_forced': rule('effect-privilege'),
  'policy.created': rule('effect-privilege'),
  'policy.dropped': rule('effect-privilege'),
  'policy.changed:permissive': rule('effect-privilege'),
  'policy.changed:command': rule('effect-privilege'),
  'policy.changed:roles': rule('effect-privilege'),
  'policy.changed:using': rule('effect-privilege'),
  'policy.changed:check': rule('effect-privilege'),
  'policy.renamed': safe('a policy renamed enforces the same rule'),
  'trigger.created': rule('effect-safeguard'),
  'trigger.dropped': rule('effect-safeguard'),
  'trigger.changed:enabled': rule('effect-safeguard'),
  'trigger.changed:definition': rule('effect-safeguard'),
  'trigger.renamed': safe('a trigger renamed fires as before'),
  'rule.created': rule('effect-safeguard'),
  'rule.dropped': rule('effect-safeguard'),
  'rule.changed:enabled': rule('effect-safeguard'),
  'rule.changed:definition': rule('effect-safeguard'),
  'function.dropped': rule('effect-incompatible'),
  'function.renamed': rule('effect-incompatible'),
  'function.changed:body': rule('effect-safeguard'),
  'function.changed:security_definer': rule('effect-privilege'),
  'function.changed:owner': rule('effect-privilege'),
  'function.changed:acl': rule('effect-privilege'),
  'function.changed:config': rule('effect-privilege'),
  'function.changed:language': rule('effect-safeguard'),
  'function.changed:volatility': safe('volatility tells the planner how to call it; the function does the same'),
  'function.changed:leakproof': rule('effect-privilege'),
  'function.created': safe('a new function runs only when something calls it (a trigger or policy that calls it is judged on its own)'),
  'schema.dropped': rule('effect-data-loss'),
  'schema.renamed': rule('effect-incompatible'),
  'schema.changed:owner': rule('effect-privilege'),
  'schema.changed:acl': rule('effect-privilege'),
  'schema.created': safe('a new schema'),
  'type.dropped': rule('effect-incompatible'),
  'type.renamed': rule('effect-incompatible'),
  'type.changed:labels': rule('effect-incompatible'), // judged again below: values added at the end are safe
  'type.changed:owner': rule('effect-privilege'),
  'type.changed:acl': rule('effect-privilege'),
  'type.created': safe('a new type'),
  'extension.created': rule('effect-privilege'), // its install script runs with the installer's privileges
  'extension.dropped': rule('effect-data-loss'),
  'extension.changed:version': rule('effect-privilege'),
  'extension.changed:schema': rule('effect-incompatible'),
  'role.created': rule('effect-privilege'),
  'role.changed:superuser': rule('effect-privilege'),
  'role.changed:inherit': rule('effect-privilege'),
  'role.changed:createrole': rule('effect-privilege'),
  'role.changed:createdb': rule('effect-privilege'),
  'role.changed:login': rule('effect-privilege'),
  'role.changed:replication': rule('effect-privilege'),
  'role.changed:bypassrls': rule('effect-privilege'),
  'role.changed:password': rule('effect-privilege'),
  'role.changed:valid_until': rule('effect-privilege'),
  'role.changed:connection_limit': safe('a connection limit restricts how many sessions a role opens, not what it may do'),
  'role.dropped': rule('effect-privilege'),
  'role.renamed': rule('effect-privilege'),
  'membership.created': rule('effect-privilege'),
  'membership.dropped': safe('a membership revoked takes privileges away'),
  'membership.changed:admin': rule('effect-privilege'),
  'default_acl.created': rule('effect-privilege'),
  'default_acl.changed:acl': rule('effect-privilege'),
  'default_acl.dropped': safe('default privileges removed grant less to objects created later'),
  'setting.created': rule('effect-privilege'),
  'setting.changed:config': rule('effect-privilege'),
  'setting.dropped': rule('effect-privilege'),
  'database.changed:owner': rule('effect-privilege'),
  'database.changed:acl': rule('effect-privilege'),
  'database.changed:allow_connections': rule('effect-incompatible'), // judged again below: allowing them again is safe
  'database.changed:is_template': rule('effect-privilege'), // a template: any role that may create databases copies it
  'database.changed:connection_limit': safe('a connection limit restricts how many sessions may open, not what they may do'),
  ...CATALOG_WRITES,
};

/** Column type changes that keep every value: from → to, by type name without modifiers. */
const WIDENINGS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^smallint$/, /^(integer|bigint|numeric|real|double precision|text|character varying)$/],
  [/^integer$/, /^(bigint|numeric|double precision|text|character varying)$/],
  [/^bigint$/, /^(numeric|text|character varying)$/],
  [/^real$/, /^double precision$/],
  [/^(character varying|character|text)$/, /^text$/],
  [/^timestamp without time zone$/, /^timestamp with time zone$/],
  [/^date$/, /^(timestamp without time zone|timestamp with time zone)$/],
  [/^json$/, /^jsonb$/],
  [/^(uuid|inet|cidr|boolean|date|json|jsonb)$/, /^text$/],
];

/** Whether a type change keeps every value (a wider type, or a longer length or precision of the same type). */
export function isWidening(from: string, to: string): boolean {
  if (from === to) return true;
  const base = (t: string) => t.replace(/\(.*\)/, '').trim();
  const mods = (t: string) => (/\(([^)]*)\)/.exec(t)?.[1] ?? '').split(',').filter(Boolean).map(Number);
  const [b1, b2] = [base(from), base(to)];
  if (b1 === b2 && !from.endsWith('[]') && (b1 === 'character varying' || b1 === 'character' || b1 === 'bit varying')) {
    const [n1, n2] = [mods(from)[0], mods(to)[0]];
    return n2 === undefined || (n1 !== undefined && n2 >= n1);
  }
  if (b1 === b2 && b1 === 'numeric') {
    const [[p1, s1 = 0], [p2, s2 = 0]] = [mods(from), mods(to)];
    if (p2 === undefined) return true;
    return p1 !== undefined && s2 >= s1 && p2 - s2 >= p1 - s1;
  }
  if (b1 === 'character varying' && b2 === 'text') return true;
  return WIDENINGS.some(([a, b]) => a.test(from) && b.test(to));
}

/** MySQL/MariaDB character sets that code every character of another: utf8mb4 all of Unicode, utf8mb3 the BMP. */
function codesEvery(from: string, to: string): boolean {
  if (from === 'null' || to === 'utf8mb4') return true;
  if (to === 'utf8mb3' || to === 'utf8') return ['ascii', 'latin1', 'utf8mb3', 'utf8'].includes(from);
  return from === 'ascii' && to === 'latin1';
}

/**
 * The rule an effect of this kind breaks, as the closed table has it (null: reviewed as safe; 'effect-unclassified'
 * when the table does not know it). Without the effect's values, so never more lenient than `judge`.
 */
export function ruleOf(kind: string, attribute?: string): EffectRule | null {
  const entry = TABLE[attribute ? `${kind}:${attribute}` : kind];
  if (!entry) return 'effect-unclassified';
  return 'safe' in entry ? null : entry.rule;
}

export interface JudgedEffect {
  effect: Effect;
  /** The rule the effect breaks, or null when it is free (the change created the object) or reviewed as safe. */
  rule: EffectRule | null;
  /** Why it is safe, when it is. */
  safe?: string;
}

export function judge(effect: Effect): JudgedEffect {
  if (!effect.preexisting && !effect.kind.startsWith('role.') && !effect.kind.startsWith('membership.') && !effect.kind.startsWith('default_acl.') && !effect.kind.startsWith('setting.')) {
    return { effect, rule: null, safe: 'on an object this change created' };
  }
  const entry = TABLE[effect.attribute ? `${effect.kind}:${effect.attribute}` : effect.kind];
  if (!entry) return { effect, rule: 'effect-unclassified' };
  if ('safe' in entry) return { effect, rule: null, safe: entry.safe };
  if (effect.kind === 'column.changed' && effect.attribute === 'type' && isWidening(String(effect.before), String(effect.after))) return { effect, rule: null, safe: 'a wider type keeps every value' };
  if (effect.kind === 'column.changed' && effect.attribute === 'charset' && codesEvery(String(effect.before), String(effect.after))) return { effect, rule: null, safe: 'the new character set codes every character the old one did' };
  if (effect.kind === 'type.changed' && effect.attribute === 'labels' && String(effect.after).startsWith(String(effect.before))) return { effect, rule: null, safe: 'enum values added; the existing ones are unchanged' };
  if (effect.kind === 'database.changed' && ((effect.attribute === 'allow_connections' && effect.after === true) || (effect.attribute === 'is_template' && effect.after === false))) return { effect, rule: null, safe: 'connections allowed again, or no longer a template' };
  if (effect.kind === 'relation.changed' && effect.attribute === 'checks_off' && effect.after === '0') return { effect, rule: null, safe: 'its foreign keys are enforced again' };
  if (effect.attribute === 'extension' && effect.after === null) return { effect, rule: null, safe: 'released from its extension: dumped and dropped like any other object' };
  if (effect.kind === 'rows.deleted' && !effect.preexisting) return { effect, rule: null, safe: 'rows of a table this change created' };
  if (effect.kind === 'relation.dropped' && /^(partitioned )?index /.test(effect.description.replace(/^drops /, ''))) return { effect, rule: null, safe: 'an index dropped loses no data (queries that used it may slow down)' };
  // An empty table, a view or a sequence dropped loses no rows; code that uses it breaks.
  if (effect.kind === 'relation.dropped' && (effect.rows === 0 || !/^drops (partitioned )?table /.test(effect.description))) return { effect, rule: 'effect-incompatible' };
  return { effect, rule: entry.rule };
}
