// `sysd check --format sarif`: SARIF 2.1.0 for GitHub code scanning, with rule metadata and @allow suppressions.
import { pathToFileURL } from 'node:url';
import type { Range } from '../language/ast';
import type { Severity } from '../language/diagnostics';
import { codeInfo, DOCS_BASE_URL, firesWhen, ruleInfos, type CodeInfo } from './catalog';
import type { CheckFinding, FileReport } from './findings';
import { TOOL_NAME, TOOL_URI, VERSION } from './version';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** All result paths are relative to this base, which stands for the directory `sysd check` ran in. */
const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
/** GitHub ranks security alerts by this 0–10 score; only rules tagged `security` get one. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.5', info: '3.0', hint: '1.0' };

function plainText(markdown: string): string {
  return markdown
    .replace(/^```\w*\n?/gm, '')
    .replace(/^#+\s*/gm, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .trim();
}

function pascalCase(id: string): string {
  return id.split(/[-_]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

function descriptor(info: CodeInfo) {
  const fires = info.docs ? firesWhen(info.docs) : undefined;
  return {
    id: info.id,
    name: pascalCase(info.id),
    shortDescription: { text: info.description },
    fullDescription: { text: fires ? plainText(fires) : info.description },
    ...(info.docs
      ? { help: { text: plainText(info.docs), markdown: info.docs }, helpUri: `${DOCS_BASE_URL}${info.id}.md` }
      : {}),
    defaultConfiguration: { level: LEVEL[info.severity] },
    properties: {
      tags: [info.category],
      category: info.category,
      precision: 'high',
      'problem.severity': info.severity === 'error' ? 'error' : info.severity === 'warning' ? 'warning' : 'recommendation',
      ...(info.category === 'security' ? { 'security-severity': SECURITY_SEVERITY[info.severity] } : {}),
    },
  };
}

function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function location(file: string, range: Range) {
  return { physicalLocation: { artifactLocation: { uri: encodePath(file), uriBaseId: SRCROOT }, region: region(range) } };
}

export function formatSarif(reports: FileReport[], cwd: string): string {
  const infos = ruleInfos();
  const all = reports.flatMap((r) => [...r.findings, ...r.suppressed]);
  for (const code of new Set(all.map((f) => f.rule))) {
    if (!infos.some((info) => info.id === code)) infos.push(codeInfo(code));
  }
  const index = new Map(infos.map((info, i) => [info.id, i]));
  const result = (finding: CheckFinding) => ({
    ruleId: finding.rule,
    ruleIndex: index.get(finding.rule) as number,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [location(finding.file, finding.range)],
    ...(finding.related.length
      ? { relatedLocations: finding.related.map((r, id) => ({ id, ...location(r.file, r.range), message: { text: r.message } })) }
      : {}),
    partialFingerprints: { 'sysdFinding/v1': finding.fingerprint },
    properties: { severity: finding.severity, element: finding.element },
    ...(finding.suppression
      ? { suppressions: [{ kind: 'inSource', ...(finding.suppression.justification ? { justification: finding.suppression.justification } : {}) }] }
      : {}),
  });
  const base = pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href;
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: TOOL_NAME, version: VERSION, semanticVersion: VERSION, informationUri: TOOL_URI, rules: infos.map(descriptor) } },
      invocations: [{ executionSuccessful: true }],
      originalUriBaseIds: { [SRCROOT]: { uri: base } },
      columnKind: 'utf16CodeUnits',
      artifacts: reports.map((r) => ({ location: { uri: encodePath(r.file), uriBaseId: SRCROOT } })),
      results: [...reports.flatMap((r) => r.findings), ...reports.flatMap((r) => r.suppressed)].map(result),
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
