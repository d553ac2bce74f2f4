/**
 * Workflows that compose: every workflow in the repository and every workflow snippet of the README validates
 * against GitHub's workflow schema (action-validator), the README shows the example workflows exactly, every `with:`
 * key is an input of what the step uses (action.yml, or the reusable workflow), and every `needs.*.outputs.*`,
 * `steps.*.outputs.*` and `jobs.*.outputs.*` names an output that is set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/run.js';

const validator = createRequire(import.meta.url)('@action-validator/core') as { validateWorkflow(src: string): { errors: unknown[] }; validateAction(src: string): { errors: unknown[] } };

type Yaml = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed workflow YAML

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const filesIn = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.yml')).map((f) => `${dir}/${f}`);
const WORKFLOW_FILES = [...filesIn('.github/workflows'), ...filesIn('examples/workflows')];
const action = parse(read('action.yml')) as Yaml;
const reusable = parse(read('.github/workflows/guarded-migration.yml')) as Yaml;

/** The README's YAML blocks (indented ones too), dedented. */
function readmeBlocks(): string[] {
  const blocks: string[] = [];
  for (const match of read('README.md').matchAll(/^( *)```yaml\n([\s\S]*?)^\1```/gm)) {
    const indent = match[1]!.length;
    blocks.push(match[2]!.split('\n').map((line) => line.slice(indent)).join('\n'));
  }
  return blocks;
}

/** A README snippet as a whole workflow: itself, a job (`apply: …`) or a job's body (`steps: …`) put in one. */
function asWorkflow(snippet: string): string {
  const doc = parse(snippet) as Yaml;
  if (doc.jobs) return snippet;
  const indented = (text: string, spaces: number) => text.split('\n').map((line) => (line ? ' '.repeat(spaces) + line : line)).join('\n');
  const isJobBody = ['steps', 'runs-on', 'services', 'uses'].some((key) => key in doc);
  if (isJobBody) return `on: push\njobs:\n  job:\n${'runs-on' in doc || 'uses' in doc ? '' : '    runs-on: ubuntu-latest\n'}${indented(snippet, 4)}`;
  return `on: push\njobs:\n${indented(snippet, 2)}`;
}

const WORKFLOW_SNIPPETS = readmeBlocks().filter((block) => /^\s*(uses|runs-on|steps|jobs):/m.test(block));

describe('workflows validate against GitHub\'s schema', () => {
  it.each(WORKFLOW_FILES)('%s', (path) => {
    expect(validator.validateWorkflow(read(path)).errors).toEqual([]);
  });

  it('action.yml', () => {
    // action-validator 0.6's schema predates node24, which GitHub's runners run (ARCHITECTURE.md: runs.using node24).
    const source = read('action.yml');
    expect(action.runs.using).toBe('node24');
    expect(validator.validateAction(source.replace('using: node24', 'using: node20')).errors).toEqual([]);
  });

  it('the README has workflow snippets, and each validates (a job or a job body inside a workflow)', () => {
    expect(WORKFLOW_SNIPPETS.length).toBeGreaterThanOrEqual(4);
    for (const snippet of WORKFLOW_SNIPPETS) expect(validator.validateWorkflow(asWorkflow(snippet)).errors, snippet).toEqual([]);
  });

  it('the README shows the example workflows exactly: each whole workflow in it is one of examples/workflows', () => {
    const examples = new Map(filesIn('examples/workflows').map((path) => [read(path), path]));
    const whole = WORKFLOW_SNIPPETS.filter((snippet) => 'jobs' in (parse(snippet) as Yaml));
    expect(whole.length).toBeGreaterThanOrEqual(4);
    for (const snippet of whole) expect(examples.has(snippet), `a README workflow that is not an example file:\n${snippet}`).toBe(true);
    // And every example is shown.
    for (const [text, path] of examples) expect(whole.includes(text), `${path} is not shown in the README`).toBe(true);
  });
});

/** Every workflow: the files and the README snippets, parsed. */
const ALL: Array<[string, Yaml]> = [...WORKFLOW_FILES.map((path) => [path, parse(read(path)) as Yaml] as [string, Yaml]), ...WORKFLOW_SNIPPETS.map((s, i) => [`README snippet ${i + 1}`, parse(asWorkflow(s)) as Yaml] as [string, Yaml])];

describe('workflows compose', () => {
  it.each(ALL)('%s: every with: key is an input of what the step or job uses', (_name, workflow) => {
    for (const [jobId, job] of Object.entries<Yaml>(workflow.jobs ?? {})) {
      if (typeof job.uses === 'string' && job.uses.includes('guarded-migration.yml')) {
        for (const key of Object.keys(job.with ?? {})) expect(Object.keys(reusable.on.workflow_call.inputs), `${jobId}: with.${key}`).toContain(key);
      }
      for (const step of job.steps ?? []) {
        if (typeof step.uses !== 'string' || !/(^|\/)migration-guard@|^\.\/?$/.test(step.uses)) continue;
        for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `${jobId}: ${step.id ?? step.uses} with.${key}`).toContain(key);
      }
    }
  });

  it.each(ALL)('%s: every needs.*.outputs.*, steps.*.outputs.* and jobs.*.outputs.* names an output that is set', (_name, workflow) => {
    const jobs = workflow.jobs ?? {};
    for (const [jobId, job] of Object.entries<Yaml>(jobs)) {
      const text = JSON.stringify(job);
      const needs: string[] = typeof job.needs === 'string' ? [job.needs] : (job.needs ?? []);
      for (const [, other, output] of text.matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        expect(needs, `${jobId} reads needs.${other} without needing it`).toContain(other);
        expect(Object.keys(jobs[other!]?.outputs ?? {}), `${jobId} reads needs.${other}.outputs.${output}`).toContain(output);
      }
      for (const [, stepId, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const step = (job.steps ?? []).find((s: Yaml) => s.id === stepId);
        expect(step, `${jobId} reads steps.${stepId}, which no step is`).toBeDefined();
        if (/(^|\/)migration-guard@/.test(String(step.uses))) expect(Object.keys(action.outputs), `${jobId} reads steps.${stepId}.outputs.${output}`).toContain(output);
      }
    }
    const callOutputs = workflow.on?.workflow_call?.outputs ?? {};
    for (const [name, output] of Object.entries<Yaml>(callOutputs)) {
      const [, jobId, key] = /jobs\.([\w-]+)\.outputs\.([\w-]+)/.exec(String(output.value)) ?? [];
      expect(Object.keys(jobs[jobId!]?.outputs ?? {}), `workflow output ${name}`).toContain(key);
    }
  });
});
