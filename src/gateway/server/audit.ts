/**
 * The append-only audit trail: every record carries the hash of the previous one, and a head row
 * records the last, so editing, deleting or truncating records is detected by `audit verify`.
 */
import { sha256Hex } from '../../sha256.js';
import { GroupCommit } from './group-commit.js';
import { STORE_LOCK, type Store } from './store.js';

export interface AuditRecord {
  seq: number;
  at: string;
  kind: string;
  data: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);
/** The longest an `appendSoon` record waits for a group. */
const SOON_MS = 25;
/** Appends racing other replicas retry from the new head this many times before giving up. */
const MAX_ATTEMPTS = 20;

export interface AuditEntry {
  kind: string;
  data: Record<string, unknown>;
}

/**
 * JSON with object keys sorted at every level (the stored jsonb does not keep key order), and otherwise what
 * JSON.stringify would write: undefined, function and symbol members dropped, toJSON honoured. Hot: it runs for
 * every audit record, so a value whose keys are already in order is left to the native JSON.stringify.
 */
export function canonicalJson(value: unknown): string {
  return inOrder(value) ? (JSON.stringify(value) ?? 'null') : sortedJson(value);
}

/** Whether JSON.stringify would write `value` canonically: every object's keys already sorted, nothing to convert. */
function inOrder(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'symbol';
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return value.every(inOrder);
  let previous = '';
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key];
    if (key < previous || typeof member === 'symbol' || !inOrder(member)) return false;
    previous = key;
  }
  return true;
}

function sortedJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return sortedJson((value as { toJSON: () => unknown }).toJSON());
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + sortedJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const member = record[key];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${sortedJson(member)}`;
  }
  return `${out}}`;
}

export function recordHash(prevHash: string, seq: number, at: string, kind: string, data: unknown): string {
  return hashOf(prevHash, seq, at, kind, canonicalJson(data));
}

function hashOf(prevHash: string, seq: number, at: string, kind: string, canonicalData: string): string {
  return sha256Hex(`${prevHash}\n${seq}\n${at}\n${kind}\n${canonicalData}`);
}

export class AuditLog {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Appends a record; throws when it cannot be written (callers must then not act). */
  async append(kind: string, data: Record<string, unknown>): Promise<AuditRecord> {
    return (await this.appendMany([{ kind, data }]))[0]!;
  }

  /**
   * Appends records that nothing waits on (what a wire connection's round trip did, a statement's result): they are
   * written with the next group, at the latest after `SOON_MS`, so they cost no store write of their own. Order
   * with every other append is kept.
   */
  appendSoon(kind: string, data: Record<string, unknown>): Promise<AuditRecord> {
    return this.appendManySoon([{ kind, data }]).then((records) => records[0]!);
  }

  appendManySoon(entries: AuditEntry[]): Promise<AuditRecord[]> {
    return this.enqueue(entries, true);
  }

  /** Told how long each append took (seconds), for the metrics. */
  observe?: (seconds: number) => void;

  /**
   * Appends records in order, atomically: all are written or none. Resolves only once they are committed, so a
   * caller that acts after it never acts unaudited. Appends that arrive while one is being written are written
   * together in the next store write (group commit): one statement and one commit for many requests.
   */
  appendMany(entries: AuditEntry[]): Promise<AuditRecord[]> {
    return this.enqueue(entries, false);
  }

  /** Each request's records, chained and written with the others of its group in one statement. */
  private readonly groups = new GroupCommit<AuditEntry[], AuditRecord[]>(async (requests) => {
    const records = await this.appendInOneStatement(requests.flat());
    let at = 0;
    return requests.map((entries) => records.slice(at, (at += entries.length)));
  }, SOON_MS);

  private enqueue(entries: AuditEntry[], soon: boolean): Promise<AuditRecord[]> {
    if (entries.length === 0) return Promise.resolve([]);
    const started = performance.now();
    return this.groups.submit(entries, soon).finally(() => this.observe?.((performance.now() - started) / 1000));
  }

  /** The chain's last record as this process last wrote or read it; another replica's append makes it stale. */
  private head?: { seq: number; hash: string };

  /**
   * Writes records in one statement: the head moves from the head they were chained to, and the records are
   * inserted only if it did. When another replica appended first, nothing is written and the chain is recomputed
   * from the new head. One round trip per group instead of a locked transaction of six.
   */
  private async appendInOneStatement(entries: AuditEntry[]): Promise<AuditRecord[]> {
    for (let attempt = 1; ; attempt++) {
      const head = this.head ?? (await this.readHead());
      const at = this.now().toISOString();
      const records: AuditRecord[] = [];
      // Each record's data is written as the canonical JSON it is hashed as. The data travel as one text of lines that
      // PostgreSQL splits (JSON text never holds a raw newline: JSON.stringify escapes it): 2–3× faster to store than
      // one jsonb array of the rows, and faster than a text[] of JSON, whose every quote is escaped and unescaped.
      const kinds: string[] = [];
      const hashes: string[] = [];
      let lines = '';
      let { seq, hash: prev } = head;
      for (const { kind, data } of entries) {
        seq++;
        const canonical = canonicalJson(data);
        const hash = hashOf(prev, seq, at, kind, canonical);
        records.push({ seq, at, kind, data, prev_hash: prev, hash });
        kinds.push(kind);
        hashes.push(hash);
        lines += `${lines ? '\n' : ''}${canonical}`;
        prev = hash;
      }
      this.head = undefined; // unknown until the write is known to have succeeded
      const { rowCount } = await this.store.query(
        // The store lock, held for this statement only, keeps out a replica of an earlier version (which appended
        // under it in a transaction of its own) during a rolling upgrade; replicas of this version need only the head.
        // Each record's prev_hash is the hash of the one before it, the first's the head it was chained to.
        `WITH locked AS (SELECT pg_advisory_xact_lock($6)),
         moved AS (UPDATE mg_audit_head SET seq = $1, hash = $2 WHERE id = 1 AND seq = $3 AND hash = $4 AND EXISTS (SELECT FROM locked) RETURNING 1)
         INSERT INTO mg_audit (seq, at, kind, data, prev_hash, hash)
         SELECT $3::bigint + n, $5, kind, data::jsonb, coalesce(lag(hash) OVER (ORDER BY n), $4), hash
         FROM unnest($7::text[], string_to_array($8, E'\\n'), $9::text[]) WITH ORDINALITY AS r(kind, data, hash, n)
         WHERE EXISTS (SELECT FROM moved)`,
        [seq, prev, head.seq, head.hash, at, STORE_LOCK, kinds, lines, hashes],
      );
      if (rowCount === records.length) {
        this.head = { seq, hash: prev };
        return records;
      }
      if (attempt === MAX_ATTEMPTS) throw new Error(`the audit chain moved under ${MAX_ATTEMPTS} attempts in a row (is its head row missing? run audit verify)`);
    }
  }

  private async readHead(): Promise<{ seq: number; hash: string }> {
    const head = (await this.store.query<{ seq: string; hash: string }>('SELECT seq, hash FROM mg_audit_head WHERE id = 1')).rows[0];
    if (!head) throw new Error('the audit head is missing: records were tampered with (run audit verify); nothing is appended');
    return { seq: Number(head.seq), hash: head.hash };
  }

  async records(): Promise<AuditRecord[]> {
    const { rows } = await this.store.query<AuditRecord & { seq: string }>('SELECT seq, at, kind, data, prev_hash, hash FROM mg_audit ORDER BY seq');
    return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
  }

  /** Walks the chain; returns the problems found (empty when intact). */
  async verify(): Promise<{ records: number; head?: string; problems: string[] }> {
    const records = await this.records();
    const head = (await this.store.query<{ seq: string; hash: string }>('SELECT seq, hash FROM mg_audit_head WHERE id = 1')).rows[0];
    const problems: string[] = [];
    let prev = GENESIS_HASH;
    let expected = 1;
    for (const record of records) {
      if (record.seq !== expected) problems.push(`record ${expected}${record.seq > expected + 1 ? `–${record.seq - 1}` : ''} is missing (deleted)`);
      if (record.prev_hash !== prev) problems.push(`record ${record.seq} does not follow the previous record (its prev_hash does not match)`);
      if (recordHash(record.prev_hash, record.seq, record.at, record.kind, record.data) !== record.hash) problems.push(`record ${record.seq} (${record.kind}) was modified: its content does not match its hash`);
      prev = record.hash;
      expected = record.seq + 1;
    }
    const last = records[records.length - 1];
    if (head && (Number(head.seq) !== (last?.seq ?? 0) || head.hash !== (last?.hash ?? GENESIS_HASH))) problems.push(`the chain ends at record ${last?.seq ?? 0} but the head says ${head.seq}: records were removed from the end`);
    if (!head) problems.push('the audit head is missing');
    return { records: records.length, head: last?.hash, problems };
  }
}
