/**
 * changed-only mode: on pull requests, scan only the files the PR changes. Prefer git (fetching the
 * base commit into a shallow clone); fall back to the pull request files API with github-token.
 */
import * as core from '@actions/core';
import { githubClient } from './github-client.js';
import { resolve } from 'node:path';
import { InputError } from '../workspace/errors.js';
import { changedFilesSince, fetchCommit } from '../workspace/git.js';
import { isPullRequestEvent, readEvent, type PullRequestEvent } from './event.js';

export async function changedFilesForPullRequest(cwd: string, mode: string, token: string): Promise<Set<string> | undefined> {
  if (!['auto', 'true', 'false'].includes(mode)) throw new InputError(`input changed-only "${mode}": expected auto, true or false.`);
  if (mode === 'false' || (mode === 'auto' && !isPullRequestEvent())) return undefined;
  const event: PullRequestEvent = await readEvent();
  const pr = event.pull_request;
  if (!pr) {
    if (mode === 'true') core.warning('changed-only is true but this is not a pull request event: scanning every migration.');
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

