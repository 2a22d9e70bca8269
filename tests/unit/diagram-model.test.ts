// The diagram model: every component, group and connection of a design, with badges and findings on their elements.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { diagramOf } from '../../server/src/diagram/model';
import { modelOfText } from '../../server/src/language/model';
import { diagramOfFile, EXAMPLES, FIXTURES, modelOfFile } from './diagram-support';

test('every example: one node per component, one group per group, one edge per connection, unique ids', () => {
  for (const { name, file } of EXAMPLES) {
    const model = modelOfFile(file);
    const diagram = diagramOfFile(file);
    assert.deepEqual(diagram.nodes.map((n) => n.id), model.components.map((c) => c.id), name);
    assert.deepEqual(diagram.groups.map((g) => g.id).sort(), model.groups.map((g) => g.id).sort(), name);
    assert.equal(diagram.edges.length, model.connections.length, name);
    assert.equal(new Set(diagram.edges.map((e) => e.id)).size, diagram.edges.length, `${name}: edge ids are unique`);
    for (const node of diagram.nodes) {
      const component = model.components.find((c) => c.id === node.id);
      assert.equal(node.kind, component?.kind);
      assert.equal(node.parent, component?.group?.id, `${name}: ${node.id} is drawn in its group`);
    }
  }
});

test('nodes and groups keep declaration order, groups interleaved where they are written', () => {
  const diagram = diagramOf(modelOfText('service a\ngroup g { service b }\nservice c\n'));
  const order = [...diagram.nodes, ...diagram.groups].sort((x, y) => x.order - y.order).map((e) => e.id);
  assert.deepEqual(order, ['a', 'g', 'b', 'c']);
});

test('edge ids are `from->to`, repeats numbered, fan-out and chains split into connections', () => {
  const diagram = diagramOf(modelOfText('service a\nservice b\nservice c\na -> b, c\na ~> b : "again"\nb <-> c -> a\n'));
  assert.deepEqual(diagram.edges.map((e) => [e.id, e.kind]), [
    ['a->b', 'sync'], ['a->c', 'sync'], ['a->b#2', 'async'], ['b->c', 'duplex'], ['c->a', 'sync'],
  ]);
  assert.equal(diagram.edges[2].label, 'again');
});

test('key facts become badges; labels default to the ID', () => {
  const diagram = diagramOfFile(path.join(FIXTURES, 'every-kind.sysd'));
  const badges = Object.fromEntries(diagram.nodes.map((n) => [n.id, n.badges]));
  assert.deepEqual(badges.orders, ['×3']);
  assert.deepEqual(badges.db, ['postgres', '2 replicas']);
  assert.deepEqual(badges.hot, ['redis', 'ttl 1h']);
  assert.deepEqual(badges.events, ['kafka', '6 partitions']);
  assert.deepEqual(badges.jobs, ['sqs', 'dlq jobs-dlq']);
  assert.deepEqual(badges.lb, ['×2', 'L7']);
  assert.deepEqual(badges.pay, ['Stripe', 'SLA 99.95%']);
  const unlabelled = diagramOf(modelOfText('service plain\n'));
  assert.equal(unlabelled.nodes[0].label, 'plain');
});

test('a finding sits on the component, group or connection it is about', () => {
  const model = modelOfText([
    'cache c "C" { tll: 1h }',
    'group g { kind: planet }',
    'service a',
    'a -> c : "x" { protocol: htp }',
  ].join('\n'));
  const diagram = diagramOf(model, model.diagnostics);
  const codes = (list: { code: string }[]) => list.map((f) => f.code);
  assert.deepEqual(codes(diagram.nodes.find((n) => n.id === 'c')?.findings ?? []), ['unknown-property']);
  assert.deepEqual(codes(diagram.groups[0].findings), ['unknown-enum-value']);
  assert.deepEqual(codes(diagram.edges[0].findings), ['unknown-enum-value']);
  assert.deepEqual(diagram.nodes.find((n) => n.id === 'a')?.findings, []);
});

test('syntax errors are not badges (the preview shows them in its banner)', () => {
  const model = modelOfText('service a {\nservice b\n');
  assert.ok(model.diagnostics.some((d) => d.code === 'syntax-error'));
  const diagram = diagramOf(model, model.diagnostics);
  assert.ok(diagram.nodes.every((n) => n.findings.every((f) => f.code !== 'syntax-error')));
});

test('sources point at the ID (click) and the whole declaration (cursor)', () => {
  const diagram = diagramOf(modelOfText('service api "API" {\n  instances: 2\n}\n'));
  const { source } = diagram.nodes[0];
  assert.deepEqual(source.selection, { start: { line: 0, character: 8 }, end: { line: 0, character: 11 } });
  assert.equal(source.range.end.line, 2);
});
