/** Runs the built action the way the GitHub runner does (see src/demo/runner.ts). */
import { runActionStep, type StepRun } from '../../src/demo/runner.js';
import { ACTION } from './run.js';

export type ActionRun = StepRun;

export function runAction(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runActionStep(ACTION, workspace, inputs, env);
}
