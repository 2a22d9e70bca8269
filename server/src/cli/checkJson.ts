// `sysd check --format json`: the stable, versioned result documented by schemas/check-result.schema.json.
import type { Range } from '../language/ast';
import type { CheckFinding, FileReport } from './findings';
import type { CheckSummary } from './summary';
import { TOOL_NAME, VERSION } from './version';

export const CHECK_RESULT_SCHEMA = 'https://github.com/sysd-dev/sysd/blob/main/schemas/check-result.schema.json';

/** One-based line and column (UTF-16 code units), as editors and CI annotations show them. */
function oneBased(range: Range) {
  return {
    start: { line: range.start.line + 1, column: range.start.character + 1 },
    end: { line: range.end.line + 1, column: range.end.character + 1 },
  };
}

function findingJson(finding: CheckFinding) {
  return {
    rule: finding.rule,
    severity: finding.severity,
    category: finding.category,
    message: finding.message,
    file: finding.file,
    range: oneBased(finding.range),
    element: finding.element,
    fingerprint: finding.fingerprint,
    related: finding.related.map((r) => ({ file: r.file, range: oneBased(r.range), message: r.message })),
    ...(finding.suppression ? { justification: finding.suppression.justification ?? null } : {}),
  };
}

export function formatJson(reports: FileReport[], summary: CheckSummary): string {
  const result = {
    $schema: CHECK_RESULT_SCHEMA,
    version: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    files: reports.map((r) => r.file),
    findings: reports.flatMap((r) => r.findings).map(findingJson),
    suppressed: reports.flatMap((r) => r.suppressed).map(findingJson),
    summary,
  };
  return `${JSON.stringify(result, null, 2)}\n`;
}
