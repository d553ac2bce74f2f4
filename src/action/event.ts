/** The workflow event payload (GITHUB_EVENT_PATH), read once and typed for what the action uses. */
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';

export interface PullRequestEvent {
  pull_request?: {
    number: number;
    base?: { sha?: string };
    head?: { sha?: string; repo?: { full_name?: string } };
  };
  repository?: { name?: string; full_name?: string; html_url?: string; owner?: { login?: string } };
  /** push events: the commit the branch pointed at before the push. */
  before?: string;
}

export function isPullRequestEvent(): boolean {
  const name = process.env.GITHUB_EVENT_NAME ?? '';
  return name === 'pull_request' || name === 'pull_request_target';
}

export async function readEvent(): Promise<PullRequestEvent> {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as PullRequestEvent;
  } catch (error) {
    throw new InputError(`cannot read the event payload at GITHUB_EVENT_PATH: ${(error as Error).message}`);
  }
}
