/** Findings about opt-outs themselves: emitted by the policy evaluator, never by an operation. */
import type { RuleDefinition } from './rule.js';

export const exemptionRules: RuleDefinition[] = [
  {
    id: 'exemption-invalid',
    category: 'unverifiable',
    severity: 'warning',
    title: 'Inline exemption not honoured',
    why: 'An inline `-- migration-guard: allow …` comment was malformed, or the policy does not honour inline exemptions: it exempts nothing, and the finding it meant to cover still counts.',
    alternative: 'Fix the comment (allow <rule> until=YYYY-MM-DD reason="…" owner=…), or add the exemption to the policy file with the statement digest the report prints.',
    check: () => null,
  },
];
