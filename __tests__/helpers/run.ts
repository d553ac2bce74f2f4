import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/cli.js');
export const ACTION = join(ROOT, 'dist/index.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a built script with node, as a user or the runner would. */
export function runNode(script: string, args: string[], options: { cwd: string; env?: Record<string, string | undefined> }): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

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
