// The shape of a best-practice rule and of what its check reports, before @allow and severities are applied.
import type { Range } from '../ast';
import type { Severity } from '../diagnostics';
import type { Estimate } from '../estimate';
import type { Connection, DesignModel, Element, ScaleInfo } from '../model';
import type { SysdConfig } from '../schema';
import type { RuleId } from './ids';

export type RuleCategory = 'reliability' | 'scalability' | 'performance' | 'security' | 'maintainability';

/** What a finding is about: its range and the @allow annotations that can silence it come from here. */
export type Subject = Element | Connection | ScaleInfo;

export interface RuleFinding {
  subject: Subject;
  message: string;
  /** Where to show it, when not the subject's own range (e.g. a scale property). */
  range?: Range;
  /** The other components involved, shown as related information. */
  related?: Array<{ subject: Subject; message: string }>;
  /** Facts the quick fix needs (e.g. the needed instance count). */
  data?: Record<string, string | number | boolean>;
}

/** Everything a check may read: the resolved model, the effective configuration and the scale estimate. */
export interface RuleContext {
  model: DesignModel;
  config: SysdConfig;
  estimate: Estimate;
}

export interface RuleDefinition {
  id: RuleId;
  category: RuleCategory;
  /** The default severity, before configuration and escalation. */
  severity: Severity;
  /** One line: what the rule checks. */
  description: string;
  fixable: boolean;
  /** What the quick fix does, when there is one. */
  fix?: string;
  /** Raised one level when the design targets 99.9% availability or more (the single-point-of-failure rules). */
  escalates?: boolean;
  /** The rule's documentation page (markdown), the same text as docs/rules/<id>.md. */
  docs: string;
  check(context: RuleContext): RuleFinding[];
}

export function isConnection(subject: Subject): subject is Connection {
  return 'arrow' in subject && 'from' in subject;
}

export function isScale(subject: Subject): subject is ScaleInfo {
  return 'block' in subject && !('type' in subject);
}

/** The range a finding on this subject is shown at: the ID token, the arrow, or the `scale` keyword. */
export function rangeOfSubject(subject: Subject): Range {
  if (isConnection(subject)) return subject.arrow.range;
  if (isScale(subject)) return subject.block.keyword.range;
  return subject.idRange;
}
