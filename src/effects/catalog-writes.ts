/**
 * Writes to the system catalogs that a snapshot does not read as objects: casts, operators, publications, user
 * mappings, event triggers, parameter privileges and the rest. The transaction's statistics count them per catalog,
 * and each catalog written is an effect of its own (`catalog.inserted:<catalog>`, `catalog.updated:…`,
 * `catalog.deleted:…`), judged by the closed table like any other, so a catalog nobody modelled is a finding, never
 * silence. Catalogs whose objects the snapshot reads, or that only keep books for those (dependencies, comments,
 * planner statistics), are not effects of their own: what their writes do shows in the snapshot's diff. Pure.
 */
import type { EffectRule } from './judge.js';
import type { Effect } from './model.js';
import type { RowCounts } from './rehearse.js';

/**
 * The catalogs of pg_catalog whose writes the snapshot's diff already accounts for: the objects read from them
 * (snapshot-postgres.ts), and the books kept alongside (pg_depend, pg_shdepend, pg_description, the planner's
 * statistics, pg_sequence's parameters, a partitioned table's key, an extension's initial privileges). A catalog
 * that is not here is an effect.
 */
const MODELED = new Set([
  'pg_class', 'pg_attribute', 'pg_attrdef', 'pg_constraint', 'pg_index', 'pg_inherits', 'pg_partitioned_table', 'pg_trigger',
  'pg_rewrite', 'pg_policy', 'pg_proc', 'pg_namespace', 'pg_authid', 'pg_auth_members', 'pg_default_acl',
  'pg_extension', 'pg_init_privs', 'pg_type', 'pg_enum', 'pg_range', 'pg_db_role_setting', 'pg_database', 'pg_sequence',
  'pg_depend', 'pg_shdepend', 'pg_description', 'pg_shdescription', 'pg_statistic', 'pg_statistic_ext', 'pg_statistic_ext_data',
]);

type Judged = { holds: string; rule: EffectRule; inserted?: string };

const incompatible = (holds: string, inserted?: string): Judged => ({ holds, rule: 'effect-incompatible', ...(inserted ? { inserted } : {}) });
const privilege = (holds: string): Judged => ({ holds, rule: 'effect-privilege' });
const safeguard = (holds: string): Judged => ({ holds, rule: 'effect-safeguard' });
const UNUSED_UNTIL_NAMED = 'a new object there is used only where a later statement names it';

/**
 * The catalogs of pg_catalog that a snapshot does not read, what they hold, and the rule a write to one breaks
 * (judge.ts): a cast, an operator or an operator class changes how existing queries and functions resolve what they
 * call; an event trigger runs on every later DDL command; publications, subscriptions, foreign servers, user
 * mappings and parameter privileges move rows or rights across servers and roles. `inserted`: why a row inserted
 * there (a new object, where an insert can be nothing else) is safe. A catalog not here is effect-unclassified.
 */
export const CATALOGS_NOT_READ: Record<string, Judged> = {
  // An aggregate's functions live here, not in its pg_proc row: CREATE OR REPLACE AGGREGATE changes what it computes.
  pg_aggregate: incompatible("aggregates' functions", UNUSED_UNTIL_NAMED),
  pg_cast: incompatible('casts'),
  pg_operator: incompatible('operators'),
  pg_opclass: incompatible('operator classes'),
  pg_opfamily: incompatible('operator families'),
  pg_amop: incompatible("operator families' operators"),
  pg_amproc: incompatible("operator families' support functions"),
  pg_am: incompatible('access methods'),
  pg_conversion: incompatible('encoding conversions'),
  pg_transform: incompatible('transforms'),
  pg_collation: incompatible('collations', UNUSED_UNTIL_NAMED),
  pg_ts_config: incompatible('text search configurations', UNUSED_UNTIL_NAMED),
  pg_ts_config_map: incompatible("text search configurations' mappings"),
  pg_ts_dict: incompatible('text search dictionaries', UNUSED_UNTIL_NAMED),
  pg_ts_parser: incompatible('text search parsers', UNUSED_UNTIL_NAMED),
  pg_ts_template: incompatible('text search templates', UNUSED_UNTIL_NAMED),
  pg_event_trigger: safeguard('event triggers'),
  pg_replication_origin: safeguard('replication origins'),
  pg_language: privilege('procedural languages'),
  pg_publication: privilege('publications'),
  pg_publication_rel: privilege('the tables of publications'),
  pg_publication_namespace: privilege('the schemas of publications'),
  pg_subscription: privilege('subscriptions'),
  pg_subscription_rel: privilege('the tables of subscriptions'),
  pg_foreign_data_wrapper: privilege('foreign-data wrappers'),
  pg_foreign_server: privilege('foreign servers'),
  pg_foreign_table: { ...privilege("foreign tables' servers and options"), inserted: 'a new foreign table reads only what its server (judged on its own) lets it' },
  pg_user_mapping: privilege('user mappings (credentials for foreign servers)'),
  pg_parameter_acl: privilege('privileges on server parameters'),
  pg_seclabel: privilege('security labels'),
  pg_shseclabel: privilege('security labels of shared objects'),
  pg_tablespace: privilege('tablespaces'),
};

const VERBS = { inserted: ['inserts', 'into'], updated: ['updates', 'of'], deleted: ['deletes', 'from'] } as const;

/** Whether an effect is one of catalogWriteEffects' (not `catalog.changed`, which says only that the catalog moved). */
export const isCatalogWrite = (kind: string): boolean => /^catalog\.(inserted|updated|deleted)$/.test(kind);

/**
 * The effects of a transaction's (or a statement's) writes to catalogs, by qualified name (`pg_catalog.pg_cast`):
 * one per catalog and operation, as rows are. A TOAST table of a catalog is left out: its catalog's own row is
 * written with it, and counted.
 */
export function catalogWriteEffects(writes: RowCounts): Effect[] {
  const effects: Effect[] = [];
  for (const [name, n] of [...writes].sort(([a], [b]) => a.localeCompare(b))) {
    const [schema, relname] = name.split('.', 2) as [string, string];
    if (schema === 'pg_toast' || (schema === 'pg_catalog' && MODELED.has(relname))) continue;
    const attribute = schema === 'pg_catalog' ? relname : name;
    const holds = CATALOGS_NOT_READ[attribute] ? ` (${CATALOGS_NOT_READ[attribute].holds})` : ', a catalog the effects model does not know';
    for (const operation of ['deleted', 'updated', 'inserted'] as const) {
      const rows = n[operation];
      if (rows <= 0) continue;
      const [verb, preposition] = VERBS[operation];
      effects.push({ kind: `catalog.${operation}`, attribute, object: name, rows, preexisting: true, description: `${verb} ${rows.toLocaleString('en-US')} row${rows === 1 ? '' : 's'} ${preposition} ${name}${holds}` });
    }
  }
  return effects;
}
