/**
 * The gateway's check before COMMIT: what a run's transaction did to the real database (its catalog diff against a
 * snapshot taken at BEGIN, the rows the transaction's statistics count, tables whose storage was replaced), judged by
 * the same closed table as rehearsal. An effect the table flags must be covered: by what a statement of the plan
 * says it does to what it names (a DELETE FROM t deletes from t; an ALTER TABLE t changes t), or by an effect the
 * reviewers approved with the plan (its rehearsal showed it). Row bounds apply to everything. Pure.
 */
import type { ObjectName } from '../scan/types.js';
import type { StatementTargets } from '../scan/dialects/postgres-targets.js';
import { catalogWriteEffects, isCatalogWrite } from './catalog-writes.js';
import { diffSnapshots, describeObject } from './diff.js';
import { judge, type JudgedEffect } from './judge.js';
import { effectKey, type CatalogObject, type CatalogSnapshot, type Effect } from './model.js';
import type { RowCounts } from './rehearse.js';

/** The most rows a run may insert, update or delete per table (policy `max-rows`). */
export interface RowBounds {
  insert?: number;
  update?: number;
  delete?: number;
}

export interface CommitCheckInput {
  /** The catalog before and after; absent when the transaction was not expected to change it (then any change is beyond). */
  before?: CatalogSnapshot;
  after?: CatalogSnapshot;
  /** Rows each table gained, changed and lost in the transaction (pg_stat_xact_user_tables). */
  rows: RowCounts;
  /** Rows written to each system catalog, by name: those the snapshot does not read are effects of their own. */
  catalogWrites?: RowCounts;
  /** What each statement of the transaction says it changes: read only when an effect needs covering. */
  targets: () => readonly StatementTargets[];
  /** Where unqualified names resolved at BEGIN (current_schemas(true)). */
  searchPath: readonly string[];
  /** The effects the reviewers approved with the plan (`effectKey`). */
  approved: ReadonlySet<string>;
  bounds?: RowBounds;
}

export interface CommitCheck {
  /** Everything the transaction measurably did, judged. */
  measured: JudgedEffect[];
  /** What it did beyond the approval, and why that is beyond it. */
  beyond: Array<{ effect: Effect; why: string }>;
}

const STORED = new Set(['r', 'p', 'm']);
const ROW_OPERATION: Record<string, 'insert' | 'update' | 'delete'> = { 'rows.inserted': 'insert', 'rows.updated': 'update', 'rows.deleted': 'delete' };

/** What a transaction that was not expected to change the catalog did when it did (a trigger or function ran DDL). */
const CATALOG_CHANGED: Effect = { kind: 'catalog.changed', object: 'the catalog', preexisting: true, description: 'changes the catalog (a trigger, rule or function ran DDL) in a transaction whose statements change none' };

export function checkCommit(input: CommitCheckInput): CommitCheck {
  const empty: CatalogSnapshot = { objects: new Map(), rows: new Map() };
  const [before, after] = [input.before ?? input.after ?? empty, input.after ?? input.before ?? empty];
  const effects = [...diffSnapshots(before, after, before, input.rows), ...storageReplaced(before, after), ...catalogWriteEffects(input.catalogWrites ?? new Map())];
  const measured = effects.map(judge);
  if (input.before === undefined && input.after !== undefined) measured.push({ effect: CATALOG_CHANGED, rule: 'effect-unclassified' });
  let covering: ((effect: Effect) => boolean) | undefined;
  const covers = (effect: Effect) => (covering ??= coverage({ ...input, before, after }))(effect);
  const beyond: CommitCheck['beyond'] = [];
  for (const { effect, rule } of measured) {
    const operation = ROW_OPERATION[effect.kind];
    const bound = operation ? input.bounds?.[operation] : undefined;
    // Rehearsal sees a TRUNCATE as rows deleted: approved, that covers the storage the real one replaced.
    const approved = input.approved.has(effectKey(effect)) || (effect.kind === 'relation.rewritten' && input.approved.has(effectKey({ kind: 'rows.deleted', object: effect.object })));
    if (rule !== null && !approved && !covers(effect)) {
      beyond.push({ effect, why: `no statement of the plan ${operation ? `${operation}s rows of ${effect.object}` : `names ${effect.object}`}, and the approved effects do not include it` });
    } else if (bound !== undefined && (effect.rows ?? 0) > bound) {
      beyond.push({ effect, why: `more than the ${bound.toLocaleString('en-US')} rows per table the policy allows (max-rows.${operation})` });
    }
  }
  return { measured, beyond };
}

/**
 * A TRUNCATE leaves no row statistics: a pre-existing table whose storage was replaced lost its rows, or was
 * rewritten (ALTER COLUMN … TYPE, CLUSTER). Either is covered only by a statement that names the table.
 */
function storageReplaced(before: CatalogSnapshot, after: CatalogSnapshot): Effect[] {
  const effects: Effect[] = [];
  for (const [key, old] of before.objects) {
    const now = after.objects.get(key);
    if (old.kind !== 'relation' || !now || !STORED.has(String(old.attrs.relkind)) || old.attrs.filenode === now.attrs.filenode) continue;
    effects.push({ kind: 'relation.rewritten', object: now.name, key, preexisting: true, description: `replaces the storage of ${describeObject(now)} (a TRUNCATE empties it; a rewrite keeps its rows)` });
  }
  return effects;
}

/** Whether the plan's statements say they do this: a row write to a table they write, a change to an object they name. */
function coverage(input: CommitCheckInput & { before: CatalogSnapshot; after: CatalogSnapshot }): (effect: Effect) => boolean {
  const { before, after } = input;
  const targets = input.targets();
  const relations = [...before.objects.values(), ...after.objects.values()].filter((o) => o.kind === 'relation');
  const resolve = (name: ObjectName): string[] => {
    if (name.uncertain) return [];
    const schemas = name.schema !== undefined ? [name.schema] : input.searchPath;
    for (const schema of schemas) {
      const found = relations.filter((r) => r.attrs.schema === schema && r.attrs.name === name.name).map((r) => r.id);
      if (found.length) return found;
    }
    return [];
  };
  // Row writes, extended to the partitions and children of a table written (a DELETE on the parent reaches them).
  const written = new Map<string, Set<string>>();
  for (const target of targets) {
    for (const { op, table } of target.rows) for (const id of resolve(table)) (written.get(id) ?? written.set(id, new Set()).get(id)!).add(op);
  }
  const named = new Set(targets.flatMap((t) => t.relations.flatMap(resolve)));
  const rebuilt = new Set(targets.flatMap((t) => t.rebuilds.flatMap(resolve)));
  const names = new Set(targets.flatMap((t) => t.names));
  const catalogs = new Set(targets.flatMap((t) => t.catalogs));
  const objectOf = (effect: Effect): CatalogObject | undefined => (effect.key ? (after.objects.get(effect.key) ?? before.objects.get(effect.key)) : undefined);
  const relationOf = (id: string | undefined) => (id ? (after.objects.get(`relation:${id}`) ?? before.objects.get(`relation:${id}`)) : undefined);
  const ancestors = (relation: CatalogObject | undefined): CatalogObject[] => {
    const out: CatalogObject[] = [];
    for (let r = relation, depth = 0; r && depth < 32; depth++) {
      out.push(r);
      const parent = String(r.attrs.partition_of ?? r.attrs.inherits ?? '').split(',')[0];
      r = parent ? relations.find((x) => x.name === parent || (x.attrs.name === parent && input.searchPath.includes(String(x.attrs.schema)))) : undefined;
    }
    return out;
  };
  const namedRelation = (relation: CatalogObject | undefined) => !!relation && (named.has(relation.id) || names.has(String(relation.attrs.name)));
  return (effect) => {
    // A catalog the snapshot does not read: written by a statement whose kind writes it (CREATE CAST, pg_cast).
    if (isCatalogWrite(effect.kind)) return catalogs.has('*') || catalogs.has(String(effect.attribute));
    const object = objectOf(effect);
    const operation = ROW_OPERATION[effect.kind];
    if (operation || effect.kind === 'relation.rewritten') {
      const ops = ancestors(object).flatMap((r) => [...(written.get(r.id) ?? [])]);
      if (operation === 'delete' || effect.kind === 'relation.rewritten') if (ops.includes('truncate')) return true;
      if (operation) return ops.includes(operation);
      // New storage is a TRUNCATE's sign too: only a statement that rebuilds the table on purpose covers it.
      return !!object && rebuilt.has(object.id);
    }
    if (!object) return false;
    if (object.kind === 'relation') return namedRelation(object) || namedRelation(relationOf(object.parent));
    if (object.parent !== undefined) return namedRelation(relationOf(object.parent));
    // Functions, types, schemas, roles, memberships, settings: by the names in theirs (`app in admin`, `public.f(integer)`).
    return object.name
      .split(/[\s.(),]+/)
      .filter((word) => word && !NAME_WORDS.has(word))
      .some((word) => names.has(word));
  };
}

/** The fixed words of the names snapshot-postgres.ts gives memberships, default privileges and settings. */
const NAME_WORDS = new Set(['in', 'of', 'on', 'role', 'every', 'schema', 'settings', 'default', 'privileges', 'this', 'database']);
