// Semantic tokens, folding, selection ranges and schema quick fixes over --stdio.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CodeAction, Diagnostic, FoldingRange, SelectionRange, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from './lsp-client';

let client: TestClient;
before(async () => { client = await startClient(null); });
after(async () => { await client.stop(); });

const text = `// #region edge
client web { type: web }
// #endregion
group data {
  cache c { ttl: 1h }
}
web -> c
web -> { oops
`;

async function opened(name: string, body: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = `file:///virtual/${name}`;
  client.open(uri, body);
  return { uri, diagnostics: await client.diagnostics(uri) };
}

/** Decodes the relative wire format back to `text:type` pairs. */
function decode(data: number[], legend: SemanticTokensLegend, source: string): string[] {
  const lines = source.split('\n');
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    out.push(`${lines[line].slice(character, character + data[i + 2])}:${legend.tokenTypes[data[i + 3]]}`);
  }
  return out;
}

test('semantic tokens (full and range) use the standard legend, even with a syntax error in the file', async () => {
  const { uri } = await opened('tokens.sysd', text);
  const legend = client.initializeResult.capabilities.semanticTokensProvider?.legend as SemanticTokensLegend;
  assert.ok(legend.tokenTypes.includes('enumMember') && legend.tokenModifiers.includes('declaration'));
  const full = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  const shown = decode(full.data, legend, text);
  assert.deepEqual(shown.slice(0, 8), ['client:type', 'web:class', 'type:property', 'web:enumMember', 'group:keyword', 'data:namespace', 'cache:type', 'c:class']);
  assert.ok(shown.includes('->:operator'));
  const range = await client.request<SemanticTokens>('textDocument/semanticTokens/range', {
    textDocument: { uri }, range: { start: { line: 6, character: 0 }, end: { line: 7, character: 0 } },
  });
  assert.deepEqual(decode(range.data, legend, text), ['web:class', '->:operator', 'c:class']);
});

test('folding ranges cover the group, and the region', async () => {
  const { uri } = await opened('folding.sysd', text);
  const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
  assert.deepEqual(ranges.map((r) => [r.startLine, r.endLine, r.kind ?? '']), [[0, 2, 'region'], [3, 4, '']]);
});

test('selection ranges expand from a value to the whole file', async () => {
  const { uri } = await opened('selection.sysd', text);
  const [result] = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [{ line: 4, character: 17 }] });
  const chain: string[] = [];
  for (let r: SelectionRange | undefined = result; r; r = r.parent) chain.push(`${r.range.start.line}:${r.range.start.character}-${r.range.end.line}:${r.range.end.character}`);
  assert.deepEqual(chain.slice(0, 5), ['4:17-4:19', '4:12-4:19', '4:10-4:21', '4:2-4:21', '3:11-5:1']);
  assert.ok(chain.length >= 7);
});

test('quick fixes: change to the suggestion (preferred) and create the missing component', async () => {
  const { uri, diagnostics } = await opened('fixes.sysd', 'cache c { tll: 1h }\nservice api\napi ~> jobs\n');
  const unknown = diagnostics.find((d) => d.code === 'unknown-property') as Diagnostic;
  const change = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown] } });
  const preferred = change.find((a) => a.title === "Change to 'ttl'");
  assert.equal(preferred?.isPreferred, true);
  assert.deepEqual(preferred?.edit?.changes?.[uri], [{ range: unknown.range, newText: 'ttl' }]);

  const unresolved = diagnostics.find((d) => d.code === 'unresolved-reference') as Diagnostic;
  const create = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: unresolved.range, context: { diagnostics: [unresolved] } });
  const queue = create.find((a) => a.title === "Create component 'jobs' as a queue");
  assert.ok(queue, create.map((a) => a.title).join(', '));
  assert.deepEqual(queue.edit?.changes?.[uri], [{ range: { start: { line: 1, character: 11 }, end: { line: 1, character: 11 } }, newText: '\nqueue jobs' }]);
});

test('a kind name used as an ID is coloured as an ID, the kind before it as a type', async () => {
  const body = 'cdn cdn "CDN"\nclient web\nweb -> cdn\n';
  const { uri, diagnostics } = await opened('kind-ids.sysd', body);
  assert.deepEqual(diagnostics.filter((d) => d.severity === 1), []);
  const legend = client.initializeResult.capabilities.semanticTokensProvider?.legend as SemanticTokensLegend;
  const full = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  assert.deepEqual(decode(full.data, legend, body).filter((t) => t.startsWith('cdn:')), ['cdn:type', 'cdn:class', 'cdn:class']);
});
