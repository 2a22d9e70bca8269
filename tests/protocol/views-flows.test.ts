// Views and flows over --stdio: diagnostics and the step's quick fix, definition, references, rename, completion, hover, outline.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, Hover, Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from './lsp-client';

let client: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'sysd-views-flows-'));
const uri = pathToFileURL(join(dir, 'main.sysd')).href;

const text = `service api "API"
group data {
  database db "DB"
}
cache c "Cache"
api -> db { latency: 5ms }

view core "Core" { include: [api, data], collapse: [data] }

flow read "Read" {
  latency_budget: 100ms
  api -> db
  api -> c
}
`;

function at(needle: string, shift = 0, n = 0) {
  let offset = -1;
  for (let i = 0; i <= n; i++) offset = text.indexOf(needle, offset + 1);
  const lines = text.slice(0, offset + shift).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
const doc = (needle: string, shift = 0, n = 0) => ({ textDocument: { uri }, position: at(needle, shift, n) });

let diagnostics: Diagnostic[];
before(async () => {
  client = await startClient(pathToFileURL(dir).href);
  client.open(uri, text);
  diagnostics = await client.diagnostics(uri);
});
after(async () => { await client.stop(); });

test('an unconnected step is an error on the step, and its quick fix declares the connection', async () => {
  const problem = diagnostics.find((d) => d.code === 'flow-step-not-connected');
  assert.ok(problem, JSON.stringify(diagnostics));
  assert.deepEqual(problem.range.start, at('api -> c'));
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: problem.range, context: { diagnostics: [problem] } });
  const fix = actions.find((a) => a.title === "Declare the connection 'api -> c'");
  assert.ok(fix?.edit?.changes?.[uri], actions.map((a) => a.title).join());
  assert.deepEqual(fix.edit.changes[uri], [{ range: { start: { line: 5, character: 26 }, end: { line: 5, character: 26 } }, newText: '\napi -> c' }]);
});

test('definition and references reach the IDs in a view and in a flow', async () => {
  const location = await client.request<Location | null>('textDocument/definition', doc('data]'));
  assert.deepEqual(location?.range.start, at('data {'));
  const found = await client.request<Location[]>('textDocument/references', { ...doc('api "'), context: { includeDeclaration: false } });
  assert.deepEqual(found.map((l) => l.range.start.line), [5, 7, 11, 12]);
});

test('rename changes a group ID in the view', async () => {
  const edit = await client.request<WorkspaceEdit | null>('textDocument/rename', { ...doc('data {'), newName: 'storage' });
  const edits = edit?.changes?.[uri] ?? [];
  assert.deepEqual(edits.map((e) => e.range.start.line).sort((a, b) => a - b), [1, 7, 7]);
});

test('completion in collapse offers only groups', async () => {
  const list = await client.request<CompletionList | CompletionItem[]>('textDocument/completion', doc('data]', 0, 1));
  const items = Array.isArray(list) ? list : list.items;
  assert.deepEqual(items.map((i) => i.label), ['data']);
});

test('hover on the flow ID shows its steps and the latency arithmetic; the outline lists the steps', async () => {
  const hover = await client.request<Hover | null>('textDocument/hover', doc('read "'));
  const value = typeof hover?.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  assert.match(value, /1\. `api` -> `db` via `api->db`/);
  assert.match(value, /2\. `api` -> `c` \*\*no declared connection\*\*/);
  assert.match(value, /- 5 ms \(step 1\)/);
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.deepEqual(symbols.find((s) => s.name === 'read')?.children?.map((c) => c.name), ['1. api -> db', '2. api -> c']);
  assert.equal(symbols.find((s) => s.name === 'core')?.detail, 'view · Core');
});
