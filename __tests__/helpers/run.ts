import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/cli.js');
export const ACTION = join(ROOT, 'dist/index.js');

/** Runs a built script with node, as a user or the runner would. */
export { runNodeScript as runNode, type ScriptRun as RunResult } from '../../src/demo/runner.js';

export function tempDir(prefix = 'mg-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A temporary directory holding the given files (paths relative to it). */
export function workspaceWith(files: Record<string, string>, prefix = 'mg-ws-'): string {
  const dir = tempDir(prefix);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
