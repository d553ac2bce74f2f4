/**
 * Findings about what a statement did when rehearsed on a shadow database built from the repository's history
 * (src/effects): emitted by the evaluator from the closed table of effects (src/effects/judge.ts), never by an
 * operation. Each names the effect in plain words.
 */
import type { RuleDefinition } from './rule.js';

const fromRehearsal = () => null;

export const effectRules: RuleDefinition[] = [
  {
    id: 'effect-data-loss',
    category: 'data-loss',
    severity: 'approval',
    title: 'Rehearsal: data that existed is gone',
    why: 'Run on a copy of the database its history builds, the statement dropped a table, column or schema that existed before the change, deleted or truncated existing rows (through a cascade, a trigger or a rule too), or moved rows out of a table (a partition detached).',
    alternative: 'Keep the data (rename, archive, copy first), or get the loss approved knowing what it removes.',
    check: fromRehearsal,
  },
  {
    id: 'effect-lossy-cast',
    category: 'data-loss',
    severity: 'approval',
    title: 'Rehearsal: a column type change that can lose values',
    why: 'A column that existed before the change got a type that does not hold every value of the old one (a shorter varchar, numeric to integer, text to a number): values are cut, rounded or refused.',
    alternative: 'Widen instead, or add a new column, backfill it, check the values, then switch.',
    check: fromRehearsal,
  },
  {
    id: 'effect-privilege',
    category: 'privilege',
    severity: 'approval',
    title: 'Rehearsal: privileges or row security changed',
    why: 'The statement changed who may do what: ownership, grants and default privileges, roles and their attributes, passwords and memberships, role and database settings, SECURITY DEFINER, row-level security and its policies, extensions.',
    alternative: 'Make privilege changes in a reviewed change of their own, and say who gains what.',
    check: fromRehearsal,
  },
  {
    id: 'effect-safeguard',
    category: 'data-loss',
    severity: 'approval',
    title: 'Rehearsal: a safeguard changed',
    why: 'A trigger, rule, constraint or function body on something that existed before the change was added, dropped, disabled (ENABLE REPLICA too: it then fires only on replicas) or replaced: what guards existing data, or runs on every write, is different now.',
    alternative: 'Change the safeguard in a reviewed change of its own, and say what it guards afterwards.',
    check: fromRehearsal,
  },
  {
    id: 'effect-incompatible',
    category: 'backward-incompatible',
    severity: 'approval',
    title: 'Rehearsal: something existing was renamed, moved or redefined',
    why: 'A table, column, view, function, type or schema that existed before the change has another name, place or definition: code that uses the old one breaks.',
    alternative: 'Add the new one beside the old, move callers, then remove the old one in a later change.',
    check: fromRehearsal,
  },
  {
    id: 'effect-rows-updated',
    category: 'data-loss',
    severity: 'warning',
    title: 'Rehearsal: existing rows updated',
    why: 'Rows that the history put in a table were changed: a backfill does this on purpose; a WHERE that matches more than meant does it by accident.',
    alternative: 'Check the count against what the change means to update.',
    check: fromRehearsal,
  },
  {
    id: 'effect-unclassified',
    category: 'unverifiable',
    severity: 'approval',
    title: 'Rehearsal: an effect the table of effects does not know',
    why: 'The statement changed something that existed before the change in a way no rule of the closed table of effects classifies: it is not known to be safe, so a human must look.',
    alternative: 'Review the effect named; if it is safe, propose adding it to src/effects/judge.ts with the reason.',
    check: fromRehearsal,
  },
  {
    id: 'rehearsal-failed',
    category: 'unverifiable',
    severity: 'approval',
    title: 'Rehearsal: the shadow database refused the statement',
    why: 'On a database built from the repository\'s earlier migrations the statement failed: production may refuse it too, or hold something the history does not (then what it does there is unknown).',
    alternative: 'Fix the statement, or add what it relies on to the migrations.',
    check: fromRehearsal,
  },
  {
    id: 'not-rehearsed',
    category: 'unverifiable',
    severity: 'approval',
    title: 'Rehearsal required but not possible',
    why: 'The policy says `rehearse: required`, and the change could not be rehearsed (no history, no shadow for this dialect, or the history does not replay): only the static check judged it.',
    alternative: 'Give a shadow (`shadow-url`), or fix the history so that it replays.',
    check: fromRehearsal,
  },
];
