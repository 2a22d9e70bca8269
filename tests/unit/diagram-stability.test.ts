// Layout stability: adding one component to an example must not reshuffle the rest of the picture.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inProcessElk } from '../../server/src/diagram/index';
import { addOneComponent, NAIVE_OPTIONS, withOneMore } from '../../server/src/diagram/stabilityCase';
import type { Movement } from '../../server/src/diagram/stability';
import { flowOf, layerOrderKept, movement } from '../../server/src/diagram/stability';
import { EXAMPLES, text } from './diagram-support';

// Bounds over the four examples: the average displacement of the existing nodes (common shift taken out)
// and the share of node pairs that keep their relative order. Each group is laid out by itself with its members in
// declaration order, so one new component moves the rest by a pixel at most; ELK without model order breaks both.
const MAX_MEAN_PX = 5;
const MIN_ORDER_KEPT = 0.99;

async function measure(overrides?: Record<string, string>): Promise<{ mean: number; orderKept: number; each: Movement[] }> {
  const each: Movement[] = [];
  for (const { file } of EXAMPLES) each.push(await addOneComponent(text(file), inProcessElk(), 'right', overrides));
  return {
    mean: each.reduce((s, m) => s + m.mean, 0) / each.length,
    orderKept: each.reduce((s, m) => s + m.orderKept, 0) / each.length,
    each,
  };
}

test('the movement measure: identical layouts do not move, a swap is seen', () => {
  const box = (x: number, y: number) => ({ x, y, width: 10, height: 10 });
  const layout = { width: 100, height: 100, groups: {}, edges: {}, nodes: { a: box(0, 0), b: box(50, 0), c: box(0, 50) } };
  assert.deepEqual({ ...movement(layout, layout), shift: undefined }, { compared: 3, moved: 0, mean: 0, max: 0, orderKept: 1, shift: undefined });
  const swapped = { ...layout, nodes: { a: box(50, 0), b: box(0, 0), c: box(0, 50) } };
  const m = movement(layout, swapped);
  assert.equal(m.moved, 2);
  assert.ok(m.orderKept < 1);
});

test('layer order: pairs of one group and layer keep their order across the flow, or not', () => {
  // Flow right: a column of three (different widths, aligned at the left as ELK does), a node in the next column, and
  // a node of another group at the same x.
  const box = (x: number, y: number, width = 140) => ({ x, y, width, height: 60 });
  const nodes = { a: box(0, 0), b: box(0, 100, 180), c: box(0, 200, 160), next: box(300, 100), g1: box(0, 300) };
  const nesting = { nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'next' }, { id: 'g1', parent: 'g' }, { id: 'new' }] };
  const before = { width: 500, height: 400, groups: {}, edges: {}, nodes };
  // Everything shifted down and a new node at the top: nothing swapped.
  const shifted = { ...before, nodes: { ...Object.fromEntries(Object.entries(nodes).map(([id, b]) => [id, { ...b, y: b.y + 80 }])), new: box(0, 0) } };
  assert.deepEqual(layerOrderKept(before, shifted, nesting, 'right'), { pairs: 3, kept: 3, share: 1, allKept: true });
  // b and c swap: a–b and a–c keep their order, b–c does not. `next` and g1 are in no pair with them.
  const swapped = { ...before, nodes: { ...nodes, b: box(0, 200, 180), c: box(0, 100, 160), next: box(300, 0), g1: box(0, -100) } };
  assert.deepEqual(layerOrderKept(before, swapped, nesting, 'right'), { pairs: 3, kept: 2, share: 2 / 3, allKept: false });
  // Seen as a flow down, the same boxes are rows: a, b, c, g1 are all in rows of their own, `next` shares b's row.
  assert.deepEqual(layerOrderKept(before, swapped, nesting, 'down'), { pairs: 1, kept: 1, share: 1, allKept: true });
  // A pair that ends up side by side across the flow has lost its order.
  const level = { ...before, nodes: { ...nodes, b: box(200, 0, 180) } };
  assert.equal(layerOrderKept(before, level, nesting, 'right').kept, 2);
  // A layer ELK aligned at neither side (as in url-shortener's application tier) is still one layer.
  const ragged = { ...before, nodes: { a: box(1718, 0, 169), b: box(1730.8, 100, 153), c: box(1721.3, 200, 164) } };
  assert.equal(layerOrderKept(ragged, ragged, nesting, 'right').pairs, 3);
});

test('the flow of a picture is read from where its edges lead', () => {
  const box = (x: number, y: number) => ({ x, y, width: 100, height: 50 });
  const layout = { width: 500, height: 500, groups: {}, edges: {}, nodes: { a: box(0, 0), b: box(300, 20), c: box(20, 300) } };
  assert.equal(flowOf(layout, [{ from: 'a', to: 'b' }]), 'right');
  assert.equal(flowOf(layout, [{ from: 'a', to: 'c' }, { from: 'b', to: 'missing' }]), 'down');
});

test('adding one component to an example is appended to its text with a connection from the last component', () => {
  const added = withOneMore('service a\nservice b\n');
  assert.match(added, /service added-one "Added service"/);
  assert.match(added, /b -> added-one/);
});

test(`adding one component moves the others less than ${MAX_MEAN_PX} px on average and keeps their order`, async () => {
  const stable = await measure();
  const detail = stable.each.map((m, i) => `${EXAMPLES[i].name}: ${m.mean.toFixed(0)} px, ${(m.orderKept * 100).toFixed(1)}% order kept`).join('; ');
  assert.ok(stable.mean <= MAX_MEAN_PX, `mean displacement ${stable.mean.toFixed(1)} px (${detail})`);
  assert.ok(stable.orderKept >= MIN_ORDER_KEPT, `order kept ${stable.orderKept.toFixed(3)} (${detail})`);
});

test('the bound is one a naive ELK configuration (no model order) breaks', async () => {
  const naive = await measure(NAIVE_OPTIONS);
  assert.ok(naive.mean > MAX_MEAN_PX || naive.orderKept < MIN_ORDER_KEPT, `naive: ${naive.mean.toFixed(1)} px, ${naive.orderKept.toFixed(3)}`);
});
