/**
 * Every temporary directory the suite creates (workspaces, stores, PostgreSQL clusters, images) goes into one directory
 * for the run, removed at its end: a local `npm test` leaves nothing behind in the system's temporary directory.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  if (process.env.MG_SUITE_TMPDIR) return () => undefined; // set up already (one run, several projects)
  const dir = mkdtempSync(join(tmpdir(), 'mg-suite-'));
  chmodSync(dir, 0o755); // PostgreSQL clusters inside it run as the postgres user
  process.env.MG_SUITE_TMPDIR = dir;
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
