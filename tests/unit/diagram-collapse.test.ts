// Collapsing groups: one box with its member count, connections to members drawn to the box and merged per pair.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapseGroups } from '../../server/src/diagram/collapse';
import { inProcessElk, renderDiagram } from '../../server/src/diagram/index';
import { diagramOf } from '../../server/src/diagram/model';
import { modelOfText } from '../../server/src/language/model';

const DESIGN = `client web
service api
group data "Data tier" {
  database db
  group hot "Hot path" {
    cache c1
    cache c2
  }
  db -> c1
}
external partner
web -> api : "HTTPS"
api -> db : "SQL"
api ~> c1
api -> c2
c2 -> api : "invalidate"
db -> partner
partner -> data : "webhook"
`;

const diagram = () => diagramOf(modelOfText(DESIGN));

test('a collapsed group is one box counting every member at any depth; what is inside it is not drawn', () => {
  const collapsed = collapseGroups(diagram(), ['data']);
  assert.deepEqual(collapsed.nodes.map((n) => n.id), ['web', 'api', 'partner']);
  assert.deepEqual(collapsed.groups.map((g) => [g.id, g.collapsed]), [['data', { members: 3 }]]);
});

test('connections to members go to the box, merged per pair and direction with a count; those inside disappear', () => {
  const edges = collapseGroups(diagram(), ['data']).edges.map((e) => [e.id, e.from, e.to, e.kind, e.label, e.merged]);
  assert.deepEqual(edges, [
    ['web->api', 'web', 'api', 'sync', 'HTTPS', undefined],
    // api -> db, api ~> c1 and api -> c2: three into the box, of two kinds, drawn as one synchronous edge
    ['api->data', 'api', 'data', 'sync', '3 connections', 3],
    // one back: a single connection keeps its own label and kind
    ['data->api', 'data', 'api', 'sync', 'invalidate', undefined],
    ['data->partner', 'data', 'partner', 'sync', undefined, undefined],
    // a connection to the group itself is drawn to the box as well
    ['partner->data', 'partner', 'data', 'sync', 'webhook', undefined],
  ]);
});

test('collapsing an inner group keeps the outer one open; an unknown id or none changes nothing', () => {
  const inner = collapseGroups(diagram(), ['hot']);
  assert.deepEqual(inner.groups.map((g) => [g.id, g.collapsed?.members]), [['data', undefined], ['hot', 2]]);
  assert.deepEqual(inner.nodes.map((n) => n.id), ['web', 'api', 'db', 'partner']);
  assert.ok(inner.edges.some((e) => e.id === 'db->hot'), 'db -> c1 goes to the inner box');
  const whole = diagram();
  assert.equal(collapseGroups(whole, []), whole);
  assert.equal(collapseGroups(whole, ['nope', 'api']), whole);
});

test('the findings of merged connections stay on the merged edge', () => {
  const model = modelOfText('service a\ngroup g {\n  database d\n  database e\n}\na -> d { protocol: htp }\na -> e\n');
  const source = diagramOf(model, model.diagnostics);
  const merged = collapseGroups(source, ['g']).edges.find((e) => e.id === 'a->g');
  assert.equal(merged?.merged, 2);
  assert.ok(merged?.findings.some((f) => /htp/.test(f.message)), 'the unknown protocol is still shown');
});

test('a collapsed group is drawn as a box with its title and count, and a merged edge says how many it stands for', async () => {
  const { svg } = await renderDiagram(diagram(), { collapsed: ['data'] }, inProcessElk());
  assert.match(svg, /<g class="group collapsed" data-id="data" data-members="3">/);
  assert.match(svg, />Data tier<\/text><text class="sub"[^>]*>3 components · click to expand<\/text>/);
  assert.match(svg, /<g class="edge edge-sync" data-id="api-&gt;data" data-from="api" data-to="data" data-merged="3">/);
  assert.doesNotMatch(svg, /data-id="db"/);
});
