/** Finds and reads the policy file; no file means catalog defaults, a broken file is an InputError. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError, InputError } from '../errors.js';
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../policy/policy.js';

export const DEFAULT_POLICY_PATHS = ['.github/migration-guard.yml', '.github/migration-guard.yaml'];

export async function loadPolicy(cwd: string, configPath: string | undefined, today: string): Promise<Policy> {
  const candidates = configPath ? [configPath] : DEFAULT_POLICY_PATHS;
  for (const candidate of candidates) {
    const text = await readFile(resolve(cwd, candidate), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' && !configPath) return undefined;
      throw new InputError(`${candidate}: cannot read the policy file (${error.code ?? error.message}).`);
    });
    if (text === undefined) continue;
    try {
      return parsePolicy(text, candidate, { today });
    } catch (error) {
      if (error instanceof ConfigError) throw new InputError(`invalid policy: ${error.message}`);
      throw error;
    }
  }
  return DEFAULT_POLICY;
}
