// Folding ranges: multi-line blocks, groups, views and flows, block comments, runs of line comments, `// #region`, import lists.
import type { Block, Range, Statement, SysdFile } from './ast';
import { semanticTokens } from './semanticTokens';

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'imports' | 'region';
}

const REGION_START = /^\/\/\s*#region\b/;
const REGION_END = /^\/\/\s*#endregion\b/;

/** A `{ … }` folds from its opening line to the line before its `}`, which stays visible. */
function braces(ranges: FoldingRange[], range: Range | undefined): void {
  if (!range) return;
  const endLine = range.end.line - 1;
  if (endLine > range.start.line) ranges.push({ startLine: range.start.line, endLine });
}

function block(ranges: FoldingRange[], value: Block | undefined): void {
  if (!value) return;
  braces(ranges, value.range);
  for (const property of value.properties) {
    if (property.value?.type === 'list') braces(ranges, property.value.range);
  }
}

function statements(ranges: FoldingRange[], list: Statement[]): void {
  let importRun: Statement[] = [];
  const flushImports = () => {
    if (importRun.length > 1) ranges.push({ startLine: importRun[0].range.start.line, endLine: importRun[importRun.length - 1].range.end.line, kind: 'imports' });
    importRun = [];
  };
  for (const statement of list) {
    if (statement.type === 'import') importRun.push(statement);
    else flushImports();
    switch (statement.type) {
      case 'scale': block(ranges, statement.block); break;
      case 'component': block(ranges, statement.block); break;
      case 'connection': block(ranges, statement.block); break;
      case 'view': block(ranges, statement.block); break;
      case 'flow':
        braces(ranges, statement.body?.range);
        for (const step of statement.steps) block(ranges, step.block);
        for (const property of statement.properties) {
          if (property.value?.type === 'list') braces(ranges, property.value.range);
        }
        break;
      case 'group':
        braces(ranges, statement.body?.range);
        statements(ranges, statement.statements);
        for (const property of statement.properties) {
          if (property.value?.type === 'list') braces(ranges, property.value.range);
        }
        break;
      default: break;
    }
  }
  flushImports();
}

export function foldingRanges(file: SysdFile): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  if (file.design) block(ranges, file.design.block);
  statements(ranges, file.statements);

  // Lines holding code, so a comment trailing a property is not mistaken for a comment paragraph.
  const codeLines = new Set(semanticTokens(file, undefined, '').map((token) => token.line));
  const regions: number[] = [];
  let run: { start: number; end: number } | undefined;
  const flushRun = () => {
    if (run && run.end > run.start) ranges.push({ startLine: run.start, endLine: run.end, kind: 'comment' });
    run = undefined;
  };
  for (const comment of file.comments) {
    const line = comment.range.start.line;
    if (comment.block) {
      flushRun();
      if (comment.range.end.line > line) ranges.push({ startLine: line, endLine: comment.range.end.line, kind: 'comment' });
      continue;
    }
    if (REGION_START.test(comment.text)) { flushRun(); regions.push(line); continue; }
    if (REGION_END.test(comment.text)) {
      flushRun();
      const start = regions.pop();
      if (start !== undefined && line > start) ranges.push({ startLine: start, endLine: line, kind: 'region' });
      continue;
    }
    if (codeLines.has(line)) { flushRun(); continue; }
    if (run && line === run.end + 1) run.end = line;
    else { flushRun(); run = { start: line, end: line }; }
  }
  flushRun();
  // Editors keep one range per start line: the widest.
  const sorted = ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return sorted.filter((range, i) => i === 0 || sorted[i - 1].startLine !== range.startLine);
}
