// A view's and a flow's picture: what is shown, collapsed, highlighted and numbered, and how it is drawn in SVG.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Range } from '../../server/src/language/ast';
import { modelOfText, type DesignModel, type Element, type Group } from '../../server/src/language/model';
import type { ViewQuery } from '../../server/src/language/views';
import { matchStep } from '../../server/src/language/flows';
import { diagramOf } from '../../server/src/diagram/model';
import { flowDiagram, type FlowOfDiagram } from '../../server/src/diagram/flowDiagram';
import { viewDiagram, type ViewOfDiagram } from '../../server/src/diagram/viewDiagram';
import { collapseGroups } from '../../server/src/diagram/collapse';
import { inProcessElk, LayoutCache, renderDiagram } from '../../server/src/diagram/index';
import { wellFormed } from './diagram-support';

const DESIGN = `design "Shop"
client web
loadbalancer lb
service api "API <&> \\"core\\""
service admin
group data "Data" {
  cache hot
  database db
  database replica
}
queue q
web -> lb
lb -> api
api -> hot
api -> db
api -> data : "bulk"
admin -> db
db -> replica
api ~> q
`;

const model: DesignModel = modelOfText(DESIGN, 'file:///shop.sysd');
const at = (id: string): Element => {
  const element = model.elements.get(id);
  assert.ok(element, id);
  return element;
};
const query = (over: Partial<ViewQuery>): ViewQuery => ({ include: [], kinds: [], tags: [], depth: 1, exclude: [], ...over });
const diagram = diagramOf(model);

test('a view shows only its components, the groups around them and the connections between shown ends', () => {
  const view: ViewOfDiagram = { id: 'read', label: 'Read path', query: query({ include: [at('web'), at('lb'), at('api'), at('db')] }), collapse: [] };
  const shown = viewDiagram(model, diagram, view);
  assert.equal(shown.title, 'Shop — Read path');
  assert.deepEqual(shown.nodes.map((n) => n.id), ['web', 'lb', 'api', 'db']);
  assert.deepEqual(shown.groups.map((g) => g.id), ['data']);
  // api -> data is drawn to the group, which is drawn because db is shown; admin and the queue are not.
  assert.deepEqual(shown.edges.map((e) => `${e.from}->${e.to}`), ['web->lb', 'lb->api', 'api->db', 'api->data']);
  assert.equal(shown.direction, undefined);
});

test("a view's collapse groups are drawn as one box with merged, counted connections, and its direction is kept", () => {
  const data = at('data') as Group;
  const view: ViewOfDiagram = { id: 'all-data', query: query({ include: [at('api'), data] }), collapse: [data], direction: 'down' };
  const shown = viewDiagram(model, diagram, view);
  assert.equal(shown.direction, 'down');
  assert.deepEqual(shown.nodes.map((n) => n.id), ['api']);
  assert.deepEqual(shown.groups.map((g) => [g.id, g.collapsed?.members]), [['data', 3]]);
  const merged = shown.edges.find((e) => e.from === 'api' && e.to === 'data');
  assert.equal(merged?.merged, 3);
  assert.equal(merged?.label, '3 connections');
  // Exactly the collapse of the cut picture.
  assert.deepEqual(shown, collapseGroups(viewDiagram(model, diagram, { ...view, collapse: [] }), ['data']));
});

test("a view is laid out in its own direction and keeps a layout cache entry of its own", async () => {
  const view = viewDiagram(model, diagram, { id: 'v', query: query({ include: [at('web'), at('lb'), at('api')] }), collapse: [], direction: 'down' });
  const cache = new LayoutCache();
  const whole = await renderDiagram(diagram, {}, inProcessElk(), cache);
  const first = await renderDiagram(view, { direction: 'right' }, inProcessElk(), cache);
  assert.equal(first.direction, 'down');
  assert.equal(first.reused, false);
  assert.equal((await renderDiagram(diagram, {}, inProcessElk(), cache)).reused, true, 'switching back re-uses the whole design\'s layout');
  assert.equal((await renderDiagram(view, {}, inProcessElk(), cache)).reused, true, 'and switching again the view\'s');
  const { web, lb } = first.layout.nodes;
  assert.ok(lb.y > web.y, 'down: lb is below web');
  assert.ok(whole.svg.includes('data-id="admin"') && !first.svg.includes('data-id="admin"'));
});

const range = (line: number): Range => ({ start: { line, character: 2 }, end: { line, character: 20 } });

function flowOf(id: string, label: string | undefined, steps: Array<[string, string, 'sync' | 'async', string?]>): FlowOfDiagram {
  return {
    id, ...(label ? { label } : {}), uri: 'file:///shop.sysd',
    steps: steps.map(([from, to, arrow, stepLabel], i) => ({
      id: `${id}#${i + 1}`, index: i + 1, from: at(from), to: at(to), ...(stepLabel ? { label: stepLabel } : {}),
      connection: matchStep(model, { from: at(from), to: at(to), arrow }), range: range(30 + i), arrowRange: range(30 + i),
    })),
  };
}

test("a flow's picture is the whole design with its path lit and numbered, and everything else dimmed", () => {
  const flow = flowOf('order', 'Place an order', [['web', 'lb', 'sync'], ['lb', 'api', 'sync'], ['api', 'db', 'sync'], ['api', 'q', 'async', 'order placed']]);
  const shown = flowDiagram(diagram, flow);
  assert.equal(shown.title, 'Shop — Place an order');
  assert.deepEqual(shown.nodes.filter((n) => !n.dimmed).map((n) => n.id), ['web', 'lb', 'api', 'db', 'q']);
  assert.deepEqual(shown.nodes.filter((n) => n.dimmed).map((n) => n.id), ['admin', 'hot', 'replica']);
  assert.equal(shown.groups.find((g) => g.id === 'data')?.dimmed, undefined, 'the group around db stays lit');
  const numbered = shown.edges.filter((e) => e.steps).map((e) => [e.id, e.steps!.map((s) => s.index)]);
  assert.deepEqual(numbered, [['web->lb', [1]], ['lb->api', [2]], ['api->db', [3]], ['api->q', [4]]]);
  assert.ok(shown.edges.filter((e) => !e.steps).every((e) => e.dimmed));
  const step4 = shown.edges.find((e) => e.id === 'api->q')!.steps![0];
  assert.deepEqual(step4, { id: 'order#4', index: 4, label: 'order placed', source: { uri: 'file:///shop.sysd', selection: range(33), range: range(33) } });
});

test('a step that uses the same connection twice gets both numbers; a collapsed box keeps the numbers of its steps', () => {
  const flow = flowOf('twice', undefined, [['api', 'db', 'sync'], ['admin', 'db', 'sync'], ['api', 'db', 'sync']]);
  const shown = flowDiagram(diagram, flow);
  assert.deepEqual(shown.edges.find((e) => e.id === 'api->db')?.steps?.map((s) => s.index), [1, 3]);
  const boxed = collapseGroups(shown, ['data']);
  assert.deepEqual(boxed.edges.find((e) => e.id === 'api->data')?.steps?.map((s) => s.index), [1, 3]);
  assert.deepEqual(boxed.edges.find((e) => e.id === 'admin->data')?.steps?.map((s) => s.index), [2]);
  assert.equal(boxed.edges.find((e) => e.id === 'lb->api')?.dimmed, true);
});

test("a flow's SVG draws numbered, clickable step badges, dims the rest, and escapes every label", async () => {
  const flow = flowOf('order', 'Orders <b>&"now"</b>', [['web', 'lb', 'sync', 'GET </text><script>'], ['lb', 'api', 'sync']]);
  const { svg } = await renderDiagram(flowDiagram(diagram, flow));
  assert.ok(wellFormed(svg));
  assert.match(svg, /<g class="step-badge" data-step="order#1" data-step-index="1"><title>1\. GET &lt;\/text&gt;&lt;script&gt;<\/title>/);
  assert.match(svg, /<g class="step-badge" data-step="order#2" data-step-index="2"><title>2\. lb → api<\/title>/);
  assert.match(svg, /<text class="step-text"[^>]*>1<\/text>/);
  assert.match(svg, /class="edge edge-sync on-flow" data-id="web-&gt;lb"/);
  assert.match(svg, /class="node kind-service dimmed" data-id="admin"/);
  assert.ok(svg.includes('Shop — Orders &lt;b&gt;&amp;&quot;now&quot;&lt;/b&gt;'));
  assert.ok(!svg.includes('<script>') && !svg.includes('<b>'));
  assert.match(svg, /\.step-circle\{/);
  assert.ok(svg.includes('API &lt;&amp;&gt; &quot;core&quot;'));
});

test('a picture without a flow keeps its CSS as it was (no flow styles)', async () => {
  const { svg } = await renderDiagram(diagram);
  assert.ok(!svg.includes('step-circle') && !svg.includes('dimmed'));
});
