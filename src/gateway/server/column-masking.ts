/**
 * Which result columns are masked before rows leave the gateway (exec results and the wire endpoint's rows): a column
 * whose name matches a rule (case-insensitive globs), or whose source does. PostgreSQL names a result column's source
 * in the row description (table OID and attribute number) whenever the column is a plain reference to a table or view
 * column, through aliases, subqueries and CTEs: so `SELECT email AS e`, an ORM's `users.email AS users_email`,
 * `FROM users u(id, e)` and `WITH t(x) AS (SELECT email …)` are masked too, and so is a whole row of a table with a
 * masked column (`SELECT u FROM users u`: column number 0). A computed column (`lower(email)`) has no source and is
 * matched by its name only. A view's row description names the view, not what it reads: a view column is masked when
 * its own name matches, or when PostgreSQL names a masked column as the source of its defining query's column.
 */
import picomatch from 'picomatch';

export interface MaskingRule {
  columns: string[];
  replacement: string;
}

/** A result column as the row description gives it; `tableID` 0 (or absent) when it has no source column. */
export interface ResultField {
  name: string;
  /** The table column it reads, by name, where the server names it (MySQL's org_name). */
  sourceName?: string;
  tableID?: number;
  columnID?: number;
}

/** Runs a query on the database; `fields` as the driver gives them (pg names sources, PGlite does not). */
export type CatalogQuery = (sql: string, params?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>>; fields?: ResultField[] }>;

// OIDs are unsigned 32-bit; the protocol libraries read the row description's table OID as a signed one.
const sourceKey = (table: number, column: number) => `${table >>> 0}.${column}`;

/** The replacement of the masked column a result column comes from, if it names one. */
const bySource = (sources: ReadonlyMap<string, string>, field: ResultField) => (field.tableID && field.columnID !== undefined ? sources.get(sourceKey(field.tableID, field.columnID)) : undefined);

// Table, partitioned table, view, materialized view, foreign table: what a row description can name as a source.
const COLUMNS = `FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
  WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')`;

export class ColumnMasking {
  private readonly rules: Array<{ matches: (name: string) => boolean; replacement: string }>;

  /** @param sources the masked table columns ("tableOid.attnum" → replacement; attnum 0: the whole row), read with `load` */
  constructor(
    rules: readonly MaskingRule[],
    private readonly sources: ReadonlyMap<string, string> = new Map(),
  ) {
    this.rules = rules.map((rule) => ({ matches: picomatch(rule.columns, { nocase: true }), replacement: rule.replacement }));
  }

  /**
   * The rules, with the database's columns whose names match them, read from its catalog: the column names first
   * (few), then where the matching ones are. Columns created afterwards are matched by name only.
   */
  static async load(rules: readonly MaskingRule[], query: CatalogQuery): Promise<ColumnMasking> {
    const masking = new ColumnMasking(rules);
    if (!rules.length) return masking;
    const names = (await query(`SELECT DISTINCT a.attname::text AS name ${COLUMNS}`)).rows.map((r) => String(r.name)).filter((name) => masking.byName(name) !== undefined);
    if (!names.length) return masking;
    const { rows } = await query(`SELECT a.attrelid::int8::text AS rel, a.attnum::int AS num, a.attname::text AS name ${COLUMNS} AND a.attname = ANY($1::text[]) ORDER BY 1, 2`, [names]);
    const sources = new Map<string, string>();
    const mask = (rel: number, num: number, replacement: string) => {
      sources.set(sourceKey(rel, num), replacement);
      // The whole row holds the column: it takes the replacement of its first masked column.
      if (!sources.has(sourceKey(rel, 0))) sources.set(sourceKey(rel, 0), replacement);
    };
    for (const row of rows) mask(Number(row.rel), Number(row.num), masking.byName(String(row.name))!);
    await maskViews(query, [...new Set(rows.map((row) => Number(row.rel)))], sources, mask);
    return new ColumnMasking(rules, sources);
  }

  get active(): boolean {
    return this.rules.length > 0;
  }

  /** What replaces this column's values, or undefined when it is not masked. */
  replacementFor(field: ResultField): string | undefined {
    return this.byName(field.name) ?? (field.sourceName ? this.byName(field.sourceName) : undefined) ?? bySource(this.sources, field);
  }

  private byName(name: string): string | undefined {
    return this.rules.find((rule) => rule.matches(name))?.replacement;
  }
}

const PROBE_LOCK_TIMEOUT = '2s';

/**
 * Masks the columns of views (and materialized views) that read a masked column under another name, level by level
 * (a view of a view): PostgreSQL resolves each view's defining query, run with `LIMIT 0` (nothing is read), and its
 * row description names each column's source. A view whose query cannot be run here (no privilege on what it reads,
 * or a table locked for longer than PROBE_LOCK_TIMEOUT by a migration) has all its columns masked. With a driver that
 * does not pass sources on (PGlite), views are matched by their column names only.
 */
async function maskViews(query: CatalogQuery, masked: number[], sources: ReadonlyMap<string, string>, mask: (rel: number, num: number, replacement: string) => void): Promise<void> {
  // Printing or planning a view's query takes a share lock on what it reads: a session must not hang behind a long
  // ALTER TABLE of a migration. Set before the first view only: the catalog reads take no such lock.
  let timeoutSet = false;
  try {
    const probed = new Set<number>();
    for (let relations = masked; relations.length; ) {
      const { rows } = await query(
        `SELECT DISTINCT r.ev_class::int8::text AS view, d.refobjid::int8::text AS rel,
           (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = r.ev_class AND a.attnum > 0 AND NOT a.attisdropped)::int AS columns
         FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid JOIN pg_class v ON v.oid = r.ev_class
         WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> r.ev_class
           AND v.relkind IN ('v', 'm') AND r.rulename = '_RETURN' AND d.refobjid::int8 = ANY($1::int8[])`,
        [relations],
      );
      const next: number[] = [];
      for (const row of rows) {
        const view = Number(row.view);
        if (probed.has(view)) continue;
        probed.add(view);
        if (!timeoutSet) {
          await query(`SET lock_timeout = '${PROBE_LOCK_TIMEOUT}'`);
          timeoutSet = true;
        }
        let fields: ResultField[] | undefined;
        try {
          const { rows: definitions } = await query('SELECT pg_get_viewdef($1::int8::oid) AS definition', [view]);
          const definition = String(definitions[0]?.definition).trim().replace(/;$/, '');
          fields = (await query(`SELECT * FROM (${definition}) AS mg_view LIMIT 0`)).fields;
        } catch {
          fields = undefined; // masked whole
        }
        if (fields?.some((field) => field.tableID === undefined)) return;
        const whole = sources.get(sourceKey(Number(row.rel), 0))!;
        const before = sources.size;
        for (let num = 1; num <= Number(row.columns); num++) {
          const field = fields?.[num - 1];
          const replacement = field ? bySource(sources, field) : whole;
          if (replacement !== undefined) mask(view, num, replacement);
        }
        if (sources.size > before) next.push(view);
      }
      relations = next;
    }
  } finally {
    if (timeoutSet) await query('RESET lock_timeout').catch(() => undefined);
  }
}
