// Tests the editor assets: the TextMate grammar's scopes, and that snippets and language configuration are well-formed sysd.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type * as TextMate from 'vscode-textmate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
// Both packages are CommonJS; loading them through require keeps the test independent of interop settings.
const oniguruma = require('vscode-oniguruma') as typeof import('vscode-oniguruma');
const textmate = require('vscode-textmate') as typeof import('vscode-textmate');

interface Token {
  text: string;
  scopes: string[];
}

async function loadGrammar(): Promise<TextMate.IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== 'source.sysd') return null;
      const file = path.join(root, 'syntaxes/sysd.tmLanguage.json');
      return textmate.parseRawGrammar(readFileSync(file, 'utf8'), file);
    },
  });
  const grammar = await registry.loadGrammar('source.sysd');
  assert.ok(grammar, 'grammar loads');
  return grammar;
}

const grammarReady = loadGrammar();

/** Tokenizes a multi-line text, carrying the rule stack across lines as the editor does. */
async function tokenize(text: string): Promise<Token[]> {
  const grammar = await grammarReady;
  const tokens: Token[] = [];
  let stack = textmate.INITIAL;
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) {
      const tokenText = line.slice(token.startIndex, token.endIndex);
      if (tokenText.trim() !== '') tokens.push({ text: tokenText, scopes: token.scopes });
    }
    stack = result.ruleStack;
  }
  return tokens;
}

/** The innermost scope of the first token whose text is exactly `text`. */
function scopeOf(tokens: Token[], text: string, nth = 0): string {
  const found = tokens.filter((token) => token.text === text)[nth];
  assert.ok(found, `token ${JSON.stringify(text)} not found in ${JSON.stringify(tokens.map((t) => t.text))}`);
  return found.scopes[found.scopes.length - 1] ?? '';
}

function allScopesOf(tokens: Token[], text: string): string[] {
  const found = tokens.find((token) => token.text === text);
  assert.ok(found, `token ${JSON.stringify(text)} not found`);
  return found.scopes;
}

test('design, scale, group and import are keywords', async () => {
  const tokens = await tokenize('design "Shop"\nimport "payments.sysd"\nscale {\n  dau: 1M\n}\ngroup data "Data tier" {\n  kind: tier\n}');
  assert.equal(scopeOf(tokens, 'design'), 'keyword.other.design.sysd');
  assert.equal(scopeOf(tokens, 'import'), 'keyword.other.import.sysd');
  assert.equal(scopeOf(tokens, 'scale'), 'keyword.other.scale.sysd');
  assert.equal(scopeOf(tokens, 'group'), 'keyword.other.group.sysd');
  assert.equal(scopeOf(tokens, 'data'), 'entity.name.namespace.group.sysd');
  assert.equal(scopeOf(tokens, 'kind'), 'support.type.property-name.sysd');
  assert.equal(scopeOf(tokens, 'tier'), 'support.constant.value.sysd');
});

test('every component kind at statement start is a type keyword and its ID a declared name', async () => {
  const kinds = ['client', 'cdn', 'loadbalancer', 'gateway', 'service', 'worker', 'function', 'database', 'cache', 'queue', 'topic', 'storage', 'search', 'external'];
  for (const kind of kinds) {
    const tokens = await tokenize(`${kind} my-${kind} "Label" { description: "x" }`);
    assert.equal(scopeOf(tokens, kind), `storage.type.component.${kind}.sysd`);
    assert.equal(scopeOf(tokens, `my-${kind}`), 'entity.name.type.component.sysd');
  }
});

test('a kind word used as a value or property name is not a keyword', async () => {
  const tokens = await tokenize('scale { storage: 91TB }\nclient web { tags: [cache, edge] }\ncache -> db');
  assert.equal(scopeOf(tokens, 'storage'), 'support.type.property-name.sysd');
  assert.equal(scopeOf(tokens, 'cache'), 'support.constant.value.sysd');
  assert.equal(scopeOf(tokens, 'cache', 1), 'variable.other.reference.sysd');
});

test('property names, enum values, booleans and strings with escapes', async () => {
  const tokens = await tokenize('cache url-cache "Redis \\"hot\\" \\u{1F600}" { engine: redis, eviction: allkeys-lru, cluster: true }');
  assert.equal(scopeOf(tokens, 'engine'), 'support.type.property-name.sysd');
  assert.equal(scopeOf(tokens, 'eviction'), 'support.type.property-name.sysd');
  assert.equal(scopeOf(tokens, 'allkeys-lru'), 'support.constant.value.sysd');
  assert.equal(scopeOf(tokens, 'true'), 'constant.language.boolean.true.sysd');
  assert.equal(scopeOf(tokens, 'Redis '), 'string.quoted.double.sysd');
  assert.equal(scopeOf(tokens, '\\"'), 'constant.character.escape.sysd');
  assert.equal(scopeOf(tokens, '\\u{1F600}'), 'constant.character.escape.sysd');
  assert.equal(scopeOf(tokens, ':'), 'punctuation.separator.key-value.sysd');
  assert.equal(scopeOf(tokens, '{'), 'punctuation.section.block.begin.sysd');
});

test('quantities of every form are numeric with their unit marked', async () => {
  const samples: Array<[string, string, string | undefined]> = [
    ['10M', '10', 'M'],
    ['100M/day', '100', 'M/day'],
    ['91TB', '91', 'TB'],
    ['2GiB', '2', 'GiB'],
    ['30s', '30', 's'],
    ['5min', '5', 'min'],
    ['99.9%', '99.9', '%'],
    ['5x', '5', 'x'],
    ['1_000', '1_000', undefined],
    ['10Gbps', '10', 'Gbps'],
    ['1160/s', '1160', '/s'],
    ['25B/day', '25', 'B/day'],
  ];
  for (const [quantity, number, unit] of samples) {
    const tokens = await tokenize(`scale { writes: ${quantity} }`);
    assert.equal(scopeOf(tokens, number), 'constant.numeric.quantity.sysd', quantity);
    if (unit !== undefined) assert.equal(scopeOf(tokens, unit), 'keyword.other.unit.sysd', quantity);
  }
  const range = await tokenize('service api { autoscale: 2..20 }');
  assert.equal(scopeOf(range, '2'), 'constant.numeric.range.sysd');
  assert.equal(scopeOf(range, '..'), 'keyword.operator.range.sysd');
  assert.equal(scopeOf(range, '20'), 'constant.numeric.range.sysd');
});

test('arrows are operators and split unspaced references', async () => {
  const tokens = await tokenize('a->b\nweb <-> chat ~> events');
  assert.deepEqual(tokens.slice(0, 3).map((t) => t.text), ['a', '->', 'b']);
  assert.equal(scopeOf(tokens, '->'), 'keyword.operator.arrow.sync.sysd');
  assert.equal(scopeOf(tokens, '<->'), 'keyword.operator.arrow.bidirectional.sysd');
  assert.equal(scopeOf(tokens, '~>'), 'keyword.operator.arrow.async.sysd');
  assert.equal(scopeOf(tokens, 'a'), 'variable.other.reference.sysd');
  assert.equal(scopeOf(tokens, 'b'), 'variable.other.reference.sysd');
});

test('a kebab-case ID stays one token', async () => {
  const tokens = await tokenize('queue clicks "Clicks" { dlq: clicks-dlq }\nclicks-dlq ~> triage');
  assert.equal(scopeOf(tokens, 'clicks-dlq'), 'support.constant.value.sysd');
  assert.equal(scopeOf(tokens, 'clicks-dlq', 1), 'variable.other.reference.sysd');
  assert.ok(!tokens.some((t) => t.text === 'dlq' && t.scopes.includes('variable.other.reference.sysd')));
});

test('fan-out targets and a connection label are not taken for properties', async () => {
  const tokens = await tokenize('lb -> shortener, redirector : "HTTPS" { protocol: https, timeout: 2s }');
  assert.equal(scopeOf(tokens, 'redirector'), 'variable.other.reference.sysd');
  assert.equal(scopeOf(tokens, 'HTTPS'), 'string.quoted.double.sysd');
  assert.equal(scopeOf(tokens, 'protocol'), 'support.type.property-name.sysd');
  assert.equal(scopeOf(tokens, 'https'), 'support.constant.value.sysd');
  const multiLine = await tokenize('gateway ->\n  users,\n  orders : "REST"');
  assert.equal(scopeOf(multiLine, 'orders'), 'variable.other.reference.sysd');
});

test('line and block comments, including a block spanning lines', async () => {
  const tokens = await tokenize('service api // the API\n/* a\nlonger note */ cache c');
  assert.equal(scopeOf(tokens, ' the API'), 'comment.line.double-slash.sysd');
  assert.equal(scopeOf(tokens, '//'), 'punctuation.definition.comment.sysd');
  assert.equal(scopeOf(tokens, 'longer note '), 'comment.block.sysd');
  assert.equal(scopeOf(tokens, 'cache'), 'storage.type.component.cache.sysd');
});

test('annotations mark the name and the rule ids', async () => {
  const tokens = await tokenize('@allow(orphan-component, missing-cdn, "kept for the demo")\nexternal geo');
  assert.equal(scopeOf(tokens, '@'), 'punctuation.definition.annotation.sysd');
  assert.equal(scopeOf(tokens, 'allow'), 'storage.type.annotation.sysd');
  assert.equal(scopeOf(tokens, 'orphan-component'), 'variable.parameter.rule-id.sysd');
  assert.equal(scopeOf(tokens, 'missing-cdn'), 'variable.parameter.rule-id.sysd');
  assert.ok(allScopesOf(tokens, 'kept for the demo').includes('meta.annotation.sysd'));
  assert.equal(scopeOf(tokens, 'external'), 'storage.type.component.external.sysd');
});
