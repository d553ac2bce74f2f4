/**
 * What changed between two catalog snapshots, as effects in plain words. An object is the same object across a rename
 * or a move (its OID), so a rename is a change of its name, not a drop and a create. Pure.
 */
import { keyOf, type CatalogObject, type CatalogSnapshot, type Effect } from './model.js';

/** Attributes that change without anything a reviewer needs to know (a table rewritten in place keeps its rows). */
const NOT_EFFECTS = new Set(['filenode']);

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
  for (const [key, old] of before.objects) {
    const now = after.objects.get(key);
    if (!now) {
      effects.push({ kind: `${old.kind}.dropped`, object: old.name, preexisting: existed(old), description: `drops ${describeObject(old)}${rowsOf(before, old)}` });
      continue;
    }
    if (now.name !== old.name) effects.push({ kind: `${old.kind}.renamed`, object: old.name, before: old.name, after: now.name, preexisting: existed(old), description: `renames ${describeObject(old)} to ${now.name}` });
    for (const attribute of new Set([...Object.keys(old.attrs), ...Object.keys(now.attrs)])) {
      if (NOT_EFFECTS.has(attribute) || (old.kind === 'relation' && (attribute === 'schema' || attribute === 'name'))) continue;
      const [was, is] = [old.attrs[attribute] ?? null, now.attrs[attribute] ?? null];
      if (JSON.stringify(was) === JSON.stringify(is)) continue;
      effects.push({ kind: `${old.kind}.changed`, object: now.name, attribute, before: was, after: is, preexisting: existed(old), description: describeChange(now, attribute, was, is) });
    }
  }
  for (const [key, now] of after.objects) {
    if (!before.objects.has(key)) effects.push({ kind: `${now.kind}.created`, object: now.name, preexisting: existed(now), description: `creates ${describeObject(now)}` });
  }
  for (const [id, count] of before.rows) {
    const table = after.objects.get(`relation:${id}`) ?? before.objects.get(`relation:${id}`)!;
    const stats = rowsChanged?.get(id);
    const lost = Math.max(stats?.deleted ?? 0, count - (after.rows.get(id) ?? 0) + (stats?.inserted ?? 0));
    const preexisting = baseline.objects.has(`relation:${id}`);
    if (!after.objects.has(`relation:${id}`)) continue; // the table itself was dropped: said above, with its rows
    if (lost > 0) effects.push({ kind: 'rows.deleted', object: table.name, rows: lost, preexisting, description: `deletes ${plural(lost, 'row')} from ${table.name}` });
    if ((stats?.updated ?? 0) > 0) effects.push({ kind: 'rows.updated', object: table.name, rows: stats!.updated, preexisting, description: `updates ${plural(stats!.updated, 'row')} of ${table.name}` });
    if ((stats?.inserted ?? 0) > 0) effects.push({ kind: 'rows.inserted', object: table.name, rows: stats!.inserted, preexisting, description: `inserts ${plural(stats!.inserted, 'row')} into ${table.name}` });
  }
  return effects;
}

function rowsOf(snapshot: CatalogSnapshot, object: CatalogObject): string {
  const rows = object.kind === 'relation' ? snapshot.rows.get(object.id) : undefined;
  return rows === undefined ? '' : ` (${plural(rows, 'row')})`;
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

const show = (value: unknown) => (value === null || value === undefined || value === '' ? 'none' : typeof value === 'string' ? value : JSON.stringify(value));

function describeChange(object: CatalogObject, attribute: string, was: unknown, is: unknown): string {
  const what = describeObject(object);
  switch (`${object.kind}.${attribute}`) {
    case 'column.type':
      return `${object.name} ${show(was)} → ${show(is)}`;
    case 'relation.partition_of':
      return is ? `attaches ${what} as a partition of ${show(is)}` : `detaches ${what} from ${show(was)} (its rows leave ${show(was)})`;
    case 'relation.inherits':
      return `${what} inherits from ${show(is)} (was ${show(was)})`;
    case 'relation.rls':
      return is ? `enables row-level security on ${what}` : `disables row-level security on ${what}`;
    case 'relation.rls_forced':
      return is ? `forces row-level security on ${what}` : `stops forcing row-level security on ${what} (its owner bypasses it)`;
    case 'trigger.enabled':
      return `${what}: ${TRIGGER_STATES[String(is)] ?? show(is)} (was ${TRIGGER_STATES[String(was)] ?? show(was)})`;
    case 'rule.enabled':
      return `${what}: ${TRIGGER_STATES[String(is)] ?? show(is)} (was ${TRIGGER_STATES[String(was)] ?? show(was)})`;
    case 'function.security_definer':
      return is ? `${what} now runs with its owner's privileges (SECURITY DEFINER)` : `${what} now runs with the caller's privileges`;
    case 'role.password':
      return `sets the password of role ${object.name}`;
    case 'membership.admin':
      return `${object.name}: admin option ${is ? 'granted' : 'revoked'}`;
  }
  if (object.kind === 'role' && typeof is === 'boolean') return `role ${object.name} ${is ? 'gains' : 'loses'} ${attribute.toUpperCase()}`;
  if (attribute === 'owner') return `${what}: owner ${show(was)} → ${show(is)}`;
  if (attribute === 'acl') return `${what}: privileges ${show(was)} → ${show(is)}`;
  return `${what}: ${attribute.replace(/_/g, ' ')} ${show(was)} → ${show(is)}`;
}

/** pg_trigger.tgenabled / pg_rewrite.ev_enabled: O fires on origin (enabled), D disabled, R replica only, A always. */
const TRIGGER_STATES: Record<string, string> = { O: 'enabled', D: 'disabled', R: 'fires only on replicas (ENABLE REPLICA: not on this database)', A: 'always enabled' };
