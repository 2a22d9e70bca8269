// `sysd check --format text`: one `file:line:col severity code message` line per finding.
import type { Paint } from './color';
import type { CheckFinding, FileReport } from './findings';

export function formatFindingLine(finding: CheckFinding, colors: Paint): string {
  const { line, character } = finding.range.start;
  const where = colors.bold(`${finding.file}:${line + 1}:${character + 1}`);
  return `${where} ${colors.severity(finding.severity, finding.severity)} ${colors.dim(finding.rule)} ${finding.message}`;
}

export function formatText(reports: FileReport[], colors: Paint): string {
  return reports.flatMap((report) => report.findings).map((finding) => `${formatFindingLine(finding, colors)}\n`).join('');
}
