// The baseline: findings recorded once (`--write-baseline`) and ignored later (`--baseline`), matched by rule, file and element.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { displayPath, fingerprintKey, type CheckFinding, type FileReport } from './findings';
import { UsageError } from './io';

export interface BaselineEntry {
  rule: string;
  file: string;
  element: string;
  /** Only for syntax and schema problems, whose message names the offending word. */
  message?: string;
  /** How many such findings were recorded. */
  count: number;
}

export interface BaselineFile {
  version: 1;
  findings: BaselineEntry[];
}

/** File paths in a baseline are relative to the baseline's own directory, so it works from any working directory. */
function keyOf(finding: CheckFinding, cwd: string, baselineDir: string): string {
  const file = displayPath(baselineDir, resolve(cwd, finding.file));
  return fingerprintKey(finding.rule, file, finding.element, finding.message);
}

export function writeBaseline(path: string, reports: FileReport[], cwd: string): number {
  const baselineDir = dirname(resolve(cwd, path));
  const entries = new Map<string, BaselineEntry>();
  let total = 0;
  for (const finding of reports.flatMap((r) => r.findings)) {
    const key = keyOf(finding, cwd, baselineDir);
    const entry = entries.get(key);
    total++;
    if (entry) { entry.count++; continue; }
    const file = displayPath(baselineDir, resolve(cwd, finding.file));
    const withMessage = key.split('\u0000').length === 4;
    entries.set(key, { rule: finding.rule, file, element: finding.element, ...(withMessage ? { message: finding.message } : {}), count: 1 });
  }
  const findings = [...entries.values()].sort((a, b) =>
    a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.element.localeCompare(b.element) || (a.message ?? '').localeCompare(b.message ?? ''));
  const baseline: BaselineFile = { version: 1, findings };
  try {
    writeFileSync(resolve(cwd, path), `${JSON.stringify(baseline, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(`cannot write baseline '${path}': ${(error as Error).message}`);
  }
  return total;
}

export function readBaseline(path: string, cwd: string): BaselineFile {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch {
    throw new UsageError(`cannot read baseline '${path}': no such file. Create it with --write-baseline ${path}.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`baseline '${path}' is not valid JSON: ${(error as Error).message}`);
  }
  const file = data as Partial<BaselineFile>;
  const valid = file && file.version === 1 && Array.isArray(file.findings) && file.findings.every((e) =>
    e && typeof e.rule === 'string' && typeof e.file === 'string' && typeof e.element === 'string' && Number.isInteger(e.count)
    && (e.message === undefined || typeof e.message === 'string'));
  if (!valid) throw new UsageError(`baseline '${path}' is not a sysd baseline (version 1 with a 'findings' list); write a new one with --write-baseline.`);
  return file as BaselineFile;
}

/** Removes baselined findings from the reports (each entry absorbs up to `count` findings); returns how many it removed. */
export function applyBaseline(baseline: BaselineFile, path: string, reports: FileReport[], cwd: string): number {
  const baselineDir = dirname(resolve(cwd, path));
  const remaining = new Map<string, number>();
  for (const entry of baseline.findings) {
    const key = entry.message === undefined
      ? `${entry.rule}\u0000${entry.file}\u0000${entry.element}`
      : `${entry.rule}\u0000${entry.file}\u0000${entry.element}\u0000${entry.message}`;
    remaining.set(key, (remaining.get(key) ?? 0) + entry.count);
  }
  let removed = 0;
  for (const report of reports) {
    report.findings = report.findings.filter((finding) => {
      const key = keyOf(finding, cwd, baselineDir);
      const left = remaining.get(key) ?? 0;
      if (left === 0) return true;
      remaining.set(key, left - 1);
      removed++;
      return false;
    });
  }
  return removed;
}
