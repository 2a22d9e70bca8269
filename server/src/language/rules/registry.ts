// The rule registry: every best-practice rule of the rules folder (generated into registry.generated.ts), by id.
import type { RuleId } from './ids';
import { RULES } from './registry.generated';
import type { RuleDefinition } from './types';

export { RULES };
export type { RuleCategory, RuleDefinition } from './types';

/** The rule with this id, if there is one. */
export function ruleById(id: string): RuleDefinition | undefined {
  return RULES.find((rule) => rule.id === id);
}

/** The documentation page of a rule (markdown), for `sysd explain` and hovers. */
export function ruleDocs(id: RuleId): string {
  return ruleById(id)?.docs ?? '';
}
