/**
 * PGlite serves one process at a time and has no lock of its own: two processes on one data directory (a running
 * gateway and `ledger list`, or two gateways) would both write it. The process that opens one holds `<dir>.lock`
 * (its pid) until it closes; another finds it and stops with what to do. A lock left by a process that died is taken
 * over.
 */
import { PGlite } from '@electric-sql/pglite';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { InputError } from '../../errors.js';

export function lockDataDir(dir: string): () => void {
  const path = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new InputError(`${dir} is in use by process ${holder} (a running gateway?): the embedded PGlite serves one process at a time. Stop that process first, or use a postgres store or server where several processes need it (if no such process uses it, delete ${path})`);
      }
      rmSync(path, { force: true }); // left by a process that died
    }
  }
  throw new InputError(`${dir}: could not take its lock (${path})`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A PGlite in memory, or on `dataDir` held under its lock; `close` closes it and lets the lock go. */
export async function openPglite(dataDir?: string): Promise<{ db: PGlite; close(): Promise<void> }> {
  const unlock = dataDir ? lockDataDir(dataDir) : () => undefined;
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir ? { dataDir } : {});
  } catch (error) {
    unlock();
    throw error;
  }
  return {
    db,
    close: async () => {
      await db.close();
      unlock();
    },
  };
}
