/**
 * When a scan fails the run, for the CLI (`--fail-on`, default approval: there is no approval gate after a local
 * or foreign-CI scan) and the action's plan step (`fail-on`, default block: an approval plan goes on to the
 * approval environment, so only a blocked plan should fail the plan job).
 */
import { InputError } from '../errors.js';
import type { Verdict } from '../scan/types.js';

export type FailOn = 'approval' | 'block' | 'none';
const LEVELS: readonly FailOn[] = ['approval', 'block', 'none'];

/** `where` names the option for the message: `--fail-on` or `input fail-on`. */
export function parseFailOn(value: string, where: string): FailOn {
  if (!(LEVELS as readonly string[]).includes(value)) throw new InputError(`${where} ${JSON.stringify(value)}: expected approval, block or none.`);
  return value as FailOn;
}

export function failsOn(verdict: Verdict, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  if (failOn === 'block') return verdict === 'block';
  return verdict !== 'pass';
}
