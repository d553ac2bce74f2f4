/**
 * How a PostgreSQL statement sits in a transaction, for anything that executes plans (the gateway's executor):
 * decided from the real parser's AST, not the text. The parser must be loaded (`loadPostgresParser`), which any
 * scan of the same statements has done.
 */
import { parseSync } from 'libpg-query';
import { parseWithSqlParser } from './dialects/sqlparser.js';
import type { Dialect } from './types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- libpg-query ASTs are untyped JSON
type Node = Record<string, any>;

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

/**
 * The same for MySQL and MariaDB, where every statement but row reads and writes commits implicitly (DDL, account
 * and lock statements, SET, CALL, …): only a statement node-sql-parser reads as SELECT, INSERT, REPLACE, UPDATE or
 * DELETE joins a transaction; anything else, including what it cannot parse, runs on its own.
 */
export function mysqlTransactionRole(sql: string, dialect: Dialect): 'transactional' | 'own' | 'transaction-control' {
  let tree: Node | Node[];
  try {
    tree = parseWithSqlParser(sql, dialect);
  } catch {
    return 'own';
  }
  const nodes = Array.isArray(tree) ? tree : [tree];
  if (nodes.length !== 1) return 'own';
  const type = String(nodes[0]?.type ?? '');
  if (type === 'transaction') return 'transaction-control';
  return ROW_STATEMENTS.has(type) && !nodes[0]?.into?.keyword ? 'transactional' : 'own';
}

const ROW_STATEMENTS = new Set(['select', 'insert', 'replace', 'update', 'delete']);
