// Tests the editor assets: the TextMate grammar's scopes, and that completion's snippets and the language configuration are well-formed sysd.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type * as TextMate from 'vscode-textmate';
import { completionsAt } from '../../server/src/language/completion';
import { analysisOf } from './editor-support';

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

test('a kind name used as an ID is coloured as an ID: declared after a kind, a reference after an arrow or a comma', async () => {
  const tokens = await tokenize('cdn cdn "CDN" { ttl: 30s }\nweb -> cdn, cache\ncache cache\ncdn -> lb\ngroup queue {\n  queue queue\n}');
  assert.equal(scopeOf(tokens, 'cdn'), 'storage.type.component.cdn.sysd');
  assert.equal(scopeOf(tokens, 'cdn', 1), 'entity.name.type.component.sysd');
  assert.equal(scopeOf(tokens, 'cdn', 2), 'variable.other.reference.sysd');
  assert.equal(scopeOf(tokens, 'cache'), 'variable.other.reference.sysd');
  assert.equal(scopeOf(tokens, 'cache', 1), 'storage.type.component.cache.sysd');
  assert.equal(scopeOf(tokens, 'cache', 2), 'entity.name.type.component.sysd');
  assert.equal(scopeOf(tokens, 'cdn', 3), 'variable.other.reference.sysd', 'the source of a connection');
  assert.equal(scopeOf(tokens, 'queue'), 'entity.name.namespace.group.sysd');
  assert.equal(scopeOf(tokens, 'queue', 2), 'entity.name.type.component.sysd');
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

test('the shipped examples tokenize without any invalid token and use only allowed properties; an unterminated string is flagged', async () => {
  for (const name of ['url-shortener', 'chat-system', 'news-feed', 'ride-hailing']) {
    const tokens = await tokenize(readFileSync(path.join(root, 'examples', `${name}.sysd`), 'utf8'));
    const invalid = tokens.filter((token) => token.scopes.some((scope) => scope.startsWith('invalid.')));
    assert.deepEqual(invalid, [], name);
    assert.ok(tokens.some((token) => token.scopes.includes('entity.name.type.component.sysd')), name);
    assert.ok((await checkPropertiesAllowed(readFileSync(path.join(root, 'examples', `${name}.sysd`), 'utf8'), name)) > 50, name);
  }
  const broken = await tokenize(readFileSync(path.join(root, 'tests/fixtures/bad/unterminated-string.sysd'), 'utf8'));
  assert.ok(broken.some((token) => token.scopes.includes('invalid.illegal.newline.sysd')));
  assert.equal(scopeOf(broken, 'database'), 'storage.type.component.database.sysd', 'the next line is coloured normally again');
});

// ---- snippets and language configuration ----

const componentKinds = ['client', 'cdn', 'loadbalancer', 'gateway', 'service', 'worker', 'function', 'database', 'cache', 'queue', 'topic', 'storage', 'search', 'external', 'dns', 'monitoring'] as const;

/** Property names and, where the value is an enum, its allowed values, transcribed from language.md. */
type PropertyTable = Record<string, readonly string[] | null>;
const serviceProperties: PropertyTable = {
  instances: null, autoscale: null, capacity: null, stateless: ['true', 'false'], timeout: null, retries: null,
  circuit_breaker: ['true', 'false'], health_check: null, language: null,
  auth: ['none', 'jwt', 'oauth2', 'api_key', 'mtls', 'session'], rate_limit: null, managed: ['true', 'false'],
};
const queueProperties: PropertyTable = {
  engine: ['kafka', 'rabbitmq', 'sqs', 'nats', 'redis'], partitions: null, dlq: null, max_retries: null, retention: null,
  delivery: ['at-most-once', 'at-least-once', 'exactly-once'], encryption: ['true', 'false'], sensitive: ['true', 'false'], managed: ['true', 'false'],
};
const everyKind: PropertyTable = { description: null, technology: null, owner: null, tags: null, availability: null };
const store: PropertyTable = { encryption: ['true', 'false'], sensitive: ['true', 'false'], derived_from: null, managed: ['true', 'false'] };
const allowedProperties: Record<string, PropertyTable> = {
  client: { ...everyKind, type: ['web', 'mobile', 'desktop', 'iot'] },
  cdn: { ...everyKind, ttl: null, provider: null, caches: null, rate_limit: null, managed: ['true', 'false'] },
  loadbalancer: {
    ...everyKind, layer: ['4', '7'], algorithm: ['round_robin', 'weighted_round_robin', 'least_connections', 'ip_hash', 'geo'],
    health_check: null, rate_limit: null, instances: null, tls_termination: ['true', 'false'], sticky_sessions: ['true', 'false'],
    provider: null, managed: ['true', 'false'],
  },
  gateway: { ...everyKind, rate_limit: null, auth: ['none', 'jwt', 'oauth2', 'api_key', 'mtls', 'session'], instances: null, provider: null, managed: ['true', 'false'] },
  service: { ...everyKind, ...serviceProperties },
  worker: { ...everyKind, ...serviceProperties, concurrency: null },
  function: { ...everyKind, runtime: null, timeout: null, memory: null, concurrency: null, managed: ['true', 'false'] },
  database: {
    ...everyKind,
    engine: ['postgres', 'mysql', 'sqlite', 'oracle', 'sqlserver', 'cockroachdb', 'spanner', 'mongodb', 'dynamodb', 'cassandra', 'redis', 'influxdb', 'timescale', 'neo4j', 'elasticsearch'],
    replicas: null, replication: ['sync', 'async'], sharding: ['none', 'range', 'hash', 'directory', 'geo'], shard_key: null, shards: null,
    consistency: ['strong', 'eventual'], backup: null, multi_region: ['true', 'false'], capacity: null, ...store,
  },
  cache: {
    ...everyKind, engine: ['redis', 'memcached', 'local'], ttl: null,
    eviction: ['lru', 'lfu', 'allkeys-lru', 'volatile-lru', 'volatile-ttl', 'noeviction'],
    pattern: ['cache-aside', 'read-through', 'write-through', 'write-behind'], max_memory: null, replicas: null, cluster: null, ...store,
  },
  queue: { ...everyKind, ...queueProperties },
  topic: { ...everyKind, ...queueProperties },
  storage: { ...everyKind, provider: null, versioning: ['true', 'false'], replication: ['none', 'cross-region'], encryption: ['true', 'false'], lifecycle: null, sensitive: ['true', 'false'], managed: ['true', 'false'] },
  search: { ...everyKind, engine: ['elasticsearch', 'opensearch', 'solr'], replicas: null, shards: null, ...store },
  external: { ...everyKind, provider: null, sla: null, timeout: null },
  dns: { ...everyKind, provider: null, routing: ['simple', 'weighted', 'latency', 'geo', 'failover'], ttl: null, managed: ['true', 'false'] },
  monitoring: { ...everyKind, provider: null, signals: null, retention: null, managed: ['true', 'false'] },
  group: { kind: ['region', 'zone', 'vpc', 'tier', 'boundary', 'team'], description: null },
  connection: {
    protocol: ['http', 'https', 'grpc', 'rpc', 'websocket', 'wss', 'tcp', 'udp', 'amqp', 'kafka', 'sql', 'redis', 'smtp', 'ssh'],
    qps: null, timeout: null, retries: null, tls: ['true', 'false'], access: ['read', 'write', 'read-write'], description: null, latency: null, periodic: null,
  },
  view: {
    include: null, kinds: null, tags: null, around: null, depth: null, exclude: null, collapse: null,
    direction: ['right', 'down'], description: null,
  },
  flow: { latency_budget: null, availability_budget: null, description: null },
  scale: {
    dau: null, mau: null, concurrent_users: null, reads: null, writes: null, read_write_ratio: null, peak_factor: null, storage: null,
    storage_growth: null, retention: null, bandwidth: null, availability: null, latency_p99: null,
  },
};

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(path.join(root, relative), 'utf8'));
}

/**
 * The snippets completion offers at the start of a statement of an empty file (the language server's, by label):
 * every kind's recipe, group, scale, the design header and the starter design.
 */
function statementSnippets(): Record<string, string> {
  const items = completionsAt(analysisOf(''), '', { line: 0, character: 0 }).filter((item) => item.snippet);
  return Object.fromEntries(items.map((item) => [item.label, item.insertText ?? '']));
}

/**
 * Expands a snippet body the way the editor inserts it, taking option `choice` of every choice list
 * (the last one when a list is shorter), so that calling it for each index visits every option.
 */
function expandSnippet(body: string, choice: number): string {
  const defaults = new Map<string, string>();
  let text = body.replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_match, stop: string, options: string) => {
    const list = options.split(',');
    const value = list[Math.min(choice, list.length - 1)] ?? '';
    defaults.set(stop, value);
    return value;
  });
  text = text.replace(/\$\{(\d+):([^}]*)\}/g, (_match, stop: string, value: string) => {
    defaults.set(stop, value);
    return value;
  });
  return text.replace(/\$\{(\d+)\}|\$(\d+)/g, (_match, braced: string | undefined, bare: string | undefined) => defaults.get(braced ?? bare ?? '') ?? '');
}

function maxChoices(body: string): number {
  return Math.max(1, ...[...body.matchAll(/\$\{\d+\|([^|]*)\|\}/g)].map((m) => (m[1] ?? '').split(',').length));
}

/** Checks every property name (and enum value) in a sysd text against the table for the block it sits in. */
async function checkPropertiesAllowed(text: string, where: string): Promise<number> {
  const tokens = await tokenize(text);
  const contexts: string[] = [];
  let pending = 'design';
  let checked = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const scope = token.scopes[token.scopes.length - 1] ?? '';
    const kind = /^storage\.type\.component\.(\w+)\.sysd$/.exec(scope)?.[1];
    if (kind) pending = kind;
    else if (scope === 'keyword.other.group.sysd') pending = 'group';
    else if (scope === 'keyword.other.scale.sysd') pending = 'scale';
    else if (scope === 'keyword.other.view.sysd') pending = 'view';
    else if (scope === 'keyword.other.flow.sysd') pending = 'flow';
    else if (scope.startsWith('keyword.operator.arrow.')) pending = 'connection';
    else if (scope === 'punctuation.section.block.begin.sysd') contexts.push(pending);
    else if (scope === 'punctuation.section.block.end.sysd') contexts.pop();
    else if (scope === 'support.type.property-name.sysd') {
      const context = contexts[contexts.length - 1] ?? 'top level';
      const table = allowedProperties[context];
      assert.ok(table, `${where}: property ${token.text} outside any known block (${context})`);
      assert.ok(Object.hasOwn(table, token.text), `${where}: ${context} does not accept property ${token.text}`);
      const allowedValues = table[token.text];
      const value = tokens.slice(i + 1).find((t) => !t.scopes.some((s) => s.startsWith('punctuation.')));
      if (allowedValues && value) {
        assert.ok(allowedValues.includes(value.text), `${where}: ${context}.${token.text} does not accept ${value.text}`);
      }
      checked++;
    }
  }
  return checked;
}

test('a statement start offers a snippet for every kind, group, scale and the design', () => {
  const labels = Object.keys(statementSnippets());
  for (const expected of [...componentKinds.map((kind) => `${kind} { … }`), 'group', 'scale', 'design', 'starter design']) {
    assert.ok(labels.includes(expected), `a snippet ${expected}; offered: ${labels.join(', ')}`);
  }
});

test('every snippet body uses only the kinds, properties and enum values language.md allows', async () => {
  let checked = 0;
  for (const [name, body] of Object.entries(statementSnippets())) {
    for (let choice = 0; choice < maxChoices(body); choice++) {
      const text = expandSnippet(body, choice);
      assert.doesNotMatch(text, /\$/, `${name}: every tab stop expands`);
      for (const match of text.matchAll(/^\s*([A-Za-z_][\w-]*)\s+[A-Za-z_][\w-]*\s*(?:"|\{|$)/gm)) {
        const word = match[1] ?? '';
        assert.ok([...componentKinds, 'group'].includes(word), `${name}: unknown kind ${word}`);
      }
      checked += await checkPropertiesAllowed(text, name);
    }
  }
  assert.ok(checked > 100, `checked ${checked} properties`);
});

test('the property check rejects a property the kind does not accept', async () => {
  await assert.rejects(checkPropertiesAllowed('cache c { engine: redis, replicas: 2, shard_key: id }', 'probe'), /cache does not accept property shard_key/);
  await assert.rejects(checkPropertiesAllowed('a -> b { protocol: ftp }', 'probe'), /connection.protocol does not accept ftp/);
});

test('language configuration has comments, brackets, pairs, folding, indentation and a sysd word pattern', () => {
  const config = readJson('language-configuration.json') as {
    comments: { lineComment: string; blockComment: [string, string] };
    brackets: Array<[string, string]>;
    autoClosingPairs: Array<{ open: string; close: string; notIn?: string[] }>;
    surroundingPairs: Array<[string, string]>;
    folding: { markers: { start: string; end: string } };
    indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
    onEnterRules: Array<{ beforeText: string; action: { indent: string; appendText?: string } }>;
    wordPattern: string;
  };
  assert.equal(config.comments.lineComment, '//');
  assert.deepEqual(config.comments.blockComment, ['/*', '*/']);
  assert.deepEqual(config.brackets, [['{', '}'], ['[', ']'], ['(', ')']]);
  const quote = config.autoClosingPairs.find((pair) => pair.open === '"');
  assert.deepEqual(quote?.notIn, ['string', 'comment']);
  assert.ok(config.surroundingPairs.some(([open]) => open === '"'));
  assert.match('  // #region data tier', new RegExp(config.folding.markers.start));
  assert.match('  // #endregion', new RegExp(config.folding.markers.end));
  assert.doesNotMatch('  // #endregion', new RegExp(config.folding.markers.start));
  const increase = new RegExp(config.indentationRules.increaseIndentPattern);
  assert.match('service api "API" {', increase);
  assert.doesNotMatch('service api "API" { instances: 2 }', increase);
  assert.match('  }', new RegExp(config.indentationRules.decreaseIndentPattern));
  assert.ok(config.onEnterRules.some((rule) => new RegExp(rule.beforeText).test('/** note') && rule.action.appendText === ' * '));
  const words = 'queue clicks-dlq { writes: 100M/day, availability: 99.9%, autoscale: 2..20 } a->b'.match(new RegExp(config.wordPattern, 'g'));
  assert.deepEqual(words, ['queue', 'clicks-dlq', 'writes', '100M/day', 'availability', '99.9%', 'autoscale', '2..20', 'a', 'b']);
});

test('`view ID` and `flow ID` are keywords with a name; `flow` as an ID stays a name', async () => {
  const tokens = await tokenize('service flow "Flow engine"\nview read-path "Read" { include: [web] }\nflow redirect {\n  web -> flow : "GET"\n}');
  assert.equal(scopeOf(tokens, 'view'), 'keyword.other.view.sysd');
  assert.equal(scopeOf(tokens, 'read-path'), 'entity.name.type.view.sysd');
  assert.equal(scopeOf(tokens, 'redirect'), 'entity.name.type.flow.sysd');
  assert.equal(scopeOf(tokens, 'flow'), 'entity.name.type.component.sysd', 'service flow: the component is named flow');
  assert.equal(scopeOf(tokens, 'flow', 1), 'keyword.other.flow.sysd');
  assert.equal(scopeOf(tokens, 'flow', 2), 'variable.other.reference.sysd', 'a step to a component named flow');
  assert.equal(scopeOf(tokens, 'include'), 'support.type.property-name.sysd');
});
