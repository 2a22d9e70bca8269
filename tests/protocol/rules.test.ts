// The built server over --stdio: rule findings with doc links, quick fixes, fix-all, sysd.config.json and the sysd.rules setting.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/language/fixes/rulesEdits';
import { messageOf, startClient, type TestClient } from './lsp-client';

let client: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'sysd-rules-'));
const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
const configPath = join(dir, 'sysd.config.json');
const configUri = pathToFileURL(configPath).href;
let setting: unknown = null;

before(async () => {
  client = await startClient(pathToFileURL(dir).href);
  // Answer workspace/configuration with whatever the test set as the `sysd` section.
  client.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => setting));
});
after(async () => { await client.stop(); });

const DESIGN = `client app "App" { type: mobile }
gateway gw "Gateway" { instances: 2, rate_limit: 100/s }
service api "API" { instances: 2 }
database db "DB" { engine: postgres, backup: 1d }
app -> gw { protocol: https }
gw -> api
api -> db
`;

type Check = (p: { diagnostics: Diagnostic[] }) => boolean;
const has = (code: string, severity?: number): Check => (p) => p.diagnostics.some((d) => d.code === code && (severity === undefined || d.severity === severity));
const lacks = (code: string): Check => (p) => !p.diagnostics.some((d) => d.code === code);

/** Waits until the publications for `uri` so far satisfy `checks` one after another, in order (so a stale one cannot count). */
function inOrder(uri: string, ...checks: Check[]): Promise<Diagnostic[]> {
  let next = 0;
  return client.diagnostics(uri, (p) => {
    if (checks[next](p)) next++;
    return next === checks.length;
  });
}

test('announces quick fixes and fix-all', () => {
  assert.deepEqual(client.initializeResult.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.sysd'] });
});

test('a rule finding is published with its doc link, and its quick fix applied makes it disappear', async () => {
  const uri = uriOf('spof.sysd');
  client.open(uri, DESIGN);
  const diagnostics = await inOrder(uri, has('database-single-point-of-failure'));
  const finding = diagnostics.find((d) => d.code === 'database-single-point-of-failure')!;
  assert.equal(finding.severity, 2);
  assert.equal(finding.source, 'sysd');
  assert.deepEqual(finding.range, { start: { line: 3, character: 9 }, end: { line: 3, character: 11 } });
  assert.match(finding.codeDescription?.href ?? '', /docs\/rules\/database-single-point-of-failure\.md$/);
  assert.match(messageOf(finding), /'db' has no replicas/);

  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] },
  });
  assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]), [
    ['Add replicas: 2', 'quickfix', true],
    ['Suppress with @allow(database-single-point-of-failure)', 'quickfix', false],
  ]);
  const edits = actions[0].edit!.changes![uri] as TextEdit[];
  const fixed = applyEdits(DESIGN, edits);
  assert.match(fixed, /database db "DB" \{ engine: postgres, backup: 1d, replicas: 2 \}/);
  client.change(uri, fixed, 2);
  const after = await client.diagnostics(uri, (p) => p.version === 2);
  assert.deepEqual(after.filter((d) => d.code === 'database-single-point-of-failure'), []);
  client.close(uri);
});

test('fix-all is offered as a source action and fixes every automatic finding', async () => {
  const uri = uriOf('fixall.sysd');
  const text = `${DESIGN.replace('{ protocol: https }', '{ protocol: http }').replace('rate_limit: 100/s', 'auth: jwt')}monitoring m "Monitoring"\napi ~> m\n`;
  client.open(uri, text);
  await inOrder(uri, has('insecure-public-traffic'));
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
  });
  assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Fix all auto-fixable sysd problems', 'source.fixAll.sysd']]);
  const fixed = applyEdits(text, actions[0].edit!.changes![uri] as TextEdit[]);
  client.change(uri, fixed, 2);
  const after = await client.diagnostics(uri, (p) => p.version === 2);
  assert.deepEqual(after.map((d) => d.code), []);
  client.close(uri);
});

test('sysd.config.json in the workspace root turns a rule off, and a bad one gets a diagnostic on the file', async () => {
  const uri = uriOf('configured.sysd');
  const spof = 'database-single-point-of-failure';
  client.open(uri, DESIGN);
  await inOrder(uri, has(spof));

  writeFileSync(configPath, '{\n  "rules": {\n    "database-single-point-of-failure": "off"\n  }\n}\n');
  void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
  await inOrder(uri, has(spof), lacks(spof));

  writeFileSync(configPath, '{\n  "rules": {\n    "database-single-point-of-failure": "loud"\n  }\n}\n');
  void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
  const [problem] = await client.diagnostics(configUri, (p) => p.diagnostics.length > 0);
  assert.equal(problem.severity, 1);
  assert.equal(problem.code, 'invalid-config');
  assert.deepEqual(problem.range.start, { line: 2, character: 4 });
  assert.match(messageOf(problem), /must be one of off, hint, info, warning, error/);
  // The broken file falls back to the defaults: the rule is back.
  await inOrder(uri, has(spof), lacks(spof), has(spof));

  rmSync(configPath);
  void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 3 }] });
  assert.deepEqual(await client.diagnostics(configUri, (p) => p.diagnostics.length === 0), []);
  client.close(uri);
});

test('the sysd.rules setting is read through workspace/configuration and re-read on change', async () => {
  const uri = uriOf('setting.sysd');
  const spof = 'database-single-point-of-failure';
  client.open(uri, DESIGN);
  await inOrder(uri, has(spof, 2));
  setting = { rules: { [spof]: 'error' } };
  void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await inOrder(uri, has(spof, 2), has(spof, 1));
  setting = null;
  void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await inOrder(uri, has(spof, 2), has(spof, 1), has(spof, 2));
  client.close(uri);
});

test('a bad sysd.rules setting is reported once as a warning message and its entries are ignored', async () => {
  const messages: string[] = [];
  client.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => { if (params.type === 2) messages.push(params.message); });
  setting = { rules: { 'orphan-componnt': 'off', 'missing-cdn': 'loud' } };
  void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const deadline = Date.now() + 10000;
  while (messages.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(messages.length, 1);
  assert.match(messages[0], /unknown rule 'orphan-componnt'\. Did you mean 'orphan-component'\?/);
  assert.match(messages[0], /'missing-cdn' is set to "loud"/);
  setting = null;
  void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
});
