/**
 * The plan's rehearsal, as the CLI and the action run it: the files of the plan's migrations that are not part of
 * the change are the history; they are replayed into a fresh shadow database (the embedded PGlite, or `shadow-url`),
 * then the change runs on it (src/effects/rehearse.ts). Reads the disk; knows nothing of GitHub.
 */
import type { RehearsalOutcome } from '../core/evaluate.js';
import { rehearse } from '../effects/rehearse.js';
import type { Policy } from '../policy/policy.js';
import type { Dialect, ScannedFile } from '../scan/types.js';
import { join } from 'node:path';

export interface RehearsalRequest {
  policy: Policy;
  dialect: Dialect;
  /** The earlier migrations, in the order the tool applies them, as their texts (the up sections): read when needed. */
  history: () => Promise<ReadonlyArray<{ path: string; text: string }>>;
  /** A PostgreSQL server to rehearse on instead of the embedded PGlite. */
  shadowUrl?: string;
  onProgress?: (message: string) => void;
}

/**
 * Where replayed histories are kept between runs: MIGRATION_GUARD_SHADOW_CACHE (a directory, or "off"), else the
 * runner's temporary directory in GitHub Actions (keep it between runs with actions/cache), else none.
 */
function shadowCacheDir(): string | undefined {
  const configured = process.env.MIGRATION_GUARD_SHADOW_CACHE;
  if (configured === 'off') return undefined;
  if (configured) return configured;
  return process.env.RUNNER_TEMP ? join(process.env.RUNNER_TEMP, 'migration-guard-shadow') : undefined;
}

export function rehearsalOf(request: RehearsalRequest): (files: readonly ScannedFile[]) => Promise<RehearsalOutcome> {
  return async (files) => {
    const { policy, dialect } = request;
    if (policy.rehearse === 'off') return { summary: { status: 'off' } };
    const not = (why: string): RehearsalOutcome => {
      request.onProgress?.(`not rehearsed: ${why}`);
      return { summary: { status: 'not-rehearsed', why } };
    };
    const shadowUrl = request.shadowUrl ?? policy.shadowUrl;
    const mysqlFamily = dialect === 'mysql' || dialect === 'mariadb';
    if (mysqlFamily && !shadowUrl?.startsWith('mysql://')) return not(`${dialect} is rehearsed on a server of its own: set shadow-url to a throwaway ${dialect} server (mysql://…; in GitHub Actions a services: container)`);
    const history = await request.history();
    if (!history.length) return not('no history: every migration of the plan is part of the change (scan with --base, or changed-only in the action, so that the earlier files build the shadow)');
    const change = files.flatMap((file) => file.statements.map((statement) => ({ path: file.path, index: statement.index, sql: statement.sql })));
    if (!change.length) return { summary: { status: 'rehearsed', historyFiles: history.length } };
    const shadowName = dialect === 'sqlite' ? 'sqlite' : mysqlFamily ? `${dialect} (shadow-url)` : shadowUrl ? 'postgres (shadow-url)' : 'pglite';
    let shadow;
    try {
      // Loaded only to rehearse: a scan that does not rehearse never parses PGlite or pg.
      const timeoutMs = policy.rehearseTimeout * 1000;
      if (dialect === 'sqlite') shadow = await (await import('../effects/shadow-sqlite.js')).sqliteShadow();
      else if (mysqlFamily) shadow = await (await import('../effects/shadow-mysql.js')).mysqlShadow(shadowUrl!, timeoutMs);
      else if (shadowUrl) shadow = await (await import('../effects/shadow-postgres.js')).postgresShadow(shadowUrl, timeoutMs);
      else shadow = await (await import('../effects/shadow-pglite.js')).pgliteShadow(shadowCacheDir(), [...history.map((f) => f.text), ...change.map((s) => s.sql)].join('\n'), timeoutMs);
    } catch (error) {
      return not(`the shadow database could not be opened: ${(error as Error).message.slice(0, 300)}`);
    }
    const started = performance.now();
    try {
      const rehearsal = await rehearse(shadow, history, change, request.onProgress);
      if (rehearsal.status === 'not-rehearsed') return not(rehearsal.why);
      request.onProgress?.(`rehearsed in ${((performance.now() - started) / 1000).toFixed(1)}s on ${shadowName}${rehearsal.notRehearsed ? `; stopped: ${rehearsal.notRehearsed.why}` : ''}`);
      return { summary: { status: 'rehearsed', shadow: shadowName, historyFiles: history.length, ...(rehearsal.notRehearsed ? { why: rehearsal.notRehearsed.why } : {}) }, rehearsal };
    } finally {
      await shadow.close().catch(() => undefined);
    }
  };
}
