// Completion over --stdio: items with text edits while the line is still incomplete, names from the model.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, CompletionList, Position, TextEdit } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from './lsp-client';

let client: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'sysd-completion-'));
let version = 1;
const uri = pathToFileURL(join(dir, 'design.sysd')).href;
const BASE = 'service api "API"\nqueue jobs\nworker mailer\ndatabase db\n';

before(async () => {
  client = await startClient(pathToFileURL(dir).href);
  client.open(uri, BASE, version);
  await client.diagnostics(uri);
});
after(async () => { await client.stop(); });

/** Replaces the document with `marked` (a `|` at the cursor) and asks for completions there. */
async function completionList(marked: string): Promise<CompletionItem[] | CompletionList | null> {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  const position: Position = { line: before.length - 1, character: before[before.length - 1].length };
  client.change(uri, text, ++version);
  return client.request<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri }, position });
}

async function complete(marked: string): Promise<CompletionItem[]> {
  const result = await completionList(marked);
  return Array.isArray(result) ? result : result?.items ?? [];
}

test('a list that changes as the word grows is marked incomplete, so the editor asks again on each keystroke', async () => {
  const examples = await completionList(`${BASE}service s { timeout: | }`);
  assert.ok(examples && !Array.isArray(examples) && examples.isIncomplete, 'after `timeout: `');
  assert.ok(examples.items.some((i) => i.label === '500ms'));
  const units = await completionList(`${BASE}service s { timeout: 5| }`);
  assert.ok(units && !Array.isArray(units) && units.isIncomplete, 'after `timeout: 5`');
  assert.ok(units.items.some((i) => i.label === '5s'));
  const enums = await completionList(`${BASE}cache c { eviction: | }`);
  assert.ok(Array.isArray(enums), 'enum values are all there at once');
});

test('announces completion with trigger characters', () => {
  const provider = client.initializeResult.capabilities.completionProvider;
  assert.ok(provider?.triggerCharacters?.includes('@'));
  assert.ok(provider?.triggerCharacters?.includes(':'));
});

test('property names in an unclosed block replace the partial word', async () => {
  const items = await complete(`${BASE}cache c { tt|`);
  const ttl = items.find((i) => i.label === 'ttl');
  assert.ok(ttl);
  assert.equal(ttl.insertTextFormat, 2);
  assert.deepEqual((ttl.textEdit as TextEdit).range, { start: { line: 4, character: 10 }, end: { line: 4, character: 12 } });
  assert.match((ttl.textEdit as TextEdit).newText, /^ttl: /);
  assert.ok(!items.some((i) => i.label === 'instances'));
});

test('targets after an arrow come from the model, even with the statement unfinished', async () => {
  const items = await complete(`${BASE}api ~> |`);
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('jobs') && labels.includes('db') && !labels.includes('api'));
  const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  assert.deepEqual(sorted.slice(0, 2).map((i) => i.label).sort(), ['jobs', 'mailer']);
});

test('enum values, dlq references, units and rule ids at the start, middle and end of a word', async () => {
  assert.ok((await complete(`${BASE}cache c { eviction: | }`)).some((i) => i.label === 'allkeys-lru'));
  assert.ok((await complete(`${BASE}cache c { eviction: all|keys-lru }`)).some((i) => i.label === 'allkeys-lru'));
  assert.deepEqual((await complete(`${BASE}queue q { dlq: | }`)).map((i) => i.label), ['jobs']);
  const units = await complete(`${BASE}cache c { ttl: 30| }`);
  assert.ok(units.some((i) => i.label === '30s' && i.detail === '= 30 s'));
  const rules = await complete('@allow(|)\nexternal geo\n');
  assert.ok(rules.some((i) => i.label === 'orphan-component'));
});

test('statement start offers kinds and snippets with recommended properties', async () => {
  const items = await complete(`${BASE}|`);
  assert.ok(items.some((i) => i.label === 'loadbalancer' && i.kind === 7));
  const snippet = items.find((i) => i.label === 'service { … }');
  assert.match((snippet?.textEdit as TextEdit).newText, /service \$\{1:api2\}.*\n.*autoscale/);
});

test('nothing is offered inside comments and strings', async () => {
  assert.deepEqual(await complete(`${BASE}// a -> |`), []);
  assert.deepEqual(await complete(`${BASE}service x "lab|el"`), []);
});

test('inside an import path: the other designs of the workspace, relative to this file, minus those already imported', async () => {
  mkdirSync(join(dir, 'shared'), { recursive: true });
  writeFileSync(join(dir, 'shared', 'data.sysd'), 'database users\n');
  writeFileSync(join(dir, 'edge.sysd'), 'cdn edge\n');
  const items = await complete(`import "./edge.sysd"\nimport "./sh|"\n${BASE}`);
  assert.deepEqual(items.map((i) => i.label), ['./shared/data.sysd']);
  const edit = items[0].textEdit as TextEdit;
  assert.deepEqual(edit.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 12 } });
  assert.equal(edit.newText, './shared/data.sysd');
  assert.deepEqual(await complete(`service x "not a path |"\n${BASE}`), [], 'other strings offer nothing');
});
