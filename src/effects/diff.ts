/**
 * What changed between two catalog snapshots, as effects in plain words. An object is the same object across a rename
 * or a move (its OID), so a rename is a change of its name, not a drop and a create. Pure.
 */
import { keyOf, type CatalogObject, type CatalogSnapshot, type Effect } from './model.js';

/** Attributes that change without anything a reviewer needs to know (a table rewritten in place keeps its rows). */
const NOT_EFFECTS = new Set(['filenode', 'type_id']);

const RELKINDS: Record<string, string> = { r: 'table', p: 'partitioned table', v: 'view', m: 'materialized view', f: 'foreign table', S: 'sequence', i: 'index', I: 'partitioned index' };

/** How a report names an object: `table public.users`, `column public.users.amount`, `role app`. */
export function describeObject(object: CatalogObject): string {
  if (object.kind === 'relation') return `${RELKINDS[String(object.attrs.relkind)] ?? 'relation'} ${object.name}`;
  if (object.kind === 'membership' || object.kind === 'default_acl' || object.kind === 'setting') return object.name;
  if (object.kind === 'trigger' || object.kind === 'rule' || object.kind === 'policy' || object.kind === 'constraint') return object.name.replace(/ (trigger|rule|policy|constraint) /, ` $1 `);
  return `${object.kind.replace('_', ' ')} ${object.name}`;
}

/**
 * The effects of going from `before` to `after`. `baseline` is the database before the change began: an object in
 * it is pre-existing (and so is an object whose table is); everything else the change itself created.
 */
export function diffSnapshots(before: CatalogSnapshot, after: CatalogSnapshot, baseline: CatalogSnapshot, rowsChanged?: Map<string, { inserted: number; updated: number; deleted: number }>): Effect[] {
  const existed = (object: CatalogObject) => baseline.objects.has(keyOf(object)) || (object.parent !== undefined && baseline.objects.has(`relation:${object.parent}`));
  const effects: Effect[] = [];
  // A table dropped takes its columns, indexes, constraints, triggers, rules and policies with it: said once.
  const droppedRelations = new Set([...before.objects.values()].filter((o) => o.kind === 'relation' && !after.objects.has(keyOf(o))).map((o) => o.id));
  // An object rebuilt under the same name on the same table (ALTER COLUMN TYPE rebuilds indexes and constraints) is
  // the same object, changed or not: paired by kind, table and name when its OID is gone.
  const rebuilt = new Map<string, CatalogObject>();
  const byName = (o: CatalogObject) => `${o.kind}|${o.parent ?? ''}|${o.name}`;
  const created = new Map([...after.objects.values()].filter((o) => !before.objects.has(keyOf(o))).map((o) => [byName(o), o]));
  for (const [key, old] of before.objects) {
    const twin = !after.objects.has(key) && old.parent !== undefined ? created.get(byName(old)) : undefined;
    if (twin) rebuilt.set(key, twin);
  }
  const pairedAfter = new Set([...rebuilt.values()].map(keyOf));
  for (const [key, old] of before.objects) {
    const now = after.objects.get(key) ?? rebuilt.get(key);
    if (!now && old.parent !== undefined && droppedRelations.has(old.parent)) continue;
    if (!now) {
      const rows = old.kind === 'relation' ? before.rows.get(old.id) : undefined;
      effects.push({ kind: `${old.kind}.dropped`, object: old.name, key, ...(rows !== undefined ? { rows } : {}), preexisting: existed(old), description: `drops ${describeObject(old)}${rowsOf(before, old)}` });
      continue;
    }
    if (now.name !== old.name && !onlyTableRenamed(old, now, before, after)) effects.push({ kind: `${old.kind}.renamed`, object: old.name, key, before: old.name, after: now.name, preexisting: existed(old), description: `renames ${describeObject(old)} to ${now.name}` });
    for (const attribute of new Set([...Object.keys(old.attrs), ...Object.keys(now.attrs)])) {
      // A name is said by the rename above (or the table's), a relation's schema likewise.
      if (NOT_EFFECTS.has(attribute) || attribute === 'name' || (old.kind === 'relation' && attribute === 'schema')) continue;
      // A column whose type was renamed (not changed) prints another type name: the same type (and modifier).
      if (attribute === 'type' && old.attrs.type_id !== undefined && old.attrs.type_id === now.attrs.type_id) continue;
      const [was, is] = [old.attrs[attribute] ?? null, now.attrs[attribute] ?? null];
      if (JSON.stringify(was) === JSON.stringify(is)) continue;
      // A sequence that moved on in its own direction (nextval, as every insert does) is not an effect.
      if (attribute === 'last_value' && movedOn(was, is, now.attrs.increment)) continue;
      effects.push({ kind: `${old.kind}.changed`, object: now.name, attribute, before: was, after: is, key, preexisting: existed(old), description: describeChange(now, attribute, was, is) });
    }
  }
  for (const [key, now] of after.objects) {
    if (!before.objects.has(key) && !pairedAfter.has(key)) effects.push({ kind: `${now.kind}.created`, object: now.name, key, preexisting: existed(now), description: `creates ${describeObject(now)}` });
  }
  // Tables counted in both snapshots (rehearsal), and tables only the transaction's statistics name (the gateway,
  // which never counts the rows of a production database).
  for (const id of new Set([...before.rows.keys(), ...(rowsChanged?.keys() ?? [])])) {
    const table = after.objects.get(`relation:${id}`) ?? before.objects.get(`relation:${id}`);
    if (!table) continue; // a temporary table, or one created and dropped within the transaction
    const stats = rowsChanged?.get(id);
    const count = before.rows.get(id);
    const lost = count === undefined ? (stats?.deleted ?? 0) : Math.max(stats?.deleted ?? 0, count - (after.rows.get(id) ?? 0) + (stats?.inserted ?? 0));
    const preexisting = baseline.objects.has(`relation:${id}`);
    if (!after.objects.has(`relation:${id}`)) continue; // the table itself was dropped: said above, with its rows
    const key = `relation:${id}`;
    if (lost > 0) effects.push({ kind: 'rows.deleted', object: table.name, rows: lost, key, preexisting, description: `deletes ${plural(lost, 'row')} from ${table.name}` });
    if ((stats?.updated ?? 0) > 0) effects.push({ kind: 'rows.updated', object: table.name, rows: stats!.updated, key, preexisting, description: `updates ${plural(stats!.updated, 'row')} of ${table.name}` });
    if ((stats?.inserted ?? 0) > 0) effects.push({ kind: 'rows.inserted', object: table.name, rows: stats!.inserted, key, preexisting, description: `inserts ${plural(stats!.inserted, 'row')} into ${table.name}` });
  }
  return effects;
}

/** Whether a sequence's last value went the way its increment goes (or it was first used): no id handed out again. */
function movedOn(was: unknown, is: unknown, increment: unknown): boolean {
  if (was === null) return true;
  if (is === null) return false; // restarted: its next value is its start again
  const step = BigInt(String(increment ?? 1));
  const [before, after] = [BigInt(String(was)), BigInt(String(is))];
  return step > 0n ? after > before : after < before;
}

/** A column, index, trigger or constraint whose name changed only because its table was renamed (said once, there). */
function onlyTableRenamed(old: CatalogObject, now: CatalogObject, before: CatalogSnapshot, after: CatalogSnapshot): boolean {
  if (old.parent === undefined) return false;
  const [was, is] = [before.objects.get(`relation:${old.parent}`)?.name, after.objects.get(`relation:${now.parent}`)?.name];
  return was !== undefined && is !== undefined && was !== is && old.name.replace(was, '') === now.name.replace(is, '');
}

function rowsOf(snapshot: CatalogSnapshot, object: CatalogObject): string {
  const rows = object.kind === 'relation' ? snapshot.rows.get(object.id) : undefined;
  return rows === undefined ? '' : ` (${plural(rows, 'row')})`;
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

const show = (value: unknown) => (value === null || value === undefined || value === '' ? 'none' : typeof value === 'string' ? value : JSON.stringify(value));

/** A change in plain words, as a verb phrase ("changes column … from … to …"): the report writes "It <phrase>". */
function describeChange(object: CatalogObject, attribute: string, was: unknown, is: unknown): string {
  const what = describeObject(object);
  const state = (value: unknown) => TRIGGER_STATES[String(value)] ?? show(value);
  switch (`${object.kind}.${attribute}`) {
    case 'column.type':
      return `changes ${what} from ${show(was)} to ${show(is)}`;
    case 'relation.partition_of':
      return is ? `attaches ${what} as a partition of ${show(is)}` : `detaches ${what} from ${show(was)} (its rows leave ${show(was)})`;
    case 'relation.inherits':
      return `makes ${what} inherit from ${show(is)} (was ${show(was)})`;
    case 'relation.rls':
      return is ? `enables row-level security on ${what}` : `disables row-level security on ${what}`;
    case 'relation.rls_forced':
      return is ? `forces row-level security on ${what}` : `stops forcing row-level security on ${what} (its owner bypasses it)`;
    case 'trigger.enabled':
    case 'rule.enabled':
      return `sets ${what} to ${state(is)} (was ${state(was)})`;
    case 'function.security_definer':
      return is ? `makes ${what} run with its owner's privileges (SECURITY DEFINER)` : `makes ${what} run with the caller's privileges`;
    case 'role.password':
      return `sets the password of role ${object.name}`;
    case 'relation.extension':
    case 'function.extension':
    case 'type.extension':
      return is ? `makes ${what} a member of extension ${show(is)} (pg_dump leaves it out; DROP EXTENSION drops it)` : `releases ${what} from extension ${show(was)}`;
    case 'column.expression':
      return `changes the expression of generated ${what} from ${show(was)} to ${show(is)} (every existing row's value is computed again)`;
    case 'relation.checks_off':
      return is === '0' ? `switches the foreign-key triggers of ${what} on again` : `switches off ${show(is)} system trigger${is === '1' ? '' : 's'} of ${what} (its foreign keys are no longer enforced)`;
    case 'relation.view_options':
      return `changes the options of ${what} from ${show(was)} to ${show(is)} (security_barrier, security_invoker and check_option decide whose privileges it reads with and what it lets through)`;
    case 'column.charset':
      return `changes the character set of ${what} from ${show(was)} to ${show(is)} (a character ${show(is)} cannot code is lost, unless the server's SQL mode is strict)`;
    case 'relation.last_value':
      return `sets ${what} back from ${show(was)}${is === null ? ' to its start' : ` to ${show(is)}`} (later inserts may be given ids it handed out before)`;
    case 'database.is_template':
      return is ? `makes ${what} a template (any role that may create databases can copy it)` : `makes ${what} no longer a template`;
    case 'database.allow_connections':
      return is ? `allows connections to ${what} again` : `refuses every new connection to ${what}`;
    case 'membership.admin':
      return `${is ? 'grants' : 'revokes'} the admin option of ${object.name}`;
  }
  if (object.kind === 'role' && typeof is === 'boolean') return is ? `gives role ${object.name} ${attribute.toUpperCase()}` : `takes ${attribute.toUpperCase()} from role ${object.name}`;
  if (attribute === 'acl') return `changes the privileges on ${what} from ${show(was)} to ${show(is)}`;
  if ((attribute === 'definition' && object.kind === 'relation') || attribute === 'body') return `${attribute === 'body' ? 'replaces the body of' : 'redefines'} ${what}`;
  return `changes the ${attribute.replace(/_/g, ' ')} of ${what} from ${show(was)} to ${show(is)}`;
}

/** pg_trigger.tgenabled / pg_rewrite.ev_enabled: O fires on origin (enabled), D disabled, R replica only, A always. */
const TRIGGER_STATES: Record<string, string> = { O: 'enabled', D: 'disabled', R: 'fire only on replicas (ENABLE REPLICA: not on this database)', A: 'always enabled' };
