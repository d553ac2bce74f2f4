/** Rules for statements whose effect cannot be known before they run. */
import { quote, type RuleDefinition } from './rule.js';

export const unverifiableRules: RuleDefinition[] = [
  {
    id: 'dynamic-sql',
    category: 'unverifiable',
    severity: 'approval',
    title: 'Dynamic SQL',
    why: 'SQL built from strings at run time (EXECUTE, PREPARE … FROM, \\gexec) cannot be checked before it runs: it may do anything.',
    alternative: 'Write the statements out in the migration; if they must be generated, generate them into the file before review.',
    check: (op) => (op.kind === 'dynamic-sql' ? `Dynamic SQL cannot be verified before it runs: ${op.detail}.` : null),
  },
  {
    id: 'unscanned-include',
    category: 'unverifiable',
    severity: 'approval',
    title: 'Include of an unscanned file',
    why: 'psql `\\i`/`\\ir` runs another file; if that file is not part of the scan, its statements were never checked.',
    alternative: 'Add the included file to the scanned paths, or inline its statements.',
    check: (op, c) => {
      if (op.kind !== 'include') return null;
      return c.scannedPaths.has(op.path) ? null : `Includes ${op.path}, which is not part of this scan: its statements were not checked.`;
    },
  },
  {
    id: 'unparseable',
    category: 'unverifiable',
    severity: 'approval',
    title: 'Unparseable statement',
    why: 'Neither the parser nor the lexical classifier understood this statement, so nothing about it can be vouched for.',
    alternative: 'Fix the syntax, or check that the dialect is right (--dialect / the policy file); a human must review it otherwise.',
    check: (op) => (op.kind === 'unparseable' ? `This statement could not be parsed: ${op.reason}` : null),
  },
  {
    id: 'unclassified',
    category: 'unverifiable',
    severity: 'approval',
    title: 'Unclassified statement or call',
    why: 'The scanner classifies every statement kind, sub-command, setting and function it knows; what is in none of its tables (or calls a routine this file does not define) is not known to be safe, so a human must look.',
    alternative: 'Review what the statement does; if it is a routine of yours, define it in the same migration; if it is a harmless built-in, report it so the tables can classify it.',
    check: (op, c) => {
      if (op.kind === 'unclassified') return `Not classified: ${op.what}. migration-guard does not know what it does, so it cannot vouch for it.`;
      if (op.kind === 'call' && !c.objects.isDefinedRoutine(op.name)) {
        return `Calls ${op.routine} ${quote(op.name)}, which is neither a known built-in nor defined earlier in this file: what it does cannot be checked.`;
      }
      return null;
    },
  },
  {
    id: 'tool-file-not-run',
    category: 'unverifiable',
    severity: 'block',
    title: 'File the migration tool would not run as scanned',
    why: 'The plan is what the tool runs. A dbmate file without `-- migrate:up` is refused by dbmate, so its statements as scanned are not what would happen, and the plan cannot be approved as it stands.',
    alternative: 'Mark the up section (`-- migrate:up`, and `-- migrate:down` for the rollback), or set the right `tool` in the policy.',
    check: (op) => (op.kind === 'tool-file' ? `${op.detail}.` : null),
  },
  {
    id: 'psql-meta-command',
    category: 'unverifiable',
    severity: 'info',
    title: 'psql meta-command',
    why: 'Backslash commands are run by psql, not the server; other migration runners reject them.',
    alternative: 'Make sure the migration runs through psql, or replace the command with SQL.',
    check: (op) => (op.kind === 'meta-command' ? `psql meta-command ${op.command} runs on the client.` : null),
  },
];
