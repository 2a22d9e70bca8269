// `sysd/diagram` with a view or flow over the built server: the picture asked for, the picker's list, and the fallback.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { DiagramResult } from '../../server/src/protocol/requests';
import { startClient, type TestClient } from './lsp-client';

let client: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'sysd-diagram-views-'));
const uri = pathToFileURL(join(dir, 'shop.sysd')).href;

before(async () => {
  client = await startClient(pathToFileURL(dir).href);
  client.open(uri, DESIGN, 1);
});
after(async () => { await client.stop(); });

const DESIGN = `design "Shop"
client web
service api
service admin
database db
web -> api
api -> db
admin -> db
view core "Core" { include: [api, db] }
flow read "Read" {
  web -> api
  api -> db : "SELECT"
}
`;

test('the whole design lists every view and flow for the picker', async () => {
  const result = await client.request<DiagramResult>('sysd/diagram', { uri });
  assert.equal(result.shows, undefined);
  assert.deepEqual(result.views, [{ id: 'core', label: 'Core' }]);
  assert.deepEqual(result.flows, [{ id: 'read', label: 'Read' }]);
  assert.equal(result.diagram.nodes.length, 4);
});

test('a view answers with only what it shows', async () => {
  const result = await client.request<DiagramResult>('sysd/diagram', { uri, view: 'core' });
  assert.deepEqual(result.shows, { kind: 'view', id: 'core' });
  assert.deepEqual(result.diagram.nodes.map((n) => n.id), ['api', 'db']);
  assert.deepEqual(result.diagram.edges.map((e) => e.id), ['api->db']);
});

test('a flow answers with the numbered steps, each with the range of its text', async () => {
  const result = await client.request<DiagramResult>('sysd/diagram', { uri, flow: 'read' });
  assert.deepEqual(result.shows, { kind: 'flow', id: 'read' });
  const steps = result.diagram.edges.flatMap((e) => (e.steps ?? []).map((s) => [e.id, s.id, s.source.range.start.line]));
  assert.deepEqual(steps, [['web->api', 'read#1', 10], ['api->db', 'read#2', 11]]);
  assert.equal(result.diagram.nodes.find((n) => n.id === 'admin')?.dimmed, true);
});

test('a view or flow that no longer exists falls back to the whole design', async () => {
  const result = await client.request<DiagramResult>('sysd/diagram', { uri, flow: 'renamed' });
  assert.equal(result.shows, undefined);
  assert.equal(result.diagram.nodes.length, 4);
  assert.ok(result.diagram.edges.every((e) => !e.steps && !e.dimmed));
});

test('a view ID that is not a string is an invalid request', async () => {
  await assert.rejects(client.request('sysd/diagram', { uri, view: 42 }), /view or flow ID as a string/);
});
