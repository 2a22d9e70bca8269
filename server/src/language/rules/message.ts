// Rule messages say what is wrong, why (the guide's reason) and how to fix it, in that order.
import { guideReasons } from '../docs/guide';
import type { RuleId } from './ids';

/** The guide's reason for a rule, first sentence only: the full text is on the rule's documentation page. */
export function reasonOf(id: RuleId): string {
  const reason = guideReasons[id] ?? '';
  const end = reason.search(/[.!?](\s|$)/);
  return end === -1 ? reason : reason.slice(0, end + 1);
}

export function explain(id: RuleId, what: string, how: string): string {
  return [what, reasonOf(id), how].filter(Boolean).join(' ');
}
