// locate(): which element sits at a position, at the start, middle and end of tokens, and in broken files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locate, type Target } from '../../server/src/language/locate';
import { parse } from '../../server/src/language/parser';

/** Parses text with one `|` marking the position, and locates it. */
function at(marked: string): Target | undefined {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  return locate(parse(text), { line: before.length - 1, character: before[before.length - 1].length });
}

test('finds a kind keyword at its start, middle and end', () => {
  for (const marked of ['|cache c { ttl: 1h }', 'ca|che c { ttl: 1h }', 'cache| c { ttl: 1h }']) {
    const target = at(marked);
    assert.equal(target?.type, 'kind', marked);
    assert.equal(target.type === 'kind' && target.kind, 'cache');
  }
});

test('finds IDs in declarations, connections and dlq values', () => {
  const text = 'queue q { dlq: dead }\nqueue dead\nservice api\napi ~> q';
  const declaration = at(text.replace('queue q', 'queue |q'));
  assert.deepEqual(declaration?.type === 'id' && [declaration.name, declaration.context], ['q', 'declaration']);
  const dlq = at(text.replace('dlq: dead', 'dlq: de|ad'));
  assert.deepEqual(dlq?.type === 'id' && [dlq.name, dlq.context], ['dead', 'property']);
  const end = at(text.replace('api ~> q', 'api ~> q|'));
  assert.deepEqual(end?.type === 'id' && [end.name, end.context], ['q', 'connection']);
});

test('a position between two tokens belongs to the one that starts there', () => {
  const arrow = at('service a\nservice b\na|->b');
  assert.equal(arrow?.type, 'arrow');
});

test('finds property names and values with their owner', () => {
  const name = at('scale { wri|tes: 100M/day }');
  assert.deepEqual(name?.type === 'property' && [name.property.name.name, name.owner], ['writes', 'scale']);
  const value = at('cdn e { caches: [static, ima|ges] }');
  assert.deepEqual(value?.type === 'value' && value.value.type === 'identifier' && [value.value.name, value.owner], ['images', 'cdn']);
  const edge = at('service a\nservice b\na -> b { protocol: grpc| }');
  assert.deepEqual(edge?.type === 'value' && edge.owner, 'connection');
});

test('finds annotations and rule ids', () => {
  const rule = at('@allow(orphan-comp|onent, "demo")\nexternal geo');
  assert.deepEqual(rule?.type === 'rule' && rule.id.name, 'orphan-component');
  assert.equal(at('@al|low(orphan-component)\nexternal geo')?.type, 'annotation');
});

test('works in a file with a syntax error elsewhere', () => {
  const target = at('service api { instances: 3\nservice db\napi -> d|b\ncache c { ttl: }');
  assert.deepEqual(target?.type === 'id' && target.name, 'db');
  assert.equal(at('service api {\n  instances 3\n}\n\n   |'), undefined);
});
