// The shape of a best-practice rule and of what its check reports, before @allow and severities are applied.
import type { Range } from '../ast';
import type { Severity } from '../diagnostics';
import type { Estimate } from '../estimate';
import type { Fix, FixContext } from '../fixes/ruleFix';
import type { DesignModel } from '../model';
import type { SysdConfig } from '../schema';
import type { Subject } from '../subjects';
import type { RuleId } from './ids';

export type RuleCategory = 'reliability' | 'scalability' | 'performance' | 'security' | 'maintainability';

/** What a finding is about: its range and the @allow annotations that can silence it come from here. */
export type { DesignSubject, Subject } from '../subjects';
export { designSubject, isConnection, isDesign, isScale, rangeOfSubject } from '../subjects';

export interface RuleFinding {
  subject: Subject;
  message: string;
  /** Where to show it, when not the subject's own range (e.g. a scale property). */
  range?: Range;
  /** The other components involved, shown as related information. */
  related?: Array<{ subject: Subject; message: string; range?: Range }>;
  /** Facts the quick fix needs (e.g. the needed instance count). */
  data?: Record<string, string | number | boolean>;
}

/** Everything a check may read: the resolved model, the effective configuration and the scale estimate. */
export interface RuleContext {
  model: DesignModel;
  config: SysdConfig;
  estimate: Estimate;
}

/** What a rule states about itself in its file (see define.ts); a plain literal, read by the registry generator too. */
export interface RuleMeta {
  id: RuleId;
  category: RuleCategory;
  /** The default severity, before configuration and escalation. */
  severity: Severity;
  /** One line: what the rule checks. */
  description: string;
  /** What the quick fix does, when there is one. */
  fix?: string;
  /** Raised one level when the design targets 99.9% availability or more (the single-point-of-failure rules). */
  escalates?: boolean;
  /** Its quick fix changes the structure of the design (new components, removals): never applied by fix-all. */
  structural?: boolean;
  /** Diagnostic tags of its findings: `unnecessary` greys the subject out (an orphan is dead weight). */
  tags?: ReadonlyArray<'unnecessary'>;
}

/** A rule as the engine runs it: its metadata and what defineRule derives from it. */
export interface RuleDefinition extends RuleMeta {
  /** It has a quick fix (defineRule: exactly when the file has a quickFix). */
  fixable: boolean;
  /** The rule's documentation page (markdown), the same text as docs/rules/<id>.md. */
  docs: string;
  check(context: RuleContext): RuleFinding[];
  /** The rule's own fix for one of its findings, when this finding has one. */
  quickFix?(context: FixContext): Fix | undefined;
}
