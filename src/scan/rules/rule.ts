/** The shape of a rule and the per-file facts rules may consult. */
import type { Category, Dialect, Operation, Severity } from '../types.js';

export interface FileContext {
  dialect: Dialect;
  /** Tables created earlier in the same file (lower-case, unqualified): new and empty, so locks and data loss do not apply. */
  createdTables: Set<string>;
  lockTimeoutSet: boolean;
  lockTimeoutReported: boolean;
  /** Repository-relative paths of every file in this scan, for psql `\i` includes. */
  scannedPaths: ReadonlySet<string>;
  /** Repository-relative path of the file being scanned. */
  path: string;
}

export interface RuleDefinition {
  id: string;
  category: Category;
  severity: Severity;
  title: string;
  /** Why it matters, in one or two sentences. */
  why: string;
  /** The safer way to get the same result. */
  alternative: string;
  /** Dialects the rule applies to; all when absent. */
  dialects?: readonly Dialect[];
  /** Returns the finding's message when the operation breaks the rule. */
  check(op: Operation, context: FileContext): string | null;
}

export function unqualified(name: string): string {
  const parts = name.split('.');
  return (parts[parts.length - 1] ?? name).toLowerCase();
}

export function isNewTable(name: string, context: FileContext): boolean {
  return context.createdTables.has(unqualified(name));
}

export const quote = (name: string) => `\`${name}\``;
