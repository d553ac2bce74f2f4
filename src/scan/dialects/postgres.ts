/**
 * PostgreSQL front end: the real Postgres parser (libpg-query) turns a statement into an AST, and this
 * module walks it: every statement node is looked up in the closed classification table
 * (postgres-statements.ts), every function call in the function table. DO blocks and PL/pgSQL function
 * bodies are parsed with parsePlPgSQL and every statement and expression in them analysed the same way.
 */
import { loadModule, parseSync, parsePlPgSQLSync } from 'libpg-query';
import { callOperations } from '../functions.js';
import { parseSearchPath, settingOperations } from '../settings.js';
import type { LocatedOperation, Operation, Origin } from '../types.js';
import { byteToCharMapper } from '../source.js';
import { constantText, defElems, listName, strings, type Node } from './postgres-ast.js';
import type { Analysis } from './front-end.js';
import { isStatementType, STATEMENTS, UNTRUSTED_LANGUAGES, type Walker } from './postgres-statements.js';


let loaded: Promise<void> | undefined;
/** Loads the parser's WebAssembly module once per process. */
export function loadPostgresParser(): Promise<void> {
  loaded ??= loadModule();
  return loaded;
}

/**
 * Analyses one statement's code. `lineOf(charOffset)` gives the absolute file line of an offset in `code`,
 * so findings inside DO blocks and function bodies point at the right line.
 */
export function analyzePostgres(code: string, lineOf: (offset: number) => number): Analysis {
  let tree: Node;
  try {
    tree = parseSync(code) as Node;
  } catch (error) {
    return { parsed: false, error: (error as Error).message };
  }
  return { parsed: true, ops: analyzePostgresTree(code, tree, lineOf) };
}

/** Analyses a parse tree of `code` (what libpg-query returns for it). */
export function analyzePostgresTree(code: string, tree: Node, lineOf: (offset: number) => number = () => 1): LocatedOperation[] {
  const ops: LocatedOperation[] = [];
  const toChar = byteToCharMapper(code);
  new AstAnalyzer(ops, (byte) => lineOf(toChar(byte)), undefined, true).walkStatements(code, tree);
  return ops;
}

class AstAnalyzer implements Walker {
  /** The source text of the statement being walked (CREATE FUNCTION bodies are compiled from it). */
  statementText = '';

  /**
   * @param origin where these statements come from when not top level (a DO block, a function body)
   * @param executedNow false inside definitions (view queries, function bodies, defaults): calls there run later
   */
  constructor(
    private readonly ops: LocatedOperation[],
    private readonly lineOfByte: (byte: number) => number,
    private origin: Origin | undefined,
    private executedNow: boolean,
  ) {}

  walkStatements(sql: string, tree: Node): void {
    const bytes = Buffer.from(sql, 'utf8');
    for (const raw of tree.stmts ?? []) {
      const start = raw.stmt_location ?? 0;
      this.statementText = bytes.subarray(start, raw.stmt_len ? start + raw.stmt_len : bytes.length).toString('utf8');
      this.walk(raw.stmt);
    }
  }

  emit(op: Operation) {
    this.ops.push(this.origin ? { op, origin: this.origin } : { op });
  }

  /** Visits every node; statement nodes and calls are classified, and nested DML (CTEs, rule actions) is found this way. */
  walk(node: unknown): void {
    if (Array.isArray(node)) {
      for (const item of node) this.walk(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    // for…in rather than Object.entries: this loop runs for every AST node of every statement.
    for (const key in node as Node) {
      const value = (node as Node)[key];
      if (value && typeof value === 'object') {
        if (this.visit(key, value as Node) === 'skip') continue;
        this.walk(value);
      }
    }
  }

  walkDeferred(node: unknown): void {
    this.within(this.origin, false, () => this.walk(node));
  }

  walkNested(node: unknown, origin: Origin): void {
    this.within(this.origin ? { ...origin, context: `${this.origin.context} › ${origin.context}` } : origin, this.executedNow, () => this.walk(node));
  }

  private within(origin: Origin | undefined, executedNow: boolean, run: () => void) {
    const saved = [this.origin, this.executedNow] as const;
    this.origin = origin;
    this.executedNow = executedNow;
    try {
      run();
    } finally {
      [this.origin, this.executedNow] = saved;
    }
  }

  private visit(type: string, n: Node): 'skip' | void {
    if (type === 'FuncCall') return this.functionCall(n);
    if (!isStatementType(type)) return;
    const entry = STATEMENTS[type];
    if (entry === undefined) {
      this.emit({ kind: 'unclassified', what: `statement ${type}` });
      return;
    }
    return typeof entry === 'string' ? undefined : entry(n, this);
  }

  /** A call: set_config is a setting change; everything else is classified by the function table. */
  private functionCall(n: Node): void {
    const name = listName(n.funcname);
    if (name.name === 'set_config' && (name.schema === undefined || name.schema === 'pg_catalog')) {
      const [setting, value, local] = (n.args ?? []).map((a: Node) => constantText(a));
      if (setting === undefined) this.emit({ kind: 'unclassified', what: 'set_config() of a setting whose name is computed' });
      else {
        const values = value === undefined ? null : setting.toLowerCase() === 'search_path' ? parseSearchPath(value) : [value];
        for (const op of settingOperations('postgres', setting, values, local === 'true' ? 'transaction' : 'session')) this.emit(op);
      }
      return;
    }
    for (const op of callOperations('postgres', name, this.executedNow)) this.emit(op);
  }

  doBlock(n: Node) {
    const options = defElems(n.args);
    const language = options.get('language')?.arg?.String?.sval ?? 'plpgsql';
    const body = options.get('as');
    if (!body) return;
    if (language.toLowerCase() !== 'plpgsql') {
      // Only PL/pgSQL bodies can be analysed; an untrusted language runs arbitrary code on the server.
      if (UNTRUSTED_LANGUAGES.has(language.toLowerCase())) this.emit({ kind: 'server-access', detail: `DO block in ${language} runs code on the database server unchecked` });
      else this.emit({ kind: 'unclassified', what: `DO block in language ${language}` });
      return;
    }
    const source = body.arg?.String?.sval ?? '';
    const bodyLine = this.lineOfByte(body.location ?? 0);
    this.plpgsql(wrapAsFunction(source), { context: 'DO block', line: bodyLine }, this.executedNow);
  }

  functionBody(n: Node) {
    const options = defElems(n.options);
    const language = String(options.get('language')?.arg?.String?.sval ?? 'sql').toLowerCase();
    const asElem = options.get('as');
    const source = asElem?.arg?.List?.items?.[0]?.String?.sval;
    if (typeof source !== 'string') return; // BEGIN ATOMIC bodies are in the AST and walked by the handler
    const name = strings(n.funcname).join('.');
    const kind = n.is_procedure ? 'procedure' : 'function';
    const body: Origin = { context: `${kind} ${name}()`, line: this.lineOfByte(asElem?.location ?? 0) };
    // The body runs when the routine is called: its statements are analysed, unknown calls in it are not findings.
    if (language === 'plpgsql') this.plpgsql(this.statementText, body, false);
    else if (language === 'sql') this.nested(source, this.origin ? { ...body, context: `${this.origin.context} › ${body.context}` } : body, false);
  }

  private plpgsql(sql: string, body: Origin, executedNow: boolean) {
    const bodyLine = body.line ?? 1;
    const context = this.origin ? `${this.origin.context} › ${body.context}` : body.context;
    let tree: Node;
    try {
      tree = parsePlPgSQLSync(sql) as Node;
    } catch (error) {
      this.ops.push({ op: { kind: 'unparseable', reason: `${body.context} body: ${(error as Error).message}` }, origin: { context, line: bodyLine } });
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
          case 'PLpgSQL_stmt_dynexecute':
          case 'PLpgSQL_stmt_dynfors':
            this.dynamic((value as Node).query?.PLpgSQL_expr?.query ?? '', origin, executedNow);
            visit((value as Node).params, here);
            if (key === 'PLpgSQL_stmt_dynfors') visit((value as Node).body, here);
            continue;
          case 'PLpgSQL_stmt_open':
          case 'PLpgSQL_stmt_return_query':
            if ((value as Node).dynquery) {
              this.dynamic((value as Node).dynquery?.PLpgSQL_expr?.query ?? '', origin, executedNow);
              visit((value as Node).params, here);
            } else visit((value as Node).query, here);
            continue;
          case 'PLpgSQL_expr':
            this.expression(value as Node, origin, executedNow);
            continue;
          default:
            visit(value, here);
        }
      }
    };
    visit(tree.plpgsql_funcs, bodyLine);
  }

  /**
   * Every PL/pgSQL expression is SQL: a whole statement, an expression (parsed as `SELECT <expr>`), or an
   * assignment `target := expr`. All are parsed and walked, so a call in an IF or an assignment is seen too.
   */
  private expression(expr: Node, origin: Origin, executedNow: boolean) {
    const query = String(expr.query ?? '');
    const mode = expr.parseMode ?? 0; // PostgreSQL's RawParseMode: 0 statement, 1 type name, 2 expression, 3–5 assignment
    if (mode === 0) this.nested(query, origin, executedNow);
    else if (mode === 2) this.nested(`SELECT ${query}`, origin, executedNow);
    else if (mode >= 3) this.nested(`SELECT ${query.replace(/^[^:=]*(:=|=)/, '')}`, origin, executedNow);
  }

  /** EXECUTE <expr>: a constant string is parsed and analysed; anything else cannot be verified statically. */
  private dynamic(expression: string, origin: Origin, executedNow: boolean) {
    const constant = constantString(expression);
    if (constant === undefined) {
      this.ops.push({ op: { kind: 'dynamic-sql', detail: `EXECUTE ${expression.replace(/\s+/g, ' ').trim()}` }, origin });
      this.nested(`SELECT ${expression}`, origin, executedNow); // the calls that build the string still run
      return;
    }
    this.nested(constant, { context: `${origin.context} › EXECUTE '…'`, line: origin.line }, executedNow);
  }

  private nested(sql: string, origin: Origin, executedNow: boolean) {
    if (!sql.trim()) return;
    let tree: Node;
    try {
      tree = parseSync(sql) as Node;
    } catch (error) {
      this.ops.push({ op: { kind: 'unparseable', reason: `${origin.context}: ${(error as Error).message}` }, origin });
      return;
    }
    // Nested statements keep the enclosing line: their own offsets are relative to a string, not the file.
    const line = origin.line ?? 1;
    new AstAnalyzer(this.ops, () => line, origin, executedNow).walkStatements(sql, tree);
  }
}

/** A DO block's body as a function definition, which is what parsePlPgSQL reads. */
export function wrapAsFunction(body: string): string {
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
