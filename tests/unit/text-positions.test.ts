// Offsets and positions through the line index equal a scan from the start of the text, on generated texts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Position } from '../../server/src/language/ast';
import { offsetAt, positionAt } from '../../server/src/language/textPositions';

/** The reference: walk the text from its start on every call (what textPositions did before the index). */
function nextLineStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return -1;
}
function scannedPositionAt(text: string, offset: number): Position {
  let end = Math.min(Math.max(offset, 0), text.length);
  if (end > 0 && text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10) end--;
  let line = 0;
  let lineStart = 0;
  for (let next = nextLineStart(text, 0); next !== -1 && next <= end; next = nextLineStart(text, next)) {
    line++;
    lineStart = next;
  }
  return { line, character: end - lineStart };
}
function scannedOffsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = nextLineStart(text, offset);
    if (next === -1) return text.length;
    offset = next;
  }
  const next = nextLineStart(text, offset);
  let lineEnd = next === -1 ? text.length : next - 1;
  if (next !== -1 && text.charCodeAt(lineEnd) === 10 && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  return Math.min(offset + Math.max(0, position.character), lineEnd);
}

const text = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', 'é', '😀'), { maxLength: 60 }).map((parts) => parts.join(''));

test('positionAt and offsetAt equal a scan from the start, on texts with every kind of line break', () => {
  fc.assert(fc.property(text, fc.integer({ min: -3, max: 70 }), fc.integer({ min: -2, max: 12 }), fc.integer({ min: -2, max: 20 }), (t, offset, line, character) => {
    assert.deepEqual(positionAt(t, offset), scannedPositionAt(t, offset));
    assert.equal(offsetAt(t, { line, character }), scannedOffsetAt(t, { line, character }));
  }), { numRuns: 3000, seed: 4 });
});

test('several texts converted in turn each keep their own lines', () => {
  const [a, b] = ['x\ny\nz', 'one line'];
  assert.deepEqual(positionAt(a, 4), { line: 2, character: 0 });
  assert.deepEqual(positionAt(b, 4), { line: 0, character: 4 });
  assert.equal(offsetAt(a, { line: 1, character: 0 }), 2);
  assert.equal(offsetAt(b, { line: 1, character: 0 }), b.length);
});
