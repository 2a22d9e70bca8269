// Layout re-use: an edit that keeps the graph's structure and sizes redraws on the previous layout; any other edit lays out again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inProcessElk, LayoutCache, renderDiagram } from '../../server/src/diagram/index';
import { diagramOf } from '../../server/src/diagram/model';
import { analyze } from '../../server/src/language/analysis';
import { modelOfText } from '../../server/src/language/model';

const DESIGN = `design "Shop"
client web { type: web }
gateway api "API" { rate_limit: 1k/s, instances: 2 }
group data "Data" {
  service orders "Orders" { instances: 2, timeout: 2s }
  database db { engine: postgres, replicas: 2 }
}
web -> api : "HTTPS"
api -> orders
orders -> db : "writes"
`;

const diagram = (text: string) => diagramOf(modelOfText(text));

async function twice(before: string, after: string, direction: 'right' | 'down' = 'right') {
  const cache = new LayoutCache();
  const first = await renderDiagram(diagram(before), { direction }, inProcessElk(), cache);
  const second = await renderDiagram(diagram(after), { direction }, inProcessElk(), cache);
  return { first, second };
}

test('a property change that keeps every size re-uses the layout: same positions, new picture', async () => {
  const { first, second } = await twice(DESIGN, DESIGN.replace('instances: 2, timeout', 'instances: 3, timeout'));
  assert.equal(first.reused, false);
  assert.equal(second.reused, true);
  assert.deepEqual(second.layout, first.layout);
  assert.match(first.svg, />×2</);
  assert.match(second.svg, />×3</, 'the new badge is drawn');
  assert.notEqual(second.svg, first.svg);
});

test('the picture drawn on a re-used layout is the one a fresh layout of the edited design gives', async () => {
  const edited = DESIGN.replace('timeout: 2s', 'timeout: 5s').replace('"writes"', '"Writes"').replace('engine: postgres', 'engine: mysql');
  const { second } = await twice(DESIGN, edited);
  assert.equal(second.reused, true);
  const fresh = await renderDiagram(diagram(edited));
  assert.equal(second.svg, fresh.svg);
});

test('findings shown as badges do not lay the picture out again', async () => {
  const uri = 'file:///shop.sysd';
  const analysis = analyze(uri, { read: (u) => (u === uri ? DESIGN : undefined), resolve: (_f, p) => p });
  assert.ok(analysis.findings.length > 0, 'the design has rule findings to show');
  const cache = new LayoutCache();
  const plain = await renderDiagram(diagramOf(analysis.model), {}, inProcessElk(), cache);
  const withFindings = await renderDiagram(diagramOf(analysis.model, analysis.findings), {}, inProcessElk(), cache);
  assert.equal(withFindings.reused, true);
  assert.doesNotMatch(plain.svg, /finding-badge/);
  assert.match(withFindings.svg, /finding-badge/);
});

test('a new connection, a new component, a label that changes a size or another direction lay out again', async () => {
  const edits: Array<[string, string, 'right' | 'down']> = [
    ['a new connection', `${DESIGN}web -> orders\n`, 'right'],
    ['a new component', `${DESIGN}cache hot { ttl: 1m }\n`, 'right'],
    ['a component moved into a group', DESIGN.replace('gateway api "API" { rate_limit: 1k/s, instances: 2 }\ngroup data "Data" {', 'group data "Data" {\n  gateway api "API" { rate_limit: 1k/s, instances: 2 }'), 'right'],
    ['a label too long for the box', DESIGN.replace('"Orders"', '"Orders, payments and the refunds back office"'), 'right'],
    ['a new badge that makes the node taller', DESIGN.replace('client web { type: web }', 'client web'), 'right'],
    ['another direction', DESIGN, 'down'],
  ];
  for (const [what, after, direction] of edits) {
    const cache = new LayoutCache();
    const first = await renderDiagram(diagram(DESIGN), {}, inProcessElk(), cache);
    const second = await renderDiagram(diagram(after), { direction }, inProcessElk(), cache);
    assert.equal(second.reused, false, what);
    assert.notDeepEqual(second.layout, first.layout, what);
  }
  const connected = await twice(DESIGN, `${DESIGN}web -> orders\n`);
  assert.ok(connected.second.layout.edges['web->orders'], 'the new connection is routed');
});

test('the cache keeps a few recent layouts: switching back to an earlier design re-uses its layout', async () => {
  const cache = new LayoutCache(2);
  const other = `${DESIGN}web -> orders\n`;
  await renderDiagram(diagram(DESIGN), {}, inProcessElk(), cache);
  await renderDiagram(diagram(other), {}, inProcessElk(), cache);
  assert.equal((await renderDiagram(diagram(DESIGN), {}, inProcessElk(), cache)).reused, true);
  await renderDiagram(diagram(`${DESIGN}web -> db\n`), {}, inProcessElk(), cache);
  assert.equal((await renderDiagram(diagram(other), {}, inProcessElk(), cache)).reused, false, 'the oldest entry was dropped');
});
