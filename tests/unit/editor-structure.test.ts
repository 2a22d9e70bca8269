// Semantic tokens, folding ranges, selection ranges and schema quick fixes as pure functions over the model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { modelOfText } from '../../server/src/language/model';
import { encodeTokens, semanticTokens, TOKEN_TYPES } from '../../server/src/language/semanticTokens';
import { foldingRanges } from '../../server/src/language/folding';
import { selectionRanges } from '../../server/src/language/selection';
import { schemaFixes } from '../../server/src/language/fixes/schema';
import type { Position, Range } from '../../server/src/language/ast';

const URI = 'file:///design.sysd';

function pos(text: string, needle: string, shift = 0): Position {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const before = text.slice(0, offset + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function slice(text: string, range: Range): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}

const design = `design "Tokens"
scale { dau: 10M }
@allow(orphan-component, "why")
queue clicks "Clicks" { engine: kafka, dlq: dead, tags: [a, b] }
queue dead
group data { kind: tier
  service api { stateless: true, autoscale: 2..20 }
}
api ~> clicks
api -> ghost
`;

test('semantic tokens say what each word is', () => {
  const model = modelOfText(design, URI);
  const tokens = semanticTokens(model.files.get(URI)!, model, URI);
  const shown = tokens.map((t) => `${design.split('\n')[t.line].slice(t.character, t.character + t.length)}:${t.type}${t.modifiers.length ? `+${t.modifiers.join('+')}` : ''}`);
  assert.deepEqual(shown, [
    'design:keyword', '"Tokens":string',
    'scale:keyword', 'dau:property', '10M:number',
    '@allow:decorator', 'orphan-component:macro', '"why":string',
    'queue:type', 'clicks:class+declaration', '"Clicks":string', 'engine:property', 'kafka:enumMember', 'dlq:property', 'dead:class',
    'tags:property', 'a:enumMember', 'b:enumMember',
    'queue:type', 'dead:class+declaration',
    'group:keyword', 'data:namespace+declaration', 'kind:property', 'tier:enumMember',
    'service:type', 'api:class+declaration', 'stateless:property', 'true:keyword', 'autoscale:property', '2..20:number',
    'api:class', '~>:operator', 'clicks:class',
    'api:class', '->:operator', 'ghost:variable',
  ]);
});

test('semantic tokens encode relative positions and filter by range', () => {
  const model = modelOfText(design, URI);
  const file = model.files.get(URI)!;
  const data = encodeTokens(semanticTokens(file, model, URI));
  assert.deepEqual(data.slice(0, 10), [0, 0, 6, TOKEN_TYPES.indexOf('keyword'), 0, 0, 7, 8, TOKEN_TYPES.indexOf('string'), 0]);
  const line8 = semanticTokens(file, model, URI, { start: { line: 8, character: 0 }, end: { line: 8, character: 20 } });
  assert.deepEqual(line8.map((t) => t.type), ['class', 'operator', 'class']);
});

test('semantic tokens still come for the intact statements of a file with a syntax error', () => {
  const text = 'service api { instances: 3\nservice b\napi -> b\n';
  const model = modelOfText(text, URI);
  const types = semanticTokens(model.files.get(URI)!, model, URI).map((t) => t.type);
  assert.ok(types.includes('operator'));
  assert.ok(types.includes('type'));
});

test('folding covers blocks, groups, lists, block comments, comment paragraphs, regions and imports', () => {
  const text = `import "a.sysd"
import "b.sysd"
/* one
   two */
// paragraph one
// paragraph two
scale {
  dau: 10M   // trailing
  reads: 1k/s   // trailing too
}
// #region data
group data {
  kind: tier
  cache c {
    ttl: 1h
  }
  cdn e { caches: [
    static
  ] }
}
// #endregion
service one { x: 1 }
`;
  const ranges = foldingRanges(modelOfText(text, URI).files.get(URI)!);
  assert.deepEqual(ranges, [
    { startLine: 0, endLine: 1, kind: 'imports' },
    { startLine: 2, endLine: 3, kind: 'comment' },
    { startLine: 4, endLine: 5, kind: 'comment' },
    { startLine: 6, endLine: 8 },
    { startLine: 10, endLine: 20, kind: 'region' },
    { startLine: 11, endLine: 18 },
    { startLine: 13, endLine: 14 },
    { startLine: 16, endLine: 17 },
  ]);
});

test('selection ranges grow from token to property, block, statement, group and file', () => {
  const text = 'service a\ngroup data {\n  cache c { ttl: 1h, engine: redis }\n}\n';
  const chain = selectionRanges(modelOfText(text, URI).files.get(URI)!, pos(text, 'redis', 2));
  assert.deepEqual(chain.map((r) => slice(text, r)), [
    'redis', 'engine: redis', '{ ttl: 1h, engine: redis }', 'cache c { ttl: 1h, engine: redis }',
    '{\n  cache c { ttl: 1h, engine: redis }\n}', 'group data {\n  cache c { ttl: 1h, engine: redis }\n}',
    'service a\ngroup data {\n  cache c { ttl: 1h, engine: redis }\n}',
  ]);
});

test('selection ranges in a connection select the target, then the fan-out list', () => {
  const text = 'a -> b, c : "x"\n';
  const chain = selectionRanges(modelOfText(text, URI).files.get(URI)!, pos(text, 'c :'));
  assert.deepEqual(chain.map((r) => slice(text, r)), ['c', 'b, c', 'a -> b, c : "x"']);
});

function fixesFor(text: string, code: string) {
  const model = modelOfText(text, URI);
  const diagnostic = model.diagnostics.find((d) => d.code === code);
  assert.ok(diagnostic, `${code} in ${JSON.stringify(model.diagnostics.map((d) => d.code))}`);
  return schemaFixes(model, diagnostic);
}

test('quick fix: change an unknown property or enum value to the suggestion (preferred)', () => {
  const property = fixesFor('cache c { tll: 1h }\n', 'unknown-property');
  assert.deepEqual(property, [{ title: "Change to 'ttl'", isPreferred: true, edits: [{ range: { start: { line: 0, character: 10 }, end: { line: 0, character: 13 } }, newText: 'ttl' }] }]);
  const value = fixesFor('cache c { eviction: allkeys_lru }\n', 'unknown-enum-value');
  assert.equal(value[0].title, "Change to 'allkeys-lru'");
  assert.equal(value[0].edits[0].newText, 'allkeys-lru');
  assert.deepEqual(fixesFor('cache c { eviction: fifo }\n', 'unknown-enum-value'), [], 'no suggestion, no fix');
});

test('quick fix: an unresolved reference offers the suggestion and components of sensible kinds after the last component', () => {
  const text = 'service api // the API\nservice apx\napi -> dbb\napi -> apj\n';
  const model = modelOfText(text, URI);
  const unresolved = model.diagnostics.filter((d) => d.code === 'unresolved-reference');
  const db = schemaFixes(model, unresolved.find((d) => d.range.start.line === 2)!);
  assert.deepEqual(db.map((f) => f.title), [
    "Create component 'dbb' as a service", "Create component 'dbb' as a database", "Create component 'dbb' as a cache",
    "Create component 'dbb' as a storage", "Create component 'dbb' as a search", "Create component 'dbb' as a gateway",
    "Create component 'dbb' as a loadbalancer", "Create component 'dbb' as an external", "Create component 'dbb' as a function",
  ]);
  assert.deepEqual(db[0].edits, [{ range: { start: { line: 1, character: 11 }, end: { line: 1, character: 11 } }, newText: '\nservice dbb' }]);
  const typo = schemaFixes(model, unresolved.find((d) => d.range.start.line === 3)!);
  assert.equal(typo[0].title, "Change to 'api'");
  assert.equal(typo[0].isPreferred, true);
});

test('quick fix: a dlq reference offers a queue or a topic, and async targets prefer messaging kinds', () => {
  const dlq = fixesFor('queue q { dlq: dead }\n', 'unresolved-reference');
  assert.deepEqual(dlq.map((f) => f.title), ["Create component 'dead' as a queue", "Create component 'dead' as a topic"]);
  const async = fixesFor('service api\napi ~> events\n', 'unresolved-reference');
  assert.equal(async[0].title, "Create component 'events' as a queue");
});
