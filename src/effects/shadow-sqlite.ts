/**
 * The shadow database for SQLite: a real SQLite engine in-process (sql.js, SQLite compiled to WebAssembly; Node 22's
 * node:sqlite would do too, but the engines here start at Node 20), in memory, with foreign keys enforced as
 * applications usually run it. SQLite has no OIDs: objects are known by name, so its usual table rebuild (create a
 * copy, fill it, drop the original, rename the copy) looks like a drop until the change ends; `reconcile` then checks
 * whether every row of the dropped table is back, in the table of that name or another, and judges the drop again.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import initSqlJs, { type Database } from 'sql.js';
import { judgedSafe, type Shadow, type StatementRehearsal } from './rehearse.js';
import { keyOf, type CatalogObject, type CatalogSnapshot, type ObjectKind } from './model.js';
import { quoteIdent, quoteLiteral } from '../sql-quote.js';

/** sql-wasm.wasm next to the bundle (dist/), else from the package (running from the sources). */
function wasmPath(): string {
  const beside = join(dirname(fileURLToPath(import.meta.url)), 'sql-wasm.wasm');
  return existsSync(beside) ? beside : createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
}

export async function sqliteShadow(): Promise<Shadow> {
  const SQL = await initSqlJs({ locateFile: () => wasmPath() });
  const db: Database = new SQL.Database();
  db.run('PRAGMA foreign_keys = ON');
  const rows = <T,>(sql: string): T[] => {
    const [result] = db.exec(sql);
    return (result?.values ?? []).map((values) => Object.fromEntries(result!.columns.map((c, i) => [c, values[i]])) as T);
  };
  let baseline: string[] | undefined;
  return {
    exec: async (sql) => void db.exec(sql),
    query: async <T,>(sql: string) => rows<T>(sql),
    async snapshot() {
      const snapshot = snapshotSqlite(rows);
      if (!baseline) {
        // The tables as the history left them, kept aside: reconcile looks for their rows at the end.
        baseline = [...snapshot.objects.values()].filter((o) => o.kind === 'relation' && o.attrs.relkind === 'r').map((o) => String(o.attrs.name));
        db.run("ATTACH ':memory:' AS mg_baseline");
        for (const table of baseline) db.run(`CREATE TABLE mg_baseline.${quoteIdent(table)} AS SELECT * FROM main.${quoteIdent(table)}`);
      }
      return snapshot;
    },
    async reconcile(statements: StatementRehearsal[]) {
      const tables = rows<{ name: string }>("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").map((t) => t.name);
      const columns = (schema: string, table: string) => rows<{ name: string }>(`SELECT name FROM pragma_table_info(${quoteLiteral(table)}, ${quoteLiteral(schema)})`).map((c) => c.name);
      for (const statement of statements) {
        statement.effects = statement.effects.map((judged) => {
          const { effect } = judged;
          if (effect.kind !== 'relation.dropped' || !judged.rule || !effect.object.startsWith('main.')) return judged;
          const table = effect.object.slice(5);
          if (!baseline?.includes(table)) return judged;
          const old = columns('mg_baseline', table);
          // The same name first (a rebuild), then any other table (a rename, a move).
          for (const candidate of [table, ...tables.filter((t) => t !== table)]) {
            if (!tables.includes(candidate)) continue;
            const shared = columns('main', candidate).filter((c) => old.includes(c));
            if (!shared.length || shared.length < old.length) continue;
            const list = shared.map(quoteIdent).join(', ');
            const [missing] = rows<{ n: number }>(`SELECT count(*) AS n FROM (SELECT ${list} FROM mg_baseline.${quoteIdent(table)} EXCEPT SELECT ${list} FROM main.${quoteIdent(candidate)})`);
            if (Number(missing?.n ?? 1) !== 0) continue;
            if (candidate === table) return judgedSafe(effect, 'the table is rebuilt by the end of the change, with every row it had');
            return { effect: { ...effect, description: `moves table ${effect.object} to main.${candidate} (its rows are there)` }, rule: 'effect-incompatible' as const };
          }
          return judged;
        });
      }
      // A next rehearsal on this shadow takes its own baseline (not while a transaction the change left open holds it).
      try {
        db.run('DETACH DATABASE mg_baseline');
        baseline = undefined;
      } catch {
        // kept: the next rehearsal compares against this one's baseline
      }
    },
    close: async () => db.close(),
  };
}

/** Tables, views, indexes and triggers of the main schema, their columns and foreign keys, and the rows of each table. */
export function snapshotSqlite(rows: <T>(sql: string) => T[]): CatalogSnapshot {
  const objects = new Map<string, CatalogObject>();
  const add = (kind: ObjectKind, id: string, name: string, attrs: Record<string, unknown>, parent?: string) => {
    const object: CatalogObject = { kind, id, name, attrs, ...(parent ? { parent } : {}) };
    objects.set(keyOf(object), object);
  };
  const master = rows<{ type: string; name: string; tbl_name: string; sql: string | null }>("SELECT type, name, tbl_name, sql FROM main.sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
  const counts = new Map<string, number>();
  for (const entry of master) {
    const table = `t:${entry.tbl_name}`;
    if (entry.type === 'table') {
      add('relation', table, `main.${entry.name}`, { relkind: 'r', name: entry.name });
      for (const column of rows<{ name: string; type: string; notnull: number; dflt_value: unknown; pk: number }>(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(${quoteLiteral(entry.name)}, 'main')`)) {
        add('column', `${entry.name}.${column.name}`, `main.${entry.name}.${column.name}`, { type: column.type.toLowerCase(), not_null: !!column.notnull, default: column.dflt_value ?? null, primary_key: column.pk }, table);
      }
      const keys = rows<{ id: number; table: string; from: string; to: string; on_delete: string; on_update: string }>(`SELECT id, "table", "from", "to", on_delete, on_update FROM pragma_foreign_key_list(${quoteLiteral(entry.name)}, 'main')`);
      for (const id of new Set(keys.map((k) => k.id))) {
        const parts = keys.filter((k) => k.id === id);
        const definition = `(${parts.map((k) => k.from).join(', ')}) REFERENCES ${parts[0]!.table} (${parts.map((k) => k.to).join(', ')}) ON DELETE ${parts[0]!.on_delete} ON UPDATE ${parts[0]!.on_update}`;
        add('constraint', `${entry.name}.${definition}`, `main.${entry.name} constraint ${definition}`, { type: 'f', definition }, table);
      }
      const [count] = rows<{ n: number }>(`SELECT count(*) AS n FROM main.${quoteIdent(entry.name)}`);
      counts.set(table, Number(count?.n ?? 0));
    } else if (entry.type === 'view') add('relation', `v:${entry.name}`, `main.${entry.name}`, { relkind: 'v', name: entry.name, definition: entry.sql });
    else if (entry.type === 'index') {
      // What it indexes, not its CREATE text (which names the table: a table renamed rewrites it).
      const columns = rows<{ name: string | null; desc: number }>(`SELECT name, "desc" FROM pragma_index_xinfo(${quoteLiteral(entry.name)}, 'main') WHERE key = 1 ORDER BY seqno`);
      const unique = /^\s*create\s+unique/i.test(entry.sql ?? '');
      const where = /\bwhere\b([\s\S]*)$/i.exec(entry.sql ?? '')?.[1]?.trim();
      add('relation', `i:${entry.name}`, `main.${entry.name}`, { relkind: 'i', name: entry.name, definition: `${unique ? 'UNIQUE ' : ''}(${columns.map((c) => `${c.name ?? 'expression'}${c.desc ? ' DESC' : ''}`).join(', ')})${where ? ` WHERE ${where}` : ''}` }, table);
    }
    else if (entry.type === 'trigger') add('trigger', `${entry.tbl_name}.${entry.name}`, `main.${entry.tbl_name} trigger ${entry.name}`, { definition: entry.sql }, table);
  }
  return { objects, rows: counts };
}
