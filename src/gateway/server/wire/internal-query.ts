/**
 * Queries of the relay's own on its backend connection (the check before COMMIT): sent with the extended protocol
 * under names no client can guess, so the client's unnamed statement and portal survive them, and answered in
 * text. Several go in one round trip (one Sync); their answers are read here and never reach the client. They run
 * only while nothing of the client's is in flight.
 */
import { randomBytes } from 'node:crypto';
import { BACKEND, decodeBackend, serialize } from './messages.js';

type Row = Record<string, string | null>;

export interface InternalAnswer {
  /** The rows of each statement, in order. */
  results: Row[][];
  /** The transaction status the database reported after them. */
  status: string;
}

export class InternalQuery {
  private fields: string[] = [];
  private rows: Row[] = [];
  private readonly results: Row[][] = [];
  private error?: { message: string; code?: string; routine?: string };
  private settle!: { resolve: (answer: InternalAnswer) => void; reject: (error: Error) => void };
  readonly answer = new Promise<InternalAnswer>((resolve, reject) => (this.settle = { resolve, reject }));

  /** Per statement: Parse, Bind, Describe, Execute and Close of a named statement and portal; then one Sync. */
  static messages(sqls: readonly string[]): Buffer {
    return Buffer.concat([
      ...sqls.flatMap((sql) => {
        const name = `mg_${randomBytes(12).toString('hex')}`;
        return [serialize.parse({ name, text: sql }), serialize.bind({ portal: name, statement: name }), serialize.describe({ type: 'P', name }), serialize.execute({ portal: name }), serialize.close({ type: 'P', name }), serialize.close({ type: 'S', name })];
      }),
      serialize.sync(),
    ]);
  }

  /** One backend message; true once the round trip is over (its ReadyForQuery). */
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
      case BACKEND.CommandComplete:
        this.results.push(this.rows);
        this.rows = [];
        this.fields = [];
        break;
      case BACKEND.ErrorResponse: {
        // Its code and routine too: what masking may show of it is decided by them.
        const { message: text, code, routine } = (decodeBackend(message) as { message?: string; code?: string; routine?: string } | undefined) ?? {};
        this.error ??= { message: text ?? 'error', code, routine };
        break;
      }
      case BACKEND.ReadyForQuery: {
        const status = String.fromCharCode(message[5] ?? 0);
        if (this.error) this.settle.reject(Object.assign(new Error(this.error.message), { status, code: this.error.code, routine: this.error.routine }));
        else this.settle.resolve({ results: this.results, status });
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
