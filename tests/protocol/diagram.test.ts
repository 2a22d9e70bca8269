// The `sysd/diagram` request over the built server: the diagram of the newest version, syntax errors reported beside it.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { DiagramResult } from '../../server/src/protocol/requests';
import { startClient, type TestClient } from './lsp-client';

let client: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'sysd-diagram-'));
const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;

before(async () => { client = await startClient(pathToFileURL(dir).href); });
after(async () => { await client.stop(); });

const DESIGN = 'design "Shop"\nclient web\ngroup data "Data" {\n  database db "DB" { replicas: 2 }\n}\nservice api { instances: 2 }\nweb -> api : "HTTPS"\napi -> db\n';

test('returns the diagram of an open document: nodes, groups, edges, badges, sources', async () => {
  const uri = uriOf('shop.sysd');
  client.open(uri, DESIGN, 1);
  const result = await client.request<DiagramResult>('sysd/diagram', { uri });
  assert.equal(result.uri, uri);
  assert.equal(result.version, 1);
  assert.deepEqual(result.syntaxErrors, []);
  assert.equal(result.diagram.title, 'Shop');
  assert.deepEqual(result.diagram.nodes.map((n) => [n.id, n.kind, n.parent ?? null]), [['web', 'client', null], ['db', 'database', 'data'], ['api', 'service', null]]);
  assert.deepEqual(result.diagram.groups.map((g) => g.id), ['data']);
  assert.deepEqual(result.diagram.edges.map((e) => [e.id, e.label ?? null]), [['web->api', 'HTTPS'], ['api->db', null]]);
  assert.deepEqual(result.diagram.nodes[1].badges, ['2 replicas']);
  assert.deepEqual(result.diagram.nodes[2].source.selection, { start: { line: 5, character: 8 }, end: { line: 5, character: 11 } });
});

test('follows edits: the newest version wins', async () => {
  const uri = uriOf('edit.sysd');
  client.open(uri, DESIGN, 1);
  client.change(uri, `${DESIGN}service mail\napi ~> mail\n`, 2);
  const result = await client.request<DiagramResult>('sysd/diagram', { uri });
  assert.equal(result.version, 2);
  assert.ok(result.diagram.edges.some((e) => e.id === 'api->mail' && e.kind === 'async'));
});

test('reports syntax errors beside the recovered diagram', async () => {
  const uri = uriOf('broken.sysd');
  client.open(uri, 'service a {\nservice b\na -> b\n', 1);
  const result = await client.request<DiagramResult>('sysd/diagram', { uri });
  assert.equal(result.syntaxErrors.length, 1);
  assert.equal(typeof result.syntaxErrors[0].message, 'string');
  assert.ok(result.diagram.nodes.some((n) => n.id === 'b'));
});

test('answers null for a document that is not open', async () => {
  assert.equal(await client.request('sysd/diagram', { uri: uriOf('closed.sysd') }), null);
});
