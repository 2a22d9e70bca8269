// Rule messages say what is wrong, why (the guide's reason) and how to fix it, in that order.
import { guideReasons } from '../docs/guide';
import type { RuleId } from './ids';

/** Rules whose reason needs its second sentence too: the first only sets the scene. */
const TWO_SENTENCES: ReadonlySet<RuleId> = new Set([
  'client-bypasses-backend', 'database-without-backup', 'queue-without-consumer', 'missing-health-check',
]);

/** The guide's reason for a rule, shortened to what a message needs: the full text is on the rule's documentation page. */
export function reasonOf(id: RuleId): string {
  let shortened = reasons.get(id);
  if (shortened === undefined) reasons.set(id, (shortened = shorten(id)));
  return shortened;
}

// One finding per component can be hundreds of messages: shorten each rule's reason once.
const reasons = new Map<RuleId, string>();

function shorten(id: RuleId): string {
  const reason = guideReasons[id] ?? '';
  // A sentence ends at . ! or ? followed by a space or the end: `99.99%` is not two sentences.
  const sentences = reason.match(/[\s\S]+?[.!?](?=\s|$)\s*/g) ?? [reason];
  return sentences.slice(0, TWO_SENTENCES.has(id) ? 2 : 1).join('').trim();
}

export function explain(id: RuleId, what: string, how: string): string {
  return [what, reasonOf(id), how].filter(Boolean).join(' ');
}
