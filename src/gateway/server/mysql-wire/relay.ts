/**
 * One authenticated client of the MySQL wire endpoint, relayed to the gateway's own connection to the database.
 * Commands go one at a time: each is checked before it is forwarded (COM_QUERY's statements, COM_STMT_PREPARE's
 * statement, COM_STMT_EXECUTE's claim on the plan), and its answer is read packet by packet on the way back to
 * mask columns and to learn, from the server's status flags, when what the plan ran was committed: a statement
 * that leaves no transaction open (autocommit, DDL's implicit commit, COMMIT) settles the connection's claims; a
 * ROLLBACK, a deadlock or the connection's end gives them back. Commands the gateway does not know end the
 * connection with an error.
 */
import { TextDecoder } from 'node:util';
import { redactMessage } from '../error-redaction.js';
import type { PlannedStatement } from '../execute.js';
import type { WireSessionContext } from '../wire/relay.js';
import { parseMysqlStatements, mysqlUnplanned, MysqlParseError, type MysqlRuleOptions, type MysqlStatement } from './statements.js';
import { CAP, Cursor, errorOf, errPayload, isEof, isErr, isOk, lenencBytes, MAX_PACKET_PAYLOAD, okPayload, packetsOf, PacketReader, STATUS, statusOf, type Packet } from './packets.js';
import type { MysqlBackend } from './backend.js';
import type { MysqlEffectsCheck } from '../effects-mysql.js';
import type { CatalogSnapshot } from '../../../effects/model.js';
import { beyondText, reportEffects, type MeasuredEffect } from '../effects-watch.js';

/** The MySQL relay's: its statement rules, the connection's name, and the check (effects-mysql.ts; absent: none). */
export interface MysqlRelayContext extends WireSessionContext {
  rules: MysqlRuleOptions;
  /** The name clients connect with (the connection's), which COM_INIT_DB may name too. */
  connectionName: string;
  effects?: MysqlEffectsCheck;
}

/** Statement types that neither commit on their own nor end a transaction. */
const IN_TRANSACTION = new Set(['select', 'insert', 'replace', 'update', 'delete', 'set', 'use', 'show', 'set-names', 'set-transaction']);
const ROW_WRITES = new Set(['insert', 'replace', 'update', 'delete']);
/** It commits what the connection's transaction did: COMMIT, or a statement MySQL commits implicitly before it runs. */
const commits = (statement: MysqlStatement) => (statement.type === 'transaction' ? statement.tokens[0]?.value === 'COMMIT' : !IN_TRANSACTION.has(statement.type));

const COM = { QUIT: 0x01, INIT_DB: 0x02, QUERY: 0x03, PING: 0x0e, STMT_PREPARE: 0x16, STMT_EXECUTE: 0x17, STMT_CLOSE: 0x19, STMT_RESET: 0x1a, SET_OPTION: 0x1b, RESET_CONNECTION: 0x1f } as const;
/** ER_SPECIFIC_ACCESS_DENIED_ERROR: what a refused statement answers. */
const REFUSED = 1227;
const DEADLOCK = 1213;
const MAX_AUDITED_SQL = 4000;
const MAX_QUEUED_COMMANDS = 1000;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One statement of a command, as checked: planned (and claimed once executed) or allowed without a plan. */
interface Part {
  statement: MysqlStatement;
  planned?: PlannedStatement;
  kind: string;
  /** The plan's position once this statement was checked: its transaction ending settles claims up to here only. */
  at?: number;
}

/** What the answer to the command in flight is made of. */
type Expect = { kind: 'results'; parts: Part[]; binary: boolean } | { kind: 'prepare'; part: Part } | { kind: 'single'; onOk?: () => void } | { kind: 'internal'; values: Array<string | null>; done: (result: Array<string | null> | Error) => void };

/**
 * sql_mode flags under which the server reads statements differently from the gateway's splitter and parser: where a
 * string ends (NO_BACKSLASH_ESCAPES), what a double quote is (ANSI_QUOTES, ANSI), or a whole other grammar (MariaDB's
 * ORACLE, MSSQL, DB2, POSTGRESQL, MAXDB modes); IGNORE_SPACE changes what a name followed by `(` is.
 */
const LEXING_MODES = ['NO_BACKSLASH_ESCAPES', 'ANSI_QUOTES', 'ANSI', 'ORACLE', 'MSSQL', 'DB2', 'POSTGRESQL', 'MAXDB', 'IGNORE_SPACE'];

interface Column {
  type: number;
  replacement?: string;
}

export class MysqlRelay {
  private readonly clientReader: PacketReader;
  private readonly backendReader = new PacketReader(1024 * 1024 * 1024);
  private readonly prepared = new Map<number, Part>();
  private queue: Packet[] = [];
  private expect: Expect | undefined;
  private closed = false;
  private inTransaction = false;
  private idleTimer: NodeJS.Timeout | undefined;
  // The answer being read: which result, its columns, where in it, and the sequence shift of rewritten rows.
  private state: 'first' | 'columns' | 'columns-eof' | 'rows' | 'prepare-rest' = 'first';
  private columns: Column[] = [];
  private columnCount = 0;
  private remaining = 0;
  private resultIndex = 0;
  private shift = 0;
  private results: Array<Record<string, unknown>> = [];
  /** The check's state: planned row statements of the open transaction, and the catalog before a planned DDL. */
  private pendingRows: Array<{ sql: string; rows: number }> = [];
  private committedRows: Array<{ sql: string; rows: number }> = [];
  private catalogBefore: { snapshot: CatalogSnapshot; sqls: string[] } | undefined;

  constructor(
    private readonly client: { write(bytes: Buffer): void; close(): void },
    private readonly backend: MysqlBackend,
    private readonly context: MysqlRelayContext,
    maxMessageBytes: number,
  ) {
    this.clientReader = new PacketReader(maxMessageBytes);
    this.inTransaction = (backend.status & STATUS.IN_TRANS) !== 0;
    backend.socket.on('data', (chunk: Buffer) => this.fromBackend(chunk));
    backend.socket.on('close', () => this.end('the connection to the database was lost; what was not committed is rolled back'));
    backend.socket.on('error', () => undefined);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  fromClient(chunk: Buffer): void {
    let packets: Packet[];
    try {
      packets = this.clientReader.push(chunk);
    } catch (error) {
      return this.end(`the client sent ${(error as Error).message}; this connection is closed`);
    }
    this.queue.push(...packets);
    // Commands are answered one at a time: a client may send a few ahead, not an unbounded queue of them.
    if (this.queue.length > MAX_QUEUED_COMMANDS) return this.end(`the client sent more than ${MAX_QUEUED_COMMANDS} commands ahead of their answers; this connection is closed`);
    void this.drain();
  }

  /** The time the check before COMMIT took on this connection so far, in milliseconds. */
  get checkMs(): number {
    return this.context.effects?.elapsedMs ?? 0;
  }

  /** Ends the connection from the gateway (the session ended, the gateway stops); the PostgreSQL relay's signature. */
  terminate(_sqlState: string, message: string): void {
    this.end(message.replace(/^migration-guard: /, ''));
  }

  /** Ends the connection: the client is told why (when it is waiting for nothing else), the database rolls back. */
  private end(message: string): void {
    if (this.closed) return;
    if (!this.expect) this.client.write(packetsOf(0, errPayload(1927, '70100', `migration-guard: ${message}`)).bytes);
    this.close();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.idleTimer);
    if (this.expect?.kind === 'internal') this.expect.done(new Error('the connection closed'));
    // What this connection claimed and did not commit is rolled back with it.
    this.context.plan.settle(this.context.id, false);
    this.backend.socket.destroy();
    this.client.close();
    this.flushResults();
  }

  private draining = false;
  /** A check after a command is running: the next command waits for it. */
  private checking = false;

  /**
   * Why this connection's sql_mode would make the server read statements differently from the gateway, if it does:
   * checked before the client is let in, and again after any planned statement that sets something.
   */
  async lexingProblem(): Promise<string | undefined> {
    const [mode] = await this.internal('SELECT @@SESSION.sql_mode');
    const flags = String(mode ?? '').toUpperCase().split(',');
    const found = LEXING_MODES.filter((m) => flags.includes(m));
    return found.length ? `the session's sql_mode has ${found.join(', ')}, under which the database reads statements differently from the gateway; set the server's (or the account's) sql_mode without ${found.length === 1 ? 'it' : 'them'}` : undefined;
  }

  /** A query of the gateway's own on the backend, between the client's commands: its first row's values, never forwarded. */
  private internal(sql: string): Promise<Array<string | null>> {
    return new Promise((resolve, reject) => {
      this.expect = { kind: 'internal', values: [], done: (result) => (result instanceof Error ? reject(result) : resolve(result)) };
      this.state = 'first';
      this.backend.socket.write(packetsOf(0, Buffer.concat([Buffer.from([COM.QUERY]), Buffer.from(sql, 'utf8')])).bytes);
    });
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (!this.closed && !this.expect && !this.checking && this.queue.length) await this.command(this.queue.shift()!);
    } catch (error) {
      // A command too short for its fields, or another surprise: nothing of it was forwarded.
      this.end(`the command could not be read (${(error as Error).message}); this connection is closed`);
    } finally {
      this.draining = false;
    }
  }

  private async command(packet: Packet): Promise<void> {
    clearTimeout(this.idleTimer);
    const code = packet.payload[0];
    switch (code) {
      case COM.QUIT:
        return this.close();
      case COM.PING:
      case COM.STMT_RESET:
      case COM.SET_OPTION:
        return this.forward(packet, { kind: 'single' });
      case COM.RESET_CONNECTION:
        // The server rolls back and forgets prepared statements: so does the gateway.
        return this.forward(packet, {
          kind: 'single',
          onOk: () => {
            this.context.plan.settle(this.context.id, false);
            this.prepared.clear();
            this.inTransaction = false;
            this.pendingRows = [];
          },
        });
      case COM.INIT_DB: {
        const name = packet.payload.subarray(1).toString('utf8');
        if (name === this.context.rules.database || name === this.context.connectionName) return this.answer(okPayload(this.status()));
        return this.refuse('not-in-plan', `this connection reaches database ${this.context.connectionName} only`, `USE ${name}`);
      }
      case COM.QUERY:
        return this.query(packet);
      case COM.STMT_PREPARE:
        return this.prepare(packet);
      case COM.STMT_EXECUTE:
        return this.execute(packet);
      case COM.STMT_CLOSE:
        this.prepared.delete(packet.payload.readUInt32LE(1));
        this.backend.socket.write(packet.raw); // no answer
        return;
      default:
        this.client.write(packetsOf(1, errPayload(1047, '08S01', `migration-guard: command 0x${(code ?? 0).toString(16)} is not served by the gateway; this connection is closed`)).bytes);
        return this.close();
    }
  }

  private decode(payload: Buffer): string | undefined {
    try {
      return utf8.decode(payload.subarray(1));
    } catch {
      return undefined;
    }
  }

  /** Parses and checks a packet's statements; the refusal is answered here (undefined). */
  private async check(sql: string | undefined, single: boolean): Promise<MysqlStatement[] | undefined> {
    if (sql === undefined) {
      await this.refuse('unparseable', 'the statement is not valid UTF-8, so the gateway cannot read it as the server would', '');
      return undefined;
    }
    try {
      const statements = parseMysqlStatements(sql, this.context.rules.dialect);
      if (!statements.length) return statements;
      if (single && statements.length > 1) throw new MysqlParseError('a prepared statement is one statement');
      if (statements.length > 1 && statements.some((s) => s.type === 'call')) throw new MysqlParseError('send CALL on its own: its results cannot be told apart from the next statement’s');
      return statements;
    } catch (error) {
      if (!(error instanceof MysqlParseError)) throw error;
      await this.refuse('unparseable', error.message, sql);
      return undefined;
    }
  }

  private async query(packet: Packet): Promise<void> {
    const sql = this.decode(packet.payload);
    const statements = await this.check(sql, false);
    if (!statements) return;
    const parts: Part[] = [];
    const claimed: PlannedStatement[] = [];
    for (const statement of statements) {
      const planned = statement.type !== 'transaction' ? this.context.plan.claim(statement.key, this.context.id) : undefined;
      if (planned) {
        claimed.push(planned);
        parts.push({ statement, planned, kind: 'planned', at: this.context.plan.position });
        continue;
      }
      const verdict = mysqlUnplanned(statement, this.context.rules);
      if (!verdict.allowed) {
        this.context.plan.unclaim(claimed);
        const again = this.context.plan.consumed(statement.key);
        return this.refuse(again ? 'already-ran' : 'not-in-plan', again ? 'this statement of the plan has already run in this session; each planned statement runs once' : `it is not a statement of the approved plan ${this.context.planDigest}, and ${verdict.why}`, statement.sql);
      }
      parts.push({ statement, kind: verdict.kind, at: this.context.plan.position });
    }
    if (!(await this.beforeForward(parts))) {
      this.context.plan.unclaim(claimed);
      return;
    }
    if (!parts.length) return this.answer(okPayload(this.status()));
    this.forward(packet, { kind: 'results', parts, binary: false });
  }

  private async prepare(packet: Packet): Promise<void> {
    const statements = await this.check(this.decode(packet.payload), true);
    if (!statements) return;
    const [statement] = statements;
    if (!statement) return this.refuse('unparseable', 'an empty statement', '');
    // Claimed when executed: preparing runs nothing.
    const planned = statement.type !== 'transaction' && this.context.plan.available(statement.key);
    const verdict = planned ? undefined : mysqlUnplanned(statement, this.context.rules);
    if (verdict && !verdict.allowed) {
      const again = this.context.plan.consumed(statement.key);
      return this.refuse(again ? 'already-ran' : 'not-in-plan', again ? 'this statement of the plan has already run in this session; each planned statement runs once' : `it is not a statement of the approved plan ${this.context.planDigest}, and ${verdict.why}`, statement.sql);
    }
    this.forward(packet, { kind: 'prepare', part: { statement, kind: planned ? 'planned' : verdict!.allowed ? verdict!.kind : 'refused' } });
  }

  private async execute(packet: Packet): Promise<void> {
    const id = packet.payload.readUInt32LE(1);
    const flags = packet.payload[5] ?? 0;
    const known = this.prepared.get(id);
    if (!known) return this.refuse('not-in-plan', 'unknown prepared statement', '');
    if (flags !== 0) return this.refuse('not-in-plan', 'cursors are not served by the gateway (execute without a cursor)', known.statement.sql);
    let part: Part = { ...known, planned: undefined };
    if (known.kind === 'planned') {
      const planned = this.context.plan.claim(known.statement.key, this.context.id);
      if (!planned) {
        const verdict = mysqlUnplanned(known.statement, this.context.rules);
        if (!verdict.allowed) return this.refuse('already-ran', 'this statement of the plan has already run in this session; each planned statement runs once', known.statement.sql);
        part = { statement: known.statement, kind: verdict.kind };
      } else part = { statement: known.statement, planned, kind: 'planned' };
    }
    part.at = this.context.plan.position;
    if (!(await this.beforeForward([part]))) {
      if (part.planned) this.context.plan.unclaim([part.planned]);
      return;
    }
    this.forward(packet, { kind: 'results', parts: [part], binary: true });
  }

  /**
   * What must happen before a command is forwarded: the check of the open transaction's planned row statements when
   * the command commits them (COMMIT, or DDL's implicit commit; refused when beyond the approval, so the transaction
   * can only roll back), the catalog read before a planned statement that commits on its own, and the audit record
   * of history writes. False when the command was answered here instead.
   */
  private async beforeForward(parts: Part[]): Promise<boolean> {
    const effects = this.context.effects;
    if (effects && this.pendingRows.length && parts.some((p) => commits(p.statement))) {
      const judged = reportEffects(effects.rows(await effects.snapshot(), this.pendingRows));
      if (judged.some((e) => e.beyond)) {
        await this.effectsRefused(judged);
        await this.refuse('effects-beyond-approval', `the transaction did more than the approval covers, so it is not committed: ${beyondText(judged)}; roll it back`, parts.map((p) => p.statement.sql).join('; '));
        return false;
      }
      this.committedRows.push(...this.pendingRows);
      this.pendingRows = [];
    }
    const own = parts.filter((p) => p.planned && !IN_TRANSACTION.has(p.statement.type) && p.statement.type !== 'transaction');
    this.catalogBefore = effects && own.length ? { snapshot: await effects.snapshot(), sqls: own.map((p) => p.statement.sql) } : undefined;
    return this.recordBefore(parts);
  }

  private async effectsRefused(effects: MeasuredEffect[]): Promise<void> {
    await this.context.audit('wire.effects_refused', { conn: this.context.id, effects: effects.filter((e) => e.beyond) }).catch(() => undefined);
  }

  /** A write to the tool's history table is recorded (committed) before it runs; planned ones were recorded at wire.open. */
  private async recordBefore(parts: Part[]): Promise<boolean> {
    const history = parts.filter((p) => p.kind === 'history');
    if (!history.length) return true;
    try {
      await this.context.audit('wire.statement', { conn: this.context.id, protocol: 'mysql', statements: history.map((p) => ({ class: 'history', sql: p.statement.sql.slice(0, MAX_AUDITED_SQL) })) });
      return true;
    } catch (error) {
      this.answer(errPayload(1180, 'HY000', `migration-guard: the audit record could not be written, so the statement was not run (${(error as Error).message})`));
      return false;
    }
  }

  private async refuse(rule: string, reason: string, sql: string): Promise<void> {
    const excerpt = sql.replace(/\s+/g, ' ').trim().slice(0, 200);
    this.context.plan.refuse({ sql: excerpt, rule, reason, at: new Date().toISOString() });
    this.context.refused(rule);
    try {
      await this.context.audit('wire.refused', { conn: this.context.id, rule, reason, sql: sql.slice(0, MAX_AUDITED_SQL) });
    } catch {
      return this.end('the audit trail cannot be written; this connection is closed');
    }
    this.answer(errPayload(REFUSED, '42000', `migration-guard refused ${JSON.stringify(excerpt.slice(0, 80))}: ${reason}`));
  }

  /** Answers the command in flight from the gateway (its reply is packet 1). */
  private answer(payload: Buffer): void {
    this.client.write(packetsOf(1, payload).bytes);
    this.idle();
  }

  private forward(packet: Packet, expect: Expect): void {
    this.expect = expect;
    this.state = 'first';
    this.resultIndex = 0;
    this.shift = 0;
    this.backend.socket.write(packet.raw);
  }

  private status(): number {
    return STATUS.AUTOCOMMIT | (this.inTransaction ? STATUS.IN_TRANS : 0);
  }

  private fromBackend(chunk: Buffer): void {
    let packets: Packet[];
    try {
      packets = this.backendReader.push(chunk);
    } catch {
      return this.end('the database sent a packet larger than 1 GiB');
    }
    for (const packet of packets) {
      if (this.closed) return;
      if (!this.expect) return this.end('the database sent a packet nobody asked for');
      try {
        this.answerPacket(packet, this.expect);
      } catch (error) {
        return this.end(`the database's answer could not be read (${(error as Error).message})`);
      }
    }
  }

  private answerPacket(packet: Packet, expect: Expect): void {
    const p = packet.payload;
    if (expect.kind === 'internal') return this.internalPacket(p, expect);
    if (expect.kind === 'single') {
      this.pass(packet);
      if (isOk(p) || isEof(p)) {
        this.inTransaction = (statusOf(p) & STATUS.IN_TRANS) !== 0;
        expect.onOk?.();
      }
      return this.finish();
    }
    if (expect.kind === 'prepare') {
      this.pass(packet);
      if (this.state === 'first') {
        if (!isOk(p)) return this.finish();
        const c = new Cursor(p, 1);
        const id = c.u32();
        const columns = c.u16();
        const params = c.u16();
        this.prepared.set(id, expect.part);
        this.remaining = (params ? params + 1 : 0) + (columns ? columns + 1 : 0);
        this.state = 'prepare-rest';
      } else this.remaining--;
      if (this.remaining === 0) this.finish();
      return;
    }
    switch (this.state) {
      case 'first':
        if (isOk(p)) {
          this.pass(packet);
          return this.statementEnded(expect, statusOf(p), undefined, new Cursor(p, 1).lenenc() ?? 0);
        }
        if (isErr(p)) {
          this.pass(packet, this.maskedError(p));
          return this.statementEnded(expect, undefined, errorOf(p));
        }
        // 0xFB: the server asks for a client file (LOAD DATA LOCAL). The gateway never offers it.
        if (p[0] === 0xfb) return this.end('the database asked for a local file, which the gateway never sends');
        this.columnCount = new Cursor(p).lenenc() ?? 0;
        this.columns = [];
        this.state = 'columns';
        return this.pass(packet);
      case 'columns':
        this.columns.push(this.column(p));
        if (this.columns.length === this.columnCount) this.state = 'columns-eof';
        return this.pass(packet);
      case 'columns-eof':
        this.state = 'rows';
        return this.pass(packet);
      case 'rows':
        if (isEof(p)) {
          this.pass(packet);
          return this.statementEnded(expect, statusOf(p), undefined, 0);
        }
        if (isErr(p)) {
          this.pass(packet, this.maskedError(p));
          return this.statementEnded(expect, undefined, errorOf(p));
        }
        return this.pass(packet, this.columns.some((c) => c.replacement !== undefined) ? (expect.binary ? this.maskBinaryRow(p) : this.maskTextRow(p)) : undefined);
      default:
        return this.end('the database answered out of order');
    }
  }

  private internalPacket(p: Buffer, expect: Extract<Expect, { kind: 'internal' }>): void {
    const end = (result: Array<string | null> | Error) => {
      this.expect = undefined;
      expect.done(result);
    };
    if (isErr(p)) return end(new Error(errorOf(p).message));
    if (this.state === 'first') {
      if (isOk(p)) return end([]);
      this.columnCount = new Cursor(p).lenenc() ?? 0;
      this.remaining = this.columnCount;
      this.state = 'columns';
    } else if (this.state === 'columns') {
      if (--this.remaining === 0) this.state = 'columns-eof';
    } else if (this.state === 'columns-eof') this.state = 'rows';
    else if (isEof(p)) end(expect.values);
    else if (!expect.values.length) {
      const c = new Cursor(p);
      for (let i = 0; i < this.columnCount; i++) expect.values.push(c.lenencBytes()?.toString('utf8') ?? null);
    }
  }

  /** One statement's answer is complete: its outcome, and what its transaction state says about the plan. */
  private statementEnded(expect: Extract<Expect, { kind: 'results' }>, status: number | undefined, error: { code: number; message: string } | undefined, rows?: number): void {
    const part = expect.parts[this.resultIndex];
    this.context.statement(error ? 'failed' : 'ok');
    if (part) {
      this.results.push({ ...(part.planned ? { index: part.planned.index, path: part.planned.path } : { class: part.kind, sql: part.statement.sql.slice(0, 500) }), status: error ? 'failed' : 'ok', ...(rows !== undefined && !error ? { rows } : {}), ...(error ? { code: error.code } : {}) });
    }
    if (error) {
      // The failed statement did not take effect, nor did those after it in the packet: their claims are free.
      this.context.plan.unclaim(expect.parts.slice(this.resultIndex).flatMap((x) => (x.planned ? [x.planned] : [])));
      // A deadlock rolls the whole transaction back.
      if (error.code === DEADLOCK) {
        this.context.plan.settle(this.context.id, false);
        this.inTransaction = false;
        this.pendingRows = [];
      }
      return this.finish();
    }
    if (part?.planned && ROW_WRITES.has(part.statement.type) && this.context.effects) this.pendingRows.push({ sql: part.statement.sql, rows: rows ?? 0 });
    this.inTransaction = ((status ?? 0) & STATUS.IN_TRANS) !== 0;
    if (!this.inTransaction) {
      // No transaction is open after it: what the connection claimed was committed (autocommit, COMMIT, DDL's
      // implicit commit), unless this statement was a ROLLBACK.
      // Only claims made up to this statement: later ones of the same packet have not run yet.
      const rollback = part?.statement.type === 'transaction' && part.statement.tokens[0]?.value === 'ROLLBACK';
      this.context.plan.settle(this.context.id, !rollback, part?.at ?? Infinity);
      // Rows committed without a COMMIT the gateway saw first (autocommit): checked after the fact.
      if (!rollback) this.committedRows.push(...this.pendingRows);
      this.pendingRows = [];
    }
    this.resultIndex++;
    this.state = 'first';
    if (!((status ?? 0) & STATUS.MORE_RESULTS)) this.finish();
  }

  private finish(): void {
    const settings = this.expect?.kind === 'results' && this.expect.parts.some((p) => p.planned && p.statement.type === 'set');
    this.expect = undefined;
    this.flushResults();
    this.idle();
    const catalogBefore = this.catalogBefore;
    const committedRows = this.committedRows;
    this.catalogBefore = undefined;
    this.committedRows = [];
    if (!settings && !catalogBefore && !committedRows.length) return void this.drain();
    // Nothing the client sent since is read until the check is done.
    this.checking = true;
    void this.afterCommand(settings, catalogBefore, committedRows)
      .then(
        (problem) => problem && this.end(`${problem}; this connection is closed`),
        (error: Error) => this.end(`the check after the statement could not run (${error.message}); this connection is closed`),
      )
      .finally(() => {
        this.checking = false;
        void this.drain();
      });
  }

  /**
   * What is checked once a command's answer is complete, before the next command is read: what committed on its own
   * (a planned DDL's catalog diff, rows written in autocommit) and, after a planned SET, how the server now reads
   * statements. What went beyond the approval cannot be undone: the session ends. Returns why the connection ends.
   */
  private async afterCommand(settings: boolean, catalogBefore: { snapshot: CatalogSnapshot; sqls: string[] } | undefined, committedRows: Array<{ sql: string; rows: number }>): Promise<string | undefined> {
    const effects = this.context.effects;
    if (effects && (catalogBefore || committedRows.length)) {
      const now = await effects.snapshot();
      const judged = [...(catalogBefore ? reportEffects(effects.catalog(catalogBefore.sqls, catalogBefore.snapshot, now)) : []), ...(committedRows.length ? reportEffects(effects.rows(now, committedRows)) : [])];
      if (judged.some((e) => e.beyond)) {
        const reason = `what committed went beyond the approval, which cannot be undone on MySQL: ${beyondText(judged)}`;
        await this.effectsRefused(judged);
        this.context.plan.refuse({ sql: [...(catalogBefore?.sqls ?? []), ...committedRows.map((r) => r.sql)].join('; ').slice(0, 200), rule: 'effects-beyond-approval', reason, at: new Date().toISOString() });
        this.context.refused('effects-beyond-approval');
        this.context.halt?.(reason);
        return reason;
      }
    }
    return settings ? this.lexingProblem() : undefined;
  }

  private flushResults(): void {
    if (!this.results.length) return;
    const record = { conn: this.context.id, protocol: 'mysql', answers: this.results, transaction: this.inTransaction ? 'T' : 'I' };
    this.results = [];
    void this.context.auditSoon('wire.result', record).catch(() => this.end('the audit trail cannot be written; this connection is closed'));
  }

  /** A transaction left open with nothing sent for too long ends the connection. */
  private idle(): void {
    clearTimeout(this.idleTimer);
    if (!this.inTransaction || !this.context.idleInTransactionMs || this.closed) return;
    this.idleTimer = setTimeout(() => this.end(`the transaction was left open for ${this.context.idleInTransactionMs! / 1000}s with nothing sent; it is rolled back`), this.context.idleInTransactionMs);
    this.idleTimer.unref?.();
  }

  /** Sends a packet of the answer on: as it came, or rewritten (then renumbered, and the rest of the answer after it). */
  private pass(packet: Packet, payload?: Buffer): void {
    if (payload === undefined && this.shift === 0) return void this.client.write(packet.raw);
    const body = payload ?? packet.payload;
    const { bytes, count } = packetsOf(packet.seq + this.shift, body);
    this.shift += count - (Math.floor(packet.payload.length / MAX_PACKET_PAYLOAD) + 1);
    this.client.write(bytes);
  }

  private column(payload: Buffer): Column {
    const c = new Cursor(payload);
    for (let i = 0; i < 4; i++) c.lenencBytes(); // catalog, schema, table, org_table
    const name = c.lenencString();
    const orgName = c.lenencString();
    c.lenenc(); // length of the fixed fields
    c.u16(); // character set
    c.u32(); // column length
    const type = c.u8();
    const replacement = this.context.masking.active ? this.context.masking.replacementFor({ name, ...(orgName ? { sourceName: orgName } : {}) }) : undefined;
    return { type, ...(replacement !== undefined ? { replacement } : {}) };
  }

  private maskedError(payload: Buffer): Buffer | undefined {
    if (!this.context.masking.active) return undefined;
    const error = errorOf(payload);
    return errPayload(error.code, error.sqlState, redactMessage(error.message, 'unknown', String(error.code)));
  }

  private maskTextRow(payload: Buffer): Buffer {
    const c = new Cursor(payload);
    const out: Buffer[] = [];
    for (const column of this.columns) {
      const start = c.at;
      const value = c.lenencBytes();
      out.push(value !== null && column.replacement !== undefined ? lenencBytes(Buffer.from(column.replacement, 'utf8')) : payload.subarray(start, c.at));
    }
    return Buffer.concat(out);
  }

  /** A binary row: masked strings replaced, masked values of other types made NULL (their bytes removed). */
  private maskBinaryRow(payload: Buffer): Buffer {
    const n = this.columns.length;
    const bitmapLength = Math.floor((n + 7 + 2) / 8);
    const bitmap = Buffer.from(payload.subarray(1, 1 + bitmapLength));
    const c = new Cursor(payload, 1 + bitmapLength);
    const values: Buffer[] = [];
    for (const [i, column] of this.columns.entries()) {
      const bit = i + 2;
      if (bitmap[bit >> 3]! & (1 << (bit & 7))) continue;
      const start = c.at;
      const size = binarySize(column.type, c);
      if (size === undefined) throw new Error(`column type ${column.type} cannot be masked`);
      c.at += size;
      if (column.replacement === undefined) values.push(payload.subarray(start, c.at));
      else if (STRING_TYPES.has(column.type)) values.push(lenencBytes(Buffer.from(column.replacement, 'utf8')));
      else bitmap[bit >> 3]! |= 1 << (bit & 7);
    }
    return Buffer.concat([payload.subarray(0, 1), bitmap, ...values]);
  }

  static capabilitiesOffered(tls: boolean): number {
    return CAP.LONG_PASSWORD | CAP.FOUND_ROWS | CAP.LONG_FLAG | CAP.CONNECT_WITH_DB | CAP.PROTOCOL_41 | CAP.TRANSACTIONS | CAP.SECURE_CONNECTION | CAP.MULTI_STATEMENTS | CAP.MULTI_RESULTS | CAP.PS_MULTI_RESULTS | CAP.PLUGIN_AUTH | CAP.CONNECT_ATTRS | CAP.PLUGIN_AUTH_LENENC_CLIENT_DATA | (tls ? CAP.SSL : 0);
  }
}

const STRING_TYPES = new Set([0x00, 0xf6, 0x0f, 0xfd, 0xfe, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xff, 0x10, 0xf5]);
const FIXED: Record<number, number> = { 0x08: 8, 0x03: 4, 0x09: 4, 0x02: 2, 0x0d: 2, 0x01: 1, 0x05: 8, 0x04: 4, 0x06: 0 };

/** How many bytes a binary-protocol value of this type takes at the cursor (length prefix included). */
function binarySize(type: number, c: Cursor): number | undefined {
  if (STRING_TYPES.has(type)) {
    const start = c.at;
    const length = c.lenenc() ?? 0;
    const size = c.at - start + length;
    c.at = start;
    return size;
  }
  if (type in FIXED) return FIXED[type];
  // DATE, TIMESTAMP, DATETIME, TIME: a length byte, then that many bytes.
  if (type === 0x0a || type === 0x07 || type === 0x0c || type === 0x0b) return 1 + c.buffer[c.at]!;
  return undefined;
}
