/**
 * The lexical classifier: when a parser rejects a statement, decide from its tokens what it does,
 * where the leading keywords make that certain. Every leading keyword it accepts is in LEADING_KEYWORDS
 * (a reviewed reason it is safe, or a handler); it returns undefined for anything else, and the scanner
 * then reports the statement as `unparseable` (fail closed).
 */
import { catalogWrite } from '../catalogs.js';
import { callOperations } from '../functions.js';
import { settingOperations } from '../settings.js';
import { displayName, type Dialect, type ObjectName, type Operation, type WhereState } from '../types.js';
import type { Token } from '../statement-splitter.js';

/** Analyses a nested statement (inside a routine body) with the full pipeline; given token index bounds. */
export type NestedAnalyzer = (from: Token, to: Token) => Operation[];

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

/** An identifier folded as the dialect folds it: PostgreSQL lower-cases unquoted names, SQLite all, MySQL none. */
function identifier(t: Token, dialect: Dialect): string {
  if (dialect === 'sqlite') return t.value.toLowerCase();
  if (t.type !== 'word') return t.value;
  return dialect === 'postgres' ? t.value.toLowerCase() : (t.raw ?? t.value);
}

/** Reads a possibly qualified name (schema.name) from index i; returns the name and the index after it. */
function qualifiedName(tokens: Token[], i: number, dialect: Dialect): [ObjectName, number] {
  const parts: string[] = [];
  while (i < tokens.length && (tokens[i]!.type === 'word' || tokens[i]!.type === 'quoted')) {
    parts.push(identifier(tokens[i]!, dialect));
    if (tokens[i + 1]?.value === '.') i += 2;
    else {
      i++;
      break;
    }
  }
  const last = parts.pop();
  if (last === undefined) return [{ name: '?', uncertain: true }, i];
  return [parts.length ? { schema: parts[parts.length - 1]!, name: last } : { name: last }, i];
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

function whereOf(tokens: Token[], from: number): WhereState {
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

/** Words that can precede `(` without being a function call. */
const NOT_CALLS = new Set([
  'IN', 'VALUES', 'EXISTS', 'AS', 'AND', 'OR', 'NOT', 'ON', 'USING', 'OVER', 'FILTER', 'WITHIN', 'INTO', 'TABLE',
  'FROM', 'JOIN', 'WHERE', 'SELECT', 'SET', 'REFERENCES', 'KEY', 'INDEX', 'PRIMARY', 'UNIQUE', 'CHECK', 'ANY', 'ALL',
  'SOME', 'CASE', 'WHEN', 'THEN', 'ELSE', 'RETURNING', 'PARTITION', 'BY', 'WITH', 'UNION', 'LATERAL', 'ROW', 'ARRAY',
  'DISTINCT', 'IF', 'DO', 'CALL', 'HAVING', 'LIMIT', 'GROUP', 'ORDER', 'INSERT', 'REPLACE', 'UPDATE', 'DELETE',
]);

/** Function calls a rejected statement makes, found as `name (` (names preceded by a table keyword are not calls). */
function lexicalCalls(tokens: Token[], dialect: Dialect): Operation[] {
  const ops: Operation[] = [];
  tokens.forEach((t, k) => {
    if (t.type !== 'word' || tokens[k + 1]?.value !== '(' || NOT_CALLS.has(t.value) || tokens[k - 1]?.value === '.') return;
    if (isWord(tokens[k - 1], 'INTO', 'TABLE', 'REFERENCES', 'AS', 'JOIN', 'FROM', 'UPDATE', 'ON', 'KEY', 'INDEX', 'CALL')) return;
    ops.push(...callOperations(dialect, { name: identifier(t, dialect) }, true));
  });
  return ops;
}

type LexicalHandler = (tokens: Token[], dialect: Dialect, nested: NestedAnalyzer) => Operation[] | undefined;

/** The settings a lexical SET names (`SET [GLOBAL|SESSION] a = 1, @v = 2`, `SET NAMES …`, `SET search_path TO …`). */
function setStatement(tokens: Token[], dialect: Dialect): Operation[] | undefined {
  const ops: Operation[] = [];
  for (const clause of topLevelClauses(tokens, 1)) {
    let i = 0;
    let scope: 'session' | 'server' | 'transaction' = 'session';
    while (isWord(clause[i], 'GLOBAL', 'PERSIST', 'PERSIST_ONLY', 'SESSION', 'LOCAL')) {
      if (!isWord(clause[i], 'SESSION')) scope = isWord(clause[i], 'LOCAL') && dialect === 'postgres' ? 'transaction' : isWord(clause[i], 'LOCAL') ? 'session' : 'server';
      i++;
    }
    if (clause[i]?.value === '@' && clause[i + 1]?.value === '@') {
      if (isWord(clause[i + 2], 'GLOBAL', 'PERSIST')) scope = 'server';
      i += clause[i + 3]?.value === '.' ? 4 : 2;
    } else if (clause[i]?.value === '@') continue; // a user variable
    const head = clause[i];
    if (!head || head.type !== 'word') return undefined;
    if (isWord(head, 'NAMES', 'CHARSET', 'CHARACTER', 'TRANSACTION', 'CONSTRAINTS') || (isWord(head, 'SESSION') && isWord(clause[i + 1], 'CHARACTERISTICS'))) continue;
    const values = clause.slice(i + 1).filter((t) => t.type === 'word' || t.type === 'string' || t.type === 'quoted' || t.type === 'number');
    const named = values[0] && isWord(values[0], 'TO') ? values.slice(1) : values;
    ops.push(...settingOperations(dialect, head.value.toLowerCase(), named.length && dialect === 'postgres' ? named.map((t) => identifier(t, dialect)) : null, scope));
    ops.push(...lexicalCalls(clause.slice(i + 1), dialect));
  }
  return ops;
}

const safe = (reason: string): LexicalHandler => () => (reason ? [] : undefined);

/** Every leading keyword the classifier accepts; a keyword not here makes the statement `unparseable`. */
export const LEADING_KEYWORDS: Record<string, LexicalHandler> = {
  DELETE: (tokens, dialect) => {
    const from = skipWords(tokens, 1, 'LOW_PRIORITY', 'QUICK', 'IGNORE', 'FROM');
    const table = qualifiedName(tokens, from, dialect)[0];
    return [{ kind: 'delete', table, where: whereOf(tokens, from) }, ...catalogWrite(dialect, table, 'DELETE FROM'), ...lexicalCalls(tokens, dialect)];
  },
  UPDATE: (tokens, dialect) => {
    const at = skipWords(tokens, 1, 'LOW_PRIORITY', 'IGNORE', 'OR', 'ROLLBACK', 'ABORT', 'FAIL', 'REPLACE', 'ONLY');
    const table = qualifiedName(tokens, at, dialect)[0];
    return [{ kind: 'update', table, where: whereOf(tokens, at) }, ...catalogWrite(dialect, table, 'UPDATE'), ...lexicalCalls(tokens, dialect)];
  },
  TRUNCATE: (tokens, dialect) => {
    const at = skipWords(tokens, 1, 'TABLE', 'ONLY');
    return [{ kind: 'truncate', tables: topLevelClauses(tokens, at).map((c) => qualifiedName(c, 0, dialect)[0]) }];
  },
  DROP: (tokens, dialect) => dropStatement(tokens, dialect),
  ALTER: (tokens, dialect) => alterStatement(tokens, dialect),
  RENAME: (tokens, dialect) => {
    if (!isWord(tokens[1], 'TABLE')) return undefined;
    return topLevelClauses(tokens, 2).map((c) => {
      const [table, at] = qualifiedName(c, 0, dialect);
      const target = qualifiedName(c, at + 1, dialect)[0];
      return { kind: 'rename', object: 'table', table, from: displayName(table), to: displayName(target), target } as Operation;
    });
  },
  CREATE: (tokens, dialect, nested) => createStatement(tokens, dialect, nested),
  GRANT: (tokens) => {
    const on = tokens.findIndex((t) => isWord(t, 'ON'));
    const to = tokens.findIndex((t) => isWord(t, 'TO'));
    if (to < 0) return undefined;
    const privileges = tokens.slice(1, on < 0 ? to : on).filter((t) => t.type === 'word' || t.type === 'quoted' || t.type === 'string').map((t) => t.value);
    const grantees = topLevelClauses(tokens, to + 1).map((c) => name(c[0]));
    if (on < 0) return [{ kind: 'grant-role', roles: privileges, grantees, admin: tokens.some((t) => isWord(t, 'ADMIN')) }];
    const grant: Operation = { kind: 'grant', toPublic: grantees.some((g) => g.toUpperCase() === 'PUBLIC'), allPrivileges: privileges[0] === 'ALL', grantees };
    const serverWide = tokens[on + 1]?.value === '*' && tokens[on + 2]?.value === '.' && tokens[on + 3]?.value === '*';
    return serverWide ? [grant, { kind: 'server-administration', detail: `GRANT ${privileges.join(', ')} ON *.* grants server-wide privileges` }] : [grant];
  },
  PREPARE: () => [{ kind: 'dynamic-sql', detail: 'PREPARE builds a statement from a string at run time' }],
  EXECUTE: () => [{ kind: 'dynamic-sql', detail: 'EXECUTE runs a prepared statement whose text is only known at run time' }],
  SET: (tokens, dialect) => setStatement(tokens, dialect),
  PRAGMA: (tokens, dialect) => {
    const at = tokens[2]?.value === '.' ? 3 : 1;
    return tokens[at]?.type === 'word' ? settingOperations(dialect, tokens[at]!.value.toLowerCase(), null, 'session') : undefined;
  },
  USE: (tokens, dialect) => (tokens[1] ? [{ kind: 'search-path', schemas: [identifier(tokens[1], dialect)] }] : undefined),
  VACUUM: (tokens, dialect) => {
    if (tokens.some((t) => isWord(t, 'INTO'))) return [{ kind: 'server-access', detail: 'VACUUM INTO writes a copy of the database to a file' }];
    return isWord(tokens[1], 'FULL') ? [{ kind: 'rewrite-table', command: 'VACUUM FULL', table: qualifiedName(tokens, 2, dialect)[0] }] : [];
  },
  CLUSTER: (tokens, dialect) => [{ kind: 'rewrite-table', command: 'CLUSTER', table: qualifiedName(tokens, 1, dialect)[0] }],
  WITH: (tokens, dialect, nested) => {
    const ops: Operation[] = [];
    tokens.forEach((t, k) => {
      if (isWord(t, 'DELETE', 'UPDATE') && k > 0 && (tokens[k - 1]!.value === '(' || tokens[k - 1]!.value === ')')) {
        const sub = classifyLexically(tokens.slice(k), dialect, nested);
        if (sub) ops.push(...sub);
      }
    });
    return [...ops, ...lexicalCalls(tokens, dialect)];
  },
  SELECT: (tokens, dialect) => [
    ...(tokens.some((t) => isWord(t, 'OUTFILE', 'DUMPFILE')) ? [{ kind: 'server-access', detail: 'SELECT … INTO OUTFILE writes a file on the database server' } as Operation] : []),
    ...lexicalCalls(tokens, dialect),
  ],
  INSERT: (tokens, dialect) => lexicalCalls(tokens, dialect),
  REPLACE: (tokens, dialect) => lexicalCalls(tokens, dialect),
  VALUES: (tokens, dialect) => lexicalCalls(tokens, dialect),
  CALL: (tokens, dialect) => {
    const [procedure, at] = qualifiedName(tokens, 1, dialect);
    return [{ kind: 'call', name: procedure, routine: 'procedure' }, ...lexicalCalls(tokens.slice(at), dialect)];
  },
  DO: (tokens, dialect) => (dialect === 'postgres' ? undefined : lexicalCalls(tokens, dialect)), // PostgreSQL DO needs the parser
  LOAD: (tokens) =>
    isWord(tokens[1], 'DATA', 'XML') && !isWord(tokens[isWord(tokens[2], 'LOW_PRIORITY', 'CONCURRENT') ? 3 : 2], 'LOCAL')
      ? [{ kind: 'server-access', detail: 'LOAD DATA INFILE reads a file on the database server' }]
      : isWord(tokens[1], 'DATA', 'XML')
        ? []
        : [{ kind: 'server-access', detail: 'LOAD loads a shared library into the database server' }],
  EXPLAIN: (tokens, dialect, nested) => (isWord(tokens[1], 'ANALYZE', 'ANALYSE') ? classifyLexically(tokens.slice(2), dialect, nested) : []),
  REFRESH: (tokens, dialect) =>
    isWord(tokens[3], 'CONCURRENTLY') ? [] : [{ kind: 'rewrite-table', command: 'REFRESH MATERIALIZED VIEW', table: qualifiedName(tokens, 3, dialect)[0] }],
  FLUSH: (tokens) => (isWord(tokens[1], 'PRIVILEGES') ? [] : [{ kind: 'server-administration', detail: 'FLUSH acts on the whole server (FLUSH TABLES WITH READ LOCK blocks every write)' }]),
  RESET: (tokens, dialect) =>
    dialect === 'postgres' ? (isWord(tokens[1], 'ALL', 'SEARCH_PATH') ? [{ kind: 'search-path', schemas: null }] : [])
    : isWord(tokens[1], 'QUERY') ? [] : [{ kind: 'server-administration', detail: `RESET ${tokens[1]?.value ?? ''} resets server-wide state (binary logs, replication)` }],
  DISCARD: (tokens) => (isWord(tokens[1], 'ALL') ? [{ kind: 'search-path', schemas: null }] : []),
  REPAIR: (tokens) => (tokens.some((t) => isWord(t, 'USE_FRM')) ? [{ kind: 'unclassified', what: 'REPAIR TABLE … USE_FRM (rebuilds the table from its definition and can lose rows)' }] : []),
  START: (tokens) => (isWord(tokens[1], 'TRANSACTION') ? [] : [{ kind: 'server-administration', detail: `START ${tokens[1]?.value ?? ''} changes replication of the whole server` }]),
  STOP: (tokens) => [{ kind: 'server-administration', detail: `STOP ${tokens[1]?.value ?? ''} changes replication of the whole server` }],
  CHANGE: () => [{ kind: 'server-administration', detail: 'CHANGE MASTER/REPLICATION SOURCE repoints replication' }],
  KILL: () => [{ kind: 'server-administration', detail: "KILL ends another session's connection or query" }],
  SHUTDOWN: () => [{ kind: 'server-administration', detail: 'SHUTDOWN stops the database server' }],
  PURGE: () => [{ kind: 'server-administration', detail: 'PURGE BINARY LOGS deletes logs replicas and recovery may need' }],
  INSTALL: () => [{ kind: 'server-access', detail: 'INSTALL PLUGIN/COMPONENT loads a shared library into the database server' }],
  UNINSTALL: () => [{ kind: 'server-administration', detail: 'UNINSTALL removes a server plugin' }],
  COMMENT: safe('sets a comment'),
  REVOKE: safe('only narrows access'),
  LOCK: safe('LOCK TABLES: held until UNLOCK TABLES or the session ends'),
  UNLOCK: safe('releases table locks'),
  BEGIN: safe('transaction control'),
  COMMIT: safe('transaction control'),
  END: safe('transaction control (or the end of a routine body)'),
  ROLLBACK: safe('transaction control'),
  SAVEPOINT: safe('transaction control'),
  RELEASE: safe('transaction control'),
  SHOW: safe('reads server metadata'),
  DESCRIBE: safe('reads a table definition'),
  DESC: safe('reads a table definition'),
  TABLE: safe('reads a table'),
  ANALYZE: safe('updates planner statistics'),
  ANALYSE: safe('updates planner statistics'),
  OPTIMIZE: safe('rebuilds a table online (InnoDB) to reclaim space'),
  REINDEX: safe('rebuilds indexes from the table rows'),
  DEALLOCATE: safe('forgets a prepared statement'),
  CHECKPOINT: safe('forces a checkpoint: I/O only'),
  LISTEN: safe('listens for notifications'),
  NOTIFY: safe('sends a notification'),
  UNLISTEN: safe('stops listening'),
  SECURITY: safe('SECURITY LABEL: only a label provider module acts on it'),
  IMPORT: safe('IMPORT FOREIGN SCHEMA defines foreign tables; no local data'),
  ATTACH: () => [{ kind: 'server-access', detail: 'ATTACH opens or creates a database file at any path the process can write' }],
  DETACH: safe('SQLite DETACH closes an attached database file'),
  DECLARE: safe('declares a cursor or handler'),
  FETCH: safe('reads from a cursor'),
  CLOSE: safe('closes a cursor'),
  MOVE: safe('moves a cursor'),
  CHECKSUM: safe('reads a table checksum'),
  CHECK: safe('CHECK TABLE reads and verifies a table'),
  HANDLER: safe('HANDLER reads rows through an index'),
  CACHE: safe('CACHE INDEX assigns an index to a key cache'),
};

export function classifyLexically(tokens: Token[], dialect: Dialect, nested: NestedAnalyzer): Operation[] | undefined {
  const first = tokens[0];
  if (!first || first.type !== 'word') return undefined;
  return LEADING_KEYWORDS[first.value]?.(tokens, dialect, nested);
}

const DROP_OBJECTS: Record<string, string> = {
  TABLE: 'table', DATABASE: 'database', SCHEMA: 'schema', VIEW: 'view', INDEX: 'index', PROCEDURE: 'procedure',
  FUNCTION: 'function', TRIGGER: 'trigger', EVENT: 'event', SEQUENCE: 'sequence', TYPE: 'type', USER: 'user',
  ROLE: 'role', EXTENSION: 'extension', DOMAIN: 'domain', POLICY: 'policy', RULE: 'rule', PUBLICATION: 'publication',
  SUBSCRIPTION: 'subscription', AGGREGATE: 'aggregate', ROUTINE: 'routine', SERVER: 'server', TABLESPACE: 'tablespace',
};

function dropStatement(tokens: Token[], dialect: Dialect): Operation[] | undefined {
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
  const names = topLevelClauses(tokens, i, end).map((c) => qualifiedName(c, 0, dialect)[0]);
  return [{ kind: 'drop', object, names, cascade: tokens.some((t) => isWord(t, 'CASCADE')), concurrently }];
}

/** Storage engines that keep what is written; BLACKHOLE and MEMORY do not. */
const DURABLE_ENGINES = new Set(['INNODB', 'MYISAM', 'ARIA', 'ROCKSDB', 'TOKUDB', 'NDB', 'NDBCLUSTER', 'ARCHIVE', 'CSV', 'MRG_MYISAM', 'MERGE']);
const VOLATILE_ENGINES = new Set(['BLACKHOLE', 'MEMORY', 'HEAP']);

function engineOption(clause: Token[], table: ObjectName): Operation[] {
  const value = clause.find((t, k) => k > 0 && (t.type === 'word' || t.type === 'string' || t.type === 'quoted'))?.value.toUpperCase() ?? '?';
  if (VOLATILE_ENGINES.has(value)) return [{ kind: 'volatile-storage', table, detail: `ENGINE=${value} ${value === 'BLACKHOLE' ? 'discards every row written to it' : 'keeps rows only until the server restarts'}` }];
  return DURABLE_ENGINES.has(value) ? [] : [{ kind: 'unclassified', what: `storage engine ${value.toLowerCase()}` }];
}

/** ALTER targets other than TABLE, ROLE and USER: a reviewed reason they are safe, or a finding. */
const ALTER_TARGETS: Record<string, (tokens: Token[]) => Operation[]> = {
  VIEW: () => [],
  DATABASE: () => [],
  SCHEMA: () => [],
  PROCEDURE: () => [],
  FUNCTION: () => [],
  SEQUENCE: () => [],
  INDEX: () => [],
  EVENT: (tokens) => [{ kind: 'server-administration', detail: `ALTER EVENT ${name(tokens[2])} changes a job the server runs on a schedule` }],
  DEFINER: () => [],
  ALGORITHM: () => [],
  SQL: () => [],
};

function alterStatement(tokens: Token[], dialect: Dialect): Operation[] | undefined {
  const target = tokens[1]?.value;
  if (target === 'ROLE' || target === 'USER') {
    const role = name(tokens[2]);
    const ops: Operation[] = [];
    // MySQL and MariaDB accounts are server-wide and rehearsal does not compare them (PostgreSQL's roles it does).
    if (dialect !== 'postgres') ops.push({ kind: 'server-administration', detail: `ALTER ${target} ${role} changes a server account (its password, authentication or limits), which rehearsal does not compare` });
    if (tokens.some((t) => isWord(t, 'SUPERUSER'))) ops.push({ kind: 'role-attribute', role, attribute: 'superuser', create: false });
    if (tokens.some((t) => isWord(t, 'BYPASSRLS'))) ops.push({ kind: 'role-attribute', role, attribute: 'bypassrls', create: false });
    return ops;
  }
  if (target !== 'TABLE' && !(target === 'ONLINE' || target === 'IGNORE')) {
    const other = target ? ALTER_TARGETS[target] : undefined;
    return other ? other(tokens) : [{ kind: 'unclassified', what: `ALTER ${target ?? ''}` }];
  }
  let i = skipWords(tokens, 1, 'ONLINE', 'IGNORE', 'TABLE', 'IF', 'EXISTS', 'ONLY');
  const [table, after] = qualifiedName(tokens, i, dialect);
  i = after;
  const ops: Operation[] = [];
  const clauses = topLevelClauses(tokens, i);
  for (let k = 0; k < clauses.length; k++) {
    const clause = clauses[k]!;
    const head = clause[0];
    if (!head || head.type !== 'word' || !ALTER_TABLE_CLAUSES.has(head.value)) return undefined;
    // DROP|TRUNCATE PARTITION p1, p2: the names after the first come as clauses of one word each.
    const partitions = () => {
      const names = [name(clause[2])];
      while (clauses[k + 1]?.length === 1 && !ALTER_TABLE_CLAUSES.has(clauses[k + 1]![0]!.value)) names.push(name(clauses[++k]![0]));
      return names;
    };
    if (head.value === 'DROP' && isWord(clause[1], 'PARTITION')) ops.push({ kind: 'drop-partition', table, partitions: partitions(), truncate: false });
    else if (head.value === 'TRUNCATE' && isWord(clause[1], 'PARTITION')) ops.push({ kind: 'drop-partition', table, partitions: partitions(), truncate: true });
    else if (head.value === 'DISCARD' && isWord(clause[1], 'TABLESPACE')) ops.push({ kind: 'volatile-storage', table, detail: "DISCARD TABLESPACE deletes the table's data file" });
    else if (head.value === 'ENGINE') ops.push(...engineOption(clause, table));
    else if (head.value === 'DROP' && !DROP_NON_COLUMN.has(clause[1]?.value ?? '')) {
      const at = skipWords(clause, 1, 'COLUMN', 'IF', 'EXISTS');
      ops.push({ kind: 'drop-column', table, column: name(clause[at]) });
    } else if (head.value === 'RENAME') {
      if (isWord(clause[1], 'TO', 'AS')) {
        const target = qualifiedName(clause, 2, dialect)[0];
        ops.push({ kind: 'rename', object: 'table', table, from: displayName(table), to: displayName(target), target });
      } else if (!isWord(clause[1], 'INDEX', 'KEY', 'CONSTRAINT')) {
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
    } else if (head.value === 'DISABLE' && dialect === 'postgres') {
      ops.push({ kind: 'unclassified', what: `ALTER TABLE … DISABLE ${clause[1]?.value ?? ''}` });
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
  const orReplace = isWord(tokens[1], 'OR') && isWord(tokens[2], 'REPLACE');
  let i = skipWords(tokens, 1, 'OR', 'REPLACE', 'TEMPORARY', 'TEMP', 'UNIQUE', 'GLOBAL', 'LOCAL', 'UNLOGGED', 'DEFINER', 'ALGORITHM', 'SQL', 'SECURITY', 'VIRTUAL');
  const temporary = tokens.slice(1, i).some((t) => isWord(t, 'TEMPORARY', 'TEMP'));
  // MySQL: CREATE DEFINER=`user`@`host` PROCEDURE …
  while (i < tokens.length && !isWord(tokens[i], 'TABLE', 'INDEX', 'PROCEDURE', 'FUNCTION', 'TRIGGER', 'EVENT', 'ROLE', 'USER', 'RULE', 'VIEW', 'DATABASE', 'SCHEMA') && i < 12) i++;
  const kind = tokens[i]?.value;
  switch (kind) {
    case 'TABLE': {
      const ifNotExists = isWord(tokens[i + 1], 'IF');
      const at = skipWords(tokens, i + 1, 'IF', 'NOT', 'EXISTS');
      const table = qualifiedName(tokens, at, dialect)[0];
      const engine = tokens.findIndex((t, k) => isWord(t, 'ENGINE') && tokens[k - 1]?.value === ')');
      const storage = engine < 0 ? [] : engineOption(tokens.slice(engine), table);
      // MariaDB drops an existing table of that name first; SQLite and PostgreSQL have no such statement.
      if (orReplace && dialect !== 'sqlite' && dialect !== 'postgres') return [{ kind: 'replace-table', table }, ...storage];
      return [{ kind: 'create-table', table, ifNotExists, temporary }, ...storage];
    }
    case 'INDEX': {
      const concurrently = isWord(tokens[i + 1], 'CONCURRENTLY');
      const on = tokens.findIndex((t) => isWord(t, 'ON'));
      const table = on < 0 ? ({ name: '?', uncertain: true } as ObjectName) : qualifiedName(tokens, skipWords(tokens, on + 1, 'ONLY'), dialect)[0];
      return [{ kind: 'create-index', table, concurrently }];
    }
    case 'ROLE':
    case 'USER': {
      const role = name(tokens[i + 1]);
      const ops: Operation[] = [];
      if (dialect !== 'postgres' && kind === 'USER') ops.push({ kind: 'server-administration', detail: 'CREATE USER makes a server account that can log in (accounts are server-wide, and rehearsal does not compare them)' });
      if (tokens.some((t) => isWord(t, 'SUPERUSER'))) ops.push({ kind: 'role-attribute', role, attribute: 'superuser', create: true });
      if (tokens.some((t) => isWord(t, 'BYPASSRLS'))) ops.push({ kind: 'role-attribute', role, attribute: 'bypassrls', create: true });
      return ops;
    }
    case 'RULE': {
      const instead = tokens.findIndex((t) => isWord(t, 'INSTEAD'));
      const on = tokens.findIndex((t) => isWord(t, 'TO'));
      if (instead >= 0 && isWord(tokens[instead + 1], 'NOTHING')) return [{ kind: 'rule-instead-nothing', table: qualifiedName(tokens, on + 1, dialect)[0] }];
      return [];
    }
    case 'PROCEDURE':
    case 'FUNCTION':
    case 'TRIGGER':
    case 'EVENT': {
      if (dialect === 'postgres') return undefined; // a PostgreSQL routine the parser rejected cannot be trusted
      const [routine] = qualifiedName(tokens, skipWords(tokens, i + 1, 'IF', 'NOT', 'EXISTS'), dialect);
      const defines: Operation[] = kind === 'PROCEDURE' || kind === 'FUNCTION' ? [{ kind: 'create-routine', name: routine }] : [];
      return [...defines, ...routineBody(tokens, nested)];
    }
    case 'VIEW':
    case 'DATABASE':
    case 'SCHEMA':
      return [];
    default:
      return undefined;
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
