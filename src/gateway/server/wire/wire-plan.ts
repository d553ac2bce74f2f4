/**
 * The approved plan of one wire session, statement by statement: which ran (committed), which are running in an
 * open transaction, which never ran, and what was refused. Each planned statement runs once: a statement is
 * claimed by the connection that sends it, becomes `ran` when that connection's transaction commits and is free
 * again if it rolls back, entirely or to a savepoint taken before it was claimed. Pure state; the relay tells it
 * what the database answered.
 */
import type { PlannedStatement } from '../execute.js';
import { inlineCopy } from '../../../scan/statement-splitter.js';
import { parseStatements } from './statement-rules.js';

export type EntryState = 'unrun' | 'running' | 'ran';

interface Entry {
  statement: PlannedStatement;
  key: string;
  state: EntryState;
  /** The connection whose open transaction holds it while `running`. */
  holder?: number;
  /** When it was claimed (a `position`): a rollback to a savepoint taken before then gives it back. */
  claimedAt?: number;
}

/** Savepoint commands, as the parser names them (TransactionStmt kinds). */
export type SavepointAction = 'TRANS_STMT_SAVEPOINT' | 'TRANS_STMT_RELEASE' | 'TRANS_STMT_ROLLBACK_TO';

export interface Refusal {
  sql: string;
  rule: string;
  reason: string;
  at: string;
}

export interface WireReport {
  ran: Array<{ index: number; path: string }>;
  unrun: Array<{ index: number; path: string; sql: string }>;
  refused: Refusal[];
}

/** A planned statement's key on the PostgreSQL endpoint; a COPY … FROM STDIN with its rows inline is matched by the statement (the relay checks the rows). */
function postgresPlanKey(sql: string): { key: string; transaction: boolean } | undefined {
  const [parsed] = parseStatements(inlineCopy(sql)?.statement ?? sql);
  return parsed ? { key: parsed.key, transaction: parsed.type === 'TransactionStmt' } : undefined;
}

export class WirePlan {
  private readonly entries: Entry[];
  /** Entries by key, in plan order (a plan may hold the same statement twice). */
  private readonly byKey = new Map<string, Entry[]>();
  readonly refused: Refusal[] = [];
  /** Claims made so far: each claim and each savepoint command is placed by it. */
  private claims = 0;
  /** Each connection's savepoints in its open transaction, innermost last, with the position each was taken at. */
  private readonly savepoints = new Map<number, Array<{ name: string; at: number }>>();

  /** `keyOf`: a statement's key and whether it is transaction control, by the endpoint's parser (PostgreSQL's by default). */
  constructor(statements: readonly PlannedStatement[], keyOf: (sql: string) => { key: string; transaction: boolean } | undefined = postgresPlanKey) {
    // The plan's statements were scanned and re-evaluated with the same parser: each is exactly one statement.
    // BEGIN/COMMIT in a file are not part of what must run (the tool may manage its transactions itself): they run
    // as transaction control, planned or not, and are not reported as planned statements.
    this.entries = statements.flatMap((statement) => {
      const parsed = keyOf(statement.sql);
      return parsed && !parsed.transaction ? [{ statement, key: parsed.key, state: 'unrun' as const }] : [];
    });
    for (const entry of this.entries) this.byKey.set(entry.key, [...(this.byKey.get(entry.key) ?? []), entry]);
  }

  /** Claims the first statement with this key that has not run for `connection`; undefined if none is free. */
  claim(key: string, connection: number): PlannedStatement | undefined {
    const entry = this.byKey.get(key)?.find((e) => e.state === 'unrun');
    if (!entry) return undefined;
    entry.state = 'running';
    entry.holder = connection;
    entry.claimedAt = ++this.claims;
    return entry.statement;
  }

  /** Whether a statement with this key is planned and free to run (without claiming it). */
  available(key: string): boolean {
    return this.byKey.get(key)?.some((e) => e.state === 'unrun') ?? false;
  }

  /** Gives back claims of a message that was refused as a whole. */
  unclaim(statements: readonly PlannedStatement[]): void {
    for (const entry of this.entries) {
      if (entry.state === 'running' && statements.includes(entry.statement)) {
        entry.state = 'unrun';
        entry.holder = undefined;
      }
    }
  }

  /** Whether a statement with this key has run (or is running) already. */
  consumed(key: string): boolean {
    return this.byKey.get(key)?.some((e) => e.state !== 'unrun') ?? false;
  }

  /** Where the claims stand now: a savepoint command sent now takes effect here. */
  get position(): number {
    return this.claims;
  }

  /**
   * A savepoint command of the connection's open transaction, sent at `at` (a `position`; claims made after it in
   * the same message come later). ROLLBACK TO gives back what was claimed after the savepoint and up to `at`, and
   * keeps the savepoint; RELEASE forgets it and those after it, whose claims stay with the transaction. Like
   * PostgreSQL, a name means the innermost savepoint of that name; an unknown name changes nothing (the database
   * fails the command and the transaction with it).
   */
  savepoint(connection: number, action: SavepointAction, name: string, at: number): void {
    const stack = this.savepoints.get(connection) ?? [];
    this.savepoints.set(connection, stack);
    if (action === 'TRANS_STMT_SAVEPOINT') {
      stack.push({ name, at });
      return;
    }
    const index = stack.map((s) => s.name).lastIndexOf(name);
    if (index < 0) return;
    if (action === 'TRANS_STMT_RELEASE') {
      stack.length = index;
      return;
    }
    this.end(connection, 'unrun', stack[index]!.at, at);
    stack.length = index + 1;
  }

  /**
   * The connection's transaction ended: what it claimed ran (commit) or is free to run again (rollback). `upTo` (a
   * `position`): a COMMIT or ROLLBACK inside a message ends only what was claimed before it in that message.
   */
  settle(connection: number, committed: boolean, upTo = Infinity): void {
    this.savepoints.delete(connection);
    this.end(connection, committed ? 'ran' : 'unrun', 0, upTo);
  }

  /** The connection's claims made after position `after` and up to `upTo` ran, or are free again. */
  private end(connection: number, state: 'ran' | 'unrun', after: number, upTo: number): void {
    for (const entry of this.entries) {
      if (entry.state !== 'running' || entry.holder !== connection || entry.claimedAt! <= after || entry.claimedAt! > upTo) continue;
      entry.state = state;
      entry.holder = undefined;
    }
  }

  refuse(refusal: Refusal): void {
    if (this.refused.length < 1000) this.refused.push(refusal);
  }

  report(): WireReport {
    return {
      ran: this.entries.filter((e) => e.state === 'ran').map((e) => ({ index: e.statement.index, path: e.statement.path })),
      unrun: this.entries.filter((e) => e.state !== 'ran').map((e) => ({ index: e.statement.index, path: e.statement.path, sql: e.statement.sql.slice(0, 500) })),
      refused: [...this.refused],
    };
  }
}
