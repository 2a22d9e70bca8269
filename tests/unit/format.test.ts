// The formatter: golden files, idempotence, range edits, and a property test that it never changes the design.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { designFingerprint, formatFile, formatRangeEdits, formatText, minimalChange, minimalEdit } from '../../server/src/language/format';
import { applyEdits } from '../../server/src/language/textPositions';
import { lex } from '../../server/src/language/lexer';
import { parse } from '../../server/src/language/parser';
import { design, separator, spaced } from './format-support';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const goldenDir = path.join(root, 'tests/fixtures/format');
const examples = readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.sysd')).map((f) => path.join(root, 'examples', f));

for (const input of readdirSync(goldenDir).filter((f) => f.endsWith('.input.sysd'))) {
  const name = input.replace('.input.sysd', '');
  test(`golden: ${name}`, () => {
    const text = readFileSync(path.join(goldenDir, input), 'utf8');
    const expected = readFileSync(path.join(goldenDir, `${name}.expected.sysd`), 'utf8');
    const formatted = formatText(text);
    assert.equal(formatted, expected);
    assert.equal(formatText(formatted), formatted, 'formatting the expected output changes nothing');
  });
}

test('a file with a syntax error is returned unchanged', () => {
  const text = 'service a { instances: 3\nservice   b\n';
  assert.equal(formatText(text), text);
  assert.equal(formatFile(parse(text), text), undefined);
});

test('a second design header (kept aside by the parser) blocks formatting instead of being dropped', () => {
  const text = 'design "A"\nservice  a\ndesign "B"\n';
  assert.equal(formatText(text), text);
});

test('the examples format idempotently and keep their design and every comment', () => {
  for (const file of examples) {
    const text = readFileSync(file, 'utf8');
    const once = formatText(text);
    assert.equal(formatText(once), once, `${path.basename(file)} is stable`);
    assert.equal(designFingerprint(parse(once)), designFingerprint(parse(text)));
    assert.equal(parse(once).comments.length, parse(text).comments.length);
  }
});

test('range formatting rewrites only the statements the range touches', () => {
  const text = 'service a{instances:3}\nservice   b\nservice c{ timeout:1s }\n';
  const file = parse(text);
  const start = text.indexOf('service   b');
  const edits = formatRangeEdits(file, text, start + 3, start + 4);
  assert.equal(edits.length, 1);
  assert.equal(applyEdits(text, edits), 'service a{instances:3}\nservice b\nservice c{ timeout:1s }\n');
});

test('range formatting fixes the indentation of a nested statement as part of its top-level statement', () => {
  const text = 'group g {\nservice a{x:1}\n}\nservice   b\n';
  const edits = formatRangeEdits(parse(text), text, text.indexOf('x:1'), text.indexOf('x:1'));
  assert.equal(applyEdits(text, edits), 'group g {\n  service a { x: 1 }\n}\nservice   b\n');
});

test('range formatting of an already formatted statement gives no edit', () => {
  const text = 'service a { instances: 3 }\n';
  assert.deepEqual(formatRangeEdits(parse(text), text, 0, text.length), []);
});

test('minimalEdit replaces only the changed middle', () => {
  assert.deepEqual(minimalEdit('service a{x:1}\n', 'service a { x: 1 }\n'), {
    range: { start: { line: 0, character: 9 }, end: { line: 0, character: 13 } }, newText: ' { x: 1 ',
  });
  assert.equal(minimalEdit('same', 'same'), undefined);
});

// ---- property test: random designs, random whitespace and comments between every token ----

function assertSafe(text: string): void {
  const before = parse(text);
  if (before.errors.length > 0 || before.extraDesigns.length > 0) return;
  const result = formatFile(before, text);
  assert.ok(result, 'a file without errors can be formatted');
  const after = parse(result.text);
  assert.deepEqual(after.errors, [], `formatted text parses:\n${result.text}`);
  assert.equal(designFingerprint(after), designFingerprint(before), `same design:\n${text}\n---\n${result.text}`);
  assert.equal(after.comments.length, before.comments.length);
  const again = formatFile(after, result.text);
  assert.equal(again?.text, result.text, `idempotent:\n${result.text}`);
}

test('property: formatting random designs keeps the design and comments, and is idempotent', () => {
  fc.assert(fc.property(design, fc.array(separator, { minLength: 1, maxLength: 40 }), (tokens, separators) => {
    assertSafe(spaced(tokens, separators));
  }), { numRuns: 400 });
});

test('property: the examples re-spaced with random whitespace and comments format back safely', () => {
  const tokenised = examples.map((file) => {
    const text = readFileSync(file, 'utf8');
    const lexed = lex(text);
    return [...lexed.tokens, ...lexed.comments].sort((a, b) => a.startOffset - b.startOffset)
      .map((t) => (t.image.startsWith('//') ? `${t.image}\n` : t.image));
  });
  fc.assert(fc.property(fc.constantFrom(...tokenised), fc.array(separator, { minLength: 1, maxLength: 60 }), (tokens, separators) => {
    assertSafe(spaced(tokens, separators));
  }), { numRuns: 40 });
});

test('minimalChange never splits a CRLF line break', () => {
  const before = 'service a\r\n\r\n\r\nservice b\r\n';
  const after = 'service a\r\n\r\nservice b\r\n';
  const change = minimalChange(before, after);
  assert.ok(change);
  assert.notEqual(before[change.start - 1], '\r');
  assert.notEqual(before[change.end - 1], '\r');
  assert.equal(before.slice(0, change.start) + change.newText + before.slice(change.end), after);
});

test('range formatting also reaches the design header', () => {
  const text = 'design   "T"{version:"1"}\nservice   b\n';
  const edits = formatRangeEdits(parse(text), text, 2, 2);
  assert.equal(applyEdits(text, edits), 'design "T" { version: "1" }\nservice   b\n');
});
