// The ELK graph (hierarchy, edges across groups, stable options) and the laid-out picture: nothing overlaps, groups hold their members.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { elkGraphOf, LARGE_DESIGN } from '../../server/src/diagram/elkGraph';
import { inProcessElk, renderDiagram } from '../../server/src/diagram/index';
import { layoutDiagram, type Box, type DiagramLayout } from '../../server/src/diagram/layout';
import { diagramOf, type Diagram } from '../../server/src/diagram/model';
import { modelOfText } from '../../server/src/language/model';
import { diagramOfFile, EXAMPLES, FIXTURES } from './diagram-support';

const GROUPS = path.join(FIXTURES, 'groups.sysd');
const DESIGNS = [...EXAMPLES, { name: 'every-kind', file: path.join(FIXTURES, 'every-kind.sysd') }, { name: 'groups', file: GROUPS }];

function childIds(node: ElkNode | undefined): string[] {
  return (node?.children ?? []).map((c) => c.id);
}

function find(node: ElkNode, id: string): ElkNode | undefined {
  if (node.id === id) return node;
  for (const child of node.children ?? []) {
    const found = find(child, id);
    if (found) return found;
  }
  return undefined;
}

test('groups are compound nodes holding their members, in declaration order', () => {
  const graph = elkGraphOf(diagramOfFile(GROUPS));
  assert.deepEqual(childIds(graph), ['app', 'region', 'partner']);
  assert.deepEqual(childIds(find(graph, 'region')), ['api', 'data']);
  assert.deepEqual(childIds(find(graph, 'data')), ['db', 'sessions']);
  const options = graph.layoutOptions ?? {};
  assert.equal(options['elk.hierarchyHandling'], 'INCLUDE_CHILDREN');
  assert.equal(options['elk.edgeRouting'], 'ORTHOGONAL');
  assert.equal(options['elk.layered.considerModelOrder.strategy'], 'NODES_AND_EDGES');
  assert.equal(options['elk.layered.cycleBreaking.strategy'], 'GREEDY_MODEL_ORDER');
  assert.equal(options['elk.direction'], 'RIGHT');
  assert.equal(elkGraphOf(diagramOfFile(GROUPS), 'down').layoutOptions?.['elk.direction'], 'DOWN');
});

test('edges into, out of and across groups are kept, including one that ends at a group', () => {
  const graph = elkGraphOf(diagramOfFile(GROUPS));
  const edges = (graph.edges ?? []).map((e) => `${e.sources[0]}->${e.targets[0]}`);
  assert.deepEqual(edges, ['app->api', 'api->db', 'api->sessions', 'db->partner', 'partner->region']);
  const labelled = graph.edges?.find((e) => e.id === 'db->partner');
  assert.ok(labelled?.labels?.[0]?.width && labelled.labels[0].height, 'edge labels are measured for ELK');
});

const overlap = (a: Box, b: Box, margin = 0) =>
  a.x < b.x + b.width - margin && b.x < a.x + a.width - margin && a.y < b.y + b.height - margin && b.y < a.y + a.height - margin;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
const onBorder = (p: { x: number; y: number }, b: Box) =>
  (Math.abs(p.x - b.x) < 1 || Math.abs(p.x - b.x - b.width) < 1 || Math.abs(p.y - b.y) < 1 || Math.abs(p.y - b.y - b.height) < 1)
  && p.x >= b.x - 1 && p.x <= b.x + b.width + 1 && p.y >= b.y - 1 && p.y <= b.y + b.height + 1;

function checkReadable(name: string, diagram: Diagram, layout: DiagramLayout): void {
  const nodes = diagram.nodes.map((n) => ({ id: n.id, parent: n.parent, box: layout.nodes[n.id] }));
  for (const node of nodes) assert.ok(node.box, `${name}: ${node.id} has a position`);
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      assert.ok(!overlap(nodes[i].box, nodes[j].box), `${name}: ${nodes[i].id} overlaps ${nodes[j].id}`);
    }
  }
  const members = [...diagram.nodes, ...diagram.groups];
  for (const member of members) {
    if (!member.parent) continue;
    const box = layout.nodes[member.id] ?? layout.groups[member.id];
    assert.ok(inside(box, layout.groups[member.parent]), `${name}: ${member.id} lies inside its group ${member.parent}`);
  }
  for (const node of nodes) {
    for (const group of diagram.groups) {
      let ancestor: string | undefined = node.parent;
      const chain = new Set<string>();
      while (ancestor) { chain.add(ancestor); ancestor = diagram.groups.find((g) => g.id === ancestor)?.parent; }
      if (!chain.has(group.id)) assert.ok(!overlap(node.box, layout.groups[group.id]), `${name}: ${node.id} overlaps group ${group.id}`);
    }
  }
  for (const edge of diagram.edges) {
    const laid = layout.edges[edge.id];
    assert.ok(laid && laid.points.length >= 2, `${name}: ${edge.id} is routed`);
    if (edge.from !== edge.to) {
      const from = layout.nodes[edge.from] ?? layout.groups[edge.from];
      const to = layout.nodes[edge.to] ?? layout.groups[edge.to];
      assert.ok(onBorder(laid.points[0], from), `${name}: ${edge.id} starts on ${edge.from}'s border`);
      assert.ok(onBorder(laid.points[laid.points.length - 1], to), `${name}: ${edge.id} ends on ${edge.to}'s border`);
    }
    for (let i = 1; i < laid.points.length; i++) {
      const [a, b] = [laid.points[i - 1], laid.points[i]];
      assert.ok(Math.abs(a.x - b.x) < 0.5 || Math.abs(a.y - b.y) < 0.5, `${name}: ${edge.id} is orthogonal`);
    }
    if (edge.label) {
      assert.ok(laid.label, `${name}: ${edge.id}'s label is placed`);
      for (const node of nodes) assert.ok(!overlap(laid.label as Box, node.box, 1), `${name}: the label of ${edge.id} covers ${node.id}`);
    }
  }
}

for (const direction of ['right', 'down'] as const) {
  test(`laid out ${direction}: no overlapping nodes or labels, groups hold their members, orthogonal edges on borders`, async () => {
    for (const { name, file } of DESIGNS) {
      const diagram = diagramOfFile(file);
      checkReadable(`${name} (${direction})`, diagram, await layoutDiagram(diagram, inProcessElk(), direction));
    }
  });
}

test('the same design gives the same picture, byte for byte', async () => {
  const diagram = diagramOfFile(EXAMPLES[0].file);
  const first = await renderDiagram(diagram);
  const second = await renderDiagram(structuredClone(diagram));
  assert.equal(first.svg, second.svg);
});

test('large designs lay out with fewer crossing-minimisation passes; small ones keep the thorough default', () => {
  const design = (components: number) => diagramOf(modelOfText(Array.from({ length: components }, (_, i) => `service s${i}`).join('\n')));
  const thoroughness = (components: number) => elkGraphOf(design(components)).layoutOptions?.['elk.layered.thoroughness'];
  assert.equal(thoroughness(LARGE_DESIGN), '7');
  assert.equal(thoroughness(LARGE_DESIGN + 1), '2');
});
