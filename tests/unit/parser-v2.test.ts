// Parser, language version 2: kind names as IDs wherever an ID fits, and a missing value that leaves the next line alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ComponentDecl, ConnectionStatement, GroupDecl, Statement } from '../../server/src/language/ast';
import { COMPONENT_KINDS } from '../../server/src/language/ast';
import { parse } from '../../server/src/language/parser';

/** Each statement in one word: `kind:id` for a component, `a->b,c` for a connection, `group:id[…]` for a group. */
function shape(statements: Statement[]): string[] {
  return statements.map((s) => {
    if (s.type === 'component') return `${s.kind}:${s.id.name}`;
    if (s.type === 'connection') return `${s.source.name}${s.hops.map((h) => `->${h.targets.map((t) => t.name).join(',')}`).join('')}`;
    if (s.type === 'group') return `group:${s.id.name}[${shape(s.statements).join(' ')}]`;
    return s.type;
  });
}

const errorsOf = (text: string) => parse(text).errors.map((e) => [e.range.start.line, e.range.start.character, e.message]);

test('every kind name is an ID as a declaration, a source, a target, a group and a property value', () => {
  for (const kind of COMPONENT_KINDS) {
    const file = parse(`${kind} ${kind} "Label" { description: "d" }\ngroup ${kind}-g { ${kind} inner }\n${kind} -> ${kind}, inner\nqueue q { dlq: ${kind} }\n`);
    assert.deepEqual(file.errors, [], kind);
    assert.deepEqual(shape(file.statements), [`${kind}:${kind}`, `group:${kind}-g[${kind}:inner]`, `${kind}->${kind},inner`, 'queue:q'], kind);
    const dlq = (file.statements[3] as ComponentDecl).block?.properties[0].value;
    assert.deepEqual(dlq && dlq.type === 'identifier' && dlq.name, kind);
  }
});

test('after an arrow or a comma a kind name is a reference, so the next line starts a new statement', () => {
  assert.deepEqual(shape(parse('web -> cdn\ncdn cdn "CDN"\n').statements), ['web->cdn', 'cdn:cdn']);
  assert.deepEqual(shape(parse('web -> dns\napp -> dns\n').statements), ['web->dns', 'app->dns']);
  assert.deepEqual(shape(parse('web -> cdn, cache\ncache cache\n').statements), ['web->cdn,cache', 'cache:cache']);
  assert.deepEqual(shape(parse('a -> cdn -> cache, queue ~> worker\nworker worker\n').statements), ['a->cdn->cache,queue->worker', 'worker:worker']);
  assert.deepEqual(shape(parse('cdn cdn { ttl: 30s }\ncdn -> lb\n').statements), ['cdn:cdn', 'cdn->lb']);
  const fan = parse('client client\nclient -> cdn, cache, service').statements[1] as ConnectionStatement;
  assert.deepEqual(fan.hops[0].targets.map((t) => [t.name, t.range.start.character]), [['cdn', 10], ['cache', 15], ['service', 22]]);
});

test('a kind name at the end of the file, as a target and as a lone word', () => {
  assert.deepEqual(errorsOf('service a\na -> cdn'), []);
  assert.deepEqual(shape(parse('service a\na -> cdn').statements), ['service:a', 'a->cdn']);
  assert.deepEqual(errorsOf('service a\ncdn'), [[1, 3, 'Expected an ID but found the end of the file.']]);
});

test('a kind name as a group member ID and as a group ID, with blocks', () => {
  const file = parse('group cache "Caches" {\n  cache cache { ttl: 1h }\n  database database\n  cache -> database\n}\n');
  assert.deepEqual(file.errors, []);
  assert.deepEqual(shape(file.statements), ['group:cache[cache:cache database:database cache->database]']);
  assert.deepEqual((file.statements[0] as GroupDecl).statements[0].range.start, { line: 1, character: 2 });
});

test('a kind followed by neither an ID nor an arrow is a declaration missing its ID: one error, the block still read', () => {
  const file = parse('web -> cdn\ncdn "CDN" { ttl: 1d }\nservice api\n');
  assert.deepEqual(file.errors.map((e) => [e.range.start.line, e.range.start.character, e.message]), [[1, 4, 'Expected an ID but found \'"CDN"\'.']]);
  assert.deepEqual(shape(file.statements), ['web->cdn', 'service:api']);
  assert.deepEqual(errorsOf('service {\n  instances: 2\n}\nservice b\n'), [[0, 8, "Expected an ID but found '{'."]]);
});

test('the reserved words are still never IDs', () => {
  for (const word of ['design', 'scale', 'group', 'import', 'true', 'false']) {
    assert.match(String(errorsOf(`service ${word}\n`)[0]?.[2]), new RegExp(`'${word}' is a keyword`), word);
  }
});

/** `text` with one property's value missing: its one error at [line, character], and the properties read. */
const MISSING: Array<[string, string, [number, number], string[]]> = [
  ['design block', 'design "D" {\n  description:\n  version: "1"\n}\nservice b\n', [1, 14], ['description', 'version']],
  ['component block', 'service a {\n  language:\n  timeout: 2s\n}\nservice b\n', [1, 11], ['language', 'timeout']],
  ['connection block', 'a -> b {\n  protocol:\n  timeout: 2s\n}\nservice b\n', [1, 11], ['protocol', 'timeout']],
  ['nested groups', 'group g {\n  group h {\n    service a {\n      language:\n      timeout: 2s\n    }\n  }\n}\nservice b\n', [3, 15], ['language', 'timeout']],
  ['group properties', 'group g {\n  kind:\n  description: "x"\n  service a\n}\nservice b\n', [1, 7], ['kind', 'description']],
  ['group property before a member', 'group g {\n  kind:\n  service a\n}\nservice b\n', [1, 7], ['kind']],
  ['scale block', 'scale {\n  dau:\n  writes: 1/s\n}\nservice b\n', [1, 6], ['dau', 'writes']],
  ['end of block', 'service a {\n  timeout: 2s\n  language:\n}\nservice b\n', [2, 11], ['timeout', 'language']],
  ['same line', 'service a { language: timeout: 2s }\nservice b\n', [0, 22], ['language', 'timeout']],
];

/** The property names of the first block or group in the file, innermost component first. */
function propertiesOf(statement: Statement): string[] {
  if (statement.type === 'group') {
    const inner = statement.statements.find((s) => s.type !== 'connection');
    return statement.properties.length > 0 ? statement.properties.map((p) => p.name.name) : inner ? propertiesOf(inner) : [];
  }
  if (statement.type === 'component' || statement.type === 'connection' || statement.type === 'scale') return statement.block?.properties.map((p) => p.name.name) ?? [];
  return [];
}

for (const [where, text, at, properties] of MISSING) {
  test(`a missing value (${where}) is one error where the value is missing, and the next property is still read`, () => {
    const file = parse(text);
    assert.deepEqual(file.errors.map((e) => [e.range.start.line, e.range.start.character]), [at], JSON.stringify(file.errors));
    assert.match(file.errors[0].message, /^Expected a value/);
    const first = where === 'design block' ? undefined : file.statements[0];
    assert.deepEqual(first ? propertiesOf(first) : file.design?.block?.properties.map((p) => p.name.name), properties);
    assert.equal(shape(file.statements).at(-1), 'service:b', 'the statement after it is intact');
  });
}

test('a value on the line after its colon is still the value', () => {
  const file = parse('service a {\n  language:\n    go\n  description:\n    "long text"\n}\n');
  assert.deepEqual(file.errors, []);
  assert.deepEqual((file.statements[0] as ComponentDecl).block?.properties.map((p) => p.value?.type), ['identifier', 'string']);
  const list = parse('cdn e {\n  caches:\n    [static, images]\n}\n');
  assert.deepEqual(list.errors, []);
});

test('imports may stand before the design header', () => {
  const file = parse('import "a.sysd"\nimport "b.sysd"\ndesign "D"\nservice a\n');
  assert.deepEqual(file.errors, []);
  assert.equal(file.design?.title?.value, 'D');
  assert.equal(file.statementBeforeDesign, undefined);
  assert.deepEqual(shape(file.statements), ['import', 'import', 'service:a']);
});

test('the property after a missing value is schema-checked and has its hover', async () => {
  const { analysisOf, positionOf, URI } = await import('./editor-support');
  const { hoverAt } = await import('../../server/src/language/hover');
  const text = 'service api {\n  language:\n  timeout: 2s\n  retries: lots\n}\n';
  const analysis = analysisOf(text);
  const errors = analysis.model.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.range.start.line}:${d.range.start.character}`);
  assert.deepEqual(errors, ['1:11', '3:11'], 'the missing value, and the bad value two lines below it');
  assert.match(hoverAt(analysis, URI, positionOf(text, 'timeout', 2))?.markdown ?? '', /\*\*timeout\*\*/);
  assert.match(hoverAt(analysis, URI, positionOf(text, '2s', 1))?.markdown ?? '', /= \*\*2 s\*\*/);
});

test('the version-2 fixtures have exactly one error of any kind, at the position their header names', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { modelOfText } = await import('../../server/src/language/model');
  const folder = new URL('../fixtures/syntax/', import.meta.url);
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.sysd'))) {
    const text = readFileSync(new URL(name, folder), 'utf8');
    const [, line, column] = /Expected: exactly one \S+ error at (\d+):(\d+)/.exec(text) ?? [];
    const errors = modelOfText(text).diagnostics.filter((d) => d.severity === 'error');
    assert.deepEqual(errors.map((d) => [d.range.start.line + 1, d.range.start.character + 1]), [[Number(line), Number(column)]], name);
  }
});
