// Thousands of nested groups: no stack overflow in the parser, the resolver, the formatter, folding, selection or the diagram.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { assertAnswered, assertHealthy, attempt, startServer, type AbusedServer } from './support';

let server: AbusedServer;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

/** `depth` groups, each inside the previous, a service in the innermost, and a connection to it from outside. */
function nested(depth: number, closed = true): string {
  const opening = Array.from({ length: depth }, (_, i) => `${'  '.repeat(Math.min(i, 20))}group g${i} "Level ${i}" {`).join('\n');
  return `${opening}\nservice api "API"\n${closed ? '}\n'.repeat(depth) : ''}client web\nweb -> api\n`;
}

for (const [depth, closed] of [[300, true], [3000, true], [3000, false]] as const) {
  test(`${depth} nested groups${closed ? '' : ' never closed'}: diagnostics published, every whole-document request answers`, async () => {
    const uri = `file:///robustness/nesting/depth-${depth}-${closed}.sysd`;
    const text = nested(depth, closed);
    server.open(uri, text);
    const diagnostics = await server.diagnostics(uri, undefined, 60_000);
    for (const d of diagnostics) assert.ok(d.range.end.line <= text.split('\n').length, 'ranges inside the document');
    if (!closed) assert.ok(diagnostics.some((d) => d.severity === 1), 'the missing braces are reported');
    const textDocument = { uri };
    const inner = { line: depth, character: 9 };
    for (const [method, params] of [
      ['textDocument/semanticTokens/full', { textDocument }],
      ['textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } }],
      ['textDocument/foldingRange', { textDocument }],
      ['textDocument/documentSymbol', { textDocument }],
      ['textDocument/selectionRange', { textDocument, positions: [inner] }],
      ['textDocument/hover', { textDocument, position: inner }],
      ['textDocument/references', { textDocument, position: inner, context: { includeDeclaration: true } }],
      ['textDocument/rename', { textDocument, position: inner, newName: 'backend' }],
      ['textDocument/codeLens', { textDocument }],
      ['textDocument/inlayHint', { textDocument, range: { start: { line: 0, character: 0 }, end: inner } }],
      ['textDocument/codeAction', { textDocument, range: { start: inner, end: inner }, context: { diagnostics: [], only: ['source.fixAll.sysd'] } }],
      ['sysd/diagram', { uri }],
    ] as Array<[string, unknown]>) {
      assertAnswered(await attempt(server, method, params), `${method} on ${depth} nested groups`);
    }
    if (closed) {
      const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument });
      assert.ok(symbols.some((symbol) => symbol.name === 'web'), 'the statements after the nesting are read');
    }
    await assertHealthy(server);
  });
}
