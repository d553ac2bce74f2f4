/**
 * A query of the relay's own on its backend connection (the check before COMMIT): sent with the extended protocol
 * under names no client can guess, so the client's unnamed statement and portal survive it, and answered in text.
 * Its answers are read here and never reach the client. It runs only while nothing of the client's is in flight.
 */
import { randomBytes } from 'node:crypto';
import { BACKEND, decodeBackend, serialize } from './messages.js';

export interface InternalAnswer {
  rows: Array<Record<string, string | null>>;
  /** The transaction status the database reported after it. */
  status: string;
}

export class InternalQuery {
  private fields: string[] = [];
  private readonly rows: InternalAnswer['rows'] = [];
  private error?: string;
  private settle!: { resolve: (answer: InternalAnswer) => void; reject: (error: Error) => void };
  readonly answer = new Promise<InternalAnswer>((resolve, reject) => (this.settle = { resolve, reject }));

  /** The messages to send: Parse, Bind, Describe, Execute and Close of a named statement and portal, then Sync. */
  static messages(sql: string): Buffer {
    const name = `mg_${randomBytes(12).toString('hex')}`;
    return Buffer.concat([
      serialize.parse({ name, text: sql }),
      serialize.bind({ portal: name, statement: name }),
      serialize.describe({ type: 'P', name }),
      serialize.execute({ portal: name }),
      serialize.close({ type: 'P', name }),
      serialize.close({ type: 'S', name }),
      serialize.sync(),
    ]);
  }

  /** One backend message; true once the query is over (its ReadyForQuery). */
  take(message: Uint8Array): boolean {
    switch (message[0]) {
      case BACKEND.RowDescription:
        this.fields = ((decodeBackend(message) as { fields?: Array<{ name: string }> } | undefined)?.fields ?? []).map((f) => f.name);
        break;
      case BACKEND.DataRow: {
        const values = (decodeBackend(message) as { fields?: Array<string | null> } | undefined)?.fields ?? [];
        this.rows.push(Object.fromEntries(this.fields.map((name, i) => [name, values[i] ?? null])));
        break;
      }
      case BACKEND.ErrorResponse:
        this.error ??= (decodeBackend(message) as { message?: string } | undefined)?.message ?? 'error';
        break;
      case BACKEND.ReadyForQuery: {
        const status = String.fromCharCode(message[5] ?? 0);
        if (this.error) this.settle.reject(Object.assign(new Error(this.error), { status }));
        else this.settle.resolve({ rows: this.rows, status });
        return true;
      }
    }
    return false;
  }

  /** The connection closed before the answer. */
  abandon(): void {
    this.settle.reject(new Error('the connection to the database was lost'));
  }
}
