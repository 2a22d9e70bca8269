// The `design` header's place: imports may stand before it (spec v2); after anything else it is misplaced, and moved by a quick fix.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { schemaFixes } from '../../server/src/language/fixes/schema';
import { formatText } from '../../server/src/language/format';
import { buildModel, modelOfText, type SourceHost } from '../../server/src/language/model';
import { parse } from '../../server/src/language/parser';
import { applyEdits } from '../../server/src/language/textPositions';

const ROOT = 'file:///w/main.sysd';

function hostOf(files: Record<string, string>): SourceHost {
  return { read: (uri) => files[uri], resolve: (from, path) => new URL(path, from).href };
}

test('imports before the header: the header is the design, and nothing is reported', () => {
  const text = 'import "./shared.sysd"\ndesign "Shop"\nservice api\napi -> db\n';
  const file = parse(text);
  assert.deepEqual(file.errors, []);
  assert.equal(file.design?.title?.value, 'Shop');
  assert.deepEqual(file.extraDesigns, []);
  const model = buildModel(ROOT, hostOf({ [ROOT]: text, 'file:///w/shared.sysd': 'database db { replicas: 2, backup: 1d }\n' }));
  assert.equal(model.title, 'Shop');
  assert.deepEqual(model.diagnostics, []);
});

test('a header after another statement is misplaced: its own code and message, at the header, pointing at that statement', () => {
  const model = modelOfText('import "./a.sysd"\nservice api\ndesign "Shop"\n');
  const misplaced = model.diagnostics.filter((d) => d.code === 'misplaced-design');
  assert.equal(misplaced.length, 1);
  assert.equal(model.diagnostics.some((d) => d.code === 'duplicate-design'), false, 'there is only one header');
  assert.equal(misplaced[0].severity, 'error');
  assert.equal(misplaced[0].message, "The 'design' header must come first: move it above line 2 (only imports may stand before it).");
  assert.deepEqual(misplaced[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 13 } });
  assert.deepEqual(misplaced[0].related?.map((r) => r.range.start), [{ line: 1, character: 0 }]);
  assert.equal(model.title, 'Shop', 'a misplaced header still names the design');
});

test('a second header is still duplicate-design, not misplaced', () => {
  const codes = modelOfText('design "A"\nservice x\ndesign "B"\n').diagnostics.map((d) => d.code);
  assert.ok(codes.includes('duplicate-design'));
  assert.ok(!codes.includes('misplaced-design'));
  const importFirst = modelOfText('import "./a.sysd"\ndesign "A"\ndesign "B"\n').diagnostics.map((d) => d.code);
  assert.ok(importFirst.includes('duplicate-design'));
});

function moved(text: string): { title: string; text: string } {
  const model = modelOfText(text);
  const diagnostic = model.diagnostics.find((d) => d.code === 'misplaced-design');
  assert.ok(diagnostic, JSON.stringify(model.diagnostics));
  const [fix, ...others] = schemaFixes(model, diagnostic);
  assert.equal(others.length, 0);
  return { title: fix.title, text: applyEdits(text, fix.edits) };
}

test('quick fix: the misplaced header moves after the leading imports, block and all', () => {
  const text = 'import "./a.sysd" // shared\nimport "./b.sysd"\nservice api\n\ndesign "Shop" { owner: "team-a" }\ndatabase db\n';
  const result = moved(text);
  assert.equal(result.title, "Move the 'design' header up, after the imports");
  assert.equal(result.text, 'import "./a.sysd" // shared\nimport "./b.sysd"\ndesign "Shop" { owner: "team-a" }\nservice api\n\ndatabase db\n');
  const after = modelOfText(result.text);
  assert.equal(after.diagnostics.some((d) => d.code === 'misplaced-design'), false);
  assert.equal(after.title, 'Shop');
});

test('quick fix: without imports the header moves to the top; a header sharing its line is cut out alone', () => {
  assert.deepEqual(moved('service api\ndesign "Shop"\n'), { title: "Move the 'design' header to the top of the file", text: 'design "Shop"\nservice api\n' });
  assert.equal(moved('service api design "Shop"\n').text, 'design "Shop"\nservice api \n');
  assert.equal(moved('service api\ndesign "Shop"').text, 'design "Shop"\nservice api\n', 'the last line, without a line break');
});

test('the formatter keeps imports before the header and the header where it stands', () => {
  assert.equal(formatText('import "./a.sysd"\n\n  design   "Shop"{owner:"me"}\nservice  api\n'), 'import "./a.sysd"\n\ndesign "Shop" { owner: "me" }\nservice api\n');
  assert.equal(formatText('service  b\n// the header\ndesign "B"\n'), 'service b\n// the header\ndesign "B"\n');
});

test('quick fix "create component" never inserts above a header that follows imports', () => {
  const text = 'import "./a.sysd"\ndesign "Shop"\napi -> db\n';
  const model = modelOfText(text);
  const unresolved = model.diagnostics.find((d) => d.code === 'unresolved-reference');
  assert.ok(unresolved);
  const create = schemaFixes(model, unresolved).find((fix) => fix.title.startsWith('Create component'));
  assert.ok(create);
  const fixed = applyEdits(text, create.edits);
  assert.match(fixed, /^import "\.\/a\.sysd"\ndesign "Shop"\n\w+ \w+\napi -> db\n$/);
  assert.equal(modelOfText(fixed).diagnostics.some((d) => d.code === 'misplaced-design'), false);
});
