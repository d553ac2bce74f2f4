/**
 * The GitHub Action adapter: dispatch to the plan or apply step and turn failures into a failed step
 * with a message that says what to do (stack traces only with step debug logging).
 */
import * as core from '@actions/core';
import { GatewayError } from '../gateway/client/gateway-client.js';
import { InputError } from '../workspace/errors.js';
import { applyFromInputs } from './apply.js';
import { plan } from './plan.js';

export async function run(): Promise<void> {
  try {
    const command = core.getInput('command') || 'plan';
    if (command === 'plan') await plan();
    else if (command === 'apply') await applyFromInputs();
    else throw new InputError(`input command "${command}": expected plan or apply.`);
  } catch (error) {
    if (error instanceof InputError || error instanceof GatewayError) core.setFailed(error.message);
    else {
      core.debug((error as Error).stack ?? String(error));
      core.setFailed(`migration-guard failed: ${(error as Error).message}. Re-run with step debug logging (ACTIONS_STEP_DEBUG) for details.`);
    }
  }
}
