/**
 * Finding and reading migration files: directories are walked for *.sql, globs are matched with
 * picomatch, and anything we refuse (too large, binary, a symlink leaving the working directory)
 * is an InputError rather than a silent skip.
 */
// Synchronous on purpose: one short-lived process reading many small files is faster without the thread pool.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_MAX_FILE_BYTES, formatSize } from '../policy/size.js';
import type { SourceFile } from '../scan/scanner.js';
import { InputError } from '../errors.js';

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

export const toPosix = (path: string) => path.split(sep).join('/');

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function walk(directory: string, out: string[]): void {
  const entries = readdirSync(directory, { withFileTypes: true });
  for (const entry of entries) {
    if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.toLowerCase().endsWith('.sql')) out.push(path);
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const isGlob = (pattern: string) => /[*?[\]{}]/.test(pattern);

/** Resolves paths, directories and globs to absolute file paths under `cwd`, sorted and without duplicates. */
export async function discoverFiles(cwd: string, patterns: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  let everything: string[] | undefined;
  for (const pattern of patterns) {
    if (isGlob(pattern)) {
      if (!everything) {
        everything = [];
        walk(cwd, everything);
      }
      const matches = picomatch(toPosix(pattern).replace(/^\.\//, ''), { dot: false });
      for (const file of everything) if (matches(toPosix(relative(cwd, file)))) found.add(file);
      continue;
    }
    const path = resolve(cwd, pattern);
    const info = statOrUndefined(path);
    if (!info) throw new InputError(`${pattern}: no such file or directory. Pass migration files, directories or globs that exist.`);
    if (info.isDirectory()) {
      const files: string[] = [];
      walk(path, files);
      for (const file of files) found.add(file);
    } else found.add(path);
  }
  return [...found].sort((a, b) => (toPosix(relative(cwd, a)) < toPosix(relative(cwd, b)) ? -1 : 1));
}

/** Reads files as UTF-8 text, refusing what a migration file cannot be. Paths in the result are cwd-relative POSIX. */
export async function readSources(cwd: string, files: readonly string[], maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<SourceFile[]> {
  const root = realpathSync.native(cwd);
  const sources: SourceFile[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const file of files) {
    const display = toPosix(relative(cwd, file));
    // Resolve every path, not only symlinked files: a path inside the tree through a symlinked directory can
    // leave it too. (A path the user wrote outside the working directory is their explicit choice.)
    let target: string;
    try {
      target = realpathSync.native(file);
    } catch {
      throw new InputError(`${display}: cannot resolve the file (broken symlink?).`);
    }
    if (isInside(cwd, file) && !isInside(root, target)) {
      throw new InputError(`${display}: resolves to ${target}, outside the working directory (through a symlink); refusing to scan it. Copy the file into the repository instead.`);
    }
    const info = statSync(target);
    if (!info.isFile()) throw new InputError(`${display}: not a regular file.`);
    if (info.size > maxFileBytes) {
      throw new InputError(
        `${display}: ${formatSize(info.size)} is larger than the ${formatSize(maxFileBytes)} limit for a migration file; split it into smaller migrations, or raise the limit with \`max-file-size\` in the policy file (or --max-file-size) if it is a legitimate baseline such as a pg_dump.`,
      );
    }
    const bytes = readFileSync(target);
    if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${display}: looks binary (contains NUL bytes); migration files must be UTF-8 text.`);
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new InputError(`${display}: is not valid UTF-8; re-encode it as UTF-8 before scanning.`);
    }
    sources.push({ path: display, text });
  }
  return sources;
}
