/**
 * changed-only mode: on pull requests, scan only the files the PR changes; on pushes, the files the push
 * changed (so the apply job after a merge runs the merged migrations, and plans the same files as its plan job).
 * Prefer git (fetching the base commit into a shallow clone); for pull requests fall back to the files API.
 */
import * as core from '@actions/core';
import { githubClient } from './github-client.js';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { changedFilesSince, fetchCommit } from '../workspace/git.js';
import { isPullRequestEvent, readEvent, type PullRequestEvent } from './event.js';

export async function changedFilesForPullRequest(cwd: string, mode: string, token: string): Promise<Set<string> | undefined> {
  if (!['auto', 'true', 'false'].includes(mode)) throw new InputError(`input changed-only "${mode}": expected auto, true or false.`);
  const isPush = process.env.GITHUB_EVENT_NAME === 'push';
  if (mode === 'false' || (mode === 'auto' && !isPullRequestEvent() && !isPush)) return undefined;
  const event: PullRequestEvent = await readEvent();
  const pr = event.pull_request;
  if (!pr) {
    const before = event.before;
    if (isPush && before && !/^0+$/.test(before)) {
      if (!(await fetchCommit(cwd, before))) throw new InputError(`changed-only: the commit before this push (${before.slice(0, 12)}) is not in this clone; set fetch-depth: 2 (or 0) on actions/checkout, or changed-only: false.`);
      core.info(`changed-only: scanning the files this push changed since ${before.slice(0, 12)}`);
      return changedFilesSince(cwd, before);
    }
    if (mode === 'true') core.warning('changed-only is true but the event names no base commit: scanning every migration.');
    return undefined;
  }
  const base = pr.base?.sha;
  if (base && (await fetchCommit(cwd, base))) {
    core.info(`changed-only: comparing with the pull request base ${base.slice(0, 12)}`);
    return changedFilesSince(cwd, base);
  }
  if (!token) throw new InputError('changed-only: the base commit is not in this clone and no github-token was given; set fetch-depth: 0 on actions/checkout or pass github-token.');
  core.info('changed-only: base commit unavailable in this shallow clone; asking the GitHub API for the pull request files');
  const owner = event.repository?.owner?.login;
  const repo = event.repository?.name;
  if (!owner || !repo) throw new InputError('changed-only: the event payload names no repository.');
  const octokit = githubClient(token);
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pr.number, per_page: 100 });
  const top = process.env.GITHUB_WORKSPACE || cwd;
  return new Set(files.filter((f) => f.status !== 'removed').map((f) => resolve(top, f.filename)));
}

