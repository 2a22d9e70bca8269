// Parse and rule work happens once per document version: many requests on one version reuse it, each edit redoes it once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SHOP, startServer } from './support';

test('twenty rounds of requests on one version analyse it once; each edit analyses once more', async () => {
  const server = await startServer();
  const traces: string[] = [];
  server.connection.onNotification('$/logTrace', (params: { message: string }) => { traces.push(params.message); });
  await server.connection.sendNotification('$/setTrace', { value: 'verbose' });
  try {
    const uri = 'file:///work/caching.sysd';
    const analysed = (version: number) => traces.filter((t) => t === `sysd: analysed ${uri} version ${version}` || t.startsWith(`sysd: analysed ${uri} version ${version} in `));
    server.open(uri, SHOP, 1);
    await server.diagnostics(uri, (p) => p.version === 1);
    const textDocument = { uri };
    const position = { line: 3, character: 9 };
    for (let round = 0; round < 20; round++) {
      await Promise.all([
        server.request('textDocument/hover', { textDocument, position }),
        server.request('textDocument/semanticTokens/full', { textDocument }),
        server.request('textDocument/foldingRange', { textDocument }),
        server.request('textDocument/documentSymbol', { textDocument }),
        server.request('textDocument/codeLens', { textDocument }),
        server.request('textDocument/inlayHint', { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } } }),
        server.request('sysd/diagram', { uri }),
      ]);
    }
    assert.equal(analysed(1).length, 1, traces.join('\n'));
    for (let version = 2; version <= 4; version++) {
      server.change(uri, `${SHOP}\n// edit ${version}\n`, version);
      await server.diagnostics(uri, (p) => p.version === version);
      await server.request('textDocument/hover', { textDocument, position });
      assert.equal(analysed(version).length, 1, `version ${version}:\n${traces.join('\n')}`);
    }
  } finally {
    await server.stop();
  }
});
