/**
 * The MySQL client/server protocol's packets, as far as the gateway speaks it: framing (a 3-byte length and a
 * sequence number; a payload of 16 MiB − 1 continues in the next packet), length-encoded integers and strings, and
 * the few packets the gateway writes itself (handshake, OK, ERR). Pure.
 */
export const MAX_PACKET_PAYLOAD = 0xffffff;

/** Capability flags the gateway reads or sets. */
export const CAP = {
  LONG_PASSWORD: 0x1,
  FOUND_ROWS: 0x2,
  LONG_FLAG: 0x4,
  CONNECT_WITH_DB: 0x8,
  LOCAL_FILES: 0x80,
  IGNORE_SPACE: 0x100,
  PROTOCOL_41: 0x200,
  SSL: 0x800,
  TRANSACTIONS: 0x2000,
  SECURE_CONNECTION: 0x8000,
  MULTI_STATEMENTS: 0x10000,
  MULTI_RESULTS: 0x20000,
  PS_MULTI_RESULTS: 0x40000,
  PLUGIN_AUTH: 0x80000,
  CONNECT_ATTRS: 0x100000,
  PLUGIN_AUTH_LENENC_CLIENT_DATA: 0x200000,
  SESSION_TRACK: 0x800000,
  DEPRECATE_EOF: 0x1000000,
} as const;

/** Server status flags (OK and EOF packets). */
export const STATUS = { IN_TRANS: 0x1, AUTOCOMMIT: 0x2, MORE_RESULTS: 0x8 } as const;

export interface Packet {
  seq: number;
  payload: Buffer;
  /** The packet as it came, continuation packets included: relayed unchanged when nothing in it is rewritten. */
  raw: Buffer;
}

export class PacketTooLarge extends Error {}

/** Cuts a byte stream into logical packets (continuations joined); holds at most `maxBytes` of one. */
export class PacketReader {
  private buffered: Buffer[] = [];
  private size = 0;
  private parts: Buffer[] = [];
  private raws: Buffer[] = [];
  private partsSize = 0;

  constructor(private readonly maxBytes: number) {}

  /** What was read past the last whole packet (bytes of another protocol, after an SSL request): handed back. */
  takeBuffered(): Buffer {
    const rest = Buffer.concat([...this.raws, ...this.buffered]);
    this.buffered = [];
    this.raws = [];
    this.parts = [];
    this.size = 0;
    this.partsSize = 0;
    return rest;
  }

  push(chunk: Buffer): Packet[] {
    this.buffered.push(chunk);
    this.size += chunk.length;
    const packets: Packet[] = [];
    let data = this.buffered.length === 1 ? this.buffered[0]! : Buffer.concat(this.buffered);
    while (data.length >= 4) {
      const length = data.readUIntLE(0, 3);
      if (this.partsSize + length > this.maxBytes) throw new PacketTooLarge(`a packet larger than ${this.maxBytes} bytes`);
      if (data.length < 4 + length) break;
      const seq = data[3]!;
      this.parts.push(data.subarray(4, 4 + length));
      this.raws.push(data.subarray(0, 4 + length));
      this.partsSize += length;
      data = data.subarray(4 + length);
      if (length === MAX_PACKET_PAYLOAD) continue;
      const first = this.raws[0]![3]!;
      packets.push({ seq: this.parts.length === 1 ? seq : first, payload: this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts), raw: this.raws.length === 1 ? this.raws[0]! : Buffer.concat(this.raws) });
      this.parts = [];
      this.raws = [];
      this.partsSize = 0;
    }
    this.buffered = data.length ? [Buffer.from(data)] : [];
    this.size = data.length;
    return packets;
  }
}

/** A payload as packets from sequence number `seq` (split at 16 MiB − 1); with the number of packets written. */
export function packetsOf(seq: number, payload: Buffer): { bytes: Buffer; count: number } {
  const out: Buffer[] = [];
  let offset = 0;
  let count = 0;
  let length: number;
  // A payload that fills a packet exactly is followed by an empty one: that is how the reader knows it ended.
  do {
    length = Math.min(MAX_PACKET_PAYLOAD, payload.length - offset);
    const header = Buffer.alloc(4);
    header.writeUIntLE(length, 0, 3);
    header[3] = (seq + count) & 0xff;
    out.push(header, payload.subarray(offset, offset + length));
    offset += length;
    count++;
  } while (length === MAX_PACKET_PAYLOAD);
  return { bytes: Buffer.concat(out), count };
}

/** Reads a payload front to back. */
export class Cursor {
  constructor(
    readonly buffer: Buffer,
    public at = 0,
  ) {}

  get done(): boolean {
    return this.at >= this.buffer.length;
  }

  u8(): number {
    return this.buffer.readUInt8(this.at++);
  }

  u16(): number {
    const value = this.buffer.readUInt16LE(this.at);
    this.at += 2;
    return value;
  }

  u32(): number {
    const value = this.buffer.readUInt32LE(this.at);
    this.at += 4;
    return value;
  }

  bytes(n: number): Buffer {
    if (this.at + n > this.buffer.length) throw new RangeError('packet too short');
    const value = this.buffer.subarray(this.at, this.at + n);
    this.at += n;
    return value;
  }

  /** A length-encoded integer; null for 0xFB (NULL in a text row). */
  lenenc(): number | null {
    const first = this.u8();
    if (first < 0xfb) return first;
    if (first === 0xfb) return null;
    if (first === 0xfc) return this.u16();
    if (first === 0xfd) return this.bytes(3).readUIntLE(0, 3);
    const value = this.buffer.readBigUInt64LE(this.at);
    this.at += 8;
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('length too large');
    return Number(value);
  }

  lenencBytes(): Buffer | null {
    const length = this.lenenc();
    return length === null ? null : this.bytes(length);
  }

  lenencString(): string {
    return this.lenencBytes()?.toString('utf8') ?? '';
  }

  nulString(): string {
    const end = this.buffer.indexOf(0, this.at);
    const stop = end < 0 ? this.buffer.length : end;
    const value = this.buffer.toString('utf8', this.at, stop);
    this.at = stop + 1;
    return value;
  }

  rest(): Buffer {
    const value = this.buffer.subarray(this.at);
    this.at = this.buffer.length;
    return value;
  }
}

export function lenenc(value: number): Buffer {
  if (value < 0xfb) return Buffer.from([value]);
  if (value <= 0xffff) return Buffer.from([0xfc, value & 0xff, value >> 8]);
  if (value <= 0xffffff) return Buffer.from([0xfd, value & 0xff, (value >> 8) & 0xff, value >> 16]);
  const out = Buffer.alloc(9);
  out[0] = 0xfe;
  out.writeBigUInt64LE(BigInt(value), 1);
  return out;
}

export const lenencBytes = (value: Buffer) => Buffer.concat([lenenc(value.length), value]);

export function okPayload(status: number, affectedRows = 0): Buffer {
  return Buffer.concat([Buffer.from([0x00]), lenenc(affectedRows), lenenc(0), Buffer.from([status & 0xff, status >> 8, 0, 0])]);
}

/** An ERR packet's payload: error code, SQLSTATE and message (bounded). */
export function errPayload(code: number, sqlState: string, message: string): Buffer {
  const head = Buffer.alloc(3);
  head[0] = 0xff;
  head.writeUInt16LE(code, 1);
  return Buffer.concat([head, Buffer.from(`#${sqlState.padEnd(5, '0').slice(0, 5)}`, 'latin1'), Buffer.from(message.slice(0, 2000), 'utf8')]);
}

export function isOk(payload: Buffer): boolean {
  return payload[0] === 0x00;
}

export function isErr(payload: Buffer): boolean {
  return payload[0] === 0xff;
}

/** An EOF packet (without CLIENT_DEPRECATE_EOF): 0xFE and fewer than 9 bytes, so not a long length-encoded value. */
export function isEof(payload: Buffer): boolean {
  return payload[0] === 0xfe && payload.length < 9;
}

/** The status flags of an OK or EOF packet. */
export function statusOf(payload: Buffer): number {
  if (isEof(payload)) return payload.length >= 5 ? payload.readUInt16LE(3) : 0;
  const c = new Cursor(payload, 1);
  c.lenenc();
  c.lenenc();
  return c.u16();
}

/** An ERR packet's code and message. */
export function errorOf(payload: Buffer): { code: number; sqlState: string; message: string } {
  const code = payload.readUInt16LE(1);
  const marker = payload[3] === 0x23;
  return { code, sqlState: marker ? payload.toString('latin1', 4, 9) : 'HY000', message: payload.toString('utf8', marker ? 9 : 3) };
}
