/** The shape of a rule and the per-file facts rules may consult. */
import type { ObjectRegistry } from '../objects.js';
import { displayName, type Category, type Dialect, type ObjectName, type Operation, type Severity } from '../types.js';

export interface FileContext {
  dialect: Dialect;
  /** Tables the file created earlier (new and empty, so locks and data loss do not apply) and routines it defined. */
  objects: ObjectRegistry;
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

export function isNewTable(name: ObjectName, context: FileContext): boolean {
  return context.objects.isNew(name);
}

export const quote = (name: string | ObjectName) => `\`${typeof name === 'string' ? name : displayName(name)}\``;
