// Range formatting against the simple path: the whole file formatted and checked, then restricted to the range.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { generateDesign } from '../../bench/generator';
import { designFingerprint, formatFile, formatRangeEdits, lineStartIfBlank, type TextEdit } from '../../server/src/language/format';
import { parse } from '../../server/src/language/parser';
import { positionAt } from '../../server/src/language/textPositions';
import { design, separator, spaced } from './format-support';

/** The range formatter as it was: format and re-parse the whole file, keep the statements overlapping the range. */
function simpleRangeEdits(text: string, start: number, end: number): TextEdit[] {
  const file = parse(text);
  const result = formatFile(file, text);
  if (!result) return [];
  const after = parse(result.text);
  if (after.errors.length > 0 || designFingerprint(after) !== designFingerprint(file)) return [];
  const edits: TextEdit[] = [];
  for (const span of result.spans) {
    if (span.sourceEnd < start || span.sourceStart > end) continue;
    const sourceFrom = lineStartIfBlank(text, span.sourceStart);
    const replacement = result.text.slice(lineStartIfBlank(result.text, span.outputStart), span.outputEnd);
    if (text.slice(sourceFrom, span.sourceEnd) === replacement) continue;
    edits.push({ range: { start: positionAt(text, sourceFrom), end: positionAt(text, span.sourceEnd) }, newText: replacement });
  }
  return edits;
}

/** Formatting a range gives the edits the simple path gives, wherever the whole file formats safely. */
function assertSameAsSimple(text: string, from: number, to: number): void {
  const file = parse(text);
  const start = Math.min(from, to) % (text.length + 1);
  const end = Math.min(text.length, start + Math.abs(to - from));
  const simple = simpleRangeEdits(text, start, end);
  // Where the whole file is unsafe to format the simple path offers nothing, while a safe range may still be formatted.
  if (simple.length === 0 && formatFile(file, text) === undefined) return;
  assert.deepEqual(formatRangeEdits(file, text, start, end), simple, `range ${start}..${end} of:\n${text}`);
}

test('differential: range formatting of random designs equals the whole file formatted and restricted', () => {
  fc.assert(fc.property(design, fc.array(separator, { minLength: 1, maxLength: 40 }), fc.nat(2000), fc.nat(300), (tokens, separators, from, length) => {
    assertSameAsSimple(spaced(tokens, separators), from, from + length);
  }), { numRuns: 400 });
});

test('differential: range formatting of generated designs (squashed, CRLF) equals the simple path', () => {
  for (const [n, seed] of [[40, 1], [150, 7]] as const) {
    const formatted = generateDesign(n, { seed });
    const squashed = formatted.replace(/: /g, ':').replace(/ \{ /g, '{').replace(/\n {2}/g, '\n   ');
    for (const text of [squashed, squashed.replace(/\n/g, '\r\n')]) {
      const random = fc.sample(fc.tuple(fc.nat(text.length), fc.nat(2000)), { numRuns: 15, seed });
      for (const [from, length] of [[0, text.length], ...random]) assertSameAsSimple(text, from, from + length);
    }
  }
});

test('range formatting edits only the statements in the range and keeps the design', () => {
  const text = 'service a{x:1}\nservice b{x:2} // b\n/* c */ service c{x:3}\n';
  const start = text.indexOf('service b');
  const edits = formatRangeEdits(parse(text), text, start, start + 3);
  assert.deepEqual(edits, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 14 } }, newText: 'service b { x: 2 }' }]);
});
