/** The plan and apply jobs of a migration tool through the wire endpoint, as the tests run them with the built CLI. */
import { join } from 'node:path';
import { expect } from 'vitest';
import { CLI, ROOT, runNode } from './run.js';

/** The tools installed by npm (dbmate, node-pg-migrate, knex), first on PATH. */
const BIN = join(ROOT, 'node_modules/.bin');

/** The plan job: scan the migrations (with the tool's selection) and take the plan digest. */
export async function planDigestIn(cwd: string, patterns: string[] = []): Promise<string> {
  const scanned = await runNode(CLI, ['scan', ...patterns, '--format', 'json', '--fail-on', 'none'], { cwd });
  expect(scanned.code, scanned.stderr).toBe(0);
  return JSON.parse(scanned.stdout).planDigest as string;
}

/** The apply job: `migration-guard run` with a fresh OIDC token (as each workflow run gets), then the tool. */
export function runTool(gatewayUrl: string, idToken: string, cwd: string, connection: string, digest: string, command: string[], patterns: string[] = []) {
  return runNode(CLI, ['run', ...patterns, '--gateway', gatewayUrl, '--connection', connection, '--plan-digest', digest, '--', ...command], {
    cwd,
    env: { MIGRATION_GUARD_ID_TOKEN: idToken, PATH: `${BIN}:${process.env.PATH}`, HOME: cwd },
  });
}
