/**
 * The ledger after a wire session: the tool ran the plan's statements in its own transactions, so what ran is
 * recorded when the session ends (from the plan's report, as wire.end records it), file by file, as far as each
 * file ran from its start. Statements the ledger already had as applied (an earlier session or exec) are reported as
 * skipped, not as never run: a re-run where the tool applied nothing is "nothing to do". The tool's own history
 * stays the record it goes by; the ledger makes `ledger list|verify` and exec agree with it.
 */
import type { Database } from './database.js';
import type { PlannedStatement } from './execute.js';
import { checkAgainstLedger, lockLedger, planFilesOf, readLedger, recordProgress, unlockLedger, type LedgerContext } from './ledger.js';

export interface WireLedger {
  /** Statements the ledger had as applied before this session, with its note; they were not run again. */
  skipped: Map<number, string>;
  /** Files whose progress this session recorded. */
  recorded: string[];
  /** Why the ledger could not be read or written (the session's outcome stands; the warning says so). */
  problem?: string;
}

export async function settleWireLedger(database: Database, statements: readonly PlannedStatement[], ran: ReadonlySet<number>, context: LedgerContext, waitMs: number): Promise<WireLedger> {
  const session = await database.session(waitMs);
  try {
    await lockLedger(session);
    try {
      const files = planFilesOf(statements);
      const check = checkAgainstLedger(files, await readLedger(session));
      if (!check.ok) return { skipped: new Map(), recorded: [], problem: check.message.replace(/; nothing was run$/, '') };
      const skipped = new Map([...check.skip].filter(([index]) => !ran.has(index)));
      const progress = new Map(check.progress);
      const recorded: string[] = [];
      for (const [path, file] of files) {
        let applied = progress.get(path) ?? 0;
        while (applied < file.statements.length && ran.has(file.statements[applied]!.index)) applied++;
        if (applied > (progress.get(path) ?? 0)) {
          progress.set(path, applied);
          recorded.push(path);
        }
      }
      if (recorded.length) {
        await session.query('BEGIN');
        await recordProgress(session, files, recorded, progress, context);
        await session.query('COMMIT');
      }
      return { skipped, recorded };
    } finally {
      await unlockLedger(session).catch(() => undefined);
    }
  } finally {
    await session.release();
  }
}
