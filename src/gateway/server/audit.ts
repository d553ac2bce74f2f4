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

/** JSON with object keys sorted at every level: the stored jsonb does not keep key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
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

  /** Appends records in order, atomically: all are written or none (one store transaction, however many records). */
  /** Told how long each append took (seconds), for the metrics. */
  observe?: (seconds: number) => void;

  async appendMany(entries: Array<{ kind: string; data: Record<string, unknown> }>): Promise<AuditRecord[]> {
    if (entries.length === 0) return [];
    const started = performance.now();
    const records = await this.appendInOneTransaction(entries);
    this.observe?.((performance.now() - started) / 1000);
    return records;
  }

  private appendInOneTransaction(entries: Array<{ kind: string; data: Record<string, unknown> }>): Promise<AuditRecord[]> {
    return this.store.transaction(async (tx: SqlClient) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [STORE_LOCK]);
      const head = (await tx.query<{ seq: string; hash: string }>('SELECT seq, hash FROM mg_audit_head WHERE id = 1')).rows[0];
      let seq = head ? Number(head.seq) : 0;
      let prev = head?.hash ?? GENESIS_HASH;
      const at = this.now().toISOString();
      const records: AuditRecord[] = [];
      for (const { kind, data } of entries) {
        seq++;
        const clean = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
        const hash = recordHash(prev, seq, at, kind, clean);
        records.push({ seq, at, kind, data: clean, prev_hash: prev, hash });
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
