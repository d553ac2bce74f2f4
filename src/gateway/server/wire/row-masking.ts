/**
 * Masking of the rows a wire connection relays: which columns, by name or by source column, is column-masking.ts. The
 * simple protocol describes rows right before them; the extended protocol describes statements and portals
 * (Describe), maybe long before they are executed, so descriptions are kept per statement and portal and rows are
 * matched to the portal being executed. Rows whose columns were never described have every value masked.
 */
import type { ColumnMasking, ResultField } from '../column-masking.js';
import { BACKEND, decodeBackend, maskDataRow } from './messages.js';

/** Column index → what replaces its values (binary columns get NULL). */
type Mask = Map<number, { replacement: string; binary: boolean }>;

export class RowMasking {
  private simple: Mask = new Map();
  private readonly statements = new Map<string, Mask>();
  private readonly portals = new Map<string, Mask>();
  /** Describe messages sent and not yet answered, in order. */
  private describing: Array<{ kind: 'S' | 'P'; name: string }> = [];
  /** Portals executed and not yet complete, in order. */
  private executing: string[] = [];

  constructor(private readonly masking: ColumnMasking) {}

  get active(): boolean {
    return this.masking.active;
  }

  // What the client sends.
  parsed(statement: string): void {
    this.statements.delete(statement);
  }

  bound(portal: string): void {
    this.portals.delete(portal);
  }

  describe(kind: 'S' | 'P', name: string): void {
    this.describing.push({ kind, name });
  }

  execute(portal: string): void {
    this.executing.push(portal);
  }

  // What the database answers.
  /** A RowDescription (or NoData): of the statement or portal a Describe asked about, else of the simple query. */
  described(message: Uint8Array): void {
    const mask: Mask = new Map();
    if (message[0] === BACKEND.RowDescription) {
      const decoded = decodeBackend(message) as { fields?: Array<ResultField & { format: string }> } | undefined;
      for (const [index, field] of (decoded?.fields ?? []).entries()) {
        const replacement = this.masking.replacementFor(field);
        if (replacement !== undefined) mask.set(index, { replacement, binary: field.format === 'binary' });
      }
    }
    const asked = this.describing.shift();
    if (!asked) this.simple = mask;
    else if (asked.kind === 'S') this.statements.set(asked.name, mask);
    else this.portals.set(asked.name, mask);
  }

  /** A DataRow as the client may see it. `statementOf` names the prepared statement a portal was bound to. */
  row(message: Uint8Array, statementOf: (portal: string) => string | undefined): Uint8Array {
    const portal = this.executing[0];
    if (portal === undefined) return this.simple.size ? maskDataRow(message, (column) => this.simple.get(column)) : message;
    const mask = this.portals.get(portal) ?? this.statements.get(statementOf(portal) ?? '\u0000');
    // Columns never described: every value is masked (NULL), rather than guessed.
    if (!mask) return maskDataRow(message, () => ({ replacement: '', binary: true }));
    return mask.size ? maskDataRow(message, (column) => mask.get(column)) : message;
  }

  /** An Execute ended (CommandComplete, PortalSuspended, EmptyQueryResponse). */
  completed(): void {
    this.executing.shift();
  }

  /** ReadyForQuery: whatever was pending was answered or skipped after an error. */
  reset(): void {
    this.describing = [];
    this.executing = [];
  }
}
