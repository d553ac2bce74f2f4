/**
 * The few PostgreSQL protocol messages the wire relay reads or writes itself. Framing comes from pg-gateway
 * (`MessageBuffer`), backend messages are decoded by pg-protocol's `Parser`, and frontend messages the relay
 * substitutes are built by pg-protocol's `serialize`. What those libraries do not offer — reading a frontend
 * message's fields, and writing the handful of backend messages a relay sends on its own — is here.
 */
import { randomBytes } from 'node:crypto';
import { BackendError } from 'pg-gateway';
import { serialize } from 'pg-protocol';
import { Parser } from 'pg-protocol/dist/parser.js';
import type { BackendMessage } from 'pg-protocol/dist/messages.js';

export const FRONTEND = { Query: 0x51, Parse: 0x50, Bind: 0x42, Execute: 0x45, FunctionCall: 0x46, Sync: 0x53, Terminate: 0x58, Close: 0x43, Describe: 0x44, Flush: 0x48, CopyData: 0x64, CopyDone: 0x63, CopyFail: 0x66 } as const;
export const BACKEND = { ParseComplete: 0x31, BindComplete: 0x32, CloseComplete: 0x33, CommandComplete: 0x43, CopyInResponse: 0x47, DataRow: 0x44, EmptyQuery: 0x49, ErrorResponse: 0x45, NoData: 0x6e, NoticeResponse: 0x4e, PortalSuspended: 0x73, ReadyForQuery: 0x5a, RowDescription: 0x54 } as const;

/**
 * Splits a byte stream into whole protocol messages (type byte, int32 length, body), synchronously and in order.
 * pg-gateway's MessageBuffer does this as an async generator, which interleaves when chunks arrive while a
 * consumer awaits, and reads lengths without the chunk's byteOffset (Node's Buffers are often views into a pool).
 */
export class Framer {
  /** Bytes received and not yet returned, as they came (joined only once a whole message is there). */
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** How many buffered bytes the next message needs: its header, then all of it. */
  private needed = 5;

  /** `maxMessage`: a larger message (as its length field says) is a FramingError before any of it is buffered. */
  constructor(private readonly maxMessage = Number.MAX_SAFE_INTEGER) {}

  /** Linear in the bytes received: a message sent in many small chunks is joined once, when it is complete. */
  push(chunk: Uint8Array): Buffer[] {
    if (!chunk.byteLength) return [];
    this.chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    this.buffered += chunk.byteLength;
    if (this.buffered < this.needed) return [];
    const data = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.buffered);
    const messages: Buffer[] = [];
    let offset = 0;
    this.needed = 5;
    while (data.length - offset >= 5) {
      const length = data.readInt32BE(offset + 1);
      if (length < 4 || length > this.maxMessage) throw new FramingError(length < 4 ? 'a message with an invalid length' : `a message of ${length} bytes (at most ${this.maxMessage})`);
      const end = offset + 1 + length;
      if (end > data.length) {
        this.needed = end - offset;
        break;
      }
      messages.push(data.subarray(offset, end));
      offset = end;
    }
    // What is left is copied out, so a small remainder does not keep a large chunk alive.
    const rest = offset === data.length ? undefined : Buffer.from(data.subarray(offset));
    this.chunks = rest ? [rest] : [];
    this.buffered = rest?.length ?? 0;
    return messages;
  }
}

export class FramingError extends Error {}

/** Reads NUL-terminated strings and integers from one framed message (after its type byte and length). */
export class FieldReader {
  /** `offset`: where the fields start (after the type byte and length, and any fixed field before them). */
  constructor(
    private readonly message: Uint8Array,
    private offset = 5,
  ) {}
  /** Where the next field starts. */
  get position(): number {
    return this.offset;
  }

  cstring(): string {
    const end = this.message.indexOf(0, this.offset);
    if (end < 0) throw new Error('malformed message: unterminated string');
    const value = Buffer.from(this.message.buffer, this.message.byteOffset + this.offset, end - this.offset).toString('utf8');
    this.offset = end + 1;
    return value;
  }
}

/** Decodes one complete backend message with pg-protocol. */
export function decodeBackend(message: Uint8Array): BackendMessage | undefined {
  let decoded: BackendMessage | undefined;
  new Parser().parse(Buffer.from(message.buffer, message.byteOffset, message.byteLength), (m) => (decoded = m));
  return decoded;
}

function backendMessage(code: number, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header[0] = code;
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

const cstring = (value: string) => Buffer.concat([Buffer.from(value, 'utf8'), Buffer.alloc(1)]);

export function parameterStatus(name: string, value: string): Buffer {
  return backendMessage(0x53, Buffer.concat([cstring(name), cstring(value)]));
}

/** The key a client sends back in a CancelRequest: the gateway's own, never the database's. */
export function backendKeyData(processId: number, secret: number): Buffer {
  const body = Buffer.alloc(8);
  body.writeInt32BE(processId, 0);
  body.writeInt32BE(secret, 4);
  return backendMessage(0x4b, body);
}

export function readyForQuery(status: 'I' | 'T' | 'E'): Buffer {
  return backendMessage(BACKEND.ReadyForQuery, Buffer.from(status));
}

export function fatal(code: string, message: string, hint?: string): Uint8Array {
  return BackendError.create({ severity: 'FATAL', code, message, ...(hint ? { hint } : {}) }).flush();
}

/** A DataRow with the values of `masked` columns replaced: text columns by `replacement`, binary ones by NULL. */
export function maskDataRow(message: Uint8Array, ruleFor: (column: number) => { replacement: string; binary: boolean } | undefined): Buffer {
  const view = Buffer.from(message.buffer, message.byteOffset, message.byteLength);
  const count = view.readInt16BE(5);
  const parts: Buffer[] = [view.subarray(5, 7)];
  let offset = 7;
  for (let column = 0; column < count; column++) {
    const length = view.readInt32BE(offset);
    const end = offset + 4 + Math.max(length, 0);
    const rule = ruleFor(column);
    if (rule && length >= 0) {
      const value = rule.binary ? null : Buffer.from(rule.replacement, 'utf8');
      const size = Buffer.alloc(4);
      size.writeInt32BE(value ? value.length : -1);
      parts.push(size, ...(value ? [value] : []));
    } else parts.push(view.subarray(offset, end));
    offset = end;
  }
  return backendMessage(BACKEND.DataRow, Buffer.concat(parts));
}

/** The fields of an ErrorResponse or NoticeResponse, by their one-byte code, in order. */
export function noticeFields(message: Uint8Array): Map<string, string> {
  const fields = new Map<string, string>();
  for (let offset = 5; offset < message.byteLength && message[offset] !== 0; ) {
    const reader = new FieldReader(message, offset + 1);
    fields.set(String.fromCharCode(message[offset]!), reader.cstring());
    offset = reader.position;
  }
  return fields;
}

/** An ErrorResponse or NoticeResponse (`type`) with these fields. */
export function noticeMessage(type: number, fields: ReadonlyMap<string, string>): Buffer {
  const parts: Buffer[] = [];
  for (const [code, value] of fields) parts.push(Buffer.from(code, 'latin1'), cstring(value));
  return backendMessage(type, Buffer.concat([...parts, Buffer.alloc(1)]));
}

export function isCancelRequest(message: Uint8Array): boolean {
  return message.byteLength === 16 && Buffer.from(message.buffer, message.byteOffset, 16).readInt32BE(4) === 80877102;
}

export function cancelKey(message: Uint8Array): { processId: number; secret: number } {
  const view = Buffer.from(message.buffer, message.byteOffset, 16);
  return { processId: view.readInt32BE(8), secret: view.readInt32BE(12) };
}

/**
 * A statement that makes the database itself answer with the gateway's refusal: its ErrorResponse then arrives in
 * order after the answers to everything sent before, and an open transaction is aborted exactly as PostgreSQL
 * aborts it on any error (a later COMMIT rolls back).
 */
export function refusalStatement(message: string, hint: string, mark: string): string {
  // Random dollar-quote tags, removed from the (hostile) text until none is left: the text cannot end a quote.
  const body = `$mgb${randomBytes(8).toString('hex')}$`;
  const text = `$mgt${randomBytes(8).toString('hex')}$`;
  const literal = (value: string) => {
    let clean = value;
    while (clean.includes(body) || clean.includes(text)) clean = clean.split(body).join('').split(text).join('');
    return `${text}${clean}${text}`;
  };
  // `mark` (random, in the DETAIL) tells the relay this error is its own refusal, not a RAISE of the client's.
  return `DO ${body} BEGIN RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = ${literal(message)}, HINT = ${literal(hint)}, DETAIL = ${literal(mark)}; END ${body}`;
}

/** The refusal in the simple protocol: one Query. */
export function refusalQuery(message: string, hint: string, mark: string): Buffer {
  return serialize.query(refusalStatement(message, hint, mark));
}

/** The refusal in the extended protocol: an unnamed Parse, Bind and Execute (their two completions are dropped). */
export function refusalPipeline(message: string, hint: string, mark: string): Buffer {
  return Buffer.concat([serialize.parse({ text: refusalStatement(message, hint, mark) }), serialize.bind({}), serialize.execute({})]);
}

export { serialize };
