/** Files changed since a git ref, for `--base` and the action's changed-only mode. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { InputError } from '../errors.js';

const run = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

export async function hasCommit(cwd: string, ref: string): Promise<boolean> {
  return git(cwd, ['cat-file', '-e', `${ref}^{commit}`]).then(
    () => true,
    () => false,
  );
}

/** Tries to make `ref` available in a shallow clone (actions/checkout fetches one commit by default). */
export async function fetchCommit(cwd: string, ref: string): Promise<boolean> {
  if (await hasCommit(cwd, ref)) return true;
  await git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', ref]).catch(() => undefined);
  return hasCommit(cwd, ref);
}

/** Absolute paths of files added, copied, modified, renamed or retyped between `base` and the working tree. */
export async function changedFilesSince(cwd: string, base: string): Promise<Set<string>> {
  if (!/^[\w./@^~{}-]+$/.test(base) || base.startsWith('-')) throw new InputError(`--base ${JSON.stringify(base)} is not a valid git ref.`);
  if (!(await hasCommit(cwd, base))) {
    throw new InputError(`--base ${base}: commit not found in this clone. Fetch it first (git fetch origin ${base}) or use a full clone (fetch-depth: 0).`);
  }
  const top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  const out = await git(cwd, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT', base, '--']);
  const untracked = await git(cwd, ['ls-files', '-z', '--others', '--exclude-standard']);
  const files = new Set<string>();
  for (const name of `${out}\0${untracked}`.split('\0')) if (name) files.add(resolve(top, name));
  return files;
}
