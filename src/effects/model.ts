/**
 * What a statement did to a database, as its catalogs and rows show it: the effects model rehearsal on a shadow
 * database builds (and, later, the gateway's check before COMMIT). Pure data.
 */

/** One catalog object as a snapshot holds it: kind, a stable identity (its OID), a readable name, its attributes. */
export interface CatalogObject {
  kind: ObjectKind;
  id: string;
  name: string;
  /** The table a column, trigger, rule, policy or constraint belongs to (its relation id), when it has one. */
  parent?: string;
  attrs: Record<string, unknown>;
}

export type ObjectKind = 'relation' | 'column' | 'function' | 'trigger' | 'rule' | 'policy' | 'constraint' | 'schema' | 'role' | 'membership' | 'default_acl' | 'extension' | 'type' | 'setting' | 'database';

/** The catalogs at one moment, and the rows of each table then. */
export interface CatalogSnapshot {
  objects: Map<string, CatalogObject>;
  /** Rows per table (relation id). */
  rows: Map<string, number>;
}

export const keyOf = (object: Pick<CatalogObject, 'kind' | 'id'>) => `${object.kind}:${object.id}`;

/** A change the statement made: to an object (created, dropped, an attribute changed) or to a table's rows. */
export interface Effect {
  /** `relation.dropped`, `column.changed`, `rows.deleted`, … */
  kind: string;
  /** The object's readable name (`public.users`, `public.users.amount`, `role app`). */
  object: string;
  /** For a change: the attribute and its values before and after. */
  attribute?: string;
  before?: unknown;
  after?: unknown;
  /** For rows: how many. */
  rows?: number;
  /** The object's identity in the snapshots (`kind:id`), when the effect is on one. */
  key?: string;
  /** Whether the object existed before the change (effects on what the change itself created are free). */
  preexisting: boolean;
  /** The effect in plain words, as the report shows it. */
  description: string;
}

/** How an approved effect is named in a plan: `rows.deleted public.users`, `column.changed:type public.users.amount`. */
export function effectKey(effect: Pick<Effect, 'kind' | 'attribute' | 'object'>): string {
  return `${effect.kind}${effect.attribute ? `:${effect.attribute}` : ''} ${effect.object}`;
}
