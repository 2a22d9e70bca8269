// The layout quality measures on small hand-made layouts: crossings, area, edge length, bends, fit zoom and overlaps.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DiagramLayout, EdgeLayout } from '../../server/src/diagram/layout';
import { overlapsOf, qualityOf } from '../../server/src/diagram/quality';
import { fitScale, fitZoom, SIDE_PANEL } from '../../server/src/diagram/viewport';

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

test('fit zoom in the 960×1000 side panel: the tighter axis decides, a fit never enlarges past 100%', () => {
  const both = (width: number, height: number, panel = SIDE_PANEL) => ({ capped: fitZoom({ width, height }, panel), uncapped: fitScale({ width, height }, panel) });
  assert.deepEqual(both(2400, 800), { capped: 0.4, uncapped: 0.4 });
  assert.deepEqual(both(480, 2000), { capped: 0.5, uncapped: 0.5 });
  assert.deepEqual(both(480, 500), { capped: 1, uncapped: 2 });
  assert.deepEqual(both(100, 100, { width: 50, height: 200 }), { capped: 0.5, uncapped: 0.5 });
});

const box = (x: number, y: number, width = 100, height = 50) => ({ x, y, width, height });

test('overlaps: nodes on nodes, labels on nodes and labels, each pair once; touching boxes do not overlap', () => {
  const layout: DiagramLayout = {
    width: 1000, height: 1000, groups: {},
    nodes: { a: box(0, 0), b: box(50, 25), c: box(100, 0), far: box(600, 600) },
    edges: {
      e1: { points: [], label: box(160, 5, 30, 16) }, // on c
      e2: { points: [], label: box(170, 15, 30, 16) }, // on c and on e1's label
      e3: { points: [], label: box(400, 400, 40, 16) },
      e4: { points: [] },
    },
  };
  const o = overlapsOf(layout, { nodes: [], groups: [] });
  // a–b and b–c overlap; a–c only touch at x = 100.
  assert.deepEqual(o, { nodeNode: 2, labelNode: 2, labelLabel: 1, titleNode: 0, titleLabel: 0, titleTitle: 0, total: 5 });
});

test('overlaps: a group title strip may hold nothing but its own members below it', () => {
  const layout: DiagramLayout = {
    width: 1000, height: 1000,
    groups: { outer: box(0, 0, 600, 400), inner: box(20, 40, 300, 200), other: box(500, 10, 300, 100) },
    nodes: {
      member: box(40, 90), // inside inner, below both strips
      deep: box(30, 20, 100, 30), // a member of inner drawn up into outer's strip: its own group's strip, allowed
      stranger: box(200, 10, 100, 20), // not in outer, on outer's strip
    },
    edges: { e: { points: [], label: box(40, 50, 40, 16) } }, // on inner's strip
  };
  const nesting = {
    groups: [{ id: 'outer' }, { id: 'inner', parent: 'outer' }, { id: 'other' }],
    nodes: [{ id: 'member', parent: 'inner' }, { id: 'deep', parent: 'inner' }, { id: 'stranger' }],
  };
  const o = overlapsOf(layout, nesting);
  // other's strip (500..800 × 10..48) lies on outer's strip (0..600 × 0..38).
  assert.equal(o.titleNode, 1, 'stranger on outer\'s strip');
  assert.equal(o.titleLabel, 1, 'the label on inner\'s strip');
  assert.equal(o.titleTitle, 1, 'the strips of outer and other');
  assert.deepEqual(o, { nodeNode: 0, labelNode: 0, labelLabel: 0, titleNode: 1, titleLabel: 1, titleTitle: 1, total: 3 });
});
