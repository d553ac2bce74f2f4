/**
 * PostgreSQL front end: the real Postgres parser (libpg-query) turns a statement into an AST,
 * and this module turns the AST into operations. DO blocks and PL/pgSQL function bodies are
 * parsed with parsePlPgSQL and their statements analysed like top-level ones.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- libpg-query ASTs are deeply polymorphic JSON */
import { loadModule, parseSync, parsePlPgSQLSync } from 'libpg-query';
import type { LocatedOperation, Operation, Origin } from '../types.js';
import { byteToCharMapper } from '../source.js';

type Node = Record<string, any>;

let loaded: Promise<void> | undefined;
/** Loads the parser's WebAssembly module once per process. */
export function loadPostgresParser(): Promise<void> {
  loaded ??= loadModule();
  return loaded;
}

export type PostgresAnalysis =
  | { parsed: true; ops: LocatedOperation[] }
  | { parsed: false; error: string };

/**
 * Analyses one statement's code. `lineOf(charOffset)` gives the absolute file line of an offset in `code`,
 * so findings inside DO blocks and function bodies point at the right line.
 */
export function analyzePostgres(code: string, lineOf: (offset: number) => number): PostgresAnalysis {
  let tree: Node;
  try {
    tree = parseSync(code) as Node;
  } catch (error) {
    return { parsed: false, error: (error as Error).message };
  }
  const ops: LocatedOperation[] = [];
  const toChar = byteToCharMapper(code);
  const analyzer = new AstAnalyzer(ops, (byte) => lineOf(toChar(byte)));
  analyzer.walkStatements(code, tree, undefined);
  return { parsed: true, ops };
}

const DROP_OBJECTS: Record<string, string> = {
  OBJECT_TABLE: 'table',
  OBJECT_SCHEMA: 'schema',
  OBJECT_SEQUENCE: 'sequence',
  OBJECT_MATVIEW: 'materialized view',
  OBJECT_EXTENSION: 'extension',
  OBJECT_VIEW: 'view',
  OBJECT_FUNCTION: 'function',
  OBJECT_PROCEDURE: 'procedure',
  OBJECT_ROUTINE: 'routine',
  OBJECT_AGGREGATE: 'aggregate',
  OBJECT_TYPE: 'type',
  OBJECT_DOMAIN: 'domain',
  OBJECT_INDEX: 'index',
  OBJECT_FOREIGN_TABLE: 'foreign table',
};

/** ALTER TABLE subcommands that take a lock weaker than ACCESS EXCLUSIVE. */
const WEAKER_LOCK_SUBCOMMANDS = new Set([
  'AT_ValidateConstraint',
  'AT_SetStatistics',
  'AT_SetOptions',
  'AT_ResetOptions',
  'AT_ClusterOn',
  'AT_DropCluster',
  'AT_AttachPartition',
  'AT_DetachPartitionFinalize',
  'AT_EnableTrig',
  'AT_DisableTrig',
  'AT_EnableAlwaysTrig',
  'AT_EnableReplicaTrig',
  'AT_EnableTrigAll',
  'AT_DisableTrigAll',
  'AT_EnableTrigUser',
  'AT_DisableTrigUser',
]);

/** Functions whose value differs per row: as a column default they force a table rewrite. */
export const VOLATILE_FUNCTIONS = new Set([
  'random',
  'gen_random_uuid',
  'uuid_generate_v1',
  'uuid_generate_v1mc',
  'uuid_generate_v4',
  'uuidv4',
  'uuidv7',
  'clock_timestamp',
  'timeofday',
  'nextval',
  'txid_current',
]);

const SERIAL_TYPES = new Set(['serial', 'bigserial', 'smallserial', 'serial4', 'serial8', 'serial2']);

function strings(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) strings(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'String' && typeof (value as Node).sval === 'string') out.push((value as Node).sval);
      else if (key !== 'objargs' && key !== 'objfuncargs') strings(value, out);
    }
  }
  return out;
}

export function relationName(rangeVar: Node | undefined): string {
  if (!rangeVar) return '?';
  return [rangeVar.catalogname, rangeVar.schemaname, rangeVar.relname].filter(Boolean).join('.');
}

function constKey(node: Node | undefined): string | undefined {
  const value = node?.A_Const;
  if (!value) return undefined;
  const { location: _location, ...rest } = value;
  return JSON.stringify(rest);
}

function stripLocations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripLocations);
  if (node && typeof node === 'object') {
    const out: Node = {};
    for (const [key, value] of Object.entries(node)) if (key !== 'location') out[key] = stripLocations(value);
    return out;
  }
  return node;
}

/** True when a WHERE clause matches every row: `true`, `1 = 1`, `'a' = 'a'`, `x = x`, `… OR true`, `NOT false`. */
export function isAlwaysTrue(expr: Node | undefined): boolean {
  return truth(expr) === true;
}

function truth(expr: Node | undefined): boolean | undefined {
  if (!expr) return undefined;
  if (expr.A_Const) {
    const c = expr.A_Const;
    if (c.boolval) return c.boolval.boolval === true;
    if (c.ival) return (c.ival.ival ?? 0) !== 0;
    return undefined;
  }
  if (expr.TypeCast) return truth(expr.TypeCast.arg);
  if (expr.BoolExpr) {
    const parts = (expr.BoolExpr.args ?? []).map(truth);
    if (expr.BoolExpr.boolop === 'OR_EXPR') return parts.some((p: boolean | undefined) => p === true) ? true : undefined;
    if (expr.BoolExpr.boolop === 'AND_EXPR') {
      if (parts.every((p: boolean | undefined) => p === true)) return true;
      return parts.some((p: boolean | undefined) => p === false) ? false : undefined;
    }
    if (expr.BoolExpr.boolop === 'NOT_EXPR') {
      const inner = parts[0];
      return inner === undefined ? undefined : !inner;
    }
  }
  if (expr.A_Expr && expr.A_Expr.kind === 'AEXPR_OP') {
    const op = strings(expr.A_Expr.name).join('');
    const left = constKey(expr.A_Expr.lexpr);
    const right = constKey(expr.A_Expr.rexpr);
    if (left !== undefined && right !== undefined) {
      if (op === '=') return left === right;
      if (op === '<>' || op === '!=') return left !== right;
    }
    if (op === '=' && expr.A_Expr.lexpr?.ColumnRef && expr.A_Expr.rexpr?.ColumnRef) {
      const same = JSON.stringify(stripLocations(expr.A_Expr.lexpr)) === JSON.stringify(stripLocations(expr.A_Expr.rexpr));
      return same ? true : undefined;
    }
  }
  if (expr.NullTest && expr.NullTest.arg?.A_Const) {
    const isNull = !!expr.NullTest.arg.A_Const.isnull;
    return expr.NullTest.nulltesttype === 'IS_NOT_NULL' ? !isNull : isNull;
  }
  return undefined;
}

function whereState(where: Node | undefined): 'none' | 'always-true' | 'present' {
  if (!where) return 'none';
  return isAlwaysTrue(where) ? 'always-true' : 'present';
}

function defElems(options: Node[] | undefined): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const option of options ?? []) if (option.DefElem) out.set(option.DefElem.defname, option.DefElem);
  return out;
}

class AstAnalyzer {
  /** The source text of the statement being walked (CREATE FUNCTION bodies are compiled from it). */
  private statementText = '';

  constructor(
    private readonly ops: LocatedOperation[],
    private readonly lineOfByte: (byte: number) => number,
  ) {}

  walkStatements(sql: string, tree: Node, origin: Origin | undefined): void {
    const bytes = Buffer.from(sql, 'utf8');
    for (const raw of tree.stmts ?? []) {
      const start = raw.stmt_location ?? 0;
      this.statementText = bytes.subarray(start, raw.stmt_len ? start + raw.stmt_len : bytes.length).toString('utf8');
      this.walk(raw.stmt, origin);
    }
  }

  private emit(op: Operation, origin: Origin | undefined) {
    this.ops.push(origin ? { op, origin } : { op });
  }

  /** Visits every node; handlers emit operations. Nested DML (CTEs, rule actions, SQL function bodies) is found this way. */
  walk(node: unknown, origin: Origin | undefined): void {
    if (Array.isArray(node)) {
      for (const item of node) this.walk(item, origin);
      return;
    }
    if (!node || typeof node !== 'object') return;
    // for…in rather than Object.entries: this loop runs for every AST node of every statement.
    for (const key in node as Node) {
      const value = (node as Node)[key];
      if (value && typeof value === 'object') {
        if (this.visit(key, value as Node, origin) === 'skip') continue;
        this.walk(value, origin);
      }
    }
  }

  private visit(type: string, n: Node, origin: Origin | undefined): 'skip' | void {
    switch (type) {
      case 'DropStmt': {
        const object = DROP_OBJECTS[n.removeType] ?? String(n.removeType ?? 'object').replace(/^OBJECT_/, '').toLowerCase();
        const names = (n.objects ?? []).map((o: Node) => strings(o).join('.'));
        this.emit({ kind: 'drop', object, names, cascade: n.behavior === 'DROP_CASCADE', concurrently: !!n.concurrent }, origin);
        if (object === 'table') for (const table of names) this.emit({ kind: 'access-exclusive', table, command: 'DROP TABLE' }, origin);
        return 'skip';
      }
      case 'DropdbStmt':
        this.emit({ kind: 'drop', object: 'database', names: [n.dbname], cascade: false, concurrently: false }, origin);
        return 'skip';
      case 'DropOwnedStmt':
        this.emit({ kind: 'drop-owned' }, origin);
        return 'skip';
      case 'TruncateStmt': {
        const tables = (n.relations ?? []).map((r: Node) => relationName(r.RangeVar));
        this.emit({ kind: 'truncate', tables }, origin);
        for (const table of tables) this.emit({ kind: 'access-exclusive', table, command: 'TRUNCATE' }, origin);
        return;
      }
      case 'DeleteStmt':
        this.emit({ kind: 'delete', table: relationName(n.relation), where: whereState(n.whereClause) }, origin);
        return;
      case 'UpdateStmt':
        this.emit({ kind: 'update', table: relationName(n.relation), where: whereState(n.whereClause) }, origin);
        return;
      case 'RuleStmt':
        if (n.instead && (!n.actions || n.actions.length === 0)) this.emit({ kind: 'rule-instead-nothing', table: relationName(n.relation) }, origin);
        return;
      case 'GrantStmt': {
        if (!n.is_grant) return 'skip';
        const grantees = (n.grantees ?? []).map((g: Node) => (g.RoleSpec?.roletype === 'ROLESPEC_PUBLIC' ? 'PUBLIC' : (g.RoleSpec?.rolename ?? '?')));
        this.emit({ kind: 'grant', toPublic: grantees.includes('PUBLIC'), allPrivileges: !n.privileges || n.privileges.length === 0, grantees }, origin);
        return 'skip';
      }
      case 'CreateRoleStmt':
      case 'AlterRoleStmt': {
        const role = type === 'CreateRoleStmt' ? n.role : (n.role?.rolename ?? '?');
        for (const attribute of ['superuser', 'bypassrls'] as const) {
          const option = defElems(n.options).get(attribute);
          if (option && option.arg?.Boolean?.boolval === true) this.emit({ kind: 'role-attribute', role, attribute, create: type === 'CreateRoleStmt' }, origin);
        }
        return 'skip';
      }
      case 'IndexStmt':
        this.emit({ kind: 'create-index', table: relationName(n.relation), concurrently: !!n.concurrent }, origin);
        return 'skip';
      case 'AlterTableStmt':
        this.alterTable(n, origin);
        return;
      case 'RenameStmt':
        if (n.renameType === 'OBJECT_TABLE') {
          const table = relationName(n.relation);
          this.emit({ kind: 'rename', object: 'table', table, from: table, to: n.newname }, origin);
          this.emit({ kind: 'access-exclusive', table, command: 'ALTER TABLE … RENAME' }, origin);
        } else if (n.renameType === 'OBJECT_COLUMN') {
          const table = relationName(n.relation);
          this.emit({ kind: 'rename', object: 'column', table, from: n.subname, to: n.newname }, origin);
          this.emit({ kind: 'access-exclusive', table, command: 'ALTER TABLE … RENAME COLUMN' }, origin);
        }
        return 'skip';
      case 'VacuumStmt':
        if (n.is_vacuumcmd && defElems(n.options).has('full')) {
          const tables = (n.rels ?? []).map((r: Node) => relationName(r.VacuumRelation?.relation));
          for (const table of tables.length ? tables : ['(all tables)']) {
            this.emit({ kind: 'rewrite-table', command: 'VACUUM FULL', table }, origin);
            this.emit({ kind: 'access-exclusive', table, command: 'VACUUM FULL' }, origin);
          }
        }
        return 'skip';
      case 'ClusterStmt': {
        const table = n.relation ? relationName(n.relation) : '(all clustered tables)';
        this.emit({ kind: 'rewrite-table', command: 'CLUSTER', table }, origin);
        this.emit({ kind: 'access-exclusive', table, command: 'CLUSTER' }, origin);
        return 'skip';
      }
      case 'VariableSetStmt':
        if (n.name === 'lock_timeout') this.emit({ kind: 'set-lock-timeout' }, origin);
        return 'skip';
      case 'CreateStmt':
        this.emit({ kind: 'create-table', table: relationName(n.relation), ifNotExists: !!n.if_not_exists }, origin);
        return;
      case 'CreateTableAsStmt':
        if (n.into?.rel) this.emit({ kind: 'create-table', table: relationName(n.into.rel), ifNotExists: !!n.if_not_exists }, origin);
        return;
      case 'ExplainStmt':
        // EXPLAIN alone never runs the statement; EXPLAIN ANALYZE does.
        return defElems(n.options).has('analyze') ? undefined : 'skip';
      case 'DoStmt':
        this.doBlock(n, origin);
        return 'skip';
      case 'CreateFunctionStmt':
        this.functionBody(n, origin);
        return;
      default:
        return;
    }
  }

  private alterTable(n: Node, origin: Origin | undefined) {
    if (n.objtype && n.objtype !== 'OBJECT_TABLE') return;
    const table = relationName(n.relation);
    let accessExclusive = false;
    for (const item of n.cmds ?? []) {
      const cmd = item.AlterTableCmd;
      if (!cmd) continue;
      const foreignKey = cmd.subtype === 'AT_AddConstraint' && cmd.def?.Constraint?.contype === 'CONSTR_FOREIGN';
      if (!WEAKER_LOCK_SUBCOMMANDS.has(cmd.subtype) && !foreignKey) accessExclusive = true; // FKs take SHARE ROW EXCLUSIVE
      switch (cmd.subtype) {
        case 'AT_DropColumn':
          this.emit({ kind: 'drop-column', table, column: cmd.name }, origin);
          break;
        case 'AT_AddConstraint': {
          const constraint = cmd.def?.Constraint;
          if (constraint?.contype === 'CONSTR_FOREIGN' || constraint?.contype === 'CONSTR_CHECK') {
            this.emit({ kind: 'add-constraint', table, constraint: constraint.contype === 'CONSTR_FOREIGN' ? 'foreign-key' : 'check', notValid: !!constraint.skip_validation }, origin);
          }
          break;
        }
        case 'AT_SetNotNull':
          this.emit({ kind: 'set-not-null', table, column: cmd.name }, origin);
          break;
        case 'AT_AlterColumnType':
          this.emit({ kind: 'alter-column-type', table, column: cmd.name }, origin);
          break;
        case 'AT_AddColumn': {
          const column = cmd.def?.ColumnDef;
          if (!column) break;
          this.emit({ kind: 'add-column', table, column: column.colname, volatileDefault: volatileDefaultOf(column) }, origin);
          break;
        }
        default:
          break;
      }
    }
    if (accessExclusive) this.emit({ kind: 'access-exclusive', table, command: 'ALTER TABLE' }, origin);
  }

  private doBlock(n: Node, origin: Origin | undefined) {
    const options = defElems(n.args);
    const language = options.get('language')?.arg?.String?.sval ?? 'plpgsql';
    const body = options.get('as');
    if (language.toLowerCase() !== 'plpgsql' || !body) return;
    const source = body.arg?.String?.sval ?? '';
    const bodyLine = this.lineOfByte(body.location ?? 0);
    this.plpgsql(wrapAsFunction(source), { context: 'DO block', line: bodyLine }, origin);
  }

  private functionBody(n: Node, origin: Origin | undefined) {
    const options = defElems(n.options);
    const language = String(options.get('language')?.arg?.String?.sval ?? 'sql').toLowerCase();
    const asElem = options.get('as');
    const source = asElem?.arg?.List?.items?.[0]?.String?.sval;
    if (typeof source !== 'string') return; // BEGIN ATOMIC bodies are in the AST and walked normally
    const name = strings(n.funcname).join('.');
    const kind = n.is_procedure ? 'procedure' : 'function';
    const body: Origin = { context: `${kind} ${name}()`, line: this.lineOfByte(asElem?.location ?? 0) };
    if (language === 'plpgsql') this.plpgsql(this.statementText, body, origin);
    else if (language === 'sql') this.nested(source, origin ? { ...body, context: `${origin.context} › ${body.context}` } : body);
  }

  private plpgsql(sql: string, body: Origin, parent: Origin | undefined) {
    const bodyLine = body.line ?? 1;
    const context = parent ? `${parent.context} › ${body.context}` : body.context;
    let tree: Node;
    try {
      tree = parsePlPgSQLSync(sql) as Node;
    } catch (error) {
      this.emit({ kind: 'unparseable', reason: `${body.context} body: ${(error as Error).message}` }, { context, line: bodyLine });
      return;
    }
    const visit = (node: unknown, line: number): void => {
      if (Array.isArray(node)) {
        for (const item of node) visit(item, line);
        return;
      }
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node as Node)) {
        if (!value || typeof value !== 'object') continue;
        const here = typeof (value as Node).lineno === 'number' ? bodyLine + (value as Node).lineno - 1 : line;
        const origin: Origin = { context, line: here };
        switch (key) {
          case 'PLpgSQL_stmt_execsql':
            this.nested((value as Node).sqlstmt?.PLpgSQL_expr?.query ?? '', origin);
            continue;
          case 'PLpgSQL_stmt_dynexecute':
          case 'PLpgSQL_stmt_dynfors':
            this.dynamic((value as Node).query?.PLpgSQL_expr?.query ?? '', origin);
            if (key === 'PLpgSQL_stmt_dynfors') visit((value as Node).body, here);
            continue;
          case 'PLpgSQL_stmt_open':
          case 'PLpgSQL_stmt_return_query':
            if ((value as Node).dynquery) this.dynamic((value as Node).dynquery?.PLpgSQL_expr?.query ?? '', origin);
            else if ((value as Node).query) this.nested((value as Node).query?.PLpgSQL_expr?.query ?? '', origin);
            continue;
          default:
            visit(value, here);
        }
      }
    };
    visit(tree.plpgsql_funcs, bodyLine);
  }

  /** EXECUTE <expr>: a constant string is parsed and analysed; anything else cannot be verified statically. */
  private dynamic(expression: string, origin: Origin) {
    const constant = constantString(expression);
    if (constant === undefined) {
      this.emit({ kind: 'dynamic-sql', detail: `EXECUTE ${expression.replace(/\s+/g, ' ').trim()}` }, origin);
      return;
    }
    this.nested(constant, { context: `${origin.context} › EXECUTE '…'`, line: origin.line });
  }

  private nested(sql: string, origin: Origin) {
    if (!sql.trim()) return;
    let tree: Node;
    try {
      tree = parseSync(sql) as Node;
    } catch (error) {
      this.emit({ kind: 'unparseable', reason: `${origin.context}: ${(error as Error).message}` }, origin);
      return;
    }
    // Nested statements keep the enclosing line: their own offsets are relative to a string, not the file.
    const line = origin.line ?? 1;
    new AstAnalyzer(this.ops, () => line).walkStatements(sql, tree, origin);
  }
}

function volatileDefaultOf(column: Node): string | null {
  const typeName = strings(column.typeName?.names).pop()?.toLowerCase();
  if (typeName && SERIAL_TYPES.has(typeName)) return `${typeName} (nextval)`;
  for (const c of column.constraints ?? []) {
    if (c.Constraint?.contype !== 'CONSTR_DEFAULT') continue;
    let found: string | null = null;
    const scan = (node: unknown): void => {
      if (found || !node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(scan);
      const call = (node as Node).FuncCall;
      if (call) {
        const fn = strings(call.funcname).pop()?.toLowerCase() ?? '';
        if (VOLATILE_FUNCTIONS.has(fn)) {
          found = `${fn}()`;
          return;
        }
      }
      for (const value of Object.values(node as Node)) scan(value);
    };
    scan(c.Constraint.raw_expr);
    if (found) return found;
  }
  return null;
}

function wrapAsFunction(body: string): string {
  let tag = '$mg_body$';
  for (let k = 0; body.includes(tag); k++) tag = `$mg_body${k}$`;
  return `CREATE FUNCTION mg_inline() RETURNS void LANGUAGE plpgsql AS ${tag}${body}${tag}`;
}

/** The value of a PL/pgSQL expression when it is a single string constant, else undefined. */
function constantString(expression: string): string | undefined {
  try {
    const tree = parseSync(`SELECT ${expression}`) as Node;
    const target = tree.stmts?.[0]?.stmt?.SelectStmt?.targetList;
    if (!target || target.length !== 1) return undefined;
    const value = target[0].ResTarget?.val;
    return typeof value?.A_Const?.sval?.sval === 'string' ? value.A_Const.sval.sval : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Statements PostgreSQL refuses to run inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM, …),
 * and transaction control the gateway manages itself. Decided from the AST, not the text.
 */
export function transactionRole(sql: string): 'transactional' | 'own' | 'transaction-control' {
  // Most statements contain none of these words; only those that do need a parse to be sure.
  if (!/\b(concurrently|vacuum|database|system|tablespace|subscription|begin|start|commit|end|rollback|abort|savepoint|release|prepare)\b/i.test(sql)) return 'transactional';
  let tree: Node;
  try {
    tree = parseSync(sql) as Node;
  } catch {
    return 'transactional';
  }
  const stmt = tree.stmts?.[0]?.stmt ?? {};
  const [type] = Object.keys(stmt);
  const node = type ? stmt[type] : {};
  switch (type) {
    case 'TransactionStmt':
      return 'transaction-control';
    case 'IndexStmt':
    case 'DropStmt':
      return node.concurrent ? 'own' : 'transactional';
    case 'ReindexStmt':
      return JSON.stringify(node.params ?? []).includes('"concurrently"') ? 'own' : 'transactional';
    case 'VacuumStmt':
    case 'CreatedbStmt':
    case 'DropdbStmt':
    case 'AlterSystemStmt':
    case 'CreateTableSpaceStmt':
    case 'DropTableSpaceStmt':
    case 'CreateSubscriptionStmt':
    case 'DropSubscriptionStmt':
      return 'own';
    case 'AlterTableStmt':
      return JSON.stringify(node.cmds ?? []).includes('"concurrent":true') ? 'own' : 'transactional'; // DETACH PARTITION … CONCURRENTLY
    default:
      return 'transactional';
  }
}
