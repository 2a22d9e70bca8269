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

/** Every container of the ELK graph: the root and each group that is laid out by itself. */
function containers(node: ElkNode): ElkNode[] {
  return [node, ...(node.children ?? []).flatMap((c) => (c.children ? containers(c) : []))];
}

test('groups are compound nodes holding their members in declaration order, each laid out by itself with model order', () => {
  const graph = elkGraphOf(diagramOfFile(GROUPS));
  assert.deepEqual(childIds(graph), ['app', 'region', 'partner']);
  assert.deepEqual(childIds(find(graph, 'region')), ['api', 'data']);
  assert.deepEqual(childIds(find(graph, 'data')), ['db', 'sessions']);
  for (const container of containers(graph)) {
    const options = container.layoutOptions ?? {};
    assert.equal(options['elk.hierarchyHandling'], 'SEPARATE_CHILDREN', container.id);
    assert.equal(options['elk.edgeRouting'], 'ORTHOGONAL', container.id);
    assert.equal(options['elk.layered.considerModelOrder.strategy'], 'NODES_AND_EDGES', container.id);
    assert.equal(options['elk.layered.crossingMinimization.forceNodeModelOrder'], 'true', container.id);
    assert.equal(options['elk.direction'], 'RIGHT', container.id);
  }
  assert.ok(containers(elkGraphOf(diagramOfFile(GROUPS), 'down')).every((c) => c.layoutOptions?.['elk.direction'] === 'DOWN'));
});

test('a connection across group borders is one piece per container, joined at ports on the borders; its label is on one piece', () => {
  const graph = elkGraphOf(diagramOfFile(GROUPS));
  const pieces = (container: string) => (find(graph, container)?.edges ?? []).map((e) => [e.id.replace(/\u0000/g, '|'), e.sources[0].replace(/\u0000/g, '|'), e.targets[0].replace(/\u0000/g, '|')]);
  assert.deepEqual(pieces('root'), [
    ['app->api|0', 'app', 'app->api|region|p'],
    ['db->partner|2', 'db->partner|region|p', 'partner'],
    // partner -> region closes a cycle with db -> partner, and partner is declared later: it is drawn back to region.
    ['partner->region|0r', 'region', 'partner'],
  ]);
  assert.deepEqual(pieces('region'), [
    ['app->api|1', 'app->api|region|p', 'api'],
    ['api->db|0', 'api', 'api->db|data|p'],
    ['api->sessions|0', 'api', 'api->sessions|data|p'],
    ['db->partner|1', 'db->partner|data|p', 'db->partner|region|p'],
  ]);
  assert.deepEqual(find(graph, 'region')?.ports?.map((p) => [p.id.replace(/\u0000/g, '|'), p.layoutOptions?.['elk.port.side']]), [
    ['app->api|region|p', 'WEST'], ['db->partner|region|p', 'EAST'],
  ]);
  const labelled = containers(graph).flatMap((c) => c.edges ?? []).filter((e) => e.labels?.length);
  assert.deepEqual(labelled.map((e) => e.id.replace(/\u0000/g, '|')), ['db->partner|2', 'partner->region|0r']);
  assert.ok(labelled.every((e) => e.labels?.[0].width && e.labels[0].height && e.labels[0].layoutOptions?.['elk.edgeLabels.inline'] === 'true'), 'labels are measured and sit on their line');
});

test('a connection that closes a cycle runs against the flow: the later declared end gives way, ELK sees no cycle', () => {
  const diagram = diagramOf(modelOfText('group a {\n service x\n}\ngroup b {\n service y\n}\nx -> y\ny -> x : "callback"\n'));
  const graph = elkGraphOf(diagram);
  const root = (graph.edges ?? []).map((e) => [e.id.replace(/\u0000/g, '|'), e.sources[0].replace(/\u0000/g, '|'), e.targets[0].replace(/\u0000/g, '|')]);
  assert.deepEqual(root, [['x->y|1', 'x->y|a|p', 'x->y|b|p'], ['y->x|1r', 'y->x|a|p', 'y->x|b|p']]);
  const side = (group: string) => find(graph, group)?.ports?.find((p) => p.id.startsWith('y->x'))?.layoutOptions?.['elk.port.side'];
  assert.equal(side('b'), 'WEST', 'the callback leaves b on the side facing a');
  assert.equal(side('a'), 'EAST', 'and enters a on the side facing b');
});

test('unconnected members of a group pack into a block in declaration order, not a strip: 300 come out at most 3:1', async () => {
  const text = `group big "Big group" {\n${Array.from({ length: 300 }, (_, i) => `  service s${i}`).join('\n')}\n}\nclient web\nweb -> s0\n`;
  for (const direction of ['right', 'down'] as const) {
    const layout = await layoutDiagram(diagramOf(modelOfText(text)), inProcessElk(), direction);
    const box = layout.groups.big;
    const ratio = Math.max(box.width / box.height, box.height / box.width);
    assert.ok(ratio <= 3, `${direction}: ${box.width} × ${box.height}`);
    const [s0, s1, s2] = ['s0', 's1', 's2'].map((id) => layout.nodes[id]);
    // Declaration order runs along a layer: down the first column (flowing right), along the first row (flowing down).
    if (direction === 'right') assert.ok(s0.x === s1.x && s1.x === s2.x && s0.y < s1.y && s1.y < s2.y, `${direction}: s0, s1, s2 in order`);
    else assert.ok(s0.y === s1.y && s1.y === s2.y && s0.x < s1.x && s1.x < s2.x, `${direction}: s0, s1, s2 in order`);
  }
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
  const labelled = diagram.edges.filter((e) => layout.edges[e.id]?.label);
  for (let i = 0; i < labelled.length; i++) {
    for (let j = i + 1; j < labelled.length; j++) {
      const [a, b] = [layout.edges[labelled[i].id].label as Box, layout.edges[labelled[j].id].label as Box];
      assert.ok(!overlap(a, b, 1), `${name}: the labels of ${labelled[i].id} and ${labelled[j].id} overlap`);
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

test('large designs skip crossing minimisation (members keep declaration order anyway); small ones keep the thorough passes', () => {
  const design = (components: number) => diagramOf(modelOfText(`group g {\n${Array.from({ length: components - 1 }, (_, i) => `service s${i}`).join('\n')}\n}\nservice t\n`));
  for (const container of containers(elkGraphOf(design(LARGE_DESIGN)))) {
    assert.equal(container.layoutOptions?.['elk.layered.crossingMinimization.strategy'], 'LAYER_SWEEP', container.id);
    assert.equal(container.layoutOptions?.['elk.layered.thoroughness'], '7', container.id);
  }
  for (const container of containers(elkGraphOf(design(LARGE_DESIGN + 1)))) {
    assert.equal(container.layoutOptions?.['elk.layered.crossingMinimization.strategy'], 'NONE', container.id);
    assert.equal(container.layoutOptions?.['elk.layered.crossingMinimization.greedySwitch.type'], 'OFF', container.id);
    assert.equal(container.layoutOptions?.['elk.layered.crossingMinimization.forceNodeModelOrder'], 'true');
  }
});
