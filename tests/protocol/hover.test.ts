// Hover over --stdio: Markdown cards at the start, middle and end of tokens, and inside a broken file.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Hover, MarkupContent, Position } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from './lsp-client';

let client: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'sysd-hover-'));
const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
const shop = readFileSync(new URL('../fixtures/editor/shop.sysd', import.meta.url), 'utf8');

function positionOf(text: string, needle: string, shift = 0): Position {
  const offset = text.indexOf(needle) + shift;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

async function hover(uri: string, position: Position): Promise<Hover | null> {
  return client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
}
const markdownOf = (result: Hover | null) => (result?.contents as MarkupContent | undefined)?.value ?? '';

before(async () => {
  client = await startClient(pathToFileURL(dir).href);
  client.open(uriOf('shop.sysd'), shop);
  await client.diagnostics(uriOf('shop.sysd'));
});
after(async () => { await client.stop(); });

test('announces hover', () => {
  assert.equal(client.initializeResult.capabilities.hoverProvider, true);
});

test('a component ID gives the same Markdown card at the start, middle and end of the token', async () => {
  const uri = uriOf('shop.sysd');
  const results = await Promise.all([0, 1, 3].map((shift) => hover(uri, positionOf(shop, 'service api', 8 + shift))));
  for (const result of results) {
    assert.equal((result?.contents as MarkupContent).kind, 'markdown');
    assert.match(markdownOf(result), /\*\*api\*\* · `service` — API/);
    assert.match(markdownOf(result), /1 in · 3 out/);
    assert.deepEqual(result?.range, { start: positionOf(shop, 'service api', 8), end: positionOf(shop, 'service api', 11) });
  }
});

test('a rate shows per-second and peak figures; the scale keyword the estimate table', async () => {
  const uri = uriOf('shop.sysd');
  assert.match(markdownOf(await hover(uri, positionOf(shop, '100M/day', 4))), /≈ \*\*1,157\/s\*\* on average/);
  const table = markdownOf(await hover(uri, positionOf(shop, 'scale')));
  assert.match(table, /\| Reads at peak \| \*\*578,704\/s\*\*/);
});

test('hover keeps working in a file with a syntax error elsewhere', async () => {
  const uri = uriOf('broken.sysd');
  const text = 'service api { instances: 3\ncache c "Hot" { ttl: 1h }\napi -> c\nqueue q { dlq: }\n';
  client.open(uri, text);
  await client.diagnostics(uri);
  assert.match(markdownOf(await hover(uri, positionOf(text, 'ttl'))), /\*\*ttl\*\* · property of a `cache`/);
  assert.match(markdownOf(await hover(uri, positionOf(text, 'api -> c', 7))), /\*\*c\*\* · `cache` — Hot/);
  assert.equal(await hover(uri, { line: 10, character: 0 }), null);
});

test('hover follows edits: the card shows the new version', async () => {
  const uri = uriOf('edit.sysd');
  client.open(uri, 'service api\n', 1);
  await client.diagnostics(uri);
  client.change(uri, 'service api "Renamed"\n', 2);
  assert.match(markdownOf(await hover(uri, { line: 0, character: 9 })), /— Renamed/);
});
