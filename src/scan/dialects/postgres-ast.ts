/** Reading libpg-query ASTs: names, constants, WHERE clauses, option lists. */
/* eslint-disable @typescript-eslint/no-explicit-any -- libpg-query ASTs are deeply polymorphic JSON */
import type { ObjectName, WhereState } from '../types.js';

export type Node = Record<string, any>;

/** Every String value below a node (names are lists of String nodes), skipping argument lists. */
export function strings(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) strings(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'String' && typeof (value as Node).sval === 'string') out.push((value as Node).sval);
      else if (key !== 'objargs' && key !== 'objfuncargs') strings(value, out);
    }
  }
  return out;
}

/** A RangeVar as an object name; the parser has already folded unquoted identifiers to lower case. */
export function relationName(rangeVar: Node | undefined): ObjectName {
  if (!rangeVar?.relname) return { name: '?', uncertain: true };
  return rangeVar.schemaname ? { schema: rangeVar.schemaname, name: rangeVar.relname } : { name: rangeVar.relname };
}

/** A qualified name given as a list of String nodes (DROP objects, function names). */
export function listName(node: unknown): ObjectName {
  const parts = strings(node);
  const name = parts.pop();
  if (name === undefined) return { name: '?', uncertain: true };
  return parts.length ? { schema: parts[parts.length - 1]!, name } : { name };
}

export function defElems(options: Node[] | undefined): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const option of options ?? []) if (option.DefElem) out.set(option.DefElem.defname, option.DefElem);
  return out;
}

/** The text of a constant argument (a setting value, an option): strings, numbers and identifiers. */
export function constantText(node: Node | undefined): string | undefined {
  const c = node?.A_Const;
  if (c) {
    if (c.sval) return c.sval.sval ?? '';
    if (c.ival) return String(c.ival.ival ?? 0);
    if (c.fval) return c.fval.fval;
    if (c.boolval) return String(c.boolval.boolval === true);
    return undefined;
  }
  if (node?.String) return node.String.sval;
  if (node?.TypeCast) return constantText(node.TypeCast.arg);
  return undefined;
}

function constKey(node: Node | undefined): string | undefined {
  const value = node?.A_Const;
  if (!value) return undefined;
  const { location: _location, ...rest } = value;
  return JSON.stringify(rest);
}

/** Fields of a parse tree that say where something is in the text, not what it is. */
export function isPosition(field: string): boolean {
  return field === 'location' || field.endsWith('_location') || field === 'stmt_len' || field === 'rexpr_list_start' || field === 'rexpr_list_end';
}

export function stripLocations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripLocations);
  if (node && typeof node === 'object') {
    const out: Node = {};
    for (const [key, value] of Object.entries(node)) if (!isPosition(key)) out[key] = stripLocations(value);
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

/** How a DELETE's or UPDATE's WHERE clause limits the rows of the target (named, or aliased, as `target`). */
export function whereState(where: Node | undefined, target: Node | undefined): WhereState {
  if (!where) return 'none';
  if (isAlwaysTrue(where)) return 'always-true';
  const names = new Set([target?.relname, target?.alias?.aliasname].filter(Boolean));
  return refersToRows(where, names, false) ? 'present' : 'unrelated';
}

/**
 * True when an expression reads a column of the target's rows: a column qualified by the target's name or
 * alias anywhere, or an unqualified column outside a subquery (inside one it names the subquery's own
 * tables first, so it does not count), or WHERE CURRENT OF a cursor.
 */
function refersToRows(node: unknown, target: Set<string>, inSubquery: boolean): boolean {
  if (Array.isArray(node)) return node.some((item) => refersToRows(item, target, inSubquery));
  if (!node || typeof node !== 'object') return false;
  const n = node as Node;
  if (n.CurrentOfExpr) return true;
  if (n.ColumnRef) {
    const parts = (n.ColumnRef.fields ?? []).map((f: Node) => f.String?.sval);
    if (parts.length < 2) return !inSubquery;
    return target.has(parts[parts.length - 2]);
  }
  if (n.SubLink) return refersToRows(n.SubLink.testexpr, target, inSubquery) || refersToRows(n.SubLink.subselect, target, true);
  return Object.values(n).some((value) => refersToRows(value, target, inSubquery));
}

/**
 * True when a USING expression of ALTER COLUMN … TYPE only converts the column itself: the column, casts of
 * it, or a collation. Anything else (NULL, a constant, arithmetic, another column) can rewrite the data.
 */
export function isPlainConversion(expr: Node | undefined, column: string): boolean {
  if (!expr) return true;
  if (expr.TypeCast) return isPlainConversion(expr.TypeCast.arg, column);
  if (expr.CollateClause) return isPlainConversion(expr.CollateClause.arg, column);
  const fields = expr.ColumnRef?.fields;
  if (!fields) return false;
  const last = fields[fields.length - 1]?.String?.sval;
  return last === column;
}

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

/** The volatile default of a column being added, which forces a rewrite. */
export function volatileDefaultOf(column: Node): string | null {
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
