/**
 * Object identity within one file: which tables the file itself created (new, hence empty, so data-loss
 * and lock rules do not apply to them) and which routines it defined (so calls of them are known).
 *
 * Names are compared by resolved identity, never as text: the schema comes from the qualification, else
 * from the search path (PostgreSQL) or current database (MySQL) in force, which the file may change; each
 * dialect's case folding is done by the front end. Whenever identity is uncertain — a search path the file
 * did not set, a rename onto a name, a creation that may not have happened — the object is not new.
 */
import type { Dialect, ObjectName } from './types.js';

/** Where unqualified names resolve: a schema the file named, or an unknown one private to this stretch of the file. */
type Resolution = { schema: string } | { unknown: number };

export class ObjectRegistry {
  private readonly newTables = new Set<string>();
  private readonly temporaryTables = new Set<string>();
  private readonly routines = new Set<string>();
  private resolution: Resolution;
  private unknownCount = 0;

  constructor(private readonly dialect: Dialect) {
    // SQLite creates unqualified tables in `main`; elsewhere the starting schema is whatever the session has.
    this.resolution = dialect === 'sqlite' ? { schema: 'main' } : { unknown: 0 };
  }

  /** The identity of a table name, or undefined when it cannot be known. */
  private key(ref: ObjectName): string | undefined {
    if (ref.uncertain) return undefined;
    if (ref.schema !== undefined) return `${ref.schema}\u0000${ref.name}`;
    // Temporary tables come first in unqualified lookups (pg_temp in PostgreSQL, temp in SQLite).
    if (this.temporaryTables.has(ref.name)) return `${this.temporarySchema()}\u0000${ref.name}`;
    return 'schema' in this.resolution ? `${this.resolution.schema}\u0000${ref.name}` : `\u0001${this.resolution.unknown}\u0000${ref.name}`;
  }

  private temporarySchema(): string {
    return this.dialect === 'postgres' ? 'pg_temp' : 'temp';
  }

  isNew(ref: ObjectName): boolean {
    const key = this.key(ref);
    return key !== undefined && this.newTables.has(key);
  }

  /** An unconditional CREATE TABLE: the table did not exist before, so it is new and empty. */
  created(ref: ObjectName, temporary: boolean) {
    const qualified = temporary && ref.schema === undefined ? { ...ref, schema: this.temporarySchema() } : ref;
    if (temporary && ref.schema === undefined) this.temporaryTables.add(ref.name);
    const key = this.key(qualified);
    if (key !== undefined) this.newTables.add(key);
  }

  /** A table that may have been created (IF NOT EXISTS, or inside a block that may not run): nothing is learnt. */
  dropped(ref: ObjectName) {
    const key = this.key(ref);
    if (key !== undefined) this.newTables.delete(key);
    if (ref.schema === undefined || ref.schema === this.temporarySchema()) this.temporaryTables.delete(ref.name);
  }

  /**
   * A rename moves an identity: the target is new only when the source was new and the rename certainly ran
   * (`certain`); a name renamed onto is otherwise an existing table with data.
   */
  renamed(from: ObjectName, to: ObjectName, certain: boolean) {
    const wasNew = this.isNew(from);
    this.dropped(from);
    const target = to.schema === undefined && from.schema !== undefined ? { ...to, schema: from.schema } : to;
    this.dropped(target);
    const key = this.key(target);
    if (wasNew && certain && key !== undefined) this.newTables.add(key);
  }

  /** The search path (PostgreSQL) or current database (MySQL) changed; null when the new value is not known. */
  searchPath(schemas: readonly string[] | null) {
    const first = schemas?.[0];
    if (first !== undefined && first !== '$user' && !first.startsWith('pg_temp') && this.dialect !== 'sqlite') this.resolution = { schema: first };
    else if (this.dialect !== 'sqlite') this.resolution = { unknown: ++this.unknownCount };
  }

  /** Schemas were created, renamed or dropped: tables in them are no longer known, and unqualified names may resolve elsewhere. */
  schemaChanged(schemas: readonly string[]) {
    for (const key of [...this.newTables]) if (schemas.some((schema) => key.startsWith(`${schema}\u0000`))) this.newTables.delete(key);
    // CREATE SCHEMA can create the `$user` schema, which then comes first in an unknown search path.
    if ('unknown' in this.resolution || schemas.includes(this.resolution.schema)) {
      if (this.dialect !== 'sqlite') this.resolution = { unknown: ++this.unknownCount };
    }
  }

  defineRoutine(name: ObjectName) {
    this.routines.add(name.name);
    if (name.schema !== undefined) this.routines.add(`${name.schema}\u0000${name.name}`);
  }

  /** A routine defined earlier in the file: by its name, and by its schema too when the call names one. */
  isDefinedRoutine(name: ObjectName): boolean {
    return name.schema === undefined ? this.routines.has(name.name) : this.routines.has(`${name.schema}\u0000${name.name}`);
  }
}
