/**
 * The GitHub Action adapter: dispatch to the plan or apply step and turn failures into a failed step
 * with a message that says what to do (stack traces only with step debug logging).
 */
import * as core from '@actions/core';
import { failureOf, InputError } from '../errors.js';
import { applyFromInputs } from './apply.js';
import { plan } from './plan.js';

export async function run(): Promise<void> {
  try {
    const command = core.getInput('command') || 'plan';
    if (command === 'plan') await plan();
    else if (command === 'apply') await applyFromInputs();
    else throw new InputError(`input command "${command}": expected plan or apply.`);
  } catch (error) {
    const failure = failureOf(error);
    if (!failure.internal) core.setFailed(failure.message);
    else {
      core.debug((error as Error).stack ?? String(error));
      core.setFailed(`migration-guard failed: ${failure.message}. Re-run with step debug logging (ACTIONS_STEP_DEBUG) for details.`);
    }
  }
}
