/**
 * The PostgreSQL wire endpoint of one connection: pg-gateway handles the start of each client connection (SSL
 * negotiation and TLS, the startup message, the cleartext password, which is the session token), then the
 * connection is detached from it and relayed by `WireRelay`. Cancel requests are answered here: the client
 * holds the gateway's cancel key, never the database's.
 */
import { randomInt } from 'node:crypto';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { BackendError } from 'pg-gateway';
import { fromNodeSocket } from 'pg-gateway/node';
import { isLoopback } from '../config.js';
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
  gateway: WireGatewaySide;
  log(record: Record<string, unknown>): void;
}

export interface WireListener {
  port: number;
  close(): Promise<void>;
}

let connections = 0;
/** The largest message a client may send (a Query holds a whole migration file at most; the scanner's ceiling). */
const MAX_CLIENT_MESSAGE = 64 * 1024 * 1024;
/** The longest a timer may wait (node's limit is 2^31-1 ms). */
const MAX_TIMER = 2 ** 31 - 1;

export async function startWireListener(options: WireListenerOptions): Promise<WireListener> {
  const relays = new Map<string, WireRelay>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.setNoDelay(true);
    void accept(socket, options, relays).catch((error: Error) => {
      options.log({ time: new Date().toISOString(), level: 'error', msg: 'wire connection failed', connection: options.connection, error: error.message.slice(0, 300) });
      socket.destroy();
    });
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, ready);
  });
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      for (const relay of relays.values()) relay.terminate('57P01', 'migration-guard: the gateway is shutting down; run the apply step again');
      const closed = new Promise<void>((done) => server.close(() => done()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

async function accept(socket: Socket, options: WireListenerOptions, relays: Map<string, WireRelay>): Promise<void> {
  // Without TLS the session token travels in clear text: only from this machine.
  if (!options.tls && !isLoopback(socket.remoteAddress?.replace(/^::ffff:/, '') ?? '')) {
    socket.destroy();
    return;
  }
  let attachment: WireAttachment | undefined;
  let backend: WireBackend | undefined;
  const connection = await fromNodeSocket(socket, {
    ...(options.tls ? { tls: { cert: toArrayBuffer(options.tls.cert), key: toArrayBuffer(options.tls.key) } } : {}),
    auth: {
      method: 'password',
      getClearTextPassword: () => '',
      async validateCredentials({ password }, state) {
        const database = state.clientParams?.database ?? state.clientParams?.user;
        if (database !== options.connection) throw refusal('3D000', `database "${String(database).slice(0, 100)}" is not served here: connect to database ${options.connection}`);
        try {
          attachment = await options.gateway.attach(password, options.connection);
        } catch (error) {
          throw refusal('28000', `migration-guard: ${(error as Error).message}`);
        }
        try {
          backend = await attachment.backend();
        } catch (error) {
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
      // From here on this relay speaks for the connection; pg-gateway lets go of the streams.
      const duplex = await connection.detach();
      void relayAfterDetach(duplex, attachment!, backend!, relays, options.log).catch((error: Error) => {
        options.log({ time: new Date().toISOString(), level: 'error', msg: 'wire relay could not start', connection: options.connection, error: error.message.slice(0, 300) });
        backend!.close();
        socket.destroy();
      });
    },
  });
}

async function relayAfterDetach(duplex: { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> }, attachment: WireAttachment, backend: WireBackend, relays: Map<string, WireRelay>, log: WireListenerOptions['log']): Promise<void> {
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
    { ...attachment.context, id },
  );
  const key = { processId: randomInt(1, 2 ** 31 - 1), secret: randomInt(1, 2 ** 31 - 1) };
  relays.set(keyOf(key), relay);
  attachment.opened(relay);
  const expiry = setTimeout(() => relay.terminate('57P01', 'migration-guard: the session expired; this connection is closed', 'Run the apply step again to get a new session.'), Math.min(Math.max(attachment.expiresAt.getTime() - Date.now(), 0), MAX_TIMER));
  relay.start(key);
  const framer = new Framer(MAX_CLIENT_MESSAGE);
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
