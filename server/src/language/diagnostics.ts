// The diagnostic shape every stage of the core reports in (no LSP types here).
import type { Range } from './ast';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface RelatedInformation {
  uri: string;
  range: Range;
  message: string;
}

export interface Diagnostic {
  uri: string;
  range: Range;
  severity: Severity;
  message: string;
  /** `syntax-error`, a schema error code (`unknown-property`, …) or a rule id. */
  code: string;
  related?: RelatedInformation[];
  /** `unnecessary` greys the range out in editors (unused allows, orphans). */
  tags?: Array<'unnecessary'>;
  /** What a rule's finding is about, by id (see subjects.ts): its quick fixes, CLI element and diagram badge go by it. */
  subject?: string;
  /** Extra facts for quick fixes, e.g. `{ suggestion: 'ttl' }`. */
  data?: Record<string, string | number | boolean>;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.uri, b.uri) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  );
}

/** Code-unit order: deterministic like localeCompare, and far cheaper on the path of every analysis. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
