// The issue-20 bench inputs: the peer comparison's graph and the stability edit suite.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseText, EXAMPLES, exampleText } from '../../bench/designs';
import { editSuite } from '../../bench/editSuite';
import { CROSSING_SHARE, likec4Text, peerGraph, sysdText } from '../../bench/peerGraph';
import { bareElkGraph } from '../../bench/peers';
import { diagramOf } from '../../server/src/diagram/model';

test('the peer graph: N components in groups two deep, a label on every connection, 40% of them between groups', () => {
  const graph = peerGraph(200);
  assert.deepEqual(peerGraph(200), graph, 'seeded: the same graph every time');
  assert.equal(graph.nodes.length, 200);
  const parent = new Map(graph.groups.map((g) => [g.id, g.parent]));
  assert.ok(graph.nodes.every((n) => parent.get(n.group) !== undefined && parent.get(parent.get(n.group) as string) === undefined), 'every component two groups deep');
  assert.equal(graph.edges.length, 300);
  assert.ok(graph.edges.every((e) => e.label.length > 0));
  const groupOf = new Map(graph.nodes.map((n) => [n.id, n.group]));
  const crossing = graph.edges.filter((e) => groupOf.get(e.from) !== groupOf.get(e.to)).length;
  assert.equal(crossing, Math.round(CROSSING_SHARE * graph.edges.length));
  assert.equal(new Set(graph.edges.map((e) => `${e.from}>${e.to}`)).size, graph.edges.length, 'no repeated connection');
});

test('the peer graph as sysd is a valid design with every component, group and labelled connection; the other texts hold them too', () => {
  const graph = peerGraph(50);
  const { model } = analyseText(sysdText(graph));
  assert.deepEqual(model.diagnostics, []);
  assert.equal(model.components.length, 50);
  assert.equal(model.groups.length, graph.groups.length);
  assert.equal(model.connections.filter((c) => c.label).length, graph.edges.length);
  const likec4 = likec4Text(graph);
  for (const node of graph.nodes) assert.match(likec4, new RegExp(`\\b${node.id} = component `));
  assert.equal(likec4.split('\n').filter((l) => l.includes(' -> ')).length, graph.edges.length);
  // Bare ELK: the same nodes and sizes, ELK's defaults but for routing across groups.
  const elk = bareElkGraph(diagramOf(model));
  assert.deepEqual(elk.layoutOptions, { 'elk.algorithm': 'layered', 'elk.hierarchyHandling': 'INCLUDE_CHILDREN' });
  assert.equal(elk.edges?.length, graph.edges.length);
  assert.ok(elk.edges?.every((e) => e.labels?.[0]?.width));
});

test('the edit suite adds one component and one connection, five ways, each a valid design', () => {
  for (const name of EXAMPLES) {
    const text = exampleText(name);
    const before = analyseText(text).model;
    const edits = editSuite(text);
    assert.deepEqual(edits.map((e) => e.name), ['last → new', 'first → new', 'middle → new', 'new in a group', 'new → first'], name);
    for (const edit of edits) {
      const after = analyseText(edit.text).model;
      assert.deepEqual(after.diagnostics.filter((d) => d.severity === 'error'), [], `${name}, ${edit.name}`);
      assert.equal(after.components.length, before.components.length + 1, `${name}, ${edit.name}`);
      assert.equal(after.connections.length, before.connections.length + 1, `${name}, ${edit.name}`);
      const added = after.components.find((c) => c.id === 'added-one');
      assert.equal(Boolean(added?.group), edit.name === 'new in a group', `${name}, ${edit.name}: in a group only when inserted into one`);
    }
  }
});
