// Translation between the core's diagnostics and LSP's.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic, Severity } from '../language/diagnostics';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Where rule documentation lives; diagnostics link to it through `codeDescription`. */
export const RULE_DOCS_BASE = 'https://github.com/sysd-dev/sysd/blob/main/docs/rules/';

export function toLspDiagnostic(diagnostic: Diagnostic, isRule: (code: string) => boolean = () => false): LspDiagnostic {
  return {
    range: diagnostic.range,
    severity: SEVERITIES[diagnostic.severity],
    source: 'sysd',
    code: diagnostic.code,
    message: diagnostic.message,
    ...(isRule(diagnostic.code) ? { codeDescription: { href: `${RULE_DOCS_BASE}${diagnostic.code}.md` } } : {}),
    ...(diagnostic.related?.length
      ? { relatedInformation: diagnostic.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message })) }
      : {}),
    ...(diagnostic.tags?.includes('unnecessary') ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    // The subject id lets a code action request find the finding again, even among findings sharing a range.
    ...(diagnostic.data || diagnostic.subject !== undefined
      ? { data: { ...diagnostic.data, ...(diagnostic.subject !== undefined ? { subject: diagnostic.subject } : {}) } }
      : {}),
  };
}
