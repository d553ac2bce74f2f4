/**
 * One scan as the CLI and the action both run it: policy → dialect → files → scan → report.
 * Reads the disk and git; knows nothing of GitHub.
 */
import { evaluate } from '../core/evaluate.js';
import { todayOf } from '../policy/dates.js';
import type { Report } from '../report/report.js';
import type { Dialect } from '../scan/types.js';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative as relativePath, resolve as resolvePath } from 'node:path';
import { detectTool, selectForTool, upSection, type MigrationTool } from '../plan/tools.js';
import { discoverFiles, readSources, toPosix } from './files.js';
import { changedFilesSince } from './git.js';
import { loadPolicy } from './policy-file.js';
import { rehearsalOf } from './rehearsal.js';

export interface ScanRequest {
  cwd: string;
  /** Files, directories or globs; the policy's `migrations`, else the working directory, when empty. */
  patterns: string[];
  dialect?: Dialect;
  config?: string;
  /** Only scan files changed since this git ref. */
  base?: string;
  /** A precomputed set of changed files (absolute paths), e.g. from the pull request API. */
  changed?: Set<string>;
  onProgress?: (message: string) => void;
  /** Today's date (YYYY-MM-DD) for exemption expiry; the system clock when absent. */
  today?: string;
  /** Largest file to scan, in bytes; the policy's `max-file-size` (default 5 MiB) when absent. */
  maxFileBytes?: number;
  /** The migration tool that applies the files; the policy's `tool` when absent. */
  tool?: MigrationTool;
  /** Rehearsal on a shadow database: the policy's `rehearse` (auto) and `shadow-url` when absent. */
  rehearse?: 'auto' | 'required' | 'off';
  shadowUrl?: string;
}

export async function runScan(request: ScanRequest): Promise<Report> {
  const today = request.today ?? todayOf();
  const policy = await loadPolicy(request.cwd, request.config, today);
  const dialect = request.dialect ?? policy.dialect ?? 'postgres';
  const patterns = request.patterns.length > 0 ? request.patterns : policy.migrations.length > 0 ? policy.migrations : ['.'];
  const discovered = await discoverFiles(request.cwd, patterns);
  let files = discovered;
  const changed = request.changed ?? (request.base ? await changedFilesSince(request.cwd, request.base) : undefined);
  if (changed) files = files.filter((file) => changed.has(file));
  const tool = request.tool ?? policy.tool;
  files = selectedForTool(request, tool, files, true);
  request.onProgress?.(`scanning ${files.length} file${files.length === 1 ? '' : 's'} as ${dialect}${tool === 'none' ? '' : ` (tool ${tool})`}`);
  const sources = (await readSources(request.cwd, files, request.maxFileBytes ?? policy.maxFileBytes)).map((source) => {
    const up = upSection(tool, source.text);
    if (up.blanked) request.onProgress?.(`${source.path}: ${up.blanked} line${up.blanked === 1 ? '' : 's'} of down section not scanned (${tool} runs the up section)`);
    return { ...source, text: up.text, ...(up.problem ? { toolProblem: up.problem } : {}) };
  });
  if (tool === 'none') {
    const guess = detectTool(sources);
    if (guess) request.onProgress?.(`hint: ${guess.because}, as with ${guess.tool}: set \`tool: ${guess.tool}\` in the policy (or --tool ${guess.tool}) so that only what it runs is scanned and planned`);
  }
  // The history the change is rehearsed on: the plan's other migrations (the unchanged ones, or the policy's beyond
  // the files named), in the tool's order. Found and read only when a rehearsal will use it.
  const inChange = new Set(files);
  const history = async () => {
    const universe = changed ? discovered : request.patterns.length > 0 && policy.migrations.length > 0 ? await discoverFiles(request.cwd, policy.migrations) : [];
    const historyFiles = selectedForTool(request, tool, universe.filter((file) => !inChange.has(file)), false);
    return (await readSources(request.cwd, historyFiles, request.maxFileBytes ?? policy.maxFileBytes)).map((source) => ({ path: source.path, text: upSection(tool, source.text).text }));
  };
  const rehearsePolicy = { ...policy, rehearse: request.rehearse ?? policy.rehearse };
  const rehearse = rehearsalOf({ policy: rehearsePolicy, dialect, history, ...(request.shadowUrl ? { shadowUrl: request.shadowUrl } : {}), ...(request.onProgress ? { onProgress: request.onProgress } : {}) });
  // On a partial scan (changed files only) most exemptions match nothing by design: "unused" would be noise.
  return evaluate({ sources, policy: rehearsePolicy, dialect, today, partial: changed !== undefined, rehearse });
}

/** The files the tool runs, in its order (what it skips is said once, for the plan's own files). */
function selectedForTool(request: ScanRequest, tool: MigrationTool, files: string[], report: boolean): string[] {
  if (tool === 'none') return files;
  const paths = files.map((file) => toPosix(relativePath(request.cwd, file)));
  const selection = selectForTool(tool, paths, readSqitchPlan(request.cwd, paths, tool));
  if (report) for (const { path, why } of selection.skipped) request.onProgress?.(`not part of the plan: ${path} (${why})`);
  return selection.files.map((path) => resolvePath(request.cwd, path));
}

/** sqitch.plan next to the deploy/ directory of the first deploy script: its order is the deploy order. */
function readSqitchPlan(cwd: string, paths: readonly string[], tool: MigrationTool): string | undefined {
  if (tool !== 'sqitch') return undefined;
  const deploy = paths.find((p) => /(^|\/)deploy\//.test(p));
  if (!deploy) return undefined;
  const plan = join(cwd, deploy.replace(/(^|\/)deploy\/.*$/, '$1'), 'sqitch.plan');
  return existsSync(plan) ? readFileSync(plan, 'utf8') : undefined;
}
