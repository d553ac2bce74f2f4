/** The canonical plan: what would run, in order. Its digest is what reviewers approve. */
import { createHash } from 'node:crypto';
import type { Dialect, ScannedFile } from '../scan/types.js';

export interface Plan {
  version: 1;
  dialect: Dialect;
  files: Array<{ path: string; statements: string[] }>;
}

export function planOf(dialect: Dialect, files: readonly ScannedFile[]): Plan {
  return {
    version: 1,
    dialect,
    files: files.map((file) => ({ path: file.path, statements: file.statements.map((s) => s.digest) })),
  };
}

/** sha256 over the canonical JSON of the plan: any change to a path, an order or a statement changes it. */
export function planDigest(plan: Plan): string {
  const canonical = JSON.stringify([plan.version, plan.dialect, plan.files.map((f) => [f.path, f.statements])]);
  return `sha256:${createHash('sha256').update(canonical, 'utf8').digest('hex')}`;
}
