/** The canonical plan: what would run, in order. Its digest is what reviewers approve. */
import { sha256Hex } from '../sha256.js';
import { effectKey } from '../effects/model.js';
import type { Dialect, Statement } from '../scan/types.js';

export interface Plan {
  version: 1;
  dialect: Dialect;
  files: Array<{ path: string; statements: string[] }>;
  /** Exemptions the plan relies on: approving the plan approves exactly these opt-outs. */
  exemptions: Array<[path: string, statement: number, rule: string, id: string, expires: string, owner: string, reason: string]>;
  /**
   * Effects on what existed before, shown by rehearsal, that the closed table of effects flags (`effectKey`): what
   * reviewers approve beyond the statements' text. The gateway allows them before COMMIT, and judges them itself.
   */
  effects: ApprovedEffect[];
}

export type ApprovedEffect = [path: string, statement: number, effect: string];

/**
 * A file without statements (empty, comments only) runs nothing, so it is not part of the plan: the gateway,
 * which sees only the statements sent to it, recomputes the same digest.
 */
export function planOf(dialect: Dialect, allFiles: ReadonlyArray<{ path: string; statements: readonly Statement[] }>): Plan {
  const files = allFiles.filter((file) => file.statements.length > 0);
  return {
    version: 1,
    dialect,
    files: files.map((file) => ({ path: file.path, statements: file.statements.map((s) => s.digest) })),
    exemptions: files.flatMap((file) =>
      file.statements.flatMap((s) =>
        s.findings.flatMap((f) => (f.exemption ? [[file.path, s.index, f.rule, f.exemption.id, f.exemption.expires, f.exemption.owner, f.exemption.reason] as Plan['exemptions'][number]] : [])),
      ),
    ),
    effects: files.flatMap((file) => file.statements.flatMap((s) => [...new Set((s.effects ?? []).filter((e) => e.rule !== null).map(effectKey))].sort().map((key): ApprovedEffect => [file.path, s.index, key]))),
  };
}

/** sha256 over the canonical JSON of the plan: any change to a path, an order or a statement changes it. */
export function planDigest(plan: Plan): string {
  const files = plan.files.map((f) => [f.path, f.statements]);
  // Without exemptions and approved effects the canonical form is unchanged, so plans that have none keep their digest.
  const canonical = JSON.stringify(
    plan.effects.length ? [plan.version, plan.dialect, files, plan.exemptions, plan.effects] : plan.exemptions.length ? [plan.version, plan.dialect, files, plan.exemptions] : [plan.version, plan.dialect, files],
  );
  return `sha256:${sha256Hex(canonical)}`;
}

/** A digest per file (over its statement digests), so a later step can say which files changed since the plan. */
export function fileDigests(plan: Plan): Record<string, string> {
  return Object.fromEntries(plan.files.map((f) => [f.path, fileDigest(f.statements)]));
}

/** A file's digest: over its statement digests, in order (the gateway's ledger records it per applied file). */
export function fileDigest(statementDigests: readonly string[]): string {
  return `sha256:${sha256Hex(statementDigests.join('\n'))}`;
}

export function changedFiles(approved: Record<string, string>, current: Record<string, string>): { changed: string[]; added: string[]; removed: string[] } {
  return {
    changed: Object.keys(current).filter((p) => p in approved && approved[p] !== current[p]),
    added: Object.keys(current).filter((p) => !(p in approved)),
    removed: Object.keys(approved).filter((p) => !(p in current)),
  };
}
