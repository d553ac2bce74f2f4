/**
 * The scanner: file text → statements (with exact positions) → operations → findings.
 * Pure: it reads nothing from disk; callers pass the text of each file.
 */
import { posix } from 'node:path';
import { sha256Hex } from '../sha256.js';
import { frontEndFor, type FrontEnd } from './dialects/front-end.js';
import { classifyLexically } from './dialects/keyword-fallback.js';
import { RULES, type FileContext } from './rules/catalog.js';
import { ObjectRegistry } from './objects.js';
import { LineIndex, stripBom } from './source.js';
import { codeOf, splitStatements, type Segment, type Token } from './statement-splitter.js';
import type { Dialect, Finding, InlineDirective, LocatedOperation, Operation, ScannedFile, Severity, Statement } from './types.js';

export interface SourceFile {
  /** Repository-relative POSIX path. */
  path: string;
  text: string;
  /** Why the migration tool would not run this file as scanned: a finding on its first statement. */
  toolProblem?: string;
}

export interface ScanOptions {
  dialect: Dialect;
  /** The effective severity of a rule for a file (policy overrides); the catalog default when absent. */
  severityOf?: (rule: string, path: string) => Severity | 'off';
}

/** Scans files in order; every path is known to every file so psql includes of scanned files are trusted. */
export async function scanSources(files: readonly SourceFile[], options: ScanOptions): Promise<ScannedFile[]> {
  await frontEndFor(options.dialect).load();
  const scannedPaths = new Set(files.map((f) => f.path));
  return files.map((file) => scanSource(file, options, scannedPaths));
}

export function statementDigest(sql: string): string {
  return `sha256:${sha256Hex(sql)}`;
}

/** Scans one file. The dialect's front end must be loaded (`frontEndFor(dialect).load()`); scanSources does it. */
export function scanSource(file: SourceFile, options: ScanOptions, scannedPaths: ReadonlySet<string> = new Set([file.path])): ScannedFile {
  const text = stripBom(file.text);
  const lines = new LineIndex(text);
  const context: FileContext = {
    dialect: options.dialect,
    objects: new ObjectRegistry(options.dialect),
    lockTimeoutSet: false,
    lockTimeoutReported: false,
    scannedPaths,
    path: file.path,
  };
  const frontEnd = frontEndFor(options.dialect);
  const rules = RULES.filter((rule) => !rule.dialects || rule.dialects.includes(options.dialect));
  const statements: Statement[] = [];
  const directives: InlineDirective[] = [];
  for (const segment of splitStatements(text, options.dialect)) {
    if (segment.kind === 'delimiter') continue;
    directives.push(...directivesAbove(segment, lines, statements.length));
    const analysed = segment.kind === 'meta' ? metaCommandOps(text.slice(segment.start, segment.end), file.path) : analyzeSegment(text, segment, frontEnd, options.dialect, lines);
    const ops = file.toolProblem && statements.length === 0 ? [...analysed, { op: { kind: 'tool-file', detail: file.toolProblem } as Operation }] : analysed;
    const start = lines.position(segment.start);
    // A COPY … FROM STDIN's inline rows are part of the statement (and its digest): what runs is what was approved.
    const last = segment.copyData?.dataEnd ?? segment.end;
    const end = lines.position(last);
    const sql = text.slice(segment.start, last).replace(/\r\n?/g, '\n');
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const { op, origin } of ops) {
      for (const rule of rules) {
        const message = rule.check(op, context);
        if (message === null) continue;
        const severity = options.severityOf ? options.severityOf(rule.id, file.path) : rule.severity;
        if (severity === 'off') continue;
        const located = origin ? `In ${origin.context}${origin.line ? ` (line ${origin.line})` : ''}: ${message}` : message;
        const key = `${rule.id}\u0000${located}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const finding: Finding = { rule: rule.id, category: rule.category, severity, message: located, exemption: null };
        if (origin?.line && origin.line !== start.line) finding.line = origin.line;
        findings.push(finding);
      }
    }
    // Rules judge a statement by what was true before it ran; what it changes counts from the next one.
    for (const { op, origin } of ops) learn(op, context, !origin);
    statements.push({
      index: statements.length,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      sql,
      digest: statementDigest(sql),
      findings,
    });
  }
  return { path: file.path, dialect: options.dialect, statements, directives };
}

const DIRECTIVE = /^(--|#)\s*migration-guard:/;

/** `-- migration-guard:` comments in the run of comment lines that ends on the line just above the statement. */
function directivesAbove(segment: Segment, lines: LineIndex, statement: number): InlineDirective[] {
  const found: InlineDirective[] = [];
  let nextLine = lines.position(segment.start).line;
  for (let i = segment.comments.length - 1; i >= 0; i--) {
    const comment = segment.comments[i]!;
    const start = lines.position(comment.start).line;
    const end = lines.position(Math.max(comment.start, comment.end - 1)).line;
    if (end !== nextLine - 1 && end !== nextLine) break;
    if (DIRECTIVE.test(comment.text)) found.unshift({ statement, line: start, text: comment.text.trim() });
    nextLine = start;
  }
  return found;
}

/**
 * Facts later statements depend on: which tables are new (empty), how unqualified names resolve, which
 * routines the file defines, whether lock_timeout protects what follows. Only unconditional top-level
 * statements make a table new: a CREATE TABLE IF NOT EXISTS, or one inside a DO block or a function body, may
 * not create anything. Anything that may move or remove a name (drops, renames, schema changes, anywhere)
 * makes it not new.
 */
function learn(op: Operation, context: FileContext, topLevel: boolean) {
  const objects = context.objects;
  switch (op.kind) {
    case 'create-table':
      if (topLevel && !op.ifNotExists) objects.created(op.table, op.temporary);
      break;
    case 'replace-table':
      if (topLevel) objects.created(op.table, false);
      break;
    case 'drop':
      if (op.object === 'schema' || op.object === 'database') objects.schemaChanged(op.names.map((n) => n.name));
      else for (const name of op.names) objects.dropped(name);
      break;
    case 'rename':
      if (op.object === 'table' && op.target) objects.renamed(op.table, op.target, topLevel);
      break;
    case 'search-path':
      objects.searchPath(topLevel ? op.schemas : null);
      break;
    case 'schema-change':
      objects.schemaChanged(op.schemas);
      break;
    case 'create-routine':
      objects.defineRoutine(op.name);
      break;
    case 'set-lock-timeout':
      context.lockTimeoutSet = true;
      break;
    default:
      break;
  }
}

function analyzeSegment(text: string, segment: Segment, frontEnd: FrontEnd, dialect: Dialect, lines: LineIndex): LocatedOperation[] {
  const result = frontEnd.analyze(codeOf(text, segment), (offset) => lines.position(segment.start + offset).line);
  if (result.parsed) return result.ops;
  return fallback(text, segment.tokens, frontEnd, dialect, result.error);
}

/** When the parser rejects a statement, the keyword fallback decides if it can; otherwise: unparseable. */
function fallback(text: string, tokens: Token[], frontEnd: FrontEnd, dialect: Dialect, error: string): LocatedOperation[] {
  // Statements inside a routine body the parser rejected (MySQL BEGIN … END): each through the front end again.
  const nested = (from: Token, to: Token): Operation[] => {
    const sub = text.slice(from.start, to.end);
    const segments = splitStatements(sub, dialect).filter((s) => s.kind === 'sql');
    return segments.flatMap((s) => {
      const parsed = frontEnd.analyze(codeOf(sub, s), () => 1);
      if (parsed.parsed) return parsed.ops.map((located) => located.op);
      return classifyLexically(s.tokens, dialect, () => []) ?? [{ kind: 'unparseable', reason: `nested statement: ${parsed.error}` } as Operation];
    });
  };
  const ops = classifyLexically(tokens, dialect, nested);
  if (ops) return ops.map((op) => ({ op }));
  return [{ op: { kind: 'unparseable', reason: error } }];
}

/** psql meta-commands: includes and \gexec are unverifiable; the rest are reported for information. */
function metaCommandOps(line: string, filePath: string): LocatedOperation[] {
  const [command = '', ...args] = line.trim().split(/\s+/);
  const argument = args.join(' ').replace(/^'(.*)'$/, '$1');
  switch (command) {
    case '\\i':
    case '\\include':
      return [{ op: { kind: 'include', path: posix.normalize(argument) } }];
    case '\\ir':
    case '\\include_relative':
      return [{ op: { kind: 'include', path: posix.normalize(posix.join(posix.dirname(filePath), argument)) } }];
    case '\\gexec':
      return [{ op: { kind: 'dynamic-sql', detail: '\\gexec runs every value the previous query returned as a statement' } }];
    default:
      return [{ op: { kind: 'meta-command', command } }];
  }
}
