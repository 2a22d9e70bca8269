// Language v2's schema: the kinds dns and monitoring, and the properties version 2 adds (spec/language.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SymbolKind } from 'vscode-languageserver';
import { exportD2 } from '../../server/src/cli/exportD2';
import { exportMermaid } from '../../server/src/cli/exportMermaid';
import { renderDiagram } from '../../server/src/diagram/index';
import { diagramOf } from '../../server/src/diagram/model';
import { completionsAt } from '../../server/src/language/completion';
import { hoverAt } from '../../server/src/language/hover';
import { modelOfText } from '../../server/src/language/model';
import { definition, references } from '../../server/src/language/navigation';
import { rename } from '../../server/src/language/rename';
import { symbolsOf } from '../../server/src/lsp/symbols';
import { analysisOf, marked, positionOf, URI } from './editor-support';

/** Every diagnostic as `code@line:character message`, positions zero-based. */
function problems(text: string): string[] {
  return modelOfText(text, URI).diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character} ${d.message}`);
}

/** The one diagnostic of a text, with its severity and the text it covers. */
function only(text: string): { code: string; severity: string; covers: string; message: string } {
  const found = modelOfText(text, URI).diagnostics;
  assert.equal(found.length, 1, `expected one problem, got: ${found.map((d) => d.message).join(' | ')}`);
  const [d] = found;
  const lines = text.split('\n');
  assert.equal(d.range.start.line, d.range.end.line);
  return { code: d.code, severity: d.severity, covers: lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), message: d.message };
}

// ── every new property: an accepted value, and a wrong one reported on the value ──

const accepted: Array<[string, string]> = [
  ['availability on a service', 'service api { availability: 99.95% }'],
  ['availability on a dns', 'dns names { availability: 100% }'],
  ['managed on a load balancer', 'loadbalancer lb { managed: true }'],
  ['managed on a queue', 'queue q { managed: true }'],
  ['managed on a function', 'function f { managed: false }'],
  ['rate_limit true on a cdn', 'cdn edge { rate_limit: true }'],
  ['rate_limit rate on a service', 'service api { rate_limit: 100/s }'],
  ['rate_limit true on a worker', 'worker w { rate_limit: true }'],
  ['health_check true on a service', 'service api { health_check: true }'],
  ['health_check interval on a load balancer', 'loadbalancer lb { health_check: 10s }'],
  ['auth session on a service', 'service api { auth: session }'],
  ['auth session on a gateway', 'gateway gw { auth: session }'],
  ['provider on a gateway', 'gateway gw { provider: apigee }'],
  ['capacity on a database', 'database db { capacity: 20k/s }'],
  ['encryption on a cache', 'cache c { encryption: true }'],
  ['encryption on a topic', 'topic t { encryption: true }'],
  ['sensitive on storage', 'storage s { sensitive: true }'],
  ['sensitive on search', 'search s { sensitive: false }'],
  ['timeout on an external', 'external pay { timeout: 3s }'],
  ['latency on a connection', 'service a\nservice b\na -> b { latency: 20ms }'],
  ['periodic on a connection', 'service a\nservice b\na -> b { periodic: 2min }'],
  ['protocol rpc', 'service a\nservice b\na -> b { protocol: rpc }'],
  ['protocol udp', 'service a\nservice b\na -> b { protocol: udp }'],
  ['protocol ssh', 'service a\nservice b\na -> b { protocol: ssh }'],
  ['a bare ID as provider', 'dns names { provider: route53 }'],
  ['a bare ID as owner', 'service api { owner: payments-team }'],
  ['routing', 'dns names { routing: failover, ttl: 60s, managed: true }'],
  ['signals', 'monitoring watch { signals: [metrics, logs, traces, alerts], retention: 30d, provider: datadog, managed: true }'],
];

for (const [what, text] of accepted) {
  test(`v2 accepts ${what}`, () => assert.deepEqual(problems(text), []));
}

const rejected: Array<[string, string, string, RegExp]> = [
  // [what, text, the text the error covers, its message]
  ['availability as a duration', 'service api { availability: 5s }', '5s', /'availability' expects a percentage/],
  ['managed as a number', 'cache c { managed: 2 }', '2', /'managed' expects `true` or `false`/],
  ['managed on a client', 'client web { managed: true }', 'managed', /Unknown property 'managed' for a client/],
  ['managed on an external', 'external pay { managed: true }', 'managed', /Unknown property 'managed' for a external/],
  ['rate_limit false', 'gateway gw { rate_limit: false }', 'false', /'rate_limit' expects .* or `true`, not 'false'/],
  ['rate_limit as a size', 'cdn edge { rate_limit: 5GB }', '5GB', /'rate_limit' expects .* or `true`/],
  ['health_check as a rate', 'service api { health_check: 10/s }', '10/s', /'health_check' expects .* or `true`/],
  ['an unknown auth', 'service api { auth: saml }', 'saml', /'saml' is not a valid 'auth'.*`session`/],
  ['capacity as a duration', 'database db { capacity: 5s }', '5s', /'capacity' expects/],
  ['encryption as a word', 'queue q { encryption: yes }', 'yes', /'encryption' expects `true` or `false`/],
  ['sensitive on a service', 'service api { sensitive: true }', 'sensitive', /Unknown property 'sensitive' for a service/],
  ['latency as a rate', 'service a\nservice b\na -> b { latency: 5/s }', '5/s', /'latency' expects/],
  ['periodic as a percent', 'service a\nservice b\na -> b { periodic: 5% }', '5%', /'periodic' expects/],
  ['an unknown protocol', 'service a\nservice b\na -> b { protocol: ftp }', 'ftp', /'ftp' is not a valid 'protocol'/],
  ['an unknown routing', 'dns names { routing: random }', 'random', /'random' is not a valid 'routing'.*`latency`/],
  ['an unknown signal', 'monitoring watch { signals: [metrics, events] }', 'events', /'events' is not a valid 'signals'/],
  ['a dns ttl as a size', 'dns names { ttl: 5MB }', '5MB', /'ttl' expects/],
  ['derived_from a number', 'cache c { derived_from: 5 }', '5', /'derived_from' expects the ID of a database or storage, or a list/],
];

for (const [what, text, covers, message] of rejected) {
  test(`v2 rejects ${what}, on the offending name or value`, () => {
    const problem = only(text);
    assert.equal(problem.severity, 'error');
    assert.equal(problem.covers, covers);
    assert.match(problem.message, message);
  });
}

test('on an external, sla and availability say the same: setting both is a duplicate-property error on the second', () => {
  assert.deepEqual(problems('external pay { sla: 99.9% }'), []);
  assert.deepEqual(problems('external pay { availability: 99.9% }'), []);
  for (const [text, second] of [['external pay { sla: 99.9%, availability: 99.95% }', 'availability'], ['external pay { availability: 99.9%, sla: 99.95% }', 'sla']]) {
    const problem = only(text);
    assert.equal(problem.code, 'duplicate-property');
    assert.equal(problem.covers, second);
    assert.match(problem.message, /says the same as/);
  }
  assert.deepEqual(problems('service api { availability: 99.9% }\ndatabase db { availability: 99.99%, replicas: 2 }'), [], 'elsewhere availability has no twin');
});

test('an engine the schema does not know is an information-level unknown-engine on every kind with an engine', () => {
  for (const [kind, engine] of [['database', 'gearman'], ['cache', 'hazelcast'], ['queue', 'kinesis'], ['topic', 'pulsar'], ['search', 'meilisearch']]) {
    const problem = only(`${kind} x { engine: ${engine} }`);
    assert.equal(problem.code, 'unknown-engine', kind);
    assert.equal(problem.severity, 'info', kind);
    assert.equal(problem.covers, engine, kind);
  }
  assert.deepEqual(problems('cache c { engine: redis }\nqueue q { engine: sqs }\nsearch s { engine: solr }'), []);
  assert.match(only('cache c { engine: 5s }').code, /invalid-value/, 'a value that is no word at all is still an error');
});

// ── derived_from: a real reference, like dlq ──

const derived = `database orders "Orders" { replicas: 2 }
storage blobs "Blobs"
service api
cache hot { derived_from: orders }
search index { derived_from: [orders, blobs] }
api -> hot
`;

test('derived_from resolves one ID or a list of IDs; an unknown one says "did you mean", a wrong kind is an error', () => {
  assert.deepEqual(problems(derived), []);
  const typo = only('database orders\ncache hot { derived_from: [ordrs] }');
  assert.equal(typo.code, 'unresolved-reference');
  assert.equal(typo.covers, 'ordrs');
  assert.match(typo.message, /Did you mean 'orders'\?/);
  const wrong = only('service api\nsearch index { derived_from: api }');
  assert.equal(wrong.code, 'wrong-reference-kind');
  assert.equal(wrong.covers, 'api');
  assert.match(wrong.message, /'derived_from' must name a database or storage, but 'api' is a service/);
  assert.equal(only('database a\ndatabase b { derived_from: a }\nqueue q { derived_from: a }').code, 'unknown-property', 'only databases, caches and search indexes take it');
});

test('derived_from: go to definition, find references and rename follow each ID', () => {
  const model = modelOfText(derived, URI);
  const declaration = positionOf(derived, 'orders');
  assert.deepEqual(definition(model, URI, positionOf(derived, 'orders', 2, 1))?.range.start, declaration, 'from the single reference');
  assert.deepEqual(definition(model, URI, positionOf(derived, 'orders', 2, 2))?.range.start, declaration, 'from inside the list');
  assert.deepEqual(definition(model, URI, positionOf(derived, 'blobs', 1, 1))?.range.start, positionOf(derived, 'blobs'));
  const uses = references(model, URI, declaration, false).map((r) => r.range.start);
  assert.deepEqual(uses, [positionOf(derived, 'orders', 0, 1), positionOf(derived, 'orders', 0, 2)]);
  const renamed = rename(model, URI, positionOf(derived, 'orders', 0, 2), 'sales');
  assert.ok(renamed.ok);
  assert.deepEqual(renamed.value.map((edit) => edit.range.start), [declaration, ...uses]);
  assert.ok(renamed.value.every((edit) => edit.newText === 'sales'));
});

test('derived_from completes the IDs of databases and storage only, without brackets', () => {
  const { text, position } = marked('database orders\nstorage blobs\nservice api\ncache hot { derived_from: | }');
  const items = completionsAt(analysisOf(text), text, position);
  assert.deepEqual(items.map((item) => item.label).sort(), ['blobs', 'orders']);
  assert.ok(items.every((item) => (item.insertText ?? item.label) === item.label));
  const inList = marked('database orders\nstorage blobs\nsearch idx { derived_from: [orders, |] }');
  assert.deepEqual(completionsAt(analysisOf(inList.text), inList.text, inList.position).map((item) => item.label), ['blobs']);
});

// ── completion and hover of the new words ──

test('completion offers the new properties with their snippets and the new values', () => {
  const props = (text: string) => {
    const at = marked(text);
    return completionsAt(analysisOf(at.text), at.text, at.position);
  };
  const service = props('service api { | }');
  for (const name of ['auth', 'rate_limit', 'managed', 'availability']) assert.ok(service.some((item) => item.label === name), `service offers ${name}`);
  assert.equal(props('cache c { | }').find((item) => item.label === 'engine')?.insertText, 'engine: ${1|redis,memcached,local|}');
  assert.equal(props('cache c { | }').find((item) => item.label === 'derived_from')?.insertText, 'derived_from: $1');
  assert.ok(!props('client c { | }').some((item) => item.label === 'managed'), 'a client is never managed');
  const values = (text: string) => props(text).map((item) => item.label);
  assert.ok(values('gateway gw { auth: | }').includes('session'));
  assert.deepEqual(values('dns d { routing: | }'), ['simple', 'weighted', 'latency', 'geo', 'failover']);
  assert.deepEqual(values('monitoring m { signals: [|] }'), ['metrics', 'logs', 'traces', 'alerts']);
  assert.ok(values('loadbalancer lb { rate_limit: | }').includes('true'), 'rate_limit offers true after the figures');
  assert.ok(values('service a { health_check: | }').includes('true'));
  assert.ok(!values('service a { timeout: | }').includes('true'), 'not where a figure is required');
  const protocols = values('service a\nservice b\na -> b { protocol: | }');
  for (const protocol of ['rpc', 'udp', 'ssh']) assert.ok(protocols.includes(protocol), protocol);
  const connection = values('service a\nservice b\na -> b { | }');
  assert.ok(connection.includes('latency') && connection.includes('periodic'));
});

test('hover explains the new properties and values', () => {
  const hover = (text: string, needle: string, shift = 1) => hoverAt(analysisOf(text), URI, positionOf(text, needle, shift))?.markdown ?? '';
  assert.match(hover('cache c { derived_from: x }', 'derived_from'), /rebuilt/);
  assert.match(hover('queue q { managed: true }', 'managed'), /no single point of failure/);
  assert.match(hover('database d { sensitive: true }', 'sensitive'), /personal, financial or secret/);
  assert.match(hover('dns d { routing: failover }', 'failover'), /standby/);
  assert.match(hover('monitoring m { signals: [traces] }', 'traces'), /follow|followed/);
  assert.match(hover('service a\nservice b\na -> b { protocol: udp }', 'udp'), /datagrams/);
  assert.match(hover('service a\nservice b\na -> b { periodic: 2min }', 'periodic'), /schedule/);
  assert.match(hover('gateway g { auth: session }', 'session'), /session cookie/);
});

// ── the two kinds ──

const twoKinds = `dns names "Public DNS" { provider: route53, routing: latency, ttl: 60s, managed: true }
monitoring watch "Monitoring" { provider: datadog, signals: [metrics, alerts], retention: 30d }
cdn edge "CDN"
names -> edge
edge ~> watch : "logs"
`;

test('dns and monitoring: hover on the keyword tells what each is for', () => {
  const analysis = analysisOf(twoKinds);
  const dns = hoverAt(analysis, URI, positionOf(twoKinds, 'dns', 1))?.markdown ?? '';
  assert.match(dns, /^\*\*DNS\*\*/);
  assert.match(dns, /TTL/);
  assert.match(dns, /\*\*In sysd:\*\* `provider`/);
  const monitoring = hoverAt(analysis, URI, positionOf(twoKinds, 'monitoring', 1))?.markdown ?? '';
  assert.match(monitoring, /^\*\*Monitoring\*\*/);
  assert.match(monitoring, /queue depth/);
});

test('dns and monitoring: completion offers the keywords and a snippet that passes the schema', () => {
  const { text, position } = marked('|');
  const items = completionsAt(analysisOf(text), text, position);
  for (const kind of ['dns', 'monitoring']) {
    const snippet = items.find((item) => item.label === `${kind} { … }`);
    assert.ok(snippet?.insertText?.startsWith(`${kind} \${1:`), `${kind} snippet`);
  }
  const typed = marked('mon|');
  assert.ok(completionsAt(analysisOf(typed.text), typed.text, typed.position).some((item) => item.label === 'monitoring'));
});

test('dns and monitoring: outline symbols of their own', () => {
  const file = analysisOf(twoKinds).model.files.get(URI);
  assert.ok(file);
  const symbols = symbolsOf(file.statements);
  assert.deepEqual(symbols.slice(0, 2).map((s) => [s.name, s.kind, s.detail]), [
    ['names', SymbolKind.Constant, 'dns · Public DNS'],
    ['watch', SymbolKind.Variable, 'monitoring · Monitoring'],
  ]);
});

test('dns and monitoring: the preview draws their outline, icon and badges; the exports give them shapes', async () => {
  const model = modelOfText(twoKinds, URI);
  const { svg } = await renderDiagram(diagramOf(model, []));
  const node = (id: string) => new RegExp(`<g class="node kind-[a-z]+" data-id="${id}"[\\s\\S]*?</g>\\s*</g>|<g class="node kind-[a-z]+" data-id="${id}"[\\s\\S]*?(?=<g class="(?:node|edge))`).exec(svg)?.[0] ?? '';
  const names = node('names');
  assert.match(names, /data-kind="dns"/);
  assert.match(names, /cat-edge/, 'DNS is drawn in the edge colour');
  assert.match(names, /<path class="shape-detail[^"]*" d="M12,0 V/, 'the index tab of its card');
  assert.match(names, /M10,4 H16 L18,6/, 'the signpost icon');
  assert.match(names, /latency routing/);
  const watch = node('watch');
  assert.match(watch, /data-kind="monitoring"/);
  assert.match(watch, /cat-external/);
  assert.match(watch, /M4,11 H7 L9,7/, 'the pulse icon');
  assert.match(watch, /keeps 30d/);
  assert.match(exportMermaid(model), /names\(\("Public DNS"\)\)/);
  assert.match(exportMermaid(model), /watch\[\\"Monitoring"\\\]/);
  const d2 = exportD2(model);
  assert.match(d2, /names: "Public DNS" \{[^}]*shape: circle/);
  assert.match(d2, /watch: "Monitoring" \{[^}]*shape: page/);
});
