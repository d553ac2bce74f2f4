/** Inputs shared by the plan and apply steps: which files to scan, and how. */
import * as core from '@actions/core';
import { todayOf } from '../policy/dates.js';
import type { Report } from '../report/report.js';
import { normalizeDialect } from '../scan/types.js';
import { InputError } from '../errors.js';
import { runScan } from '../workspace/plan-run.js';
import { changedFilesForPullRequest } from './changed-files.js';

/**
 * Scans what the step's inputs name. Plan and apply use the same inputs and the same changed-only rule,
 * so an apply job after a merge scans exactly what its plan job approved.
 */
export async function scanFromInputs(today = todayOf()): Promise<Report> {
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  const dialectInput = core.getInput('dialect');
  const dialect = dialectInput ? normalizeDialect(dialectInput) : undefined;
  if (dialectInput && !dialect) throw new InputError(`input dialect "${dialectInput}": expected postgres, mysql, mariadb or sqlite.`);
  const patterns = core.getMultilineInput('migrations').flatMap((line) => line.split(',')).map((p) => p.trim()).filter(Boolean);
  const changed = await changedFilesForPullRequest(cwd, core.getInput('changed-only') || 'auto', core.getInput('github-token'));
  const rehearse = core.getInput('rehearse');
  if (rehearse && rehearse !== 'auto' && rehearse !== 'required' && rehearse !== 'off') throw new InputError(`input rehearse: expected auto, required or off, got ${JSON.stringify(rehearse.slice(0, 20))}`);
  const shadowUrl = core.getInput('shadow-url');
  if (shadowUrl) core.setSecret(shadowUrl); // it may carry a password, even for a throwaway server
  return runScan({ cwd, patterns, dialect, config: core.getInput('config') || undefined, changed, today, ...(rehearse ? { rehearse: rehearse as 'auto' } : {}), ...(shadowUrl ? { shadowUrl } : {}), onProgress: (message) => core.info(message) });
}
