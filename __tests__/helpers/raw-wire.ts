/**
 * A PostgreSQL protocol client that sends exactly the messages a test writes, in the packets it chooses: what an
 * attacker's client does and a driver never would (a reused statement name, a pipeline across Syncs). Frontend
 * messages are pg-protocol's `serialize`; backend messages are decoded by pg-protocol's `Parser`.
 */
import { connect, type Socket } from 'node:net';
import { serialize } from 'pg-protocol';
import { Parser } from 'pg-protocol/dist/parser.js';
import type { BackendMessage } from 'pg-protocol/dist/messages.js';

export { serialize };

export interface RawMessage {
  name: string;
  text?: string;
  code?: string;
  message?: string;
  fields?: Array<{ name: string }>;
  fieldCount?: number;
}

export class RawWireClient {
  private readonly received: RawMessage[] = [];
  private waiters: Array<() => void> = [];
  private closed = false;

  private constructor(private readonly socket: Socket) {
    const parser = new Parser();
    socket.on('data', (chunk) =>
      parser.parse(chunk, (m: BackendMessage) => {
        this.received.push(m as unknown as RawMessage);
        this.wake();
      }),
    );
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
    socket.on('error', () => undefined);
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Connects and authenticates with the session token (cleartext password, as the endpoint asks on loopback). */
  static async connect(port: number, token: string, database: string): Promise<RawWireClient> {
    const socket = connect({ host: '127.0.0.1', port });
    await new Promise<void>((done, fail) => socket.once('connect', done).once('error', fail));
    const client = new RawWireClient(socket);
    socket.write(serialize.startup({ user: 'session', database }));
    await client.until((m) => m.name === 'authenticationCleartextPassword' || m.name === 'error');
    socket.write(serialize.password(token));
    const ready = await client.until((m) => m.name === 'readyForQuery' || m.name === 'error');
    if (ready.name === 'error') throw new Error(`could not connect: ${ready.message}`);
    client.take();
    return client;
  }

  /** Writes these messages as one packet. */
  send(...messages: Buffer[]): void {
    this.socket.write(Buffer.concat(messages));
  }

  /** Waits for a message that `match` accepts (or the connection's end); answers it. */
  async until(match: (m: RawMessage) => boolean, ms = 10_000): Promise<RawMessage> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.received.find(match);
      if (found) return found;
      if (this.closed) return { name: 'closed' };
      if (Date.now() > deadline) throw new Error(`no such message within ${ms} ms; received ${this.received.map((m) => m.name).join(', ')}`);
      await new Promise<void>((done) => {
        this.waiters.push(done);
        setTimeout(done, 100);
      });
    }
  }

  /** Waits for `count` ReadyForQuery messages; answers everything received until then and forgets it. */
  async roundTrips(count = 1): Promise<RawMessage[]> {
    await this.until(() => this.received.filter((m) => m.name === 'readyForQuery').length >= count || this.closed);
    return this.take();
  }

  take(): RawMessage[] {
    return this.received.splice(0);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  end(): void {
    if (!this.closed) this.socket.end(serialize.end());
  }
}
