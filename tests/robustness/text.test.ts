// Odd text: NUL bytes, lone surrogates, CRLF and mixed line endings, tabs and emoji — no crash, and positions stay right in UTF-16.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Diagnostic, DocumentSymbol, Hover, Location } from 'vscode-languageserver-protocol';
import { assertHealthy, markdownOf, positionOf, startServer, textAt, type AbusedServer } from './support';

let server: AbusedServer;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

let documents = 0;
async function opened(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = `file:///robustness/text/doc-${++documents}.sysd`;
  server.open(uri, text);
  return { uri, diagnostics: await server.diagnostics(uri) };
}

const hover = (uri: string, text: string, needle: string, shift = 0) =>
  server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, shift) });

/** Every request that walks the whole document, to shake out crashes on odd characters. */
async function everyWholeDocumentRequest(uri: string): Promise<void> {
  const textDocument = { uri };
  await server.request('textDocument/semanticTokens/full', { textDocument });
  await server.request('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } });
  await server.request('textDocument/foldingRange', { textDocument });
  await server.request('textDocument/documentSymbol', { textDocument });
  await server.request('textDocument/codeLens', { textDocument });
  await server.request('textDocument/inlayHint', { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } } });
  await server.request('sysd/diagram', { uri });
}

test('emoji (surrogate pairs) before a token on the same line: the diagnostic and the hover point at the right UTF-16 characters', async () => {
  const text = 'service api "API 😀🚀 fast" { instances: 2 }\ncache hot "🔥🔥" { ttl: 1h, evicton: lru }\napi -> hot : "👋 hi"\n';
  const { uri, diagnostics } = await opened(text);
  const unknown = diagnostics.find((d) => /evicton/.test(String(d.message)));
  assert.ok(unknown, `an unknown-property diagnostic: ${JSON.stringify(diagnostics)}`);
  assert.equal(textAt(text, unknown.range), 'evicton');
  assert.deepEqual(unknown.range.start, { line: 1, character: text.split('\n')[1].indexOf('evicton') });
  // The connection line comes after two lines with emoji; `hot` on it is found at its UTF-16 column.
  const card = await hover(uri, text, 'api -> hot', 8);
  assert.match(markdownOf(card), /\*\*hot\*\* · `cache` — 🔥🔥/);
  assert.equal(textAt(text, card?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }), 'hot');
  const definition = await server.request<Location | Location[] | null>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'api -> hot', 8) });
  const target = Array.isArray(definition) ? definition[0] : definition;
  assert.ok(target);
  assert.equal(textAt(text, target.range), 'hot');
  await everyWholeDocumentRequest(uri);
  await assertHealthy(server);
});

test('CRLF line endings: diagnostics and hovers on later lines point at the right characters', async () => {
  const text = 'design "CRLF"\r\n\r\nservice api "API" { instances: 2 }\r\ncache hot "Hot" { ttl: 1h, evicton: lru }\r\napi -> hot\r\n';
  const { uri, diagnostics } = await opened(text);
  const unknown = diagnostics.find((d) => /evicton/.test(String(d.message)));
  assert.ok(unknown);
  assert.equal(textAt(text, unknown.range), 'evicton');
  const card = await hover(uri, text, 'api -> hot', 8);
  assert.match(markdownOf(card), /\*\*hot\*\* · `cache` — Hot/);
  assert.equal(textAt(text, card!.range!), 'hot');
  await everyWholeDocumentRequest(uri);
  await assertHealthy(server);
});

test('mixed line endings (LF, CRLF and a lone CR, which LSP counts as a line break) keep positions right', async () => {
  const text = 'service api "API"\r\ncache hot "Hot" { ttl: 1h }\rqueue q "Q" { evicton: 1 }\napi -> hot\r\napi ~> q\n';
  const { uri, diagnostics } = await opened(text);
  const unknown = diagnostics.find((d) => /evicton/.test(String(d.message)));
  assert.ok(unknown, `a diagnostic for the unknown property: ${JSON.stringify(diagnostics)}`);
  assert.equal(textAt(text, unknown.range), 'evicton');
  const card = await hover(uri, text, 'api ~> q', 7);
  assert.match(markdownOf(card), /\*\*q\*\* · `queue` — Q/);
  assert.equal(textAt(text, card!.range!), 'q');
  await everyWholeDocumentRequest(uri);
  await assertHealthy(server);
});

test('tabs count as one character', async () => {
  const text = 'group g "G" {\n\tservice api "API" {\n\t\tinstances: 2\n\t\tevicton: 1\n\t}\n\tcache hot "Hot"\n}\n\t\tapi -> hot\n';
  const { uri, diagnostics } = await opened(text);
  const unknown = diagnostics.find((d) => /evicton/.test(String(d.message)));
  assert.ok(unknown);
  assert.deepEqual(unknown.range.start, { line: 3, character: 2 });
  const card = await hover(uri, text, '\t\tapi', 3);
  assert.match(markdownOf(card), /\*\*api\*\* · `service` — API/);
  assert.deepEqual(card?.range, { start: { line: 7, character: 2 }, end: { line: 7, character: 5 } });
  await everyWholeDocumentRequest(uri);
  await assertHealthy(server);
});

test('NUL bytes anywhere give diagnostics, not a crash, and the rest of the design still reads', async () => {
  const text = '\u0000service api "A\u0000PI"\n\u0000\u0000\ncache hot "Hot"\napi -> hot // \u0000 in a comment\n\u0000';
  const { uri, diagnostics } = await opened(text);
  assert.ok(diagnostics.some((d) => d.severity === 1), 'the NUL bytes are reported');
  for (const diagnostic of diagnostics) assert.ok(diagnostic.range.start.line <= 4 && diagnostic.range.end.line <= 4, 'ranges inside the document');
  const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok(symbols.some((symbol) => symbol.name === 'hot'), 'the component after the NULs is read');
  await everyWholeDocumentRequest(uri);
  await assertHealthy(server);
});

test('lone surrogates in strings, comments, identifiers and on their own never crash the server', async () => {
  const texts = [
    'service api "\uD800"\ncache hot "\uDC00 hot"\napi -> hot\n',
    '// \uDBFF comment\nservice api\n',
    'service a\uD800pi "API"\n',
    '\uDC00\uD800',
    'service api "😀'.slice(0, -1),
    'design "\uD83D"\nscale { dau: 1\uDE00M }\n',
  ];
  for (const text of texts) {
    const { uri, diagnostics } = await opened(text);
    for (const diagnostic of diagnostics) assert.ok(diagnostic.range.start.line >= 0 && diagnostic.range.start.character >= 0);
    await everyWholeDocumentRequest(uri);
    await server.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 3 } });
  }
  await assertHealthy(server);
});

test('a byte-order mark, zero-width and right-to-left characters do not shift positions', async () => {
  const text = '\uFEFFservice api "\u200Bשלום\u202E"\ncache hot "Hot" { evicton: 1 }\n';
  const { uri, diagnostics } = await opened(text);
  const unknown = diagnostics.find((d) => /evicton/.test(String(d.message)));
  assert.ok(unknown);
  assert.equal(textAt(text, unknown.range), 'evicton');
  await everyWholeDocumentRequest(uri);
  await assertHealthy(server);
});
