/**
 * One client connection on the wire endpoint, relayed to the gateway's own backend connection. Every frontend
 * Query and Parse is parsed and decided before anything reaches the database; a refused message never reaches it
 * — the database is sent a statement that raises the refusal instead, so the client sees a PostgreSQL error
 * (SQLSTATE 42501) in the right order and its open transaction is aborted exactly as on any error. Backend answers
 * are relayed as they come, with masked columns replaced. Audit: planned statements were committed to the trail
 * when the session opened; refusals and history-table writes are committed before they are acted on; each round
 * trip's statements and answers follow in the next group of records.
 */
import { createHash, type Hash } from 'node:crypto';
import { sha256Hex } from '../../../sha256.js';
import { inlineCopy } from '../../../scan/statement-splitter.js';
import type { WireBackend } from '../database.js';
import type { PlannedStatement } from '../execute.js';
import { BACKEND, FRONTEND, FieldReader, Framer, serialize, backendKeyData, decodeBackend, fatal, noticeFields, noticeMessage, parameterStatus, readyForQuery, refusalPipeline, refusalQuery } from './messages.js';
import { RowMasking } from './row-masking.js';
import type { ColumnMasking } from '../column-masking.js';
import { redactFields, shownMessage } from '../error-redaction.js';
import { randomBytes } from 'node:crypto';
import { changesSearchPath, parseStatements, sessionSearchPath, unplanned, type RuleOptions } from './statement-rules.js';
import type { SavepointAction, WirePlan } from './wire-plan.js';
import { beyondText, DeferredConstraintsFailed, EffectsWatch, mayChangeCatalog, reportEffects, type EffectsApproval, type Mark, type MeasuredEffect, type Queries } from '../effects-watch.js';
import type { CommitCheck } from '../../../effects/commit-check.js';
import { transactionRole } from '../../../scan/transaction-role.js';
import { InternalQuery } from './internal-query.js';

const MAX_AUDITED_SQL = 4000;

/** What a relay of either wire endpoint needs from the gateway: the session's plan, and where to record what happens. */
export interface WireSessionContext {
  /** This connection's number, unique in the gateway process. */
  id: number;
  plan: WirePlan;
  planDigest: string;
  masking: ColumnMasking;
  /** Appends an audit record (with the session and identity added); resolves once it is committed. */
  audit(kind: string, data: Record<string, unknown>): Promise<void>;
  /** The same for a record nothing waits on: written with the next group of records (see AuditLog.appendSoon). */
  auditSoon(kind: string, data: Record<string, unknown>): Promise<void>;
  refused(rule: string): void;
  statement(outcome: 'ok' | 'failed'): void;
  /** A transaction left open this long with nothing sent ends the connection (0 or absent: no limit). */
  idleInTransactionMs?: number;
  /** Something that committed went beyond the approval: the session ends, nothing more runs in it. */
  halt?(reason: string): void;
}

/** The PostgreSQL relay's: its statement rules and the check before COMMIT's approval. */
export interface RelayContext extends WireSessionContext {
  rules: RuleOptions;
  /** The check before COMMIT: what the session's plan may do beyond what its statements name (absent: no check). */
  effects?: EffectsApproval;
}

/** One statement of a Query, as the check sees it: its own info, whether it ends its transaction, how it was sent. */
interface Part {
  info: StatementInfo;
  ends: boolean;
  sent: SentStatement;
}

/** What a Query, or an executed prepared statement, does to its transaction: for the check before COMMIT. */
interface StatementInfo {
  /** It runs a planned statement or writes the tool's history table: what its transaction does is checked. */
  writes: boolean;
  begins: boolean;
  /** COMMIT or END (what a ROLLBACK undoes needs no check). */
  commits: boolean;
  /** PostgreSQL runs it outside any transaction (CREATE INDEX CONCURRENTLY, VACUUM): checked once it ran. */
  own: boolean;
  sqls: string[];
}

export interface ClientSide {
  write(bytes: Uint8Array): void;
  close(): void;
}

interface Decision {
  ok: boolean;
  /** Simple protocol, checked: each statement's part, to run a Query in segments around the COMMITs in it. */
  parts?: Part[];
  /** Simple protocol: the planned statements the Query claimed. */
  claimed?: PlannedStatement[];
  /** Extended protocol: planned statements of a Parse, claimed only when executed (and allowed anyway if `readable`). */
  prepared: PreparedPlanned[];
  /** Extended protocol: what the statement of a Parse does to its transaction, once executed. */
  transaction?: TransactionEffect;
  info?: StatementInfo;
}

interface Savepoint {
  action: SavepointAction;
  name: string;
}

/** Whether a statement ends its transaction (COMMIT, ROLLBACK) or is a savepoint command. */
interface TransactionEffect {
  end?: boolean;
  savepoint?: Savepoint;
}

/**
 * A statement sent in a round trip (of a Query, or an Execute before a Sync), for when the database has answered it:
 * where the claims stood after it (a `position`) and what it does to its transaction. Applied only to the statements
 * the database completed (after an error, nothing more of the round trip runs).
 */
interface SentStatement extends TransactionEffect {
  at: number;
}

/** A prepared statement: the planned statements each Execute of it claims, and what it does to its transaction. */
interface PreparedStatement {
  planned: PreparedPlanned[];
  transaction?: TransactionEffect;
  info?: StatementInfo;
}

/** A change to the statement or portal namespace, undone if the database did not make it (an error before it). */
interface NameChange {
  kind: 'parse' | 'bind' | 'close';
  undo: () => void;
  key: string;
  roundTrip: number;
}

interface PreparedPlanned {
  key: string;
  sql: string;
  /** Also allowed without a plan (a read in the plan): runs even when no planned copy is left. */
  readable: boolean;
}

export class WireRelay {
  private readonly fromBackend = new Framer();
  /** Completions of a substituted refusal (ParseComplete, BindComplete) the client must not see. */
  private dropCompletions = 0;
  /** After a refused extended-protocol message, the client's messages up to its Sync are not sent on. */
  private skipUntilSync = false;
  /**
   * Prepared statements as the database holds them, by name: what each Execute of them claims and does to its
   * transaction. A name the relay did not see parsed is refused at Bind (a statement PREPAREd in SQL).
   */
  private readonly statements = new Map<string, PreparedStatement>();
  /** Portals by name: the prepared statement each was bound to. */
  private readonly portals = new Map<string, string>();
  /** The namespace changes (Parse, Bind, Close) of the round trip being sent, and of those sent and not yet answered. */
  private changes: NameChange[] = [];
  private readonly unanswered: NameChange[][] = [];
  /** Round trips (a Query, or a Sync) sent and answered: a name changed in an unanswered earlier one is waited on. */
  private roundTripsSent = 0;
  private roundTripsAnswered = 0;
  /** Per statement (`S…`) or portal (`P…`) name: the round trip of its last change not yet confirmed by the database. */
  private readonly unconfirmed = new Map<string, number>();
  private readonly answeredWaiters: Array<{ roundTrip: number; done: () => void }> = [];
  /** ParseComplete, BindComplete and CloseComplete of the round trip being answered: how far its changes took effect. */
  private confirmations = { parse: 0, bind: 0, close: 0 };
  private readonly masking: RowMasking;
  private lastTag = '';
  private errorSinceTag = false;
  private answers: string[] = [];
  /** Statements sent since the last ReadyForQuery and not yet in the audit trail. */
  private sent: Array<Record<string, unknown>> = [];
  /** What the transactions checked since then did, measured before their COMMIT. */
  private measured: MeasuredEffect[] = [];
  private closed = false;
  /** A search_path set in the open transaction: it counts once the transaction commits. */
  private pendingSearchPath?: string[];
  private searchPath?: string[];
  /** COPY … FROM STDIN statements sent and not yet started, in order: the approved rows' digest when planned inline. */
  private copies: Array<{ statement: string; expected: string[] } | undefined> = [];
  /** The COPY … FROM STDIN running now, when its rows must match the plan's. */
  private copying?: { statement: string; expected: string[]; hash: Hash };
  /** One entry per message the database answers with a ReadyForQuery (a Query, a Sync): the statements it sent. */
  private roundTrips: SentStatement[][] = [];
  /** The statements of the Query being let through. */
  private nextQuery?: SentStatement[];
  /** The Executes sent since the last Sync. */
  private executes: SentStatement[] = [];
  /** The answers of the round trip under way that complete a statement, in order, up to an error. */
  private completed: string[] = [];
  private failedInRoundTrip = false;
  /** The marks of refusals sent and not yet answered: an error carrying one is the gateway's, not the client's text. */
  private readonly refusalMarks = new Map<string, number>();
  /** Messages of errors the gateway caused with its own text (a CopyFail), by the round trip they answer. */
  private readonly ownErrors = new Map<string, number>();
  /** Set while the client holds a transaction open and sends nothing: it ends the connection. */
  private idleTimer?: NodeJS.Timeout;
  /** The transaction status the database last reported. */
  private status = 'I';
  /** The check before COMMIT, opened on first use (its probe runs on this connection). */
  private watch?: EffectsWatch;
  /** The state before the open transaction began, and the statements sent in it since. */
  private mark?: Mark;
  private transactionSql: string[] = [];
  /**
   * The relay ends the transaction of the round trip `roundTrip` itself: `wrap`, one it opened around statements sent
   * outside a transaction (checked, then committed or rolled back); `after`, a statement that runs outside any
   * transaction (checked once it ran).
   */
  private holding?: { mode: 'wrap' | 'after'; roundTrip: number };
  /** The relay's own query running now: the database's answers go to it. */
  private internal?: InternalQuery;
  /** While set, the client's next messages wait: the relay is ending a transaction it holds. */
  private gate?: { promise: Promise<void>; open: () => void };
  /** Messages decided and not sent: sent up to `boundary`, the end of the last complete round trip (or Flush). */
  private outgoing: Uint8Array[] = [];
  private boundary = 0;
  /** Part of the round trip under way was sent (a Flush): nothing of the relay's own can run before it any more. */
  private unsynced = false;
  /** An Execute of BEGIN is in the round trip under way (not sent yet): the transaction it opens is the client's. */
  private roundTripBegins = false;
  /** ReadyForQuery messages that end a segment of the client's Query, not the Query: not shown to the client. */
  private suppressReady = 0;
  /** Whether the round trip answered last had an error. */
  private lastRoundTripFailed = false;
  /** Warnings the relay's own BEGIN causes (the client's BEGIN after it: 25001), dropped once each. */
  private readonly dropWarnings: string[] = [];

  constructor(
    private readonly client: ClientSide,
    private readonly backend: WireBackend,
    private readonly context: RelayContext,
  ) {
    this.masking = new RowMasking(context.masking);
  }

  /** Tells the client what the database announced and the gateway's cancel key, then relays. */
  start(cancelKey: { processId: number; secret: number }): void {
    for (const [name, value] of this.backend.parameters) this.client.write(parameterStatus(name, value));
    this.client.write(backendKeyData(cancelKey.processId, cancelKey.secret));
    this.client.write(readyForQuery('I'));
    this.backend.onData((bytes) => this.fromDatabase(bytes));
    this.backend.onClose(() => this.terminate('08006', 'migration-guard: the connection to the database was lost; what was not committed is rolled back'));
  }

  /** The time the check before COMMIT took on this connection so far, in milliseconds. */
  get checkMs(): number {
    return this.watch?.elapsedMs ?? 0;
  }

  /** Ends the connection with a FATAL error the client prints (session expired, gateway shutting down). */
  terminate(code: string, message: string, hint?: string): void {
    if (this.closed) return;
    this.client.write(fatal(code, message, hint));
    this.close();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.idleTimer);
    for (const waiter of this.answeredWaiters.splice(0)) waiter.done();
    this.internal?.abandon();
    this.gate?.open();
    // Whatever an open transaction held is rolled back by the database when its connection goes.
    this.context.plan.settle(this.context.id, false);
    this.backend.close();
    this.client.close();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  cancel(): Promise<void> {
    return this.backend.cancel();
  }

  // ------------------------------------------------------------------ client → database
  /**
   * The frontend messages of one chunk from the client, decided in order; what goes on to the database leaves in
   * one write (a pipelined Parse/Bind/Execute/Sync is one packet, as the client sent it).
   */
  async fromClientChunk(messages: readonly Uint8Array[]): Promise<void> {
    clearTimeout(this.idleTimer);
    try {
      for (const message of messages) await this.fromClient(message);
    } finally {
      this.flush();
    }
  }

  /**
   * Sends what was decided, up to the end of the last complete round trip: the database answers nothing before a
   * Sync or Flush, so a round trip's first messages may wait for the rest (the relay may need to run its own
   * queries before them).
   */
  private flush(): void {
    const out = this.outgoing.splice(0, this.boundary);
    this.boundary = 0;
    if (out.length && !this.closed) this.backend.send(out.length === 1 ? out[0]! : Buffer.concat(out));
  }

  /** `sendNow`: the client waits for an answer to it (an Execute of COPY … FROM STDIN waits for CopyInResponse). */
  private toDatabase(bytes: Uint8Array, sendNow = false): void {
    const type = bytes[0];
    // A Query ends the round trip as a Sync does: Executes sent before it are answered first.
    const ends = type === FRONTEND.Query || type === FRONTEND.Sync;
    if (ends) {
      this.roundTripBegins = false;
      this.roundTrips.push([...this.executes, ...(type === FRONTEND.Query ? (this.nextQuery ?? []) : [])]);
      this.executes = [];
      this.unanswered.push(this.changes);
      this.changes = [];
      this.roundTripsSent++;
    }
    this.nextQuery = undefined;
    this.outgoing.push(bytes);
    const copy = type === FRONTEND.CopyData || type === FRONTEND.CopyDone || type === FRONTEND.CopyFail;
    if (ends || copy || sendNow || type === FRONTEND.Flush) {
      this.boundary = this.outgoing.length;
      // A COPY's rows belong to the round trip that started it: they change nothing about what was sent of it.
      if (!copy) this.unsynced = !ends;
    }
    // The round trip the relay holds is complete: it goes now, and the client's next messages wait for its end.
    if (ends && this.holding?.roundTrip === this.roundTripsSent && !this.gate) {
      this.flush();
      let open!: () => void;
      const promise = new Promise<void>((done) => (open = done));
      this.gate = { promise, open };
    }
  }

  /** One framed frontend message; the caller awaits it before passing the next, so decisions keep their order. */
  async fromClient(message: Uint8Array): Promise<void> {
    const type = message[0];
    // The rows of a COPY … FROM STDIN the held round trip runs are part of it: they go on.
    const copying = type === FRONTEND.CopyData || type === FRONTEND.CopyDone || type === FRONTEND.CopyFail;
    if (this.gate && !copying) this.flush();
    while (this.gate && !copying && !this.closed) await this.gate.promise;
    if (this.closed) return;
    if (this.skipUntilSync) {
      if (type === FRONTEND.Sync) {
        this.skipUntilSync = false;
        this.toDatabase(message);
      }
      return;
    }
    switch (type) {
      case FRONTEND.Query: {
        const sql = new FieldReader(message).cstring();
        const decision = await this.decide(sql, 'simple');
        if (!decision.ok) return;
        const segments = decision.parts && decision.parts.length > 1 && decision.parts.some((p) => p.ends) ? segmentsOf(decision.parts) : undefined;
        if (segments) return this.runSegments(segments);
        if (decision.info && !(await this.beforeRunning(decision.info, 'simple'))) {
          this.context.plan.unclaim(decision.claimed ?? []);
          return;
        }
        this.toDatabase(message);
        return;
      }
      case FRONTEND.Parse: {
        const reader = new FieldReader(message);
        const name = reader.cstring();
        await this.settled(`S${name}`);
        const decision = await this.decide(reader.cstring(), 'extended');
        if (!decision.ok) return;
        // PostgreSQL refuses a name in use (42P05) and keeps the statement it holds: the change is undone then.
        this.change('parse', `S${name}`, this.statements, name, { planned: decision.prepared, ...(decision.transaction ? { transaction: decision.transaction } : {}), ...(decision.info ? { info: decision.info } : {}) });
        this.masking.parsed(name);
        this.toDatabase(message);
        return;
      }
      case FRONTEND.Bind: {
        const reader = new FieldReader(message);
        const portal = reader.cstring();
        const statement = reader.cstring();
        await this.settled(`P${portal}`, `S${statement}`);
        if (!this.statements.has(statement)) {
          // Prepared in SQL (PREPARE) or before this connection: the gateway cannot tell what its Executes run.
          await this.refuse('unknown-statement', `prepared statement ${JSON.stringify(statement.slice(0, 60))} was not prepared through this connection's protocol messages, so what it runs cannot be checked`, `(Bind of ${statement.slice(0, 60) || 'the unnamed statement'})`, 'extended');
          return;
        }
        this.change('bind', `P${portal}`, this.portals, portal, statement);
        this.masking.bound(portal);
        this.toDatabase(message);
        return;
      }
      case FRONTEND.Execute: {
        // A planned statement runs when it is executed: that is when it is claimed, once per execution.
        const portal = new FieldReader(message).cstring();
        await this.settled(`P${portal}`);
        const prepared = this.statements.get(this.portals.get(portal) ?? '\u0000');
        const claimed: PlannedStatement[] = [];
        for (const statement of prepared?.planned ?? []) {
          const planned = this.context.plan.claim(statement.key, this.context.id);
          if (/^\s*copy\b/i.test(statement.sql)) this.expectCopy(planned);
          if (planned) claimed.push(planned);
          else if (!statement.readable) {
            this.context.plan.unclaim(claimed);
            await this.refuse('already-ran', 'this statement of the plan has already run in this session; each planned statement runs once', statement.sql, 'extended');
            return;
          }
        }
        if (prepared?.info && !(await this.beforeRunning({ ...prepared.info, writes: prepared.info.writes || claimed.length > 0 }, 'extended'))) {
          this.context.plan.unclaim(claimed);
          return;
        }
        this.sent.push(...claimed.map((c) => ({ class: 'planned', index: c.index, path: c.path, digest: c.digest })));
        this.executes.push({ ...prepared?.transaction, at: this.context.plan.position });
        if (this.masking.active) this.masking.execute(portal);
        this.toDatabase(message, prepared?.planned.some((p) => /^\s*copy\b/i.test(p.sql)) || /^\s*copy\b/i.test(prepared?.info?.sqls[0] ?? ''));
        return;
      }
      case FRONTEND.Close: {
        const name = new FieldReader(message, 6).cstring();
        const statement = message[5] === 0x53;
        await this.settled(`${statement ? 'S' : 'P'}${name}`);
        if (statement) this.change('close', `S${name}`, this.statements, name, undefined);
        else this.change('close', `P${name}`, this.portals, name, undefined);
        this.toDatabase(message);
        return;
      }
      case FRONTEND.Describe:
        if (this.masking.active) this.masking.describe(message[5] === 0x53 ? 'S' : 'P', new FieldReader(message, 6).cstring());
        this.toDatabase(message);
        return;
      case FRONTEND.FunctionCall:
        await this.refuse('function-call', 'the fast-path function call interface calls a function by its OID, which the gateway cannot check', '(FunctionCall message)', 'simple');
        return;
      case FRONTEND.Terminate:
        this.close();
        return;
      case FRONTEND.CopyData:
        this.copying?.hash.update(message.subarray(5));
        this.toDatabase(message);
        return;
      case FRONTEND.CopyDone:
        if (this.copying && !this.copying.expected.includes(this.copying.hash.digest('hex'))) {
          // The rows differ from the approved ones: the COPY fails, and its transaction with it.
          const reason = 'the rows sent differ from the rows approved in the plan';
          await this.recordRefusal('copy-data-changed', reason, this.copying.statement);
          this.copying = undefined;
          const text = `migration-guard refused [copy-data-changed]: ${reason}; nothing of this COPY is kept`;
          // The database answers with this text in its error: the gateway's own words, shown even while masking.
          this.ownErrors.set(`COPY from stdin failed: ${text}`, this.roundTripsSent + 1);
          this.toDatabase(serialize.copyFail(text));
          return;
        }
        this.copying = undefined;
        this.toDatabase(message);
        return;
      case FRONTEND.CopyFail:
        this.copying = undefined;
        this.toDatabase(message);
        return;
      case FRONTEND.Sync:
      case FRONTEND.Flush:
        // They run nothing the gateway has not decided on.
        this.toDatabase(message);
        return;
      default:
        // Nothing unknown reaches the database (an embedded one would not survive a malformed message).
        this.terminate('08P01', `migration-guard: unexpected protocol message ${JSON.stringify(String.fromCharCode(type ?? 0))}`);
    }
  }

  /**
   * Changes a statement or portal name as the message just sent will, if the database makes the change: it is
   * undone when the round trip's answers show the message did not take effect (an error in it, or before it).
   */
  private change<T>(kind: NameChange['kind'], key: string, map: Map<string, T>, name: string, value: T | undefined): void {
    const had = map.has(name);
    const before = map.get(name);
    if (value === undefined) map.delete(name);
    else map.set(name, value);
    const roundTrip = this.roundTripsSent + 1;
    this.unconfirmed.set(key, roundTrip);
    this.changes.push({ kind, key, roundTrip, undo: () => void (had ? map.set(name, before as T) : map.delete(name)) });
  }

  /**
   * Waits until the database has answered the earlier round trips that changed these names: until then the relay
   * cannot know whether they took effect (a later round trip runs even when an earlier one failed).
   */
  private async settled(...keys: string[]): Promise<void> {
    const waitFor = Math.max(0, ...keys.map((key) => this.unconfirmed.get(key) ?? 0));
    if (waitFor === 0 || waitFor > this.roundTripsSent || waitFor <= this.roundTripsAnswered || this.closed) return;
    this.flush();
    await this.answered(waitFor);
  }

  /** Until the database has answered round trip `roundTrip` (or the connection is gone). */
  private async answered(roundTrip: number): Promise<void> {
    while (this.roundTripsAnswered < roundTrip && !this.closed) await new Promise<void>((done) => this.answeredWaiters.push({ roundTrip, done }));
  }

  /**
   * A round trip was answered: its Parses, Binds and Closes took effect in order up to the first one the database
   * did not confirm (after an error it skips everything up to the Sync); that one and the rest are undone.
   */
  private confirmNameChanges(): void {
    const changes = this.unanswered.shift() ?? [];
    const seen = { parse: 0, bind: 0, close: 0 };
    let failedAt = changes.length;
    for (const [i, change] of changes.entries()) {
      if (++seen[change.kind] > this.confirmations[change.kind]) {
        failedAt = i;
        break;
      }
    }
    for (const change of changes.slice(failedAt).reverse()) change.undo();
    this.confirmations = { parse: 0, bind: 0, close: 0 };
    this.roundTripsAnswered++;
    for (const change of changes) if (this.unconfirmed.get(change.key) === change.roundTrip) this.unconfirmed.delete(change.key);
    for (let i = this.answeredWaiters.length - 1; i >= 0; i--) {
      if (this.answeredWaiters[i]!.roundTrip <= this.roundTripsAnswered) this.answeredWaiters.splice(i, 1)[0]!.done();
    }
  }

  private async decide(sql: string, protocol: 'simple' | 'extended'): Promise<Decision> {
    let statements;
    try {
      statements = parseStatements(sql);
    } catch (error) {
      await this.refuse('unparseable', `the gateway's PostgreSQL parser cannot read it (${(error as Error).message})`, sql, protocol);
      return { ok: false, prepared: [] };
    }
    const claimed: PlannedStatement[] = [];
    const prepared: PreparedPlanned[] = [];
    const classified: Array<Record<string, unknown>> = [];
    const query: SentStatement[] = [];
    const info: StatementInfo = { writes: false, begins: false, commits: false, own: false, sqls: statements.map((st) => st.sql) };
    const parts: Part[] = [];
    for (const statement of statements) {
      const kind = statement.type === 'TransactionStmt' ? String(statement.node.kind) : '';
      const part: Part = {
        info: { writes: false, begins: kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START', commits: kind === 'TRANS_STMT_COMMIT', own: !kind && transactionRole(statement.sql) === 'own', sqls: [statement.sql] },
        ends: ENDS.includes(kind),
        sent: { at: 0 },
      };
      parts.push(part);
      info.begins ||= part.info.begins;
      info.commits ||= part.info.commits;
      info.own ||= part.info.own;
      // Whatever changes search_path (planned or not, LOCAL or not, RESET ALL, DISCARD ALL) makes the relay's idea
      // of it unknown at once: unqualified names of a tool's schema are refused until a committed SET says again.
      if (changesSearchPath(statement)) {
        this.searchPath = undefined;
        this.pendingSearchPath = sessionSearchPath(statement) ?? [];
      }
      const rules = { ...this.context.rules, ...(this.searchPath ? { searchPath: this.searchPath } : {}) };
      // A simple Query runs now: its planned statements are claimed now. A Parse runs nothing until Execute.
      if (protocol === 'simple') {
        const planned = this.context.plan.claim(statement.key, this.context.id);
        if (statement.type === 'CopyStmt' && statement.node.is_from) this.expectCopy(planned);
        part.sent = { ...transactionEffect(statement), at: this.context.plan.position };
        query.push(part.sent);
        if (planned) {
          info.writes = part.info.writes = true;
          claimed.push(planned);
          classified.push({ class: 'planned', index: planned.index, path: planned.path, digest: planned.digest });
          continue;
        }
      }
      const verdict = unplanned(statement, rules);
      if (protocol === 'extended' && this.context.plan.available(statement.key)) {
        info.writes = true;
        prepared.push({ key: statement.key, sql: statement.sql, readable: verdict.allowed });
        continue;
      }
      if (verdict.allowed) {
        if (verdict.kind === 'history') info.writes = part.info.writes = true;
        classified.push({ class: verdict.kind, sql: statement.sql.slice(0, MAX_AUDITED_SQL) });
        continue;
      }
      this.context.plan.unclaim(claimed);
      const again = this.context.plan.consumed(statement.key);
      await this.refuse(
        again ? 'already-ran' : 'not-in-plan',
        again ? 'this statement of the plan has already run in this session; each planned statement runs once' : `it is not a statement of the approved plan ${this.context.planDigest}, and ${verdict.why}`,
        statement.sql,
        protocol,
      );
      return { ok: false, prepared: [] };
    }
    // Planned statements were recorded, every one, when the session opened (wire.open); reads and session settings
    // change nothing: they are recorded with their answers when the round trip ends (wire.result), without a commit
    // of their own. A write to the tool's history table is recorded before it runs.
    if (classified.some((c) => c.class === 'history')) await this.context.audit('wire.statement', { conn: this.context.id, protocol, statements: classified });
    else this.sent.push(...classified);
    // A Parse's statement takes effect on its transaction when executed.
    const checked = this.context.effects ? { info } : {};
    if (protocol === 'extended') return { ok: true, prepared, transaction: statements.map(transactionEffect).find((effect) => effect.end || effect.savepoint), ...checked };
    this.nextQuery = query;
    return { ok: true, prepared, claimed, ...checked, ...(this.context.effects ? { parts } : {}) };
  }

  /**
   * A COPY … FROM STDIN is about to run: when the plan holds its rows inline, the rows the client sends must be
   * exactly those (checked at CopyDone). The database answers CopyInResponse in statement order.
   */
  private expectCopy(planned: PlannedStatement | undefined): void {
    const copy = planned ? inlineCopy(planned.sql) : undefined;
    // psql sends the end-of-data line `\.` as a row too (the server stops there); either way the rows are the same.
    this.copies.push(copy ? { statement: copy.statement, expected: [copy.data, `${copy.data}\\.\n`].map(sha256Hex) } : undefined);
  }

  /** A refusal goes into the session's report, the metrics and the audit trail (committed) before it is acted on. */
  private async recordRefusal(rule: string, reason: string, sql: string): Promise<string> {
    const excerpt = sql.replace(/\s+/g, ' ').trim().slice(0, 200);
    this.context.plan.refuse({ sql: excerpt, rule, reason, at: new Date().toISOString() });
    this.context.refused(rule);
    await this.context.audit('wire.refused', { conn: this.context.id, rule, reason, sql: sql.slice(0, MAX_AUDITED_SQL) });
    return excerpt;
  }

  private async refuse(rule: string, reason: string, sql: string, protocol: 'simple' | 'extended'): Promise<void> {
    const excerpt = await this.recordRefusal(rule, reason, sql);
    const message = `migration-guard refused [${rule}]: ${excerpt} — ${reason}`;
    const hint = rule === 'unparseable' ? 'Send SQL PostgreSQL accepts.' : 'Only the approved plan runs through this session. Put the change in a migration file, get the new plan approved, and run the apply step again.';
    // The extended protocol's refusal replaces the unnamed statement and portal: changed, like any, once settled.
    if (protocol === 'extended') await this.settled('S', 'P');
    const mark = `mg-refusal-${randomBytes(16).toString('hex')}`;
    this.refusalMarks.set(mark, this.roundTripsSent + 1);
    if (protocol === 'simple') this.toDatabase(refusalQuery(message, hint, mark));
    else {
      // The refusal is an unnamed Parse and Bind: the database's unnamed statement and portal are replaced by it.
      this.change('parse', 'S', this.statements, '', { planned: [] });
      this.change('bind', 'P', this.portals, '', '');
      this.toDatabase(refusalPipeline(message, hint, mark));
      this.executes.push({ at: this.context.plan.position });
      this.dropCompletions += 2;
      this.skipUntilSync = true;
    }
  }

  // ------------------------------------------------------------------ the check before COMMIT
  /**
   * Before a Query or an Execute that writes or begins a transaction reaches the database while none is open, the
   * state it starts from is taken (src/effects, through the relay's own queries). Statements sent outside a
   * transaction run inside one the relay opens around them and ends itself, after checking what they did; one that
   * PostgreSQL runs outside any transaction is checked once it ran. Before a COMMIT of the client's own transaction
   * goes on, what the transaction did is checked; beyond the approval, the COMMIT is refused (the transaction is
   * aborted, so it can only roll back). False when the message was refused (the refusal is sent).
   */
  private async beforeRunning(info: StatementInfo, protocol: 'simple' | 'extended', options: { endsNext?: boolean } = {}): Promise<boolean> {
    // The transaction's status decides: a client that sends before the answers come (BEGIN, then a write at once)
    // must not find it stale. Earlier round trips are sent and answered first; nothing of this one went out.
    if (info.writes || info.commits) await this.quiesce();
    if (this.closed) return false;
    const sql = info.sqls.join(';\n');
    const together = () => this.refuseUnchecked('a COMMIT sent together with other statements: send COMMIT on its own (a Query, or a round trip of its own), so the gateway can check what the transaction did before it commits', sql, protocol);
    // The relay's own queries could not run first: part of the round trip went out (or the connection closed).
    const unsent = () => (this.closed ? false : this.refuseUnchecked('part of this round trip was already sent (after a Flush), so the gateway cannot check the transaction around it; send it in one round trip', sql, protocol));
    if (info.writes && info.commits) return together();
    // The state a transaction starts from is taken inside it: PostgreSQL keeps its row statistics until it ends.
    const mark = async (begin: boolean, clientBegins = false) =>
      this.exclusively(async () => {
        this.watch ??= await EffectsWatch.open(this.queries, this.context.effects!);
        // The client's own BEGIN after the relay's only warns that a transaction is open: that warning is the relay's.
        if (begin && clientBegins) this.dropWarnings.push('25001');
        this.mark = await this.watch.mark(begin ? ['BEGIN'] : [], { catalog: info.sqls.some(mayChangeCatalog) });
        this.transactionSql = [];
      });
    if (this.status === 'I' && !this.holding && info.writes) {
      // Outside a transaction: the relay opens one around it (its own BEGIN; a BEGIN of the client's in the same
      // Query or round trip then only warns), except around what PostgreSQL runs outside any transaction.
      const clientBegins = info.begins || this.roundTripBegins;
      if (!(await mark(!info.own, clientBegins))) return unsent();
      // The relay ends the transaction it opened, unless the client's COMMIT or ROLLBACK right after it in the same Query does.
      if (!clientBegins && !options.endsNext) this.holding = { mode: info.own ? 'after' : 'wrap', roundTrip: this.roundTripsSent + 1 };
    } else if (this.status === 'T' && !this.mark && info.writes) {
      // The client's BEGIN ran; this is the first write of its transaction.
      if (!(await mark(false))) return unsent();
    } else if (this.status === 'T' && this.mark && !this.mark.before && info.writes && info.sqls.some(mayChangeCatalog)) {
      // The transaction began with row writes only; this may change the catalog: where it stands now is the start.
      const mark = this.mark;
      if (!(await this.exclusively(() => this.watch!.catalogBefore(mark)))) return unsent();
    } else if (this.status === 'T' && info.commits && this.mark) {
      if (info.sqls.length > 1 || this.executes.length > 0) return together();
      let checked: CommitCheck | undefined;
      let failed: string | undefined;
      const ran = await this.exclusively(async () => {
        try {
          checked = await this.watch!.check(this.mark!, this.transactionSql);
        } catch (error) {
          if (!(error instanceof DeferredConstraintsFailed)) throw error;
          // As PostgreSQL fails such a COMMIT: the transaction ends rolled back, the connection stays.
          failed = shownMessage(error.cause, this.masking.active);
          await this.queries(['ROLLBACK']);
        }
      });
      if (!ran) return unsent();
      if (failed !== undefined) {
        await this.refuse('deferred-constraints', `the transaction failed at its deferred constraints, fired before COMMIT so that what they do is checked (${failed}); it is rolled back`, sql, protocol);
        return false;
      }
      if (!checked) return unsent();
      if (checked.beyond.length) {
        const effects = reportEffects(checked);
        await this.context.audit('wire.effects_refused', { conn: this.context.id, effects });
        await this.refuse('effects-beyond-approval', `the transaction did more than the approval covers: ${beyondText(effects)}; it is rolled back`, sql, protocol);
        return false;
      }
      this.recordEffects(checked);
    }
    // A transaction with nothing but reads in it (no mark) commits unchecked: a read the wire endpoint lets through changes nothing.
    if (this.mark) this.transactionSql.push(...info.sqls);
    if (protocol === 'extended' && info.begins) this.roundTripBegins = true;
    return true;
  }

  /**
   * A Query with a COMMIT or ROLLBACK among other statements runs as one Query per segment (each COMMIT or ROLLBACK
   * alone), so that what its transaction did is checked before its COMMIT runs. The client sees the answers in
   * order and one ReadyForQuery; after an error nothing more runs, as PostgreSQL skips the rest of a Query then.
   */
  private async runSegments(segments: readonly Segment[]): Promise<void> {
    for (const [i, segment] of segments.entries()) {
      const last = i === segments.length - 1;
      if (!(await this.beforeRunning(segment.info, 'simple', { endsNext: segments[i + 1]?.ends ?? false }))) return;
      this.nextQuery = segment.sent;
      if (!last) this.suppressReady++;
      this.toDatabase(serialize.query(segment.sql));
      if (last) return;
      this.flush();
      const roundTrip = this.roundTripsSent;
      await this.answered(roundTrip);
      if (this.closed) return;
      if (this.lastRoundTripFailed) {
        // Its ReadyForQuery was held back as a segment's: it ends the Query.
        this.client.write(readyForQuery(this.status as 'I'));
        return;
      }
    }
  }

  /** What a transaction within the approval did, measured before it commits: in the round trip's wire.result record. */
  private recordEffects(checked: CommitCheck): void {
    if (checked.measured.length) this.measured.push(...reportEffects(checked));
  }

  private async refuseUnchecked(reason: string, sql: string, protocol: 'simple' | 'extended'): Promise<false> {
    await this.refuse('effects-unchecked', reason, sql, protocol);
    return false;
  }

  /**
   * Runs `work` (the relay's own queries) alone on the connection before the client's round trip under way: its
   * messages so far wait, the earlier round trips are sent and answered first. False when part of the round trip
   * already went out (a Flush): nothing of the relay's can run before it then.
   */
  private async exclusively(work: () => Promise<void>): Promise<boolean> {
    if (this.unsynced) return false;
    const held = this.outgoing.splice(this.boundary);
    await this.quiesce();
    try {
      if (!this.closed) await work();
    } catch (error) {
      this.terminate('XX000', `migration-guard: the check of what this transaction does could not run (${(error as Error).message.slice(0, 200)}); the connection is closed and its transaction rolled back`);
    } finally {
      this.outgoing.push(...held);
    }
    return !this.closed;
  }

  /** Sends the complete round trips decided so far and waits for their answers (the one under way stays held). */
  private async quiesce(): Promise<void> {
    this.flush();
    await this.answered(this.roundTripsSent);
  }

  /** Queries of the relay's own, in one round trip: only while nothing of the client's is in flight (exclusively, or while holding). */
  private readonly queries: Queries = async (sqls) => {
    const internal = new InternalQuery();
    this.internal = internal;
    this.backend.send(InternalQuery.messages(sqls));
    try {
      const answer = await internal.answer;
      this.status = answer.status;
      return answer.results;
    } catch (error) {
      this.status = (error as { status?: string }).status ?? this.status;
      throw error;
    } finally {
      if (this.internal === internal) this.internal = undefined;
    }
  };

  /**
   * The end of a round trip the relay holds (its ReadyForQuery not yet shown to the client): the transaction it
   * opened is checked, then committed or rolled back (with the refusal as the client's error); a statement run
   * outside a transaction is checked, and beyond the approval ends the session. Then the client may go on.
   */
  private async finish(status: string): Promise<void> {
    const mode = this.holding!.mode;
    this.holding = undefined;
    this.status = status;
    let beyond: MeasuredEffect[] | undefined;
    let failed: { message: string; code: string } | undefined;
    try {
      if ((mode === 'wrap' && status === 'T') || (mode === 'after' && status === 'I')) {
        // Outside a transaction PostgreSQL may have passed its row statistics on: only the catalog is compared then.
        try {
          const checked = await this.watch!.check(this.mark!, this.transactionSql, { rows: mode === 'wrap' });
          if (checked.beyond.length) beyond = reportEffects(checked);
          else this.recordEffects(checked);
        } catch (error) {
          if (!(error instanceof DeferredConstraintsFailed)) throw error;
          failed = { message: shownMessage(error.cause, this.masking.active), code: (error.cause as { code?: string }).code ?? '23000' };
        }
      }
      if (mode === 'wrap' && status !== 'I') await this.queries([beyond || failed !== undefined || status === 'E' ? 'ROLLBACK' : 'COMMIT']);
    } catch (error) {
      this.terminate('XX000', `migration-guard: the check of what this transaction did could not run (${(error as Error).message.slice(0, 200)}); the connection is closed and the transaction rolled back`);
      return;
    }
    if (beyond) {
      const sql = this.transactionSql.join(';\n');
      await this.context.audit('wire.effects_refused', { conn: this.context.id, effects: beyond }).catch(() => undefined);
      const reason = mode === 'wrap' ? `it did more than the approval covers: ${beyondText(beyond)}; it was rolled back` : `it ran outside a transaction and did more than the approval covers, which cannot be undone: ${beyondText(beyond)}; the session is ended`;
      const excerpt = await this.recordRefusal('effects-beyond-approval', reason, sql).catch(() => sql.slice(0, 200));
      if (mode === 'after') {
        this.terminate('42501', `migration-guard refused [effects-beyond-approval]: ${excerpt} — ${reason}`);
        this.context.halt?.(reason);
        return;
      }
      this.client.write(noticeMessage(BACKEND.ErrorResponse, new Map([['S', 'ERROR'], ['V', 'ERROR'], ['C', '42501'], ['M', `migration-guard refused [effects-beyond-approval]: ${excerpt} — ${reason}`], ['H', 'Nothing of it was committed. The approval covers what the plan\'s statements name and the effects its reviewers approved; get the change approved with what it really does.']])));
      this.errorSinceTag = true;
      this.failedInRoundTrip = true;
      this.answers.push(`ERROR 42501: effects beyond the approval`);
    } else if (failed !== undefined) {
      // As PostgreSQL fails a COMMIT at its deferred constraints: the database's error, nothing committed.
      this.client.write(noticeMessage(BACKEND.ErrorResponse, new Map([['S', 'ERROR'], ['V', 'ERROR'], ['C', failed.code], ['M', `migration-guard: the statement failed at its deferred constraints, fired before COMMIT so that what they do is checked (${failed.message}); it was rolled back`]])));
      this.errorSinceTag = true;
      this.failedInRoundTrip = true;
      this.answers.push(`ERROR ${failed.code}: deferred constraints failed`);
    }
    this.readyForQuery(this.status);
    if (this.suppressReady > 0) this.suppressReady--;
    else this.client.write(readyForQuery(this.status as 'I'));
    const gate = this.gate;
    this.gate = undefined;
    gate?.open();
  }

  // ------------------------------------------------------------------ database → client
  /** A chunk from the database: relayed message by message, written to the client in one write. */
  private fromDatabase(bytes: Uint8Array): void {
    const out: Uint8Array[] = [];
    for (const message of this.fromBackend.push(bytes)) {
      // The relay's own query: its answers are its own.
      if (this.internal) {
        if (this.internal.take(message)) this.internal = undefined;
        continue;
      }
      const relayed = this.relay(message);
      if (relayed) out.push(relayed);
    }
    if (out.length) this.client.write(out.length === 1 ? out[0]! : Buffer.concat(out));
  }

  /** What the client gets for one database message (undefined: nothing). */
  private relay(message: Uint8Array): Uint8Array | undefined {
    if (message[0] === BACKEND.NoticeResponse && this.dropWarnings.length) {
      const at = this.dropWarnings.indexOf(noticeFields(message).get('C') ?? '');
      if (at >= 0) {
        this.dropWarnings.splice(at, 1);
        return undefined;
      }
    }
    if (message[0] === BACKEND.ErrorResponse || message[0] === BACKEND.NoticeResponse) message = this.errorAsShown(message);
    switch (message[0]) {
      case BACKEND.CloseComplete:
        this.confirmations.close++;
        break;
      case BACKEND.ParseComplete:
      case BACKEND.BindComplete:
        if (message[0] === BACKEND.ParseComplete) this.confirmations.parse++;
        else this.confirmations.bind++;
        if (this.dropCompletions > 0) {
          this.dropCompletions--;
          return undefined;
        }
        break;
      case BACKEND.RowDescription:
      case BACKEND.NoData:
        if (this.masking.active) this.masking.described(message);
        break;
      case BACKEND.CopyInResponse: {
        const next = this.copies.shift();
        this.copying = next ? { ...next, hash: createHash('sha256') } : undefined;
        break;
      }
      case BACKEND.DataRow:
        if (this.masking.active) return this.masking.row(message, (portal) => this.portals.get(portal));
        break;
      case BACKEND.PortalSuspended:
      case BACKEND.EmptyQuery:
        this.masking.completed();
        if (!this.failedInRoundTrip) this.completed.push('');
        break;
      case BACKEND.CommandComplete: {
        this.masking.completed();
        const decoded = decodeBackend(message) as { text?: string } | undefined;
        if (!this.failedInRoundTrip) this.completed.push(decoded?.text ?? '');
        this.lastTag = decoded?.text ?? '';
        this.errorSinceTag = false;
        this.answers.push(this.lastTag);
        this.context.statement('ok');
        break;
      }
      case BACKEND.ErrorResponse: {
        const decoded = decodeBackend(message) as { message?: string; code?: string } | undefined;
        this.errorSinceTag = true;
        this.failedInRoundTrip = true;
        this.answers.push(`ERROR ${decoded?.code ?? ''}: ${(decoded?.message ?? '').slice(0, 300)}`);
        this.context.statement('failed');
        break;
      }
      case BACKEND.ReadyForQuery: {
        const status = String.fromCharCode(message[5] ?? 0);
        // The round trip the relay holds ends its own way (finish); the client waits for it.
        if (this.holding?.roundTrip === this.roundTripsAnswered + 1) {
          void this.finish(status);
          return undefined;
        }
        this.readyForQuery(status);
        if (this.suppressReady > 0) {
          this.suppressReady--;
          return undefined;
        }
        break;
      }
    }
    return message;
  }

  /**
   * An error or notice as the client may see it: the gateway's own refusal without its mark; anything else, while
   * masking rules are set, without the values it may quote (before anything, the audit trail included, reads it).
   */
  private errorAsShown(message: Uint8Array): Uint8Array {
    const fields = noticeFields(message);
    const mark = fields.get('D');
    if (message[0] === BACKEND.ErrorResponse && mark !== undefined && this.refusalMarks.delete(mark)) {
      fields.delete('D');
      return noticeMessage(message[0], fields);
    }
    if (message[0] === BACKEND.ErrorResponse && this.ownErrors.delete(fields.get('M') ?? '')) return message;
    return this.masking.active ? noticeMessage(message[0]!, redactFields(fields)) : message;
  }

  /**
   * The end of a round trip. Its statements the database completed (up to an error) take effect in order: savepoint
   * commands, and a COMMIT or ROLLBACK inside it ends what was claimed before it. When no transaction is open any
   * more, what is still claimed ran or rolled back.
   */
  private readyForQuery(status: string): void {
    this.status = status;
    if (status === 'I') {
      this.mark = undefined;
      this.transactionSql = [];
    }
    this.confirmNameChanges();
    // A refusal not answered in its round trip was skipped after an earlier error there.
    for (const own of [this.refusalMarks, this.ownErrors]) for (const [key, roundTrip] of own) if (roundTrip <= this.roundTripsAnswered) own.delete(key);
    clearTimeout(this.idleTimer);
    const idle = this.context.idleInTransactionMs ?? 0;
    // A lock held by an abandoned transaction would stall the application; the database rolls it back on close.
    if (status !== 'I' && idle > 0 && this.roundTripsAnswered === this.roundTripsSent) {
      this.idleTimer = setTimeout(() => this.terminate('25P03', `migration-guard: this connection left a transaction open and idle for more than ${idle / 1000}s; it is closed and the transaction rolled back`, 'Commit or roll back promptly; wire.limits.idle-in-transaction-timeout sets the limit.'), idle);
      this.idleTimer.unref?.();
    }
    this.dropCompletions = 0;
    this.masking.reset();
    this.copies = [];
    this.copying = undefined;
    const sent = this.roundTrips.shift() ?? [];
    for (const [i, tag] of this.completed.entries()) {
      const statement = sent[i];
      if (!statement) break;
      if (statement.savepoint) this.context.plan.savepoint(this.context.id, statement.savepoint.action, statement.savepoint.name, statement.at);
      // COMMIT answers ROLLBACK when its transaction had failed.
      if (statement.end) this.context.plan.settle(this.context.id, tag === 'COMMIT', statement.at);
    }
    this.completed = [];
    this.lastRoundTripFailed = this.failedInRoundTrip;
    this.failedInRoundTrip = false;
    this.dropWarnings.length = 0;
    if (status === 'I') {
      const committed = !this.errorSinceTag && this.lastTag !== 'ROLLBACK';
      this.context.plan.settle(this.context.id, committed);
      if (committed && this.pendingSearchPath) this.searchPath = this.pendingSearchPath.length ? this.pendingSearchPath : undefined;
      this.pendingSearchPath = undefined;
    }
    if (this.answers.length || this.sent.length) {
      const record = { conn: this.context.id, statements: this.sent, answers: this.answers, transaction: status, ...(this.measured.length ? { effects: this.measured } : {}) };
      this.answers = [];
      this.sent = [];
      this.measured = [];
      void this.context.auditSoon('wire.result', record).catch(() => this.terminate('58000', 'migration-guard: the audit trail cannot be written; this connection is closed'));
    }
  }
}

const SAVEPOINT_ACTIONS: readonly string[] = ['TRANS_STMT_SAVEPOINT', 'TRANS_STMT_RELEASE', 'TRANS_STMT_ROLLBACK_TO'] satisfies SavepointAction[];
// BEGIN and START TRANSACTION end nothing; COMMIT, END, ROLLBACK and ABORT do (the parser names END and ABORT as the others).
const ENDS = ['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK'];

/** What a statement does to the transaction it is in. */
function transactionEffect(statement: { type: string; node: { kind?: unknown; savepoint_name?: unknown } }): TransactionEffect {
  if (statement.type !== 'TransactionStmt') return {};
  const kind = String(statement.node.kind);
  if (ENDS.includes(kind)) return { end: true };
  return SAVEPOINT_ACTIONS.includes(kind) ? { savepoint: { action: kind as SavepointAction, name: String(statement.node.savepoint_name ?? '') } } : {};
}

/** A run of a Query's statements sent as one Query of its own. */
interface Segment {
  info: StatementInfo;
  sent: SentStatement[];
  sql: string;
  /** A COMMIT or ROLLBACK, alone. */
  ends: boolean;
}

/** A Query's statements in segments: each COMMIT or ROLLBACK alone, the statements between them together. */
function segmentsOf(parts: readonly Part[]): Segment[] {
  const segments: Segment[] = [];
  let run: Part[] = [];
  const close = () => {
    if (!run.length) return;
    segments.push({
      info: { writes: run.some((p) => p.info.writes), begins: run.some((p) => p.info.begins), commits: run.some((p) => p.info.commits), own: run.some((p) => p.info.own), sqls: run.flatMap((p) => p.info.sqls) },
      sent: run.map((p) => p.sent),
      sql: run.map((p) => p.info.sqls[0]).join(';\n'),
      ends: run.length === 1 && run[0]!.ends,
    });
    run = [];
  };
  for (const part of parts) {
    if (part.ends) close();
    run.push(part);
    if (part.ends) close();
  }
  close();
  return segments;
}
