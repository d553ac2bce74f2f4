/**
 * The sticky pull request comment: one per PR and workflow job, found again by a hidden marker,
 * verdict first, always under GitHub's 65,536-character limit.
 */
import { bound, inlineCode } from './escape.js';
import { renderMarkdown } from './markdown.js';
import { flaggedFindings, type Report } from './report.js';

/** GitHub rejects comment bodies over 65,536 characters; stay well below. */
export const COMMENT_LIMIT = 60_000;

export interface CommentContext {
  /** Identifies this workflow and job: a second workflow or job gets its own comment. */
  workflow: string;
  job: string;
  today: string;
  environment?: string;
  /** `https://github.com/owner/repo` and the PR head SHA, to link file:line. */
  repositoryUrl?: string;
  headSha?: string;
  /** Link to the workflow run, where the job summary holds the full report. */
  runUrl?: string;
  /** Where the JSON report was written, for when the comment is truncated. */
  reportPath?: string;
}

export function commentMarker(workflow: string, job: string): string {
  const clean = (text: string) => bound(text.replace(/--+/g, '-').replace(/[<>\n\r]/g, ''), 100);
  return `<!-- migration-guard:sticky workflow="${clean(workflow)}" job="${clean(job)}" -->`;
}

/** True when the report has something a reviewer should look at. */
export function hasFlaggedFindings(report: Report): boolean {
  return flaggedFindings(report).some(({ finding }) => finding.severity !== 'info') || report.exemptions.expired.length > 0;
}

export function renderPrComment(report: Report, context: CommentContext): string {
  const marker = commentMarker(context.workflow, context.job);
  const footer = context.runUrl ? `\n[Full report in the job summary](${context.runUrl})\n` : '';
  if (!hasFlaggedFindings(report)) {
    return `${marker}\n## migration-guard: ✅ all clear\n\nNo statement in this pull request is flagged any more (plan digest ${inlineCode(report.planDigest, 80)}).\n${footer}`;
  }
  const linkTo =
    context.repositoryUrl && context.headSha
      ? (path: string, line: number) => `${context.repositoryUrl}/blob/${context.headSha}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}`
      : undefined;
  for (const maxDetails of [50, 20, 5, 0]) {
    const body = `${marker}\n${renderMarkdown(report, { today: context.today, environment: context.environment, linkTo, maxDetails })}${footer}`;
    if (body.length <= COMMENT_LIMIT) return body;
  }
  const note = `\n\n_This comment was truncated to stay under GitHub's size limit. The full report is in the job summary${context.reportPath ? ` and in ${inlineCode(context.reportPath, 200)}` : ''}._\n${footer}`;
  const full = `${marker}\n${renderMarkdown(report, { today: context.today, environment: context.environment, linkTo, maxDetails: 0 })}`;
  const cut = full.lastIndexOf('\n', COMMENT_LIMIT - note.length);
  return `${full.slice(0, cut)}${note}`;
}
