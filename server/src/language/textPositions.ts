// Conversions between offsets and line/character positions, and applying text edits (formatter, fixes, completion).
import type { Position } from './ast';

export interface TextEdit {
  range: { start: Position; end: Position };
  newText: string;
}

/** The offset just past the line break that ends the line starting at `from`, or -1 on the last line. */
function nextLineStart(text: string, from: number): number {
  // Line breaks as the lexer and LSP count them: `\r\n`, `\r` and `\n`.
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return -1;
}

export function positionAt(text: string, offset: number): Position {
  let end = Math.min(Math.max(offset, 0), text.length);
  // An offset between `\r` and `\n` is the end of that line.
  if (end > 0 && text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10) end--;
  let line = 0;
  let lineStart = 0;
  for (let next = nextLineStart(text, 0); next !== -1 && next <= end; next = nextLineStart(text, next)) {
    line++;
    lineStart = next;
  }
  return { line, character: end - lineStart };
}

export function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = nextLineStart(text, offset);
    if (next === -1) return text.length;
    offset = next;
  }
  // A character past the end of the line stops at the line break (LSP clamps it so).
  const next = nextLineStart(text, offset);
  let lineEnd = next === -1 ? text.length : next - 1;
  if (next !== -1 && text.charCodeAt(lineEnd) === 10 && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  return Math.min(offset + Math.max(0, position.character), lineEnd);
}

/** Applies non-overlapping edits to a text (inserts at the same spot keep their order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const located = edits.map((edit, index) => ({ edit, index, start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end) }));
  located.sort((a, b) => b.start - a.start || b.index - a.index);
  let result = text;
  for (const { edit, start, end } of located) result = result.slice(0, start) + edit.newText + result.slice(end);
  return result;
}

/** The position just past the end of a text, for whole-document edits. */
export function endOf(text: string): Position {
  return positionAt(text, text.length);
}
