// defineRule: a rule file states its metadata once; the docs page, the message's reason and `fixable` derive from it.
import type { Fix, FixContext } from '../fixes/ruleFix';
import { RULE_DOCS } from './docs.generated';
import { explain } from './message';
import type { RuleContext, RuleDefinition, RuleFinding, RuleMeta } from './types';

/** What a check reads: the rule context, and `explain` already bound to this rule's id (its guide reason). */
export interface RuleCheckContext extends RuleContext {
  /** The finding's message: what is wrong, then the guide's reason for this rule, then how to fix it. */
  explain(what: string, how: string): string;
}

export interface RuleSpec {
  /** A plain literal: scripts/rules-registry.mjs reads it from the file to build the registry, schema and docs index. */
  meta: RuleMeta;
  check(context: RuleCheckContext): RuleFinding[];
  /** The rule's own fix for one of its findings, when this finding has one; a rule with a quickFix is fixable. */
  quickFix?(context: FixContext): Fix | undefined;
}

/** A rule of the catalogue: its file exports it as `rule`, which is how the registry generator finds it. */
export function defineRule({ meta, check, quickFix }: RuleSpec): RuleDefinition {
  const because = (what: string, how: string) => explain(meta.id, what, how);
  return {
    ...meta,
    fixable: quickFix !== undefined,
    docs: RULE_DOCS[meta.id] ?? '',
    check: (context) => check({ ...context, explain: because }),
    ...(quickFix ? { quickFix } : {}),
  };
}
