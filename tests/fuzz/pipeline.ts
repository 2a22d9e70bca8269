// One fuzz input through the whole pipeline (parse → resolve → schema → rules → fixes → format → diagram → editor features), asserting its invariants.
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../server/src/language/analysis';
import type { Position, Range, SysdFile } from '../../server/src/language/ast';
import { codeLensesOf } from '../../server/src/language/codeLens';
import { completionsAt } from '../../server/src/language/completion';
import { ruleFixes } from '../../server/src/language/fixes/rules';
import { schemaFixes } from '../../server/src/language/fixes/schema';
import { foldingRanges } from '../../server/src/language/folding';
import { designFingerprint, formatFile, formatRangeEdits } from '../../server/src/language/format';
import { hoverAt } from '../../server/src/language/hover';
import { inlayHintsOf } from '../../server/src/language/inlayHints';
import { definition, highlights } from '../../server/src/language/navigation';
import { parse } from '../../server/src/language/parser';
import { prepareRename } from '../../server/src/language/rename';
import { selectionRanges } from '../../server/src/language/selection';
import { encodeTokens, semanticTokens } from '../../server/src/language/semanticTokens';
import { elkGraphOf } from '../../server/src/diagram/elkGraph';
import { diagramOf } from '../../server/src/diagram/model';
import { firstDifference, keptTokens } from './tokens';

export const URI = 'file:///fuzz/fuzz.sysd';
const OTHER_URI = 'file:///fuzz/other.sysd';
/** The file `import "./other.sysd"` reaches, so imports resolve, collide and cycle. */
const OTHER = 'service api "Shared API" { instances: 2 }\ndatabase shared-db { engine: postgres }\napi -> shared-db\nimport "./fuzz.sysd"\n';

/** A runaway (quadratic recovery, an endless loop) takes seconds; a normal input takes milliseconds. */
export const SLOW_INPUT_MS = 2000;

/** Line lengths in UTF-16 code units, with the LSP's line breaks: `\r\n`, `\r` and `\n`. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

/** LSP position of an offset (an offset inside a `\r\n` pair counts as the end of its line). */
export function lspPosition(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  const end = Math.min(Math.max(0, offset), text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { line++; lineStart = i + 1; } else if (c === 13 && i + 1 === end) return { line, character: i - lineStart };
  }
  return { line, character: end - lineStart };
}

function insidePosition(position: Position, lines: number[]): boolean {
  return Number.isInteger(position.line) && Number.isInteger(position.character) &&
    position.line >= 0 && position.line < lines.length && position.character >= 0 && position.character <= lines[position.line];
}

function assertInside(range: Range, lines: number[], what: string): void {
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  // The message is built only on failure: this runs for every range of every input.
  if (!(insidePosition(range.start, lines) && insidePosition(range.end, lines) && ordered)) {
    assert.fail(`${what}: range ${JSON.stringify(range)} is not inside the document (line lengths ${JSON.stringify(lines.slice(0, 40))})`);
  }
}

function analyzeText(text: string): Analysis {
  return analyze(URI, {
    read: (uri) => (uri === URI ? text : uri === OTHER_URI ? OTHER : undefined),
    // The server's own resolver (host.ts), so odd import paths reach the same code.
    resolve: (from, path) => new URL(path, from).href,
  });
}

/**
 * Formatting keeps the design, every token and comment (tokens.ts says what it may change), and is idempotent;
 * range formatting edits stay inside the document. The formatter core (formatFile) is checked directly: formatText's
 * safety net (leave the text alone when the result would differ) would otherwise hide its bugs.
 */
function checkFormatting(text: string, file: SysdFile, probes: readonly number[], lines: number[]): void {
  const result = formatFile(file, text);
  // No result (syntax errors): formatText leaves the text as it is.
  if (!result) return;
  const formatted = result.text;
  const after = parse(formatted);
  assert.deepEqual(after.errors, [], `the formatted text has syntax errors:\n--- before ---\n${text}\n--- after ---\n${formatted}`);
  assert.equal(designFingerprint(after), designFingerprint(file), `formatting changed the design:\n--- before ---\n${text}\n--- after ---\n${formatted}`);
  if (formatted !== text) {
    const lost = firstDifference(keptTokens(text), keptTokens(formatted));
    assert.equal(lost, undefined, `formatting changed the user's tokens (${lost}):\n--- before ---\n${text}\n--- after ---\n${formatted}`);
  }
  const again = formatFile(after, formatted);
  assert.equal(again?.text, formatted, `formatting is not idempotent:\n--- once ---\n${formatted}\n--- twice ---\n${again?.text}`);
  const from = (probes[0] ?? 0) % (text.length + 1);
  const to = Math.min(text.length, from + (probes[1] ?? 0) % 200);
  for (const edit of formatRangeEdits(file, text, from, to)) assertInside(edit.range, lines, 'range formatting edit');
}

/**
 * Quick fixes: every edit inside the document. A fix may delete through the end of the document with an end
 * at the start of the line after the last (the usual LSP idiom, which editors clamp).
 */
function checkFixes(analysis: Analysis, lines: number[]): void {
  for (const diagnostic of analysis.diagnostics) {
    for (const fix of [...ruleFixes(analysis.model, diagnostic), ...schemaFixes(analysis.model, diagnostic)]) {
      for (const edit of fix.edits) {
        const { start, end } = edit.range;
        const throughEnd = end.line === lines.length && end.character === 0;
        assertInside(throughEnd ? { start, end: { line: lines.length - 1, character: lines[lines.length - 1] } } : edit.range, lines, `fix '${fix.title}' for ${diagnostic.code}`);
      }
    }
  }
}

/** The editor features at a few positions: nothing throws and every range they return is inside the document. */
function checkEditorFeatures(text: string, file: SysdFile, analysis: Analysis, lines: number[], probes: readonly number[]): void {
  const tokens = semanticTokens(file, analysis.model, URI);
  for (const token of tokens) {
    assertInside({ start: token, end: { line: token.line, character: token.character + token.length } }, lines, `semantic token ${token.type}`);
  }
  encodeTokens(tokens);
  for (const fold of foldingRanges(file)) {
    assert.ok(fold.startLine >= 0 && fold.startLine <= fold.endLine && fold.endLine < lines.length, `folding range ${JSON.stringify(fold)} outside ${lines.length} lines`);
  }
  for (const hint of inlayHintsOf(analysis, URI)) assertInside({ start: hint.position, end: hint.position }, lines, 'inlay hint');
  for (const lens of codeLensesOf(analysis, URI)) assertInside(lens.range, lines, 'code lens');
  for (const probe of probes) {
    const position = lspPosition(text, probe % (text.length + 1));
    const hover = hoverAt(analysis, URI, position);
    if (hover) assertInside(hover.range, lines, 'hover');
    for (const item of completionsAt(analysis, text, position)) assertInside(item.range, lines, `completion '${item.label}' at ${JSON.stringify(position)}`);
    for (const range of selectionRanges(file, position)) assertInside(range, lines, 'selection range');
    const target = definition(analysis.model, URI, position);
    if (target && target.uri === URI) assertInside(target.range, lines, 'definition');
    for (const highlight of highlights(analysis.model, URI, position)) assertInside(highlight.range, lines, 'highlight');
    const rename = prepareRename(analysis.model, URI, position);
    if (rename.ok) assertInside(rename.value.range, lines, 'rename');
  }
}

/** The diagram of the design and its ELK graph; every source range of the root file inside the document. */
function checkDiagram(analysis: Analysis, lines: number[]): void {
  const diagram = diagramOf(analysis.model, analysis.findings.concat(analysis.model.diagnostics));
  for (const item of [...diagram.nodes, ...diagram.groups, ...diagram.edges]) {
    if (item.source.uri !== URI) continue;
    assertInside(item.source.range, lines, `diagram source of ${item.id}`);
    assertInside(item.source.selection, lines, `diagram selection of ${item.id}`);
  }
  elkGraphOf(diagram, 'down');
  JSON.stringify(diagram);
}

/**
 * Runs every stage on `text`; `probes` are offsets (taken modulo the length) for the position-based features.
 * Returns whether the text parsed without syntax errors (the run reports how many did).
 */
export function checkPipeline(text: string, probes: readonly number[] = []): boolean {
  const started = performance.now();
  const lines = lineLengths(text);
  const analysis = analyzeText(text);
  for (const diagnostic of analysis.diagnostics) {
    assertInside(diagnostic.range, lines, `diagnostic ${diagnostic.code} '${diagnostic.message}'`);
    for (const related of diagnostic.related ?? []) {
      if (related.uri === URI) assertInside(related.range, lines, `related information of ${diagnostic.code}`);
    }
  }
  for (const reference of analysis.model.references) {
    if (reference.uri === URI) assertInside(reference.range, lines, `reference '${reference.name}'`);
  }
  const file = analysis.model.files.get(URI);
  assert.ok(file, 'the root file is in the model');
  checkFixes(analysis, lines);
  checkFormatting(text, file, probes, lines);
  checkDiagram(analysis, lines);
  checkEditorFeatures(text, file, analysis, lines, probes);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < SLOW_INPUT_MS, `one input took ${Math.round(elapsed)} ms (bound ${SLOW_INPUT_MS} ms): a runaway on ${text.length} characters`);
  return file.errors.length === 0;
}
