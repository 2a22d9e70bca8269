// Counts of a check run: shared by the text summary line, the JSON output and the exit code.
import type { Severity } from '../language/diagnostics';
import type { FileReport } from './findings';

export interface CheckSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  suppressed: number;
  baselined: number;
}

const KEY: Record<Severity, 'errors' | 'warnings' | 'infos' | 'hints'> = { error: 'errors', warning: 'warnings', info: 'infos', hint: 'hints' };

export function summarize(reports: FileReport[], baselined: number): CheckSummary {
  const summary: CheckSummary = { files: reports.length, errors: 0, warnings: 0, infos: 0, hints: 0, suppressed: 0, baselined };
  for (const report of reports) {
    for (const finding of report.findings) summary[KEY[finding.severity]]++;
    summary.suppressed += report.suppressed.length;
  }
  return summary;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(summary: CheckSummary): string {
  const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), plural(summary.infos, 'info'), plural(summary.hints, 'hint')];
  const extra = [
    ...(summary.suppressed ? [`${summary.suppressed} allowed`] : []),
    ...(summary.baselined ? [`${summary.baselined} in baseline`] : []),
  ];
  return `${plural(summary.files, 'file')} checked: ${counts.join(', ')}${extra.length ? ` (${extra.join(', ')})` : ''}.`;
}
