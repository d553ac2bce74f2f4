/**
 * What both wire endpoints (PostgreSQL and MySQL) do with a TCP client before their protocol starts: at most
 * `maxConnections` at once, clients off this machine only with TLS (the token, or its scramble, must not cross a
 * network in clear), and every socket closed when the endpoint closes.
 */
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { isLoopback } from '../config.js';

export interface WireListener {
  port: number;
  close(): Promise<void>;
}

export interface ClientListenerOptions {
  connection: string;
  host: string;
  port: number;
  tls: boolean;
  maxConnections: number;
  log(record: Record<string, unknown>): void;
  /** Speaks the protocol with one client; a rejection is logged (`refused`) and the socket destroyed. */
  accept(socket: Socket): Promise<void>;
  /** The log record of a client `accept` gave up on (its reason, never a secret). */
  refused(socket: Socket, error: Error): Record<string, unknown>;
  /** Ends the endpoint's relayed connections (the gateway stops). */
  closing(): void;
}

export async function listenForClients(options: ClientListenerOptions): Promise<WireListener> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    socket.on('error', () => undefined);
    if (sockets.size >= options.maxConnections) {
      options.log({ time: new Date().toISOString(), level: 'warn', msg: 'wire connection refused: too many connections', connection: options.connection, limit: options.maxConnections });
      socket.destroy();
      return;
    }
    if (!options.tls && !isLoopback(socket.remoteAddress?.replace(/^::ffff:/, '') ?? '')) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setNoDelay(true);
    void options.accept(socket).catch((error: Error) => {
      options.log({ time: new Date().toISOString(), connection: options.connection, ...options.refused(socket, error) });
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
      options.closing();
      const closed = new Promise<void>((done) => server.close(() => done()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
