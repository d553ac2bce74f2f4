/**
 * Posting the sticky comment: find ours by its hidden marker, update it in place, create it on the
 * first finding, never one per push. Failures are logged, never thrown: a comment cannot change the verdict.
 */
import * as core from '@actions/core';
import type { GitHubClient } from './github-client.js';

export type CommentMode = 'auto' | 'always' | 'never';

export interface StickyCommentRequest {
  client: GitHubClient;
  owner: string;
  repo: string;
  number: number;
  marker: string;
  body: string;
  /** Whether the report flags anything; in `auto` mode a clean report creates no comment. */
  flagged: boolean;
  mode: CommentMode;
}

export type StickyCommentOutcome = 'created' | 'updated' | 'unchanged' | 'skipped' | 'read-only' | 'failed';

export async function upsertStickyComment(request: StickyCommentRequest): Promise<StickyCommentOutcome> {
  const { client, owner, repo, number, marker, body } = request;
  try {
    const comments = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
    const ours = comments.filter((c) => c.body?.includes(marker));
    // Prefer a bot's comment: anyone can paste the marker into their own.
    const existing = ours.find((c) => c.user?.type === 'Bot') ?? ours[0];
    if (!existing) {
      if (request.mode === 'auto' && !request.flagged) {
        core.info('No flagged statements and no earlier comment: not commenting.');
        return 'skipped';
      }
      await client.rest.issues.createComment({ owner, repo, issue_number: number, body });
      core.info(`Posted the migration-guard comment on #${number}.`);
      return 'created';
    }
    if (existing.body === body) return 'unchanged';
    await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    core.info(`Updated the migration-guard comment on #${number} in place.`);
    return 'updated';
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404) {
      core.warning(
        `No pull request comment posted: the token cannot write to #${number} (HTTP ${status}). Pull requests from forks get a read-only ` +
          'GITHUB_TOKEN; the job summary and annotations carry the full report. To comment, grant `pull-requests: write` on same-repository pull requests.',
      );
      return 'read-only';
    }
    core.warning(`Could not post the pull request comment: ${(error as Error).message}. The verdict is unaffected; the job summary has the full report.`);
    return 'failed';
  }
}
