/**
 * The wire endpoint's connection to the MySQL or MariaDB server: the gateway authenticates with its own credential,
 * then the socket carries the client's commands. The handshake is the gateway's own (not mysql2's) because the
 * capabilities must be exactly those the client negotiated with the gateway: mysql2 always asks MariaDB for its
 * extended column metadata and for session tracking, which change the packets a client that did not ask would read.
 */
import { connect as connectTcp, isIP, type Socket } from 'node:net';
import { connect as connectTls, type TLSSocket } from 'node:tls';
import { scrambleFor, sealPassword } from './auth.js';
import { CAP, Cursor, errorOf, isErr, isOk, packetsOf, PacketReader, statusOf, type Packet } from './packets.js';

/** Capabilities the gateway always uses toward the server; a client's FOUND_ROWS and multi-statement choices are added. */
export const BACKEND_CAPABILITIES = CAP.LONG_PASSWORD | CAP.LONG_FLAG | CAP.CONNECT_WITH_DB | CAP.PROTOCOL_41 | CAP.TRANSACTIONS | CAP.SECURE_CONNECTION | CAP.PLUGIN_AUTH | CAP.PLUGIN_AUTH_LENENC_CLIENT_DATA;
/** What a client may choose among what the gateway offers, and the server then does the same for it. */
export const MIRRORED_CAPABILITIES = CAP.FOUND_ROWS | CAP.MULTI_STATEMENTS | CAP.MULTI_RESULTS | CAP.PS_MULTI_RESULTS;

export interface MysqlBackend {
  socket: Socket | TLSSocket;
  serverVersion: string;
  mariadb: boolean;
  /** The server's thread id, for KILL QUERY. */
  threadId: number;
  /** The server's status flags after authentication (autocommit). */
  status: number;
  /** The target database, from the URL. */
  database: string;
}

export interface BackendOptions {
  url: string;
  ca?: string | Buffer;
  /** The client's choice of MIRRORED_CAPABILITIES. */
  capabilities: number;
  /** The client's collation id (its character set). */
  collation: number;
  timeoutMs?: number;
}

export class BackendError extends Error {}

export async function connectMysqlBackend(options: BackendOptions): Promise<MysqlBackend> {
  const url = new URL(options.url);
  const host = url.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
  const port = Number(url.port || 3306);
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  let socket: Socket | TLSSocket = connectTcp({ host, port });
  socket.setNoDelay(true);
  const reader = new PacketReader(1024 * 1024);
  const queue: Packet[] = [];
  let waiting: ((packet: Packet | Error) => void) | undefined;
  let failure: Error | undefined;
  const onData = (chunk: Buffer) => {
    for (const packet of reader.push(chunk)) {
      if (waiting) {
        const w = waiting;
        waiting = undefined;
        w(packet);
      } else queue.push(packet);
    }
  };
  const onEnd = (error?: Error) => {
    failure ??= new BackendError(`the database closed the connection during authentication${error ? ` (${error.message})` : ''}`);
    waiting?.(failure);
    waiting = undefined;
  };
  const listen = (s: Socket | TLSSocket) => {
    s.on('data', onData);
    s.on('error', onEnd);
    s.on('close', () => onEnd());
  };
  listen(socket);
  const timer = setTimeout(() => {
    onEnd(new Error('timed out'));
    socket.destroy();
  }, options.timeoutMs ?? 10_000);
  const next = () =>
    new Promise<Packet>((resolve, reject) => {
      if (queue.length) return resolve(queue.shift()!);
      if (failure) return reject(failure);
      waiting = (p) => (p instanceof Error ? reject(p) : resolve(p));
    });
  let seq = 0;
  const send = (payload: Buffer) => void socket.write(packetsOf(++seq, payload).bytes);
  try {
    const hello = await next();
    if (isErr(hello.payload)) throw new BackendError(`the database refused the connection: ${errorOf(hello.payload).message}`);
    const greeting = parseGreeting(hello.payload);
    seq = hello.seq;
    const required = CAP.PROTOCOL_41 | CAP.SECURE_CONNECTION | CAP.PLUGIN_AUTH;
    if ((greeting.capabilities & required) !== required) throw new BackendError('the database server is too old (it lacks the 4.1 protocol with plugin authentication)');
    let capabilities = (BACKEND_CAPABILITIES | (options.capabilities & MIRRORED_CAPABILITIES)) & (greeting.capabilities | CAP.LONG_PASSWORD);
    const header = () => {
      const h = Buffer.alloc(32);
      h.writeUInt32LE(capabilities >>> 0, 0);
      h.writeUInt32LE(16 * 1024 * 1024, 4);
      h[8] = options.collation;
      return h;
    };
    if (options.ca) {
      if (!(greeting.capabilities & CAP.SSL)) throw new BackendError('the database server does not offer TLS, and tls-ca requires it');
      capabilities |= CAP.SSL;
      send(header());
      socket.removeListener('data', onData);
      const plain = socket;
      socket = await new Promise<TLSSocket>((resolve, reject) => {
        const secure = connectTls({ socket: plain, host, ca: options.ca, ...(isIP(host) ? {} : { servername: host }), rejectUnauthorized: true, minVersion: 'TLSv1.2' }, () => resolve(secure));
        secure.once('error', (error) => reject(new BackendError(`TLS to the database failed: ${error.message}`)));
      });
      listen(socket);
    }
    const tls = !!options.ca;
    let plugin = greeting.plugin || 'mysql_native_password';
    let scramble: Buffer = greeting.scramble;
    send(Buffer.concat([header(), Buffer.from(`${user}\0`, 'utf8'), lenencOf(scrambleFor(plugin, password, scramble)), Buffer.from(`${database}\0${plugin}\0`, 'utf8')]));
    for (;;) {
      const reply = await next();
      seq = reply.seq;
      const p = reply.payload;
      if (isOk(p)) return { socket, serverVersion: greeting.serverVersion, mariadb: /mariadb/i.test(greeting.serverVersion), threadId: greeting.threadId, status: statusOf(p), database };
      if (isErr(p)) throw new BackendError(`the database refused the gateway's credential: ${errorOf(p).message}`);
      if (p[0] === 0xfe) {
        // Auth switch: another plugin, a new scramble.
        const c = new Cursor(p, 1);
        plugin = c.nulString();
        scramble = stripNul(c.rest());
        send(scrambleFor(plugin, password, scramble));
      } else if (p[0] === 0x01 && plugin === 'caching_sha2_password') {
        if (p[1] === 0x03) continue; // fast authentication succeeded: OK follows
        if (p[1] === 0x04) {
          // Full authentication: the password itself, over TLS, or sealed with the server's public key.
          if (tls) send(Buffer.from(`${password}\0`, 'utf8'));
          else send(Buffer.from([0x02]));
        } else send(sealPassword(password, scramble, p.subarray(1).toString('latin1')));
      } else throw new BackendError(`unexpected packet 0x${p[0]?.toString(16)} during authentication`);
    }
  } catch (error) {
    socket.destroy();
    throw error instanceof BackendError ? error : new BackendError(`cannot connect to the database: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
    socket.removeListener('data', onData);
    socket.removeListener('error', onEnd);
    socket.removeAllListeners('close');
    if (queue.length) socket.destroy(); // the server said more than authentication: nothing may be relayed after that
  }
}

function parseGreeting(payload: Buffer) {
  const c = new Cursor(payload);
  if (c.u8() !== 10) throw new BackendError('the database speaks an unknown protocol version');
  const serverVersion = c.nulString();
  const threadId = c.u32();
  const part1 = c.bytes(8);
  c.u8();
  let capabilities = c.u16();
  let plugin = '';
  let part2: Buffer = Buffer.alloc(0);
  if (!c.done) {
    c.u8(); // character set
    c.u16(); // status
    capabilities |= c.u16() << 16;
    const authLength = c.u8();
    c.bytes(10);
    part2 = stripNul(c.bytes(Math.max(13, authLength - 8)));
    if (capabilities & CAP.PLUGIN_AUTH) plugin = c.nulString();
  }
  return { serverVersion, threadId, capabilities: capabilities >>> 0, scramble: Buffer.concat([part1, part2]), plugin };
}

const stripNul = (b: Buffer) => (b[b.length - 1] === 0 ? b.subarray(0, b.length - 1) : b);
const lenencOf = (b: Buffer) => Buffer.concat([Buffer.from([b.length]), b]);
