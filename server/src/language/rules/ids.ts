// The rule ids (generated from the rules folder into ids.generated.ts), for code → documentation links and `@allow` checks.
import { RULE_IDS } from './ids.generated';

export { RULE_IDS };
export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(code: string): code is RuleId {
  return (RULE_IDS as readonly string[]).includes(code);
}
