// Laying out for a panel: direction from its shape, an overview when the design is not readable, labels never cut up to 40 characters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inProcessElk, renderDiagram } from '../../server/src/diagram/index';
import { EDGE_LABEL_KEPT, measureEdgeLabel } from '../../server/src/diagram/measure';
import { diagramOf, type DiagramEdge } from '../../server/src/diagram/model';
import { blockShape } from '../../server/src/diagram/packing';
import { directionFor, fitZoom, outermostGroups, READABLE_ZOOM } from '../../server/src/diagram/viewport';
import { modelOfText } from '../../server/src/language/model';
import { generateDesign } from '../../bench/generator';
import { diagramOfFile, EXAMPLES } from './diagram-support';

const SIDE_PANEL = { width: 960, height: 1000 };

test('auto direction follows the panel: right in a wide one, down in a square or tall one; a setting wins', () => {
  assert.equal(directionFor('auto', { width: 1900, height: 900 }), 'right');
  assert.equal(directionFor('auto', SIDE_PANEL), 'down');
  assert.equal(directionFor('auto', { width: 500, height: 1200 }), 'down');
  assert.equal(directionFor('auto'), 'right', 'no panel (a file): today\'s left-to-right');
  assert.equal(directionFor('right', SIDE_PANEL), 'right');
  assert.equal(directionFor('down', { width: 1900, height: 900 }), 'down');
});

test('fit zoom is the scale that shows the whole picture, never above 1', () => {
  assert.equal(fitZoom({ width: 1920, height: 1000 }, SIDE_PANEL), 0.5);
  assert.equal(fitZoom({ width: 480, height: 2000 }, SIDE_PANEL), 0.5);
  assert.equal(fitZoom({ width: 100, height: 100 }, SIDE_PANEL), 1);
});

test('a block of loose members aims at the panel\'s aspect, clamped to 3:1', () => {
  const sizes = Array.from({ length: 300 }, () => ({ width: 160, height: 60 }));
  const spacing = { nodeNode: 24, betweenLayers: 24 };
  const square = blockShape(sizes, 'right', 1, spacing);
  // 300 members, k per column: width ≈ (300 / k) · 184, height ≈ k · 84 → square at k ≈ 26
  assert.ok(square >= 24 && square <= 28, `${square} per layer`);
  assert.ok(blockShape(sizes, 'right', 100, spacing) >= blockShape(sizes, 'right', 3, spacing) - 1, 'a flatter aspect than 3:1 counts as 3:1');
  assert.equal(blockShape([], 'down', 1, spacing), 1);
});

test('in a side panel, a design that fits at a readable zoom is drawn whole, flowing down', async () => {
  const small = diagramOf(modelOfText('client web\ngroup app {\n  service api\n  database db\n}\nweb -> api\napi -> db\n'));
  const rendered = await renderDiagram(small, { direction: 'auto', viewport: SIDE_PANEL }, inProcessElk());
  assert.equal(rendered.direction, 'down');
  assert.equal(rendered.overview, false);
  assert.deepEqual(rendered.collapsed, []);
  assert.ok(fitZoom(rendered.layout, SIDE_PANEL) >= READABLE_ZOOM);
});

test('a design not readable in its panel opens as an overview of its outermost groups, which then fits', async () => {
  const big = diagramOf(modelOfText(generateDesign(1000)));
  const rendered = await renderDiagram(big, { direction: 'auto', viewport: SIDE_PANEL }, inProcessElk());
  assert.equal(rendered.overview, true);
  assert.deepEqual(rendered.collapsed, outermostGroups(big));
  assert.match(rendered.svg, /<g class="group collapsed"/);
  // chosen collapsed groups are drawn as asked, with no overview
  const chosen = await renderDiagram(big, { direction: 'auto', viewport: SIDE_PANEL, collapsed: rendered.collapsed.slice(1) }, inProcessElk());
  assert.equal(chosen.overview, false);
  assert.deepEqual(chosen.collapsed, rendered.collapsed.slice(1));
});

test('the URL shortener fits a 960 × 1000 side panel whole at a readable zoom', async () => {
  const rendered = await renderDiagram(diagramOfFile(EXAMPLES[0].file), { direction: 'auto', viewport: SIDE_PANEL }, inProcessElk());
  assert.equal(rendered.overview, false);
  const zoom = fitZoom(rendered.layout, SIDE_PANEL);
  assert.ok(zoom >= READABLE_ZOOM, `fit zoom ${zoom.toFixed(2)} (${rendered.layout.width} × ${rendered.layout.height})`);
});

const edge = (label: string): DiagramEdge => ({ id: 'a->b', from: 'a', to: 'b', kind: 'sync', label, facts: [], source: { uri: '', selection: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, findings: [] });

test(`connection labels of up to ${EDGE_LABEL_KEPT} characters are drawn whole, wrapped at spaces; longer ones are cut`, () => {
  for (const label of ['<b onmouseover=alert(3)>hi</b>', 'send and receive messages over websocket', 'x'.repeat(EDGE_LABEL_KEPT)]) {
    const metrics = measureEdgeLabel(edge(label));
    assert.equal(metrics?.lines.join(' '), label.split(/\s+/).join(' '), label);
    assert.equal(metrics?.cut, false, label);
  }
  const long = measureEdgeLabel(edge('look up the recipient\'s connection and push the message to it'));
  assert.equal(long?.cut, true);
  assert.equal(long?.lines.length, 2);
  assert.match(long?.lines[1] ?? '', /…$/);
});

test('a cut label carries its whole text, escaped, as a tooltip; a whole one has none', async () => {
  const text = 'client web\nservice api\nweb -> api : "<b onmouseover=alert(3)>hi</b> and a much longer tail that is cut"\n';
  const { svg } = await renderDiagram(diagramOf(modelOfText(text)), {}, inProcessElk());
  assert.match(svg, /<g class="edge-label-group"><title>&lt;b onmouseover=alert\(3\)&gt;hi&lt;\/b&gt; and a much longer tail that is cut<\/title>/);
  assert.doesNotMatch(svg, /<b |onmouseover=alert\(3\)>/);
  const whole = await renderDiagram(diagramOf(modelOfText('client web\nservice api\nweb -> api : "<b onmouseover=alert(3)>hi</b>"\n')), {}, inProcessElk());
  assert.match(whole.svg, /<text class="edge-label"[^>]*>&lt;b<\/text><text class="edge-label"[^>]*>onmouseover=alert\(3\)&gt;hi&lt;\/b&gt;<\/text>/);
  assert.doesNotMatch(whole.svg, /edge-label-group"><title>/);
});
