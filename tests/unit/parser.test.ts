// Parser: every construct of the grammar, exact ranges, and recovery (one mistake → one precise error).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { ComponentDecl, ConnectionStatement, GroupDecl, ImportStatement, ScaleBlock } from '../../server/src/language/ast';
import { parse } from '../../server/src/language/parser';

const FIXTURES = new URL('../fixtures/', import.meta.url);

test('the design header, with title and block', () => {
  const file = parse('design "URL Shortener" { description: "x" }\nservice a\n');
  assert.equal(file.design?.title?.value, 'URL Shortener');
  assert.equal(file.design?.block?.properties[0].name.name, 'description');
  assert.deepEqual(file.errors, []);
});

test('a scale block with every separator style', () => {
  const file = parse('scale {\n  dau: 10M\n  writes: 100M/day, read_write_ratio: 100; peak_factor: 5x\n}');
  const scale = file.statements[0] as ScaleBlock;
  assert.equal(scale.type, 'scale');
  assert.deepEqual(scale.block.properties.map((p) => p.name.name), ['dau', 'writes', 'read_write_ratio', 'peak_factor']);
  assert.deepEqual(file.errors, []);
});

test('every component kind, with and without label and block', () => {
  const kinds = ['client', 'cdn', 'loadbalancer', 'gateway', 'service', 'worker', 'function', 'database', 'cache', 'queue', 'topic', 'storage', 'search', 'external'];
  const file = parse(kinds.map((kind, i) => (i % 2 ? `${kind} c${i} "Label ${i}" { description: "d" }` : `${kind} c${i}`)).join('\n'));
  assert.deepEqual(file.errors, []);
  const components = file.statements as ComponentDecl[];
  assert.deepEqual(components.map((c) => c.kind), kinds);
  assert.equal(components[1].label?.value, 'Label 1');
  assert.equal(components[0].block, undefined);
  assert.deepEqual(components[1].id.range, { start: { line: 1, character: 4 }, end: { line: 1, character: 6 } });
});

test('every value form', () => {
  const file = parse('service s { instances: 3, autoscale: 2..20, stateless: true, circuit_breaker: false, language: go, description: "x\\ty", tags: [a, b-c,], timeout: 2s }');
  const values = (file.statements[0] as ComponentDecl).block!.properties.map((p) => p.value!.type);
  assert.deepEqual(values, ['quantity', 'range', 'boolean', 'boolean', 'identifier', 'string', 'list', 'quantity']);
  const properties = (file.statements[0] as ComponentDecl).block!.properties;
  assert.equal((properties[5].value as { value: string }).value, 'x\ty');
  assert.deepEqual((properties[1].value as { min: number; max: number }), { ...(properties[1].value as object), min: 2, max: 20 });
  assert.equal((properties[6].value as { items: unknown[] }).items.length, 2);
  assert.deepEqual(file.errors, []);
});

test('groups nest, and hold properties and statements', () => {
  const file = parse('group region-eu "EU" {\n  kind: region\n  group data {\n    database db\n  }\n  service api\n  api -> db\n}');
  const group = file.statements[0] as GroupDecl;
  assert.equal(group.id.name, 'region-eu');
  assert.equal(group.label?.value, 'EU');
  assert.deepEqual(group.properties.map((p) => p.name.name), ['kind']);
  assert.deepEqual(group.statements.map((s) => s.type), ['group', 'component', 'connection']);
  assert.equal((group.statements[0] as GroupDecl).statements.length, 1);
  assert.ok(group.body);
});

test('connections: chains, fan-out, labels, blocks and every arrow', () => {
  const file = parse('web -> edge -> lb : "HTTPS" { protocol: https }\nlb -> a, b\na ~> q\nchat <-> c');
  const [chain, fan, async, duplex] = file.statements as ConnectionStatement[];
  assert.deepEqual(chain.hops.map((h) => [h.arrow.kind, h.targets.map((t) => t.name)]), [['sync', ['edge']], ['sync', ['lb']]]);
  assert.equal(chain.label?.value, 'HTTPS');
  assert.equal(chain.block?.properties[0].name.name, 'protocol');
  assert.deepEqual(fan.hops[0].targets.map((t) => t.name), ['a', 'b']);
  assert.equal(async.hops[0].arrow.kind, 'async');
  assert.equal(duplex.hops[0].arrow.kind, 'duplex');
  assert.deepEqual(chain.hops[1].arrow.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 14 } });
});

test('annotations with rule ids and a reason', () => {
  const file = parse('@allow(orphan-component, missing-cdn, "kept for later")\n@allow\nexternal geo');
  const component = file.statements[0] as ComponentDecl;
  assert.equal(component.annotations.length, 2);
  assert.deepEqual(component.annotations[0].args.map((a) => a.name), ['orphan-component', 'missing-cdn']);
  assert.equal(component.annotations[0].reason?.value, 'kept for later');
  assert.equal(component.range.start.line, 0, 'the statement range covers its annotations');
});

test('imports', () => {
  const file = parse('import "./shared.sysd"\nservice a');
  assert.equal((file.statements[0] as ImportStatement).path?.value, './shared.sysd');
});

test('comments are collected with ranges for the formatter', () => {
  const file = parse('// a\nservice a /* b */\n');
  assert.deepEqual(file.comments.map((c) => [c.text, c.block, c.range.start.line]), [['// a', false, 0], ['/* b */', true, 1]]);
});

test('keywords are fine as property values and names', () => {
  const file = parse('client web { type: web, description: "service" }\ncdn e { caches: [static, images] }');
  assert.deepEqual(file.errors, []);
});

test('a second design header is kept aside for the model to report', () => {
  const file = parse('design "A"\nservice a\ndesign "B"');
  assert.equal(file.design?.title?.value, 'A');
  assert.equal(file.extraDesigns.length, 1);
});

// Each bad fixture starts with "// Expected: exactly one … error at L:C — …". `syntax/` holds the version-2 ones
// (kind names as IDs, missing values), kept apart from `bad/`, whose file count the CLI tests rely on.
for (const name of ['bad/', 'syntax/'].flatMap((dir) => readdirSync(new URL(dir, FIXTURES)).filter((f) => f.endsWith('.sysd')).map((f) => dir + f))) {
  test(`recovery: ${name} yields one precise error and the rest still parses`, () => {
    const text = readFileSync(new URL(name, FIXTURES), 'utf8');
    const expected = /at (\d+):(\d+)/.exec(text.split('\n')[0]);
    assert.ok(expected, 'fixture states its expected error');
    const file = parse(text);
    const isSyntax = /syntax error/.test(text.split('\n')[0]);
    if (isSyntax) {
      assert.equal(file.errors.length, 1, JSON.stringify(file.errors));
      assert.deepEqual(file.errors[0].range.start, { line: Number(expected[1]) - 1, character: Number(expected[2]) - 1 });
    } else {
      assert.deepEqual(file.errors, [], 'schema-error fixtures parse cleanly');
    }
    assert.ok(file.statements.length > 3, 'statements around the mistake are still in the tree');
  });
}

test('recovery: missing target at the end of the file keeps earlier statements', () => {
  const file = parse('service a\nservice b\na -> ');
  assert.equal(file.errors.length, 1);
  assert.equal(file.statements.filter((s) => s.type === 'component').length, 2);
});

// Kind names are IDs in version 2 (`service cache` is valid, see kind-names-as-ids below); the reserved words are not.
test('recovery: a keyword used as an ID says so', () => {
  const file = parse('service true\nservice b');
  assert.match(file.errors[0].message, /'true' is a keyword/);
  assert.equal(file.statements.length, 1);
});

test('recovery: a misspelt kind suggests the right one on the word itself', () => {
  const file = parse('sevice api\nservice b');
  assert.match(file.errors[0].message, /Did you mean 'service'\?/);
  assert.deepEqual(file.errors[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
});

test('recovery: a property missing its colon is one error', () => {
  const file = parse('cache c { ttl 1h, eviction: lru }\nservice b');
  assert.equal(file.errors.length, 1);
  assert.match(file.errors[0].message, /Expected ':'/);
  assert.equal(file.statements.length, 2);
});

test('recovery: a group missing its closing brace keeps its members', () => {
  const file = parse('group g {\n  service a\n  service b\n');
  assert.equal(file.errors.length, 1);
  assert.match(file.errors[0].message, /close the group 'g' opened at line 1/);
  assert.equal((file.statements[0] as GroupDecl).statements.length, 2);
});

test('groups and lists nested thousands deep: one error at the first level too deep, the rest of the file still parsed', () => {
  const depth = 5000;
  const groups = `${Array.from({ length: depth }, (_, i) => `group g${i} {`).join('\n')}\nservice api\n${'}\n'.repeat(depth)}service after\n`;
  const file = parse(groups);
  assert.deepEqual(file.errors.map((e) => [e.range.start.line, e.message]), [
    [64, "Nested more than 64 levels deep: sysd skips everything inside this '{'. Flatten the groups."],
  ]);
  assert.equal(file.statements.at(-1)?.type, 'component');
  const unclosed = parse(Array.from({ length: depth }, (_, i) => `group g${i} {`).join('\n'));
  assert.equal(unclosed.errors[0].range.start.line, 64);
  const lists = parse(`service api { tags: ${'['.repeat(depth)}${']'.repeat(depth)} }\nservice b\n`);
  assert.match(lists.errors[0].message, /Nested more than 64 levels deep: sysd skips everything inside this '\['/);
  assert.equal(lists.statements.length, 2);
});

test('a block whose brace recovery had to insert sits, empty, right after the last real token', () => {
  const block = (parse('scale scale').statements[0] as ScaleBlock).block;
  assert.deepEqual([block.range, block.offset, block.end], [{ start: { line: 0, character: 5 }, end: { line: 0, character: 5 } }, 5, 5]);
});

test('an unterminated block comment that ends with a line break ends at the start of the next line', () => {
  assert.deepEqual(parse('a\n/* x\n').comments[0].range, { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } });
  assert.deepEqual(parse('a\r\n/* x\r\n').comments[0].range.end, { line: 2, character: 0 });
});

test("@allow's parentheses take IDs separated by commas, then at most one reason", () => {
  const annotations = (text: string) => parse(`${text}\nservice x\n`).statements[0].annotations.map((a) => [a.args.map((x) => x.name), a.reason?.value]);
  assert.deepEqual(annotations('@allow(a, b, "ok")'), [[['a', 'b'], 'ok']]);
  assert.deepEqual(annotations('@allow(a "ok")'), [[['a'], 'ok']]);
  assert.deepEqual(annotations('@allow("ok")'), [[[], 'ok']]);
  for (const [text, message] of [
    ['@allow(a b)', "Expected ')' but found 'b'."],
    ['@allow(a, "r", "s")', "Expected ')' but found ','."],
    ['@allow("r" a)', "Expected ')' but found 'a'."],
  ]) assert.deepEqual(parse(`${text}\nservice x\n`).errors.map((e) => e.message), [message], text);
});
