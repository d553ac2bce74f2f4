/** The rule catalog: every rule, in the order the docs list them. */
import { compatibilityRules } from './compatibility.js';
import { dataLossRules } from './data-loss.js';
import { effectRules } from './effects.js';
import { exemptionRules } from './exemption.js';
import { lockRules } from './lock.js';
import { privilegeRules } from './privilege.js';
import type { RuleDefinition } from './rule.js';
import { unverifiableRules } from './unverifiable.js';

export type { FileContext, RuleDefinition } from './rule.js';

export const RULES: readonly RuleDefinition[] = [
  ...dataLossRules,
  ...unverifiableRules,
  ...privilegeRules,
  ...lockRules,
  ...compatibilityRules,
  ...effectRules,
  ...exemptionRules,
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): RuleDefinition | undefined {
  return byId.get(id);
}
