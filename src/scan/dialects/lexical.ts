/**
 * The lexical classifier: when a parser rejects a statement, decide from its tokens what it does,
 * where the leading keywords make that certain. Returns undefined when it cannot tell, and the
 * scanner then reports the statement as `unparseable` (fail closed).
 */
import type { Dialect, Operation } from '../types.js';
import type { Token } from './lexer.js';

/** Analyses a nested statement (inside a routine body) with the full pipeline; given token index bounds. */
export type NestedAnalyzer = (from: Token, to: Token) => Operation[];

/** Statements whose leading keyword is enough to know they cannot destroy data or escalate privileges. */
const HARMLESS = new Set([
  'SELECT', 'INSERT', 'REPLACE', 'VALUES', 'TABLE', 'COMMENT', 'REVOKE', 'USE', 'LOCK', 'UNLOCK', 'START', 'BEGIN',
  'COMMIT', 'END', 'ROLLBACK', 'SAVEPOINT', 'RELEASE', 'SHOW', 'DESCRIBE', 'DESC', 'EXPLAIN', 'ANALYZE', 'ANALYSE',
  'OPTIMIZE', 'REINDEX', 'PRAGMA', 'CALL', 'FLUSH', 'DEALLOCATE', 'CHECKPOINT', 'LISTEN', 'NOTIFY', 'UNLISTEN',
  'REFRESH', 'SECURITY', 'IMPORT', 'ATTACH', 'DETACH', 'DECLARE', 'FETCH', 'CLOSE', 'MOVE', 'DISCARD', 'RESET',
  'LOAD', 'CHECKSUM', 'CHECK', 'REPAIR', 'HANDLER', 'DO',
]);

const ALTER_TABLE_CLAUSES = new Set([
  'ADD', 'DROP', 'MODIFY', 'CHANGE', 'ALTER', 'RENAME', 'ENGINE', 'DEFAULT', 'CHARACTER', 'CHARSET', 'CONVERT',
  'COMMENT', 'AUTO_INCREMENT', 'ROW_FORMAT', 'ALGORITHM', 'LOCK', 'COLLATE', 'ORDER', 'ENABLE', 'DISABLE', 'OWNER',
  'SET', 'RESET', 'VALIDATE', 'INHERIT', 'NO', 'ATTACH', 'DETACH', 'CLUSTER', 'REPLICA', 'FORCE', 'KEY_BLOCK_SIZE',
  'STATS_PERSISTENT', 'ADD_COLUMN', 'DISCARD', 'IMPORT', 'TRUNCATE', 'COALESCE', 'REORGANIZE', 'EXCHANGE',
  'ANALYZE', 'CHECK', 'OPTIMIZE', 'REBUILD', 'REPAIR', 'REMOVE', 'UPGRADE', 'PARTITION', 'TABLESPACE', 'OF', 'NOT',
  'WITH', 'WITHOUT', 'INSERT_METHOD', 'PACK_KEYS', 'CHECKSUM', 'DELAY_KEY_WRITE', 'MAX_ROWS', 'MIN_ROWS', 'UNION',
  'AVG_ROW_LENGTH', 'CONNECTION', 'DATA', 'INDEX', 'PASSWORD', 'ENCRYPTION', 'COMPRESSION', 'SECONDARY_ENGINE',
]);

/** What may follow DROP in ALTER TABLE without naming a column. */
const DROP_NON_COLUMN = new Set([
  'CONSTRAINT', 'INDEX', 'KEY', 'PRIMARY', 'FOREIGN', 'PARTITION', 'CHECK', 'DEFAULT', 'UNIQUE', 'FULLTEXT',
  'SPATIAL', 'TRIGGER', 'SYSTEM', 'IDENTITY', 'EXPRESSION', 'NOT',
]);

const ROUTINE_STARTERS = new Set(['DELETE', 'UPDATE', 'DROP', 'TRUNCATE', 'ALTER', 'PREPARE', 'EXECUTE', 'GRANT', 'RENAME', 'CREATE']);
const ROUTINE_BOUNDARIES = new Set([';', 'BEGIN', 'THEN', 'ELSE', 'DO', 'LOOP', 'REPEAT', ':']);

const isWord = (t: Token | undefined, ...words: string[]) => !!t && t.type === 'word' && words.includes(t.value);
const name = (t: Token | undefined) => (t ? (t.type === 'word' ? t.value.toLowerCase() : t.value) : '?');

/** Reads a possibly qualified name (a.b.c) from index i; returns the name and the index after it. */
function qualifiedName(tokens: Token[], i: number): [string, number] {
  const parts: string[] = [];
  while (i < tokens.length && (tokens[i]!.type === 'word' || tokens[i]!.type === 'quoted')) {
    parts.push(name(tokens[i]));
    if (tokens[i + 1]?.value === '.') i += 2;
    else {
      i++;
      break;
    }
  }
  return [parts.join('.') || '?', i];
}

function skipWords(tokens: Token[], i: number, ...words: string[]): number {
  while (isWord(tokens[i], ...words)) i++;
  return i;
}

/** Splits tokens[from..to) on commas at parenthesis depth 0. */
function topLevelClauses(tokens: Token[], from: number, to = tokens.length): Token[][] {
  const clauses: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.value === '(') depth++;
    if (t.value === ')') depth--;
    if (t.value === ',' && depth === 0 && t.type === 'punct') {
      clauses.push(current);
      current = [];
    } else current.push(t);
  }
  if (current.length) clauses.push(current);
  return clauses;
}

function whereOf(tokens: Token[], from: number): 'none' | 'always-true' | 'present' {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.value === '(') depth++;
    else if (t.value === ')') depth--;
    else if (depth === 0 && isWord(t, 'WHERE')) {
      const rest: Token[] = [];
      for (let j = i + 1; j < tokens.length && !isWord(tokens[j], 'ORDER', 'LIMIT', 'RETURNING'); j++) rest.push(tokens[j]!);
      return lexicallyAlwaysTrue(rest) ? 'always-true' : 'present';
    }
  }
  return 'none';
}

function literal(t: Token | undefined): string | undefined {
  if (!t) return undefined;
  if (t.type === 'number' || t.type === 'string') return `${t.type}:${t.value}`;
  if (isWord(t, 'TRUE', 'FALSE')) return `bool:${t.value}`;
  return undefined;
}

function lexicallyAlwaysTrue(tokens: Token[]): boolean {
  const inner = tokens.length >= 2 && tokens[0]!.value === '(' && tokens[tokens.length - 1]!.value === ')' ? tokens.slice(1, -1) : tokens;
  if (inner.length === 1) return isWord(inner[0], 'TRUE') || (inner[0]!.type === 'number' && Number(inner[0]!.value) !== 0);
  if (inner.length === 3) {
    const [a, op, b] = inner;
    const left = literal(a);
    const right = literal(b);
    if (left !== undefined && right !== undefined && op!.value === '=') return left === right;
  }
  return false;
}

export function classifyLexically(tokens: Token[], dialect: Dialect, nested: NestedAnalyzer): Operation[] | undefined {
  const first = tokens[0];
  if (!first || first.type !== 'word') return undefined;
  const w = (k: number) => (tokens[k]?.type === 'word' ? tokens[k]!.value : '');
  switch (first.value) {
    case 'DELETE': {
      const from = skipWords(tokens, 1, 'LOW_PRIORITY', 'QUICK', 'IGNORE', 'FROM');
      return [{ kind: 'delete', table: qualifiedName(tokens, from)[0], where: whereOf(tokens, from) }];
    }
    case 'UPDATE': {
      const at = skipWords(tokens, 1, 'LOW_PRIORITY', 'IGNORE', 'OR', 'ROLLBACK', 'ABORT', 'FAIL', 'REPLACE', 'ONLY');
      return [{ kind: 'update', table: qualifiedName(tokens, at)[0], where: whereOf(tokens, at) }];
    }
    case 'TRUNCATE': {
      const at = skipWords(tokens, 1, 'TABLE', 'ONLY');
      return [{ kind: 'truncate', tables: topLevelClauses(tokens, at).map((c) => qualifiedName(c, 0)[0]) }];
    }
    case 'DROP':
      return dropStatement(tokens);
    case 'ALTER':
      return alterStatement(tokens, dialect);
    case 'RENAME':
      if (w(1) !== 'TABLE') return undefined;
      return topLevelClauses(tokens, 2).map((c) => {
        const [from, at] = qualifiedName(c, 0);
        return { kind: 'rename', object: 'table', table: from, from, to: qualifiedName(c, at + 1)[0] } as Operation;
      });
    case 'CREATE':
      return createStatement(tokens, dialect, nested);
    case 'GRANT': {
      const on = tokens.findIndex((t) => isWord(t, 'ON'));
      const to = tokens.findIndex((t) => isWord(t, 'TO'));
      if (to < 0) return undefined;
      const privileges = tokens.slice(1, on < 0 ? to : on).filter((t) => t.type === 'word').map((t) => t.value);
      const grantees = topLevelClauses(tokens, to + 1).map((c) => name(c[0]));
      return [{ kind: 'grant', toPublic: grantees.some((g) => g.toUpperCase() === 'PUBLIC'), allPrivileges: on >= 0 && privileges[0] === 'ALL', grantees }];
    }
    case 'PREPARE':
      return [{ kind: 'dynamic-sql', detail: 'PREPARE builds a statement from a string at run time' }];
    case 'EXECUTE':
      return [{ kind: 'dynamic-sql', detail: 'EXECUTE runs a prepared statement whose text is only known at run time' }];
    case 'SET':
      return tokens.some((t) => isWord(t, 'LOCK_TIMEOUT')) ? [{ kind: 'set-lock-timeout' }] : [];
    case 'VACUUM':
      return isWord(tokens[1], 'FULL') ? [{ kind: 'rewrite-table', command: 'VACUUM FULL', table: qualifiedName(tokens, 2)[0] }] : [];
    case 'CLUSTER':
      return [{ kind: 'rewrite-table', command: 'CLUSTER', table: qualifiedName(tokens, 1)[0] }];
    case 'WITH': {
      const ops: Operation[] = [];
      tokens.forEach((t, k) => {
        if (isWord(t, 'DELETE', 'UPDATE') && k > 0 && (tokens[k - 1]!.value === '(' || tokens[k - 1]!.value === ')')) {
          const sub = classifyLexically(tokens.slice(k), dialect, nested);
          if (sub) ops.push(...sub);
        }
      });
      return ops;
    }
    default:
      return HARMLESS.has(first.value) && !(first.value === 'DO' && dialect === 'postgres') ? [] : undefined;
  }
}

const DROP_OBJECTS: Record<string, string> = {
  TABLE: 'table', DATABASE: 'database', SCHEMA: 'schema', VIEW: 'view', INDEX: 'index', PROCEDURE: 'procedure',
  FUNCTION: 'function', TRIGGER: 'trigger', EVENT: 'event', SEQUENCE: 'sequence', TYPE: 'type', USER: 'user',
  ROLE: 'role', EXTENSION: 'extension', DOMAIN: 'domain', POLICY: 'policy', RULE: 'rule', PUBLICATION: 'publication',
  SUBSCRIPTION: 'subscription', AGGREGATE: 'aggregate', ROUTINE: 'routine', SERVER: 'server', TABLESPACE: 'tablespace',
};

function dropStatement(tokens: Token[]): Operation[] | undefined {
  let i = skipWords(tokens, 1, 'TEMPORARY', 'UNIQUE');
  if (isWord(tokens[i], 'OWNED')) return [{ kind: 'drop-owned' }];
  let object: string | undefined;
  if (isWord(tokens[i], 'MATERIALIZED') && isWord(tokens[i + 1], 'VIEW')) {
    object = 'materialized view';
    i += 2;
  } else if (isWord(tokens[i], 'FOREIGN') && isWord(tokens[i + 1], 'TABLE')) {
    object = 'foreign table';
    i += 2;
  } else {
    object = DROP_OBJECTS[tokens[i]?.value ?? ''];
    i++;
  }
  if (!object) return undefined;
  const concurrently = isWord(tokens[i], 'CONCURRENTLY');
  i = skipWords(tokens, i, 'CONCURRENTLY', 'IF', 'EXISTS');
  let end = tokens.findIndex((t, k) => k >= i && isWord(t, 'CASCADE', 'RESTRICT', 'ON'));
  if (end < 0) end = tokens.length;
  const names = topLevelClauses(tokens, i, end).map((c) => qualifiedName(c, 0)[0]);
  return [{ kind: 'drop', object, names, cascade: tokens.some((t) => isWord(t, 'CASCADE')), concurrently }];
}

function alterStatement(tokens: Token[], dialect: Dialect): Operation[] | undefined {
  const target = tokens[1]?.value;
  if (target === 'ROLE' || target === 'USER') {
    const role = name(tokens[2]);
    const ops: Operation[] = [];
    if (tokens.some((t) => isWord(t, 'SUPERUSER'))) ops.push({ kind: 'role-attribute', role, attribute: 'superuser', create: false });
    if (tokens.some((t) => isWord(t, 'BYPASSRLS'))) ops.push({ kind: 'role-attribute', role, attribute: 'bypassrls', create: false });
    return ops;
  }
  if (target !== 'TABLE') return tokens[1]?.type === 'word' ? [] : undefined;
  let i = skipWords(tokens, 2, 'IF', 'EXISTS', 'ONLY', 'ONLINE', 'IGNORE');
  const [table, after] = qualifiedName(tokens, i);
  i = after;
  const ops: Operation[] = [];
  for (const clause of topLevelClauses(tokens, i)) {
    const head = clause[0];
    if (!head || head.type !== 'word' || !ALTER_TABLE_CLAUSES.has(head.value)) return undefined;
    if (head.value === 'DROP' && !DROP_NON_COLUMN.has(clause[1]?.value ?? '')) {
      const at = skipWords(clause, 1, 'COLUMN', 'IF', 'EXISTS');
      ops.push({ kind: 'drop-column', table, column: name(clause[at]) });
    } else if (head.value === 'RENAME') {
      if (isWord(clause[1], 'TO', 'AS')) ops.push({ kind: 'rename', object: 'table', table, from: table, to: qualifiedName(clause, 2)[0] });
      else if (!isWord(clause[1], 'INDEX', 'KEY', 'CONSTRAINT')) {
        const at = skipWords(clause, 1, 'COLUMN');
        ops.push({ kind: 'rename', object: 'column', table, from: name(clause[at]), to: name(clause[at + 2]) });
      }
    } else if (head.value === 'CHANGE') {
      const at = skipWords(clause, 1, 'COLUMN');
      if (name(clause[at]) !== name(clause[at + 1])) ops.push({ kind: 'rename', object: 'column', table, from: name(clause[at]), to: name(clause[at + 1]) });
    } else if (head.value === 'ALTER' && dialect === 'postgres') {
      const at = skipWords(clause, 1, 'COLUMN');
      const column = name(clause[at]);
      const words = clause.slice(at + 1).map((t) => t.value);
      if (words[0] === 'SET' && words[1] === 'NOT' && words[2] === 'NULL') ops.push({ kind: 'set-not-null', table, column });
      if (words[0] === 'TYPE' || (words[0] === 'SET' && words[1] === 'DATA')) ops.push({ kind: 'alter-column-type', table, column });
    } else if (head.value === 'ADD' && clause.some((t) => isWord(t, 'FOREIGN', 'REFERENCES', 'CHECK'))) {
      const notValid = clause.some((t, k) => isWord(t, 'NOT') && isWord(clause[k + 1], 'VALID'));
      const constraint = clause.some((t) => isWord(t, 'CHECK')) ? 'check' : 'foreign-key';
      if (dialect === 'postgres') ops.push({ kind: 'add-constraint', table, constraint, notValid });
    }
  }
  if (dialect === 'postgres') ops.push({ kind: 'access-exclusive', table, command: 'ALTER TABLE' });
  return ops;
}

function createStatement(tokens: Token[], dialect: Dialect, nested: NestedAnalyzer): Operation[] | undefined {
  let i = skipWords(tokens, 1, 'OR', 'REPLACE', 'TEMPORARY', 'TEMP', 'UNIQUE', 'GLOBAL', 'LOCAL', 'UNLOGGED', 'DEFINER', 'ALGORITHM', 'SQL', 'SECURITY');
  // MySQL: CREATE DEFINER=`user`@`host` PROCEDURE …
  while (i < tokens.length && !isWord(tokens[i], 'TABLE', 'INDEX', 'PROCEDURE', 'FUNCTION', 'TRIGGER', 'EVENT', 'ROLE', 'USER', 'RULE', 'VIEW') && i < 12) i++;
  const kind = tokens[i]?.value;
  switch (kind) {
    case 'TABLE': {
      const ifNotExists = isWord(tokens[i + 1], 'IF');
      const at = skipWords(tokens, i + 1, 'IF', 'NOT', 'EXISTS');
      return [{ kind: 'create-table', table: qualifiedName(tokens, at)[0], ifNotExists }];
    }
    case 'INDEX': {
      const concurrently = isWord(tokens[i + 1], 'CONCURRENTLY');
      const on = tokens.findIndex((t) => isWord(t, 'ON'));
      const table = on < 0 ? '?' : qualifiedName(tokens, skipWords(tokens, on + 1, 'ONLY'))[0];
      return [{ kind: 'create-index', table, concurrently }];
    }
    case 'ROLE':
    case 'USER': {
      const role = name(tokens[i + 1]);
      const ops: Operation[] = [];
      if (tokens.some((t) => isWord(t, 'SUPERUSER'))) ops.push({ kind: 'role-attribute', role, attribute: 'superuser', create: true });
      if (tokens.some((t) => isWord(t, 'BYPASSRLS'))) ops.push({ kind: 'role-attribute', role, attribute: 'bypassrls', create: true });
      return ops;
    }
    case 'RULE': {
      const instead = tokens.findIndex((t) => isWord(t, 'INSTEAD'));
      const on = tokens.findIndex((t) => isWord(t, 'TO'));
      if (instead >= 0 && isWord(tokens[instead + 1], 'NOTHING')) return [{ kind: 'rule-instead-nothing', table: qualifiedName(tokens, on + 1)[0] }];
      return [];
    }
    case 'PROCEDURE':
    case 'FUNCTION':
    case 'TRIGGER':
    case 'EVENT':
      if (dialect === 'postgres') return undefined; // a PostgreSQL routine the parser rejected cannot be trusted
      return routineBody(tokens, nested);
    case 'VIEW':
      return [];
    default:
      return tokens[i]?.type === 'word' && i < tokens.length ? [] : undefined;
  }
}

/** MySQL routine bodies (BEGIN … END): analyse each data-changing statement inside. */
function routineBody(tokens: Token[], nested: NestedAnalyzer): Operation[] {
  const begin = tokens.findIndex((t) => isWord(t, 'BEGIN'));
  const ops: Operation[] = [];
  const from = begin < 0 ? tokens.findIndex((t, k) => k > 1 && ROUTINE_STARTERS.has(t.value) && t.type === 'word') : begin + 1;
  if (from < 0) return ops;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.type !== 'word' || !ROUTINE_STARTERS.has(t.value)) continue;
    const prev = tokens[k - 1];
    if (k !== from && prev && !ROUTINE_BOUNDARIES.has(prev.value)) continue;
    let end = k;
    while (end + 1 < tokens.length && tokens[end + 1]!.value !== ';') end++;
    ops.push(...nested(t, tokens[end]!));
    k = end;
  }
  return ops;
}
