// Navigation over --stdio: definition across imports, references, highlights, workspace symbols, prepareRename and rename.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { DocumentHighlight, Location, Range, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from './lsp-client';

let client: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'sysd-nav-'));
const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;

const shared = 'queue events { dlq: events-dlq }\nqueue events-dlq\ndatabase db\n';
const main = `import "shared.sysd"
service api "API"
@allow(orphan-component)
worker spare
api -> db
api ~> events
api -> { broken
`;

/** The position of `needle` (its `n`th occurrence) shifted `shift` characters in. */
function at(text: string, needle: string, shift = 0, n = 0) {
  let offset = -1;
  for (let i = 0; i <= n; i++) offset = text.indexOf(needle, offset + 1);
  const lines = text.slice(0, offset + shift).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

const doc = (uri: string, text: string, needle: string, shift = 0, n = 0) => ({ textDocument: { uri }, position: at(text, needle, shift, n) });

before(async () => {
  writeFileSync(join(dir, 'shared.sysd'), shared);
  client = await startClient(pathToFileURL(dir).href);
  client.open(uriOf('main.sysd'), main);
  await client.diagnostics(uriOf('main.sysd'));
});
after(async () => { await client.stop(); });

test('announces navigation, rename, tokens, formatting, folding and selection capabilities', () => {
  const c = client.initializeResult.capabilities;
  assert.ok(c.definitionProvider && c.referencesProvider && c.documentHighlightProvider && c.workspaceSymbolProvider);
  assert.deepEqual(c.renameProvider, { prepareProvider: true });
  assert.ok(c.semanticTokensProvider && c.documentFormattingProvider && c.documentRangeFormattingProvider);
  assert.equal(c.documentOnTypeFormattingProvider?.firstTriggerCharacter, '}');
  assert.ok(c.foldingRangeProvider && c.selectionRangeProvider);
});

test('definition jumps into the imported file from the start, middle and end of an ID, despite a syntax error below', async () => {
  for (const shift of [0, 1, 2]) {
    const location = await client.request<Location | null>('textDocument/definition', doc(uriOf('main.sysd'), main, 'db', shift, 0));
    assert.equal(location?.uri, uriOf('shared.sysd'), `shift ${shift}`);
    assert.deepEqual(location?.range.start, { line: 2, character: 9 });
  }
  const none = await client.request<Location | null>('textDocument/definition', doc(uriOf('main.sysd'), main, 'service', 3));
  assert.equal(none, null);
});

test('references include or omit the declaration', async () => {
  const params = doc(uriOf('main.sysd'), main, 'api', 1, 0);
  const withDeclaration = await client.request<Location[]>('textDocument/references', { ...params, context: { includeDeclaration: true } });
  assert.equal(withDeclaration.length, 4);
  const uses = await client.request<Location[]>('textDocument/references', { ...params, context: { includeDeclaration: false } });
  assert.equal(uses.length, 3);
});

test('document highlights: write on the declaration, read on uses', async () => {
  const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', doc(uriOf('main.sysd'), main, 'api -> db'));
  assert.deepEqual(highlights.map((h) => h.kind), [3, 2, 2, 2]);
});

test('workspace symbols search open designs and their imports fuzzily', async () => {
  const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'evdlq' });
  assert.deepEqual(symbols.map((s) => [s.name, s.location.uri]), [['events-dlq', uriOf('shared.sysd')]]);
});

test('prepareRename gives the ID range, and refuses keywords and rule ids with a message', async () => {
  const ok = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', doc(uriOf('main.sysd'), main, 'spare', 5));
  assert.equal(ok.placeholder, 'spare');
  await assert.rejects(client.request('textDocument/prepareRename', doc(uriOf('main.sysd'), main, 'worker', 1)), /Only component and group IDs/);
  await assert.rejects(client.request('textDocument/prepareRename', doc(uriOf('main.sysd'), main, 'orphan', 1)), /Only component and group IDs/);
});

test('rename edits every file of the design', async () => {
  const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...doc(uriOf('main.sysd'), main, 'events', 2, 0), newName: 'jobs' });
  const changes = edit.changes ?? {};
  assert.deepEqual(Object.keys(changes).sort(), [uriOf('main.sysd'), uriOf('shared.sysd')].sort());
  assert.equal(changes[uriOf('main.sysd')].length, 1);
  assert.equal(changes[uriOf('shared.sysd')].length, 1, 'the declaration');
});

test('rename rejects a clash and an invalid ID with a clear message', async () => {
  const params = doc(uriOf('main.sysd'), main, 'spare', 1);
  await assert.rejects(client.request('textDocument/rename', { ...params, newName: 'db' }), /'db' is already the ID of a database/);
  await assert.rejects(client.request('textDocument/rename', { ...params, newName: 'two words' }), /not a valid ID/);
  await assert.rejects(client.request('textDocument/rename', { ...params, newName: 'group' }), /keyword/);
});

test('rename from the declaring file reaches the open files that import it', async () => {
  client.open(uriOf('shared.sysd'), shared);
  await client.diagnostics(uriOf('shared.sysd'));
  const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...doc(uriOf('shared.sysd'), shared, 'events-dlq', 3, 1), newName: 'dead' });
  const changes = edit.changes ?? {};
  assert.equal(changes[uriOf('shared.sysd')]?.length, 2, 'declaration and dlq value');
  const renameDb = await client.request<WorkspaceEdit>('textDocument/rename', { ...doc(uriOf('shared.sysd'), shared, 'db', 1), newName: 'store' });
  assert.equal(renameDb.changes?.[uriOf('main.sysd')]?.length, 1, 'the use in main.sysd');
});

test('a kind name used as an ID: definition from a use, hover as a component, rename of every use', async () => {
  const text = 'cdn cdn "CDN"\nqueue queue { dlq: dead }\nqueue dead\nclient web\nweb -> cdn, queue\n';
  const uri = uriOf('kinds.sysd');
  client.open(uri, text);
  const diagnostics = await client.diagnostics(uri);
  assert.deepEqual(diagnostics.filter((d) => d.code === 'syntax-error' || d.code === 'unresolved-reference').map((d) => d.message), []);
  const location = await client.request<Location | null>('textDocument/definition', doc(uri, text, 'cdn', 1, 2));
  assert.deepEqual(location?.range, { start: { line: 0, character: 4 }, end: { line: 0, character: 7 } });
  const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', doc(uri, text, 'queue', 1, 3));
  assert.match(hover?.contents.value ?? '', /queue/);
  const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...doc(uri, text, 'cdn', 0, 1), newName: 'cache' });
  assert.deepEqual(edit.changes?.[uri]?.map((e) => [e.range.start.line, e.range.start.character, e.newText]), [[0, 4, 'cache'], [4, 7, 'cache']]);
});
