// Turns analyses into the CLI's findings: relative file, the element a finding is about, a line-independent fingerprint.
import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';
import type { Range } from '../language/ast';
import type { Analysis } from '../language/analysis';
import { compareDiagnostics, SEVERITY_ORDER, type Diagnostic, type Severity } from '../language/diagnostics';
import { toPath } from '../language/host';
import { connectionPair } from '../language/model';
import { subjectOfDiagnostic } from '../language/subjects';
import { codeInfo } from './catalog';

export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

export interface CheckFinding {
  rule: string;
  severity: Severity;
  category: string;
  message: string;
  /** Path relative to the working directory, with `/` separators. */
  file: string;
  /** Zero-based, as in the core; formats convert to one-based. */
  range: Range;
  /** What the finding is about, independent of line numbers: a component or group id, `from->to`, `scale`, `design`. */
  element: string;
  /** Stable across edits that move lines: rule, file, element (and the message for syntax/schema problems), plus an occurrence number. */
  fingerprint: string;
  related: RelatedLocation[];
  /** Set when an `@allow` silenced the finding. */
  suppression?: { justification?: string };
}

export interface FileReport {
  /** Relative path, `/` separators. */
  file: string;
  findings: CheckFinding[];
  /** Findings an `@allow` silenced, with its reason. */
  suppressed: CheckFinding[];
}

export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel === '' ? path : rel).split(sep).join('/');
}

export function fingerprintKey(rule: string, file: string, element: string, message: string): string {
  // Rule messages carry arithmetic that changes with the design; core messages name the offending word, so keep those.
  return codeInfo(rule).isRule ? `${rule}\u0000${file}\u0000${element}` : `${rule}\u0000${file}\u0000${element}\u0000${message}`;
}

function toFinding(analysis: Analysis, cwd: string, diagnostic: Diagnostic): Omit<CheckFinding, 'fingerprint'> {
  const info = codeInfo(diagnostic.code);
  return {
    rule: diagnostic.code,
    severity: diagnostic.severity,
    category: info.category,
    message: diagnostic.message,
    file: displayPath(cwd, toPath(diagnostic.uri)),
    range: diagnostic.range,
    // A connection goes by its `from->to` pair: the occurrence number of withFingerprints tells repeats apart.
    element: connectionPair(subjectOfDiagnostic(analysis.model, diagnostic)),
    related: (diagnostic.related ?? []).map((r) => ({ file: displayPath(cwd, toPath(r.uri)), range: r.range, message: r.message })),
  };
}

/** Numbers repeated keys so every fingerprint in a file is unique yet independent of line numbers. */
function withFingerprints(findings: Array<Omit<CheckFinding, 'fingerprint'>>): CheckFinding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const key = fingerprintKey(finding.rule, finding.file, finding.element, finding.message);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const hash = createHash('sha256').update(key).digest('hex').slice(0, 16);
    return { ...finding, fingerprint: `${hash}:${occurrence}` };
  });
}

export function reportOf(analysis: Analysis, cwd: string, minimum: Severity): FileReport {
  const keep = (d: Diagnostic) => SEVERITY_ORDER[d.severity] <= SEVERITY_ORDER[minimum];
  const findings = withFingerprints(analysis.diagnostics.filter(keep).map((d) => toFinding(analysis, cwd, d)));
  const suppressed = withFingerprints(
    analysis.suppressed
      .filter((s) => s.finding.uri === analysis.uri && keep(s.finding))
      .sort((a, b) => compareDiagnostics(a.finding, b.finding))
      .map((s) => ({ ...toFinding(analysis, cwd, s.finding), suppression: { justification: s.reason } })),
  );
  return { file: displayPath(cwd, toPath(analysis.uri)), findings, suppressed };
}
