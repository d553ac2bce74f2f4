/**
 * The append-only audit trail: every record carries the hash of the previous one, and each write seals the chain's
 * head with the gateway's audit key (audit-keys.ts), whose private half the store holds only encrypted. So whoever
 * can write the store cannot delete, edit, reorder or re-chain records without `audit verify` seeing a seal that no
 * longer matches; cutting the tail back to an earlier seal is seen against a witness (a head an apply run printed).
 */
import type { KeyObject } from 'node:crypto';
import { sha256Hex } from '../../sha256.js';
import { verifySeal, type AuditSigner } from './audit-keys.js';
import { GroupCommit } from './group-commit.js';
import { STORE_LOCK, type Store } from './store.js';

export interface AuditRecord {
  seq: number;
  at: string;
  kind: string;
  data: Record<string, unknown>;
  prev_hash: string;
  hash: string;
  /** On the last record of each write: the audit key's signature of the chain's head there. */
  seal?: string | null;
  seal_kid?: string | null;
}

/** A head someone kept outside the store (an apply run's output): the chain must still hold it. */
export interface Witness {
  seq: number;
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
    /** Seals each write; without one (reading and verifying only) nothing can be appended. */
    private readonly signer?: AuditSigner,
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
        records.push({ seq, at, kind, data, prev_hash: prev, hash, seal: null, seal_kid: null });
        kinds.push(kind);
        hashes.push(hash);
        lines += `${lines ? '\n' : ''}${canonical}`;
        prev = hash;
      }
      if (!this.signer) throw new Error('this audit log has no signing key: it cannot append');
      const seal = this.signer.seal(seq, prev);
      records[records.length - 1]!.seal = seal;
      records[records.length - 1]!.seal_kid = this.signer.kid;
      this.head = undefined; // unknown until the write is known to have succeeded
      const { rowCount } = await this.store.query(
        // The store lock, held for this statement only, keeps out a replica of an earlier version (which appended
        // under it in a transaction of its own) during a rolling upgrade; replicas of this version need only the head.
        // Each record's prev_hash is the hash of the one before it, the first's the head it was chained to.
        `WITH locked AS (SELECT pg_advisory_xact_lock($6)),
         moved AS (UPDATE mg_audit_head SET seq = $1, hash = $2 WHERE id = 1 AND seq = $3 AND hash = $4 AND EXISTS (SELECT FROM locked) RETURNING 1)
         INSERT INTO mg_audit (seq, at, kind, data, prev_hash, hash, seal, seal_kid)
         SELECT $3::bigint + n, $5, kind, data::jsonb, coalesce(lag(hash) OVER (ORDER BY n), $4), hash,
                CASE WHEN $3::bigint + n = $1 THEN $10 END, CASE WHEN $3::bigint + n = $1 THEN $11 END
         FROM unnest($7::text[], string_to_array($8, E'\\n'), $9::text[]) WITH ORDINALITY AS r(kind, data, hash, n)
         WHERE EXISTS (SELECT FROM moved)`,
        [seq, prev, head.seq, head.hash, at, STORE_LOCK, kinds, lines, hashes, seal, this.signer.kid],
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

  /** The records after sequence number `afterSeq`, in order (at most `limit` of them). */
  async records(afterSeq = 0, limit?: number): Promise<AuditRecord[]> {
    const { rows } = await this.store.query<AuditRecord & { seq: string }>(`SELECT seq, at, kind, data, prev_hash, hash, seal, seal_kid FROM mg_audit WHERE seq > $1 ORDER BY seq${limit ? ' LIMIT $2' : ''}`, limit ? [afterSeq, limit] : [afterSeq]);
    return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
  }

  /**
   * Deletes the records up to and including `throughSeq` (retention), keeping the verifiability of the rest: the hash
   * of record `throughSeq` becomes the checkpoint the chain is verified from, and an `audit.pruned` record, sealed like
   * any other, names it, so a checkpoint changed afterwards (to hide a rewrite) does not match its sealed record.
   */
  async prune(throughSeq: number): Promise<{ deleted: number; checkpoint: { seq: number; hash: string } }> {
    const target = (await this.store.query<{ seq: string; hash: string; seal: string | null }>('SELECT seq, hash, seal FROM mg_audit WHERE seq = $1', [throughSeq])).rows[0];
    if (!target) throw new Error(`there is no audit record ${throughSeq} (already pruned, or not written yet)`);
    const sealedAfter = (await this.store.query<{ n: number }>('SELECT count(*)::int AS n FROM mg_audit WHERE seq >= $1 AND seal IS NOT NULL', [throughSeq])).rows[0]!.n;
    if (!sealedAfter) throw new Error(`no sealed record at or after ${throughSeq}: prune only what a seal covers`);
    // Recorded first, sealed: the checkpoint is part of the chain before anything is deleted.
    await this.append('audit.pruned', { through: throughSeq, hash: target.hash });
    const deleted = await this.store.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [STORE_LOCK]);
      await tx.query('INSERT INTO mg_audit_checkpoint (id, seq, hash) VALUES (1, $1, $2) ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash, pruned_at = now()', [throughSeq, target.hash]);
      return (await tx.query('DELETE FROM mg_audit WHERE seq <= $1', [throughSeq])).rowCount;
    });
    return { deleted, checkpoint: { seq: throughSeq, hash: target.hash } };
  }

  /**
   * Upgrades a chain written before records were sealed (or whose last write an older replica made): one record,
   * `audit.sealed`, seals the head as it is, so what came before stays verifiable as it was written and nothing
   * before it can change unseen from now on.
   */
  async sealTail(): Promise<AuditRecord | undefined> {
    const last = (await this.store.query<{ seq: string; seal: string | null }>('SELECT seq, seal FROM mg_audit ORDER BY seq DESC LIMIT 1')).rows[0];
    if (!last || last.seal) return undefined;
    const unsealed = (await this.store.query<{ first: string | null }>('SELECT min(seq) AS first FROM mg_audit WHERE seq > coalesce((SELECT max(seq) FROM mg_audit WHERE seal IS NOT NULL), 0)')).rows[0]!;
    return this.append('audit.sealed', { from: Number(unsealed.first), through: Number(last.seq), reason: 'records written before this gateway sealed its writes: attested as they were when it started' });
  }

  /**
   * Walks the chain; returns the problems found (empty when intact). `trusted`: the audit public keys seals must
   * verify with (from the key-encryption key, or given to an auditor); `witnesses`: heads kept outside the store.
   */
  async verify(trusted: ReadonlyMap<string, KeyObject>, witnesses: readonly Witness[] = []): Promise<{ records: number; head?: string; sealedThrough: number; attested?: { from: number; through: number }; prunedThrough?: number; problems: string[] }> {
    const records = await this.records();
    const head = (await this.store.query<{ seq: string; hash: string }>('SELECT seq, hash FROM mg_audit_head WHERE id = 1')).rows[0];
    const checkpoint = (await this.store.query<{ seq: string; hash: string }>('SELECT seq, hash FROM mg_audit_checkpoint WHERE id = 1')).rows[0];
    const problems: string[] = [];
    // After pruning, the chain starts at the checkpoint, which a sealed audit.pruned record must name.
    let prev = checkpoint?.hash ?? GENESIS_HASH;
    let expected = checkpoint ? Number(checkpoint.seq) + 1 : 1;
    if (checkpoint && !records.some((r) => r.kind === 'audit.pruned' && Number(r.data.through) === Number(checkpoint.seq) && r.data.hash === checkpoint.hash)) {
      problems.push(`the checkpoint (record ${checkpoint.seq}) is named by no audit.pruned record: it was changed after pruning`);
    }
    let sealedThrough = 0;
    let attested: { from: number; through: number } | undefined;
    for (const record of records) {
      if (record.seq !== expected) problems.push(`record ${expected}${record.seq > expected + 1 ? `–${record.seq - 1}` : ''} is missing (deleted)`);
      if (record.prev_hash !== prev) problems.push(`record ${record.seq} does not follow the previous record (its prev_hash does not match)`);
      if (recordHash(record.prev_hash, record.seq, record.at, record.kind, record.data) !== record.hash) problems.push(`record ${record.seq} (${record.kind}) was modified: its content does not match its hash`);
      if (record.seal) {
        const key = trusted.get(record.seal_kid ?? '');
        if (!key) problems.push(`record ${record.seq} is sealed with audit key ${String(record.seal_kid)}, which is not one of the trusted keys`);
        else if (!verifySeal(key, record.seq, record.hash, record.seal)) problems.push(`record ${record.seq}'s seal does not verify: it or a record before it was changed after the gateway sealed it`);
        else sealedThrough = record.seq;
      }
      if (record.kind === 'audit.sealed' && !attested) attested = { from: Number(record.data.from), through: Number(record.data.through) };
      prev = record.hash;
      expected = record.seq + 1;
    }
    const last = records[records.length - 1];
    if (last && sealedThrough < last.seq) problems.push(`records ${sealedThrough + 1}–${last.seq} are not sealed by a trusted key: they may have been written or rewritten without the gateway`);
    for (const witness of witnesses) {
      const record = records.find((r) => r.seq === witness.seq);
      if (checkpoint && witness.seq <= Number(checkpoint.seq)) {
        if (witness.seq === Number(checkpoint.seq) && witness.hash !== checkpoint.hash) problems.push(`witnessed record ${witness.seq} has another hash than the checkpoint: the trail was rewritten before it was pruned`);
        continue; // pruned: what the checkpoint vouches for
      }
      if (!record) problems.push(`witnessed record ${witness.seq} is missing: the trail was cut back to record ${last?.seq ?? 0}`);
      else if (record.hash !== witness.hash) problems.push(`witnessed record ${witness.seq} has another hash than the witness: the trail was rewritten`);
    }
    if (head && (Number(head.seq) !== (last?.seq ?? 0) || head.hash !== (last?.hash ?? GENESIS_HASH))) problems.push(`the chain ends at record ${last?.seq ?? 0} but the head says ${head.seq}: records were removed from the end`);
    if (!head) problems.push('the audit head is missing');
    return { records: records.length, head: last?.hash, sealedThrough, ...(attested ? { attested } : {}), ...(checkpoint ? { prunedThrough: Number(checkpoint.seq) } : {}), problems };
  }
}
