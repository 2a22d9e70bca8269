// Random designs through the real layout: nested groups, connections across any borders, to groups themselves, into a
// group from inside it, self-loops, cycles, collapsed groups. ELK must lay out every one, with every part placed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { collapseGroups } from '../../server/src/diagram/collapse';
import { inProcessElk } from '../../server/src/diagram/index';
import { layoutDiagram } from '../../server/src/diagram/layout';
import { diagramOf } from '../../server/src/diagram/model';
import { modelOfText } from '../../server/src/language/model';

const KINDS = ['client', 'service', 'database', 'cache', 'queue', 'worker', 'external'];
const ARROWS = ['->', '~>', '<->'];

/** A design text: groups nested up to three deep, components in them or at the top, connections between any two. */
const design = fc.record({
  groups: fc.array(fc.integer({ min: -1, max: 8 }), { minLength: 0, maxLength: 8 }),
  components: fc.array(fc.record({ kind: fc.constantFrom(...KINDS), group: fc.integer({ min: -1, max: 7 }) }), { minLength: 1, maxLength: 18 }),
  connections: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), arrow: fc.constantFrom(...ARROWS), label: fc.boolean() }), { maxLength: 30 }),
  collapse: fc.array(fc.nat(), { maxLength: 3 }),
}).map(({ groups, components, connections, collapse }) => {
  // group i may sit in an earlier group (an index below i), so nesting never loops
  const parents = groups.map((p, i) => (p >= 0 && p < i ? p : -1));
  const inside = (g: number) => components.map((c, i) => ({ ...c, i })).filter((c) => (c.group < groups.length ? c.group : -1) === g);
  const lines: string[] = [];
  const emit = (g: number, depth: number) => {
    const pad = '  '.repeat(depth);
    for (const c of inside(g)) lines.push(`${pad}${c.kind} c${c.i}`);
    parents.forEach((p, child) => {
      if (p !== g) return;
      lines.push(`${pad}group g${child} {`);
      emit(child, depth + 1);
      lines.push(`${pad}}`);
    });
  };
  emit(-1, 0);
  const ids = [...components.map((_, i) => `c${i}`), ...groups.map((_, i) => `g${i}`)];
  for (const { from, to, arrow, label } of connections) {
    lines.push(`${ids[from % ids.length]} ${arrow} ${ids[to % ids.length]}${label ? ' : "a label of some length"' : ''}`);
  }
  return { text: `${lines.join('\n')}\n`, collapse: collapse.filter((g) => g < groups.length).map((g) => `g${g}`) };
});

test('every random design is laid out in both directions, collapsed or not: every component, group and connection placed', async () => {
  await fc.assert(fc.asyncProperty(design, fc.constantFrom('right', 'down'), async ({ text, collapse }, direction) => {
    const whole = diagramOf(modelOfText(text));
    for (const diagram of [whole, collapseGroups(whole, collapse)]) {
      const layout = await layoutDiagram(diagram, inProcessElk(), direction as 'right' | 'down');
      for (const node of diagram.nodes) assert.ok(layout.nodes[node.id], `${node.id} placed\n${text}`);
      for (const group of diagram.groups) assert.ok(layout.groups[group.id], `${group.id} placed\n${text}`);
      for (const edge of diagram.edges) {
        const points = layout.edges[edge.id]?.points ?? [];
        assert.ok(points.length >= 2, `${edge.id} routed\n${text}`);
        assert.ok(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)), `${edge.id} has finite points\n${text}`);
      }
      assert.ok(layout.width > 0 && layout.height > 0);
      const boxes = [...diagram.nodes, ...diagram.groups].map((e) => ({ id: e.id, parent: e.parent, box: layout.nodes[e.id] ?? layout.groups[e.id] }));
      for (const { id, parent, box } of boxes) {
        const outer = parent ? layout.groups[parent] : undefined;
        if (outer) assert.ok(box.x >= outer.x - 0.5 && box.y >= outer.y - 0.5 && box.x + box.width <= outer.x + outer.width + 0.5 && box.y + box.height <= outer.y + outer.height + 0.5, `${id} inside ${parent}\n${text}`);
      }
      const leaves = diagram.nodes.map((n) => layout.nodes[n.id]);
      for (let i = 0; i < leaves.length; i++) {
        for (let j = i + 1; j < leaves.length; j++) {
          const [a, b] = [leaves[i], leaves[j]];
          assert.ok(!(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height), `${diagram.nodes[i].id} overlaps ${diagram.nodes[j].id}\n${text}`);
        }
      }
    }
  }), { numRuns: 80, seed: 20261204 });
});
