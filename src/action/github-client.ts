/** The GitHub REST client: GITHUB_API_URL for GitHub Enterprise, retries on 5xx, and rate-limit backoff. */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

const MAX_RATE_LIMIT_RETRIES = 2;

export function githubClient(token: string) {
  return getOctokit(
    token,
    {
      ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.warning(`GitHub API rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.warning(`GitHub API secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
      },
    },
    retry,
    throttling,
  );
}

export type GitHubClient = ReturnType<typeof githubClient>;
