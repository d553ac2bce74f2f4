/**
 * changed-only mode: on pull requests, scan only the files the PR changes. Prefer git (fetching the
 * base commit into a shallow clone); fall back to the pull request files API with github-token.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../workspace/errors.js';
import { changedFilesSince, fetchCommit } from '../workspace/git.js';

interface PullRequestEvent {
  pull_request?: { number: number; base?: { sha?: string } };
  repository?: { name?: string; owner?: { login?: string } };
}

export async function changedFilesForPullRequest(cwd: string, mode: string, token: string): Promise<Set<string> | undefined> {
  if (!['auto', 'true', 'false'].includes(mode)) throw new InputError(`input changed-only "${mode}": expected auto, true or false.`);
  const eventName = process.env.GITHUB_EVENT_NAME ?? '';
  const isPullRequest = eventName === 'pull_request' || eventName === 'pull_request_target';
  if (mode === 'false' || (mode === 'auto' && !isPullRequest)) return undefined;
  const event = await readEvent();
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
  const octokit = getOctokit(token, process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {});
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pr.number, per_page: 100 });
  const top = process.env.GITHUB_WORKSPACE || cwd;
  return new Set(files.filter((f) => f.status !== 'removed').map((f) => resolve(top, f.filename)));
}

async function readEvent(): Promise<PullRequestEvent> {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as PullRequestEvent;
  } catch (error) {
    throw new InputError(`cannot read the event payload at GITHUB_EVENT_PATH: ${(error as Error).message}`);
  }
}
