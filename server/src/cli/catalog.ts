// What the CLI can say about every code a finding may carry: the best-practice rules and the core's own checks.
import type { Severity } from '../language/diagnostics';
import { RULES } from '../language/rules/registry';

export interface CodeInfo {
  id: string;
  /** A rule's category; `correctness` for syntax and schema problems. */
  category: string;
  severity: Severity;
  description: string;
  /** Markdown documentation, for rules. */
  docs?: string;
  isRule: boolean;
  fixable: boolean;
}

/** Where a rule's page is published (SARIF helpUri, `sysd explain`). */
export const DOCS_BASE_URL = 'https://github.com/sysd-dev/sysd/blob/main/docs/rules/';

/** The core's own diagnostics (syntax, schema, @allow housekeeping): not rules, but they still need SARIF metadata. */
const CORE_CODES: Record<string, [Severity, string]> = {
  'syntax-error': ['error', 'The file does not follow the sysd grammar.'],
  'unknown-property': ['error', 'A property the component kind, group, connection or scale block does not accept.'],
  'duplicate-property': ['error', 'The same property is set twice.'],
  'invalid-value': ['error', 'A property value of the wrong type or unit.'],
  'value-out-of-range': ['error', 'A property value outside its allowed range.'],
  'unknown-enum-value': ['error', 'A property value that is not one of the allowed words.'],
  'unknown-engine': ['info', 'An engine the schema does not know.'],
  'duplicate-id': ['error', 'Two components or groups share one ID.'],
  'non-ascii-id': ['error', 'An ID with letters outside ASCII (labels in quotes may use any script).'],
  'unresolved-reference': ['error', 'A connection or property names an ID that is not declared.'],
  'wrong-reference-kind': ['error', 'A reference to a component of the wrong kind (e.g. a dlq that is not a queue).'],
  'duplicate-design': ['error', "More than one 'design' header in a file."],
  'misplaced-design': ['error', "A 'design' header after other statements than imports."],
  'duplicate-scale': ['error', "More than one 'scale' block in a design."],
  'misplaced-scale': ['error', "A 'scale' block inside a group."],
  'misplaced-import': ['error', "An 'import' inside a group."],
  'import-not-found': ['error', 'An imported file that does not exist.'],
  'import-cycle': ['error', 'Files that import each other in a cycle.'],
  'unknown-annotation': ['warning', 'An annotation other than @allow.'],
  'unknown-rule': ['warning', 'An @allow naming a rule that does not exist.'],
  'unused-allow': ['hint', 'An @allow that silences nothing.'],
  'allow-without-reason': ['warning', 'An @allow without a reason while the configuration requires one.'],
};

export function ruleInfos(): CodeInfo[] {
  return RULES.map((rule) => ({
    id: rule.id, category: rule.category, severity: rule.severity, description: rule.description,
    docs: rule.docs, isRule: true, fixable: rule.fixable,
  })).sort((a, b) => a.id.localeCompare(b.id));
}

export function codeInfo(code: string): CodeInfo {
  const rule = RULES.find((candidate) => candidate.id === code);
  if (rule) {
    return { id: rule.id, category: rule.category, severity: rule.severity, description: rule.description, docs: rule.docs, isRule: true, fixable: rule.fixable };
  }
  const [severity, description] = CORE_CODES[code] ?? ['error', `sysd check '${code}'.`];
  return { id: code, category: 'correctness', severity, description, isRule: false, fixable: false };
}

/** The first paragraph after the title and metadata line of a rule page: what the rule fires on. */
export function firesWhen(docs: string): string | undefined {
  const paragraphs = docs.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return paragraphs.find((p) => !p.startsWith('#') && !p.startsWith('**'));
}
