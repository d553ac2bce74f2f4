/**
 * What a migration tool may send to its own history without a plan: exactly the statements that tool is known to
 * send, captured from the real tools (`__tests__/e2e/wire-history.test.ts` runs each one against PostgreSQL with
 * `log_statement = all` and checks this table covers what it sent). A statement matches when its parse tree has the
 * shape of one of these, with literals and parameters as the only free parts: no other table, column, function,
 * clause, COPY, ALTER, partition or inheritance can match. Pure: no I/O.
 */
import { parseSync } from 'libpg-query';
import { isPosition } from '../../../scan/dialects/postgres-ast.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- libpg-query ASTs are untyped JSON
type Node = Record<string, any>;

/** The tools whose history statements were captured; another tool's history writes must be in the plan. */
export const WIRE_TOOLS = ['none', 'node-pg-migrate', 'dbmate', 'sqitch', 'alembic'] as const;
export type WireTool = (typeof WIRE_TOOLS)[number];

export interface HistoryTool {
  /** The tables the statements write: `schema.table`, or a bare name found in any schema. */
  tables: readonly string[];
  /** The schema unqualified table names must resolve to: the connection's committed search_path must be exactly it. */
  searchPath?: string;
  /** Statements as the tool sends them (one shape each; literals and parameters free). */
  statements: readonly string[];
  /** COMMENT ON objects of this schema with a literal text (sqitch documents its registry this way). */
  commentsIn?: string;
}

const SQITCH_TABLES = ['releases', 'projects', 'changes', 'tags', 'dependencies', 'events'];

export const HISTORY_TOOLS: Record<WireTool, HistoryTool> = {
  none: { tables: [], statements: [] },
  'node-pg-migrate': {
    tables: ['public.pgmigrations'],
    statements: [
      'CREATE TABLE "public"."pgmigrations" (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)',
      'CREATE TABLE IF NOT EXISTS "public"."pgmigrations" (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)',
      `INSERT INTO "public"."pgmigrations" (name, run_on) VALUES ('x', NOW())`,
      `DELETE FROM "public"."pgmigrations" WHERE name='x'`,
    ],
  },
  dbmate: {
    tables: ['public.schema_migrations'],
    statements: [
      'create table if not exists public.schema_migrations (version varchar(128) primary key)',
      'insert into public.schema_migrations (version) values ($1)',
      'delete from public.schema_migrations where version = $1',
    ],
  },
  alembic: {
    tables: ['alembic_version'],
    statements: [
      'CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))',
      `INSERT INTO alembic_version (version_num) VALUES ('x') RETURNING alembic_version.version_num`,
      `INSERT INTO alembic_version (version_num) VALUES ('x')`,
      `UPDATE alembic_version SET version_num='y' WHERE alembic_version.version_num = 'x'`,
      `DELETE FROM alembic_version WHERE alembic_version.version_num = 'x'`,
    ],
  },
  sqitch: {
    tables: SQITCH_TABLES.map((t) => `sqitch.${t}`),
    searchPath: 'sqitch',
    commentsIn: 'sqitch',
    statements: [
      'CREATE SCHEMA IF NOT EXISTS "sqitch"',
      `CREATE TABLE "sqitch".releases (version REAL PRIMARY KEY, installed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(), installer_name TEXT NOT NULL, installer_email TEXT NOT NULL)`,
      `CREATE TABLE "sqitch".projects (project TEXT PRIMARY KEY, uri TEXT NULL UNIQUE, created_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(), creator_name TEXT NOT NULL, creator_email TEXT NOT NULL)`,
      `CREATE TABLE "sqitch".changes (change_id TEXT PRIMARY KEY, script_hash TEXT NULL, change TEXT NOT NULL, project TEXT NOT NULL REFERENCES "sqitch".projects(project) ON UPDATE CASCADE, note TEXT NOT NULL DEFAULT '', committed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(), committer_name TEXT NOT NULL, committer_email TEXT NOT NULL, planned_at TIMESTAMPTZ NOT NULL, planner_name TEXT NOT NULL, planner_email TEXT NOT NULL, UNIQUE(project, script_hash))`,
      `CREATE TABLE "sqitch".tags (tag_id TEXT PRIMARY KEY, tag TEXT NOT NULL, project TEXT NOT NULL REFERENCES "sqitch".projects(project) ON UPDATE CASCADE, change_id TEXT NOT NULL REFERENCES "sqitch".changes(change_id) ON UPDATE CASCADE, note TEXT NOT NULL DEFAULT '', committed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(), committer_name TEXT NOT NULL, committer_email TEXT NOT NULL, planned_at TIMESTAMPTZ NOT NULL, planner_name TEXT NOT NULL, planner_email TEXT NOT NULL, UNIQUE(project, tag))`,
      `CREATE TABLE "sqitch".dependencies (change_id TEXT NOT NULL REFERENCES "sqitch".changes(change_id) ON UPDATE CASCADE ON DELETE CASCADE, type TEXT NOT NULL, dependency TEXT NOT NULL, dependency_id TEXT NULL REFERENCES "sqitch".changes(change_id) ON UPDATE CASCADE CONSTRAINT dependencies_check CHECK ((type = 'require' AND dependency_id IS NOT NULL) OR (type = 'conflict' AND dependency_id IS NULL)), PRIMARY KEY (change_id, dependency))`,
      `CREATE TABLE "sqitch".events (event TEXT NOT NULL CONSTRAINT events_event_check CHECK (event IN ('deploy', 'revert', 'fail', 'merge')), change_id TEXT NOT NULL, change TEXT NOT NULL, project TEXT NOT NULL REFERENCES "sqitch".projects(project) ON UPDATE CASCADE, note TEXT NOT NULL DEFAULT '', requires TEXT[] NOT NULL DEFAULT '{}', conflicts TEXT[] NOT NULL DEFAULT '{}', tags TEXT[] NOT NULL DEFAULT '{}', committed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(), committer_name TEXT NOT NULL, committer_email TEXT NOT NULL, planned_at TIMESTAMPTZ NOT NULL, planner_name TEXT NOT NULL, planner_email TEXT NOT NULL, PRIMARY KEY (change_id, committed_at))`,
      'LOCK TABLE changes IN EXCLUSIVE MODE',
      'INSERT INTO releases (version, installed_at, installer_name, installer_email) VALUES ($1, clock_timestamp(), $2, $3)',
      'INSERT INTO projects (project, uri, creator_name, creator_email, created_at) VALUES ($1, $2, $3, $4, clock_timestamp())',
      'INSERT INTO changes (change_id, script_hash, change, project, note, committer_name, committer_email, planned_at, planner_name, planner_email, committed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, clock_timestamp())',
      'INSERT INTO events (event, change_id, change, project, note, tags, requires, conflicts, committer_name, committer_email, planned_at, planner_name, planner_email, committed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, clock_timestamp())',
      'INSERT INTO dependencies (change_id, type, dependency, dependency_id) VALUES ($1, $2, $3, $4)',
      'INSERT INTO tags (tag_id, tag, project, change_id, note, committer_name, committer_email, planned_at, planner_name, planner_email, committed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, clock_timestamp())',
      'INSERT INTO tags (tag_id, tag, project, change_id, note, committer_name, committer_email, planned_at, planner_name, planner_email) SELECT tid, tg, proj, chid, n, name, email, at, pname, pemail FROM (VALUES ($1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::timestamptz, $9::text, $10::text)) i(tid, tg, proj, chid, n, name, email, at, pname, pemail) LEFT JOIN tags ON i.tid = tags.tag_id WHERE tags.tag_id IS NULL',
      'DELETE FROM tags WHERE change_id = $1 RETURNING tag',
      'DELETE FROM tags WHERE change_id = $1',
      'DELETE FROM dependencies WHERE change_id = $1',
      'DELETE FROM changes where change_id = $1',
      'UPDATE changes SET script_hash = $1 WHERE change_id = $2 AND script_hash = $3',
      'UPDATE changes SET script_hash = NULL WHERE project = $1 AND script_hash = change_id',
    ],
  },
};

/**
 * The shape of a statement: its parse tree without positions, every literal and parameter a placeholder, and a
 * VALUES list whose rows all have one shape folded to one row (a tool inserts as many rows as it has).
 */
export function statementShape(stmt: Node): string {
  return JSON.stringify(stmt, (name, value) => {
    if (isPosition(name)) return undefined;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if ('A_Const' in value) return { A_Const: '?' };
      if ('ParamRef' in value) return { ParamRef: '?' };
    }
    if (name === 'valuesLists' && Array.isArray(value) && value.length > 1) {
      const shapes = new Set(value.map((row: Node) => statementShape(row)));
      return shapes.size === 1 ? [value[0]] : value;
    }
    return value;
  });
}

const shapes = new Map<WireTool, Set<string>>();

function shapesOf(tool: WireTool): Set<string> {
  let known = shapes.get(tool);
  if (!known) {
    known = new Set(HISTORY_TOOLS[tool].statements.map((sql) => statementShape(((parseSync(sql) as Node).stmts[0] as Node).stmt)));
    shapes.set(tool, known);
  }
  return known;
}

/** Whether `stmt` (one statement's tree, `{Type: node}`) is one of the tool's own history statements. */
export function isHistoryStatement(stmt: Node, tool: WireTool, searchPath: readonly string[] | undefined): boolean {
  const history = HISTORY_TOOLS[tool];
  if (history.commentsIn && isOwnComment(stmt, history.commentsIn)) return true;
  if (!shapesOf(tool).has(statementShape(stmt))) return false;
  // Unqualified names must resolve where the tool keeps its tables, not in a schema of the application's.
  if (!history.searchPath || !usesUnqualifiedTable(stmt)) return true;
  return searchPath?.length === 1 && searchPath[0] === history.searchPath;
}

function usesUnqualifiedTable(stmt: Node): boolean {
  let found = false;
  JSON.stringify(stmt, (_name, value) => {
    // A table reference (RangeVar, inline or wrapped) names its relation; without a schema it resolves by search_path.
    if (value && typeof value === 'object' && typeof value.relname === 'string' && !value.schemaname) found = true;
    return value;
  });
  return found;
}

/** COMMENT ON SCHEMA s / TABLE s.t / COLUMN s.t.c IS '<text>' (a comment changes no data). */
function isOwnComment(stmt: Node, schema: string): boolean {
  const comment = stmt.CommentStmt as Node | undefined;
  if (!comment || (comment.comment !== undefined && typeof comment.comment !== 'string')) return false;
  const kind = String(comment.objtype);
  if (kind === 'OBJECT_SCHEMA') return comment.object?.String?.sval === schema;
  if (kind !== 'OBJECT_TABLE' && kind !== 'OBJECT_COLUMN') return false;
  const names: string[] = (comment.object?.List?.items ?? []).map((n: Node) => n.String?.sval);
  return names.length === (kind === 'OBJECT_TABLE' ? 2 : 3) && names[0] === schema && SQITCH_TABLES.includes(names[1]!);
}

/**
 * A query over the catalog naming every history table of `tool` that is not a plain table (a partitioned table, a
 * partition, an inheritance parent or child, a view) or that has rules, triggers, references from outside the tool's
 * tables, or defaults, checks, types or indexes that call what is not built in: writing its rows could reach other
 * data. One row per problem; none means the tool's history is what its statements expect.
 */
export function historyCheckQuery(tool: WireTool): { sql: string; params: string[][] } | undefined {
  const { tables } = HISTORY_TOOLS[tool];
  if (!tables.length) return undefined;
  const qualified = tables.filter((t) => t.includes('.'));
  const bare = tables.filter((t) => !t.includes('.'));
  const sql = `WITH history AS (
  SELECT c.oid, c.relkind, c.relispartition, pg_catalog.format('%I.%I', n.nspname, c.relname) AS name
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE (n.nspname || '.' || c.relname) = ANY($1::text[]) OR c.relname = ANY($2::text[])
)
SELECT h.name, p.problem FROM history h CROSS JOIN LATERAL (VALUES
  (CASE WHEN h.relkind <> 'r' THEN 'is not a plain table (relkind ' || h.relkind::text || ')' END),
  (CASE WHEN h.relispartition THEN 'is a partition of another table' END),
  (CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhrelid = h.oid OR i.inhparent = h.oid) THEN 'has an inheritance parent or child' END),
  (CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_rewrite r WHERE r.ev_class = h.oid) THEN 'has rules' END),
  (CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgrelid = h.oid AND NOT t.tgisinternal) THEN 'has triggers' END),
  (CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.contype = 'f' AND k.confrelid = h.oid AND k.conrelid NOT IN (SELECT oid FROM history)) THEN 'is referenced by a foreign key of another table' END),
  (CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a WHERE a.attrelid = h.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.atttypid >= 16384 AND a.atttypid NOT IN (SELECT t.typarray FROM pg_catalog.pg_type t WHERE t.oid < 16384)) THEN 'has a column of a user-defined type' END),
  (CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.refobjid >= 16384 AND (
      (d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND d.objid IN (SELECT ad.oid FROM pg_catalog.pg_attrdef ad WHERE ad.adrelid = h.oid))
   OR (d.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND d.objid IN (SELECT k.oid FROM pg_catalog.pg_constraint k WHERE k.conrelid = h.oid))
   OR (d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid IN (SELECT x.indexrelid FROM pg_catalog.pg_index x WHERE x.indrelid = h.oid)))) THEN 'has a default, check or index that calls a function that is not built in' END)
) AS p(problem)
WHERE p.problem IS NOT NULL
ORDER BY 1, 2`;
  return { sql, params: [qualified, bare] };
}

export class HistoryTableError extends Error {}

/** Refuses a wire connection whose tool history is not what the tool's statements expect (see `historyCheckQuery`). */
export async function checkHistoryTables(query: <T>(sql: string, params?: unknown[]) => Promise<T[]>, tool: WireTool): Promise<void> {
  const check = historyCheckQuery(tool);
  if (!check) return;
  const problems = await query<{ name: string; problem: string }>(check.sql, check.params);
  if (problems.length) {
    const list = problems.map((p) => `${p.name} ${p.problem}`).join('; ');
    throw new HistoryTableError(
      `the ${tool} history table is not a plain table of the tool's own (${list}): writing its rows without a plan could reach other data. Fix it with a reviewed migration, then run the apply step again`,
    );
  }
}
