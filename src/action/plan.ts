/**
 * The plan step: scan, decide, and report through the runner: outputs, job summary, annotations,
 * report files and the sticky pull request comment. No rules live here.
 */
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileDigests, planOf } from '../plan/plan.js';
import { todayOf } from '../policy/dates.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { commentMarker, hasFlaggedFindings, renderPrComment } from '../report/pr-comment.js';
import { flaggedFindings, type Report } from '../report/report.js';
import { renderSarif } from '../report/sarif.js';
import { ruleById } from '../scan/rules/catalog.js';
import { InputError } from '../errors.js';
import { isPullRequestEvent, readEvent } from './event.js';
import { githubClient } from './github-client.js';
import { failsOn, parseFailOn } from '../core/fail-on.js';
import { scanFromInputs } from './inputs.js';
import { upsertStickyComment, type CommentMode } from './sticky-comment.js';

const MAX_ANNOTATIONS = 100;

export async function plan(): Promise<void> {
  const failOn = parseFailOn(core.getInput('fail-on') || 'block', 'input fail-on');
  const environment = core.getInput('environment') || 'production';
  const approvalEnvironment = core.getInput('approval-environment') || 'production-approval';
  const commentMode = (core.getInput('comment') || 'auto') as CommentMode;
  if (!['auto', 'always', 'never'].includes(commentMode)) throw new InputError(`input comment "${commentMode}": expected auto, always or never.`);
  const today = todayOf();
  const report = await scanFromInputs(today);

  const outputDir = join(process.env.RUNNER_TEMP || tmpdir(), 'migration-guard');
  await mkdir(outputDir, { recursive: true });
  const reportPath = join(outputDir, 'report.json');
  const sarifPath = join(outputDir, 'report.sarif');
  await writeFile(reportPath, renderJson(report));
  await writeFile(sarifPath, renderSarif(report));

  const targetEnvironment = report.verdict === 'approval' ? approvalEnvironment : environment;
  core.setOutput('verdict', report.verdict);
  core.setOutput('environment', targetEnvironment);
  core.setOutput('plan-digest', report.planDigest);
  core.setOutput('report', reportPath);
  core.setOutput('sarif', sarifPath);
  core.setOutput('plan-files', JSON.stringify(fileDigests(planOf(report.dialect, report.files))));

  annotate(report);
  await core.summary.addRaw(renderMarkdown(report, { environment: report.verdict === 'block' ? undefined : targetEnvironment, today }), true).write();

  if (commentMode !== 'never' && isPullRequestEvent()) {
    await commentOnPullRequest(report, { mode: commentMode, today, environment: report.verdict === 'block' ? undefined : targetEnvironment, reportPath });
  }

  core.info(`verdict: ${report.verdict}; plan digest ${report.planDigest}`);
  if (!failsOn(report.verdict, failOn)) return;
  if (report.verdict === 'block') core.setFailed('migration-guard: the plan is blocked: see the job summary for the statements and how to fix them.');
  else core.setFailed('migration-guard: the plan needs approval and fail-on is "approval".');
}

async function commentOnPullRequest(report: Report, options: { mode: CommentMode; today: string; environment?: string; reportPath: string }) {
  const event = await readEvent();
  const pr = event.pull_request;
  const owner = event.repository?.owner?.login;
  const repo = event.repository?.name;
  const token = core.getInput('github-token');
  if (!pr || !owner || !repo) return core.info('Not commenting: the event payload names no pull request.');
  if (!token) return core.info('Not commenting: no github-token.');
  const workflow = process.env.GITHUB_WORKFLOW ?? 'workflow';
  const job = process.env.GITHUB_JOB ?? 'job';
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runUrl = process.env.GITHUB_RUN_ID ? `${server}/${owner}/${repo}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined;
  const body = renderPrComment(report, {
    workflow,
    job,
    today: options.today,
    environment: options.environment,
    repositoryUrl: event.repository?.html_url ?? `${server}/${owner}/${repo}`,
    headSha: pr.head?.sha,
    runUrl,
    reportPath: options.reportPath,
  });
  await upsertStickyComment({ client: githubClient(token), owner, repo, number: pr.number, marker: commentMarker(workflow, job), body, flagged: hasFlaggedFindings(report), mode: options.mode });
}

function annotate(report: Report) {
  const findings = flaggedFindings(report);
  for (const { file, statement, finding } of findings.slice(0, MAX_ANNOTATIONS)) {
    const rule = ruleById(finding.rule);
    const properties: core.AnnotationProperties = {
      title: `migration-guard ${finding.rule} (${finding.severity})`,
      file,
      startLine: finding.line ?? statement.line,
      endLine: finding.line ?? statement.endLine,
    };
    if (!finding.line && statement.line === statement.endLine) {
      properties.startColumn = statement.column;
      properties.endColumn = statement.endColumn;
    }
    const message = `${finding.message}${rule ? `\nInstead: ${rule.alternative}` : ''}`;
    if (finding.severity === 'block' || finding.severity === 'approval') core.error(message, properties);
    else if (finding.severity === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
  for (const e of report.exemptions.expired) {
    core.warning(`Exemption ${e.id} (owner ${e.owner}) expired on ${e.expires}: it no longer applies to ${e.rule}. Renew it with a new expiry or remove it.`, {
      title: 'migration-guard: expired exemption',
      file: e.file,
      startLine: e.line,
    });
  }
  for (const e of report.exemptions.applied) core.notice(`Exemption ${e.id} (owner ${e.owner}, until ${e.expires}) lowered ${e.rule}: ${e.reason}`, { title: 'migration-guard: exemption used', file: e.file, startLine: e.line });
  if (findings.length > MAX_ANNOTATIONS) core.warning(`${findings.length - MAX_ANNOTATIONS} more findings are listed in the job summary and the JSON report.`);
}
