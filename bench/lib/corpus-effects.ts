/**
 * For bench/corpus.mjs --rehearse (bundled from the sources with esbuild when the bench runs): each migration of a
 * corpus folder rehearsed in order on one shadow, as if it were the change and everything before it the history, and
 * which of its statements moved verdict because of what they did (the static check passed them; an effect did not).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rehearse, type Shadow } from '../../src/effects/rehearse.js';
import { pgliteShadow } from '../../src/effects/shadow-pglite.js';
import { sqliteShadow } from '../../src/effects/shadow-sqlite.js';
import { DEFAULT_POLICY, severityUnder } from '../../src/policy/policy.js';
import { scanSources } from '../../src/scan/scanner.js';
import type { Dialect } from '../../src/scan/types.js';

export interface Move {
  file: string;
  line: number;
  rule: string;
  effect: string;
  sql: string;
}

export async function corpusEffects(folder: string, dialect: Dialect, limit = Infinity): Promise<{ files: number; rehearsed: number; statements: number; moves: Move[]; stoppedAt?: string }> {
  // Down migrations are not the plan (a tool runs the up ones): they would undo the history they follow.
  const files = readdirSync(folder).filter((f) => f.endsWith('.sql') && !/[._]down\.sql$/.test(f)).sort().slice(0, limit);
  const sources = files.map((f) => ({ path: f, text: readFileSync(join(folder, f), 'utf8') }));
  const all = sources.map((s) => s.text).join('\n');
  const shadow: Shadow = dialect === 'sqlite' ? await sqliteShadow() : await pgliteShadow(undefined, all);
  const severityOf = severityUnder(DEFAULT_POLICY);
  const moves: Move[] = [];
  let rehearsed = 0;
  let statements = 0;
  try {
    for (const source of sources) {
      const [scanned] = await scanSources([source], { dialect, severityOf });
      if (!scanned) continue;
      const change = scanned.statements.map((s) => ({ path: source.path, index: s.index, sql: s.sql }));
      statements += change.length;
      const result = await rehearse(shadow, [], change);
      if (result.status !== 'rehearsed') return { files: files.length, rehearsed, statements, moves, stoppedAt: `${source.path}: ${result.why}` };
      for (const r of result.statements) {
        const statement = scanned.statements[r.index]!;
        const gated = statement.findings.some((f) => f.severity === 'approval' || f.severity === 'block');
        for (const judged of r.effects) {
          if (!judged.rule || gated) continue;
          const severity = severityOf(judged.rule, source.path);
          if (severity === 'approval' || severity === 'block') moves.push({ file: source.path, line: statement.line, rule: judged.rule, effect: judged.effect.description, sql: statement.sql.replace(/\s+/g, ' ').slice(0, 140) });
        }
        if (r.error) return { files: files.length, rehearsed, statements, moves, stoppedAt: `${source.path}:${statement.line}: ${r.error}` };
      }
      rehearsed++;
    }
  } finally {
    await shadow.close();
  }
  return { files: files.length, rehearsed, statements, moves };
}
