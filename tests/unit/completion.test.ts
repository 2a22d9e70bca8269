// Completion: the site is worked out from the text before the cursor (table-tested), and each site offers the right items.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completionListAt, completionsAt } from '../../server/src/language/completion';
import { completionSite } from '../../server/src/language/completionContext';
import { expandSnippet } from '../../server/src/language/completionSnippets';
import { readFileSync } from 'node:fs';
import { analysisOf, fixture, marked, positionAt, positionOf, URI } from './editor-support';

const DESIGN = 'service api "API"\nqueue jobs\ntopic events\nworker mailer\ndatabase db\ncache hot\n';

/** [text with `|` at the cursor, expected site type, expected facts]. */
const SITES: Array<[string, string, Record<string, unknown>?]> = [
  ['|', 'statement', { topLevel: true }],
  ['serv|', 'statement', { word: 'serv' }],
  ['service api\n|', 'statement'],
  ['service api { instances: 2 }\nca|', 'statement'],
  ['group g {\n  |\n}', 'statement', { topLevel: false, group: 'g' }],
  ['group g {\n  kind: tier\n  |\n}', 'statement', { present: ['kind'] }],
  ['cache c { tt|', 'property', { owner: 'cache', word: 'tt' }],
  ['cache c { ttl: 1h, |', 'property', { present: ['ttl'] }],
  ['cache c {\n  ttl: 1h\n  |\n  eviction: lru\n}', 'property', { present: ['ttl', 'eviction'] }],
  ['cache c "Redis" { ttl: 1h |}', 'property'],
  ['scale {\n  wr|\n}', 'property', { owner: 'scale' }],
  ['a -> b { pro|', 'property', { owner: 'connection' }],
  ['a -> b : "x" { |', 'property', { owner: 'connection' }],
  ['design "Shop" { |', 'property', { owner: 'design' }],
  ['cache c { eviction: |', 'value', { owner: 'cache', property: 'eviction' }],
  ['cache c { eviction: all|kb }', 'value', { word: 'allkb' }],
  ['group g { kind: |', 'value', { owner: 'group', property: 'kind' }],
  ['cdn e { caches: [static, |', 'value', { property: 'caches', inList: true, present: ['static'] }],
  ['queue q { dlq: |', 'value', { property: 'dlq', component: 'q' }],
  ['cache c { ttl: 30|', 'unit', { number: '30', unit: '', property: 'ttl' }],
  ['scale { writes: 100M| }', 'unit', { number: '100', unit: 'M', property: 'writes' }],
  ['scale { writes: 100M/d|', 'unit', { unit: 'M/d' }],
  ['a -> |', 'target', { arrow: 'sync', source: 'a' }],
  ['a ~> b, |', 'target', { arrow: 'async', present: ['a', 'b'] }],
  ['a -> b\nc <-> d|', 'target', { arrow: 'duplex', source: 'c' }],
  ['api |', 'arrow', { source: 'api' }],
  ['a -> b\nc |', 'arrow', { source: 'c' }],
  ['group g {\n  api |', 'arrow', { source: 'api' }],
  ['a -> b |', 'none'],
  ['@|', 'annotation'],
  ['@allow(|', 'rule'],
  ['@allow(orphan-component, |', 'rule', { present: ['orphan-component'] }],
  ['@allow(orphan-component, "why") |', 'statement'],
  ['service |', 'none'],
  ['service api |', 'none'],
  ['cache c { ttl |', 'none'],
  ['// service |', 'none'],
  ['service api "API |', 'none'],
  ['a -> b : "la|bel"', 'none'],
  // Kind names used as IDs (spec version 2): a reference after an arrow or a comma, a declaration at a statement's start.
  ['web -> cdn\n|', 'statement'],
  ['web -> cdn, cache\n|', 'statement'],
  ['web -> cdn, |', 'target', { arrow: 'sync', present: ['web', 'cdn'] }],
  ['cdn cdn\n|', 'statement'],
  ['cdn |', 'none'],
  ['web -> cdn\ncdn |', 'none'],
  ['cdn cdn |', 'none'],
  ['cdn cdn { |', 'property', { owner: 'cdn', component: 'cdn' }],
  ['cache -> |', 'target', { source: 'cache' }],
];

for (const [input, type, facts] of SITES) {
  test(`site of ${JSON.stringify(input)} is ${type}`, () => {
    const { text, position } = marked(input);
    const site = completionSite(text, position) as unknown as Record<string, unknown>;
    assert.equal(site.type, type);
    for (const [key, value] of Object.entries(facts ?? {})) assert.deepEqual(site[key], value, key);
  });
}

function labels(input: string, design = ''): string[] {
  const { text, position } = marked(design + input);
  return completionsAt(analysisOf(text), text, position).map((c) => c.label);
}

test('statement start offers kinds, keywords, IDs and snippets', () => {
  const items = labels('|', DESIGN);
  for (const expected of ['service', 'cache', 'group', 'scale', 'import', 'api', 'service { … }']) assert.ok(items.includes(expected), expected);
  assert.ok(!labels('|', 'scale { dau: 1M }\n').includes('scale'), 'only one scale block');
  assert.ok(labels('|').includes('design'), 'a design header first');
  assert.ok(!labels('|', 'design "X"\n').includes('design') && !labels('|', DESIGN).includes('design'), 'design only once, first');
  assert.ok(!labels('group g {\n  |\n}').includes('import'), 'no import inside a group');
  assert.ok(labels('group g {\n  |\n}').includes('kind'), 'group properties inside a group');
});

test('property names fit the owner, skip the ones already set, and carry type and docs', () => {
  const { text, position } = marked('cache c { ttl: 1h, | }');
  const items = completionsAt(analysisOf(text), text, position);
  const names = items.map((c) => c.label);
  assert.ok(names.includes('eviction') && names.includes('engine') && names.includes('description'));
  assert.ok(!names.includes('ttl') && !names.includes('instances'));
  const eviction = items.find((c) => c.label === 'eviction')!;
  assert.match(eviction.detail ?? '', /one of lru, lfu/);
  assert.match(eviction.insertText ?? '', /^eviction: \$\{1\|lru,lfu,/);
  assert.match(eviction.documentation ?? '', /eviction/i);
  assert.deepEqual(eviction.range, { start: { line: 0, character: 19 }, end: { line: 0, character: 19 } });
  assert.ok(labels('scale { |').includes('read_write_ratio'));
  assert.ok(labels('a -> b { |').includes('protocol'));
});

test('the replaced range covers the whole word being typed, also mid-word', () => {
  const { text, position } = marked('cache c { tt|l: 1h }');
  const [first] = completionsAt(analysisOf(text), text, position);
  assert.deepEqual(first.range, { start: { line: 0, character: 10 }, end: { line: 0, character: 13 } });
});

test('values: enum values with docs, booleans, references of the right kind', () => {
  const { text, position } = marked('database d { engine: | }');
  const engines = completionsAt(analysisOf(text), text, position);
  assert.ok(engines.some((c) => c.label === 'postgres' && /PostgreSQL/.test(c.documentation ?? '')));
  assert.deepEqual(labels('service s { stateless: |'), ['true', 'false']);
  assert.deepEqual(labels('queue q2 { dlq: | }', DESIGN).sort(), ['events', 'jobs']);
  assert.deepEqual(labels('cdn e { caches: [static, |] }'), ['images', 'video', 'api']);
  assert.ok(labels('cache c { ttl: | }').includes('1h'));
});

test('units after a number fit the property', () => {
  assert.deepEqual(labels('cache c { ttl: 30| }'), ['30ms', '30s', '30min', '30h', '30d', '30w', '30y']);
  assert.deepEqual(labels('scale { writes: 100M| }'), ['100M/s', '100M/min', '100M/h', '100M/day', '100M/week', '100M/month', '100M/year']);
  assert.deepEqual(labels('scale { writes: 300M/mo| }'), ['300M/month']);
  assert.ok(labels('scale { storage_growth: 1.5T| }').includes('1.5TB/month'));
  assert.deepEqual(labels('scale { availability: 99| }'), ['99%']);
  assert.ok(labels('cache c { max_memory: 2| }').includes('2GiB'));
  assert.deepEqual(labels('cache c { ttl: 30m| }'), ['30ms', '30min']);
});

test('connection targets: every element but the source, queues and topics first after ~>, then workers', () => {
  const sync = labels('api -> |', DESIGN);
  assert.ok(!sync.includes('api') && sync.includes('db'));
  // `audit` is a worker whose ID sorts before every queue and topic.
  const { text, position } = marked(`${DESIGN}worker audit\napi ~> |`);
  const items = completionsAt(analysisOf(text), text, position).sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  assert.deepEqual(items.map((c) => c.label), ['events', 'jobs', 'audit', 'mailer', 'db', 'hot']);
});

test('rule ids inside @allow(, minus the ones already listed', () => {
  const rules = labels('@allow(orphan-component, |)\nexternal geo');
  assert.ok(rules.includes('single-region') && !rules.includes('orphan-component'));
});

test('completion works in a file broken elsewhere, and gives names from the model', () => {
  const broken = fixture('shop.sysd').replace('engine: postgres,', 'engine: ,') + '\nmailer -> |';
  const items = labels(broken);
  assert.ok(items.includes('orders') && items.includes('hot'));
});

test('every component snippet expands to a design with no schema error', () => {
  const { text, position } = marked('|');
  const snippets = completionsAt(analysisOf(text), text, position).filter((c) => c.kind === 'snippet' && c.label.endsWith('{ … }'));
  assert.equal(snippets.length, 16);
  const design = snippets.map((s) => expandSnippet(s.insertText ?? '')).join('\n');
  assert.deepEqual(analysisOf(design).model.diagnostics.map((d) => d.message), []);
  // A taken ID moves the snippet on to a free one.
  const taken = completionsAt(analysisOf('service api\n'), 'service api\n', { line: 1, character: 0 }).find((c) => c.label === 'service { … }');
  assert.match(taken?.insertText ?? '', /^service \$\{1:api2\}/);
});

test('an empty file offers a starter design that passes every rule', () => {
  const starter = completionsAt(analysisOf(''), '', { line: 0, character: 0 }).find((c) => c.label === 'starter design');
  assert.ok(starter?.snippet, 'a starter design snippet');
  const analysis = analysisOf(expandSnippet(starter.insertText ?? ''));
  assert.deepEqual([...analysis.model.diagnostics, ...analysis.findings].map((d) => d.message), []);
  assert.ok(!labels('|', DESIGN).includes('starter design'), 'not in a file that has statements');
});

test('a word typed at a statement start lists each kind once: snippets only on an empty line, which asks again as one types', () => {
  const typed = labels('ca|', DESIGN);
  assert.deepEqual(typed.filter((label) => label.startsWith('ca')), ['cache'], `offered: ${typed.join(', ')}`);
  assert.ok(!typed.some((label) => label.endsWith('{ … }')), 'no snippets once a word is typed');
  const { text, position } = marked(`${DESIGN}|`);
  const empty = completionListAt(analysisOf(text), text, position);
  assert.ok(empty.items.some((c) => c.label === 'cache { … }'), 'the snippets are there on an empty line');
  assert.equal(empty.isIncomplete, true, 'so that typing `ca` asks again instead of filtering the snippets in');
});

test('inside a component block only that kind\'s property names are offered', () => {
  for (const input of ['cache c {\n  |\n}', 'cache c {\n  ttl: 1h\n  ev|\n}', 'service s { instances: 2, | }']) {
    const { text, position } = marked(DESIGN + input);
    const items = completionsAt(analysisOf(text), text, position);
    assert.ok(items.length > 0, input);
    assert.deepEqual(items.filter((c) => c.kind !== 'property').map((c) => c.label), [], input);
  }
});

test('after a quantity property\'s colon the list is incomplete, so typing a number brings its units', () => {
  const list = (input: string) => {
    const { text, position } = marked(input);
    return completionListAt(analysisOf(text), text, position);
  };
  const examples = list('service s { timeout: | }');
  assert.ok(examples.items.some((c) => c.label === '500ms'));
  assert.equal(examples.isIncomplete, true, '`timeout: ` then `5`: the editor must ask again, not narrow the examples to 500ms');
  const units = list('service s { timeout: 5| }');
  assert.deepEqual(units.items.map((c) => c.label), ['5ms', '5s', '5min', '5h', '5d', '5w', '5y']);
  assert.equal(units.isIncomplete, true, '`5` then `0`: 50ms, 50s, …');
  assert.equal(list('service s { autoscale: | }').isIncomplete, true, 'a range is typed as numbers too');
  assert.equal(list('cache c { eviction: | }').isIncomplete, false, 'enum values are all there: the editor filters them');
  assert.equal(list('cache c { | }').isIncomplete, false);
});

test('after a statement\'s first ID the three arrows are offered', () => {
  const { text, position } = marked(`${DESIGN}api |`);
  const items = completionsAt(analysisOf(text), text, position);
  assert.deepEqual(items.map((c) => c.label), ['->', '~>', '<->']);
  assert.match(items[1].documentation ?? '', /asynchronous message/);
  assert.equal(items[0].insertText, '-> ');
});

test('lexing only the statements around the cursor finds the same site as lexing the whole file, everywhere', () => {
  const texts = [fixture('shop.sysd'), readFileSync(new URL('../../examples/url-shortener.sysd', import.meta.url), 'utf8')];
  for (const text of texts) {
    const file = analysisOf(text).model.files.get(URI);
    for (let offset = 0; offset <= text.length; offset++) {
      const position = positionAt(text, offset);
      assert.deepEqual(completionSite(text, position, file), completionSite(text, position), `at ${JSON.stringify(position)}`);
    }
  }
});

test('a block left unclosed further up does not turn the rest of the file into property positions', () => {
  const text = fixture('shop.sysd').replace('timeout: 2s }', 'timeout: 2s');
  const analysis = analysisOf(text);
  const site = (needle: string) => completionsAt(analysis, text, positionOf(text, needle)).map((c) => c.label);
  assert.ok(site('database orders').includes('database'), 'kinds two lines below the open block');
  assert.ok(site('\nweb -> lb').includes('service'), 'kinds further down');
});
