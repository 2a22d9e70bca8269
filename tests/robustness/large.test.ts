// Large inputs: a 40,000-line design (diagnostics published, every request answers, the time to first diagnostics
// printed — measured, not asserted) and cancellation of long requests on it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, SemanticTokens, TextEdit } from 'vscode-languageserver-protocol';
import { assertAnswered, assertHealthy, attempt, largeDesign, markdownOf, positionOf, REQUEST_CANCELLED, startServer, type AbusedServer } from './support';

let server: AbusedServer;
const uri = 'file:///robustness/large/forty-thousand.sysd';
const text = largeDesign(40_000);
let diagnostics: Diagnostic[] = [];

before(async () => {
  server = await startServer();
  const started = performance.now();
  server.open(uri, text);
  diagnostics = await server.diagnostics(uri, undefined, 240_000);
  const elapsed = performance.now() - started;
  // The figure for the closing note: the bundled server over stdio, no debounce (diagnosticsDelayMs 0).
  console.log(`40,000-line design (${text.split('\n').length - 1} lines, ${(text.length / 1024).toFixed(0)} KiB): first diagnostics after ${elapsed.toFixed(0)} ms, ${diagnostics.length} diagnostics`);
});
after(async () => { await server.stop(); });

test('the 40,000-line design gets its diagnostics: its deliberate findings, no syntax errors, ranges inside the text', () => {
  const lineCount = text.split('\n').length;
  assert.ok(text.split('\n').length >= 40_000);
  assert.ok(diagnostics.length > 0, 'the deliberate findings (queues without a dead-letter queue) are reported');
  assert.ok(diagnostics.every((d) => d.code !== 'syntax-error'));
  for (const d of diagnostics) assert.ok(d.range.start.line >= 0 && d.range.end.line < lineCount, `range inside the document: ${JSON.stringify(d.range)}`);
});

test('every request answers on the 40,000-line design, with the right content', async () => {
  const textDocument = { uri };
  const last = text.trimEnd().split('\n').length - 1;
  const figures: string[] = [];
  const timed = async <T>(name: string, method: string, params: unknown): Promise<T> => {
    const started = performance.now();
    const result = await server.request<T>(method, params);
    figures.push(`${name} ${(performance.now() - started).toFixed(0)} ms`);
    return result;
  };
  const hover = await timed<Hover | null>('hover', 'textDocument/hover', { textDocument, position: positionOf(text, 'service svc1000', 9) });
  assert.match(markdownOf(hover), /\*\*svc1000\*\* · `service` — Service 1000/);
  const tokens = await timed<SemanticTokens>('semantic tokens', 'textDocument/semanticTokens/full', { textDocument });
  assert.ok(tokens.data.length > 40_000 * 5, 'tokens for the whole document');
  const formatting = await timed<TextEdit[]>('formatting', 'textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } });
  assert.deepEqual(formatting, [], 'the generated design is already formatted');
  const folding = await timed<FoldingRange[]>('folding', 'textDocument/foldingRange', { textDocument });
  assert.ok(folding.length > 2000);
  const symbols = await timed<DocumentSymbol[]>('symbols', 'textDocument/documentSymbol', { textDocument });
  assert.ok(symbols.some((symbol) => symbol.name === 'tier1000'));
  const references = await timed<unknown[]>('references', 'textDocument/references', { textDocument, position: positionOf(text, 'loadbalancer lb', 13), context: { includeDeclaration: true } });
  assert.ok(references.length > 2000, 'lb is used by every tier');
  const completion = await timed<CompletionList>('completion', 'textDocument/completion', { textDocument, position: { line: last + 1, character: 0 } });
  assert.equal(completion.isIncomplete, true, 'thousands of component IDs: a capped list the editor asks again for');
  assert.equal(completion.items.length, 1000);
  assert.ok(completion.items.some((item) => item.label === 'service'), 'the best-sorted items (kinds) are kept');
  const workspaceSymbols = await timed<unknown[]>('workspace symbols', 'workspace/symbol', { query: 'svc' });
  assert.ok(workspaceSymbols.length > 0 && workspaceSymbols.length <= 1000, 'capped');
  const diagram = await timed<{ diagram: { nodes: Array<{ findings: unknown[] }> } } | null>('diagram', 'sysd/diagram', { uri });
  assert.ok((diagram?.diagram.nodes.length ?? 0) > 10_000, 'every component is in the diagram model');
  assert.ok(diagram?.diagram.nodes.some((node) => node.findings.length > 0), 'with its finding badges');
  console.log(`on the 40,000-line design: ${figures.join(', ')}`);
  await assertHealthy(server);
});

test('cancelling long requests on the huge design: each answers with RequestCancelled or a result, and the server stays responsive', async () => {
  // A new version invalidates the cached analysis, so the requests below have real work to do.
  server.change(uri, `${text}service extra "Extra"\n`, 2);
  const methods: Array<[string, unknown]> = [
    ['textDocument/semanticTokens/full', { textDocument: { uri } }],
    ['textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }],
    ['textDocument/references', { textDocument: { uri }, position: positionOf(text, 'loadbalancer lb', 13), context: { includeDeclaration: true } }],
    ['workspace/symbol', { query: '' }],
    ['sysd/diagram', { uri }],
  ];
  const answers = methods.map(([method, params]) => {
    const source = new CancellationTokenSource();
    const answer = server.connection.sendRequest(method, params, source.token).then(
      (result) => ({ result, code: undefined as number | undefined, message: '' }),
      (error: { code?: number; message?: string }) => ({ result: undefined, code: error.code, message: error.message ?? '' }),
    );
    source.cancel();
    return answer.then((a) => ({ method, ...a }));
  });
  const settled = await Promise.all(answers);
  for (const answer of settled) {
    assert.ok(answer.code === undefined || answer.code === REQUEST_CANCELLED, `${answer.method}: ${answer.code} ${answer.message}`);
  }
  console.log(`cancelled: ${settled.filter((a) => a.code === REQUEST_CANCELLED).map((a) => a.method).join(', ') || 'none (all answered first)'}`);
  // An uncancelled request on the new version still gets the full answer.
  const tokens = await attempt(server, 'textDocument/semanticTokens/full', { textDocument: { uri } });
  assertAnswered(tokens, 'semantic tokens after the cancellations');
  assert.ok((tokens.result as SemanticTokens).data.length > 40_000 * 5);
  await assertHealthy(server);
});
