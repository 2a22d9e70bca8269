// The built server over --stdio: diagnostics on open and change, symbols, imports re-checked across files.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, DocumentSymbol, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/language/textPositions';
import { messageOf, startClient, type TestClient } from './lsp-client';

let client: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'sysd-protocol-'));
const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;

before(async () => { client = await startClient(pathToFileURL(dir).href); });
after(async () => { await client.stop(); });

test('announces incremental sync and document symbols', () => {
  const capabilities = client.initializeResult.capabilities;
  assert.equal(capabilities.textDocumentSync, 2);
  assert.ok(capabilities.documentSymbolProvider);
});

test('publishes a precise syntax error on open and clears it after the fix', async () => {
  const uri = uriOf('broken.sysd');
  client.open(uri, 'service api "API" { instances: 3\nservice db\napi -> db\n');
  const diagnostics = await client.diagnostics(uri);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].code, 'syntax-error');
  assert.match(messageOf(diagnostics[0]), /Expected '\}' to close the block/);
  assert.deepEqual(diagnostics[0].range.start, { line: 0, character: 32 });

  client.change(uri, 'service api "API" { instances: 3 }\nservice db\napi -> db\n', 2);
  const fixed = await client.diagnostics(uri, (p) => p.version === 2);
  assert.deepEqual(fixed.filter((d) => d.severity === 1), []);
});

test('reports schema errors with did-you-mean on the exact token', async () => {
  const uri = uriOf('schema.sysd');
  client.open(uri, 'cache c { tll: 1h }\n');
  const diagnostic = (await client.diagnostics(uri)).find((d) => d.code === 'unknown-property');
  assert.ok(diagnostic);
  assert.equal(diagnostic.code, 'unknown-property');
  assert.match(messageOf(diagnostic), /Did you mean 'ttl'\?/);
  assert.deepEqual(diagnostic.range, { start: { line: 0, character: 10 }, end: { line: 0, character: 13 } });
});

test('only the newest version of a burst of edits is published', async () => {
  const uri = uriOf('burst.sysd');
  client.open(uri, 'service a\n', 1);
  await client.diagnostics(uri);
  for (let version = 2; version <= 6; version++) client.change(uri, `service a\na -> b${version}\n`, version);
  const diagnostics = await client.diagnostics(uri, (p) => p.version !== 1);
  assert.equal(diagnostics.filter((d) => d.code === 'unresolved-reference').length, 1);
  assert.match(messageOf(diagnostics.find((d) => d.code === 'unresolved-reference')!), /'b6'/);
});

test('outline nests group members under their group', async () => {
  const uri = uriOf('symbols.sysd');
  client.open(uri, 'design "Shop"\ngroup data "Data" {\n  database orders\n  cache hot { ttl: 1h }\n}\nservice api\napi -> orders\n');
  await client.diagnostics(uri);
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const group = symbols.find((s) => s.name === 'data');
  assert.ok(group, 'the group is in the outline');
  assert.deepEqual(group.children?.map((c) => c.name), ['orders', 'hot']);
  assert.ok(symbols.some((s) => s.name === 'api'));
});

test('an import resolves across files, and editing the imported file re-checks its importer', async () => {
  writeFileSync(join(dir, 'shared.sysd'), 'database users "Users"\n');
  const main = uriOf('main.sysd');
  client.open(main, 'import "./shared.sysd"\nservice api\napi -> users\nimport "./missing.sysd"\n');
  const first = await client.diagnostics(main);
  assert.deepEqual(first.filter((d) => d.code === 'unresolved-reference'), []);
  const missing = first.find((d) => d.code === 'import-not-found');
  assert.ok(missing, 'a missing import is reported');
  assert.equal(missing.range.start.line, 3);

  const shared = uriOf('shared.sysd');
  client.open(shared, 'database accounts "Users"\n');
  const rechecked = await client.diagnostics(main, (p) => p.diagnostics.some((d) => d.code === 'unresolved-reference'));
  assert.match(messageOf(rechecked.find((d) => d.code === 'unresolved-reference')!), /Unknown component 'users'/);
});

test('an import cycle is an error on the import', async () => {
  writeFileSync(join(dir, 'cycle-b.sysd'), 'import "./cycle-a.sysd"\nservice b\n');
  const a = uriOf('cycle-a.sysd');
  client.open(a, 'import "./cycle-b.sysd"\nservice a\n');
  const diagnostics = await client.diagnostics(a, (p) => p.diagnostics.length > 0);
  const cycle = diagnostics.find((d) => d.code === 'import-cycle');
  assert.ok(cycle);
  assert.match(messageOf(cycle), /cycle-a\.sysd → cycle-b\.sysd → cycle-a\.sysd/);
});

/** Applies the one quick fix the server offers for the first `code` diagnostic of `version`, and sends the result as the next version. */
async function fixOnce(uri: string, text: string, version: number, code: string, title: string): Promise<string> {
  const diagnostics = await client.diagnostics(uri, (p) => p.version === version);
  const diagnostic = diagnostics.find((d) => d.code === code);
  assert.ok(diagnostic, `${code} in ${JSON.stringify(diagnostics.map((d) => d.code))}`);
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
  });
  assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred]), [[title, 'quickfix', true]]);
  const fixed = applyEdits(text, actions[0].edit!.changes![uri] as TextEdit[]);
  client.change(uri, fixed, version + 1);
  return fixed;
}

test('a misplaced header and non-ASCII IDs: their own codes, and quick fixes over the protocol that clear them', async () => {
  const uri = uriOf('unicode.sysd');
  const text = 'service café "Café ☕"\ndesign "Shop"\ndatabase données { replicas: 2, backup: 1d }\ncafé -> données\n';
  client.open(uri, text, 1);
  const first = await client.diagnostics(uri, (p) => p.version === 1);
  assert.deepEqual(first.filter((d) => d.severity === 1).map((d) => [d.range.start.line, d.code]), [
    [0, 'non-ascii-id'], [1, 'misplaced-design'], [2, 'non-ascii-id'],
  ]);
  let fixed = await fixOnce(uri, text, 1, 'misplaced-design', "Move the 'design' header to the top of the file");
  fixed = await fixOnce(uri, fixed, 2, 'non-ascii-id', "Rename 'café' to 'cafe'");
  fixed = await fixOnce(uri, fixed, 3, 'non-ascii-id', "Rename 'données' to 'donnees'");
  assert.equal(fixed, 'design "Shop"\nservice cafe "Café ☕"\ndatabase donnees { replicas: 2, backup: 1d }\ncafe -> donnees\n');
  const last = await client.diagnostics(uri, (p) => p.version === 4);
  assert.deepEqual(last.filter((d) => d.severity === 1), []);
});
