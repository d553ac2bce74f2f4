/**
 * The append-only audit trail: every record carries the hash of the previous one, and a head row
 * records the last, so editing, deleting or truncating records is detected by `audit verify`.
 */
import { createHash } from 'node:crypto';
import { STORE_LOCK, type SqlClient, type Store } from './store.js';

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

export interface AuditEntry {
  kind: string;
  data: Record<string, unknown>;
}

/**
 * JSON with object keys sorted at every level (the stored jsonb does not keep key order), and otherwise what
 * JSON.stringify would write: undefined members dropped, toJSON honoured. Hot: it runs for every audit record.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return canonicalJson((value as { toJSON: () => unknown }).toJSON());
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const member = record[key];
    if (member === undefined || typeof member === 'function') continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${out}}`;
}

export function recordHash(prevHash: string, seq: number, at: string, kind: string, data: unknown): string {
  return createHash('sha256').update(`${prevHash}\n${seq}\n${at}\n${kind}\n${canonicalJson(data)}`).digest('hex');
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
   * Appends a record that nothing waits on (what a wire connection's round trip did): it is written with the next
   * group, at the latest after `SOON_MS`, so a busy connection costs one store transaction per batch, not per
   * statement. Order with every other append is kept.
   */
  appendSoon(kind: string, data: Record<string, unknown>): Promise<AuditRecord> {
    const started = performance.now();
    const record = new Promise<AuditRecord[]>((done, fail) => this.pending.push({ entries: [{ kind, data }], done, fail, soon: true })).finally(() => this.observe?.((performance.now() - started) / 1000));
    this.scheduleSoon();
    return record.then((records) => records[0]!);
  }

  private scheduleSoon(): void {
    this.soon ??= setTimeout(() => {
      this.soon = undefined;
      void this.flush(true);
    }, SOON_MS);
  }

  private soon?: NodeJS.Timeout;

  /** Told how long each append took (seconds), for the metrics. */
  observe?: (seconds: number) => void;

  private readonly pending: Array<{ entries: AuditEntry[]; done: (records: AuditRecord[]) => void; fail: (error: unknown) => void; soon?: boolean }> = [];
  private flushing = false;

  /**
   * Appends records in order, atomically: all are written or none. Resolves only once they are committed, so a
   * caller that acts after it never acts unaudited. Appends that arrive while one is being written are written
   * together in the next store transaction (group commit): one chain lock and one commit for many requests.
   */
  appendMany(entries: AuditEntry[]): Promise<AuditRecord[]> {
    if (entries.length === 0) return Promise.resolve([]);
    const started = performance.now();
    return new Promise<AuditRecord[]>((done, fail) => {
      this.pending.push({ entries, done, fail });
      void this.flush();
    }).finally(() => this.observe?.((performance.now() - started) / 1000));
  }

  /**
   * Writes what is pending, group after group, while someone waits on it; records nobody waits on (`appendSoon`)
   * go with those groups or, on their own, when their timer fires (`all`).
   */
  private async flush(all = false): Promise<void> {
    if (this.flushing) {
      if (all) this.scheduleSoon(); // the running flush may stop before them: come back
      return;
    }
    this.flushing = true;
    try {
      while (this.pending.length > 0 && (all || this.pending.some((p) => !p.soon))) {
        all = false;
        const group = this.pending.splice(0, this.pending.length);
        try {
          const records = await this.appendInOneTransaction(group.flatMap((g) => g.entries));
          let at = 0;
          for (const g of group) {
            g.done(records.slice(at, at + g.entries.length));
            at += g.entries.length;
          }
        } catch (error) {
          if (group.length === 1) group[0]!.fail(error);
          // One request's records must not fail another's: on a failed group, each is written on its own.
          else for (const g of group) await this.appendInOneTransaction(g.entries).then(g.done, g.fail);
        }
      }
    } finally {
      this.flushing = false;
      if (this.pending.length > 0) this.scheduleSoon();
    }
  }

  private appendInOneTransaction(entries: AuditEntry[]): Promise<AuditRecord[]> {
    return this.store.transaction(async (tx: SqlClient) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [STORE_LOCK]);
      const head = (await tx.query<{ seq: string; hash: string }>('SELECT seq, hash FROM mg_audit_head WHERE id = 1')).rows[0];
      let seq = head ? Number(head.seq) : 0;
      let prev = head?.hash ?? GENESIS_HASH;
      const at = this.now().toISOString();
      const records: AuditRecord[] = [];
      for (const { kind, data } of entries) {
        seq++;
        // Hashed as canonical JSON, stored as JSON.stringify writes it: the same value once read back from jsonb.
        const hash = recordHash(prev, seq, at, kind, data);
        records.push({ seq, at, kind, data, prev_hash: prev, hash });
        prev = hash;
      }
      // One insert of one JSON parameter: the chain is computed above, the database only stores it.
      await tx.query(
        'INSERT INTO mg_audit (seq, at, kind, data, prev_hash, hash) SELECT seq, at, kind, data, prev_hash, hash FROM jsonb_to_recordset($1::jsonb) AS r(seq bigint, at text, kind text, data jsonb, prev_hash text, hash text)',
        [JSON.stringify(records)],
      );
      await tx.query('INSERT INTO mg_audit_head (id, seq, hash) VALUES (1, $1, $2) ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash', [seq, prev]);
      return records;
    });
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
    if (head && (!last || Number(head.seq) !== last.seq || head.hash !== last.hash)) problems.push(`the chain ends at record ${last?.seq ?? 0} but the head says ${head.seq}: records were removed from the end`);
    if (!head && records.length > 0) problems.push('the audit head is missing');
    return { records: records.length, head: last?.hash, problems };
  }
}
