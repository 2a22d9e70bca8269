// Navigation and rename over the resolved model: definition across imports, references, highlights, symbols, rename.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel, modelOfText, type DesignModel } from '../../server/src/language/model';
import { definition, fuzzyScore, highlights, references, workspaceSymbols } from '../../server/src/language/navigation';
import { invalidIdentifier, prepareRename, rename } from '../../server/src/language/rename';
import type { Position } from '../../server/src/language/ast';

const URI = 'file:///design.sysd';

/** The position of the `n`th occurrence of `needle` in `text`, moved `shift` characters in. */
function pos(text: string, needle: string, shift = 0, n = 0): Position {
  let offset = -1;
  for (let i = 0; i <= n; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} in text`);
  const before = text.slice(0, offset + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function multiFile(files: Record<string, string>, root: string): DesignModel {
  return buildModel(root, { read: (u) => files[u], resolve: (from, path) => new URL(path, from).href });
}

const design = `queue clicks { dlq: clicks-dlq }
queue clicks-dlq
service api "API"
@allow(orphan-component)
group data { cache c }
api ~> clicks
api -> c, data
`;

test('definition jumps from a use to the declaration at the start, middle and end of the ID', () => {
  const model = modelOfText(design, URI);
  const declaration = pos(design, 'clicks-dlq', 0, 1);
  for (const shift of [0, 4, 10]) {
    assert.deepEqual(definition(model, URI, pos(design, 'clicks-dlq', shift))?.range.start, declaration, `shift ${shift}`);
  }
  assert.deepEqual(definition(model, URI, pos(design, 'c, data', 0))?.range.start, pos(design, 'cache c', 6));
  assert.equal(definition(model, URI, pos(design, 'service', 2)), undefined, 'a keyword has no definition');
});

test('definition crosses imports and opens an imported file from its path', () => {
  const files = {
    'file:///w/main.sysd': 'import "shared.sysd"\nservice api\napi -> db\n',
    'file:///w/shared.sysd': '// shared\ndatabase db\n',
  };
  const model = multiFile(files, 'file:///w/main.sysd');
  const main = files['file:///w/main.sysd'];
  assert.deepEqual(definition(model, 'file:///w/main.sysd', pos(main, 'db', 1)), {
    uri: 'file:///w/shared.sysd', range: { start: { line: 1, character: 9 }, end: { line: 1, character: 11 } },
  });
  assert.equal(definition(model, 'file:///w/main.sysd', pos(main, 'shared', 2))?.uri, 'file:///w/shared.sysd');
});

test('references list every use, with or without the declaration, including dlq values', () => {
  const model = modelOfText(design, URI);
  const all = references(model, URI, pos(design, 'clicks-dlq', 0, 1), true);
  assert.equal(all.length, 2);
  assert.deepEqual(all[0].range.start, pos(design, 'clicks-dlq', 0, 1), 'declaration first');
  const uses = references(model, URI, pos(design, 'clicks', 1), false);
  assert.deepEqual(uses.map((r) => r.range.start), [pos(design, 'clicks', 0, 3)]);
});

test('highlights mark the declaration as a write and uses as reads', () => {
  const model = modelOfText(design, URI);
  const found = highlights(model, URI, pos(design, 'api', 0, 1));
  assert.deepEqual(found.map((h) => h.kind), ['write', 'read', 'read']);
  assert.deepEqual(highlights(model, URI, pos(design, 'orphan', 2)), [], 'rule ids are not IDs');
});

test('workspace symbols match fuzzily, best first, once per element', () => {
  const model = modelOfText(design, URI);
  const symbols = workspaceSymbols([model, model], 'cdlq');
  assert.deepEqual(symbols.map((s) => s.name), ['clicks-dlq']);
  assert.deepEqual(workspaceSymbols([model], 'c').map((s) => s.name).slice(0, 3), ['c', 'clicks', 'clicks-dlq']);
  assert.equal(workspaceSymbols([model], 'API')[0].name, 'api');
  assert.equal(workspaceSymbols([model], '').length, 5);
  assert.equal(workspaceSymbols([model], 'c')[0].container, 'data');
  assert.equal(fuzzyScore('xyz', 'api'), undefined);
});

test('prepareRename accepts IDs and rejects keywords, rule ids, and undeclared names', () => {
  const model = modelOfText(`${design}api -> ghost\n`, URI);
  const text = `${design}api -> ghost\n`;
  const ok = prepareRename(model, URI, pos(text, 'data', 2));
  assert.deepEqual(ok.ok && ok.value.name, 'data');
  assert.equal(prepareRename(model, URI, pos(text, 'service', 1)).ok, false);
  assert.equal(prepareRename(model, URI, pos(text, 'orphan-component', 3)).ok, false);
  const ghost = prepareRename(model, URI, pos(text, 'ghost', 1));
  assert.match(ghost.ok ? '' : ghost.message, /not declared/);
});

test('rename changes every occurrence, dlq values included, and leaves @allow rule ids alone', () => {
  const text = `${design}@allow(clicks-dlq)\nservice other\n`;
  const model = modelOfText(text, URI);
  const result = rename(model, URI, pos(text, 'clicks-dlq', 3), 'dead-letters');
  assert.ok(result.ok);
  assert.deepEqual(result.value.map((e) => e.range.start).sort((a, b) => a.line - b.line), [pos(text, 'clicks-dlq'), pos(text, 'clicks-dlq', 0, 1)]);
  assert.ok(result.value.every((e) => e.newText === 'dead-letters'));
});

test('rename rejects invalid IDs, keywords and clashes with a clear message', () => {
  const model = modelOfText(design, URI);
  const at = pos(design, 'api', 1, 0);
  for (const [name, pattern] of [['9lives', /not a valid ID/], ['a->b', /not a valid ID/], ['trailing-', /not a valid ID/], ['scale', /keyword/], ['clicks', /already the ID of a queue on line 1/]] as const) {
    const result = rename(model, URI, at, name);
    assert.equal(result.ok, false, name);
    assert.match(result.ok ? '' : result.message, pattern);
  }
  assert.equal(invalidIdentifier('clicks-dlq_2'), undefined);
});

test('rename reaches every file of the design and the open files importing it', () => {
  const files = {
    'file:///w/main.sysd': 'import "shared.sysd"\nservice api\napi -> db\n',
    'file:///w/shared.sysd': 'database db\nservice other\nother -> db\n',
  };
  const fromShared = multiFile(files, 'file:///w/shared.sysd');
  const fromMain = multiFile(files, 'file:///w/main.sysd');
  const result = rename(fromShared, 'file:///w/shared.sysd', { line: 0, character: 10 }, 'store', [fromMain]);
  assert.ok(result.ok);
  assert.deepEqual(result.value.map((e) => `${e.uri.slice(10)}:${e.range.start.line}:${e.range.start.character}`).sort(),
    ['main.sysd:2:7', 'shared.sysd:0:9', 'shared.sysd:2:9']);
});

test('a kind name used as an ID is an ID: definition, references and rename reach every use, kinds stay kinds', () => {
  const text = 'cdn cdn "CDN"\nqueue queue { dlq: queue }\nclient web\nweb -> cdn, queue\ncdn -> queue\n';
  const model = modelOfText(text, URI);
  assert.deepEqual(model.diagnostics.map((d) => d.message), []);
  assert.deepEqual(definition(model, URI, pos(text, 'cdn', 0, 2))?.range.start, pos(text, 'cdn', 0, 1));
  assert.deepEqual(definition(model, URI, pos(text, 'queue', 0, 2))?.range.start, pos(text, 'queue', 0, 1), 'a dlq value');
  assert.equal(definition(model, URI, pos(text, 'cdn', 0, 0)), undefined, 'the kind itself is no reference');
  assert.equal(references(model, URI, pos(text, 'cdn', 0, 1), true).length, 3);
  const renamed = rename(model, URI, pos(text, 'cdn', 0, 3), 'edge');
  assert.ok(renamed.ok);
  assert.deepEqual(renamed.value.map((e) => e.range.start), [pos(text, 'cdn', 0, 1), pos(text, 'cdn', 0, 2), pos(text, 'cdn', 0, 3)].sort((a, b) => a.line - b.line));
  const toKind = rename(model, URI, pos(text, 'web', 0, 1), 'client');
  assert.ok(toKind.ok, 'a kind name is a valid new ID');
  assert.equal(toKind.value.length, 2);
});
