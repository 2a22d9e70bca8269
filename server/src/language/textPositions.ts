// Conversions between offsets and line/character positions, and applying text edits (formatter, fixes, completion).
import type { Position } from './ast';

export interface TextEdit {
  range: { start: Position; end: Position };
  newText: string;
}

export function positionAt(text: string, offset: number): Position {
  const end = Math.min(Math.max(offset, 0), text.length);
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: end - lineStart };
}

export function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + position.character, text.length);
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
