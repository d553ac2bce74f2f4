/**
 * The PostgreSQL wire endpoint of one connection: pg-gateway handles the start of each client connection (SSL
 * negotiation and TLS, the startup message, the cleartext password, which is the session token), then the
 * connection is detached from it and relayed by `WireRelay`. Cancel requests are answered here: the client
 * holds the gateway's cancel key, never the database's.
 */
import { randomInt } from 'node:crypto';
import type { Socket } from 'node:net';
import { listenForClients, type WireListener } from './client-listener.js';
import { BackendError } from 'pg-gateway';
import { fromNodeSocket } from 'pg-gateway/node';
import type { WireLimits } from '../config.js';
import { TargetRoleError } from '../database.js';
import { HistoryTableError } from './history-writes.js';
import { Framer, FramingError, cancelKey, isCancelRequest } from './messages.js';
import { WireRelay, type RelayContext } from './relay.js';
import type { WireBackend } from '../database.js';

/** What the gateway answers for a client that presents a session token. */
export interface WireAttachment {
  context: Omit<RelayContext, 'id'>;
  expiresAt: Date;
  backend(): Promise<WireBackend>;
  /** Called with the relay once it runs, and when it ends. */
  opened(relay: WireRelay): void;
  ended(relay: WireRelay): void;
}

export interface WireGatewaySide {
  /** Verifies the session token for this connection; throws an Error whose message the client is shown. */
  attach(token: string, connection: string): Promise<WireAttachment>;
}

export interface WireListenerOptions {
  connection: string;
  host: string;
  port: number;
  tls?: { cert: Buffer; key: Buffer };
  limits: WireLimits;
  gateway: WireGatewaySide;
  log(record: Record<string, unknown>): void;
}

export type { WireListener };

let connections = 0;
/** PostgreSQL's own limit on a startup message (MAX_STARTUP_PACKET_LENGTH). */
const MAX_STARTUP_MESSAGE = 10_000;
/**
 * What a client may send before it is authenticated, TLS handshake included: an SSL request, a startup message and
 * a password message (the session token) need a few KiB; nothing is buffered beyond this.
 */
const MAX_BYTES_BEFORE_AUTHENTICATION = 64 * 1024;
/** The longest a timer may wait (node's limit is 2^31-1 ms). */
const MAX_TIMER = 2 ** 31 - 1;

export function startWireListener(options: WireListenerOptions): Promise<WireListener> {
  const relays = new Map<string, WireRelay>();
  return listenForClients({
    connection: options.connection,
    host: options.host,
    port: options.port,
    tls: !!options.tls,
    maxConnections: options.limits.maxConnections,
    log: options.log,
    accept: (socket) => accept(socket, options, relays),
    refused: (_socket, error) => ({ level: 'error', msg: 'wire connection failed', error: error.message.slice(0, 300) }),
    closing: () => {
      for (const relay of relays.values()) relay.terminate('57P01', 'migration-guard: the gateway is shutting down; run the apply step again');
    },
  });
}

async function accept(socket: Socket, options: WireListenerOptions, relays: Map<string, WireRelay>): Promise<void> {
  let attachment: WireAttachment | undefined;
  let backend: WireBackend | undefined;
  const unauthenticated = boundBeforeAuthentication(socket, options);
  const connection = await fromNodeSocket(socket, {
    ...(options.tls ? { tls: { cert: toArrayBuffer(options.tls.cert), key: toArrayBuffer(options.tls.key) } } : {}),
    auth: {
      method: 'password',
      getClearTextPassword: () => '',
      async validateCredentials({ password }, state) {
        const database = state.clientParams?.database ?? state.clientParams?.user;
        const refused = (code: string, message: string) => {
          options.log({ time: new Date().toISOString(), level: 'warn', msg: 'wire login refused', connection: options.connection, remote: socket.remoteAddress, reason: message.slice(0, 300) });
          return refusal(code, message);
        };
        if (database !== options.connection) throw refused('3D000', `database "${String(database).slice(0, 100)}" is not served here: connect to database ${options.connection}`);
        try {
          attachment = await options.gateway.attach(password, options.connection);
        } catch (error) {
          throw refused('28000', `migration-guard: ${(error as Error).message}`);
        }
        try {
          backend = await attachment.backend();
        } catch (error) {
          if (error instanceof TargetRoleError || error instanceof HistoryTableError) throw refusal('42501', `migration-guard: ${error.message}`);
          throw refusal('57P03', `migration-guard: the database cannot be reached through the gateway (${(error as Error).message.slice(0, 200)})`);
        }
        return true;
      },
    },
    onMessage(message, state) {
      if (state.hasStarted || !isCancelRequest(message)) return undefined;
      const relay = relays.get(keyOf(cancelKey(message)));
      void relay?.cancel();
      socket.end();
      return new Uint8Array(0);
    },
    async onAuthenticated() {
      unauthenticated.end();
      // From here on this relay speaks for the connection; pg-gateway lets go of the streams.
      const duplex = await connection.detach();
      void relayAfterDetach(duplex, attachment!, backend!, relays, options).catch((error: Error) => {
        options.log({ time: new Date().toISOString(), level: 'error', msg: 'wire relay could not start', connection: options.connection, error: error.message.slice(0, 300) });
        backend!.close();
        socket.destroy();
      });
    },
  });
}

/**
 * Until the client is authenticated: at most `MAX_BYTES_BEFORE_AUTHENTICATION` bytes (pg-gateway buffers a message
 * until its announced length has arrived), a startup message no longer than PostgreSQL's limit, and no more than
 * the authentication timeout. Otherwise the socket is closed: nothing of it was trusted yet.
 */
function boundBeforeAuthentication(socket: Socket, options: WireListenerOptions): { end(): void } {
  let received = 0;
  let first: Buffer | undefined = Buffer.alloc(0);
  const drop = (why: string) => {
    options.log({ time: new Date().toISOString(), level: 'warn', msg: `wire connection closed before authentication: ${why}`, connection: options.connection, remote: socket.remoteAddress });
    socket.destroy();
  };
  const onData = (chunk: Buffer) => {
    received += chunk.length;
    if (received > MAX_BYTES_BEFORE_AUTHENTICATION) return drop(`more than ${MAX_BYTES_BEFORE_AUTHENTICATION} bytes`);
    if (!first) return;
    // In clear text the first message is an SSL request (8 bytes) or the startup message: its length is checked here.
    first = Buffer.concat([first, chunk]);
    if (first.length < 8) return;
    const length = first.readInt32BE(0);
    const code = first.readInt32BE(4);
    first = undefined;
    const sslOrCancel = length === 8 || (length === 16 && code === 80877102);
    if (!sslOrCancel && (length < 8 || length > MAX_STARTUP_MESSAGE)) drop(`a startup message of ${length} bytes (at most ${MAX_STARTUP_MESSAGE})`);
  };
  socket.on('data', onData);
  const timer = setTimeout(() => drop(`not authenticated within ${options.limits.authTimeout}s`), options.limits.authTimeout * 1000);
  socket.once('close', () => clearTimeout(timer));
  return {
    end() {
      clearTimeout(timer);
      socket.off('data', onData);
    },
  };
}

async function relayAfterDetach(duplex: { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> }, attachment: WireAttachment, backend: WireBackend, relays: Map<string, WireRelay>, options: WireListenerOptions): Promise<void> {
  const { log, limits } = options;
  // pg-gateway releases its reader and writer when it returns from the message that detached it.
  for (let i = 0; i < 1000 && (duplex.readable.locked || duplex.writable.locked); i++) await new Promise((r) => setImmediate(r));
  const writer = duplex.writable.getWriter();
  const reader = duplex.readable.getReader();
  const id = ++connections;
  const relay = new WireRelay(
    {
      write: (bytes) => void writer.write(bytes).catch(() => relay.close()),
      close: () => {
        void writer.close().catch(() => undefined);
        void reader.cancel().catch(() => undefined);
      },
    },
    backend,
    { ...attachment.context, id, idleInTransactionMs: limits.idleInTransactionTimeout * 1000 },
  );
  const key = { processId: randomInt(1, 2 ** 31 - 1), secret: randomInt(1, 2 ** 31 - 1) };
  relays.set(keyOf(key), relay);
  attachment.opened(relay);
  const expiry = setTimeout(() => relay.terminate('57P01', 'migration-guard: the session expired; this connection is closed', 'Run the apply step again to get a new session.'), Math.min(Math.max(attachment.expiresAt.getTime() - Date.now(), 0), MAX_TIMER));
  relay.start(key);
  const framer = new Framer(limits.maxMessageBytes);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || relay.isClosed) break;
      await relay.fromClientChunk(framer.push(value));
    }
  } catch (error) {
    if (error instanceof FramingError) relay.terminate('54000', `migration-guard: the client sent ${error.message}; this connection is closed`);
    // Usually the client went away; closing below rolls back what it left open.
    if (!relay.isClosed) log({ time: new Date().toISOString(), level: 'error', msg: 'wire relay failed', error: (error as Error).message.slice(0, 300) });
  } finally {
    clearTimeout(expiry);
    relays.delete(keyOf(key));
    relay.close();
    attachment.ended(relay);
  }
}

function refusal(code: string, message: string): BackendError {
  return BackendError.create({ severity: 'FATAL', code, message });
}

function keyOf(key: { processId: number; secret: number }): string {
  return `${key.processId}:${key.secret}`;
}

function toArrayBuffer(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}
