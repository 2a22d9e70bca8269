// The layout quality measure on small hand-made layouts: crossings between edges, area, edge length and bends.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DiagramLayout, EdgeLayout } from '../../server/src/diagram/layout';
import { qualityOf } from '../../server/src/diagram/quality';

function layoutWith(edges: Record<string, Array<[number, number]>>, width = 100, height = 50): DiagramLayout {
  const laid: Record<string, EdgeLayout> = {};
  for (const [id, points] of Object.entries(edges)) laid[id] = { points: points.map(([x, y]) => ({ x, y })) };
  return { width, height, nodes: {}, groups: {}, edges: laid };
}

test('a horizontal and a vertical edge that pass through each other cross once', () => {
  const q = qualityOf(layoutWith({ h: [[0, 10], [100, 10]], v: [[50, 0], [50, 40]] }));
  assert.equal(q.crossings, 1);
  assert.equal(q.edgeLength, 140);
  assert.equal(q.bends, 0);
});

test('edges that only touch, share an end, or run side by side do not cross', () => {
  assert.equal(qualityOf(layoutWith({ a: [[0, 10], [50, 10]], b: [[50, 10], [50, 40]] })).crossings, 0, 'shared end point');
  assert.equal(qualityOf(layoutWith({ a: [[0, 10], [100, 10]], b: [[50, 10], [50, 40]] })).crossings, 0, 'one ends on the other');
  assert.equal(qualityOf(layoutWith({ a: [[0, 10], [100, 10]], b: [[20, 10], [80, 10]] })).crossings, 0, 'overlapping on one track');
  assert.equal(qualityOf(layoutWith({ a: [[0, 10], [100, 10]], b: [[0, 20], [100, 20]] })).crossings, 0, 'parallel');
  assert.equal(qualityOf(layoutWith({ a: [[0, 10], [40, 10]], b: [[50, 0], [50, 40]] })).crossings, 0, 'stops short');
});

test('an orthogonal edge with bends is counted segment by segment, and an edge never crosses itself', () => {
  // `loop` turns around and passes over its own first segment; `bar` cuts both legs of the U-shaped `s`.
  const q = qualityOf(layoutWith({
    loop: [[0, 0], [30, 0], [30, 20], [10, 20], [10, -10]],
    s: [[100, 0], [150, 0], [150, 30], [200, 30], [200, 0]],
    bar: [[120, 15], [210, 15]],
  }, 220, 70));
  assert.equal(q.crossings, 2);
  assert.equal(q.bends, 3 + 3);
  assert.equal(q.edgeLength, (30 + 20 + 20 + 30) + (50 + 30 + 50 + 30) + 90);
  assert.equal(q.area, 220 * 70);
});

test('three edges through one point are three crossings (each pair)', () => {
  const q = qualityOf(layoutWith({
    a: [[0, 50], [100, 50]],
    b: [[50, 0], [50, 100]],
    c: [[0, 0], [100, 100]],
  }));
  assert.equal(q.crossings, 3);
});
