// The adaptive diagnostics debounce over --stdio: no fixed long wait for a small design, and the newest version last.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startClient, type TestClient } from './lsp-client';

/** The default (adaptive) server, and one told to wait a fixed 400 ms after each edit. */
let adaptive: TestClient;
let fixed: TestClient;

before(async () => {
  [adaptive, fixed] = await Promise.all([startClient(null), startClient(null, { diagnosticsDelayMs: 400 })]);
});
after(async () => { await Promise.all([adaptive.stop(), fixed.stop()]); });

const design = (label: string) => `service api "${label}"\ndatabase db { replicas: 2, backup: daily }\napi -> db\n`;

test('a small design gets its diagnostics before a server with a fixed long delay has even started', async () => {
  const uri = 'file:///debounce/small.sysd';
  for (const client of [adaptive, fixed]) client.open(uri, design('API'));
  await Promise.all([adaptive.diagnostics(uri), fixed.diagnostics(uri)]);

  let fixedAnswered = false;
  const fixedV2 = fixed.diagnostics(uri, (p) => p.version === 2).then(() => { fixedAnswered = true; });
  for (const client of [adaptive, fixed]) client.change(uri, design('API v2'), 2);
  await adaptive.diagnostics(uri, (p) => p.version === 2);
  assert.equal(fixedAnswered, false, 'the adaptive default published version 2 first');
  // The explicit setting still holds: the fixed server publishes too, after its own delay.
  await fixedV2;
});

test('with rapid edits the newest version is the one published last', async () => {
  const uri = 'file:///debounce/rapid.sysd';
  adaptive.open(uri, design('A'));
  await adaptive.diagnostics(uri);
  for (let version = 2; version <= 12; version++) adaptive.change(uri, design(`A${'x'.repeat(version)}`), version);
  await adaptive.diagnostics(uri, (p) => p.version === 12);
  // A request round trip after it: anything still queued in the server would be out by its answer.
  await adaptive.request('textDocument/documentSymbol', { textDocument: { uri } });
  // Every publication for the document so far, in order (the client keeps them; none of them is accepted).
  const versions: Array<number | undefined> = [];
  await adaptive.diagnostics(uri, (p) => { versions.push(p.version); return false; }, 300).catch(() => undefined);
  assert.equal(versions.at(-1), 12, `published versions ${versions.join(', ')}`);
  assert.deepEqual(versions, [...versions].sort((a, b) => (a ?? 0) - (b ?? 0)), 'never an older version after a newer one');
});
