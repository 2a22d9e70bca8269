// Inlay hints and code lenses over --stdio.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeLens, InlayHint } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from './lsp-client';

let client: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'sysd-inlay-'));
const uri = pathToFileURL(join(dir, 'shop.sysd')).href;
const shop = readFileSync(new URL('../fixtures/editor/shop.sysd', import.meta.url), 'utf8');
const whole = { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } };

before(async () => {
  client = await startClient(pathToFileURL(dir).href);
  client.open(uri, shop);
  await client.diagnostics(uri);
});
after(async () => { await client.stop(); });

test('announces inlay hints and code lenses', () => {
  const capabilities = client.initializeResult.capabilities;
  assert.ok(capabilities.inlayHintProvider);
  assert.ok(capabilities.codeLensProvider);
});

test('inlay hints show per-second rates, max instances and derived reads', async () => {
  const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: whole });
  const labels = hints.map((h) => h.label);
  assert.ok(labels.includes('≈1,157/s'));
  assert.ok(labels.includes('max 20'));
  assert.ok(labels.includes('reads ≈ 115,741/s'));
  assert.ok(hints.every((h) => h.paddingLeft === true));
});

test('code lenses count connections and link each component to the preview', async () => {
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  const preview = lenses.filter((l) => l.command?.command === 'sysd.showInPreview');
  assert.equal(preview.length, 9);
  assert.deepEqual(preview.find((l) => l.command?.arguments?.[0] === 'api')?.command?.arguments, ['api', uri]);
  assert.ok(lenses.some((l) => l.command?.title === '1 in · 3 out'));
});

test('after an edit that breaks the file, lenses and hints still come from the recovered model', async () => {
  client.change(uri, shop.replace('timeout: 2s }', 'timeout: 2s'), 2);
  await client.diagnostics(uri, (p) => p.version === 2);
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.ok(lenses.filter((l) => l.command?.command === 'sysd.showInPreview').length >= 8);
  const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: whole });
  assert.ok(hints.some((h) => h.label === '≈1,157/s'));
});
