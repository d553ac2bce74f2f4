/**
 * The MySQL wire endpoint of one connection: a team's own tool connects to the gateway as to MySQL (user `session`,
 * the session token as password, the connection's name as database). The gateway greets it as a server, upgrades
 * to TLS when asked (and requires it when configured), checks the `mysql_native_password` scramble against the open
 * wire sessions of this connection, opens its own connection to the database with the same capabilities, and hands
 * both to a MysqlRelay. mysql2's server side was not used: it has no TLS upgrade, routes every `SET …` query to its
 * prepared-statement event and answers results itself, where the gateway must relay the database's packets.
 */
import { randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import { TLSSocket } from 'node:tls';
import type { WireLimits } from '../config.js';
import { listenForClients, type WireListener } from '../wire/client-listener.js';
import { BackendError, MIRRORED_CAPABILITIES, type MysqlBackend } from './backend.js';
import { TargetRoleError } from '../database.js';
import { DialectMismatchError } from '../database-mysql.js';
import { CAP, Cursor, errPayload, okPayload, packetsOf, PacketReader, STATUS, type Packet } from './packets.js';
import { MysqlRelay, type MysqlRelayContext } from './relay.js';

export interface MysqlWireAttachment {
  context: Omit<MysqlRelayContext, 'id'>;
  expiresAt: Date;
  backend(capabilities: number, collation: number): Promise<MysqlBackend>;
  opened(relay: MysqlRelay): void;
  ended(relay: MysqlRelay): void;
}

export interface MysqlWireGatewaySide {
  /** The open wire session of this connection whose token answers the scramble; throws an Error the client is shown. */
  attachMysql(connection: string, scramble: Buffer, response: Buffer): Promise<MysqlWireAttachment>;
}

export interface MysqlWireListenerOptions {
  connection: string;
  host: string;
  port: number;
  tls?: { cert: Buffer; key: Buffer };
  limits: WireLimits;
  /** What the greeting announces (tools read it to pick their SQL). */
  serverVersion: string;
  gateway: MysqlWireGatewaySide;
  log(record: Record<string, unknown>): void;
}

/** Collations whose character set lexes quotes and backslashes as single bytes: utf8mb4, utf8mb3, latin1, ascii, binary. */
const SAFE_COLLATIONS = new Set([5, 8, 11, 15, 31, 33, 45, 46, 47, 48, 49, 63, 65, 76, 83, 94, 255, ...range(192, 215), ...range(224, 247)]);
const MAX_BYTES_BEFORE_AUTHENTICATION = 64 * 1024;
const NATIVE = 'mysql_native_password';
const MAX_TIMER = 2 ** 31 - 1;
let connections = 0;

export function startMysqlWireListener(options: MysqlWireListenerOptions): Promise<WireListener> {
  const relays = new Set<MysqlRelay>();
  return listenForClients({
    connection: options.connection,
    host: options.host,
    port: options.port,
    tls: !!options.tls,
    maxConnections: options.limits.maxConnections,
    log: options.log,
    accept: (socket) => accept(socket, options, relays),
    refused: (socket, error) => ({ level: 'warn', msg: 'wire login refused', protocol: 'mysql', remote: socket.remoteAddress, reason: error.message.slice(0, 300) }),
    closing: () => {
      for (const relay of relays) relay.terminate('57P01', 'the gateway is shutting down; run the apply step again');
    },
  });
}

async function accept(plain: Socket, options: MysqlWireListenerOptions, relays: Set<MysqlRelay>): Promise<void> {
  let socket: Socket | TLSSocket = plain;
  const reader = new PacketReader(MAX_BYTES_BEFORE_AUTHENTICATION);
  const pending: Packet[] = [];
  let waiting: ((packet: Packet | undefined) => void) | undefined;
  let received = 0;
  const onData = (chunk: Buffer) => {
    received += chunk.length;
    let packets: Packet[];
    try {
      if (received > MAX_BYTES_BEFORE_AUTHENTICATION) throw new Error('too much before authentication');
      packets = reader.push(chunk);
    } catch {
      socket.destroy();
      return;
    }
    for (const packet of packets) {
      if (waiting) {
        const w = waiting;
        waiting = undefined;
        w(packet);
      } else pending.push(packet);
    }
  };
  const next = () =>
    new Promise<Packet>((resolve, reject) => {
      if (pending.length) return resolve(pending.shift()!);
      waiting = (p) => (p ? resolve(p) : reject(new Error('the client went away before it authenticated')));
    });
  const listen = (s: Socket | TLSSocket) => {
    s.on('data', onData);
    s.once('close', () => waiting?.(undefined));
  };
  listen(socket);
  const timer = setTimeout(() => socket.destroy(), options.limits.authTimeout * 1000);
  const send = (seq: number, payload: Buffer) => void socket.write(packetsOf(seq, payload).bytes);
  const fail = (seq: number, code: number, state: string, message: string) => {
    send(seq, errPayload(code, state, `migration-guard: ${message}`));
    socket.end();
    throw new Error(message);
  };
  try {
    // Printable scramble bytes: some clients stop at a NUL.
    const scramble = Buffer.from(randomBytes(20).map((b) => 0x21 + (b % 0x5e)));
    const offered = MysqlRelay.capabilitiesOffered(!!options.tls);
    send(0, greeting(options.serverVersion, scramble, offered));
    let packet = await next();
    let capabilities = packet.payload.length >= 4 ? packet.payload.readUInt32LE(0) : 0;
    if (options.tls) {
      if (!(capabilities & CAP.SSL) || packet.payload.length !== 32) fail(packet.seq + 1, 1045, '28000', 'this endpoint requires TLS (ssl-mode=REQUIRED, or tls=true)');
      socket.removeListener('data', onData);
      // The client starts TLS right after its request: bytes of its TLS hello already read go back to the socket.
      const early = Buffer.concat([...pending.splice(0).map((p) => p.raw), reader.takeBuffered()]);
      if (early.length) plain.unshift(early);
      const secure = new TLSSocket(plain, { isServer: true, cert: options.tls.cert, key: options.tls.key, minVersion: 'TLSv1.2' });
      secure.on('error', () => undefined);
      socket = secure;
      listen(secure);
      packet = await next();
      capabilities = packet.payload.readUInt32LE(0);
    }
    const hello = parseHandshakeResponse(packet.payload, capabilities);
    let seq = packet.seq;
    if (!(capabilities & CAP.PROTOCOL_41)) fail(seq + 1, 1045, '08004', 'the client speaks a protocol older than 4.1');
    if (hello.user !== 'session') fail(seq + 1, 1045, '28000', `user ${JSON.stringify(hello.user.slice(0, 64))}: connect as user session with the session token as password`);
    if (hello.database && hello.database !== options.connection) fail(seq + 1, 1049, '42000', `database ${JSON.stringify(hello.database.slice(0, 64))} is not served here: connect to database ${options.connection}`);
    if (!SAFE_COLLATIONS.has(hello.collation)) fail(seq + 1, 1115, '42000', 'connect with character set utf8mb4 (or utf8, latin1, ascii): in other multibyte sets a character can hide a quote or backslash from the gateway');
    let response = hello.authResponse;
    if (hello.plugin !== NATIVE) {
      // Auth switch to the one plugin the gateway checks: native scrambles against SHA1(SHA1(token)).
      send(++seq, Buffer.concat([Buffer.from([0xfe]), Buffer.from(`${NATIVE}\0`), scramble, Buffer.from([0])]));
      const switched = await next();
      seq = switched.seq;
      response = switched.payload;
    }
    let attachment: MysqlWireAttachment;
    try {
      attachment = await options.gateway.attachMysql(options.connection, scramble, response);
    } catch (error) {
      return fail(seq + 1, 1045, '28000', (error as Error).message);
    }
    let backend: MysqlBackend;
    try {
      backend = await attachment.backend(capabilities & MIRRORED_CAPABILITIES & offered, hello.collation);
    } catch (error) {
      // These say what is wrong with the target without a secret; anything else is named only by its kind.
      const said = error instanceof BackendError || error instanceof TargetRoleError || error instanceof DialectMismatchError;
      return fail(seq + 1, 2013, 'HY000', `the database cannot be reached through the gateway (${said ? (error as Error).message : 'error'})`);
    }
    clearTimeout(timer);
    socket.removeListener('data', onData);
    const relay = new MysqlRelay(
      { write: (bytes) => void socket.write(bytes), close: () => void socket.end() },
      backend,
      { ...attachment.context, id: ++connections, idleInTransactionMs: options.limits.idleInTransactionTimeout * 1000 },
      options.limits.maxMessageBytes,
    );
    const problem = await relay.lexingProblem().catch((error: Error) => `the session's sql_mode could not be read (${error.message})`);
    if (problem) {
      try {
        fail(seq + 1, 1227, '42000', problem);
      } finally {
        relay.close();
      }
    }
    relays.add(relay);
    attachment.opened(relay);
    const expiry = setTimeout(() => relay.terminate('57P01', 'the session expired; this connection is closed. Run the apply step again to get a new session'), Math.min(Math.max(attachment.expiresAt.getTime() - Date.now(), 0), MAX_TIMER));
    socket.on('data', (chunk: Buffer) => relay.fromClient(chunk));
    socket.once('close', () => {
      clearTimeout(expiry);
      relays.delete(relay);
      relay.close();
      attachment.ended(relay);
    });
    send(seq + 1, okPayload(STATUS.AUTOCOMMIT | (backend.status & STATUS.IN_TRANS)));
    for (const early of pending.splice(0)) relay.fromClient(early.raw);
  } finally {
    clearTimeout(timer);
  }
}

function greeting(version: string, scramble: Buffer, capabilities: number): Buffer {
  const fixed = Buffer.alloc(4 + 8 + 1 + 2 + 1 + 2 + 2 + 1 + 10);
  let at = 0;
  fixed.writeUInt32LE(connections + 1, at);
  at += 4;
  scramble.copy(fixed, at, 0, 8);
  at += 9; // and the filler
  fixed.writeUInt16LE(capabilities & 0xffff, at);
  at += 2;
  fixed[at++] = 45; // utf8mb4_general_ci
  fixed.writeUInt16LE(STATUS.AUTOCOMMIT, at);
  at += 2;
  fixed.writeUInt16LE(capabilities >>> 16, at);
  at += 2;
  fixed[at] = 21;
  return Buffer.concat([Buffer.from([10]), Buffer.from(`${version}\0`), fixed, scramble.subarray(8), Buffer.from([0]), Buffer.from(`${NATIVE}\0`)]);
}

function parseHandshakeResponse(payload: Buffer, capabilities: number) {
  const c = new Cursor(payload, 8);
  const collation = c.u8();
  c.bytes(23);
  const user = c.nulString();
  const authResponse = capabilities & CAP.PLUGIN_AUTH_LENENC_CLIENT_DATA ? (c.lenencBytes() ?? Buffer.alloc(0)) : capabilities & CAP.SECURE_CONNECTION ? c.bytes(c.u8()) : Buffer.from(c.nulString(), 'latin1');
  const database = capabilities & CAP.CONNECT_WITH_DB && !c.done ? c.nulString() : '';
  const plugin = capabilities & CAP.PLUGIN_AUTH && !c.done ? c.nulString() : NATIVE;
  return { collation, user, authResponse: Buffer.from(authResponse) as Buffer, database, plugin };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
