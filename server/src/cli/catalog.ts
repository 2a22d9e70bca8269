// What the CLI can say about every code a finding may carry: the best-practice rules and the core's own checks.
import type { Severity } from '../language/diagnostics';
import { CORE_CODES, isCoreCode } from '../language/codes';
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
  // The core's own checks (syntax, schema, @allow housekeeping) are not rules, but SARIF still needs their metadata.
  const { severity, description }: { severity: Severity; description: string } = isCoreCode(code)
    ? CORE_CODES[code] : { severity: 'error', description: `sysd check '${code}'.` };
  return { id: code, category: 'correctness', severity, description, isRule: false, fixable: false };
}

/** The first paragraph after the title and metadata line of a rule page: what the rule fires on. */
export function firesWhen(docs: string): string | undefined {
  const paragraphs = docs.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return paragraphs.find((p) => !p.startsWith('#') && !p.startsWith('**'));
}
